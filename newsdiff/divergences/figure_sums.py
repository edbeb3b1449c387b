"""A total and the list of counts told right after it in one sentence that nearly, but
not quite, make it.

"A total of 45 people were injured, including the 27 officers and 22 protesters" (49);
"The 87 survivors were 41 Qarasis, 29 Dulanese and 12 Nembrians" (82). Whatever words
join them, a list of counts that comes within a quarter of the count before it and
differs from it is told as its parts: numbers that are not parts of one whole rarely come
so close. A list above the total is flagged wherever it is told; one below it only when
nothing says the list may leave some out ('including', 'among', 'such as'). A first count
placed as the list's parts are ('17 died in Ardmore, 9 in Kell and 4 in Brask') is the
list's first part; a total told right after a list with 'bringing the toll to', 'a total
of' or 'in all' is checked too.

The same sentences are read for a change or a share told next to the numbers it is made
of (:func:`stated_changes`, :func:`stated_shares`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from newsdiff.claims.comparable import interval, is_exact, is_person_noun, key_of, singular
from newsdiff.claims.subjects import EVENTS, PERSON_EVENTS
from newsdiff.models import Comparison, Figure

#: the list must come this close to the total (as a share of it)
NEAR = 0.25
_GAP = re.compile(r"^[^.;:()\d]{0,60}$")
_LIST_JOIN = re.compile(r",|\band\b")
#: words that open a list of some of a whole's parts, not all of them
_AMONG_WORDS = ("among", "including", "included", "includes", "include", "such as")
AMONG = re.compile(rf"\b(?:{'|'.join(_AMONG_WORDS)})\b", re.IGNORECASE)
#: ... and words that say a list below its total may leave some out
_SUBSET = re.compile(rf"\b(?:{'|'.join(_AMONG_WORDS)}|some|mostly|most of|many of|several|"
                     r"at least)\b", re.IGNORECASE)


#: 'eight of them children': a subset of the total, not one of its parts
_SUBSET_OF = re.compile(r"\s+of\s+(?:them|whom)\s+(?!(?:at|in|from|on|to|for|were|are|was|is|"
                        r"had|have|with|by)\b)[^\W\d_]", re.IGNORECASE)


#: what stands between a total and the list that breaks it down: a dash or a colon
_BREAKS_DOWN = re.compile(r"\s*(?:[-\u2013\u2014:])\s*")
#: ... and between two of its parts: a join after at most a place ('three flats in
#: Harnemouth and two properties'), no verb, 'with', 'than' or 'each'
_PART_GAP = re.compile(r"(?:\s+(?:in|at|on|near)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
                       r"(?:\s+[A-Z][\w'\u2019-]*)*)?\s*(?:,\s*(?:and\s+)?|and\s+)")


def _things_broken_down(total: Figure, parts: Sequence[Figure], text: str) -> bool:
    """Whether counts of things after a dash or a colon break down the total before it:
    each part counts the total's own thing in other words ('four addresses - three flats
    in Harnemouth and two properties in Ulverby', all premises), joined by commas or 'and'
    after at most a place (not '10 floors - 4 lifts and 7 staircases', '20 stores: 12
    stores with cafes and 6 stores with pharmacies', '20 paintings: 9 paintings came back
    damaged and 8 ...': a review's made-up cases)."""
    if not _BREAKS_DOWN.fullmatch(text[total.end:parts[0].start]):
        return False
    head = key_of(total)
    if head is None or any((k := key_of(p)) is None or k.head != head.head for p in parts):
        return False
    return all(_PART_GAP.fullmatch(text[a.end:b.start])
               for a, b in zip(parts, parts[1:], strict=False)) and not re.match(
        r"\s+(?:with|each|apiece|more|fewer|than)\b", text[parts[-1].end:], re.IGNORECASE)
    # (not 'five homes - three homes in Orsk and three homes with cellars')


def _noun(f: Figure) -> bool:
    """Whether a count's span holds a word after its number ('41 Qarasi nationals')."""
    return re.search(r"(?:\d|\w\s)\s*[^\W\d_]+$", f.text) is not None and " " in f.text.strip()


_PEOPLE_NOUNS = frozenset({
    "survivors", "hostages", "children", "adults", "pupils", "students", "workers",
    "employees", "residents", "migrants", "refugees", "evacuees", "passengers", "patients",
    "guests", "visitors", "victims", "detainees", "prisoners", "inmates", "protesters",
    "demonstrators", "delegates", "voters", "members", "staff", "crew", "tourists"})


_PLACE = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,2}?(in|at|from|on|to)\s+(?:the\s+)?[A-Z]")


