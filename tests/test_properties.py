"""Contract invariants of `compare`, stated as hypothesis properties (fast test encoder)."""

from __future__ import annotations

from contract import check_contract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff import Report, compare
from newsdiff.encoders import HashingEncoder
from newsdiff.errors import NewsdiffError

ENCODER = HashingEncoder(dim=128)
WORDS = ["soldiers", "killed", "Caracas", "raid", "Maduro", "captured", "55", "twenty-three",
         "minister", "said", "cold", "blood", "Cuba", "troops", "the", "in", "were", "night"]

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(
    lambda ws: " ".join(ws).capitalize() + ".")
body = st.lists(sentence, min_size=1, max_size=7).map(lambda ss: " ".join(ss))


@st.composite
def report_sets(draw: st.DrawFn) -> list[Report]:
    ids = draw(st.lists(st.text("abcdefgh", min_size=1, max_size=4), min_size=2, max_size=4,
                        unique=True))
    return [Report(id=i, text=draw(body)) for i in ids]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_sets(), st.randoms(use_true_random=False))
def test_contract_holds_and_order_does_not_matter(reports: list[Report], rnd) -> None:  # type: ignore[no-untyped-def]
    first = compare(reports, encoder=ENCODER).to_json()
    check_contract(first)
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert compare(shuffled, encoder=ENCODER).to_json() == first
    assert compare(reports, encoder=ENCODER).to_json() == first


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=120), min_size=2, max_size=3))
def test_arbitrary_text_gives_result_or_newsdiff_error(texts: list[str]) -> None:
    try:
        result = compare(texts, encoder=ENCODER)
    except NewsdiffError:
        return
    check_contract(result.to_json())
