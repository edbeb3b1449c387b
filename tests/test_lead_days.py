"""The day of the main event told by bare weekdays in the leads (divergences/lead_days)."""

from __future__ import annotations

from newsdiff import compare
from newsdiff.config import Config
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Divergence, Report

FIGURES = Config(kinds=("figure",))
TUESDAY = "2026-03-10"


def lead_flags(*leads: tuple[str | None, str]) -> list[Divergence]:
    """Figure flags of reports (publication day, lead) with one later sentence each."""
    reports = [Report(id=f"r{k}", published=day,
                      text=f"{lead}\n\nThe hospital board has ordered an inquiry.")
               for k, (day, lead) in enumerate(leads)]
    return [d for d in compare(reports, encoder=HashingEncoder(dim=128), config=FIGURES)
            .divergences if d.message.startswith("day of the event")]


def test_the_odd_weekday_in_the_leads_of_one_day_is_flagged() -> None:
    flags = lead_flags(
        (TUESDAY, "Six patients died at the city hospital on Tuesday after the power failed."),
        (TUESDAY, "The power failed at the city hospital on Tuesday, killing six patients."),
        (TUESDAY, "A blackout at the main hospital on Tuesday left six patients dead."),
        (TUESDAY, "Six patients died after the city hospital lost power early on Wednesday."))
    assert len(flags) == 1
    assert flags[0].subkind == "value"
    assert flags[0].message == ("day of the event in the leads published 2026-03-10: Tuesday "
                                "(r0, r1, r2) vs Wednesday (r3)")
    assert {e.report for e in flags[0].evidence} == {"r0", "r1", "r2", "r3"}
    assert all(e.text in {"Tuesday", "Wednesday"} for e in flags[0].evidence)


def test_one_night_other_days_and_no_majority_are_left_alone() -> None:
    late = "Six patients died after the city hospital lost power late on Monday."
    early = "Six patients died after the city hospital lost power early on Tuesday."
    assert lead_flags((TUESDAY, late), (TUESDAY, late), (TUESDAY, early)) == []
    # a follow-up published the next day tells the next day's news
    assert lead_flags((TUESDAY, early), (TUESDAY, early),
                      ("2026-03-11", "The hospital's director resigned on Wednesday.")) == []
    assert lead_flags((TUESDAY, early), (TUESDAY, late.replace("late on Monday",
                                                               "on Sunday"))) == []
    # no publication day: a bare weekday names no day to compare
    assert lead_flags((None, early), (None, early), (None, late.replace("late on", "on"))) == []


def test_a_lead_naming_two_weekdays_is_left_alone() -> None:
    """food-price-riots: 'under curfew on Sunday after ... Saturday's protests' tells two
    days, so it says nothing against leads that give Saturday."""
    saturday = "Seven people were killed as protests spread across the country on Saturday."
    assert lead_flags(("2026-03-15", saturday), ("2026-03-15", saturday),
                      ("2026-03-15", "The port was under curfew on Sunday after five people "
                                     "were killed during Saturday's protests.")) == []


def test_a_day_something_was_said_or_a_later_development_is_no_other_day() -> None:
    """Review cases: the day a ministry spoke, and a lead about the next day's news."""
    wednesday = "2026-03-11"
    died = "Six patients died at the city hospital on Tuesday after the power failed."
    for odd in ("Six patients died at the city hospital, the health ministry said on "
                "Wednesday.",
                "The hospital's director resigned on Wednesday, a day after six patients died."):
        assert lead_flags((wednesday, died), (wednesday, died), (wednesday, odd)) == []


def test_the_day_something_was_said_is_no_day_of_the_event() -> None:
    """An earlier weekday that tells when the ministry spoke, not when the patients died."""
    wednesday = "2026-03-11"
    died = "Six patients died at the city hospital on Tuesday after the power failed."
    said = "Six patients died at the city hospital, the health ministry said on Monday."
    assert lead_flags((wednesday, died), (wednesday, died), (wednesday, said)) == []
    told = said.replace("said on Monday", "told reporters on Monday")
    assert lead_flags((wednesday, died), (wednesday, died), (wednesday, told)) == []
    died_monday = said.replace(", the health ministry said on Monday", " on Monday")
    assert len(lead_flags((wednesday, died), (wednesday, died), (wednesday, died_monday))) == 1


STRESS = [  # (majority lead, odd lead): leads of one day that name different weekdays rightly
    ("A gunman killed four people outside a concert hall in Los Angeles early on Monday.",
     "LOS ANGELES, Sunday - A gunman killed four people outside a downtown concert hall."),
    ("A magnitude 6.8 earthquake struck northern Kaiyo early on Sunday, damaging homes.",
     "A strong earthquake struck northern Kaiyo on Saturday afternoon, Washington time."),
    ("A scaffolder died in hospital on Monday, two days after a platform collapsed.",
     "A worker was critically injured on Saturday when scaffolding collapsed, and has since "
     "died in hospital."),
    ("Police on Monday confirmed the deaths of five hikers in an avalanche in the valley.",
     "An avalanche swept five hikers to their deaths in the valley on Sunday."),
    ("Train drivers walked out across the country on Wednesday, halting most services.",
     "Trains stood idle as a strike that the union announced at a news conference on Monday "
     "got under way."),
    ("Rescuers pulled three survivors from the rubble of an apartment block on Sunday.",
     "Rescuers who have been digging since Friday through the ruins found three people alive."),
    ("Fighting raged in the border town on Saturday as troops shelled the old quarter.",
     "Fighting that began on Thursday raged on in the border town as troops shelled it."),
    ("The electoral commission declared Vasic the winner of the presidency on Monday.",
     "Vasic has won Sunday's presidential election, the electoral commission declared."),
    ("The transport minister resigned on Tuesday over the rail contracts affair.",
     "The transport minister has resigned over the rail contracts affair revealed by the "
     "Sunday Times."),
    ("Nine people died when fire swept through a nightclub in the port early on Sunday.",
     "Fire broke out at a packed nightclub in the port at 11.45 p.m. on Saturday, killing "
     "nine people."),
]


