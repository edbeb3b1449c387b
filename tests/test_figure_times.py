"""Times of day of one moment told differently (divergences/figure_times)."""

from __future__ import annotations

import pytest

from newsdiff import compare
from newsdiff.config import Config
from newsdiff.encoders import HashingEncoder
from newsdiff.models import Divergence, Report

FIGURES = Config(kinds=("figure",))
TAIL = "\n\nThe river authority has closed the channel to shipping."


def time_flags(*sentences: str) -> list[Divergence]:
    """Time-of-day flags of reports that each tell the collision in one sentence."""
    reports = [Report(id=f"r{k}", text=s + TAIL) for k, s in enumerate(sentences)]
    result = compare(reports, encoder=HashingEncoder(dim=256), config=FIGURES)
    assert len(result.groups) >= 1
    return [d for d in result.divergences if d.message.startswith("time of day")]


def test_two_times_of_one_collision_that_cannot_agree_are_flagged() -> None:
    """river-barge-collision: 'at 4.40am' vs 'at 4.10am' in aligned sentences."""
    flags = time_flags("The barge hit the bridge at 4.40am in thick fog on the river.",
                       "The barge hit the bridge at 4.10am in thick fog on the river.")
    assert len(flags) == 1
    assert flags[0].message == "time of day: 4.40am (r0) vs 4.10am (r1)"
    assert [e.text for e in flags[0].evidence] == ["4.40am", "4.10am"]
    assert flags[0].subkind == "value"


@pytest.mark.parametrize("one, other", [
    ("at about 4:40 a.m.", "shortly before 5am"),   # 4:30-5:00 holds 4:40
    ("at about 5 a.m.", "at 4.40am"),                # a round hour is told loosely
    ("at 5:10 in the morning", "at 5:10"),           # no a.m./p.m.: either
    ("at about 11:55 p.m.", "shortly after midnight"),  # across midnight
    ("at 4.40am", "by 4.10am"),                      # a bound, not the moment
    ("at 4.40am", "by about 4.10am"),
    ("at 4.40am", "from 4.10am"),                    # the start of a span
    ("at 16:40", "at 4:40 pm"),                      # a 24-hour clock
])
def test_times_that_may_be_one_moment_are_not_flagged(one: str, other: str) -> None:
    assert time_flags(f"The barge hit the bridge {one} in thick fog on the river.",
                      f"The barge hit the bridge {other} in thick fog on the river.") == []


@pytest.mark.parametrize("one, other", [
    ("at about 5:10 in the morning", "at about 4.45am"),  # 5:00-5:20 vs 4:35-4:55
    ("at about 4:40 pm", "shortly after 5 pm"),           # 4:30-4:50 vs 5:00-5:30
    ("at 5:10", "at 4.45am"),                             # neither 5:10 a.m. nor p.m.
    ("at 16:40", "at 4:10 pm"),
])
def test_times_that_cannot_be_one_moment_are_flagged(one: str, other: str) -> None:
    assert len(time_flags(f"The barge hit the bridge {one} in thick fog on the river.",
                          f"The barge hit the bridge {other} in thick fog on the river.")) == 1


def test_other_days_two_times_in_a_sentence_and_time_stamps_are_left_alone() -> None:
    """ECB+: 'shortly after 11am on Friday' vs 'about 10am on Sunday'; a sentence with
    two times tells a span or two moments; 'Updated 4 / 9 / 2007 6: 04 PM' is when the
    report was written."""
    assert time_flags("The barge hit the bridge at 11am on Friday in thick fog on the river.",
                      "The barge hit the bridge at 10am on Sunday in thick fog on the "
                      "river.") == []
    assert time_flags("The barge hit the bridge at 4.40am in thick fog on the river.",
                      "The barge hit the bridge at 4.10am in fog and sank at 5am on the "
                      "river.") == []
    assert time_flags("Updated 4 / 9 / 2007 6: 04 PM", "Updated 4 / 9 / 2007 7: 07 AM") == []


def test_a_time_in_gmt_is_compared_only_with_another() -> None:
    assert time_flags("The barge hit the bridge at 4.40am GMT in thick fog on the river.",
                      "The barge hit the bridge at 6.40am in thick fog on the river.") == []


@pytest.mark.parametrize("one, other", [
    # (review) two moments of one story
    ("A first tremor hit the town at 2.30am on the coast road.",
     "A stronger tremor hit the town at 11am on the coast road."),
    ("The ferry was scheduled to leave Corran at 8.15am on the coast road.",
     "The ferry left Corran at 9.40am on the coast road."),
    ("Police announced at 11am that a man had been arrested on the coast road.",
     "A man was arrested at 6am on the coast road."),
    ("A curfew on the coast road begins at 10pm every night.",
     "The protest on the coast road began at 6pm."),
    ("The fire on the coast road broke out at 3am.",
     "The fire on the coast road was put out at 6am."),
    ("The bridge on the coast road collapsed at 2am.",
     "The bridge on the coast road collapsed at 2.10am."),  # a round hour, told loosely
])
def test_two_moments_or_a_loose_hour_are_not_flagged(one: str, other: str) -> None:
    assert time_flags(one, other) == []


def test_a_time_with_a_dot_and_its_part_of_the_day_is_read() -> None:
    """(review) '11.20 last night' is 11:20 p.m., not a count of 11.2; the message keeps
    the word that widens a time."""
    (flag,) = time_flags("The gunman opened fire in the shopping centre at 11.20 last night.",
                         "The gunman opened fire in the shopping centre at 9.20pm.")
    assert flag.message == "time of day: 11.20 last night (r0) vs 9.20pm (r1)"
    (flag,) = time_flags("The gunman opened fire in the shopping centre at nearly 9pm.",
                         "The gunman opened fire in the shopping centre at 8.15pm.")
    assert flag.message == "time of day: nearly 9pm (r0) vs 8.15pm (r1)"


@pytest.mark.parametrize("one, other", [
    # (second review) 'later' is no other moment; a time an event 'was reported at' is the
    # event's; a habit told as 'every night' or 'nightly' is one habit
    ("The driver was later pronounced dead at 4.10am on the coast road.",
     "The driver was pronounced dead at 6.30am on the coast road."),
    ("The blast on the coast road was reported at 3.10am.",
     "The blast ripped through the coast road at 5am."),
    ("A curfew on the coast road begins at 10pm every night.",
     "A nightly curfew on the coast road begins at 8pm."),
])
def test_one_moment_told_with_other_words_around_it_is_compared(one: str, other: str) -> None:
    assert len(time_flags(one, other)) == 1


def test_an_ordinal_naming_a_level_of_a_building_tells_no_moment_apart() -> None:
    """dormitory-fire (dev): 'shortly after 3am in a third-floor kitchen' is the moment the
    fire broke out, as 'at around 2:40 a.m.' is, not a third moment of several."""
    flags = time_flags("The fire broke out at around 2:40 a.m. in the student dormitory.",
                       "The fire broke out shortly after 3am in a third-floor kitchen in "
                       "the student dormitory.")
    assert [d.message for d in flags] == [
        "time of day: around 2:40 a.m. (r0) vs shortly after 3am (r1)"]
    # ... while a third tremor is still another moment than a first, and two levels of a
    # building set two moments apart (review D's made-up cases)
    assert time_flags("A first tremor hit the town at 2.30am.",
                      "A third tremor hit the town at 11am.") == []
    assert time_flags("Firefighters reached the trapped family in a first-floor flat at "
                      "3.10am.",
                      "Firefighters reached the trapped couple in a third-floor flat at "
                      "3.50am.") == []
