"""The fast paths of the divergence finders against simple reference implementations.

Quote links are scored only between candidate pairs from inverted indexes, and difflib
ratios (quotes, framing's loaded-word diff) are skipped when an upper bound shows they
cannot reach the threshold; these tests check that nothing is lost by either shortcut.
"""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsdiff import compare
from newsdiff.claims.framing import load_lexicons, match_terms, term_index, tokenize
from newsdiff.config import Config
from newsdiff.divergences import framing, quotes
from newsdiff.encoders import Encoder
from newsdiff.ingest import load_reports
from newsdiff.models import Report

WORDS = st.lists(st.sampled_from(["the", "army", "said", "killed", "55", "soldiers", "in",
                                  "cold", "blood", "\0mask"]), max_size=12)


def _with_copies(examples_dir: Path) -> list[Report]:
    """The example reports plus edited copies, so quotes recur across many reports."""
    reports = load_reports([examples_dir])
    edits = [("said", "claimed"), ("soldiers", "troops"), ("\u201c", '"'), (" the ", " a ")]
    copies = [Report(id=f"{r.id}-copy{n}", text=r.text.replace(*edit))
              for n, edit in enumerate(edits) for r in reports]
    return reports + copies


def test_quote_candidates_hold_every_linked_pair(hashing_encoder: Encoder,
                                                  examples_dir: Path) -> None:
    result = compare(_with_copies(examples_dir), encoder=hashing_encoder,
                     config=Config(kinds=()))
    items = quotes._items(result)
    config = Config()
    every = {(i, j) for i in range(len(items)) for j in range(i + 1, len(items))
             if items[i].report != items[j].report
             and quotes._link(items[i], items[j], config=config) > 0}
    candidates = set(quotes._candidates(items))
    assert len(every) > 50
    assert every <= candidates
    assert len(candidates) < len(items) * (len(items) - 1) // 2  # it does prune


@given(WORDS, WORDS)
def test_ratio_bounds_are_upper_bounds(a: list[str], b: list[str]) -> None:
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    assert framing._ratio_bound(Counter(a), Counter(b)) >= ratio
    if a and b:
        x = quotes._Item(quote=None, words=tuple(a), groups=frozenset(),  # type: ignore[arg-type]
                         before=(), after=(), sentence_words=frozenset())
        y = quotes._Item(quote=None, words=tuple(b), groups=frozenset(),  # type: ignore[arg-type]
                         before=(), after=(), sentence_words=frozenset())
        assert quotes._ratio_bound(x, y) >= ratio


LOADED = [  # one fact told plainly and with loaded words inserted or substituted
    "The senator defended the tax plan at a town hall on Monday. Critics left early.",
    "The senator defended the absurd tax plan at a town hall on Monday. Critics left early.",
    "The senator defended the abhorrent tax plan at a rowdy town hall on Monday.",
    "Critics left early. The senator defended the tax plan at a town hall on Monday.",
    "The senator defended the abysmal tax plan at a town hall Monday. Critics left early.",
    "Critics left early, and the senator defended the plan on Monday.",
    # the same fact told in other words, with a loading-3 word: no close paraphrase, but
    # the loaded word's clause ('tax plan found its defender') is told nearly word for word
    "On Monday the barbaric tax plan found its defender: the senator, facing a town hall.",
    # a loose sentence whose loaded word qualifies something the others do not tell
    "On Monday the appalling weather kept voters away from the senator's town hall.",
]


def test_framing_find_equals_the_unshortcut_loaded_word_diff(hashing_encoder: Encoder,
                                                             examples_dir: Path) -> None:
    reports = [*_with_copies(examples_dir),
               *(Report(id=f"loaded-{n}", text=t) for n, t in enumerate(LOADED))]
    result = compare(reports, encoder=hashing_encoder, config=Config(kinds=()))
    config = Config(framing_min_loading=1, framing_told_share=0.6)
    flagged = told_loosely = untold = 0
    lexicons = load_lexicons()
    cues = framing.report_cues(result, lexicons)
    masks = framing._masks(result)
    diffs: framing._Diffs = {}
    for group in result.groups:
        by_report = {m.report: [c for i in m.sentences for c in cues[(m.report, i)]]
                     for m in group.members}
        fast = framing._loaded_insertions(group, by_report, result, masks, config=config,
                                          diffs=diffs)
        assert fast == _reference_loaded_insertions(group, by_report, result, masks, config)
        flagged += len(fast)
        told_loosely += sum("'barbaric'" in d.message and "loaded-6" in d.message
                            for d in fast)
        untold += sum("'appalling'" in d.message for d in fast)
    assert flagged > 0
    assert told_loosely == 1  # a loose sentence whose loaded word's clause another tells
    assert untold == 0  # ... and one whose loaded word qualifies what nobody else tells


def _reference_loaded_insertions(group, by_report, comparison, masks, config):  # type: ignore[no-untyped-def]
    """The loaded-word diff with no shortcut: every pair of reports diffed both ways."""
    from itertools import combinations

    least = config.framing_min_loading
    loaded = {r: [c for c in cs if c.category == "loaded" and c.loading >= least]
              for r, cs in by_report.items()}
    if not any(loaded.values()):
        return []
    tokens = {m.report: framing._member_tokens(comparison, m.report, m.sentences, masks)
              for m in group.members}
    words = {r: {t.norm for t in ts} for r, ts in tokens.items()}
    lacking: dict[str, set[str]] = {}
    counterpart: dict[tuple[str, str], str] = {}
    for a, b in combinations(sorted(tokens), 2):
        close = framing._matcher(tokens[a], tokens[b]).ratio() >= config.framing_diff_ratio
        for x, y in ((a, b), (b, a)):
            if loaded[y]:
                continue  # the other report tells it with a loaded word too
            diff = framing._changed(tokens[x], tokens[y])
            for c in loaded[x]:
                if c.term in words[y]:
                    continue
                span = diff.get(c.start)
                loose = config.framing_told_share
                told = framing._told_near(comparison, group, c, y) if close else (
                    loose is not None and framing._told_near(
                        comparison, group, c, y, share=loose, least=framing._LOOSE_LEAST))
                if span is None or not told:
                    continue
                span = span if close else ""
                lacking.setdefault(c.term, set()).add(y)
                if not counterpart.get((c.term, y)):
                    counterpart[(c.term, y)] = span
    out = []
    for term, missing in sorted(lacking.items()):
        found = [c for cs in loaded.values() for c in cs if c.term == term]
        entries = [(c.text.casefold(), c.report, c.loading) for c in found]
        entries += [(counterpart[(term, r)], r, 0) for r in sorted(missing)]
        out.append(framing._divergence(group, "word_choice", max(c.loading for c in found),
                                       f"loaded word: {framing._wordings(entries)}", found,
                                       comparison=comparison, without=missing))
    return out


def test_term_index_matches_like_the_lexicon() -> None:
    lexicons = load_lexicons()
    text = ("Troops reportedly seized the strongman, officials claimed, in a brutal and "
            "allegedly illegal raid that killed at least 55 soldiers.")
    tokens = tokenize(text)
    for name in ("word_choice", "actors", "attribution", "hedges", "loaded"):
        entries = getattr(lexicons, name)
        assert match_terms(tokens, entries) == match_terms(tokens, term_index(entries))
        assert match_terms(tokens, lexicons.indexes[name]) == match_terms(tokens, entries)