def _placed_like(total: Figure, parts: Sequence[Figure], text: str) -> bool:
    """Whether the first count is placed as its list's parts are ('Seventeen people died in
    Ardmore, nine in Kell and four in Brask'; 'Of the dead, 19 were from Dervania, 14 from
    Lomakh and eight from the Sundari Islands'): then it is the list's first part, not its
    total."""
    first = _PLACE.match(text[total.end:total.end + 60])
    return first is not None and all(
        (m := _PLACE.match(text[p.end:p.end + 60])) is not None
        and m.group(1) == first.group(1) for p in parts)


def _of_people(f: Figure) -> bool:
    """Whether a count counts people (its key is a broad class of people or it stands in
    an event that befalls people): only people are listed by kind ('27 officers and 22
    protesters')."""
    key = key_of(f)
    if key is not None and (key.broad or key.predicate in PERSON_EVENTS):
        return True
    if key is not None and key.head == "crew":
        return True  # 'The 42 crew of the Veshta' (not 'The 40 members of the expedition
        # carried 20 tents, ...')
    words = (f.subject or "").lower().split()
    return bool(words) and words[-1] in _PEOPLE_NOUNS


#: 'about 28,000': an approximate total is read as rounded at its last non-zero digit
_ROUNDED = frozenset({"about", "around", "some", "approximately", "roughly", "nearly",
                      "almost"})
#: a part that is the rest of the whole: '15,000 elsewhere in Velmora and 6,000 abroad'
_REST = re.compile(r"\b(?:elsewhere|abroad|overseas|the rest)\b", re.IGNORECASE)


def _to_the_rest(parts: Sequence[Figure], text: str) -> bool:
    """Whether a part of the list is told as the rest of the whole ('6,000 abroad'), so
    the list claims to be all of it ('9,000 of them in Halvik' is no subset then)."""
    return any(_REST.search(text[p.start:p.end + 25]) for p in parts[1:])


def _other_sources(figures: Sequence[Figure]) -> bool:
    """Whether the counts are told by two or more named sources: estimates, not parts."""
    return len({f.source.lower() for f in figures if f.source}) > 1


#: fates of people that exclude each other, by kind (being hurt, taken to hospital or left
#: critical is one: a hospital's 23 patients are the injured it breaks them down into);
#: those aboard, trapped, held or freed are not among them, as they break down into fates
#: ('Of the 29 trapped, 12 were rescued and nine died'; 'released after first aid')
_FATES = {"killed": "killed", "injured": "hurt", "hospitalised": "hurt", "critical": "hurt",
          "arrested": "arrested", "missing": "missing", "rescued": "rescued"}
#: ... but for the hurt among the rescued ('rescued 24 people, and 15 injured and 11 unhurt
#: residents were taken to a school')
_AMONG_FATES = frozenset({("rescued", "hurt")})  # (the total's fate, the part's)
#: a word or mark that joins another clause to the total's ('were arrested, and nine ...',
#: 'after clashes in which', 'were arrested; nine'); a list set off after the total with
#: none is its parts, whatever verb comes later ('Fifteen people were killed in the
#: attack, 10 soldiers and four civilians, and 20 more were wounded')
_NEW_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|which|whom|after|when|as)\b|;|"
                         r"\s[-\u2013\u2014]\s|[\u2013\u2014]", re.IGNORECASE)


def _other_fates(total: Figure, parts: Sequence[Figure], text: str) -> bool:
    """Whether the list after ``total`` is another clause's, told with another fate than
    the total (:data:`_FATES`: 'Twelve people were arrested, and nine police officers and
    five protesters were injured')."""
    told = _FATES.get(total.predicate or "")
    return told is not None and _NEW_CLAUSE.search(text[total.end:parts[0].start]) is not None \
        and any((other := _FATES.get(p.predicate or "")) is not None and other != told
                and (told, other) not in _AMONG_FATES for p in parts)


def _unit(value: float) -> float:
    """The place of the last non-zero digit of a round number: 28,000 -> 1,000."""
    unit, v = 1.0, int(value)
    while v and v % 10 == 0:
        unit, v = unit * 10, v // 10
    return unit


#: nouns of a whole whose kinds a list after it may name ('12 people, eight soldiers and
#: three civilians'): such a first count is a total, not the list's first item
_WHOLES = ("people", "persons", "victims", "dead", "casualties", "fatalities")


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


def _by_sentence(comparison: Comparison, figures: Sequence[Figure]
                 ) -> Iterator[tuple[str, list[Figure]]]:
    """Each sentence's figures in text order, with the text of its report."""
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        by_sentence[(f.report, f.sentence)].append(f)
    for (report, _), figs in sorted(by_sentence.items()):
        yield comparison.report(report).text, sorted(figs, key=lambda f: f.start)


