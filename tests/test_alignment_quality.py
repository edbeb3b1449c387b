"""Alignment quality with the real model on the six example reports (examples/caracas-raid)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff import compare, load_reports
from newsdiff.config import Config
from newsdiff.encoders import SentenceTransformerEncoder
from newsdiff.models import Comparison

pytestmark = pytest.mark.model

# Divergence finders are other modules' business: align only.
ALIGN_ONLY = Config(kinds=())


@pytest.fixture(scope="module")
def result(real_encoder: SentenceTransformerEncoder, examples_dir: Path) -> Comparison:
    return compare(load_reports(examples_dir), encoder=real_encoder, config=ALIGN_ONLY)


def sentence(comp: Comparison, report: str, needle: str) -> tuple[str, int]:
    """(report, index) of the one sentence of ``report`` containing ``needle``."""
    hits = [s.index for s in comp.sentences_of(report)
            if needle in s.text_in(comp.report(report))]
    assert len(hits) == 1, (report, needle, hits)
    return report, hits[0]


def groups_of(comp: Comparison, key: tuple[str, int]) -> set[str]:
    report, index = key
    return {g.id for g in comp.groups for m in g.members
            if m.report == report and index in m.sentences}


def together(comp: Comparison, *keys: tuple[str, int]) -> bool:
    """Whether one group holds all of these sentences."""
    common = groups_of(comp, keys[0])
    for key in keys[1:]:
        common &= groups_of(comp, key)
    return bool(common)


def test_operation_name_in_lead_and_late_paragraph_align(result: Comparison) -> None:
    lead = sentence(result, "daily-courier", "Washington has hailed Operation Absolute Resolve")
    late = sentence(result, "wire", "in what Washington called Operation Absolute Resolve")
    post = sentence(result, "northern-post", "named Operation Absolute Resolve")
    assert lead[1] == 0
    assert late[1] >= 5
    assert together(result, lead, late, post)


def test_venezuelan_toll_sentences_align(result: Comparison) -> None:
    keys = [
        sentence(result, "wire", "The Venezuelan military published a list"),
        sentence(result, "daily-courier", "The Venezuelan army listed 24"),
        sentence(result, "radio-metro", "23 Venezuelan soldiers died"),
    ]
    assert together(result, *keys)


def test_cuban_toll_sentences_align(result: Comparison) -> None:
    assert together(result, sentence(result, "wire", "Cuba said 32 members"),
                    sentence(result, "daily-courier", "Cuba put its dead at 32"))


def test_quote_sentences_align(result: Comparison) -> None:
    keys = [
        sentence(result, "wire", "had been killed \"in cold blood\""),
        sentence(result, "daily-courier", "executed in cold blood"),
        sentence(result, "northern-post", "killed in cold blood by the invaders"),
        sentence(result, "radio-metro", "Foreign Minister Yvan Gil said"),
    ]
    assert together(result, *keys)


def test_distinct_facts_stay_apart(result: Comparison) -> None:
    quote = sentence(result, "wire", "had been killed \"in cold blood\"")
    venezuelan = sentence(result, "wire", "The Venezuelan military published a list")
    threat = sentence(result, "wire", "has since threatened five more countries")
    operation = sentence(result, "wire", "in what Washington called Operation Absolute Resolve")
    keys = [quote, venezuelan, threat, operation]
    for a in keys:
        for b in keys:
            if a != b:
                assert not groups_of(result, a) & groups_of(result, b), (a, b)
    # and no group swallows most of a report
    for g in result.groups:
        assert all(len(m.sentences) <= 2 for m in g.members), g


def test_death_toll_leads_align(result: Comparison) -> None:
    leads = [
        sentence(result, "wire", "Fifty-five Cuban and Venezuelan soldiers were killed"),
        sentence(result, "globe", "At least 55 soldiers from Cuba and Venezuela died"),
        sentence(result, "northern-post", "US forces killed 55 soldiers"),
        sentence(result, "tribune", "Fifty-five soldiers were reportedly killed"),
        sentence(result, "radio-metro", "killed about 55 soldiers"),
    ]
    assert together(result, *leads)


def test_reverse_order_gives_identical_groups(
    real_encoder: SentenceTransformerEncoder, examples_dir: Path, result: Comparison
) -> None:
    reports = list(reversed(load_reports(examples_dir)))
    again = compare(reports, encoder=real_encoder, config=ALIGN_ONLY)
    assert again.groups == result.groups
    assert again.to_json() == result.to_json()
