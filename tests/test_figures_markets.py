"""Figure rules: market snapshots, sole tolls, names that tell two things apart, prison terms.

Each rule has small cases both ways: what it flags and what it must leave alone.
"""

from __future__ import annotations

import pytest

from newsdiff import compare
from newsdiff.claims.figures import extract_figures
from newsdiff.claims.numbers import find_numbers
from newsdiff.config import Config
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Divergence, Figure, Report
from newsdiff.segment import split_sentences

ENCODER = HashingEncoder(dim=128)
FIGURES_ONLY = Config(kinds=("figure",))


def figs(text: str) -> list[Figure]:
    report = Report(id="r", text=text)
    return [f for f in extract_figures(report, split_sentences("r", text))
            if f.kind not in {"date", "time"}]


def flags(a: str, b: str) -> list[Divergence]:
    """Figure divergences (value/bound) between two one-sentence reports in one group."""
    result = compare([Report(id="a", text=a), Report(id="b", text=b)], encoder=ENCODER,
                     config=FIGURES_ONLY)
    assert any(len(g.members) == 2 for g in result.groups), "the sentences must align"
    return [d for d in result.divergences
            if d.kind == "figure" and d.subkind in {"value", "bound"}]


# --- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Heating oil settled .85 cent lower.", [(".85", 0.85, 0.85, 0.85)]),
    ("Shares of Cellegy plunged $1.99 to $3.23 Monday.",
     [("$1.99", 1.99, 1.99, 1.99), ("$3.23", 3.23, 3.23, 3.23)]),
    ("It lost 16/32, driving its yield up to 3.33 percent.",
     [("3.33 percent", 3.33, 3.33, 3.33)]),
    ("Up to 80 people were hurt.", [("Up to 80", 80.0, 0.0, 80.0)]),
    ("Prices rose 5 to 10 percent.", [("5 to 10 percent", None, 5.0, 10.0)]),
    ("Estimates range from $5 to $10 per share.", [("from $5 to $10", None, 5.0, 10.0)]),
])
def test_market_numbers(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(n.text, n.value, n.low, n.high) for n in find_numbers(text)] == expected


# --- market roles -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Oracle shares fell 27 cents, or 2 percent, to $13.09.",
     [("27 cents", "change", "Oracle shares"), ("2 percent", "change", "Oracle shares"),
      ("$13.09", "level", "Oracle shares")]),
    ("Oracle shares also rose on the news, up 15 cents to $13.51 on the Nasdaq.",
     [("15 cents", "change", "Oracle shares"), ("$13.51", "level", "Oracle shares")]),
    ("The benchmark note shed 25/32 in price, taking its yield to 3.26 percent from 3.17 "
     "percent.", [("3.26 percent", "level", "yield"), ("3.17 percent", "from", "yield")]),
    ("The 30-year bond dipped 14/32 for a yield of 4.26 percent.",
     [("4.26 percent", "level", "yield")]),
    ("Brent crude for July delivery fell 38 cents to $27.45 a barrel.",
     [("38 cents", "change", "Brent crude"), ("$27.45", "level", "Brent crude")]),
    ("The Nasdaq composite index rose 15.82, or 0.9 percent, to 1,861.52.",
     [("15.82", "change", "Nasdaq composite index"),
      ("0.9 percent", "change", "Nasdaq composite index"),
      ("1,861.52", "level", "Nasdaq composite index")]),
    ("Tokyo stocks close 0.26 pc lower", [("0.26 pc", "change", "Tokyo stocks")]),
    ("The SSX-40 index ended the day 8.3 percent lower.",
     [("8.3 percent", "change", "index")]),
    ("The SSX-40 index plunged more than 600 points, a staggering 9.1 percent, on Tuesday.",
     [("more than 600 points", "change", "index"), ("9.1 percent", "change", "index")]),
    ("The city's main reservoir sank to a pitiful 14 percent.",
     [("14 percent", "level", "city main reservoir")]),
])
def test_market_roles_and_subjects(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(f.text, f.predicate, f.subject) for f in figs(text)
           if f.predicate in {"change", "level", "from"}]
    assert got == expected


@pytest.mark.parametrize("text", [
    "The death toll rose to 55 on Sunday.",
    "Police arrested 12 people at the rally.",
    "The number of cases rose to 149.",
])
def test_tolls_and_counts_are_not_market_figures(text: str) -> None:
    assert all(f.predicate not in {"change", "level", "from"} for f in figs(text))


# --- market divergences ------------------------------------------------------------------