def near_sums(comparison: Comparison, figures: Sequence[Figure]
              ) -> list[tuple[Figure, list[Figure], float]]:
    """Each (total, parts, sum of the parts) of one sentence that disagree."""
    out: list[tuple[Figure, list[Figure], float]] = []
    for text, figs in _by_sentence(comparison, [f for f in figures if f.kind == "count"]):
        for k, total in enumerate(figs):
            whole = interval(total)
            if whole is None or not (total.subject or total.predicate):
                continue  # a bare '2,100' opening the list that breaks down a total
            if k + 2 >= len(figs) or len(text[total.end:figs[k + 1].start]) > 120:
                continue
            if k > 0 and _GAP.match(gap := text[figs[k - 1].end:total.start]) and AMONG.search(
                    gap):
                continue  # 'Thirty people died, including 12 children, 10 women and five
                # men': '12 children' is listed, no total of the counts after it
            parts = _list_after(figs[k + 1], figs[k + 2:], text)
            if parts and _list_after(total, figs[k + 1:], text)[1:] == parts \
                    and re.fullmatch(r",\s*", text[total.end:parts[0].start]) \
                    and all(_noun(f) for f in (total, *parts)) \
                    and not (total.subject or "").endswith(_WHOLES):
                continue  # 'four women, three men and two children': one list, no total
                # (not 'about 28,000 people, 9,000 of them in Halvik, 15,000 elsewhere')
            rest = _to_the_rest(parts, text)
            rounded = not is_exact(total)
            if rounded and not (rest and (total.qualifier or "").lower() in _ROUNDED):
                continue
            values = [p.value for p in parts if isinstance(p.value, float)]
            t = float(total.value) if rounded and isinstance(total.value, float) else whole[0]
            if not parts or len(values) != len(parts) or max(values) >= t \
                    or (_noun(parts[0]) and not _noun(parts[1])) \
                    or (not rest and any(_SUBSET_OF.match(text[p.end:]) for p in parts)):
                continue  # 'two hospitals, 31 to ... and 17 to ...'; 'eight of them
                # children, and 25 were injured'
            made = sum(values)
            if abs(made - t) <= (_unit(t) if rounded else 0) or abs(made - t) > NEAR * t:
                continue
            if made < t and not rest and _SUBSET.search(text[total.end:parts[-1].end]) \
                    and not _all_but_named(total, parts, made, t, text):
                continue
            if _noun(parts[0]) and not _of_people(total) \
                    and not _things_broken_down(total, parts, text):
                continue  # '54 games ... with 13 home runs and 43 RBIs': other things (but
                # 'four addresses - three flats in Harnemouth and two properties in Ulverby')
            if _placed_like(total, parts, text):
                continue  # 'Seventeen died in Ardmore, nine in Kell and four in Brask'
            if _other_sources([total, *parts]):
                continue  # 'organisers said 120,000, police said 45,000 and the mayor 60,000'
            if _other_fates(total, parts, text):
                continue  # 'Twelve people were arrested, and nine police officers and five
                # protesters were injured': the injured are no parts of the arrested
            end = comparison.sentences_of(total.report)[total.sentence].end
            if made < t and (named := _names_after(total, figs, text, end)) is not None \
                    and named[0] >= t:
                continue  # 'Seven were arrested: the deputy minister, four officials and
                # two businessmen': the deputy minister is the seventh
            out.append((total, parts, made))
        out += _totals_after(figs, text)
    return out


#: '... included' with this many kinds listed, coming this close below the total (a share
#: of it), tells all of it: 'The 14 people on board included four crew members, three
#: medical staff and six patients' (13)
_INCLUDED_KINDS, _INCLUDED_NEAR = 3, 0.15
_INCLUDED = re.compile(r"^[^.;:\d]{0,40}\binclud(?:ed|es)\b[^.;:\d]{0,12}$", re.IGNORECASE)


def _all_but_named(total: Figure, parts: Sequence[Figure], made: float, t: float,
                   text: str) -> bool:
    """Whether a list told with 'included' right after its total names so many kinds and
    comes so close that it reads as the whole (:data:`_INCLUDED_KINDS`,
    :data:`_INCLUDED_NEAR`); 'among', 'such as', 'some' and two-kind lists stay partial."""
    return (len(parts) >= _INCLUDED_KINDS and t - made <= _INCLUDED_NEAR * t
            and _INCLUDED.match(text[total.end:parts[0].start]) is not None
            and not _SUBSET.search(text[parts[0].start:parts[-1].end]))


#: what tells that the count after a list is the list's total: 'bringing the toll to',
#: 'a total of', 'in all'
_TOTAL_CUE = re.compile(r"\b(?:total(?:ling)?|toll|tally|overall|in\s+all|altogether|combined|"
                        r"bringing|brings)\b[^.;:\d]{0,30}$", re.IGNORECASE)


