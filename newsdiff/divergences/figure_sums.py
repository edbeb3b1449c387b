"""A total and the list of counts told right after it in one sentence that nearly, but
not quite, make it.

"A total of 45 people were injured, including the 27 officers and 22 protesters" (49);
"The 87 survivors were 41 Qarasis, 29 Dulanese and 12 Nembrians" (82). Whatever words
join them, a list of counts that comes within a quarter of the count before it and
differs from it is told as its parts: numbers that are not parts of one whole rarely come
so close. A list above the total is flagged wherever it is told; one below it only when
nothing says the list may leave some out ('including', 'among', 'such as')."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsdiff.claims.comparable import interval, is_exact, key_of
from newsdiff.claims.subjects import PERSON_EVENTS
from newsdiff.models import Comparison, Figure

#: the list must come this close to the total (as a share of it)
NEAR = 0.25
_GAP = re.compile(r"^[^.;:()\d]{0,60}$")
_LIST_JOIN = re.compile(r",|\band\b")
_SUBSET = re.compile(r"\b(?:among|including|included|includes|include|such as|some|"
                     r"mostly|most of|many of|several|at least)\b", re.IGNORECASE)


#: 'eight of them children': a subset of the total, not one of its parts
_SUBSET_OF = re.compile(r"\s+of\s+(?:them|whom)\s+(?!(?:at|in|from|on|to|for|were|are|was|is|"
                        r"had|have|with|by)\b)[^\W\d_]", re.IGNORECASE)


def _noun(f: Figure) -> bool:
    """Whether a count's span holds a word after its number ('41 Qarasi nationals')."""
    return re.search(r"(?:\d|\w\s)\s*[^\W\d_]+$", f.text) is not None and " " in f.text.strip()


_PEOPLE_NOUNS = frozenset({
    "survivors", "hostages", "children", "adults", "pupils", "students", "workers",
    "employees", "residents", "migrants", "refugees", "evacuees", "passengers", "patients",
    "guests", "visitors", "victims", "detainees", "prisoners", "inmates", "protesters",
    "demonstrators", "delegates", "voters", "members", "staff", "crew", "tourists"})


def _of_people(f: Figure) -> bool:
    """Whether a count counts people (its key is a broad class of people or it stands in
    an event that befalls people): only people are listed by kind ('27 officers and 22
    protesters')."""
    key = key_of(f)
    if key is not None and (key.broad or key.predicate in PERSON_EVENTS):
        return True
    words = (f.subject or "").lower().split()
    return bool(words) and words[-1] in _PEOPLE_NOUNS


def _list_after(first: Figure, rest: Sequence[Figure], text: str) -> list[Figure]:
    """Counts listed from ``first`` on, with commas and a closing 'and' ([] if none)."""
    parts = [first]
    for f in rest:
        gap = text[parts[-1].end:f.start]
        if f.kind != "count" or not is_exact(f) or not _GAP.match(gap) \
                or not _LIST_JOIN.search(gap):
            return []
        parts.append(f)
        if re.search(r"\band\b", gap):
            return parts
    return []


def near_sums(comparison: Comparison, figures: Sequence[Figure]
              ) -> list[tuple[Figure, list[Figure], float]]:
    """Each (total, parts, sum of the parts) of one sentence that disagree."""
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind == "count":
            by_sentence[(f.report, f.sentence)].append(f)
    out: list[tuple[Figure, list[Figure], float]] = []
    for (report, _), figs in sorted(by_sentence.items()):
        figs.sort(key=lambda f: f.start)
        text = comparison.report(report).text
        for k, total in enumerate(figs):
            whole = interval(total)
            if whole is None or not is_exact(total) or not (total.subject or total.predicate):
                continue  # a bare '2,100' opening the list that breaks down a total
            if k + 2 >= len(figs) or len(text[total.end:figs[k + 1].start]) > 120:
                continue
            parts = _list_after(figs[k + 1], figs[k + 2:], text)
            values = [p.value for p in parts if isinstance(p.value, float)]
            t = whole[0]
            if not parts or len(values) != len(parts) or max(values) >= t \
                    or (_noun(parts[0]) and not _noun(parts[1])) \
                    or any(_SUBSET_OF.match(text[p.end:]) for p in parts):
                continue  # 'two hospitals, 31 to ... and 17 to ...'; 'eight of them
                # children, and 25 were injured'
            made = sum(values)
            if made == t or abs(made - t) > NEAR * t:
                continue
            if made < t and _SUBSET.search(text[total.end:parts[-1].end]):
                continue
            if _noun(parts[0]) and not _of_people(total):
                continue  # '54 games ... with 13 home runs and 43 RBIs': other things
            out.append((total, parts, made))
    return out
