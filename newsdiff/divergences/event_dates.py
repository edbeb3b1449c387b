"""Dates of one act across a cluster: 'arrested in Saltmere on 14 June 2025' vs 'detained in
Saltmere in July 2025', 'An inspection by the National Environment Agency in March 2024' vs
'A 2025 inspection', 'ahead of parliamentary elections on 18 October' vs 'ahead of the
October 11 election', 'the sanctions it imposed in March 2024' vs 'sanctions imposed in 2023'.

A date (or a year) is the date of an act when a word of the act stands right before it in
its clause ('arrested on', 'elections on', 'sanctions ... imposed in') or right after it
('the October 11 election'). Two reports that date one act on days, months or years that
cannot overlap, and lie within :data:`_YEARS_APART` years, disagree. Left out, as other acts
of the same name (a review's made-up cases): an act told as an earlier or a coming one
('had been arrested in 2019', 'the last general election', 'elections due in 2027' against
'during local elections in 2022' are years apart); the day an election was called ('called
snap elections on 2 September'); someone's own election ('his election in 2019'); elections
of other kinds (presidential vs parliamentary, a runoff); acts by two doers named ('imposed
by the European Union' vs 'by Washington'); arrests of people named apart; a year that
names something else ('for the 2019 murder', 'the 2024 election law'); a span of days; and
a report that dates the act twice, or gives two dates joined by 'and' or 'or'. A day whose
year the text does not give (guessed from the publication date) is compared by its month
and day only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.claims.dates import written_year
from newsdiff.models import Comparison, Figure

#: the acts whose dates are compared, by the words that name them
_ACTS = {
    "arrest": r"arrested|detained|arrest",
    "election": r"(?<!by-)elections?|polls",  # (a by-election is another)
    "referendum": r"referendum",
    "runoff": r"run-?off",
    "inspection": r"inspected|inspections?",
    # ... sanctions and their imposing ('the sanctions it imposed on Dorvenian state
    # companies in', 'the unilateral restrictions Maravia imposed in'; not a curfew or a
    # fine imposed)
    "sanctions": r"(?:sanctions|restrictions|embargo)(?:\s+[\w'\u2019]+){0,6}?\s+imposed"
                 r"(?:\s+[\w'\u2019]+){0,5}?|sanctions",
}
_ACT_RE = "|".join(f"(?P<{k}>{v})" for k, v in _ACTS.items())
#: words of an election's kind, which set two elections apart
_KINDS = r"parliamentary|presidential|general|local|regional|municipal|legislative|snap"
_BEFORE = re.compile(
    rf"(?P<kind>\b(?:{_KINDS})\s+)?\b(?P<act>{_ACT_RE})"
    r"(?:\s+(?:was|were|been|is|are|be|held|due|set|scheduled|planned))*"
    # ... a place or a doer named between ('arrested in Saltmere on', 'an inspection by
    # the National Environment Agency in')
    r"(?:\s+(?:in|at|(?P<by>by))\s+(?:the\s+)?(?P<named>(?:(?-i:[A-Z])[\w'\u2019-]*\s*?){1,5}))?"
    r"\s+(?:on|in|for)\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER = re.compile(rf"^\s+(?P<kind>(?:{_KINDS})\s+)?"
                    r"(?P<act>election|inspection|runoff|referendum)s?\b"
                    r"(?!\s+(?:law|act|bill|rules?|code)\b)", re.IGNORECASE)
#: words before an act that make it an earlier, a coming or another one ('had been
#: arrested', 'the last general election', 'house arrest')
_OTHER_ONE = re.compile(r"\b(?:had(?:\s+been)?|first|previously|earlier|once|last|next|"
                        r"previous|coming|house|every|"
                        # ... or the day an election was called ('called snap elections on
                        # 2 September, to be held on 18 October')
                        r"call(?:s|ed|ing)?|announc(?:es|ed|ing))\s+(?:(?:\w+\s+){0,2})$",
                        re.IGNORECASE)
#: words after a year that make it a name's ('the 2019 murder', 'the 2023 accounts')
_NOT_A_NOUN = frozenset({"and", "or", "but", "when", "after", "before", "to", "until", "at",
                         "in", "on", "for", "with", "by", "as", "while", "because", "amid",
                         "following", "which", "that", "the", "a", "an", "over", "of",
                         "under", "against", "from", "was", "were", "is", "are", "had", "has"})
#: what joins two dates of one act ('in 2019 and again on 14 June 2025')
_COORDINATED = re.compile(r"[\s,]*(?:and|or|&)(?:\s+(?:again|later|then|also))?"
                          r"(?:\s+(?:on|in))?\s*", re.IGNORECASE)
_YEARS_APART = 1  # dates further apart tell two acts, not one misdated ('A 2023
# inspection report' and 'inspected in November 2025' on held-out dev)
_SPAN = re.compile(r"\d\s*(?:-|\u2013|and|to)\s*\d")


@dataclass(frozen=True)
class _Dated:
    figure: Figure
    iso: str  # 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'
    year_written: bool
    kind: str | None  # an election's kind ('parliamentary')
    names: frozenset[str]  # capitalised words of the sentence before the act
    full_names: frozenset[str]  # ... two running ('Tomas Verrin')
    doer: str | None  # who did it ('imposed by the European Union')


#: capitalised words that open a sentence and name no one
_OPENERS = frozenset({"The", "A", "An", "His", "Her", "Their", "Its", "Police", "He", "She",
                      "They", "It", "In", "On", "At", "After", "Before", "When", "Among"})


def _iso(f: Figure) -> str | None:
    """The ISO text of an absolute date or a year ('2025-06-14', '2025-07', '2023')."""
    if f.kind == "year" and isinstance(f.value, (int, float)):
        return str(int(f.value))
    if f.kind == "date" and isinstance(f.value, str) and f.value[:1].isdigit() and any(
            c.isdigit() for c in f.text) and not _SPAN.search(f.text):
        return f.value
    return None


def _dated(comparison: Comparison, f: Figure, beside: Sequence[Figure]
           ) -> tuple[str, _Dated] | None:
    """The act ``f`` dates and its reading, if a word of one stands right before or after
    it (see the module's docstring); ``beside``: the dates and years of ``f``'s sentence."""
    iso = _iso(f)
    if iso is None:
        return None
    text = comparison.report(f.report).text
    sentence = comparison.sentences_of(f.report)[f.sentence]
    start = max([sentence.start] + [text.rfind(c, sentence.start, f.start) + 1
                                    for c in ",;:("])
    before = _BEFORE.search(text[max(start, f.start - 90):f.start])
    after = _AFTER.match(text[f.end:min(f.end + 40, sentence.end)])
    m = before or after
    if m is None:
        return None
    act = next(k for k in _ACTS if m.groupdict().get(k)) if before else m.group("act").lower()
    act = "runoff" if act.startswith("run") else act
    at = (max(start, f.start - 90) + m.start("act")) if before else f.start
    if _OTHER_ONE.search(text[sentence.start:at]) or (act == "election" and re.search(
            r"\b(?:his|her|their)\s+$", text[sentence.start:at], re.IGNORECASE)):
        return None  # (someone's own election: 'party leader since his election in 2019';
        # not 'her arrest on 14 June')
    if f.kind == "year" and before is not None:
        nxt = re.match(r"\s+([a-z]+)\b", text[f.end:f.end + 20])
        if nxt is not None and nxt.group(1) not in _NOT_A_NOUN:
            return None  # 'arrested for the 2019 murder'
    if any(_COORDINATED.fullmatch(text[min(g.end, f.end):max(g.start, f.start)])
           for g in beside if g is not f):
        return None  # two dates of the act ('in 2019 and again on 14 June', 'won elections
        # in 2019 and 2023')
    kind = (m.group("kind") or "").strip().lower() or None
    words = re.findall(r"\b(?-i:[A-Z])[\w'\u2019-]+", text[sentence.start:at])
    names = frozenset(w for w in words if w not in _OPENERS)
    full = frozenset(n.group(0) for n in re.finditer(
        r"\b(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]+\b", text[sentence.start:at])
        if n.group(0).split()[0] not in _OPENERS)
    doer = before.group("named").strip() if before is not None and before.group("by") else None
    return act, _Dated(f, iso, written_year(f.text), kind, names, full, doer)


def _apart(act: str, a: _Dated, b: _Dated) -> bool:
    """Whether two dates cannot tell one day of one act: ISO texts that differ at the
    coarser precision (a year guessed from the publication date compares month and day
    only), no more than :data:`_YEARS_APART` years apart, of one kind of election, by no
    two doers named and, for arrests, of people not named apart."""
    if a.kind and b.kind and a.kind != b.kind:
        return False
    if act == "arrest" and ((a.names and b.names and not a.names & b.names) or (
            a.full_names and b.full_names and not a.full_names & b.full_names)):
        return False  # other people ('Tomas Verrin' and his brother 'Pell Verrin')
    if a.doer and b.doer and a.doer != b.doer:
        return False  # 'imposed by the European Union' and 'by Washington'

    if not (a.year_written and b.year_written):
        return len(a.iso) == len(b.iso) == 10 and a.iso[5:] != b.iso[5:]
    if abs(int(a.iso[:4]) - int(b.iso[:4])) > _YEARS_APART:
        return False
    n = min(len(a.iso), len(b.iso))
    return a.iso[:n] != b.iso[:n]


def clashes(comparison: Comparison, figures: Sequence[Figure]
            ) -> list[tuple[str, list[Figure]]]:
    """Each act whose dates disagree across reports, with the one date of it each report
    gives (see the module's docstring)."""
    told: dict[str, dict[str, list[_Dated]]] = defaultdict(lambda: defaultdict(list))
    dates_in: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if _iso(f) is not None:
            dates_in[(f.report, f.sentence)].append(f)
    for f in figures:
        dated = _dated(comparison, f, dates_in[(f.report, f.sentence)])
        if dated is not None:
            told[dated[0]][f.report].append(dated[1])
    out: list[tuple[str, list[Figure]]] = []
    for act, per_report in sorted(told.items()):
        one = [ds[0] for _, ds in sorted(per_report.items())
               if not any(x.iso != y.iso for x in ds for y in ds)]
        clashing = {id(d): d for k, a in enumerate(one) for b in one[k + 1:]
                    if _apart(act, a, b) for d in (a, b)}
        if clashing:
            out.append((act, [d.figure for d in one if id(d) in clashing]))
    return out


def message(act: str, dated: Sequence[Figure]) -> str:
    """'date of the arrest: 2025-06-14 (northgate-post) vs 2025-07 (state-telegraph)'; a
    day whose year the text does not give is written without it ('--10-18')."""
    by_value: dict[str, list[str]] = defaultdict(list)
    for f in dated:
        iso = _iso(f) or ""
        by_value[iso if written_year(f.text) else f"--{iso[5:]}"].append(f.report)
    return f"date of the {act}: " + " vs ".join(
        f"{v} ({', '.join(sorted(rs))})" for v, rs in sorted(by_value.items()))
