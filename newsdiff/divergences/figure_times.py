"""Times of day of one moment told differently: 'hit the bridge's third pier at about 4:40
a.m.' vs 'The collision happened at 4.10am'.

Times of day are figures only when they are the claim (issue 4), so they are compared only
where two reports tell the same fact: two sentences of different reports that the aligner
put in one group or that are each other's nearest (:mod:`newsdiff.neighbours`), each
holding exactly one time of day, none of it a span ('from 10am to 4pm', 'until noon'),
in sentences that tell no second moment by its distance from the first ('nearly two hours
after the alarm was raised'), and told with a word in common around it (:func:`frame`:
'The collision happened at 4.40am' and 'at 4.10am'; a departure told in other words is
one word, 'left Dorvik at 5:15 a.m.' and 'pulled out of Market Square at 5:45 a.m.'; not
'drones were spotted shortly before 6am' and 'marksmen fired at one of the drones shortly
after 9am') where neither is a beginning set against an end ('The riot began around 7:30
a.m.' vs 'the operation ended shortly after 7 p.m.') and both hold the same words that
tell one moment of several apart, a plan or a habit (:data:`_MARKERS`: 'A first tremor hit
at 2.30am' vs 'A stronger tremor hit at 11am'; 'was scheduled to leave at 8.15am' vs 'left
at 9.40am'). A time right after
a speech verb is when news was given, not a moment of the story ('Police announced at
11am that ...'; 'The blast was reported at 3.10am' is the blast's).

Each time is read as a window of minutes after midnight, from the words before it:

- a plain time is that minute ('4.10am'), a plain round hour 15 minutes either way ('at
  2am' may be a writer's 2.10am, 'at midnight' 12.10am);
- 'about', 'around', 'some', 'roughly', 'approximately' widen it by 10 minutes either
  way, by 15 for a half hour and by 30 for a full hour ('about 5 pm': 4:30 to 5:30);
- 'shortly', 'just' or 'soon' before or after a time mean up to 30 minutes before or after
  it ('just past' too); 'nearly' and 'almost' up to 15 minutes before; a time after a bare
  'before', 'after' or 'by' is a bound, not a moment, and is not compared;
- a time with no a.m./p.m. and an hour up to 12 may be either, unless the sentence says
  'in the morning', 'this afternoon', 'in the evening', 'last night' or 'at night' right
  after it (a time written with a dot is read as a time only with such words:
  :mod:`newsdiff.claims.dates`).

Two times clash when every reading of one lies outside every reading of the other (on a
24-hour clock: 'about 11:55 p.m.' and 'shortly after midnight' agree) and the two
sentences name no two different days.  A time in GMT or UTC is compared only with another
such time; a time in a line of fewer than three words is a time stamp ('Updated 4 / 9 /
2007 6: 04 PM'), not a claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from newsdiff.claims.numbers import NUMBER_WORDS
from newsdiff.divergences.event_times import event_of, other_zone, several, thing_words
from newsdiff.divergences.groups import GroupIndex
from newsdiff.models import Comparison, Figure
from newsdiff.neighbours import Neighbours

DAY = 24 * 60
#: a window of minutes after midnight (its end may pass 24:00)
Window = tuple[int, int]

_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<half>a\.?m\.?|p\.?m\.?)?"
                    r"\s*(?P<zone>GMT|UTC)?", re.IGNORECASE)
_BEFORE = re.compile(
    r"\b(?P<word>about|around|approximately|roughly|some|circa|nearly|almost|(?:shortly|just|"
    r"soon|not long|right) (?:before|after|past)|before|after|by|until|till|since|from|between|"
    r"to|and)\s+(?:at\s+)?$", re.IGNORECASE)
_SAID_AT = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:announced|said|told|confirmed|"
                      r"reported|declared|stated|"
                      r"tweeted|posted|briefed)\s+(?:[a-z]+\s+){0,2}?at\s+(?:(?:about|around|"
                      r"some|roughly|approximately)\s+)?$", re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*\(?(?:GMT|UTC)\b")
_APPROX = {"about", "around", "approximately", "roughly", "some", "circa"}
#: words before a time that make it an end or a part of a span, not the moment told
_SPAN = {"until", "till", "since", "from", "between", "to", "and"}
#: ... and words that make it a bound ('reopened by 4.30pm', 'before 9pm'): no moment
_BOUNDS = {"before", "after", "by"}
_HALF_AFTER = re.compile(r"\s*(?:local time\s*)?(?:,\s*)?(?:(?:in the|this) (?P<am>morning)|"
                         r"(?:in the|this) (?P<pm>afternoon|evening)|(?P<night>at night|"
                         r"tonight|last night))", re.IGNORECASE)
#: a time written with a span word right after it ('10am to 4pm', '9-11pm')
_SPAN_AFTER = re.compile(r"\s*(?:to|until|till|and|-|–)\s*\d", re.IGNORECASE)


def windows(comparison: Comparison, f: Figure) -> tuple[list[Window], bool] | None:
    """The readings of a time of day in minutes after midnight, and whether it is given
    in GMT/UTC; None when it is no moment (a span's end, a time that cannot be read)."""
    text = comparison.report(f.report).text
    if re.search(r"\d\s*:\s*$", text[max(0, f.start - 4):f.start]) or _dateline(comparison, f):
        return None  # '7: 07AM', 'Updated 4 / 9 / 2007 6: 04 PM': when it was written
    low = f.text.lower().strip()
    zone = bool(re.search(r"\b(?:gmt|utc)\b", low) or _ZONE_AFTER.match(text, f.end))
    if low in {"noon", "midday"}:
        starts, exact_hour = [12 * 60], True
    elif low == "midnight":
        starts, exact_hour = [0], True
    else:
        m = _CLOCK.fullmatch(f.text.strip())
        worded = _worded(low) if m is None else None
        if m is None and worded is None:
            return None
        if m is not None:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
        else:
            assert worded is not None
            hour, minute = worded
        if hour > 23 or minute > 59:
            return None
        half = (m.group("half") or "").lower().replace(".", "") if m else ""
        after = _HALF_AFTER.match(text, f.end)
        if not half and after is not None and hour <= 12:
            half = "am" if after.group("am") else "pm"
        if half and (hour > 12 or hour == 0):
            return None
        base = hour % 12 * 60 + minute
        if half == "am":
            starts = [base]
        elif half == "pm":
            starts = [base + 12 * 60]
        elif hour > 12 or hour == 0 or (m is not None and m.group("h").startswith("0")):
            starts = [hour * 60 + minute]  # '16:40', '06:10': a 24-hour clock
        else:
            starts = [base, base + 12 * 60]
        exact_hour = minute == 0
    if _SPAN_AFTER.match(text, f.end):
        return None
    lead, before = _lead(text, f)
    if before is None:
        word = ""
    elif re.search(r"\b(?:by|before|after|until|till|since|from)\s+$",
                   lead[:before.start("word")]):
        return None  # 'rescued by about 10am': a bound
    else:
        word = before.group("word").lower()
    if word in _SPAN or _SAID_AT.search(lead):
        return None  # a span's end; the time news was given ('Police announced at 11am')
    if word in _APPROX:
        slack = 30 if exact_hour else 15 if low.split(":")[-1][:2] == "30" else 10
        lo, hi = -slack, slack
    elif word.endswith(" before"):
        lo, hi = -30, 0
    elif word.endswith((" after", " past")):
        lo, hi = 0, 30
    elif word in {"nearly", "almost"}:
        lo, hi = -15, 0
    elif word in _BOUNDS:
        return None
    elif exact_hour:
        lo, hi = -15, 15  # 'collapsed at 2am' may be a writer's round 2.10am; so may
        # 'broke out at midnight' be 12.10am
    else:
        lo, hi = 0, 0
    return [(s + lo, s + hi) for s in starts], zone


_HOURS = {w: k for k, w in enumerate(("midnight", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve"))}
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20,
            "twenty-five": 25, "twenty five": 25, "half": 30}


def _worded(low: str) -> tuple[int, int] | None:
    """(hour, minute) of a time told in words ('ten past eight', 'twenty to four', "eleven
    o'clock"; :data:`newsdiff.claims.dates.WORDED_TIME`), on a 12-hour clock."""
    low = re.sub(r"\s+", " ", low.replace("\u2019", "'"))
    if (m := re.fullmatch(r"(\w+) o'clock", low)) and m.group(1) in _HOURS:
        return _HOURS[m.group(1)], 0
    m = re.fullmatch(r"(.+) (past|to) (\w+)", low)
    if m is None or m.group(1) not in _MINUTES or not (
            m.group(3) in _HOURS or m.group(3) == "noon"):
        return None
    hour, minutes = (12 if m.group(3) == "noon" else _HOURS[m.group(3)]), _MINUTES[m.group(1)]
    if m.group(2) == "past":
        return hour, minutes
    return (hour - 1) % 24 if hour else 23, 60 - minutes


def _lead(text: str, f: Figure) -> tuple[str, re.Match[str] | None]:
    """The words before a time and the word among them that widens or bounds it."""
    lead = text[max(0, f.start - 40):f.start]
    return lead, _BEFORE.search(lead)


def shown(comparison: Comparison, f: Figure) -> str:
    """A time as the message shows it: with the word that widens it ('about 4:40 a.m.',
    'shortly after 5 pm')."""
    _, before = _lead(comparison.report(f.report).text, f)
    word = before.group("word") if before else ""
    told = f"{word} {f.text}" if word and word.lower() not in _SPAN | _BOUNDS else f.text
    part = _HALF_AFTER.match(comparison.report(f.report).text, f.end)
    return f"{told} {part.group(0).strip(' ,')}" if part else told  # '9.20 in the morning'


def _dateline(comparison: Comparison, f: Figure) -> bool:
    """The time stands in a line with fewer than three words beside it: a time stamp."""
    words = re.findall(r"[^\W\d_]{2,}", comparison.sentence_text(f.report, f.sentence))
    return len([w for w in words if w.lower() not in {"am", "pm", "gmt", "utc", "et", "edt",
                                                      "pdt", "bst", "cet"}]) < 3


def _apart(a: Sequence[Window], b: Sequence[Window]) -> bool:
    """Every reading of ``a`` lies outside every reading of ``b`` on a 24-hour clock."""
    return all(x_hi < y_lo + shift or y_hi + shift < x_lo
               for x_lo, x_hi in a for y_lo, y_hi in b for shift in (-DAY, 0, DAY))


_WORD = re.compile(r"[^\W\d_]{3,}")
#: words around a time that say nothing of what happened then
_NOT_FRAME = frozenset({
    "the", "and", "about", "around", "approximately", "roughly", "some", "shortly", "just",
    "soon", "nearly", "almost", "before", "after", "past", "local", "time", "morning",
    "afternoon", "evening", "night", "tonight", "today", "yesterday", "this", "that", "with",
    "from", "for", "was", "were", "had", "has", "have", "been", "said", "says", "told",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "its",
    "their", "his", "her", "when", "which", "who", "then", "than", "into", "onto", "over",
    "gmt", "utc", "a.m", "p.m"})
#: a beginning and an end are two moments ('The riot began around 7:30 a.m.' vs 'the
#: operation ended shortly after 7 p.m.')
#: (cut to five letters, as frames are)
_START = frozenset(w[:5] for w in (
    "began", "begin", "begins", "started", "start", "starts", "broke", "erupted", "opened",
    "launched"))
_END = frozenset(w[:5] for w in (
    "ended", "end", "ends", "finished", "over", "retook", "crushed", "reopened", "lifted",
    "surrendered", "put", "extinguished", "contained", "control"))
#: words that tell one moment of several apart ('A first tremor hit at 2.30am' vs 'A
#: stronger tremor hit at 11am'), a plan or a habit from the event ('was scheduled to leave
#: at 8.15am' vs 'left at 9.40am'; 'a curfew begins at 10pm every night'): two times are
#: one moment only when their frames hold the same of them
_MARKERS = {w[:5]: w for w in (
    "first", "last", "second", "third", "final", "another", "stronger", "next", "scheduled",
    "due", "planned", "expected")} | {w[:5]: "every" for w in (
        "every", "each", "daily", "nightly")}  # a habit, however told


#: a sentence that tells a second moment by its distance from the first ('reached the scene
#: at about 5.30 a.m., nearly two hours after the Sea Lantern raised the alarm')
_TWO_MOMENTS = re.compile(r"\b(?:minutes?|hours?)\s+(?:after|before|later|earlier)\b",
                          re.IGNORECASE)


#: an ordinal joined to a level of a building: 'a third-floor kitchen' names a place, not
#: one moment of several; two such places set two moments apart only when both sentences
#: name one ('a second-floor flat at 2am' vs 'a third-floor flat at 4am')
_LEVEL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"top|ground)-(?:floor|storey|story|level|deck)\b", re.IGNORECASE)


def frame(comparison: Comparison, f: Figure) -> frozenset[str]:
    """The words that tell what happened at a time: the content words of its clause up to
    eight words before it and four after, cut to five letters ('collision happened'); an
    ordinal joined to a level of a building is no marker but a level (:data:`_LEVEL`),
    kept as '#third'."""
    sentence = comparison.sentence_text(f.report, f.sentence)
    levels = list(_LEVEL.finditer(sentence))
    text = _LEVEL.sub(lambda m: " " * len(m.group(0)), sentence)
    start = comparison.sentences_of(f.report)[f.sentence].start
    before = re.split(r"[,;:()]", text[:f.start - start])[-1]
    rest = text[f.end - start:]
    part = _HALF_AFTER.match(rest)  # 'last night' says when, not which moment
    after = re.split(r"[,;:()]|\b(?:and|but|when|while|as)\b",
                     rest[part.end():] if part else rest)[0]
    words = _frame_words(before)[-8:] + _frame_words(after)[:4]
    end = f.end - start + (part.end() if part else 0) + len(after)
    near = {f"#{m.group(1).lower()}" for m in levels
            if f.start - start - len(before) <= m.start() <= end}
    return frozenset(w if w == _DEPART else w.lower()[:5] for w in words
                     if w.lower() not in _NOT_FRAME) | near


#: a departure told in other words ('left Dorvik at 5:15 a.m.' vs 'pulled out of Market
#: Square at 5:45 a.m.'), read as one word: verbs that tell one alone, and verbs that tell
#: one with the word after them ('set off', 'took off'; not 'set up', 'set out the plan',
#: 'pulled into')
_DEPART = "~depart"  # (not "#...", which names a level)
_DEPARTS = frozenset({"left", "leave", "leaves", "leaving", "departed", "depart", "departs",
                      "departing", "departure", "sailed"})
_DEPARTS_WITH = {**dict.fromkeys(("pull", "pulls", "pulled", "pulling"), {"out", "away"}),
                 **dict.fromkeys(("set", "sets", "setting"), {"off", "sail"}),
                 **dict.fromkeys(("take", "takes", "took", "taking"), {"off"})}
#: words around 'left' or 'leave' that make it no departure ('turned left', 'went on
#: leave', 'were left on board', 'left 12 injured', 'left two dead')
_NOT_DEPART_BEFORE = frozenset({"turned", "turn", "turning", "went", "go", "goes", "going",
                                "on", "sick", "annual", "maternity", "paternity", "shore",
                                "was", "were", "is", "are", "be", "been", "being"})
_NOT_DEPART_AFTER = NUMBER_WORDS | {"dead", "behind", "many", "several"}


def _frame_words(text: str) -> list[str]:
    """The words of ``text`` that :func:`frame` reads (three letters or more), each that
    tells a departure as :data:`_DEPART` (read with the words and numbers around it)."""
    tokens = re.findall(r"[^\W_]+", text)
    out = []
    for i, w in enumerate(tokens):
        low = w.lower()
        prev = tokens[i - 1].lower() if i else ""
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if (low in _DEPARTS and prev not in _NOT_DEPART_BEFORE and not nxt.isdigit()
                and nxt not in _NOT_DEPART_AFTER) or nxt in _DEPARTS_WITH.get(low, ()):
            out.append(_DEPART)
        elif _WORD.fullmatch(w):
            out.append(w)
    return out


def _one_moment(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two times' frames (:func:`frame`) share a word (:func:`_share_word`) and are not
    set apart (:func:`_set_apart`)."""
    return _share_word(a, b) and not _set_apart(a, b)


def _levels(frame_words: frozenset[str]) -> frozenset[str]:
    """The levels of a building a frame names ('#third')."""
    return frozenset(w for w in frame_words if w[:1] == "#")


def _share_word(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two frames hold a word in common other than a marker or a level."""
    return bool((a & b) - _MARKERS.keys() - _levels(a) - _levels(b))


def _set_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two times' frames tell two moments: a beginning against an end, other
    :data:`_MARKERS`, or, when both name a level of a building, two levels."""
    if (a & _START and b & _END and not a & _END) or (b & _START and a & _END and not b & _END):
        return True
    if {_MARKERS[w] for w in a & _MARKERS.keys()} != {_MARKERS[w] for w in b & _MARKERS.keys()}:
        return True
    la, lb = _levels(a), _levels(b)
    return bool(la and lb and la != lb)  # two levels of a building


def _other_days(days: dict[tuple[str, int], set[str]], a: Figure, b: Figure) -> bool:
    """The two times' sentences name days and no day of one is a day of the other
    ('shortly after 11am on Friday' vs 'by about 10am on Sunday')."""
    da, db = days.get((a.report, a.sentence)), days.get((b.report, b.sentence))
    return bool(da and db and not da & db)


def time_clashes(comparison: Comparison, figures: Sequence[Figure],
                 where: GroupIndex, near: Neighbours
                 ) -> list[tuple[list[Figure], set[int]]]:
    """Times of day told for one fact that cannot be one moment: for each set of aligned
    sentences (a group's, or two nearest sentences') whose reports give one time each,
    the times told and the ids of those that clash with another."""
    read: dict[tuple[str, int], list[tuple[Figure, list[Window], bool]]] = defaultdict(list)
    count: dict[tuple[str, int], int] = defaultdict(int)
    for f in figures:
        if f.kind != "time":
            continue
        count[(f.report, f.sentence)] += 1
        got = windows(comparison, f)
        if got is not None:
            read[(f.report, f.sentence)].append((f, *got))
    sole = {at: items[0] for at, items in read.items() if len(items) == 1 and count[at] == 1
            and not _TWO_MOMENTS.search(comparison.sentence_text(*at))}
    frames = {id(item[0]): frame(comparison, item[0]) for item in sole.values()}
    days: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in figures:
        day = f.value if isinstance(f.value, str) else (f.weekday or "").lower()
        if f.kind == "date" and day:
            days[(f.report, f.sentence)].add(day)
    sets: list[dict[str, tuple[Figure, list[Window], bool]]] = []
    for g in comparison.groups:
        per_report = {}
        for m in g.members:
            found = [sole[(m.report, s)] for s in m.sentences if (m.report, s) in sole]
            told = sum(count[(m.report, s)] for s in m.sentences)
            if len(found) == 1 and told == 1:
                per_report[m.report] = found[0]
        if len(per_report) >= 2:
            sets.append(per_report)
    for a, b in near:
        if a in sole and b in sole and not set(where.get(a, ())) & set(where.get(b, ())):
            sets.append({a[0]: sole[a], b[0]: sole[b]})
    out: list[tuple[list[Figure], set[int]]] = []
    seen: set[frozenset[int]] = set()
    for per_report in sets:
        items = list(per_report.values())
        clash = {id(x[0]) for x in items for y in items
                 if x[0].report != y[0].report and x[2] == y[2] and _apart(x[1], y[1])
                 and not _other_days(days, x[0], y[0])
                 and _one_moment(frames[id(x[0])], frames[id(y[0])])}
        ids = frozenset(id(x[0]) for x in items)
        if clash and ids not in seen:
            seen.add(ids)
            out.append((sorted((x[0] for x in items), key=lambda f: f.report), clash))
    events = _event_sets(comparison, figures, sole)
    # pairs read above as one moment, or set apart as two, are left to that reading; not
    # those whose words tell nothing alike ('The fire broke out at 2am' vs 'The blaze
    # started at 4.30am')
    compared = {frozenset((id(x[0]), id(y[0]))) for per_report in sets
                for x in per_report.values() for y in per_report.values()
                if _share_word(frames[id(x[0])], frames[id(y[0])])
                or _set_apart(frames[id(x[0])], frames[id(y[0])])} if events else set()
    for items, apart in events:
        left = compared | apart
        clash = {id(x[0]) for x in items for y in items
                 if x[0].report != y[0].report and x[2] == y[2] and _apart(x[1], y[1])
                 and not _other_days(days, x[0], y[0])
                 and frozenset((id(x[0]), id(y[0]))) not in left}
        if clash:
            out.append((sorted((x[0] for x in items), key=lambda f: f.report), clash))
    return out


def _event_sets(comparison: Comparison, figures: Sequence[Figure],
                sole: dict[tuple[str, int], tuple[Figure, list[Window], bool]]
                ) -> list[tuple[list[tuple[Figure, list[Window], bool]], set[frozenset[int]]]]:
    """The times of the main event (:func:`newsdiff.divergences.event_times.event_of`)
    wherever the reports tell them: for each kind of event and day of publication (reports
    that give none are read as of one day, as files without metadata are), the one time
    each report published that day tells of it (told once, or again at a time
    that may be the same), in a sentence that tells no other time ('The blast tore
    through a former tannery at about 4:40 pm' vs 'The explosion, shortly after 5 pm on
    Tuesday, shook houses'); with the pairs (of figure ids) that tell of two things
    (:func:`_other_things`). A report that tells two times of one kind of event, or
    several such events (:func:`several`: 'A second, smaller blast'), tells two moments,
    and is left out; so is a time told in a named zone ('1.17am UK time')."""
    published = {r.id: r.published_date for r in comparison.reports}
    told: dict[tuple[str, str], list[tuple[tuple[Figure, list[Window], bool] | None,
                                             str | None]]] = defaultdict(list)
    many: dict[str, frozenset[str]] = {}
    for f in figures:
        if f.kind != "time":
            continue
        day = published.get(f.report)
        sentence = comparison.sentence_text(f.report, f.sentence)
        start = comparison.sentences_of(f.report)[f.sentence].start
        event = event_of(sentence, f.start - start, f.end - start,
                         year=None if day is None else day.year)
        text = comparison.report(f.report).text
        if event is None or other_zone(text[f.end:f.end + 20]):
            continue
        if f.report not in many:
            many[f.report] = several(text)
        if event.kind not in many[f.report]:
            item = sole.get((f.report, f.sentence))
            told[(f.report, event.kind)].append(
                (item if item is not None and item[0] is f else None, event.thing))
    by_day: dict[tuple[str, dt.date | None], list[tuple[Figure, list[Window], bool]]] = (
        defaultdict(list))
    things: dict[int, str | None] = {}
    for (report, kind), found in sorted(told.items(), key=lambda kv: kv[0]):
        read = [(x, thing) for x, thing in found if x is not None]
        if len(read) < len(found):
            continue  # a time of the event in a sentence that tells another time
        (f, readings, zone), thing = min(read, key=lambda x: x[0][0].start)
        if any(x[2] != zone or _apart(x[1], readings) for x, _ in read):
            continue  # two moments of one kind of event
        by_day[(kind, published[report])].append((f, readings, zone))
        things[id(f)] = thing
    out = []
    words: dict[str, frozenset[str]] = {}
    for _, items in sorted(by_day.items(), key=lambda kv: kv[0][0]):
        if len(items) < 2:
            continue
        apart = {frozenset((id(x[0]), id(y[0]))) for x in items for y in items
                 if _other_things(comparison, (x[0], things[id(x[0])]),
                                  (y[0], things[id(y[0])]), words)}
        out.append((items, apart))
    return out


def _other_things(comparison: Comparison, a: tuple[Figure, str | None],
                  b: tuple[Figure, str | None], words: dict[str, frozenset[str]]) -> bool:
    """Two times tell of two things: their event verbs' subjects name two ('The roof of
    the town hall collapsed' vs 'A footbridge over the river collapsed'), or one names a
    thing that neither its report's lead (title and first sentence) nor the other report
    names ('A wall collapsed at 11am' in a report that leads with a collapsed apartment
    building, vs 'The collapse happened at 4.10am': a second collapse, of a wall).
    ``words`` keeps each report's words (:func:`thing_words`), read once."""
    (fa, ta), (fb, tb) = a, b
    if ta is not None and tb is not None:
        return ta != tb
    (named, thing), other = ((fa, ta), fb) if ta is not None else ((fb, tb), fa)
    if thing is None:
        return False
    report = comparison.report(named.report)
    lead = f"{report.title or ''} {comparison.sentence_text(named.report, 0)}"
    if other.report not in words:
        words[other.report] = thing_words(comparison.report(other.report).text)
    return thing not in thing_words(lead) and thing not in words[other.report]