def _totals_after(figs: Sequence[Figure], text: str
                  ) -> list[tuple[Figure, list[Figure], float]]:
    """'17 died in Ardmore, 9 in Kell and 4 in Brask, bringing the toll to 31': a list
    of counts and the total told right after it, which says it is all of them."""
    out: list[tuple[Figure, list[Figure], float]] = []
    for k in range(len(figs) - 2):
        parts = _list_after(figs[k], figs[k + 1:], text)
        if not parts or k + len(parts) >= len(figs):
            continue
        total = figs[k + len(parts)]
        values = [p.value for p in parts if isinstance(p.value, float)]
        whole = interval(total)
        if whole is None or not is_exact(total) or len(values) != len(parts) \
                or not _TOTAL_CUE.search(text[parts[-1].end:total.start]) \
                or len(text[parts[-1].end:total.start]) > 60:
            continue
        made = sum(values)
        if made != whole[0] and abs(made - whole[0]) <= NEAR * whole[0] \
                and not _other_sources([*parts, total]):
            out.append((total, parts, made))
    return out


#: what joins 'from A to B' to the change it states: ', an increase of', ' - an extra',
#: ', up', ', a drop of'
_CHANGE_CUE = re.compile(
    r"^\s*[,;(\-\u2013\u2014]?\s*(?:(?:an?|or|some)\s+)?(?:(?:increase|rise|jump|climb|gain|"
    r"hike|drop|fall|decline|decrease|cut|reduction|difference|swing)\s+of|extra|additional|"
    r"up|down|up\s+by|down\s+by)\s+$", re.IGNORECASE)
_TO = re.compile(r"^\s+to\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _slack(f: Figure) -> float:
    """Half a unit of the last digit a plain number is written to (420 -> 5, 4.5 -> 0.05)
    plus one percent: what rounding may explain."""
    v = f.value if isinstance(f.value, float) else 0.0
    digits = re.sub(r"[^\d.]", "", f.text.split()[-1] if f.text else "") or "0"
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".")[1])
    else:
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return unit / 2 + 0.01 * abs(v)


def stated_changes(comparison: Comparison, figures: Sequence[Figure]
                   ) -> list[tuple[list[Figure], Figure, float]]:
    """'rise from 1,260 to 1,680 estrels - an extra 520 estrels': each (the figures of the
    two ends, the stated change, the change the ends make) that disagree. The change is
    in the ends' unit, or a percentage of the first end when they are no percentages, or
    in points when they are; a percentage change of two percentages may be either."""
    out: list[tuple[list[Figure], Figure, float]] = []
    for text, figs in _by_sentence(comparison, figures):
        for k, f in enumerate(figs[:-1]):
            if f.qualifier == "from" and f.low is not None and f.high is not None:
                ends, (a, b), change = [f], (f.low, f.high), figs[k + 1]
            elif k + 2 < len(figs) and _FROM.search(text[max(0, f.start - 6):f.start]) \
                    and _TO.match(text[f.end:figs[k + 1].start]) and is_exact(f) \
                    and is_exact(figs[k + 1]):
                ends, change = [f, figs[k + 1]], figs[k + 2]
                a, b = float(f.value or 0.0), float(figs[k + 1].value or 0.0)
            else:
                continue
            if not _CHANGE_CUE.match(text[ends[-1].end:change.start]) \
                    or not isinstance(change.value, float) or a == 0:
                continue
            made = _made(ends[0], a, b, change)
            if made is None:
                continue
            iv = interval(change)
            if iv is None:
                continue
            slack = _slack(change) if is_exact(change) else 0.0
            if all(m < iv[0] - slack or m > iv[1] + slack for m in made):
                out.append((ends, change, made[0]))
    return out


def _made(end: Figure, a: float, b: float, change: Figure) -> list[float] | None:
    """The changes the two ends make in the stated change's terms (None: not comparable)."""
    absolute, relative = abs(b - a), abs(b - a) / abs(a) * 100
    if change.kind == end.kind and change.unit == end.unit:
        return [absolute, relative] if end.kind == "percent" else [absolute]
    if change.kind == "percent" and end.kind != "percent":
        return [relative]
    if end.kind == "percent" and change.unit in {"pp", "pt"}:
        return [absolute]
    return None


