"""The age of one thing told two ways: 'the 28-year-old boiler' vs 'the boiler, installed
in 1998' vs 'the 40-year-old death trap'; 'a 35-year-old plane' vs 'a 31-year-old
government turboprop'; 'The crane had been in service for 12 years' vs 'The crane had
been in operation at the terminal since 2011'.

Each claim is read as the years the thing was built in, or began to serve in:

- an age right before a thing's noun, up to two words between ('the 55-year-old bridge',
  'a 31-year-old government turboprop'), a tabloid's epithet for it ('the 53-year-old
  death-trap') or a ship's prefix ('the 30-year-old MV Aurelia Dawn'), or after the noun
  that opens its clause ('The ferry was 41 years old'): built in the publication's year
  less the age, or the year before (a thing of 28 in 2026 was built in 1997 or 1998);
- a length of service ('had been in service for 12 years', 'in operation for'): began to
  serve so many years before;
- a year tied to building or opening (:func:`~newsdiff.divergences.figure_years.tie_of`:
  'built in 1998', 'Opened in 1971, the bridge'), to a start of service ('in service since
  2011', 'entered service in 2002', 'commissioned in 1981': an opening) or that a thing
  dates from ('The dam dates from 1971': a building).

What the claim is of is a kind of thing (:data:`_KINDS`: plane, turboprop and aircraft are
one): the noun after an age, the one kind the sentence of a year or a length names, or, for
'it' ('Opened in 1971, it'), the one kind the sentence before names. A claim that names no
kind (an epithet, a ship's or lift's name) is of the one kind the cluster's other claims
name; a year tied to another thing ('the airport, opened in 1985', 'A new boiler was
installed') is of none, and a kind of which one sentence names two sorts ('The 8-year-old
tanker struck the ferry') is not compared. Two reports disagree on a kind when each tells
years for it that agree among themselves and theirs lie apart (:func:`_apart`: a building
may come up to four years before an opening).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.claims.comparable import is_person_noun
from newsdiff.divergences.figure_years import tie_of
from newsdiff.models import Comparison, Figure

#: kinds of thing whose age stories tell, by their nouns
_KINDS = {
    "aircraft": ("plane", "aircraft", "jet", "turboprop", "airliner", "helicopter",
                 "airplane"),
    "ship": ("ship", "vessel", "ferry", "boat", "tanker", "trawler", "freighter", "liner"),
    "building": ("building", "block", "hall", "stadium", "terminal"),
    "bridge": ("bridge", "viaduct", "flyover", "overpass"),
    "crane": ("crane",),
    "lift": ("lift", "chairlift", "gondola", "cable car", "ropeway"),
    "boiler": ("boiler",),
    "dam": ("dam",),
    "reactor": ("reactor",),
    "train": ("train", "locomotive", "tram"),
    "pipeline": ("pipeline",),
}
_KIND_OF = {noun: kind for kind, nouns in _KINDS.items() for noun in nouns}
#: nouns that name a thing of a kind in general, not one sort of it: a sentence naming
#: two sorts ('The 8-year-old tanker struck the ferry') tells two things of the kind
_GENERAL = frozenset({"ship", "vessel", "boat", "plane", "aircraft", "airplane", "building",
                      "block", "train", "lift"})
_NOUN = r"(?:" + "|".join(sorted((re.escape(n) for n in _KIND_OF), key=len, reverse=True)) \
    + r")s?"
#: a tabloid's names for an old thing ('the 40-year-old death trap')
_EPITHET = r"(?:death[- ]?traps?|flying\s+coffins?|rust[- ]?buckets?)"
#: a ship's prefix ('MV Aurelia Dawn')
_SHIP = r"(?:MV|MS|SS|MT|RV)\s+[A-Z][\w-]*"
#: words between an age and its thing that say nothing of whose it is ('a 31-year-old
#: government turboprop'; not 'a 40-year-old aboard the ferry', 'the 62-year-old whose
#: boat', nor another of the kind: 'its 35-year-old sister ship', 'the rescue boat')
_BETWEEN = r"(?!(?:aboard|in|on|at|under|near|inside|from|of|with|whose|who|the|a|an|his|" \
    r"her|their|its|sister|rescue|other|second|new|replacement|parked|rival|to|will|would|" \
    r"can|could|must|may|might|should|did|does)\b)"
#: what follows an age of a thing: up to two words, then its noun, an epithet or a ship,
#: and the word after it (:func:`_ends_phrase`)
_AFTER_AGE = re.compile(rf"\s+(?:{_BETWEEN}(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){{0,2}}?"
                        rf"(?:(?P<noun>{_NOUN})|(?P<epithet>{_EPITHET})|(?P<ship>{_SHIP}))\b"
                        r"(?![-'\u2019])(?:\s+(?P<next>[a-z]+))?")
#: an age told of a thing after it ('The ferry was 41 years old', 'the bridge is more
#: than 50 years old')
_AGE_AFTER_NOUN = re.compile(rf"(?:^|[,;]\s*)(?:the|its|this|a|an)\s+(?:[a-z-]+\s+)?"
                             rf"(?P<noun>{_NOUN})\s+(?:was|is|had\s+been)\s+"
                             r"(?:(?:nearly|almost|about|some|around|more\s+than|over|"
                             r"just|only)\s+)?$", re.IGNORECASE)
#: words that may follow a thing's noun when the age is the thing's ('the 28-year-old
#: boiler was', 'the 35-year-old plane that', 'the 55-year-old bridge early on Tuesday');
#: any other word makes the noun part of a person's name or of another noun ('the
#: 46-year-old helicopter rescue paramedic', 'a 19-year-old ferry deckhand')
_NEXT = frozenset({"was", "is", "were", "are", "had", "has", "have", "which", "that", "in",
                   "on", "at", "from", "to", "with", "and", "or", "but", "of", "near", "off",
                   "into", "onto", "for", "by", "as", "when", "after", "before", "until",
                   "since", "still", "also", "sank", "struck", "fell", "broke", "hit",
                   "went", "came", "caught", "flew", "ran", "took", "left", "burst", "blew",
                   "tore", "split", "gave", "sat", "lay", "stood", "could", "would", "will",
                   "did", "does", "should", "must", "may", "might", "over", "under",
                   "across", "along", "through", "during", "while", "where"})
#: a length of service right before its figure ('in service for 12 years'; not 'in use
#: for three years on the site', an airline 'operating for 12 years')
_SERVICE_FOR = re.compile(r"\bin\s+(?:service|operation)\s+for\s+(?:the\s+(?:past|last)\s+)?"
                          r"$", re.IGNORECASE)
#: ... told of another time or owner ('when it was retired', 'with Marsk Lines')
_SERVICE_ELSEWHERE = re.compile(r"\s+(?:\w+\s+)?(?:with|on|at|when|before|until|for|under)\b",
                                re.IGNORECASE)
#: a start of service right before its year ('in service since 2011', 'entered service in
#: 2002', 'was commissioned in 1981'): an opening
_SINCE = re.compile(r"\b(?:in\s+(?:service|operation)\s+(?:(?:at|in|on)\s+(?:the\s+)?"
                    r"(?:[A-Za-z-]+\s+){1,3})?since|entered\s+service\s+in|commissioned\s+in)"
                    r"\s+$", re.IGNORECASE)
#: ... or the year it dates from: its building ('the dam dates from 1971')
_DATES = re.compile(r"\bdat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to)\s+$", re.IGNORECASE)
#: a thing's noun right before the words of its start of service ('The ferry, in service
#: since', 'the chairlift has been in service since', 'The dam dates from')
_NOUN_BEFORE = re.compile(rf"\b{_NOUN}\s*,?\s+(?:which\s+|that\s+)?(?:(?:has|had|have)\s+"
                          r"been\s+|(?:was|were|is)\s+(?:first\s+)?)?$", re.IGNORECASE)
#: an age told of another time, before it in its sentence ('In 2015 the then 30-year-old
#: ferry', 'At the time the 20-year-old ferry', 'Ten years ago the 18-year-old ferry')
_ANOTHER_TIME = re.compile(r"\b(?:(?:1[89]|20)\d\d|at\s+the\s+time|ago|then)\b", re.IGNORECASE)
#: the last word of a name of a place that is no such thing ('Velmar Harbour, built in
#: 1890', 'Marsk General Hospital, built in 1990')
_PLACES = frozenset({"harbour", "harbor", "port", "hospital", "airport", "station",
                     "school", "church", "cathedral", "university", "museum", "hotel",
                     "market", "square", "street", "road", "park", "town", "village",
                     "city", "prison", "palace", "castle", "mine", "plant", "factory"})
#: participles of building or opening that tell another act here ('erected in 2024 to
#: build the tower', 're-opened in 2019 after repairs')
_OTHER_ACT = re.compile(r"\b(?:erected|re-?opened|re-?built|refurbished|renovated)\s+"
                        r"(?:back\s+)?in\s+$", re.IGNORECASE)
#: a year's subject right after a participle that opens the sentence ('Opened in 1971,
#: the bridge'; 'Opened in 1971, it')
_OPENING = re.compile(r",\s+(?P<words>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)")
_WORDS = re.compile(r"[A-Za-z][\w-]*")


@dataclass(frozen=True)
class Claim:
    """One report's claim of when a thing was built: the figure, the act it is told by
    ('built' or 'opened'; 'age' for an age, 'service' for a length of service), the kind of
    thing
    (None when the words name none) and the years it allows."""

    figure: Figure
    act: str
    kind: str | None
    low: float
    high: float


def _nouns_in(text: str) -> list[str]:
    """The nouns of kinds of thing a stretch of text names, singular."""
    return [n if n in _KIND_OF else n.removesuffix("s")
            for n in (m.group(0).lower() for m in re.finditer(rf"\b{_NOUN}\b", text,
                                                               re.IGNORECASE))]


def _kinds_in(text: str) -> set[str]:
    """The kinds of thing a stretch of text names by their nouns."""
    return {_KIND_OF[n] for n in _nouns_in(text)}


def _one_kind(text: str) -> str | None:
    """The one kind a stretch of text names, or None."""
    kinds = _kinds_in(text)
    return kinds.pop() if len(kinds) == 1 else None


def _built_years(published: int, f: Figure) -> tuple[float, float]:
    """The years a thing of the age ``f`` gives was built in, a year wide for the months:
    'a 28-year-old boiler' in 2026, 1997 to 1998; 'nearly 30' ([27, 30]), 1995 to 1999;
    'more than 50', up to 1976."""
    low = f.low if f.low is not None else float(f.value or 0)
    high = f.high if f.high is not None else math.inf
    return published - high - 1, published - low


def _claim(comparison: Comparison, f: Figure) -> Claim | None:
    """What ``f`` tells of when a thing was built, or None."""
    if f.kind not in {"age", "measure", "year"}:
        return None  # (read before the report's text: most figures are counts)
    report = comparison.report(f.report)
    text = report.text
    sentence = comparison.sentences_of(f.report)[f.sentence]
    body = text[sentence.start:sentence.end]
    published = report.published_date
    if f.kind in {"age", "measure"}:
        if published is None or not isinstance(f.value, float) \
                or _ANOTHER_TIME.search(text, sentence.start, f.start):
            return None  # an age told of another time ('In 2015 the then 30-year-old ferry')
        low, high = _built_years(published.year, f)
        if f.kind == "age":
            return _age_claim(text, sentence.start, sentence.end, f, low, high)
        service = _SERVICE_FOR.search(text, max(sentence.start, f.start - 40), f.start)
        if f.unit != "yr" or service is None or _SERVICE_ELSEWHERE.match(text, f.end) \
                or _person_of(text[sentence.start:service.start()]):
            return None
        kind = _one_kind(text[sentence.start:service.start()])
        return None if kind is None else Claim(f, "service", kind, low, high)
    if f.kind != "year" or not isinstance(f.value, float):
        return None
    year = float(int(f.value))
    for pattern, act in ((_SINCE, "opened"), (_DATES, "built")):
        told = pattern.search(text, max(sentence.start, f.start - 60), f.start)
        if told is not None:
            named = _NOUN_BEFORE.search(text, max(sentence.start, told.start() - 40),
                                        told.start())
            if named is None or _person_of(text[sentence.start:told.start()]):
                return None  # 'a design dating back to'; 'The captain of the ferry, in
                # service since 1998'
            return Claim(f, act, _one_kind(named.group(0)), year, year)
    tie = tie_of(comparison, f)
    if tie is None or tie[0] not in {"built", "opened"} \
            or _OTHER_ACT.search(text, max(sentence.start, f.start - 30), f.start):
        return None
    act, thing = tie
    if thing:
        kind = _one_kind(" ".join(thing))
        if kind is None and not _capitalised(body, thing):
            return None  # 'the airport, opened in 1985', 'life rafts, installed in 2015'
        if (kind is None and thing[-1] in _PLACES) or _OTHER_ONE & set(thing):
            return None  # 'Velmar Harbour, built in 1890'; 'A new boiler was installed'
        return Claim(f, act, kind, year, year)
    kinds = _kinds_in(body)
    opens = re.fullmatch(r"\s*[A-Za-z-]+\s+(?:back\s+)?in\s+", text[sentence.start:f.start])
    opening = _OPENING.match(text, f.end) if opens else None
    if opening is not None:  # 'Opened in 1971, the bridge ...' / 'Opened in 1971, it ...'
        words = opening.group("words")
        if words.split()[0].lower() != "it":
            kind = _one_kind(words)
            return None if kind is None else Claim(f, act, kind, year, year)
    elif kinds or not re.match(r"\s*it\b", body, re.IGNORECASE):
        return None if len(kinds) != 1 else Claim(f, act, kinds.pop(), year, year)
    # 'it' ('Opened in 1971, it still relies ...', 'It was built in 1971'): the one kind the
    # sentence before names
    kind = _one_kind(comparison.sentence_text(f.report, f.sentence - 1)) if f.sentence else None
    return None if kind is None else Claim(f, act, kind, year, year)


def _age_claim(text: str, start: int, end: int, f: Figure, low: float, high: float
               ) -> Claim | None:
    """An age's claim: of the thing after it ('the 28-year-old boiler', 'the 40-year-old
    death trap', 'the 30-year-old MV Aurelia Dawn') or of the one that opens its clause
    ('The ferry was 41 years old')."""
    after = _AFTER_AGE.match(text, f.end, end)
    if after is not None and (after.group("epithet") or _ends_phrase(after.group("next"))):
        noun = after.group("noun")
        return Claim(f, "age", _one_kind(noun) if noun else "ship" if after.group("ship")
                     else None, low, high)
    before = _AGE_AFTER_NOUN.search(text[start:f.start])
    if before is not None and (f.text.endswith("old")
                               or re.match(r"\s+years?\s+old\b", text[f.end:f.end + 12])):
        return Claim(f, "age", _one_kind(before.group("noun")), low, high)
    return None


def _ends_phrase(word: str | None) -> bool:
    """Whether the word after a thing's noun ends its phrase (:data:`_NEXT`; a verb in
    '-ed', '-ing' or '-s', an adverb in '-ly'), so the age is the thing's (not a plural
    of people: 'ferry captains', 'boat crews')."""
    if word is None or word in _NEXT or word.endswith(("ed", "ing", "ly")):
        return True
    return word.endswith("s") and not word.endswith(
        ("ers", "ors", "ists", "ians", "ants", "ents", "ics")) and not is_person_noun(
        word.removesuffix("s")) and word.removesuffix("s") not in _PEOPLE


def _person_of(text: str) -> bool:
    """Whether a stretch of a sentence names a person of the thing ('The captain of the
    ferry', 'the ferry's skipper'), not one who speaks of it ('A spokesman said the crane
    had been in service for 30 years')."""
    return any(is_person_noun(m.group(1).lower()) or m.group(1).lower() in _PEOPLE
               for m in _PERSON_OF.finditer(text))


#: people a thing's story names besides :func:`is_person_noun`'s
_PEOPLE = frozenset({"crew", "skipper", "operator", "conductor", "deckhand", "paramedic"})
#: a person named as the thing's ('The captain of the ferry')
_PERSON_OF = re.compile(rf"\b([A-Za-z-]+)\s+of\s+(?:the\s+|its\s+|a\s+)?(?:[a-z-]+\s+)?{_NOUN}\b",
                        re.IGNORECASE)
#: words that tell another thing of the kind than the one a story is about
_OTHER_ONE = frozenset({"new", "old", "replacement", "second", "other", "rescue"})


def _capitalised(body: str, words: tuple[str, ...]) -> bool:
    """Whether the words are written as a name in the sentence ('The Kaltor Express')."""
    return any(w.lower() == words[-1] and w[:1].isupper() for w in _WORDS.findall(body))


def age_clashes(comparison: Comparison, figures: Sequence[Figure]
                ) -> list[tuple[str, list[Claim], list[Claim]]]:
    """(kind of thing, claims in conflict, every claim of the reports compared) for each
    kind of thing whose years of building two reports give apart."""
    claims = [c for f in figures if (c := _claim(comparison, f)) is not None]
    if not claims:
        return []  # (the sentences are read for two sorts of a kind only when needed)
    two = _two_of_a_kind(comparison)
    claims = [c for c in claims if c.kind not in two]
    kinds = {c.kind for c in claims if c.kind is not None}
    by_kind: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        kind = c.kind if c.kind is not None else next(iter(kinds)) if len(kinds) == 1 \
            else None
        if kind is not None:
            by_kind[kind][c.figure.report].append(c)
    out = []
    for kind, per_report in sorted(by_kind.items()):
        told = {r: cs for r, cs in per_report.items() if _agree(cs)}
        conflicting: set[int] = set()
        reports = sorted(told)
        for i, a in enumerate(reports):
            for b in reports[i + 1:]:
                for ca in told[a]:
                    for cb in told[b]:
                        if _apart(ca, cb):
                            conflicting |= {id(ca), id(cb)}
        if not conflicting:
            continue
        every = [c for r in reports for c in told[r]]
        out.append((kind, [c for c in every if id(c) in conflicting], every))
    return out


def _two_of_a_kind(comparison: Comparison) -> set[str]:
    """The kinds of thing of which a sentence of the comparison names two sorts ('The
    8-year-old tanker struck the ferry amidships', 'clipped the wing of a parked jet'):
    two things of the kind, whose ages no claim tells apart (a review of made-up cases)."""
    two = set()
    for r in comparison.reports:
        for s in comparison.sentences_of(r.id):
            sorts = {n for n in _nouns_in(r.text[s.start:s.end]) if n not in _GENERAL}
            kinds = [_KIND_OF[n] for n in sorts]
            two |= {k for k in kinds if kinds.count(k) > 1}
    return two


def _apart(a: Claim, b: Claim) -> bool:
    """Whether two claims give years that cannot be one thing's. Ages and years of
    building tell when it was built, lengths of service and years of opening when it
    began to serve: two of one sort apart disagree; a building after the opening, or more
    than :data:`_BUILDING_YEARS` before it, does too ('built in 1968' and 'opened in 1971'
    agree; 'in service for 12 years' and 'built in 2011' may)."""
    (built, opened) = (a, b) if a.act in _BUILT else (b, a)
    if (a.act in _BUILT) == (b.act in _BUILT):
        return a.high < b.low or b.high < a.low
    return built.low > opened.high or built.high < opened.low - _BUILDING_YEARS


#: acts that tell when a thing was built (the others tell when it began to serve)
_BUILT = frozenset({"built", "age"})
#: how many years a thing may take to build before it opens
_BUILDING_YEARS = 4


def _agree(claims: list[Claim]) -> bool:
    """Whether one report's claims of a kind can be one thing's (else two things, or a
    report at odds with itself, which this rule does not judge)."""
    return not any(_apart(x, y) for i, x in enumerate(claims) for y in claims[i + 1:])


def message(kind: str, claims: Sequence[Claim]) -> str:
    """A clash's message: the claims in classes that can be one thing's, oldest first,
    each as shown with its reports: 'age of the bridge: 55-year-old (built 1970-1971)
    (vbc-news), opened in 1971 (marsk-chronicle) vs 53-year-old (built 1972-1973)
    (daily-clarion)'."""
    classes: list[list[Claim]] = []
    for c in sorted(claims, key=lambda c: (c.low, c.high)):
        if classes and not any(_apart(c, other) for other in classes[-1]):
            classes[-1].append(c)
        else:
            classes.append([c])
    parts = []
    for members in classes:
        by_shown: dict[str, set[str]] = {}
        for c in members:
            by_shown.setdefault(_shown(c), set()).add(c.figure.report)
        parts.append(", ".join(f"{v} ({', '.join(sorted(rs))})" for v, rs in by_shown.items()))
    return f"age of the {kind}: " + " vs ".join(parts)


def _shown(claim: Claim) -> str:
    """A claim as a fact-checker writes it: 'built in 1998', '28-year-old (built
    1997-1998)', '12 years (since 2013-2014)'."""
    if claim.act in {"age", "service"}:
        years = f"by {claim.high:.0f}" if math.isinf(claim.low) \
            else f"{claim.low:.0f}-{claim.high:.0f}"
        return f"{claim.figure.text} ({'built' if claim.act == 'age' else 'since'} {years})"
    return f"{claim.act} in {claim.low:.0f}"
