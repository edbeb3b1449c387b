"""Dates and times of day in a sentence, resolved against the publication date.

Absolute dates ("January 7, 2026", "7 Jan", "Jan. 7", "2026-01-07", "January 2026", "the
seventh of January") are parsed with ``python-dateutil``; a missing year is the one that
puts the date closest to the publication date.  Relative dates ("on Sunday", "yesterday",
"last week") resolve against the publication date when it is known: a bare weekday means
the latest such day on or before publication (news is written in the past tense), "next
Sunday" the first after, and a weekday told after a future word in its clause ("will meet
on Thursday", "is due to appear on Monday") the first such day on or after publication.
The weekday written in the text is kept, so a wrong one can be reported.

>>> import datetime as dt
>>> [(d.text, d.value, d.weekday) for d in find_dates(
...     "announced on Tuesday, January 7, 2026, that", dt.date(2026, 1, 8))]
[('Tuesday, January 7, 2026', '2026-01-07', 'Tuesday')]
>>> [(d.text, d.value) for d in find_dates("said on Sunday", dt.date(2026, 1, 7))]
[('Sunday', '2026-01-04')]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FULL_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
                "November|December")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_WD = "|".join(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: a year as written in news (1800-2099)
YEAR = r"(?:1[89]\d\d|20\d\d)"
#: days of the month in words, read only as 'the third of March' (not 'a third of March's
#: rainfall', nor 'the Fourth of July' fireworks, a holiday's name)
_DAY_WORDS = {w: k for k, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=1)}
_DAY_WORDS |= {f"twenty-{w}": 20 + k for w, k in _DAY_WORDS.items() if k < 10}
_DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31}
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_DATE = re.compile(
    rf"(?:(?P<wd>{_WD}),?\s+(?:the\s+)?)?"
    rf"(?:(?P<md>(?:{_MONTHS})\.?\s+(?:the\s+)?{_DAY}(?!\d))(?:,?\s+(?P<y1>{YEAR}))?"
    rf"|(?P<dm>(?:{_DAY}\s+(?:of\s+)?|(?<=\bthe\s)(?-i:{_DAY_WORD})\s+of\s+)(?:{_MONTHS})\b"
    rf"\.?(?![.\s]*\d{{1,2}}\b)(?!['\u2019]s))"
    rf"(?:,?\s+(?P<y2>{YEAR}))?"
    rf"|(?P<iso>{YEAR}-[01]\d-[0-3]\d)"
    rf"|(?P<my>(?:{_MONTHS})\.?\s+(?:of\s+)?{YEAR}))\b"
)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|by|since|until|from|through|last|next|this|that|early|late|mid-?|of|"
    rf"before|after|during)\s+(?P<m>{FULL_MONTHS})\b(?!\s*\d)")
_NAMED_DAY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
#: a newspaper or programme named after its day ('the Sunday Times')
_TITLE_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Mail|"
                          r"People|Star|Sport|Tribune|Observer|World|Business|Review|"
                          r"Magazine|Edition)\b")
_DAY_NAMES = {"Super", "Bloody", "Black", "Good", "Ash", "Palm", "Easter", "Cyber", "Holy",
              "Shrove", "Maundy", "Giving", "Patriots", "Mardi"}
_NOT_NAME = {"On", "By", "Since", "Until", "From", "Before", "After", "Early", "Late", "Last",
             "Next", "This", "And", "But", "Or", "Then", "Through"}
_RELATIVE = re.compile(
    rf"\b(?:(?P<rel>yesterday|today|tomorrow|tonight|last night)"
    rf"(?:\s*[,(]\s*(?P<wd2>{_WD})\)?)?"
    rf"|(?P<period>(?:last|this|next|past) (?:week|month|year|weekend))"
    rf"|(?:(?P<mod>last|next|this|on|by|since|until|from|before|after|early|late)\s+)?"
    rf"(?P<wd>{_WD})(?:\s+(?P<part>morning|afternoon|evening|night))?)(?!\w)"
)
#: a time of day in words: 'ten past eight', 'half past nine', "eleven o'clock"; 'twenty to
#: four' only after a word that places a moment ('at', 'about', 'until' ...): 'five to
#: seven people' is a range
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTES_WORD = r"(?:twenty-five|twenty five|twenty|ten|five|(?:a\s+)?quarter)"
WORDED_TIME = (
    rf"\b(?:{_MINUTES_WORD}|half)\s+past\s+(?:{_HOUR_WORD}|midnight|noon)\b"
    r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in (
        "at", "about", "around", "after", "before", "until", "till", "by")) + ")"
    rf"{_MINUTES_WORD}\s+to\s+"
    rf"(?:{_HOUR_WORD}|midnight|noon)\b(?!\s*(?:[a-z]+s\b|per\b|percent\b|of\b|%))"
    rf"|\b{_HOUR_WORD}\s+o['\u2019]clock\b")
_TIME = re.compile(
    WORDED_TIME + r"|"
    r"(?<![\w:.])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b)"
    r"|(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:.]\d)|\b(?:noon|midnight)\b"
    # a time with a dot and no a.m./p.m., told with its part of the day ('at 9.20 in the
    # morning', 'at 11.20 last night'): not a price ('closed at 10.30 on Friday')
    r"|(?<=\bat )(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)"
    r"|last\s+night|this\s+(?:morning|afternoon|evening)|tonight|local\s+time)\b)",
    re.IGNORECASE,
)

#: what every match of _DATE holds (a day or a year) and of _TIME (a digit, 'past',
#: 'o'clock', 'to' before an hour word, noon, midnight): a sentence without it has none,
#: and this is found far faster than the two patterns fail
_DATE_HINT = re.compile(r"[0-9]|(?:st|nd|rd|th)\s+of\s+[A-Z]")
_TIME_HINT = re.compile(rf"[0-9]|past|clock|noon|midnight|\bto\s+{_HOUR_WORD}", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date or time of day in one sentence (offsets into the sentence)."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str  # "date" or "time"
    weekday: str | None = None
    relative: str | None = None


def find_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Dates and times of day in ``sentence``, left to right, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _DATE.finditer(sentence) if _DATE_HINT.search(sentence) else ():
        value = _absolute(m, published)
        start, end, year = _days_around(sentence, m)
        if not free(start, end):
            start, end, year = m.start(), m.end(), None  # 'January 30 to 2 March'
        dated = _DATE.match(f"{m.group('md')} {year}") if year is not None else None
        if dated is not None:  # 'March 14-15, 2024': the span's year
            value = _absolute(dated, published) or value
        told = _WHICH_YEAR_AFTER.match(sentence, end)
        if told and published is not None and value and not (
                m.group("y1") or m.group("y2") or year):
            # 'on March 8 last year': that year's day, whatever day is nearer publication
            shift = {"last": -1, "this": 0, "next": 1}[told.group(1).lower()]
            with contextlib.suppress(ValueError):  # (no 29 February that year)
                value = dt.date.fromisoformat(value).replace(
                    year=published.year + shift).isoformat()
        found.append(DateMention(start, end, sentence[start:end], value, "date",
                                 weekday=m.group("wd")))
        taken.append((start, end))
    for m in _RELATIVE.finditer(sentence):
        start = m.start("wd") if m.group("wd") and m.group("mod") in {None, "on", "by",
                                                                        "since", "until",
                                                                        "from", "before",
                                                                        "after", "early",
                                                                        "late"} else m.start()
        if not free(start, m.end()):
            continue
        if m.group("wd") and not m.group("mod"):
            named = _NAMED_DAY_BEFORE.search(sentence[:start])
            if named and (named.group(1) in _DAY_NAMES or (
                    named.group(1) not in _NOT_NAME
                    and re.search(r"[A-Z][\w.]*\s+$", sentence[:named.start()]))):
                continue  # "Fox News Sunday", "Super Tuesday": names, not dates
            if re.search(r"\b(?:every|each)\s+$", sentence[:start], re.I):
                continue  # habitual, not a date
        if m.group("wd") and (_TITLE_AFTER.match(sentence, m.end()) or re.search(
                r"\bMail\s+on\s+$", sentence[:start])):
            continue  # "the Sunday Times", "the Mail on Sunday" are names too
        text = sentence[start:m.end()]
        value = _relative(m, published, ahead=_ahead(sentence, start))
        found.append(DateMention(start, m.end(), text, value, "date",
                                 weekday=m.group("wd") or m.group("wd2"),
                                 relative=(m.group("rel") or m.group("period")
                                           or m.group("mod") or "on").lower()))
        taken.append((start, m.end()))
    for m in _MONTH_ONLY.finditer(sentence):
        if free(m.start("m"), m.end("m")):
            found.append(DateMention(m.start("m"), m.end("m"), m.group("m"),
                                     _month_only(m.group("m"), published), "date"))
            taken.append((m.start("m"), m.end("m")))
    for m in _TIME.finditer(sentence) if _TIME_HINT.search(sentence) else ():
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), m.group(0), m.group(0).lower(), "time"))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


#: the first day of a span told before its last ('14 and 15 March', 'from 6 to 12 July',
#: '14-15 March') and the last told after its first ('March 14-15', 'March 14 and 15, 2024';
#: a dash with no space around it: not 'On March 14 - 15 days after the flood'; no count
#: after it: not 'August 6 to 56,300', 'March 14-15 people')
_JOIN = r"(?:\s+(?P<join>and|or|to|through)\s+|[-\u2013])"
_FIRST_DAY_BEFORE = re.compile(rf"(?<![\d,.])(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?{_JOIN}$")
_LAST_DAY_AFTER = re.compile(
    rf"{_JOIN}(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\b"
    r"(?!\d|[,.]\d|%|\s*per\b|\s+(?:[a-z]+s|people|men|women|children)\b)"
    rf"(?:,?\s+(?P<year>{YEAR}))?")
_SPAN_OF_DAYS = re.compile(
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through)\s+|[-\u2013])(?P<d2>\d{1,2})"
    rf"|(?:{_MONTHS})\.?\s+(?P<m1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through)\s+|"
    r"[-\u2013])(?P<m2>\d{1,2})")


def _days_around(sentence: str, m: re.Match[str]) -> tuple[int, int, str | None]:
    """Where a date told as a span of days starts and ends, and the year told after it:
    '14 and 15 March' and 'March 14-15, 2024' are one mention (no count of 14, no second
    date), read as the day the match names; :func:`day_span` gives the span's days. Two
    days joined by 'and' or 'or' are a span only when they follow each other or 'between'
    opens them ('on 3 and 17 March' are two days; 'between 2 and 13 October' is a span);
    the first day comes before the last ('January 30 to 2 March' is no span)."""
    start, end = m.start(), m.end()
    if m.group("dm") and not m.group("wd"):
        before = _FIRST_DAY_BEFORE.search(sentence, 0, start)
        last = re.match(r"\d+", m.group("dm"))  # (a day in words is never a span's end)
        if before is not None and last is not None and _span(
                sentence, before, int(before.group("day")), int(last.group(0))):
            start = before.start()
    elif m.group("md") and not m.group("y1") and not m.group("wd"):
        after = _LAST_DAY_AFTER.match(sentence, end)
        first = re.search(r"\d+", m.group("md"))
        if after is not None and first is not None and _span(
                sentence, after, int(first.group(0)), int(after.group("day")), at=start):
            return start, after.end(), after.group("year")
    return start, end, None


def _span(sentence: str, join: re.Match[str], first: int, last: int, *,
          at: int | None = None) -> bool:
    """Whether two days joined by ``join`` make a span (see :func:`_days_around`); ``at``
    is where the span starts, when not at ``join``."""
    opening = join.start() if at is None else at
    return first < last and (join.group("join") not in {"and", "or"} or first + 1 == last
                             or re.search(r"\bbetween\s+$", sentence[:opening], re.I)
                             is not None)


def day_span(text: str) -> tuple[int, int] | None:
    """The first and last day of a date told as a span of days ('14 and 15 March', 'March
    14-15'), which agrees with any day in it; None for one day.

    >>> day_span("14 and 15 March"), day_span("March 14-15"), day_span("2026-03-14")
    ((14, 15), (14, 15), None)
    """
    m = _SPAN_OF_DAYS.match(text)
    if m is None:
        return None
    first, last = int(m.group("d1") or m.group("m1")), int(m.group("d2") or m.group("m2"))
    return (first, last) if first < last else None


def written_day(text: str) -> bool:
    """Whether a date's text names its day of the month, in digits or in words ('7 Jan',
    'the third of March'), rather than a bare weekday or a relative day.

    >>> written_day("third of March"), written_day("Tuesday"), written_day("Jan. 7")
    (True, False, True)
    """
    return any(ch.isdigit() for ch in text) or _WRITTEN_DAY.match(text) is not None


def written_year(text: str) -> bool:
    """Whether a date's text gives its year in digits ('18 October 2026'; not '18 October',
    whose year is guessed from the publication date).

    >>> written_year("18 October 2026"), written_year("18 October")
    (True, False)
    """
    return re.search(r"\d{4}", text) is not None


_WRITTEN_DAY = re.compile(rf"(?:(?:{_WD}),?\s+(?:the\s+)?)?(?:{_DAY_WORD})\s+of\s+")
#: a day in words inside a matched date, to be written as its number for dateutil
_DAY_IN_WORDS = re.compile(rf"\b(?:{_DAY_WORD})\b", re.IGNORECASE)


#: the year a day without one is told in, right after it ('on March 8 last year'; not 'On
#: March 8, last year's champion crashed')
_WHICH_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b(?!['\u2019]s)",
                               re.IGNORECASE)


def _absolute(m: re.Match[str], published: dt.date | None) -> str | None:
    if m.group("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso")).isoformat()
        except ValueError:
            return None
    if m.group("my"):
        try:
            d = date_parser.parse(m.group("my"), default=dt.datetime(2000, 1, 1))
        except (ValueError, OverflowError):
            return None
        return f"{d.year:04d}-{d.month:02d}"
    body = m.group("md") or m.group("dm") or ""
    body = re.sub(r"\b(?:of|the)\b", " ", body)
    body = _DAY_IN_WORDS.sub(lambda w: str(_DAY_WORDS[w.group(0).lower()]), body)
    year = m.group("y1") or m.group("y2")
    try:
        if year:
            return str(date_parser.parse(f"{body} {year}").date().isoformat())
        if published is None:
            d = date_parser.parse(body, default=dt.datetime(2000, 1, 1))
            return f"--{d.month:02d}-{d.day:02d}"
        cands: list[dt.date] = []
        for y in (published.year - 1, published.year, published.year + 1):
            try:
                cands.append(date_parser.parse(body, default=dt.datetime(y, 1, 1)).date())
            except ValueError:
                continue
        # news looks back up to about a year and ahead a few weeks; a stated weekday picks
        # among the years that fit ("Friday, Sept. 14" in May 2013 is 2012-09-14)
        window = [c for c in cands if -330 <= (c - published).days <= 45] or cands
        weekday = m.group("wd")
        fitting = [c for c in window if weekday and WEEKDAYS[c.weekday()] == weekday]
        pool = fitting or window
        best = min(pool, key=lambda c: abs((c - published).days), default=None)
        return best.isoformat() if best else None
    except (ValueError, OverflowError):
        return None


def _month_only(name: str, published: dt.date | None) -> str:
    """'September' -> the closest such month to publication ('2026-09'), or '--09'."""
    month = date_parser.parse(name, default=dt.datetime(2000, 1, 1)).month
    if published is None:
        return f"--{month:02d}"
    years = (published.year - 1, published.year, published.year + 1)
    year = min(years, key=lambda y: abs((y - published.year) * 12 + month - published.month))
    return f"{year:04d}-{month:02d}"


#: words that put what a clause tells after the time of writing ('will sail on Friday',
#: 'expected to make landfall on Thursday', 'would be flown out on Wednesday')
_AHEAD = re.compile(r"\b(?:will|would|shall|(?:due|set|expected|scheduled|poised|forecast|"
                    r"likely|planning|plans?|going)\s+to)\b|\w['\u2019]ll\b", re.IGNORECASE)
#: ... not as a noun ('the billionaire's will', 'the council's plans to'), a past plan or
#: expectation ('was expected to', 'had planned to'), a cause ('due to a waterlogged
#: pitch') or a narrative's 'would later'
_NOT_AHEAD_BEFORE = re.compile(r"(?:['\u2019]s|\b(?:the|his|her|its|their|our|was|were|had|"
                               r"had\s+been|was\s+being))\s+$", re.IGNORECASE)
_NOT_AHEAD_AFTER = re.compile(r"\s+(?:later|have|often|never|usually|sometimes|always)\b",
                              re.IGNORECASE)
_CAUSE_AFTER = re.compile(r"\s+(?:a|an|the|his|her|its|their|this|that|heavy|bad|poor|\w+ing)\b",
                          re.IGNORECASE)
#: ... and words after them that tell a past act again ('... will rise, she said on Monday')
_TOLD_AGAIN = re.compile(r"\b(?:said|says|told|announced|confirmed|added|warned|stated|"
                         r"wrote|reported|declared|revealed|insisted|who|which|that)\b"
                         r"|[,;:(\"\u201c\u201d\u2013\u2014]", re.IGNORECASE)
#: a past participle after them that is no passive or state of the time to come ('the
#: investigation the regulator opened on Monday', 'the offer made by management on
#: Tuesday'; not 'will be held', 'would stay closed')
_PAST_AFTER = re.compile(r"\b(?P<before>\w+)\s+(?:\w+ed|made|held|given|taken|sent|paid|put|"
                         r"won|lost|struck|agreed|signed|reached|brought|bought|told|set)\s+"
                         r"(?:on|with|in|at|by)\b", re.IGNORECASE)
_STILL_AHEAD = frozenset({"be", "been", "being", "stay", "stays", "remain", "remains", "get",
                          "is", "are", "to"})


def _ahead(sentence: str, start: int) -> bool:
    """Whether a bare weekday at ``start`` is told of a day to come: a future word stands
    before it in its clause, with no telling verb or break between ('Teodora is expected
    to make landfall on Thursday' read on the Tuesday before; not 'fares will rise, the
    minister said on Monday', 'the offer made by management on Tuesday', 'postponed due
    to a waterlogged pitch on Saturday', 'was going to fly home on Sunday', 'The
    billionaire's will was read on Tuesday')."""
    before = sentence[:start]
    last = max(_AHEAD.finditer(before), key=lambda m: m.start(), default=None)
    if last is None or _NOT_AHEAD_BEFORE.search(before, 0, last.start()) or (
            _NOT_AHEAD_AFTER.match(before, last.end())) or (
            last.group(0).lower().startswith("due") and _CAUSE_AFTER.match(before, last.end())):
        return False
    return not _TOLD_AGAIN.search(before, last.end()) and not any(
        m.group("before").lower() not in _STILL_AHEAD
        for m in _PAST_AFTER.finditer(before, last.end()))


def _relative(m: re.Match[str], published: dt.date | None, *, ahead: bool = False
              ) -> str | None:
    if published is None:
        return None
    rel = (m.group("rel") or "").lower()
    if rel in {"today", "tonight"}:
        return published.isoformat()
    if rel in {"yesterday", "last night"}:
        return (published - dt.timedelta(days=1)).isoformat()
    if rel == "tomorrow":
        return (published + dt.timedelta(days=1)).isoformat()
    period = (m.group("period") or "").lower()
    if period:
        step, unit = period.split()
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[step]
        if unit in {"week", "weekend"}:
            y, w, _ = (published + dt.timedelta(weeks=shift)).isocalendar()
            return f"{y:04d}-W{w:02d}"
        if unit == "month":
            month = published.month - 1 + shift
            return f"{published.year + month // 12:04d}-{month % 12 + 1:02d}"
        return f"{published.year + shift:04d}"
    target = WEEKDAYS.index(m.group("wd"))
    mod = (m.group("mod") or "").lower()
    if mod == "next":
        delta = (target - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=delta)).isoformat()
    if ahead and mod in {"", "on", "by", "until", "from", "early", "late", "this"}:
        # a day to come: the first such day on or after publication
        return (published + dt.timedelta(days=(target - published.weekday()) % 7)).isoformat()
    delta = (published.weekday() - target) % 7
    if mod == "last" and delta == 0:
        delta = 7
    return (published - dt.timedelta(days=delta)).isoformat()


def weekday_of(iso: str) -> str | None:
    """The weekday name of a full ISO date, or None for partial dates."""
    try:
        return WEEKDAYS[dt.date.fromisoformat(iso).weekday()]
    except ValueError:
        return None
