"""A place in a series told differently: 'It was the third attack on a cash van in 18
months' vs 'The attack was the fourth on a cash van in 18 months'; 'in the 67th minute' vs
'in the 64th minute'.

Ordinals are not compared as counts are (key_of gives them no key), so only aligned
sentences are read: two reports disagree when the aligner put their sentences in one group,
each report's sentences there give one place for the same noun, and the places differ.

The noun of an ordinal is the word right after it, past a few words that only qualify the
series ('the fourth such attack'; :data:`_QUALIFIERS`), plural or not ('the fifth floor' is
'floors' too); a streak is a noun of its own ('the third straight day', 'the third quarter
in a row': its length, no place among the days or quarters). An ordinal with no noun of its
own after a copula ('The attack was the fourth on a cash van'; 'It is the third time that
...') is told of what the other sentences' ordinal places, unless that is a word joined to
it ('18th-century', 'fourth-largest', 'third-party'), a superlative, a period or a streak.
Places counted within two scopes are not compared ('the fifth closure this year' vs 'the
third this month'; 'in the country' vs 'in the region': :data:`_SCOPE`). A report is read
for a noun only when it gives one place for that noun in the whole report, counting the
places it tells with no noun ('in the sixth round ... it ended in the seventh'): a story of
a boxing match or a football game tells many rounds and quarters, each in its own
sentence, and the aligner may put two of them in one group. Not read: an ordinal before a
capitalised word (a name: '7th Infantry Battalion', '5th Avenue'), a place sought
('seeking a fourth term'), one standing for a person or thing told before ('the third, a
woman, was detained'; 'for the fifth time'), and the days, weeks, months, years and hours
of a strike or a siege unless the reports were published on one known day ('in its 15th
day' on Monday and 'its 16th day' on Tuesday agree). Two things of one noun that the
aligner put in one group are still compared ('the fire started on the fifth floor' vs
'residents of the sixth floor were evacuated': review A's made-up cases).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsdiff.claims.subjects import STOPWORDS
from newsdiff.models import Comparison, Figure

#: the noun of an ordinal told after a copula with no noun of its own
ANY = ""
#: the noun of an ordinal with no noun of its own and no copula before it ('in the
#: seventh', 'the third, a woman'): never compared, but a place the report tells
BARE = "-"
#: words between an ordinal and its noun that only qualify the series, and those of them
#: that make it a streak ('the third straight day': its length, no place in the days)
_STREAK = frozenset({"straight", "consecutive", "successive"})
_QUALIFIERS = frozenset({"such", "separate", *_STREAK})
#: the spans of a strike, a siege or a search, which grow by one with each day published
_PERIODS = frozenset({"day", "night", "week", "month", "year", "hour"})
_COPULA = re.compile(r"\b(?:is|was|are|were|marks|marked|became|becomes|be|been)\s+the\s+$",
                     re.IGNORECASE)
_WORD = re.compile(r"[-\s]+([A-Za-z][\w']*)")
#: a place sought, not held: 'seeking a fourth term', 'bidding for a sixth title'
_SOUGHT = re.compile(r"\b(?:seek|seeks|seeking|sought|bid\s+for|bidding\s+for|chase|chasing|"
                     r"aiming\s+for|aims\s+for|run\s+for|running\s+for|eyeing|hopes\s+of|"
                     r"hoping\s+for|win|winning)\s+(?:an?|the|his|her|their|its)\s+$",
                     re.IGNORECASE)
#: a streak ('the third quarter in a row'): its length, no place in the year's quarters
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b", re.IGNORECASE)
#: what a place is counted within, after its noun: 'this year' is not 'this month', 'since
#: it opened' not 'this year', 'in the country' not 'in the region'
_SCOPE = re.compile(
    r"\b(?:this|last|that)\s+(year|month|week|season|decade)\b|\b(since)\b|"
    r"\bin\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:\w+\s+)?(years?|months?|weeks?|days?|"
    r"decades?)\b|\b(ever|history)\b|\b(?:in|of)\s+the\s+(country|region|world|city|"
    r"province|state|nation|league|continent)\b", re.IGNORECASE)


def noun_of(comparison: Comparison, f: Figure) -> str | None:
    """What an ordinal figure places in a series (singular, lower case), :data:`ANY` for an
    ordinal with no noun after a copula, :data:`BARE` for one with no noun otherwise, or
    None for one in a name (see the module docstring)."""
    if f.kind != "ordinal":
        return None
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    pos, streak = f.end, False
    while (m := _WORD.match(text, pos)) is not None and m.group(1).lower() in _QUALIFIERS:
        pos, streak = m.end(), streak or m.group(1).lower() in _STREAK
    m = _WORD.match(text, pos)
    word = m.group(1) if m is not None else ""
    if (word[:1].isupper() and not word.isupper()) or _SOUGHT.search(
            text, max(start, f.start - 30), f.start):
        return None
    noun = word.lower()
    if not noun or noun == "time" or (noun in STOPWORDS and noun not in _PERIODS):
        # 'The attack was the fourth on a cash van', 'It is the third time that ...'
        before = text[max(start, f.start - 30):f.start]
        return ANY if _COPULA.search(before) else BARE
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if streak or _IN_A_ROW.match(text, m.end() if m else pos) is not None:
        return f"{noun} in a row"
    return noun


def _open(comparison: Comparison, f: Figure, noun: str) -> bool:
    """Whether an ordinal's noun may stand for what an ordinal with no noun places ('The
    attack was the fourth'): not a word joined to it ('18th-century', 'fourth-largest',
    'third-party'), a superlative, a period or a streak."""
    text = comparison.report(f.report).text
    return text[f.end:f.end + 1] != "-" and not noun.endswith("est") and (
        noun not in _PERIODS) and not noun.endswith(" in a row")


def scope_of(comparison: Comparison, f: Figure) -> frozenset[str]:
    """What the place is counted within, read in the rest of its clause (:data:`_SCOPE`):
    {'month'} for 'the third attack in 18 months', {'year'} for 'the fifth this year'."""
    text = comparison.report(f.report).text
    end = comparison.sentences_of(f.report)[f.sentence].end
    clause = re.split(r"[,;:.]", text[f.end:min(end, f.end + 80)])[0]
    return frozenset(next(w for w in m.groups() if w).lower().rstrip("s")
                     for m in _SCOPE.finditer(clause))


def ordinal_clashes(comparison: Comparison, figures: Sequence[Figure]
                    ) -> list[tuple[str, str, list[Figure]]]:
    """(group id, noun, one ordinal figure per report) for each noun whose place differs
    between reports within one group; each clash once."""
    nouns: dict[tuple[str, int], list[tuple[str, Figure]]] = defaultdict(list)
    places: dict[tuple[str, str], set[float | str | None]] = defaultdict(set)
    bare: dict[str, set[float | str | None]] = defaultdict(set)
    for f in figures:
        noun = noun_of(comparison, f)
        if noun == BARE:
            bare[f.report].add(f.value)
        elif noun is not None:
            nouns[(f.report, f.sentence)].append((noun, f))
            places[(f.report, noun)].add(f.value)
    published = {r.id: r.published_date for r in comparison.reports}
    out: list[tuple[str, str, list[Figure]]] = []
    seen: set[frozenset[tuple[str, int, int]]] = set()
    for g in comparison.groups:
        mine: dict[str, dict[str, Figure]] = defaultdict(dict)
        for m in g.members:
            for s in m.sentences:
                for noun, f in nouns.get((m.report, s), []):
                    if len(places[(m.report, noun)] | bare[m.report]) == 1:
                        # one place in the whole report ('in the sixth round' and 'it
                        # ended in the seventh' are two)
                        mine[m.report][noun] = f
        named = {n for per in mine.values() for n in per if n != ANY}
        for noun in sorted(named) or [ANY]:
            told = [per.get(noun) or per[ANY] for per in mine.values()
                    if noun in per or (set(per) == {ANY} and (noun == ANY or any(
                        _open(comparison, f, noun) for p in mine.values()
                        for n, f in p.items() if n == noun)))]
            key = frozenset((f.report, f.start, f.end) for f in told)
            days = {published[f.report] for f in told}
            if len({f.value for f in told}) < 2 or key in seen or len(
                    {scope_of(comparison, f) for f in told} - {frozenset()}) > 1 or (
                    noun.split(" ")[0] in _PERIODS and (None in days or len(days) > 1)):
                continue  # other scopes; days of reports of other (or unknown) days
            seen.add(key)
            out.append((g.id, noun, told))
    return out