_OF = re.compile(r"^\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.IGNORECASE)
_OF_THE_START = re.compile(r"(?:^|[.!?]\s+|\n)\s*Of\s+(?:the\s+|its\s+|their\s+|all\s+)?$")
_THEN_SHARE = re.compile(r"^[^.;:\d]{0,40}?(?:,|\()\s*(?:or\s+)?$")
_SHARE_NEXT = re.compile(r"^\s*(?:,|\()\s*(?:or\s+)?$")
_PART_AFTER = re.compile(r"^[^.;:\d]{0,60},\s*$")


def stated_shares(comparison: Comparison, figures: Sequence[Figure]
                  ) -> list[tuple[list[Figure], Figure, float]]:
    """'187 of the 240 municipalities, or 88 percent' and 'Of the 240 municipalities, 187,
    or 88 percent, ...': each (the part and the whole, the stated percentage, the
    percentage they make) that disagree beyond rounding."""
    out: list[tuple[list[Figure], Figure, float]] = []
    for text, figs in _by_sentence(comparison, figures):
        for x, y, p in zip(figs, figs[1:], figs[2:], strict=False):
            if x.kind != "count" or y.kind != "count" or p.kind != "percent" \
                    or not is_exact(x) or not is_exact(y):
                continue
            if _OF.match(text[x.end:y.start]) and _THEN_SHARE.match(text[y.end:p.start]):
                part, whole = x, y  # '187 of the 240 municipalities, or 78 percent'
            elif _OF_THE_START.search(text[max(0, x.start - 12):x.start]) \
                    and _PART_AFTER.match(text[x.end:y.start]) \
                    and _SHARE_NEXT.match(text[y.end:p.start]):
                part, whole = y, x  # 'Of the 240 municipalities, 187, or 78 percent'
            else:
                continue
            n, m = float(part.value or 0.0), float(whole.value or 0.0)
            iv = interval(p)
            if m <= 0 or n > m or iv is None:
                continue
            made = n / m * 100
            slack = _slack(p) if is_exact(p) else 0.0
            if made < iv[0] - slack or made > iv[1] + slack:
                out.append(([part, whole], p, made))
    return out


#: what opens a list that names a total's members one by one: 'Seven people were arrested
#: in all: the deputy minister, two officials, ...' (a colon after the total's clause)
_NAMES_OPEN = re.compile(r"^[^.;:\d]{0,60}:\s+")
#: the attribution that closes such a sentence (', the bureau said in a statement.')
_SAID_AFTER = re.compile(r",\s+(?:according\s+to\b[^,]*|[^,]{0,80}?\b(?:said|says|told|reported|"
                         r"announced|added|confirmed)\b[^,]*)$", re.IGNORECASE)
_VERB_IN_ITEM = re.compile(r"\b(?:were|was|are|is|had|have|has|been|being)\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\s+)")
#: where an item's people come from, which an 'and' may go on naming: 'seven residents of
#: Dravnik and surrounding villages', 'four visitors from Kesteria and abroad'
_PLACE_IN_ITEM = re.compile(r"\b(?:of|from|in)\s+\S")
#: an 'and' that joins words within an item ('Dravnik and'), not one after a comma
_JOINED = re.compile(r"[^,\s]\s+and\s+$")
#: ... and what such an 'and' names: a few lower-case words with no article, a plural or a
#: word for elsewhere ('surrounding villages', 'abroad'; not 'a fisherman from the
#: Seraphine who drowned', not 'pilot Aurel Vantrek' or 'Dravnik's deputy mayor')
_GOES_ON = re.compile(r"^(?!(?:a|an|the|one|his|her|its|their|who|which)\b)"
                      r"(?:[a-z'\u2019-]+\s+){0,2}(?:[a-z'\u2019-]+s|abroad|elsewhere|"
                      r"overseas|nearby)$")
#: an item that is one person or thing: 'the deputy minister', 'a construction executive',
#: 'one of his deputies', 'Valesku'
_ONE_ITEM = re.compile(r"^(?:(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}"
                       r"[\w'\u2019-]*[^s\W]|one\s+of\s+.+|[A-Z][\w'\u2019-]+(?:\s+[A-Z]"
                       r"[\w'\u2019-]+){0,2})$")


#: one person with words after the noun that tell more of them: 'a little girl on her way
#: to school', 'an elderly man from Brask'
_ONE_PERSON_ITEM = re.compile(r"^(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+"
                              r"(?:on|from|in|of|at|with|who|aged)\b")


def _one_person(item: str) -> bool:
    """Whether a list's item names one person by a noun for one and more words after it."""
    m = _ONE_PERSON_ITEM.match(item)
    return m is not None and is_person_noun(m.group("noun"))


def _people_items(body: str, offset: int, counts: Sequence[Figure]) -> bool:
    """Whether every item of a list is a count or one person named by a noun for one ('a
    little girl', 'an elderly man from Brask'; not 'an elderly couple', 'a tour group',
    'the rest of the crew')."""
    for _, piece, inside in _items(body, offset, counts):
        words = piece.strip().split()
        if not inside and not (_one_person(piece.strip()) or (
                words and is_person_noun(words[-1]))):
            return False
    return True


def _items(body: str, offset: int, counts: Sequence[Figure]
           ) -> Iterator[tuple[int, str, list[Figure]]]:
    """The items of a list (``body``, which starts at ``offset`` in its report): where each
    starts in ``body``, its text and the counts of ``counts`` inside it."""
    at = 0
    for piece in _ITEM_SPLIT.split(body):
        at = body.index(piece, at) if piece else at
        yield at, piece, [f for f in counts if offset + at <= f.start < offset + at + len(piece)]
        at += len(piece)


#: a sentence after a list that says some of the counted are not named in it
_OTHERS_UNNAMED = re.compile(r"\s*[^.]*\b(?:unidentified|not\s+(?:yet\s+)?(?:been\s+)?"
                             r"(?:identified|named)|yet\s+to\s+be\s+(?:identified|named)|"
                             r"other\s+(?:victims?|dead|bodies))\b", re.IGNORECASE)


def named_lists(comparison: Comparison, figures: Sequence[Figure]
                ) -> list[tuple[Figure, float, int, str]]:
    """A count whose members the sentence then names one by one after a colon, naming
    fewer than it says: 'Seven people were arrested in all: the deputy minister, two
    ministry officials, the directorate's head and one of his deputies, and a construction
    executive' (6). Each item is one ('the deputy minister', 'one of his deputies', a name)
    or the count it holds; an item of another shape (a plural without a number) leaves the
    list unread. Items are split at every 'and', which can make too many where an item
    goes on after a preposition ('four officials of the ministry and the roads agency'),
    so a list naming more than its total is told only when no item has one ('gobbled THREE
    vehicles: two cars, a delivery van and a taxi'). Each (total, the number the list
    names, where the list starts in the report, its text)."""
    out: list[tuple[Figure, float, int, str]] = []
    for text, figs in _by_sentence(comparison, [f for f in figures if f.kind == "count"]):
        end = comparison.sentences_of(figs[0].report)[figs[0].sentence].end
        for total in figs:
            whole = interval(total)
            if whole is None or not is_exact(total) or not total.subject:
                continue
            listing = _names_after(total, figs, text, end)
            if listing is not None and 2 <= listing[0] != whole[0] and (
                    listing[0] < whole[0] or not _ITEM_PHRASE.search(listing[2])):
                out.append((total, *listing))
    return out


#: a preposition inside a list's items, after which an 'and' may go on within one item
_ITEM_PHRASE = re.compile(r"\b(?:of|from|for|at|in|with|on|to|by)\b", re.IGNORECASE)


def _names_after(total: Figure, figs: Sequence[Figure], text: str, end: int
                 ) -> tuple[float, int, str] | None:
    """The list after a colon that follows ``total``'s clause: how many it names, where
    it starts and its text (None when there is no such list or it cannot be read)."""
    opening = _NAMES_OPEN.match(text[total.end:end])
    if opening is None:
        return None
    start = total.end + opening.end()
    body = _SAID_AFTER.sub("", text[start:end].rstrip().rstrip("."))
    if len(_ITEM_SPLIT.split(body)) < 2:
        return None  # one item is no list ('stopping the fight at 2: 56')
    named = _named_count(body, start, [f for f in figs if start <= f.start < start + len(body)])
    return None if named is None else (named, start, body)


def _named_count(body: str, offset: int, counts: Sequence[Figure]) -> float | None:
    """How many the items of a list name (None when an item is of no known shape)."""
    named = 0.0
    previous = ""  # the item before, when it holds a count and a place after it
    for at, piece, inside in _items(body, offset, counts):
        joined = _JOINED.search(body[:at]) is not None  # 'Dravnik and', not ', and'
        if len(inside) == 1 and isinstance(inside[0].value, float) and is_exact(inside[0]) \
                and not _VERB_IN_ITEM.search(piece):
            named += inside[0].value  # 'two ministry officials'; '3 were later freed' is
            # a clause, no item
            previous = piece if _PLACE_IN_ITEM.search(piece) else ""
        elif not inside and (_ONE_ITEM.match(piece.strip()) or _one_person(piece.strip())):
            named += 1
            previous = ""
        elif not inside and previous and joined and _GOES_ON.match(piece.strip()):
            previous = ""  # 'seven residents of Dravnik and surrounding villages': one item
        else:
            return None
    return named


#: the places a sentence lists: 'across Dornmere and Ketts', 'at Vrana, Lesk and Dobrin'
_NAME = r"[A-Z][\w'\u2019-]+"
_PLACE_LIST = re.compile(rf"\b(?:in|at|across|from|between)\s+((?:{_NAME},\s+)*{_NAME},?"
                         rf"\s+and\s+{_NAME})\b")
#: where a part is: '1,130 (people were moved) from Ketts', '6,000 at Dobrin'
_PART_AT = re.compile(rf"^\s+(?:[^\W\d_]+\s+){{0,3}}?(?:in|at|from)\s+(?:the\s+)?({_NAME})")


def placed_breakdowns(comparison: Comparison, figures: Sequence[Figure]
                      ) -> list[tuple[Figure, list[Figure], float]]:
    """A count of people told for the places its sentence lists ('3,480 residents were
    ordered out ... across Dornmere and Ketts') and, in the next sentence, one count for
    each of those places and no other ('2,150 people were moved from Dornmere and 1,130
    from Ketts'): the parts of that total, which must make it. The first part may name
    its place before it ('The Vrana camp alone holds some 19,000, with about 9,500 at
    Lesk and 6,000 at Dobrin'). As with :func:`near_sums`, only parts that come within
    :data:`NEAR` of the total are read as its parts, and approximate numbers may be off
    by the place of their last non-zero digit. Each (total, parts, their sum) that
    disagree."""
    counts: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind == "count":
            counts[(f.report, f.sentence)].append(f)
    out: list[tuple[Figure, list[Figure], float]] = []
    for (report, i), figs in sorted(counts.items()):
        later = sorted(counts.get((report, i + 1), []), key=lambda f: f.start)
        people = [f for f in figs if _noun(f) and _people(f)]
        sentence = comparison.sentence_text(report, i)
        places = [m.group(1) for m in _PLACE_LIST.finditer(sentence)]
        if len(people) != 1 or len(places) != 1 or len(later) < 2:
            continue
        named = set(re.split(r",?\s+and\s+|,\s+", places[0]))
        parts = _placed_parts(comparison, later, named)
        text = comparison.report(report).text
        if parts is None or any(_SUBSET.search(text[a.end:b.start])
                                for a, b in zip(parts, parts[1:], strict=False)):
            continue  # 'some 19,000' is no subset; '..., among them 300 from Ketts' is
        total = people[0]
        numbers = [total, *parts]
        if any(not isinstance(f.value, float) for f in numbers):
            continue
        t, made = float(total.value or 0), sum(float(p.value or 0) for p in parts)
        slack = sum(_unit(float(f.value or 0)) for f in numbers if not is_exact(f))
        if slack < abs(made - t) <= NEAR * t:
            out.append((total, parts, made))
    return out


def _placed_parts(comparison: Comparison, later: Sequence[Figure], named: set[str]
                  ) -> list[Figure] | None:
    """One count for each place named, in the order told (None when the sentence gives
    them otherwise)."""
    text = comparison.report(later[0].report).text
    start = comparison.sentences_of(later[0].report)[later[0].sentence].start
    where: dict[str, Figure] = {}
    for k, f in enumerate(later):
        at = _PART_AT.match(text[f.end:f.end + 60])
        before = [p for p in named if p in text[start:f.start]] if k == 0 else []
        place = at.group(1) if at else (before[0] if len(before) == 1 else None)
        if place in named:
            if place in where or (_noun(f) and not _people(f)):
                return None
            where[place] = f
    if set(where) != named:
        return None
    parts = sorted(where.values(), key=lambda f: f.start)
    if any(not _LIST_JOIN.search(text[a.end:b.start]) for a, b in zip(parts, parts[1:],
                                                                      strict=False)):
        return None
    return parts


def _people(f: Figure) -> bool:
    """Whether a count counts people, 'people' included ('2,150 people')."""
    return _of_people(f) or (f.subject or "").split()[-1:] == ["people"]


#: a sentence that lists the members of a group the report counts elsewhere: 'The dead
#: were nine men, three women and a girl', 'Those expelled are the military attaché, two
#: second secretaries and three technical staff'
_GROUP_LIST = re.compile(
    r"(?P<among>Among\s+)?(?P<noun>(?:The|Those|the|those)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<word>[a-z][\w-]*)|They|These)\s+"
    r"(?P<verb>were|are|comprised|comprise|consisted\s+of|consist\s+of|included|include)\s+")
#: what may come before an item's count: the list's start, a comma or 'and'
_ITEM_START = re.compile(r"(?:^|,|\band)\s*$")
#: verbs after which a list may leave some members out (only a list over its total tells)
_PARTIAL_VERBS = frozenset({"included", "include"})
#: the least difference that may always be told, whatever NEAR allows
_LIST_SLACK = 2


def group_lists(comparison: Comparison, figures: Sequence[Figure]
                ) -> list[tuple[Figure, float, int, str, int]]:
    """A sentence that lists, one kind at a time, the members of a group which the report
    counts in an earlier sentence, naming another number: 'Fourteen people were killed
    ... The dead were nine men, three women and a little girl' (13); 'Seven diplomats were
    expelled ... Those expelled are the military attaché, two second secretaries and three
    technical staff' (6). The group is found by its word: an event ('dead' -> killed,
    'hostages', 'missing'), the counted noun itself ('the bars' -> '212 bars'), or a
    participle told next to the count in its sentence ('Those expelled' -> 'expelled
    seven diplomats'); 'They' and 'These' are the one count with a noun in the sentence
    before. Not a part of the group ('The remaining hostages are ...'). Every count the
    report gives for the group must agree, and the list must come within
    :data:`NEAR` of it (or :data:`_LIST_SLACK`); after 'Among the dead were' only a list
    over the total is told, and after 'included' one below it only when it names three
    kinds or more and comes within :data:`_INCLUDED_NEAR` ('The dead included nine men,
    three women and a little girl' against 'Fourteen people were killed'). Each (total,
    the number the list names, where the list starts, its text, its sentence)."""
    counts: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind == "count" and interval(f) is not None:
            counts[f.report].append(f)
    out: list[tuple[Figure, float, int, str, int]] = []
    for report in comparison.reports:
        text = report.text
        for s in comparison.sentences_of(report.id)[1:]:
            m = _GROUP_LIST.match(text, s.start)
            if m is None or m.end() >= s.end:
                continue
            body = _SAID_AFTER.sub("", text[m.end():s.end].rstrip().rstrip("."))
            inside = [f for f in counts[report.id] if m.end() <= f.start < m.end() + len(body)]
            named = _named_count(body, m.end(), inside)
            if named is None or not inside or len(_ITEM_SPLIT.split(body)) < 2 or not all(
                    _ITEM_START.search(text[m.end():f.start]) for f in inside):
                continue  # each count opens an item: not 'taken to two police stations'
            word = (m.group("word") or "").lower()
            if _SUBSET_WORDS.intersection(m.group("noun").lower().split()[1:-1]) or not all(
                    float(f.value or 0).is_integer() for f in inside):
                continue  # 'The remaining hostages are ...': some of them; '2.5 men'
            totals = [f for f in counts[report.id] if f.sentence < s.index
                      and word and _counts_group(comparison, f, word)]
            if not word:
                # '... five men. They are two brothers, ...': the one count with its noun
                # in the sentence before (a participle may name some of them: 'Police
                # arrested five men ... Those charged are ...')
                totals = [f for f in counts[report.id]
                          if f.sentence == s.index - 1 and _noun(f)]
                totals = totals if len(totals) == 1 else []
            if not totals or len({interval(f) for f in totals}) != 1 \
                    or not all(is_exact(f) for f in totals):
                continue
            total = totals[0]
            t = float(total.value) if isinstance(total.value, float | int) else None
            if t is None or named == t or abs(named - t) > max(_LIST_SLACK, NEAR * t):
                continue
            if word == "victims" and any(
                    h.predicate == "injured" and is_exact(h) and t + float(h.value or 0) == named
                    for h in counts[report.id] if h.sentence < s.index):
                continue  # 'killed three people and wounded two ... The victims were two
                # waiters and three customers': the victims are both
            if named < t and (m.group("among") or (
                    m.group("verb") in _PARTIAL_VERBS and not (
                        len(_ITEM_SPLIT.split(body)) >= _INCLUDED_KINDS
                        and t - named <= _INCLUDED_NEAR * t
                        and not _SUBSET.search(body) and _people_items(body, m.end(), inside)
                        and not _OTHERS_UNNAMED.match(text, s.end, s.end + 200)))):
                continue  # 'The dead included nine men, three women and a little girl'
                # names three kinds and comes within _INCLUDED_NEAR: all of the 14 dead
            out.append((total, named, m.end(), body, s.index))
    return out


#: words before a group's word that name some of it ('the remaining hostages')
_SUBSET_WORDS = frozenset({"remaining", "other", "others", "surviving", "rest", "youngest",
                           "oldest", "first", "last", "latest", "new", "injured", "freed",
                           "released", "missing", "two", "three", "four", "five"})


def _counts_group(comparison: Comparison, f: Figure, word: str) -> bool:
    """Whether count ``f`` counts the group a list names by ``word`` (see
    :func:`group_lists`)."""
    key = key_of(f)
    if word == "victims":  # 'The victims were ...' after 'killing eleven people'
        return f.predicate == "killed" and key is not None and key.head == "people" \
            and not key.nations and "more" not in key.mods
    event = EVENTS.get(word)
    if event is not None:
        return f.predicate == event and key is not None and not key.nations \
            and "more" not in key.mods
    if key is not None and key.head == singular(word):
        return True
    # 'Those expelled': the participle right before or after the count's words, in its
    # own sentence
    sentence = comparison.sentences_of(f.report)[f.sentence]
    text = comparison.report(f.report).text
    return word.endswith("ed") and re.search(
        rf"\b{re.escape(word)}\b",
        text[max(sentence.start, f.start - 25):min(sentence.end, f.end + 25)]) is not None
