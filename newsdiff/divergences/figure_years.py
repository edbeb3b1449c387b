"""The year of one thing told differently: 'The harbour wall, built in 1962, collapsed'
vs 'a stretch of the harbour wall, built in 1958'; 'Under the 1987 Osmir Waters Treaty' vs
'Under the 1989 agreement'.

Years are not compared as counts are (a year names no quantity), so only a year that a
sentence ties to a thing by one of a few words is read:

- a participle right before 'in YEAR' ('built in 1998', 'was laid in 1958', 'signed back
  in 1987'), by its kind of act (:data:`_ACTS`: built, constructed, erected, laid and
  installed are one act, building; opened and inaugurated another; founded and established
  another; signed and ratified belong to the agreements below);
- a year right before an agreement, with up to three capitalised words between ('the 1987
  treaty', 'a 2009 interim accord', 'the 1987 Osmir Waters Treaty').

Two reports disagree when the aligner put their sentences in one group, each report's
sentences there tie exactly one year to the act (so 'built in 1998 and rebuilt in 2011'
still compares its building year, while a sentence that tells two buildings' years does
not) and the years differ.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsdiff.models import Comparison, Figure

#: participles that tie a year to a thing, by the act they tell
_ACTS = {
    "built": "built", "constructed": "built", "erected": "built", "laid": "built",
    "installed": "built", "opened": "opened", "inaugurated": "opened",
    "founded": "founded", "established": "founded", "signed": "agreed",
    "ratified": "agreed",
}
_BEFORE = re.compile(r"\b(" + "|".join(_ACTS) + r")\s+(?:back\s+)?in\s+$", re.IGNORECASE)
#: an agreement right after its year ('the 1987 treaty', 'a 2009 interim accord')
_AGREEMENT = re.compile(r"\s+(?:interim\s+|bilateral\s+|peace\s+)?(?:[A-Z][\w'-]*\s+){0,3}"
                        r"(?:treaty|accord|agreement|arrangement|pact|convention)\b",
                        re.IGNORECASE)
#: what each act's year is called in a message
NAMES = {"built": "year built", "opened": "year opened", "founded": "year founded",
         "agreed": "year of the agreement"}


def act_of(comparison: Comparison, f: Figure) -> str | None:
    """The act a year figure is tied to ('built', 'agreed', ...), or None."""
    if f.kind != "year" or f.value is None:
        return None
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    before = _BEFORE.search(text, max(start, f.start - 30), f.start)
    if before is not None:
        return _ACTS[before.group(1).lower()]
    if _AGREEMENT.match(text, f.end) and re.search(
            r"\b(?:the|a|an|its|their)\s+$", text[max(start, f.start - 8):f.start],
            re.IGNORECASE):
        return "agreed"
    return None


def year_clashes(comparison: Comparison, figures: Sequence[Figure]
                 ) -> list[tuple[str, str, list[Figure]]]:
    """(group id, act, one year figure per report) for each act whose year differs
    between reports within one group; each clash once, in group order."""
    tied: dict[tuple[str, int], list[tuple[str, Figure]]] = defaultdict(list)
    for f in figures:
        act = act_of(comparison, f)
        if act is not None:
            tied[(f.report, f.sentence)].append((act, f))
    out: list[tuple[str, str, list[Figure]]] = []
    seen: set[frozenset[tuple[str, int, int]]] = set()
    for g in comparison.groups:
        per_act: dict[str, list[Figure]] = defaultdict(list)
        for m in g.members:
            mine: dict[str, list[Figure]] = defaultdict(list)
            for s in m.sentences:
                for act, f in tied.get((m.report, s), []):
                    mine[act].append(f)
            for act, fs in mine.items():
                if len({f.value for f in fs}) == 1:
                    per_act[act].append(fs[0])
        for act, fs in per_act.items():
            key = frozenset((f.report, f.start, f.end) for f in fs)
            if len({f.value for f in fs}) < 2 or key in seen:
                continue
            seen.add(key)
            out.append((g.id, act, fs))
    return out