def test_one_share_at_two_prices_disagrees() -> None:
    found = flags("Oracle shares fell 27 cents, or 2 percent, to $13.09 on the Nasdaq.",
                  "Oracle shares rose 15 cents, or 1 percent, to $13.51 on the Nasdaq.")
    messages = " | ".join(d.message for d in found)
    assert "13.09" in messages and "13.51" in messages
    assert "27 cents" in messages


def test_the_same_snapshot_agrees() -> None:
    assert not flags("Oracle shares fell 27 cents, or 2 percent, to $13.09.",
                     "Oracle shares fell 27 cents, or 2.1 percent, to $13.09 on Monday.")


def test_two_indexes_are_not_compared() -> None:
    assert not flags(
        "The Nasdaq Composite Index rose 17.33 points, or 1.07 percent, in late trading.",
        "The Standard & Poor's 500 Index rose 5.51 points, or 0.56 percent, in late trading.")


def test_one_share_in_two_currencies_is_two_listings() -> None:
    assert not flags("Vivendi shares fell 1.9 percent to 15.80 euros in Paris trading.",
                     "Vivendi shares fell 1.4 percent to $18.29 in New York trading.")


# --- sole tolls -------------------------------------------------------------------------

def test_one_toll_named_differently_disagrees() -> None:
    assert flags("Gunmen kill 10 foreign tourists in northern Pakistan",
                 "Gunmen kill 11 foreign climbers in northern Pakistan")


def test_soldiers_and_civilians_stay_apart() -> None:
    assert not flags("Bomb kills 17 civilians in northern Iraq",
                     "Bomb kills 10 soldiers in northern Iraq")


def test_a_nation_may_be_part_of_a_total() -> None:
    assert not flags("Attack kills two U.S. soldiers in Afghanistan",
                     "Attack kills eight soldiers in Afghanistan")


def test_two_tolls_in_one_sentence_are_not_sole() -> None:
    assert not flags("Gunmen kill 3 policemen and 10 tourists in northern Pakistan",
                     "Gunmen kill 12 climbers in northern Pakistan")


# --- names that tell two things apart ---------------------------------------------------

def test_different_named_plans_are_not_compared() -> None:
    assert not flags(
        "The Senate plan requires seniors to pay 50 percent of drug costs each year.",
        "The House plan requires seniors to pay 20 percent of drug costs each year.")


def test_same_named_plan_with_two_values_disagrees() -> None:
    assert flags(
        "The Senate plan requires seniors to pay 50 percent of drug costs each year.",
        "The Senate plan requires seniors to pay 20 percent of drug costs each year.")


def test_dates_of_two_named_victims_are_not_compared() -> None:
    assert not flags("On Jan. 10, Shawanda McCalister was found strangled in her apartment.",
                     "On Jan. 1, Nikia Kilpatrick was found strangled in her apartment.")


def test_dates_of_one_named_person_disagree() -> None:
    assert flags("On Jan. 10, Shawanda McCalister was found strangled in her apartment.",
                 "On Jan. 1, Shawanda McCalister was found strangled in her apartment.")


def test_places_named_differently_do_not_hide_a_divergence() -> None:
    assert flags("A 6.3-magnitude earthquake hits Hualien on Monday",
                 "A 6.9-magnitude earthquake hits Taiwan on Monday")


# --- prison terms -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("Manning was sentenced to 35 years in prison.", "Manning prison term"),
    ("Briton jailed for 10 years for selling fake bomb detectors", "Briton prison term"),
    ("Judge Lind sentenced him to 35 years.", "prison term"),
])
def test_prison_terms(text: str, subject: str) -> None:
    (f,) = [f for f in figs(text) if f.kind == "measure"]
    assert (f.predicate, f.subject) == ("sentenced", subject)


def test_spent_years_is_not_a_prison_term() -> None:
    assert all(f.predicate != "sentenced" for f in figs("He spent 10 years in prison."))


def test_one_defendant_two_terms_disagree_across_groups() -> None:
    reports = [Report(id="a", text="Chelsea Manning was sentenced to 35 years in prison. "
                      "The trial lasted eight weeks at Fort Meade."),
               Report(id="b", text="Supporters gathered outside the court in Maryland. "
                      "Manning got the news calmly and was sentenced to 30 years.")]
    result = compare(reports, encoder=ENCODER, config=FIGURES_ONLY)
    assert [d.message for d in result.divergences if d.kind == "figure"] == [
        "prison term: 30 yr (b) vs 35 yr (a)"]


def test_two_defendants_terms_are_not_compared() -> None:
    assert not flags("Smith was sentenced to 35 years in prison on Monday.",
                     "Jones was sentenced to 30 years in prison on Monday.")