def test_leads_that_name_other_days_rightly_raise_nothing() -> None:
    for majority, odd in STRESS:
        assert lead_flags((TUESDAY, majority), (TUESDAY, majority), (TUESDAY, odd)) == [], odd


def test_an_evening_is_one_night_only_with_an_early_hour() -> None:
    afternoon = "A bus overturned on the coast road on Tuesday afternoon, injuring 18 people."
    bare = "Eighteen passengers were hurt when a bus rolled over on the coast road on Tuesday."
    evening = "A bus overturned on the coast road on Monday evening, injuring 18 passengers."
    assert len(lead_flags(("2026-03-11", afternoon), ("2026-03-11", bare),
                          ("2026-03-11", evening))) == 1


def test_a_follow_up_that_names_the_event_by_another_day_is_flagged() -> None:
    """bridge-bombing (dev): 'The death toll from Monday's bomb attack has risen to 16',
    published the day after leads that give Tuesday (and 17 March 2026 was a Tuesday)."""
    on_tuesday = "A bomb tore through the Halvek Bridge on Tuesday, killing 14 commuters."
    flags = lead_flags(
        ("2026-03-17", on_tuesday), ("2026-03-17", on_tuesday),
        ("2026-03-18", "The death toll from Monday's bomb attack on the Halvek Bridge has "
                       "risen to 16, the Interior Ministry said on Wednesday."))
    assert len(flags) == 1
    assert flags[0].message == (
        "day of the event: Tuesday (r0, r1; leads published 2026-03-17) vs Monday (r2, "
        "published 2026-03-18: 'Monday')")
    assert [e.text for e in flags[0].evidence] == ["Tuesday", "Tuesday", "Monday"]


def test_a_follow_up_that_names_the_right_day_or_no_event_by_it_is_left_alone() -> None:
    on_tuesday = "A bomb tore through the Halvek Bridge on Tuesday, killing 14 commuters."
    for later in (
            "The death toll from Tuesday's bomb attack on the bridge has risen to 16.",
            # a scheduled event named by its day, and a day that names no event
            "Monday's budget vote will go ahead despite the bombing, the minister said.",
            "Police said on Monday they had identified the bomber."):
        assert lead_flags(("2026-03-17", on_tuesday), ("2026-03-17", on_tuesday),
                          ("2026-03-18", later)) == [], later
    # a scheduled event's riots, and a later day: another event
    for later in ("Saturday's match riots left the bridge closed on Wednesday.",
                  "Police said Wednesday's attack on a checkpoint was linked to the bridge "
                  "bombing."):
        assert lead_flags(("2026-03-17", on_tuesday), ("2026-03-17", on_tuesday),
                          ("2026-03-19", later)) == [], later
    # one lead alone gives the day: not enough to hold a follow-up to it
    assert lead_flags(("2026-03-17", on_tuesday),
                      ("2026-03-18", "The toll from Monday's bomb attack rose to 16.")) == []


def test_a_follow_up_is_held_to_the_latest_earlier_day_once() -> None:
    """Two earlier days whose leads both agree on Tuesday: one flag, not one per day."""
    on_tuesday = "A bomb tore through the Halvek Bridge on Tuesday, killing 14 commuters."
    flags = lead_flags(("2026-03-17", on_tuesday), ("2026-03-17", on_tuesday),
                       ("2026-03-18", on_tuesday), ("2026-03-18", on_tuesday),
                       ("2026-03-19", "The death toll from Monday's bomb attack on the bridge "
                                      "has risen to 16."))
    assert len(flags) == 1 and "leads published 2026-03-18" in flags[0].message


def test_a_lead_that_names_its_day_in_full_tells_no_bare_weekday() -> None:
    # a date written with its day of the month, in digits or in words, is no bare weekday
    # for this rule (the date rules compare it)
    for monday in ("Monday, 9 March", "Monday, the ninth of March"):
        assert lead_flags(
            (TUESDAY, "Six patients died at the city hospital on Tuesday after the power "
                      "failed."),
            (TUESDAY, "The power failed at the city hospital on Tuesday, killing six."),
            (TUESDAY, "A blackout at the main hospital on Tuesday left six patients dead."),
            (TUESDAY, f"Six patients died after the city hospital lost power on {monday}.")
        ) == []


def test_a_vote_told_with_its_day_is_no_day_of_the_news_of_its_result() -> None:
    # mayoral-runoff-result (dev): 'after a knife-edge run-off on Sunday' against leads of
    # the results released and the recount demanded on Monday
    monday = "2026-05-11"
    leads = [(monday, "Solvik narrowly won the run-off, according to results released on "
                      "Monday."),
             (monday, "Leskova on Monday demanded a recount in the run-off.")]
    assert lead_flags((monday, "Adrian Solvik has been elected mayor after a knife-edge "
                               "run-off on Sunday."), *leads) == []
    # ... nor is an event held at a match or a meeting, nor the vote's own day told
    # otherwise (the review of the change)
    sundays = [(monday, "A bomb exploded at a football match on Sunday, killing 12."),
               (monday, "Twelve people died when a bomb went off at a stadium on Sunday.")]
    assert len(lead_flags((monday, "A bomb exploded at a football match on Saturday, killing "
                                   "12 people."), *sundays)) == 1
    # ... but the same act told on another day is flagged still
    assert len(lead_flags((monday, "Leskova demanded a recount on Sunday."),
                          *leads)) == 1
