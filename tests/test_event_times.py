"""The time of the main event compared wherever the reports tell it (divergences/event_times
and figure_times._event_sets)."""

from __future__ import annotations

import pytest

from newsdiff import compare
from newsdiff.config import Config
from newsdiff.divergences.event_times import event_of, other_zone, several
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Divergence, Report

FIGURES = Config(kinds=("figure",))


def time_flags(*texts: str, published: tuple[str | None, ...] = ()) -> list[Divergence]:
    """Time-of-day flags of whole reports (published on one day unless told)."""
    days = published or ("2026-03-17",) * len(texts)
    reports = [Report(id=f"r{k}", text=t, published=d)
               for k, (t, d) in enumerate(zip(texts, days, strict=True))]
    result = compare(reports, encoder=HashingEncoder(dim=256), config=FIGURES)
    return [d for d in result.divergences if d.message.startswith("time of day")]


def read(sentence: str, time: str) -> str | None:
    at = sentence.index(time)
    told = event_of(sentence, at, at + len(time))
    return None if told is None else told.kind


@pytest.mark.parametrize("sentence, time, event", [
    ("A blast tore through a former tannery in Velmar's harbour district at about 4:40 pm.",
     "4:40 pm", "blast"),
    ("The explosion, shortly after 5 pm on Tuesday, shook houses.", "5 pm", "blast"),
    ("The earthquake, with a magnitude of 6.4, struck at 10:42, the institute said.",
     "10:42", "quake"),
    ("A magnitude 6.1 earthquake struck the province of Ardesh at 2.14am.", "2.14am", "quake"),
    ("The explosion, which happened shortly after 6.30pm, shook houses.", "6.30pm", "blast"),
    ("At 6.05pm, the blast ripped through the tannery.", "6.05pm", "blast"),
    ("Kestrel Street woke to sirens after rockets slammed into number 14 at about 4.45am.",
     "4.45am", "strike"),
    ("The five-storey block in Port Aster collapsed at 4.10am.", "4.10am", "collapse"),
    ("The plane crashed into a hillside near Ostrava Ridge at 2.15pm.", "2.15pm", "crash"),
    ("A bomb went off at a market in Terrin at 11am.", "11am", "blast"),
    ("The fire broke out at about 2am in a ground-floor kitchen.", "2am", "fire"),
    ("The explosion, shortly after 5 pm on Tuesday, 28 December, shook houses.", "5 pm",
     "blast"),
    ("The roof of the prayer hall in the old quarter caved in at about 1:20pm.", "1:20pm",
     "collapse"),
    ("Nine people died in the fire, which started at about 1:45 a.m. in carriage 7.",
     "1:45 a.m.", "fire"),
    ("A powerful magnitude 6.2 earthquake struck the province at 3.17am.", "3.17am", "quake"),
    ("The earthquake that struck at 3.17am flattened villages.", "3.17am", "quake"),
    ("At 2.10pm, the plane crashed into a wooded hillside.", "2.10pm", "crash"),
    ("At about 6.05pm on Tuesday, the blast ripped through the tannery.", "6.05pm", "blast"),
    ("The fire started on the first floor at about 2am.", "2am", "fire"),
    ("Police said the blast occurred at 4.40pm.", "4.40pm", "blast"),
    ("A small passenger plane crashed into a hillside near Torrin at 2.10pm.", "2.10pm",
     "crash"),
    # review F
    ("Witnesses said the building collapsed at about 1.30pm.", "1.30pm", "collapse"),
    ("The attack came at about 11.30pm, residents said.", "11.30pm", "attack"),
    ("The explosion at the Varden chemical plant happened at 6.40am.", "6.40am", "blast"),
    ("The rocket attack hit the port at 4am.", "4am", "strike"),
    # code review
    ("The quake struck Kunming at 4.12am.", "4.12am", "quake"),
    ("The blast happened during evening prayers at 7pm.", "7pm", "blast"),
    ("At 2.10pm, the building collapsed.", "2.10pm", "collapse"),
    ("At 4pm local time, the quake struck the coast.", "4pm", "quake"),
])
def test_the_time_of_the_main_event_is_read(sentence: str, time: str, event: str) -> None:
    assert read(sentence, time) == event


