"""The year of one thing told differently: 'The harbour wall, built in 1962, collapsed'
vs 'a stretch of the harbour wall, built in 1958'; 'a 2009 interim accord' vs 'a 2011
interim accord'.

Years are not compared as counts are (a year names no quantity), so only a year that a
sentence ties to a thing by one of a few words is read:

- a participle right before 'in YEAR' ('built in 1998', 'was laid in 1958', 'signed back
  in 1987'), by its kind of act (:data:`_ACTS`: built, constructed, erected, laid and
  installed are one act, building; opened and inaugurated another; founded and
  established another; signed and ratified one each), unless it is a plan ('was meant to
  be opened in 2019', 'will be built in 2027');
- a year right before an agreement noun, with up to three capitalised words between ('the
  1987 treaty', 'a 2009 interim accord', 'the 1987 Osmir Waters Treaty'): the year of that
  kind of agreement (a treaty's year is not compared with an agreement's, nor with the
  year it was signed: one story may tell a treaty drafted in 1987 and signed in 1988).

What a participle's year belongs to is read from the words right before it (:func:`tie_of`:
'the main was laid in' -> main; 'The east wing, built in' -> east wing).

Two reports disagree when the aligner put their sentences in one group, each report's
sentences there tie exactly one year to the act, the things named (where both name one) are
the same words ('the old wing, built in 1960' is not 'the new wing, built in 1995') and the
years differ. Across groups, two years are one thing's when the same words name it ('the
main was laid in 1958' and 'The main, installed in 1962'; 'Korvin Secondary School's east
wing was built in 1987' and 'The east wing, built in 1983') and each report ties one year to
it.
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
    "founded": "founded", "established": "founded", "signed": "signed",
    "ratified": "ratified",
}
_BEFORE = re.compile(r"\b(" + "|".join(_ACTS) + r")\s+(?:back\s+)?in\s+$", re.IGNORECASE)
#: a plan, not a fact: 'was meant to be opened in', 'will be built in', 'is due to be'
_PLANNED = re.compile(r"\b(?:to|will|would|could|should|might|may|must)\s+(?:not\s+)?"
                      r"(?:have\s+)?be(?:en)?\s+(?:first\s+|finally\s+)?\S+\s+(?:back\s+)?"
                      r"in\s+$", re.IGNORECASE)
#: an agreement right after its year ('the 1987 treaty', 'a 2009 interim accord', 'the
#: 1987 Osmir Waters Treaty'): the noun is the act
_AGREEMENT = re.compile(r"\s+(?i:interim\s+|bilateral\s+|peace\s+)?(?:[A-Z][\w'-]*\s+){0,3}"
                        r"(?i:(treaty|accord|agreement|arrangement|pact|convention))\b")
_NOUN_ACTS = {"treaty": "treaty", "accord": "accord", "agreement": "accord",
              "arrangement": "accord", "pact": "pact", "convention": "convention"}
#: what each act's year is called in a message
NAMES = {"built": "year built", "opened": "year opened", "founded": "year founded",
         "signed": "year signed", "ratified": "year ratified",
         "treaty": "year of the treaty", "accord": "year of the agreement",
         "pact": "year of the pact", "convention": "year of the convention"}
_NOT_NAMING = (r"(?:the|a|an|its|their|his|her|this|that|which|who|it|and|or|but|was|were|"
               r"is|are|been|had|has)")
#: the thing a participle's year belongs to, named right before it ('the main was laid in',
#: 'The east wing, built in', 'the bridge, which was built in', 'a town founded in'): up to
#: two words, no determiner
_THING = re.compile(rf"(?:\b(?!{_NOT_NAMING}\b)([a-z][\w-]*)\s+)?\b(?!{_NOT_NAMING}\b)"
                    r"([a-z][\w-]*)(?:,\s*|\s+)(?:(?:which|that)\s+)?"
                    r"(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
                    r"(?:first\s+|originally\s+)?$", re.IGNORECASE)


def tie_of(comparison: Comparison, f: Figure) -> tuple[str, tuple[str, ...] | None] | None:
    """The act a year figure is tied to ('built', 'treaty', ...) and, for a participle's
    year, the words naming what it belongs to (lower case; :data:`_THING`), or None."""
    if f.kind != "year" or f.value is None:
        return None
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    before = _BEFORE.search(text, max(start, f.start - 30), f.start)
    if before is not None:
        if _PLANNED.search(text, max(start, f.start - 60), f.start):
            return None
        thing = _THING.search(text, max(start, before.start() - 60), before.start())
        return _ACTS[before.group(1).lower()], None if thing is None else tuple(
            w.lower() for w in thing.groups() if w)
    noun = _AGREEMENT.match(text, f.end)
    if noun is not None and re.search(r"\b(?:the|a|an|its|their)\s+$",
                                      text[max(start, f.start - 8):f.start], re.IGNORECASE):
        return _NOUN_ACTS[noun.group(1).lower()], None
    return None


def year_clashes(comparison: Comparison, figures: Sequence[Figure]
                 ) -> list[tuple[str | None, str, list[Figure]]]:
    """(group id, act, one year figure per report) for each act whose year differs
    between reports within one group, then for each thing named before the act whose year
    differs between reports anywhere (group None); each clash once."""
    tied: dict[tuple[str, int], list[tuple[str, Figure]]] = defaultdict(list)
    things: dict[int, tuple[str, ...] | None] = {}
    for f in figures:
        tie = tie_of(comparison, f)
        if tie is not None:
            tied[(f.report, f.sentence)].append((tie[0], f))
            things[id(f)] = tie[1]
    out: list[tuple[str | None, str, list[Figure]]] = []
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
            named = {things[id(f)] for f in fs if things[id(f)] is not None}
            if len({f.value for f in fs}) < 2 or len(named) > 1 or key in seen:
                continue
            seen.add(key)
            out.append((g.id, act, fs))
    by_thing: dict[tuple[str, tuple[str, ...]], dict[str, list[Figure]]] = defaultdict(
        lambda: defaultdict(list))
    for items in tied.values():
        for act, f in items:
            thing = things[id(f)]
            if thing is not None:
                by_thing[(act, thing)][f.report].append(f)
    for (act, _), per_report in by_thing.items():
        fs = [found[0] for found in per_report.values()
              if len({f.value for f in found}) == 1]
        key = frozenset((f.report, f.start, f.end) for f in fs)
        if len({f.value for f in fs}) < 2 or any(key <= done for done in seen):
            continue
        seen.add(key)
        out.append((None, act, fs))
    return out
