"""The day of the main event, as the reports' leads tell it by a bare weekday.

Reports published on one day that name the day of the event in their first sentence by a
weekday alone ('early on Wednesday', 'on Tuesday') speak of one day: when more of them give
one weekday than any other and another report's lead gives an earlier day, that report (or
the others) has the day wrong, even when its lead is not aligned with theirs (it may tell
the event in other words). The other reports' leads are the evidence.

Left alone:

* reports of other publication days (a follow-up's 'on Wednesday' is the next day's news),
  and leads that name two weekdays ('died on Monday after a fire on Sunday');
* a weekday when something was said ('the ministry said on Wednesday'), not done;
* a lead's day later than the others' ('The director resigned on Wednesday, a day after
  the deaths'): a new development, not another day for the same event;
* no single most common weekday (one report against one, two against two);
* the hours around midnight: 'late on Tuesday' and 'early on Wednesday' may be one night,
  so neighbouring weekdays are not compared when the earlier one is told as late, at
  night, in the evening or overnight.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsdiff.claims.dates import WEEKDAYS
from newsdiff.claims.speakers import SPEECH_VERBS
from newsdiff.models import Comparison, Figure

#: words that put a day's event near its end ('late on Tuesday', 'Tuesday night')
_LATE = re.compile(r"\b(?:late|night|evening|overnight|midnight)\b", re.IGNORECASE)
#: how many characters around a weekday are read for those words
_AROUND = 25
#: a word of the text
_WORD = re.compile(r"[A-Za-z]+")


def lead_day_clashes(comparison: Comparison, figures: Sequence[Figure]
                     ) -> list[tuple[dt.date, list[Figure], list[Figure]]]:
    """(publication day, the odd leads' weekdays, the most common one's) for each day on
    which the reports' leads give the event's day by different weekdays."""
    in_lead: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind == "date" and f.sentence == 0 and f.weekday and isinstance(f.value, str) \
                and not any(ch.isdigit() for ch in f.text) and not _said_on(comparison, f):
            in_lead[f.report].append(f)
    by_day: dict[dt.date, list[Figure]] = defaultdict(list)
    for report, told in sorted(in_lead.items()):
        published = comparison.report(report).published_date
        if published and len({f.weekday for f in told}) == 1:
            by_day[published].append(told[0])
    out: list[tuple[dt.date, list[Figure], list[Figure]]] = []
    for day, leads in sorted(by_day.items()):
        counts = Counter(f.weekday for f in leads).most_common()
        if len(counts) < 2 or counts[0][1] == counts[1][1]:
            continue
        major = counts[0][0]
        agreeing = [f for f in leads if f.weekday == major]
        odd = [f for f in leads if f.weekday != major and str(f.value) < str(agreeing[0].value)
               and not any(_one_night(comparison, f, g) for g in agreeing)]
        if odd:
            out.append((day, odd, agreeing))
    return out


def _said_on(comparison: Comparison, f: Figure) -> bool:
    """Whether the weekday tells when something was said ('said on Wednesday', 'told
    reporters on Wednesday')."""
    text = comparison.report(f.report).text
    before = [w.lower() for w in _WORD.findall(text[max(0, f.start - 40):f.start])[-3:]]
    return before[-1:] == ["on"] and any(w in SPEECH_VERBS for w in before[:-1])


def _one_night(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether two neighbouring weekdays may be one night: the earlier told as late."""
    ia, ib = WEEKDAYS.index(a.weekday or ""), WEEKDAYS.index(b.weekday or "")
    if (ia - ib) % 7 == 1:
        earlier = b
    elif (ib - ia) % 7 == 1:
        earlier = a
    else:
        return False
    text = comparison.report(earlier.report).text
    near = text[max(0, earlier.start - _AROUND):earlier.end + _AROUND]
    return _LATE.search(near) is not None