@pytest.mark.parametrize("sentence, time", [
    ("The blast was reported to police at 6pm by a neighbour.", "6pm"),  # another act
    ("Firefighters arrived at 5.30pm after the blast and put out the flames.", "5.30pm"),
    ("The crash site was cleared at 9pm and the road reopened.", "9pm"),
    ("A bomb disposal team arrived at 6.15pm to check for further devices.", "6.15pm"),
    ("After the blast, at 7pm, the mayor visited the families of the injured.", "7pm"),
    ("The day after the crash, at 10am, the airline grounded its fleet.", "10am"),
    ("A minute's silence for the victims of the blast will be held at noon.", "noon"),
    ("An initial blast at 2.10am started a small fire.", "2.10am"),  # one of two moments
    ("It came a week after a similar attack at 3am on a checkpoint.", "3am"),
    ("A blast at the same depot in 2019, at about 3am, injured a driver.", "3am"),
    ("The shooting stopped at 10.50pm, when guards locked the doors.", "10.50pm"),  # an end
    ("The eruption was still continuing at 4pm, the observatory said.", "4pm"),
    ("Negotiations with the landlord had collapsed at 9pm the evening before.", "9pm"),
    ("The bus company's booking website crashed at 11am.", "11am"),  # other senses
    ("Anger erupted at a 7pm public meeting over the slow evacuation.", "7pm"),
    ("One hostage suffered a heart attack at about 1pm and was released.", "1pm"),
    ("The spill derailed plans for a 10am ceremony at the new station.", "10am"),
    ("Workmen repaired the crash barrier at 3pm.", "3pm"),
    ("Two residents were still missing at 9pm, rescuers said.", "9pm"),
    ("Prices, which had risen all week, crashed at 11am.", "11am"),  # subject unread
    ("Crews fought the fire, which was put out at around 5.30am.", "5.30am"),  # an end
    ("Police spoke to a man who saw the blast, which he said came at 4pm.", "4pm"),
    # review D and E: another clause's act, another incident, a later stage, a person
    ("The fire broke out on the fourth floor and firefighters were called at 2.20am.",
     "2.20am"),
    ("The blast killed a night watchman who had started his shift at 10pm.", "10pm"),
    ("The earthquake destroyed a school that opened at 8am.", "8am"),
    ("The blaze came under control at about 9pm.", "9pm"),
    ("In a separate incident, a bomb went off at 11am at a bus stop in Lenn.", "11am"),
    ("Elsewhere, a magnitude 4.2 tremor struck the island of Pell at 8.15am.", "8.15am"),
    ("At 5am, the fire began to spread to neighbouring homes.", "5am"),
    ("The fire tore through the top floors at about 4am.", "4am"),  # not its start
    ("A strong tremor shook the town again at 4am.", "4am"),
    ("One volunteer collapsed at 2pm from exhaustion.", "2pm"),
    ("Vantair's stock crashed shortly after trading opened at 8am.", "8am"),
    ("The shooting at the depot where Marsh started his shift at 6am shocked the town.",
     "6am"),
    # review F: an opening of another moment, a time naming a thing, a later stage
    ("Eight years ago, a fire broke out at about 3am in a neighbouring warehouse.", "3am"),
    ("In 1998, a magnitude 6.8 quake struck at 4.12am.", "4.12am"),
    ("That evening, a car bomb exploded outside a police station at about 11pm.", "11pm"),
    ("Moments later, a fuel tank exploded at about 7.30pm.", "7.30pm"),
    ("A bomb exploded on the 8.15am service from Kelby to Harwood.", "8.15am"),
    ("The blaze began spreading towards the village at about 4.45am.", "4.45am"),
    ("An elderly neighbour collapsed at about 7am while watching rescuers.", "7am"),
    ("The airline's emergency hotline crashed at about 9am.", "9am"),
    # code review: the noun as an object, a statement's time, people, a modifier
    ("The explosion, at 5 pm, was reported to police by a neighbour.", "5 pm"),
    ("Police blamed the blast, at 4pm on Tuesday, on a gas leak.", "4pm"),
    ("Mourners marked the attack, at noon on Sunday, with a minute's silence.", "noon"),
    ("At 4pm, officials said the blast struck the depot.", "4pm"),
    ("At 2pm, officials said the building collapsed into the street.", "2pm"),
    ("Three people collapsed at 2pm in the heat.", "2pm"),
    ("The coalition collapse came at 9pm on Tuesday.", "9pm"),
    ("The stock market crash began at 9.30am.", "9.30am"),
    ("A heart attack struck the driver at 1pm.", "1pm"),
    ("The attack came amid protests at 9pm.", "9pm"),
    ("The earthquake, the second in a week, struck at 10:42.", "10:42"),
])
def test_a_time_of_another_act_moment_or_sense_is_no_event_time(sentence: str,
                                                                 time: str) -> None:
    assert read(sentence, time) is None


BLAST = ("A blast tore through a former tannery in Velmar's harbour district at about "
         "4:40 pm. Three workers were hurt. The building had been empty for years.")
LATER = ("Three people were hurt in Velmar on Tuesday. Police cordoned off the street. "
         "The explosion, shortly after 5 pm, shook houses across the district.")


def test_event_times_told_in_sentences_the_aligner_puts_apart_are_compared() -> None:
    """fireworks-warehouse-explosion: 'at about 4:40 pm' in a lead vs 'The explosion,
    shortly after 5 pm' in a later paragraph."""
    flags = time_flags(BLAST, LATER)
    assert [d.message for d in flags] == [
        "time of day: about 4:40 pm (r0) vs shortly after 5 pm (r1)"]
    assert sorted(e.text for e in flags[0].evidence) == ["4:40 pm", "5 pm"]


def test_event_times_of_other_days_or_of_two_moments_are_not_compared() -> None:
    assert time_flags(BLAST, LATER, published=("2026-03-17", "2026-03-18")) == []
    assert time_flags(BLAST, LATER, published=("2026-03-17", None)) == []
    assert len(time_flags(BLAST, LATER, published=(None, None))) == 1  # plain files
    assert time_flags(BLAST, LATER.replace("The explosion", "The first explosion")) == []
    assert time_flags(BLAST, LATER + " A second, smaller blast hit the site at 9 pm.") == []


