"""Tabloid nicknames of people the cluster names after a title (divergences.nicknames)."""

from __future__ import annotations

import pytest

from newsdiff.divergences.nicknames import nickname_cues
from tests.test_framing import aligned, framings


@pytest.mark.parametrize(("plain", "nicknamed", "label"), [
    # prison-hunger-strike, no-confidence-vote, deportation-flights, general-strike,
    # youth-curfew-riots, train-collision (dev): a word before the given name
    ("Justice Minister Adela Rusk refused to meet the strikers.",
     "How many more must end up in hospital before Iron Adela wakes up?", "Iron Adela"),
    ("Prime Minister Ilona Varesk survived the vote on Tuesday.",
     "Iron Ilona Varesk survived the vote on Tuesday.", "Iron Ilona Varesk"),
    ("Mayor Adela Korvin defended the curfew on Monday.",
     "Curfew Queen Adela Korvin's order was suspended by the court.",
     "Curfew Queen Adela Korvin's"),
    ("Transport Minister Teodora Vask visited the site.",
     "Tea-Break Teodora, the hapless transport minister, rushed to the scene.",
     "Tea-Break Teodora"),
    # deportation-flights, pension-reform (dev): after 'as'; an adverb after the name
    ("Interior Minister Helena Marsk watched the first flight leave.",
     "Migrants were flown out as Iron Helena Marsk's deportation jets took off.",
     "Iron Helena Marsk's"),
    ("Prime Minister Ilse Varnholt pushed the pension bill through parliament.",
     "Ice Queen Ilse Varnholt tonight rammed her pension bill through parliament.",
     "Ice Queen Ilse Varnholt"),
    # opposition-arrest, hospital-power-failure (dev): a quoted nickname before the surname
    ("Interior Minister Teodor Blasko defended the arrests.",
     'The charges were cooked up by "Iron Teo" Blasko\'s Interior Ministry.',
     '"Iron Teo" Blasko\'s'),
    ("Health Minister Irena Solvik refused to comment.",
     'Families are demanding answers from Health Minister "Silent Irena" Solvik.',
     '"Silent Irena" Solvik'),
])
def test_a_nickname_before_a_name_is_the_outlets_label(
        plain: str, nicknamed: str, label: str) -> None:
    (flag,) = framings(aligned(plain, nicknamed), "actor_naming")
    assert f"'{label}' (r1)" in flag.message


@pytest.mark.parametrize("texts", [
    # titles, a queen's own title, a place after a preposition, a headline in Title Case
    ("Chief Superintendent Arvid Mellor led the raid on the casino.",
     "Police Superintendent Arvid Mellor said the raid on the casino went well."),
    ("Queen Sofia Marn opened the bridge on Monday.", "Queen Sofia Marn cut the ribbon."),
    ("Chief Superintendent Arvid Mellor led the raid on the casino.",
     "Speaking in Dravna Arvid Mellor said the raid on the casino went well."),
    ("Prime Minister Ilona Varesk survived the vote.", "Protests Greet Ilona Varesk In Dravna"),
    ("Minister of State Ilona Varesk spoke on Monday.", "Ilona Varesk spoke on Monday."),
    # space-debris-impact (dev): a church named after a saint
    ("Foreign Minister Elias Brenner visited the site.",
     "A book of condolence has been opened at the village church of St Elias."),
    # a review's made-up cases (2026-12-05): an honour, places and a university named like
    # a person, a king's people, a nickname the unions give, a programme, a child
    ("Prime Minister Edmund Hale defended the reform.", "Sir Edmund defended the reform."),
    ("Finance Minister Paulo Ferraz announced a fuel subsidy.",
     "Sao Paulo truckers lifted their blockade after the subsidy was announced."),
    ("Police spokesman Tomas Brandl said 31 students were detained.",
     "Students of the University of Santo Tomas rallied at the gates on Tuesday."),
    ("King Sipho Dlamini called for calm after the riots.",
     "Zulu King Sipho Dlamini called for calm after the riots."),
    ("Prime Minister Ilona Varesk refused to meet the strikers.",
     "Prime Minister Ilona Varesk, whom the unions call Iron Ilona, refused to meet them."),
    ("Sports Minister Carlo Benedetti said the rally would go ahead.",
     "He said the Monte Carlo rally would go ahead."),
    ("Labour Secretary Virginia Holt promised help for laid-off miners.",
     "West Virginia coal miners cheered the promise."),
    ("Prime Minister Ilona Varesk said she would not resign.",
     'Speaking on "Morning Edition" Varesk said she would not resign.'),
    ("Mayor Adela Korvin said rescuers were still searching the rubble.",
     "Baby Adela, aged two, was pulled out alive."),
    # two people of one given name: whose nickname it is stays open
    ("Mayor Adela Korvin and Justice Minister Adela Rusk met.",
     "Iron Adela met the mayor."),
])
def test_no_nickname_without_a_word_that_names_no_title_or_place(
        texts: tuple[str, str]) -> None:
    assert nickname_cues(aligned(*texts)) == []