def test_a_rise_and_a_fall_of_the_same_size_disagree() -> None:
    assert flags("Singapore stocks close 0.5 pct higher on Monday",
                 "Singapore stocks close 0.5 pct lower on Monday")


def test_a_fall_written_two_ways_agrees() -> None:
    assert not flags("Oracle shares fell 27 cents, or 2 percent, in Monday trading.",
                     "Oracle shares were down 27 cents, or 2 percent, in Monday trading.")


def test_a_stray_word_is_not_a_sole_toll() -> None:
    assert not flags("Rescuers said 60 are confirmed dead and 80 unaccounted for in Surfside.",
                     "Rescuers said the total of dead stands at 54 in Surfside.")


def test_two_indexes_in_one_sentence_keep_their_names() -> None:
    found = [f for f in figs("The Dow plunged 1,861.82 points, to close at 25,128.17, while "
                             "S&P 500 slid 5.9 percent, to 3,002.10.")
             if f.text == "5.9 percent"]
    assert found[0].subject == "S & P"


def test_a_growth_is_a_change_not_the_level() -> None:
    assert not flags("The federal budget deficit grew $205 billion in the 2019 fiscal year.",
                     "The federal budget deficit was $779 billion in the 2018 fiscal year.")


def test_more_dead_is_not_the_whole_toll() -> None:
    assert not flags("Police kill gunman, find 3 more dead in Colorado home",
                     "Police find 4 dead in Colorado home after standoff with gunman")


def _figure_messages(a: str, b: str) -> list[str]:
    result = compare([Report(id="a", text=a), Report(id="b", text=b)],
                     encoder=HashingEncoder(), config=Config(kinds=("figure",)))
    return [d.message for d in result.divergences]


def test_a_move_then_to_is_a_change_and_a_level_not_a_range() -> None:
    # Found by review: 'fell 1.2 percent to 10,500' was one range [1.2, 10500] that
    # agreed with everything.
    assert [(f.text, f.value) for f in figs("The Dow fell 1.2 percent to 10,500.")] == [
        ("1.2 percent", 1.2), ("10,500", 10500.0)]
    assert _figure_messages("The Dow fell 1.2 percent to 10,500.",
                            "The Dow fell 1.9 percent to 10,480.")
    assert _figure_messages("Between 75 to 100 people died.", "About 90 people died.") == []


def test_a_rise_and_a_fall_of_one_size_show_their_directions() -> None:
    (message,) = _figure_messages("Oracle shares fell 2 percent.", "Oracle shares rose 2 percent.")
    assert "+2% (b)" in message and "-2% (a)" in message


def test_a_move_told_for_a_later_day_is_no_clash() -> None:
    """The next day's report tells today's move ('up 4 percent this morning'): another day
    than the first report's fall, not a disagreement; told for the same day, it is one."""
    def found(later: str) -> list[Divergence]:
        reports = [Report(id="a", text="Velmora Commercial Bank fell 19% on the day.",
                          published="2026-03-17"),
                   Report(id="b", text=later, published="2026-03-18")]
        result = compare(reports, encoder=ENCODER, config=FIGURES_ONLY)
        return [d for d in result.divergences if d.kind == "figure"]
    assert found("Velmora Commercial Bank rose 4% this morning.") == []
    assert found("Velmora Commercial Bank rose 4% on the day.")


def test_an_index_of_an_exchange_is_the_index() -> None:
    # leader-health-scare (dev, forty-third session): the index's move, not the exchange's
    (f, _) = figs("The main LSX-40 index of the Lisvana stock exchange closed down 3.2%, and "
                  "the mark weakened 1.5% against the dollar.")
    assert (f.predicate, f.subject) == ("change", "index of Lisvana stock exchange")
    (d,) = flags("The main LSX-40 index of the Lisvana stock exchange closed down 3.2%.",
                 "The LSX-40 index closed 3.4 per cent lower on the Lisvana exchange.")
    assert "3.2%" in d.message and "3.4%" in d.message


def test_records_marked_as_dead_are_no_toll() -> None:
    # voter-roll-purge (dev, forty-third session): 2,750 voters restored to the register,
    # not 2,750 dead
    (f,) = figs("The commission restored 2,750 voters to the register after admitting that "
                "an error had wrongly flagged them as dead.")
    assert f.predicate is None
    (f,) = figs("Officials listed 12 people as dead after the flood.")
    assert f.predicate == "killed"
    (f, _) = figs("The agency registered 112 people as dead and 40 as missing.")
    assert f.predicate == "killed"