def test_event_times_that_agree_are_not_flagged() -> None:
    assert time_flags(BLAST, LATER.replace("shortly after 5 pm", "at about 4.45pm")) == []


def test_times_of_two_things_an_event_verb_names_are_not_compared() -> None:
    """Review D: a town hall's roof and a footbridge both collapsed in one storm."""
    roof = ("Storm Ada brought winds of up to 90mph to Tollan. The roof of the town hall "
            "collapsed at about 2pm, injuring three traders. Trees were brought down.")
    bridge = ("Eleven people were hurt as Storm Ada hit Tollan. A footbridge over the river "
              "Arle collapsed at 5.30pm. Power lines were brought down.")
    assert time_flags(roof, bridge) == []
    assert len(time_flags(roof, bridge.replace("A footbridge over the river Arle",
                                               "The roof of the town hall"))) == 1


@pytest.mark.parametrize("subject, thing", [
    ("The roof of the town hall", "roof"),
    ("A bus carrying pilgrims", "bus"),
    ("A coach carrying 48 pupils", "bus"),   # one thing in other words
    ("The five-storey block in Port Aster", "building"),
    ("Mount Kessel", "volcano"),
    ("The bus station roof", "roof"),
])
def test_an_event_verb_keeps_the_thing_its_subject_names(subject: str, thing: str) -> None:
    sentence = f"{subject} collapsed at 4.10am."
    at = sentence.index("4.10am")
    assert event_of(sentence, at, at + 6) == (("collapse", thing))


def test_a_thing_neither_the_lead_nor_the_other_report_names_is_another_event() -> None:
    """Review E: 'A wall collapsed at 11am' in a report that leads with the collapsed
    building is a second collapse; 'A light aircraft crashed' in the lead is the crash."""
    main = ("Eleven people died when a residential building came down in Pellan. The "
            "collapse happened at 4.10am, officials said. Residents had reported cracks.")
    wall = ("Rescuers searching the ruins of a collapsed apartment building in Pellan were "
            "forced to pull back. A wall collapsed at 11am, injuring two firefighters. The "
            "death toll stands at 11.")
    assert time_flags(main, wall) == []
    plane = ("A light aircraft crashed into a field near Holby at 2.15pm, killing the pilot. "
             "The passenger was airlifted to hospital.")
    crash = ("The passenger was in a serious condition in hospital. Investigators arrived "
             "at the field. The crash, at around 4pm, was witnessed by a farmer.")
    assert len(time_flags(plane, crash)) == 1


def test_reports_of_several_such_events_or_other_zones_are_left_out() -> None:
    assert several("It was one of several attacks on the capital.") >= {"attack", "blast"}
    assert several("The fire broke out again at 11am.") == {"fire"}
    assert other_zone(" UK time, the agency said") and other_zone(" Paris time")
    assert not other_zone(" local time")
    assert several("Aftershocks rattled the town.") == frozenset()  # the quake stays
    uk = BLAST.replace("at about 4:40 pm", "at about 4:40 pm UK time")
    assert time_flags(uk, LATER) == []


def test_a_year_is_another_moment_unless_it_is_the_year_of_publication() -> None:
    sentence = "On 17 March 2026, a blast tore through the tannery at 4:40 pm."
    at = sentence.index("4:40 pm")
    assert event_of(sentence, at, at + 7, year=2026) == ("blast", None)
    assert event_of(sentence, at, at + 7, year=2027) is None
    assert event_of(sentence, at, at + 7) is None


def test_event_times_of_named_days_zones_levels_or_loose_midnights_are_not_flagged() -> None:
    """Each guard of the event reading on its own: the days the sentences name, a time
    in GMT, two levels of a building, and an exact midnight read as a round hour."""
    assert time_flags(BLAST.replace("4:40 pm.", "4:40 pm on Monday."),
                      LATER.replace("5 pm,", "5 pm on Tuesday,")) == []
    assert time_flags(BLAST.replace("4:40 pm.", "16:40 GMT."), LATER) == []
    fire = "A fire broke out in a {} flat at {}, the fire service said. Nobody was hurt."
    assert time_flags(fire.format("second-floor", "2am"), fire.format("third-floor", "4am")) == []
    assert len(time_flags(fire.format("second-floor", "2am"),
                          fire.format("second-floor", "4am"))) == 1
    night = "The fire broke out at {} in a storeroom. Crews fought it for hours."
    assert time_flags(night.format("midnight"), night.format("12.10am")) == []
    assert len(time_flags(night.format("midnight"), night.format("12.40am"))) == 1


def test_a_report_that_tells_the_event_time_again_alike_is_compared() -> None:
    again = BLAST + " The blast, at 4.40pm, shook houses across the harbour."
    assert len(time_flags(again, LATER)) == 1
    other = BLAST + " Police said the explosion happened at 6pm."
    assert time_flags(other, LATER) == []  # two times of the blast: two moments
