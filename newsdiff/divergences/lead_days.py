"""The day of the main event, as the reports' leads tell it by a bare weekday.

Reports published on one day that name the day of the event in their first sentence by a
weekday alone ('early on Wednesday', 'on Tuesday') speak of one day: when more of them give
one weekday than any other and another report's lead gives an earlier day, that report (or
the others) has the day wrong, even when its lead is not aligned with theirs (it may tell
the event in other words). The other reports' leads are the evidence. A report published
up to six days later whose lead names the event by its day ('the death toll from Monday's
bomb attack') is held, once, to the day that at least two leads of the latest earlier
publication day agree on, when it names an earlier day (a later one may be a later event).

Left alone:

* reports of other publication days (a follow-up's 'on Wednesday' is the next day's news)
  unless they name the event by its day as above, and leads that name two weekdays ('died
  on Monday after a fire on Sunday'), also when one names an event ('Sunday's election');
* a weekday that is not when the lead's event happened: when something was said ('the
  ministry said in a statement on Wednesday', 'Police on Monday confirmed'), a start or a
  limit ('since Friday', 'as of Sunday', 'fighting that began on Thursday'), a relative
  clause ('the festival, which opened on Saturday'), another time zone ('Washington
  time'), a scheduled event named by its day ('Sunday's vote', 'a knife-edge run-off on
  Sunday');
* a lead's day later than the others' ('The director resigned on Wednesday, a day after
  the deaths'): a new development, not another day for the same event;
* no single most common weekday (one report against one, two against two);
* the hours around midnight: 'late on Tuesday' or 'at 11.45 p.m. on Tuesday' and 'early on
  Wednesday' may be one night, so neighbouring weekdays are not compared when the earlier
  one is told late and the later one early; and a dateline's weekday ('LOS ANGELES,
  Sunday - '), the day the story was filed.

Most of these were found by a stress test of realistic same-day leads written for it
(2026-12-03; tests/test_lead_days.py keeps them), so they are in-sample: a lead whose
earlier day is a cause told otherwise than 'has since ...' stays out of reach.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsdiff.claims.dates import WEEKDAYS, written_day
from newsdiff.claims.speakers import SPEECH_VERBS
from newsdiff.models import Comparison, Figure

#: words that put a day's event near its end ('late on Tuesday', 'Tuesday night', '11.45
#: p.m. on Tuesday') ...
_LATE = re.compile(r"\b(?:late|night|evening|overnight|midnight|(?:9|10|11)(?:[.:]\d\d)?\s*"
                   r"p\.?\s*m\b)", re.IGNORECASE)
#: ... and at its start ('early on Wednesday', 'in the small hours of Wednesday')
_EARLY = re.compile(r"\b(?:early|small\s+hours|overnight|dawn|midnight|[1-5](?:[.:]\d\d)?\s*"
                    r"a\.?\s*m\b)", re.IGNORECASE)
#: words before a weekday that make it no day of the lead's event: a start or a limit, a
#: relative clause, speaking ('in a statement on', 'a news conference on')
_NOT_THE_EVENT = re.compile(r"\b(?:since|until|till|as\s+of|began|begun|"
                            r"started|opened|which|that|who|whose|statement|conference|"
                            r"interview|briefing)\b[^,;.]*$", re.IGNORECASE)
#: another time zone told with the weekday ('Saturday afternoon, Washington time')
_TIME_ZONE = re.compile(r"[^.;]{0,30}?\b(?:time|GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET)\b")
#: an event held on a day named by it ('Sunday's presidential election'), whose day the news
#: of its outcome need not share ('Tuesday's morning rush hour', 'Monday's blast' are the
#: day of the lead's own event)
_HELD = (r"(?:election|vote|poll|polls|referendum|ballot|run-?off|primary|caucus|match|game|"
         r"final|race|summit|meeting|talks|debate|hearing|session|speech|address|budget)")
_SCHEDULED = re.compile(rf"['\u2019]s\s+(?:[a-z-]+\s+)?{_HELD}\b")
#: ... or a vote told before it, after a word that sets the lead's news beside it ('after a
#: knife-edge run-off on Sunday', 'in the election held on Sunday'; not 'won the run-off on
#: Saturday', 'a bomb exploded at a football match on Saturday')
_SCHEDULED_ON = re.compile(r"\b(?:after|following|in|since)\s+(?:a|an|the|its|their|this|"
                           r"last)\s+(?:[a-z-]+\s+){0,2}(?:election|vote|poll|polls|referendum|"
                           r"ballot|run-?off|primary|caucus)\s+(?:(?:held|staged)\s+)?on\s+$")
#: a dateline's weekday ('LOS ANGELES, Sunday - ...'): when the story was filed
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'/-]+,\s*$")
#: 'injured on Saturday ..., and has since died': the weekday is the cause's day
_SINCE_DONE = re.compile(r"\b(?:has|have|had)\s+since\b")
#: how many characters around a weekday are read for those words
_AROUND = 25
#: a word of the text
_WORD = re.compile(r"[A-Za-z]+")


def lead_day_clashes(comparison: Comparison, figures: Sequence[Figure]
                     ) -> list[tuple[dt.date, list[Figure], list[Figure]]]:
    """(publication day, the odd leads' weekdays, the most common one's) for each day on
    which the reports' leads give the event's day by different weekdays."""
    out: list[tuple[dt.date, list[Figure], list[Figure]]] = []
    for day, leads in sorted(_leads_by_day(comparison, _lead_weekdays(figures)).items()):
        agreeing = _most_told(leads)
        if agreeing is None:
            continue
        odd = [f for f in leads if f.weekday != agreeing[0].weekday
               and str(f.value) < str(agreeing[0].value)
               and not any(_one_night(comparison, f, g) for g in agreeing)]
        if odd:
            out.append((day, odd, agreeing))
    return out


def follow_up_clashes(comparison: Comparison, figures: Sequence[Figure]
                      ) -> list[tuple[dt.date, Figure, list[Figure]]]:
    """(publication day, the follow-up's weekday, the leads that agree) for each later
    report whose lead names the event by its day ('The death toll from Monday's bomb
    attack has risen to 16', published the day after leads that say 'on Tuesday') when
    that day, read back from its own publication date, is earlier than the one that most
    leads of the latest earlier day give (at least :data:`_LEAST_AGREEING` of them, more
    than give any other weekday); a later day may be a later event."""
    in_lead = _lead_weekdays(figures)
    agreed: dict[dt.date, list[Figure]] = {}
    for day, leads in sorted(_leads_by_day(comparison, in_lead).items()):
        agreeing = _most_told(leads)
        if agreeing is not None and len(agreeing) >= _LEAST_AGREEING:
            agreed[day] = agreeing
    out: list[tuple[dt.date, Figure, list[Figure]]] = []
    for report, told in sorted(in_lead.items()):
        published = comparison.report(report).published_date
        # held to the latest earlier day whose leads agree, once
        days = [d for d in agreed if published and d < published <= d + _FOLLOW_UP]
        if not days:
            continue
        day = max(days)
        agreeing = agreed[day]
        text = comparison.report(report).text
        named = [f for f in told if _EVENT_BY_DAY.match(text, f.end)
                 and _SCHEDULED.match(text, f.end) is None]
        # a day after the agreed one may be a later event ('Wednesday's attack on a
        # checkpoint' after Tuesday's bombing): only an earlier day is told
        if len(named) == 1 and str(named[0].value) < str(agreeing[0].value) and not any(
                _one_night(comparison, named[0], g) for g in agreeing):
            out.append((day, named[0], agreeing))
    return out


#: the event named by its day in a later report's lead: "Monday's bomb attack"
_EVENT_BY_DAY = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:attack|attacks|bomb|bombing|bombings|blast|explosion|"
    r"crash|collision|derailment|fire|blaze|shooting|stabbing|raid|ambush|quake|earthquake|"
    r"storm|flood|floods|flooding|landslide|avalanche|collapse|sinking|riot|riots|clashes|"
    r"massacre|killings|assault|strike|strikes|robbery|heist|hijacking|kidnapping|"
    r"abduction|eruption|spill|leak|outage|disaster|tragedy|accident|incident)\b")
#: the fewest leads of one day that must agree on the event's weekday for a follow-up's
#: day to be held to it, and how many days later a follow-up may be published
_LEAST_AGREEING = 2
_FOLLOW_UP = dt.timedelta(days=6)


def _most_told(leads: Sequence[Figure]) -> list[Figure] | None:
    """The leads that give the one most common weekday (None when two tie for it)."""
    counts = Counter(f.weekday for f in leads).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    return [f for f in leads if f.weekday == counts[0][0]]


def _lead_weekdays(figures: Sequence[Figure]) -> dict[str, list[Figure]]:
    """Each report's bare weekdays in its first sentence."""
    in_lead: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind == "date" and f.sentence == 0 and f.weekday and isinstance(f.value, str) \
                and not written_day(f.text):
            in_lead[f.report].append(f)
    return in_lead


def _leads_by_day(comparison: Comparison, in_lead: dict[str, list[Figure]]
                  ) -> dict[dt.date, list[Figure]]:
    """The leads that name their event's day by one weekday, by publication day."""
    by_day: dict[dt.date, list[Figure]] = defaultdict(list)
    for report, told in sorted(in_lead.items()):
        published = comparison.report(report).published_date
        if published and len({f.weekday for f in told}) == 1 and _of_the_event(
                comparison, told[0]):
            by_day[published].append(told[0])
    return by_day


def _of_the_event(comparison: Comparison, f: Figure) -> bool:
    """Whether a lead's weekday may tell when its event happened (see the module's
    docstring for what it may not)."""
    text = comparison.report(f.report).text
    sentence = comparison.sentences_of(f.report)[f.sentence]
    before = text[sentence.start:f.start]
    # the words of its clause right before and after it ('the ministry said on', 'on
    # Monday confirmed'; not ', police said' after the whole lead)
    clause_before = re.split(r"[,;:]", before)[-1]
    clause_after = re.split(r"[,;:.]", text[f.end:sentence.end])[0]
    near = [w.lower() for w in _WORD.findall(clause_before)[-3:]] + [
        w.lower() for w in _WORD.findall(clause_after)[:2]]
    return not (any(w in SPEECH_VERBS for w in near)  # 'Police on Monday confirmed'
                or _NOT_THE_EVENT.search(before) is not None
                or _TIME_ZONE.match(text, f.end) is not None
                or _DATELINE.match(before) is not None
                or _SINCE_DONE.search(text[f.end:sentence.end]) is not None
                or _SCHEDULED.match(text, f.end) is not None
                or _SCHEDULED_ON.search(before) is not None)


def _one_night(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether two neighbouring weekdays may be one night: the earlier told as late."""
    ia, ib = WEEKDAYS.index(a.weekday or ""), WEEKDAYS.index(b.weekday or "")
    if (ia - ib) % 7 == 1:
        earlier = b
    elif (ib - ia) % 7 == 1:
        earlier = a
    else:
        return False
    later = b if earlier is a else a

    def around(f: Figure) -> str:
        text = comparison.report(f.report).text
        return text[max(0, f.start - _AROUND):f.end + _AROUND]

    return _LATE.search(around(earlier)) is not None and \
        _EARLY.search(around(later)) is not None
