"""Divergences of kind figure: values that disagree across reports or within one.

* ``value`` / ``bound``: figures of the same quantity (:func:`~newsdiff.claims.comparable.
  matches`) in different reports whose intervals do not overlap, compared across the whole
  comparison, not only inside one group (the aligner may put "23 personnel" and "24
  Venezuelans" in different groups) when the figure stands in an event (killed, injured,
  arrested ...); figures without one ("five more countries", "49 percent") are compared
  only between sentences of one group, and not when the two sentences name different
  things (no shared name other than nations: "the Senate plan" vs "the House plan").
  Market snapshots (:func:`~newsdiff.claims.subjects.market_roles`: the change and the
  level of a share, index or yield) are compared only between aligned sentences, never
  between two currencies (two listings), and a rise and a fall of one size disagree.
  Aligned sentences that each state one toll of people compare even when they name the
  victims differently ("10 tourists" vs "11 climbers"; never soldiers vs civilians, and
  the nations must agree).  A figure does not clash with a report that also
  states an agreeing value of the same quantity.  ``bound`` when a bound, approximation or range is
  involved ("at least 55" vs "54"), else ``value``.  Figures of one quantity form one
  divergence listing every report's value.
* dates: aligned sentences that each give one absolute date of one precision, unless the
  two sentences name different things ("On Jan. 10, McCalister ..." vs "On Jan. 1,
  Kilpatrick ...").
* ``internal`` (group ``None``): parts that do not add up to the total a report states
  ("55 soldiers" ... "32 Cubans and 24 Venezuelans"), and a weekday that contradicts its
  date ("Tuesday, January 7, 2026", a Wednesday).
* ``sources``: one report gives two values attributed to different sources ("organisers
  said 1.2 million; police said 240,000"); a divergence of sources, not an error.

Severity grows with the relative difference and is one step higher for tolls (killed,
injured).
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache, partial

from newsdiff.claims.comparable import (
    AMOUNT,
    COMPARED_KINDS,
    SOLE,
    TEMPERATURE_UNITS,
    Key,
    animal_kind,
    base_unit,
    carries_others,
    conflict,
    crew_as_people,
    far_apart,
    interval,
    is_exact,
    is_person_noun,
    key_of,
    matches,
    named_age,
    other_kinds,
    other_people,
    person_name,
    rate,
    singular,
    sums_apart,
    values_within,
)
from newsdiff.claims.dates import (
    FULL_MONTHS,
    WEEKDAYS,
    day_span,
    weekday_of,
    written_day,
    written_year,
)
from newsdiff.claims.figures import CROWD_LIMIT, DURATION_UNITS, PAY_CLAIMS, TIME_TO_VOTE
from newsdiff.claims.nations import demonym_pair, nation_code
from newsdiff.claims.numbers import CHANGED_FROM
from newsdiff.claims.speakers import SPEECH_VERBS, without_possessive
from newsdiff.claims.subjects import (
    EVENTS,
    MARKET_ROLES,
    PERSON_EVENTS,
    STOPWORDS,
    TALLY,
    Token,
    clause_from,
    demonym,
    tokenize,
)
from newsdiff.config import Config
from newsdiff.divergences.event_dates import clashes as act_date_clashes
from newsdiff.divergences.event_dates import message as act_date_message
from newsdiff.divergences.figure_context import place, same_place
from newsdiff.divergences.figure_ordinals import ordinal_clashes
from newsdiff.divergences.figure_sums import (
    AMONG,
    group_lists,
    named_lists,
    near_sums,
    placed_breakdowns,
    stated_changes,
    stated_shares,
)
from newsdiff.divergences.figure_times import shown as shown_time
from newsdiff.divergences.figure_times import time_clashes
from newsdiff.divergences.figure_years import NAMES as YEAR_NAMES
from newsdiff.divergences.figure_years import year_clashes
from newsdiff.divergences.groups import GroupIndex, group_index, main_group
from newsdiff.divergences.lead_days import follow_up_clashes, lead_day_clashes
from newsdiff.divergences.thing_ages import age_clashes, message
from newsdiff.models import Comparison, Divergence, Evidence, Figure, Group, Severity
from newsdiff.neighbours import Neighbours

#: a figure told for the whole world is not one told for a country or a place
_WORLDWIDE = re.compile(r"\b(?:worldwide|globally|world's|around the world|across the world|"
                        r"in the world|world-wide|global total)\b", re.IGNORECASE)
_NATIONWIDE = re.compile(r"\b(?:nationwide|countrywide|across the country)\b", re.IGNORECASE)
#: words that tell a figure for the report's own day ('up 4 percent this morning')
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
_TOLLS = {"killed", "injured", "missing"}
#: Sums a story has one of: the reward or ransom told in two reports is one sum, whatever
#: sentences tell it and whoever is named as paying it.  ('fine' was tried and left out: a
#: review's made-up cases hold the fine sought, the legal maximum, another year's, another
#: firm's or a manager's own fine beside the one imposed)
_ONE_PER_EVENT = {"reward", "ransom"}
_PART = "part"  # the head of a count of a part of a whole ('part of people': nine of the dead)
#: events for which aligned sentences' sole tolls of people are compared (_sole_toll); the
#: two later person events are left out as they were when this rule was measured
_SOLE_TOLL_EVENTS = PERSON_EVENTS - {"still held", "hospitalised"}
_LEVELS: tuple[Severity, ...] = ("low", "medium", "high")


def find(comparison: Comparison, *, config: Config,
         near: Neighbours = frozenset()) -> list[Divergence]:
    """Figure divergences of ``comparison`` with placeholder ids (``""``); the figures of
    sentence pairs in ``near`` (:mod:`newsdiff.neighbours`) are compared as if aligned."""
    figures = sorted(comparison.figures, key=lambda f: (f.report, f.start, f.end))
    keys = {id(f): key_of(f) for f in figures}
    if not carries_others(r.text for r in comparison.reports):
        keys = {i: crew_as_people(k) for i, k in keys.items()}
    keys = _others_than_the_dead(comparison, figures, keys)
    keys, titled = _titled_ages(comparison, figures, keys)
    keys = _given_name_ages(comparison, figures, keys)
    keyed: list[tuple[Figure, Key]] = []
    for f in figures:
        k = keys[id(f)]
        if k is not None and interval(f) is not None:
            keyed.append((f, k))
    keyed = [fk for fk in _unambiguous_ages(comparison, keyed)
             if not _one_part(comparison, fk[0])]
    with_parts = keyed  # '14 adults and 11 children died': the parts the next step drops
    keyed = _without_listed_parts(keyed, comparison)
    keyed += _sole_figures(figures, comparison)
    money = _money_count(figures)
    keyed += _sole_amounts(comparison, figures, keyed, money)
    where = group_index(comparison)
    found: list[Divergence] = []
    named_years = _years(figures)
    past = _past_years(comparison, named_years)
    days = _days(figures)
    found += _across(keyed, where, figures, comparison, money, past,
                     named_years=named_years, days=days, near=near, titled=titled)
    found += _sources(keyed, where, figures, comparison)
    found += _contrasted_sources(comparison, figures, where, found)
    found += _weekdays(figures)
    found += _weekday_clashes(figures, where)
    found += _lead_days(comparison, figures, where, found)
    found += _dates_in_groups(comparison, figures, found)
    found += _times(comparison, figures, where, near)
    found += _years_of_things(comparison, figures, where)
    found += _ages_of_things(comparison, figures, where, found)
    found += _dates_of_acts(comparison, figures, where, found)
    found += _places_in_series(comparison, figures)
    found += _parts_and_totals(keyed, comparison, past)
    found += _listed_over_total(with_parts, comparison, past)
    found += _breakdowns(figures, comparison)
    found += _group_sole(comparison, figures, keys, where, found, near, days=days)
    found += _group_ages(comparison, figures, where, found)
    found += _same_place(comparison, figures, keys, where, found, days=days)
    found += _near_sums(comparison, figures, found)
    found += _named_lists(comparison, figures, found)
    found += _group_lists(comparison, figures, found)
    found += _stated_arithmetic(comparison, figures, found)
    return found


#: titles that name one person in a story's cast ('the 62-year-old president')
_ONE_TITLE = frozenset({"president", "premier", "governor", "mayor", "chancellor",
                        "minister"})
#: ranks that make a title another person's ('Vice President', 'former minister')
_RANKS = frozenset({"vice", "deputy", "acting", "former", "ex", "junior", "assistant"})


def _titled_ages(comparison: Comparison, figures: Sequence[Figure],
                 keys: dict[int, Key | None]) -> tuple[dict[int, Key | None], frozenset[int]]:
    """An age told of a title alone ('the 62-year-old president's 20-car convoy', 'The
    59-year-old minister') is the age of the one person the cluster's reports name with
    that title ('President Dorian Kessaly'): keyed by the surname, as a named age is, so
    it is compared with 'Kessaly, 61'. A title with its portfolio ('the 58-year-old
    Agriculture Minister', or 'agriculture minister' when the cluster names an
    'Agriculture Minister') is the person named with both ('Agriculture Minister Lorens
    Varga'); a plain title ('the Velmoran president' too) is not one named with a rank or
    another office ('Vice President Anna Lorne', 'Prime Minister Oskar Brandt'). When the
    cluster names two people with the title, the one the age's own report names so, if it
    names one and never with a negation ('Defence Minister Ivo Tarn was not on the
    helicopter'). Not an age told after another country's or body's name ("Korvenia's
    49-year-old Agriculture Minister"). Returns the keys and the ids of the ages so keyed."""
    out = dict(keys)
    done: set[int] = set()
    texts = tuple(r.text for r in comparison.reports)
    cast: dict[tuple[str, str], frozenset[str]] = {}

    def surnames_of(title: str, office: str) -> frozenset[str]:
        if (title, office) not in cast:
            cast[(title, office)] = _titled_surnames(texts, title, office)
        return cast[(title, office)]

    for f in figures:
        k = keys[id(f)]
        words = (f.subject or "").split()
        # the possessor's age ('the 62-year-old president's convoy'), else the noun's
        at = next((i for i, w in enumerate(words) if without_possessive(w) != w),
                  len(words) - 1)
        title = without_possessive(words[at]).lower() if words else ""
        text = comparison.report(f.report).text
        if k is None or k.kind != "age" or title not in _ONE_TITLE \
                or (named_age(f) and k.head != title) \
                or _RANKS & {w.lower() for w in words} \
                or _OWNER_BEFORE.search(text, max(0, f.start - 40), f.start):
            continue  # not 'a 66-year-old former minister' (nor 'Minister Varga')
        before = words[at - 1] if at > 0 else ""
        office = before.lower() if before.lower() not in STOPWORDS else ""
        if office and not (before[:1].isupper() and words[at][:1].isupper()) \
                and office not in _OFFICES and not surnames_of(title, office):
            office = ""  # 'the Velmoran president', 'the embattled minister': no portfolio
        surnames = surnames_of(title, office)
        if len(surnames) != 1:  # the report's own, not one it says was not there
            surnames = frozenset(n for n in _titled_surnames((text,), title, office)
                                 if not _negated(comparison, f.report, n))
        if len(surnames) == 1:
            out[id(f)] = Key(f.kind, base_unit(f), None, frozenset(), next(iter(surnames)),
                             frozenset())
            done.add(id(f))
    return out, frozenset(done)


#: words before a title that make another office of it ('Prime Minister')
_OFFICES = frozenset({"prime", "first"})
#: a name's possessive right before an age: another country's or body's officer
_OWNER_BEFORE = re.compile(r"\b[A-Z][\w-]*['\u2019]s\s+$")
#: a sentence that says its person was not there ('was not on the helicopter', 'did not
#: travel'; not 'never stood a chance')
_NOT = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?(?:on|aboard|among|present|there|"
                  r"travel\w*|fly|flying|board\w*|with)\b", re.IGNORECASE)


def _negated(comparison: Comparison, report: str, surname: str) -> bool:
    """Whether a sentence of ``report`` that names ``surname`` says someone was not there
    (:data:`_NOT`)."""
    return any(_NOT.search(text) for s in comparison.sentences_of(report)
               if surname in (text := comparison.sentence_text(report, s.index)).lower())


def _titled_surnames(texts: tuple[str, ...], title: str, office: str) -> frozenset[str]:
    """The surnames ``texts`` name after ``title`` ('President Dorian Kessaly': kessaly),
    with ``office`` the word before it ('Agriculture Minister Lorens Varga'), or, when
    ``office`` is empty, with no rank or other office before it."""
    named = re.compile(rf"(\w+[\s-]+)?\b{title.capitalize()}\s+((?:[A-Z][\w'\u2019-]*\s+)"
                       rf"{{0,2}}[A-Z][\w'\u2019-]*)")
    found = set()
    for text in texts:
        for m in named.finditer(text):
            word = (m.group(1) or "").strip(" -").lower()
            if (word == office) if office else word not in _RANKS | _OFFICES:
                found.add(without_possessive(m.group(2).split()[-1]).lower())
    return frozenset(found)


def _given_name_ages(comparison: Comparison, figures: Sequence[Figure],
                     keys: dict[int, Key | None]) -> dict[int, Key | None]:
    """An age told after a given name alone ('Widow Lila Manchadi's husband Ramesh, 36')
    is the age of the one person the cluster names with that given name ('Ramesh Manchadi,
    a 34-year-old steel fixer'): keyed by the surname, as the full name's age is, when that
    person's age is told within :data:`_AGE_NEAR` years of it (else they are two people:
    a daughter Lena, 7, and a nurse Lena Marsh, 34). Not when the cluster names two people
    with the given name, nor when it tells the word after another capitalised one ('Mr
    Varga', 'Lorens Varga': a surname), nor after a word of kin when the sentence does not
    name the surname ('her husband Ramesh' of Sunita Rao is no Ramesh Patel)."""
    out = dict(keys)
    texts = [r.text for r in comparison.reports]
    named_ages: dict[str, list[float]] = defaultdict(list)
    for f in figures:
        k = keys[id(f)]
        if k is not None and k.kind == "age" and named_age(f) and len(person_name(f)) > 1 \
                and isinstance(f.value, float):
            named_ages[k.head].append(f.value)
    for f in figures:
        k, words = keys[id(f)], person_name(f)
        if k is None or k.kind != "age" or not named_age(f) or len(words) != 1 \
                or not isinstance(f.value, float):
            continue
        age = f.value
        given = re.escape(without_possessive(words[0]))
        if any(re.search(rf"\b[A-Z][\w'\u2019-]*\s+{given}\b", t) for t in texts):
            continue
        surnames = {without_possessive(m.group(1)).lower() for t in texts
                    for m in re.finditer(rf"\b{given}\s+([A-Z][\w'\u2019-]*)", t)}
        if len(surnames) != 1:
            continue
        (surname,) = surnames
        sentence = comparison.sentence_text(f.report, f.sentence)
        text = comparison.report(f.report).text
        kin = _KIN_BEFORE.search(text, max(0, f.start - 60), f.start)
        if (kin and surname not in sentence.lower()) or not any(
                abs(v - age) <= _AGE_NEAR for v in named_ages[surname]):
            continue
        out[id(f)] = replace(k, head=surname)
    return out


#: a word of kin before a given name ('her husband Ramesh, 36')
_KIN_BEFORE = re.compile(r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|"
                         r"uncle|aunt|nephew|niece|cousin|grandson|granddaughter|partner|"
                         r"fiancee?|boyfriend|girlfriend|child)\s+\S+\s*,?\s*$", re.IGNORECASE)


def _others_than_the_dead(comparison: Comparison, figures: Sequence[Figure],
                          keys: dict[int, Key | None]) -> dict[int, Key | None]:
    """'Four people lay dead, with nine more injured': the injured are others than the
    dead told before them in the sentence, not more than another report's injured (as
    'killing three and wounding seven others' says), so their key loses 'more' (not when
    the dead are more too, 'Two more people died, with six more injured', nor when the
    sentence tells an update, :data:`_UPDATE`: 'The death toll rose to 11, with 14 more
    people injured in aftershocks overnight')."""
    dead: set[tuple[str, int]] = set()
    out = dict(keys)
    for f in figures:  # in order of the text
        k = keys[id(f)]
        if k is None:
            continue
        at = (f.report, f.sentence)
        if k.predicate == "killed" and "more" not in k.mods:
            dead.add(at)
        elif k.predicate in _HURT and "more" in k.mods and at in dead and not _UPDATE.search(
                comparison.sentence_text(*at)):
            out[id(f)] = replace(k, mods=k.mods - {"more"})
    return out


_HURT = frozenset({"injured", "hospitalised", "critical"})
#: words of a sentence telling a count's change since an earlier one
_UPDATE = re.compile(r"\b(?:toll|rose|risen|rising|climbed|now|overnight|since|alone|so far|"
                     r"new|latest|further|additional|another)\b", re.IGNORECASE)


#: 'Brennick General Hospital alone treated 85 people', 'In Brennick alone, 85 ...': a
#: named part of the whole (not 'on Monday alone', one day)
_ALONE = re.compile(rf"\b(?!(?:{'|'.join(WEEKDAYS)}|{FULL_MONTHS})\b)"
                    r"[A-Z][\w'\u2019-]*\s+alone\b[^.;:]*$")


def _one_part(comparison: Comparison, f: Figure) -> bool:
    """A count told of one named place or body 'alone': a part, not the whole."""
    return _ALONE.search(_words_before(comparison, f)) is not None


def _other_claims(a: Figure, b: Figure) -> bool:
    """A rise demanded and a rise offered: never one quantity, however alike the sentences
    ('The union is demanding a 9 per cent pay rise' vs 'The company has offered a 4 per cent
    pay rise'). A share read as neither may still be either. Nor are two named kinds of one
    key (:func:`~newsdiff.claims.comparable.other_kinds`: a tiger and a leopard, two
    gases), nor an animal and a thing ('The 4-tonne elephant' and 'a car weighing 1.5
    tonnes')."""
    return (a.subject != b.subject and {a.subject, b.subject} <= PAY_CLAIMS) or other_kinds(
        a, b) or _animal_and_thing(a, b)


_OWED = re.compile(r"\b(?:owed?|owes|owing|(?:debts?(?:\s+(?:pile|mountain|burden|load))?|"
                   r"arrears|liabilit(?:y|ies))\s+(?:of|at|totall?ing|totals|stands\s+at|"
                   r"stood\s+at))\s+(?:[\w'\u2019-]+\s+){0,4}$", re.IGNORECASE)
_OWED_AFTER = re.compile(r"\s+(?:in\s+)?(?:unpaid|outstanding|overdue|back\s+pay|arrears|"
                         r"debts?|liabilities|owed|owing)\b", re.IGNORECASE)


def _owed(comparison: Comparison, f: Figure) -> bool:
    """An amount told as a debt: a few words after 'owes', 'is owed', 'debts of', 'a debt
    pile of' or 'arrears of' ('are owed a combined 610 million marks'), or before 'owed',
    'in unpaid ...', 'in back pay', 'in arrears', 'in liabilities'."""
    text = comparison.report(f.report).text
    return _OWED.search(_words_before(comparison, f)) is not None or _OWED_AFTER.match(
        text, f.end) is not None


def _words_before(comparison: Comparison, f: Figure) -> str:
    """The text of a figure's sentence before it."""
    sentence = comparison.sentences_of(f.report)[f.sentence]
    return comparison.report(f.report).text[sentence.start:f.start]


#: words before a sum that tell it as another payer's beside the one a sentence is about
#: ('would pay 500,000 talers to each family, on top of the government's compensation of 1
#: million talers'; not 'on top of 10,000 euros already paid in emergency aid', 'in addition
#: to a 1 million dravs penalty imposed last year': a report may have taken one for the other)
_ADDED_TO = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to|besides|as\s+well\s+as)\s+"
                       r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?P<payer>[\w-]+)(?:['\u2019]s\b|s['\u2019])"
                       r"(?:\s+[\w'\u2019-]+){0,4}\s+$", re.IGNORECASE)
#: payers a sentence may name in lower case ('The ferry operator will pay')
_PAYER_NOUNS = frozenset({"government", "state", "ministry", "company", "firm", "operator",
                          "airline", "insurer", "insurers", "council", "city", "owner",
                          "owners", "employer", "bank", "authority", "authorities", "fund"})
#: ... and words of a time, never a payer ('on top of last year's 2 million penalty')
_TIME_WORDS = frozenset({"year", "month", "week", "day", "yesterday", "today", "last",
                         *(day.lower() for day in WEEKDAYS)})


def _added_payers(comparison: Comparison, f: Figure, other: Figure) -> bool:
    """Whether the sum ``f`` is told as another payer's beside the one its sentence is about
    (:data:`_ADDED_TO`: 'on top of the government's compensation of 1 million talers') and
    ``other``, another report's sum of that value, names no payer but that one ('The
    government announced', 'She announced'; not 'The ferry operator will pay', which gives
    the operator what the other tells as the state's, nor 'on top of last year's')."""
    added = _ADDED_TO.search(_words_before(comparison, f))
    payer = added.group("payer").lower() if added is not None else None
    if payer is None or payer in _TIME_WORDS:
        return False
    text = comparison.sentence_text(other.report, other.sentence)
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & _PAYER_NOUNS | {
        w.lower() for w in _payer_words(comparison, other)}
    return not named or payer in named


#: a count that follows one of these is the object of a phrase ('in two skiffs', 'killed by
#: two gunmen', 'from three villages'), not the people an event befell
_PHRASE_END = re.compile(r"\b(?:in|into|aboard|on|onto|from|across|by|with|at|inside|near)\s+$",
                         re.IGNORECASE)


def _in_phrase(comparison: Comparison, f: Figure) -> bool:
    """Whether a count stands right after a preposition ('in two skiffs')."""
    return f.kind == "count" and _PHRASE_END.search(_words_before(comparison, f)) is not None


def _stated_arithmetic(comparison: Comparison, figures: Sequence[Figure],
                       found: Sequence[Divergence]) -> list[Divergence]:
    """A change or a share a report states next to the numbers it is made of, that those
    numbers do not make: 'from 1,260 to 1,680 estrels - an extra 520 estrels'; '187 of the
    240 municipalities, or 88 percent' (:mod:`newsdiff.divergences.figure_sums`)."""
    told = _told(found, internal=True)
    out: list[Divergence] = []
    for what, items in (("change", stated_changes(comparison, figures)),
                        ("share", stated_shares(comparison, figures))):
        for ends, stated, made in items:
            figs = [*ends, stated]
            if {(f.report, f.start, f.end) for f in figs} & told:
                continue
            shown = _show(stated.model_copy(update={
                "value": round(made, 1 if stated.kind == "percent" else 2), "qualifier": None}))
            numbers = " and ".join(repr(f.text) for f in ends)
            out.append(Divergence(
                id="", kind="figure", subkind="internal", group=None, severity="medium",
                message=(f"{what} in {stated.report}: {numbers} make {shown}, but the report "
                         f"says {stated.text!r}"),
                evidence=tuple(_evidence(f) for f in figs)))
    return out


def _near_sums(comparison: Comparison, figures: Sequence[Figure],
               found: Sequence[Divergence]) -> list[Divergence]:
    """A total and the counts listed right after it that nearly make it
    (:mod:`newsdiff.divergences.figure_sums`), unless a flag already tells them."""
    told = _told(found, internal=True)
    out: list[Divergence] = []

    def another(total: Figure, parts: Sequence[Figure]) -> bool:
        return _breaks_down_another(total, parts, [
            f for f in figures if f.report == total.report and f.sentence == parts[0].sentence])

    for total, parts, made in near_sums(comparison, figures):
        if {(f.report, f.start, f.end) for f in [total, *parts]} & told or another(
                total, parts):
            continue
        out.append(_internal_sum(_subject_label(total), total.predicate, total.report, total,
                                 parts, made, made))
    for total, parts, made in placed_breakdowns(comparison, figures):
        if not {(f.report, f.start, f.end) for f in [total, *parts]} & told and not another(
                total, parts):
            out.append(_internal_sum(_subject_label(total), total.predicate, total.report,
                                     total, parts, made, made))
    return out


def _named_lists(comparison: Comparison, figures: Sequence[Figure],
                 found: Sequence[Divergence]) -> list[Divergence]:
    """A count and the list after it that names another number of members than it says
    (:func:`newsdiff.divergences.figure_sums.named_lists`), unless a flag already tells
    the count."""
    told = _told(found, internal=True)
    return [_list_divergence(total, named, start, body, total.sentence,
                             f"the list after {total.text!r} names {_num(named)}")
            for total, named, start, body in named_lists(comparison, figures)
            if (total.report, total.start, total.end) not in told]


def _group_lists(comparison: Comparison, figures: Sequence[Figure],
                 found: Sequence[Divergence]) -> list[Divergence]:
    """A later sentence that lists a counted group's members and names another number
    (:func:`newsdiff.divergences.figure_sums.group_lists`), unless a flag already tells
    the count."""
    told = _told(found, internal=True)
    return [_list_divergence(total, named, start, body, sentence,
                             f"a later sentence lists {_num(named)} of them")
            for total, named, start, body, sentence in group_lists(comparison, figures)
            if (total.report, total.start, total.end) not in told]


def _list_divergence(total: Figure, named: float, start: int, body: str, sentence: int,
                     says: str) -> Divergence:
    """An internal divergence: the list ``body`` (at ``start`` in ``sentence``) names
    ``named`` members, another number than ``total``; ``says`` tells it."""
    listing = Evidence(report=total.report, sentence=sentence, start=start,
                       end=start + len(body), text=body, value=named)
    return Divergence(
        id="", kind="figure", subkind="internal", group=None,
        severity="high" if total.predicate in _TOLLS else "medium",
        message=f"{_subject_label(total)} in {total.report}: {says}, but its total is "
                f"{total.text!r}",
        evidence=(_evidence(total), listing))


def _same_place(comparison: Comparison, figures: Sequence[Figure],
                keys: dict[int, Key | None], where: GroupIndex,
                found: Sequence[Divergence], *, days: _Days) -> list[Divergence]:
    """Figures that fill one place of aligned sentences worded alike and disagree
    (:mod:`newsdiff.divergences.figure_context`): 'tariff on machinery will fall from 14%
    to 2%' vs '... from 14 per cent to 4 per cent'."""
    told = _told(found)
    usable = [f for f in figures if _in_group_rules(f) and not _with_one_more(comparison, f)]
    read: dict[tuple[str, int], tuple[frozenset[str], bool]] = {}

    def sentence(f: Figure) -> tuple[frozenset[str], bool]:
        """The names a figure's sentence gives and whether it tells a forecast."""
        at = (f.report, f.sentence)
        if at not in read:
            text = comparison.sentence_text(*at)
            read[at] = _names(text), _FORECAST.search(text) is not None
        return read[at]

    def apart(a: Figure, b: Figure) -> bool:
        (na, fa), (nb, fb) = sentence(a), sentence(b)
        # 'Analysts expected earnings of 27 cents a share' vs 'a profit of ... 29 cents a
        # share': a forecast and the outcome are two quantities
        # ('€30m a day' in lost output vs damage of '€210m': _goal_and_reading)
        return _other_names(na, nb) or fa != fb or _period(comparison, a) != _period(
            comparison, b) or _goal_and_reading(comparison, a, b) or _wind_and_other(
            a, b) or _added_on_other_days(comparison, a, b, keys[id(a)], keys[id(b)],
                                          days) or _other_claims(a, b) or _measures_apart(
            comparison, a, b, keys)  # (a record, a limit, two gauges: as _group_sole)

    out: list[Divergence] = []
    for figs, pairs in same_place(comparison, usable, keys, told, apart=apart):
        keyed = [(f, keys[id(f)] or Key(f.kind, base_unit(f), None, frozenset(), SOLE,
                                        frozenset())) for f in figs]
        named = [(f, k) for f, k in keyed if k.head not in {SOLE, AMOUNT}]
        label = _label(named) if named else f"{_label(keyed)} in '{place(comparison, figs[0])}'"
        in_conflict = {id(f) for p in pairs for f in p}
        bound = any(not is_exact(a) or not is_exact(b) for a, b in pairs)
        out.append(Divergence(
            id="", kind="figure", subkind="bound" if bound else "value",
            group=main_group(figs, where), severity=_severity(pairs, keyed[0][1]),
            message=f"{label}: " + _values_text(
                [f for f in figs if id(f) in in_conflict],
                [f for f in figs if id(f) not in in_conflict]),
            evidence=tuple(_evidence(f) for f in figs)))
    return out


def _group_sole(comparison: Comparison, figures: Sequence[Figure],
                keys: dict[int, Key | None], where: GroupIndex,
                found: Sequence[Divergence], near: Neighbours = frozenset(), *,
                days: _Days) -> list[Divergence]:
    """Aligned sentences that each give one figure of a kind and unit speak of one quantity
    even when the subject keys tell them apart ("45,000 jobs" vs "50,000 jobs from the
    deal"; "about 400 tractors" vs "at least 600 tractors" that "took part"): within a
    group, two reports' members that hold exactly one such figure each are compared unless
    their words say they count different things (:func:`_may_be_one`) or reports that
    give several such figures show them to be two quantities (:func:`_several_quantities`).
    Two sentences that are each other's nearest (``near``) but share no group are read
    alike for shares and measures whose nouns differ (:func:`_heads_aside`: 'with gusts of
    up to 110 km/h' vs 'a storm that hit the coast at 130km/h'). Figures a flag already
    compares are left to it."""
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    told_in: dict[tuple[str, int], list[Figure]] = defaultdict(list)  # all it states
    for f in figures:
        if f.kind in _GROUP_KINDS and interval(f) is not None:
            told_in[(f.report, f.sentence)].append(f)
        if _in_group_rules(f) and interval(f) is not None and not _point_in_time(
                comparison, f) and not _with_one_more(comparison, f):
            by_sentence[(f.report, f.sentence)].append(f)
    told = _told(found)
    names = {at: _names(comparison.sentence_text(*at)) for at in by_sentence}
    populations = frozenset(id(f) for fs in by_sentence.values() for f in fs
                            if _population(comparison, f))

    def one(a: Figure, b: Figure, nearest: bool) -> bool:
        """Whether ``a`` and ``b`` are told as one quantity (spans a flag compares are
        compared again only when their keys match)."""
        spans = _spans(a, b)
        if a.kind == "money" and _owed(comparison, a) != _owed(comparison, b):
            return False  # a debt is no sum set aside or paid (_owed)
        if _other_claims(a, b):
            return False
        if nearest:  # not sums ('a 1.1 million florin pay package' vs 'a 5 million florin
            # support fund'), nor counts, nor shares of two things each named after 'of'
            # ('About 39% of offshore natural gas output' vs 'almost 60 per cent of the
            # nation's offshore oil'), nor what the keys pair already
            ka, kb = keys[id(a)], keys[id(b)]
            if ka is None or kb is None or ka.head == kb.head or (
                    a.kind == "percent" and _two_things_of(comparison, a, b)):
                return False
        elif _may_be_one(a, b, keys, names, populations=populations) and not spans <= told:
            return not _measures_apart(comparison, a, b, keys)
        return not spans & told and _heads_aside(comparison, a, b) and _may_be_one(
            a, b, keys, names, heads=False)  # (read only where the keys do not pair them)

    sets = [([(m.report, i) for m in group.members for i in m.sentences], False)
            for group in comparison.groups]
    sets += [(list(pair), True) for pair in sorted(near)
             if not set(where.get(pair[0], ())) & set(where.get(pair[1], ()))]
    out: list[Divergence] = []
    done: set[frozenset[tuple[str, int]]] = set()
    for sentences, nearest in sets:
        classes: dict[tuple[str, str | None], dict[str, list[Figure]]] = defaultdict(
            lambda: defaultdict(list))
        for at in sentences:
            for f in by_sentence[at]:
                classes[(f.kind, base_unit(f))][f.report].append(f)
        for (kind, unit), per_report in classes.items():
            several = {r for r, fs in per_report.items()  # two values, not one told twice
                       if any(conflict(x, y) for k, x in enumerate(fs) for y in fs[k + 1:])}
            if len(per_report) - len(several) < 2:
                continue
            stated = {r: [f for at in sentences if at[0] == r for f in told_in[at]
                          if f.kind == kind and base_unit(f) == unit] for r in per_report
                      } if several else {}
            figs = sorted((fs[0] for r, fs in per_report.items() if r not in several),
                          key=lambda f: f.report)
            ids = frozenset((f.report, f.start) for f in figs)
            pairs = [(a, b) for k, a in enumerate(figs) for b in figs[k + 1:]
                     if conflict(a, b) and not _touching(a, b)
                     and _period(comparison, a) == _period(comparison, b)
                     and not _goal_and_reading(comparison, a, b)
                     and not _added_on_other_days(comparison, a, b, keys[id(a)], keys[id(b)],
                                                  days)
                     and not (several and _several_quantities(a, b, stated, several))
                     and one(a, b, nearest)]
            if not pairs or ids in done:
                continue
            done.add(ids)
            # the figure of each report giving several that agrees with one side, so that
            # the flag tells all who give it (and no later rule flags the pair again)
            backing = {id(x): x for a, b in pairs for r in sorted(several)
                       for x in [_nearest(a, stated[r])] if conflict(x, a) != conflict(x, b)}
            figs = sorted([*figs, *backing.values()], key=lambda f: (f.report, f.start))
            keyed = [(f, keys[id(f)] or Key(f.kind, base_unit(f), None, frozenset(), SOLE,
                                            frozenset())) for f in figs]
            in_conflict = {id(f) for p in pairs for f in p} | set(backing)
            bound = any(not is_exact(a) or not is_exact(b) for a, b in pairs)
            label = _label(keyed) if not all(_keyless_measure(f, keys) for f in figs) \
                else f"{_label(keyed)} in '{place(comparison, figs[0])}'"  # as _same_place
            message = f"{label}: " + _values_text(
                [f for f in figs if id(f) in in_conflict],
                [f for f in figs if id(f) not in in_conflict])
            out.append(Divergence(
                id="", kind="figure", subkind="bound" if bound else "value",
                group=main_group(figs, where), severity=_severity(pairs, keyed[0][1]),
                message=message, evidence=tuple(_evidence(f) for f in figs)))
            told |= {(f.report, f.start, f.end) for f in figs}  # not again for another group
    return out


def _size(f: Figure) -> float:
    """The value a figure's interval stands for, in its base unit (the bound of an open
    one, the middle of a closed one)."""
    i = interval(f)
    assert i is not None  # only figures with intervals are compared by place
    low, high = i[0], i[1]
    return low if math.isinf(high) else high if not low else (low + high) / 2


def _nearest(f: Figure, fs: Sequence[Figure]) -> Figure:
    """The figure of ``fs`` whose value lies nearest ``f``'s (by ratio when all are
    positive)."""
    def distance(x: Figure) -> float:
        u, v = _size(f), _size(x)
        return abs(math.log(u / v)) if u > 0 and v > 0 else abs(u - v)
    return min(fs, key=distance)


def _several_quantities(a: Figure, b: Figure, stated: dict[str, list[Figure]],
                        several: set[str]) -> bool:
    """Whether aligned sentences that tell several quantities of one kind and unit (some
    report gives two values: ``several``) leave ``a`` and ``b`` as two of them rather
    than two values of one: sums of money (left to their keys); a report states two
    values, one agreeing with each ('Five received four-year bans and two were banned for
    two years' against a lone 'two-year bans' and a lone 'four-year ban'); one is the
    count of two parts a report gives and the other agrees with a part ('cut 45,000 jobs
    in Europe and 12,000 in Asia' beside 'will cost 45,000 jobs' and 'some 57,000 jobs');
    their values lie nearest to two different figures of a report that gives several
    ('demanded a 9 per cent rise; the employers offered 4 per cent' beside 'holding out
    for 9 per cent' and 'offered 5 per cent'); or neither agrees with any figure of the
    reports that give several."""
    def agrees(f: Figure, x: Figure) -> bool:
        return x is not f and not conflict(f, x)

    if a.kind == "money":
        return True  # sums of any nouns pair only one per report ('lost 340 million euros'
        # beside 'asking for 500 million euros in aid'); beside several, keys decide
    for fs in stated.values():
        if any(agrees(a, x) and agrees(b, y) and conflict(x, y) for x in fs for y in fs):
            return True
    if a.kind == "count" and any(
            abs(_size(f) - _size(x) - _size(y)) <= _SUMMED_SLACK * _size(f)
            and (agrees(g, x) or agrees(g, y)) for r in several
            for k, x in enumerate(stated[r]) for y in stated[r][k + 1:]
            for f, g in ((a, b), (b, a))):
        return True
    if any(_nearest(a, stated[r]) is not _nearest(b, stated[r]) for r in several):
        return True
    return not any(agrees(f, x) for r in several for x in stated[r] for f in (a, b))


_SUMMED_SLACK = 0.02  # how near a lone count must be to the sum of two parts to be their total


def _group_ages(comparison: Comparison, figures: Sequence[Figure],
                where: GroupIndex,
                found: Sequence[Divergence]) -> list[Divergence]:
    """Aligned sentences that each tell one age, at least one of them of someone unnamed,
    tell one person's age when the values differ as a slip does (:func:`_slip`), the same
    event befell both or none is told of one as :func:`_one_event` allows (a review of
    made-up cases: the dead cyclist and the arrested driver, the victim and the accused,
    the pensioner who died and the one rescued were two people)
    and the words do not say otherwise ('a frail pensioner, 83, killed by the heat' vs 'an
    81-year-old woman found in her flat ... died'); never a man and a woman, two named
    people, ages told for other years (:func:`_in_years`) or of another time ('when she
    was 61', 'won bronze aged 29': :data:`_THEN`), or ages a flag already compares."""
    ages: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind == "age" and interval(f) is not None:
            ages[(f.report, f.sentence)].append(f)
    # what each age's own words tell, read once: whose it is and when
    sexes = {id(f): _sexes(comparison, f) for fs in ages.values() for f in fs}
    years = {id(f): _in_years(comparison, f) for fs in ages.values() for f in fs}
    told = _told(found)
    out: list[Divergence] = []
    for group in comparison.groups:
        per_report: dict[str, list[Figure]] = defaultdict(list)
        for m in group.members:
            for i in m.sentences:
                per_report[m.report] += ages[(m.report, i)]
        figs = sorted((fs[0] for fs in per_report.values() if len(fs) == 1
                       and _someone_told(fs[0])
                       and not _then(comparison, fs[0])), key=lambda f: f.report)
        pairs = [(a, b) for k, a in enumerate(figs) for b in figs[k + 1:]
                 if conflict(a, b) and not (named_age(a) and named_age(b))
                 and not ((_own_noun_age(a) or _own_noun_age(b))
                          and _another_one(comparison, a, b))
                 and _one_event(comparison, a, b)
                 and _slip(a, b)
                 and sexes[id(a)] | sexes[id(b)] != {"f", "m"}
                 and years[id(a)] == years[id(b)] and not _two_roles(a, b)
                 and not {(a.report, a.start, a.end), (b.report, b.start, b.end)} & told]
        if not pairs:
            continue
        shown = sorted({f for p in pairs for f in p}, key=lambda f: (f.report, f.start))
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=group.id, severity="low",
            message=f"{_age_label(shown) or 'age'}: " + _values_text(shown, []),
            evidence=tuple(_evidence(f) for f in shown)))
        told |= {(f.report, f.start, f.end) for f in shown}
    return out


def _one_event(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether two aligned ages may be told of one person by what befell each: the same
    event, or injured and hospitalised. No event read in a sentence may mean none is told
    or only that none was read, so an age with none is compared only when told as someone
    the story already knows (:func:`_told_back`) and brings no one new in
    (:func:`_brought_in`); when neither tells an event, both must be so told or one named;
    and not against someone arrested or charged unless it is told as the suspect (a review
    of made-up cases: 'His 14-year-old brother, who watched', 'A 50-year-old driver who
    stopped to help', 'The 16-year-old victim' of 'A 17-year-old boy has been arrested',
    'The 45-year-old officer' against 'A 44-year-old protester' are others)."""
    if a.predicate is not None and (a.predicate == b.predicate
                                    or {a.predicate, b.predicate} in _ONE_TOLL):
        return True
    told = [f for f in (a, b) if f.predicate is None]
    if not told or any(_brought_in(comparison, f) for f in told):
        return False
    if len(told) == 2:
        return all(_told_back(comparison, f) for f in told) or any(
            named_age(f) for f in told)
    other = b if told[0] is a else a
    return _told_back(comparison, told[0]) and (
        other.predicate not in _ARRESTED
        or bool(_SUSPECT_WORDS & set((told[0].subject or "").lower().split())))


#: what befalls a suspect
_ARRESTED = frozenset({"arrested", "charged", "convicted", "sentenced", "jailed"})
#: words that tell an age of the suspect
_SUSPECT_WORDS = frozenset({"suspect", "gunman", "attacker", "assailant", "accused",
                            "defendant"})


def _told_back(comparison: Comparison, f: Figure) -> bool:
    """Whether an age with no event is told of someone the story already knows: by name
    ('Among them was eight-year-old Lina Marek'), after 'the' ('The 42-year-old mum-of-two',
    'The cyclist, 61,'), or as what a known one was ('the first victim was a 55-year-old
    poultry farmer')."""
    if named_age(f):
        return True
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    before = text[max(start, f.start - 60):f.start]
    return bool(re.search(r"(?:^|[^\w'])the\s+(?:(?!an?\b)[a-z-]+\s+){0,2}$|"
                          r"\bthe\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s*$", before,
                          re.IGNORECASE)
                or re.search(r"\bthe\s+(?:[a-z-]+\s+){1,3}(?:was|is)\s+an?\s+$", before,
                             re.IGNORECASE))


def _brought_in(comparison: Comparison, f: Figure) -> bool:
    """Whether an age with no event brings someone new into the story: a witness who
    speaks ('Dana Orlov, 42, who runs the bakery next door, said she heard a roar'), or,
    unnamed, a 'who' clause ('A 50-year-old driver who stopped to help', 'The 50-year-old
    cyclist who was riding with him') or someone's kin or colleague ('His 14-year-old
    brother', 'Her colleague, 49'; a review of made-up cases)."""
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    if _SPEAKS.match(text, f.end):
        return True
    if named_age(f):
        return False
    words = set((f.subject or "").lower().split())
    return bool(re.match(r"[\w\s,-]{0,40}?\bwho\b", text[f.end:f.end + 50])
                or re.search(r"\b(?:his|her|their|its)\s+(?:[a-z-]+\s+)?$",
                             text[max(start, f.start - 20):f.start], re.IGNORECASE)
                or words & _KIN)


#: a verb of one who speaks to a reporter right after an age ('Pau Serrat, 52, said'),
#: past a 'who' clause ('Dana Orlov, 42, who runs the bakery next door, said')
_SPEAKS = re.compile(r",?\s*(?:who\b[^.;]{0,60},\s*)?(?:said|says|told|tells|recalled|"
                     r"described)\b")
#: someone's kin or workmates: another person than the one an age is compared with
_KIN = frozenset({"brother", "sister", "son", "daughter", "mother", "father", "husband",
                  "wife", "colleague", "friend", "neighbour", "cousin", "partner",
                  "companion", "playmate", "classmate", "flatmate"})


#: years two aligned ages may lie apart and still be one person's (a slip, not a child's
#: age beside an adult's)
_AGE_NEAR = 3


def _slip(a: Figure, b: Figure) -> bool:
    """Whether two ages differ as a slip does: by at most :data:`_AGE_NEAR` years, or by two
    digits swapped in an adult's age ('a 34-year-old technician' vs 'Jonas Brekk, 43, a
    technician at the park')."""
    va, vb = int(float(a.value)), int(float(b.value))  # type: ignore[arg-type]
    return abs(va - vb) <= _AGE_NEAR or (min(va, vb) >= 20 and str(va) == str(vb)[::-1])


#: words of a woman, and of a man (:func:`_sexes`)
_FEMALE = frozenset({"woman", "girl", "wife", "mother", "widow", "daughter", "grandmother",
                     "sister", "aunt", "niece", "bride", "lady", "mum", "businesswoman",
                     "policewoman", "she", "her"})
_MALE = frozenset({"man", "boy", "husband", "father", "son", "widower", "grandfather",
                   "brother", "uncle", "nephew", "groom", "dad", "gunman", "fisherman",
                   "policeman", "businessman", "he", "his", "him"})


def _two_roles(a: Figure, b: Figure) -> bool:
    """Whether two unnamed ages are told of two people in counterpart roles ('The driver,
    44,' and 'A passenger, 46,'; 'The pilot, 52,' and 'The co-pilot, 54,': reviews of
    made-up cases), not of one person described twice ('a frail pensioner, 83,' and 'an
    81-year-old woman'; the pilot and the captain of one light aircraft)."""
    if named_age(a) or named_age(b):
        return False
    heads = [((f.subject or "").lower().split() or [""])[-1] for f in (a, b)]
    x, y = heads
    return frozenset(heads) in _COUNTERPARTS or x == f"co-{y}" or y == f"co-{x}"


#: roles of two people side by side in one event
_COUNTERPARTS = frozenset(frozenset(p) for p in (
    ("driver", "passenger"), ("pilot", "passenger"), ("nurse", "patient"),
    ("doctor", "patient"), ("attacker", "victim"), ("suspect", "victim"),
    ("gunman", "victim"), ("driver", "pedestrian"), ("driver", "cyclist"),
    ("teacher", "pupil"), ("teacher", "student"), ("mother", "daughter"),
    ("father", "son"), ("husband", "wife"), ("captain", "passenger"),
    ("motorist", "pedestrian"), ("motorist", "passenger"), ("motorist", "cyclist")))


def _someone_told(f: Figure) -> bool:
    """An age told with a name or a noun of one person ('a frail pensioner, 83'; not 'A
    27-year-old has been charged with the murder of a student', whose subject is the
    verb's), or an age that is its own noun with what befell them (:func:`_own_noun_age`)."""
    return named_age(f) or any(is_person_noun(w) for w in (f.subject or "").lower().split()) \
        or _own_noun_age(f)


def _own_noun_age(f: Figure) -> bool:
    """An age that is its own noun, with what befell them ('Cops swooped on a 23-year-old at
    his flat': arrested)."""
    return f.subject is None and f.predicate is not None and f.text.lower().endswith(
        ("year-old", "year old"))


def _another_one(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether either sentence tells its person as one more than another ('A 21-year-old
    woman was also arrested', 'Another man, a 25-year-old, was arrested', 'a second man')."""
    return any(_ANOTHER_ONE.search(comparison.sentence_text(f.report, f.sentence))
               for f in (a, b))


_ANOTHER_ONE = re.compile(r"\b(?:also|another|second|too)\b", re.IGNORECASE)


def _then(comparison: Comparison, f: Figure) -> bool:
    """Whether an age's sentence tells it of another time than the story's."""
    return _THEN.search(comparison.sentence_text(f.report, f.sentence)) is not None


_THEN = re.compile(r"\b(?:when\s+(?:he|she|they)\s+(?:was|were|turned)|last\s+year|"
                   r"years?\s+(?:ago|earlier)|at\s+the\s+time|aged\s+\d+\s+when|"
                   r"(?:won|took|earned|competed)\b[^.;]*\baged)\b", re.IGNORECASE)


def _in_years(comparison: Comparison, f: Figure) -> set[str]:
    """The years a sentence tells its facts in ('Felt, 92, told CNN ... in 2006' is no age
    at his death in 2008)."""
    return set(_IN_YEAR.findall(comparison.sentence_text(f.report, f.sentence)))


_IN_YEAR = re.compile(r"\b(?:in|since|during|until)\s+(?:early\s+|late\s+|mid-)?"
                      r"((?:1[89]|20)\d\d)\b", re.IGNORECASE)


def _sexes(comparison: Comparison, f: Figure) -> set[str]:
    """'f' and/or 'm' when the words of an age's subject, or the pronouns of its sentence,
    tell a woman's or a man's ('a frail pensioner, 83, found in her flat')."""
    words = set((f.subject or "").lower().split()) | set(re.findall(
        r"\b(?:he|she|his|her|him)\b", comparison.sentence_text(f.report, f.sentence).lower()))
    return {sex for sex, nouns in (("f", _FEMALE), ("m", _MALE)) if words & nouns}


_GROUP_KINDS = COMPARED_KINDS - {"age"}  # ages are compared only one per report
#: a length of time that dates something ('two hours after the shift began') ...
_FROM_THEN = re.compile(r"\s+(?:after|before|later|ago|earlier|since)\b", re.IGNORECASE)
#: ... unless it is told as a length ('it took five hours before the fire was out')
_TOOK = re.compile(r"\b(?:took|take|takes|taking|lasted|lasting|needed|spent|for|within)"
                   r"(?:\s+[a-z]+){0,2}\s*$", re.IGNORECASE)


#: kinds of figure told as goals or forecasts beside today's readings
_GOAL_KINDS = frozenset({"percent", "money"})


def _goal_and_reading(comparison: Comparison, a: Figure, b: Figure, *,
                      goal: Callable[[Figure], bool] | None = None) -> bool:
    """One of two shares or sums is a goal, the other a reading (``goal``: :func:`_goal`
    of ``comparison``, or a caller's memo of it)."""
    if a.kind not in _GOAL_KINDS:
        return False
    aimed = goal or partial(_goal, comparison)
    return aimed(a) != aimed(b)


def _goal(comparison: Comparison, f: Figure) -> bool:
    """``f`` is a goal: a goal word before it with no number between ('is intended to
    bring the deficit below 3 per cent'; not 'whose target is €50 million, has raised €32
    million'), or a later year than its report's after it ('3 per cent of GDP by 2028';
    not 'had fallen to 6.8 per cent by 2025' in 2026)."""
    before = _words_before(comparison, f)[-80:]
    if _GOAL.search(before):
        return True
    year = _GOAL_YEAR.match(comparison.report(f.report).text, f.end)
    published = comparison.report(f.report).published_date
    return year is not None and published is not None and int(
        year.group("year")) > published.year


def _spans(*figures: Figure) -> set[tuple[str, int, int]]:
    """The spans (report, start, end) of ``figures``, as :func:`_told` gives them."""
    return {(f.report, f.start, f.end) for f in figures}


def _heads_aside(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether two figures that each report's aligned sentences tell once may be one
    quantity though their nouns differ: a share or a measure of one unit, when the values
    lie within :data:`_NEAR` ('58 per cent of the river's annual flow' vs '60 per cent of
    the river's water'; 'a 48-page report' vs 'the 60-page dossier'; 'The storm surge
    reached 3.1 metres' vs 'Water rose 3.4 metres above the tide'). Not counts: 'about 60
    skiers' vs '21 riders', '14 towers' vs '17 lifts', '235,000 public comments' vs '300,000
    consultations' (ECB+) are other things as often as not; nor a whole ('the individual
    would pay 100 percent of the bill' is no share of 'Medicare would pay 90 percent of all
    drug costs', MRPC), nor two measures of what each names after 'of' ('1.2 million litres
    of crude oil' vs '1.5 million litres of ballast water')."""
    if a.kind == "measure" and (a.unit in DURATION_UNITS or all(
            _OF_AFTER.match(comparison.report(f.report).text, f.end) for f in (a, b))
            or len({_dimension(comparison, f) for f in (a, b)} - {None}) > 1):
        return False  # lengths of time: 'a 12-hour shift' is no '10-hour delay', 'a 3-hour
        # meeting' no '4-hour strike'; 'a ship 190 metres long' is no 'channel 250 metres
        # wide' (a review's made-up cases)
    return a.kind in {"percent", "measure"} and values_within(a, b, _NEAR) and not (
        a.kind == "percent" and 100.0 in {a.value, b.value})


def _animal_and_thing(a: Figure, b: Figure) -> bool:
    """Whether one figure is told of a kind of animal and the other of a named thing ('The
    4-tonne elephant' and 'a car weighing 1.5 tonnes'; 'the beast' may be either: 'The
    1.8-tonne beast ploughed into the shop front' vs 'The 2.4-tonne Range Rover')."""
    if not (a.subject and b.subject):
        return False
    kinds = [animal_kind(f) for f in (a, b)]
    return "animal" not in kinds and (kinds[0] is None) != (kinds[1] is None)


#: words that name which way a thing is measured, by the way they name it
_DIMENSIONS = {"long": "length", "length": "length", "wide": "width", "width": "width",
               "across": "width", "broad": "width", "high": "height", "height": "height",
               "tall": "height", "altitude": "height", "deep": "depth", "depth": "depth",
               "thick": "thickness", "thickness": "thickness", "diameter": "diameter"}
_DIMENSION_AFTER = re.compile(r"[\s-]*(?:metres?|meters?|m|kilometres?|km|feet|ft|foot|"
                              r"miles?|yards?|centimetres?|cm|inches?)?[\s-]*(?P<word>[a-z]+)")
_DIMENSION_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+(?:of\s+)?(?:(?:about|around|some|"
                               r"roughly|nearly|almost|just|up to|more than|over)\s+)?$")


def _dimension(comparison: Comparison, f: Figure) -> str | None:
    """Which way a measure is taken, as its words say ('190 metres long', 'a 250-metre-wide
    channel', 'a height of 40 metres'), or None."""
    text = comparison.report(f.report).text
    after = _DIMENSION_AFTER.match(text, f.end)
    if after and after.group("word") in _DIMENSIONS:
        return _DIMENSIONS[after.group("word")]
    if (tail := re.split(r"[\s-]", f.text)[-1].lower()) in _DIMENSIONS:  # '250 m wide'
        # (the span holds it)
        return _DIMENSIONS[tail]
    before = _DIMENSION_BEFORE.search(text, max(0, f.start - 40), f.start)
    return _DIMENSIONS.get(before.group("word")) if before else None


def _two_things_of(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Two shares each told of what follows 'of', not both of people: shares of two things
    ('39% of offshore natural gas output' vs 'almost 60 per cent of the nation's offshore
    oil'; 'About 60% of the airline's flights' vs 'Roughly 80 per cent of its pilots'), while
    shares of people in nearest sentences are told of one turnout ('61 percent of customs
    staff rostered for duty' vs '88 per cent of its members had walked out')."""
    ofs = [_OF_AFTER.match(comparison.report(f.report).text, f.end) for f in (a, b)]
    return all(ofs) and not all(
        _of_people(comparison.report(f.report).text[of.end():of.end() + 60])
        for f, of in zip((a, b), ofs, strict=True) if of)


def _of_people(after: str) -> bool:
    """Whether the words after a share's 'of' name people among their first three ('customs
    staff rostered for duty', 'its members')."""
    words = [w for w in re.findall(r"[a-z]+", after.lower())[:4] if w not in STOPWORDS][:3]
    return any(w in _PEOPLE_WORDS or is_person_noun(w) or is_person_noun(w.removesuffix("s"))
               for w in words)


_PEOPLE_WORDS = frozenset({"people", "staff", "members", "workers", "employees", "voters",
                           "residents", "households", "families", "children", "adults", "women",
                           "men", "citizens", "population", "workforce", "customers",
                           "passengers", "pupils", "students", "patients", "doctors", "nurses",
                           "teachers", "drivers", "pilots", "farmers", "miners"})


#: what a measure is of, named right after it ('1.2 million litres of crude oil')
_OF_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:\w+\s+)?(?:length|height|depth|width|"
                       r"distance)\b)")


def _point_in_time(comparison: Comparison, f: Figure) -> bool:
    """Whether a length of time tells when something happened, not how long it took."""
    text = comparison.report(f.report).text
    return f.unit in DURATION_UNITS and _FROM_THEN.match(text, f.end) is not None \
        and _TOOK.search(text[max(0, f.start - 40):f.start]) is None


def _in_group_rules(f: Figure) -> bool:
    """Whether the rules that pair figures by their place in aligned sentences read ``f``:
    not ages, vote tallies or market snapshots, which have rules of their own."""
    return f.kind in _GROUP_KINDS and f.subject != TALLY and f.predicate not in MARKET_ROLES


def _touching(a: Figure, b: Figure) -> bool:
    """An exact number and a bound that starts at it ('2,000' vs 'more than 2,000'): a
    round number may stand for a little more, so only a clear gap counts here."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return False
    return ia[0] == ib[1] or ib[0] == ia[1] or ia[0] == ib[0] or ia[1] == ib[1]


#: sums of money that are only ever themselves: a tax bill, a price, takings, pay (heads as
#: keys write them: 'taxes' becomes 'taxe')


def _may_be_one(a: Figure, b: Figure, keys: dict[int, Key | None],
                names: dict[tuple[str, int], frozenset[str]], *, heads: bool = True,
                populations: frozenset[int] = frozenset()) -> bool:
    """Whether two figures of aligned sentences may be one quantity: not two named sources
    ('organisers said' vs 'police said'), not two events ('killed' vs 'injured'), not
    sentences that name different things ('the Senate plan' vs 'the House plan'), not an
    increment and a total ('3 more' vs '4'), not a nation's part of a total ('two U.S.
    soldiers' vs 'eight soldiers') nor, but for sums of money, other counted nouns ('12
    ambulances' vs '40 injured'; the share 'the individual would pay' of 'the bill' is not
    the share Medicare would pay of 'all drug costs'), not values more than tenfold apart,
    and never a figure that names nothing but for shares and hours told once, counts of
    people told as how many live somewhere (``populations``, ids of :func:`_population`
    figures: :func:`_people_of_no_event`) and measures of one unit within :data:`_CLOSE`
    (:func:`_keyless_measures`). With ``heads`` False the nouns are left to the caller
    (:func:`_heads_aside`)."""
    if a.source and b.source and not _one_source(a.source, b.source):
        return False
    if a.predicate and b.predicate and a.predicate != b.predicate:
        return False
    if _wind_and_other(a, b):
        return False
    if _other_names(names[(a.report, a.sentence)], names[(b.report, b.sentence)]):
        return False  # mostly other names: 'Flake and McCain' vs 'Driggs, Pierce, Worsley'
    if far_apart(a, b):
        return False  # 800 vs 13 million: two numbers, not two versions of one
    ka, kb = keys[id(a)], keys[id(b)]
    if ka is None or kb is None:
        # a bare count or sum of money may be anything ('2' vs '911' on BASIL); a share told
        # once in each report's sentences of the group is one share ('devalued the dravin
        # by 18 percent' vs 'cutting the value of the dravin by 16 percent'); so are hours
        # or minutes told once there, when the values lie within _NEAR ('took about four
        # hours to bring under control' vs 'five hours before the fire was declared under
        # control'; 'a tense two hours while police negotiated' vs 'almost three hours
        # while they negotiated' on ECB+). Lengths of time of any unit up to tenfold apart
        # raised 19 flags on ECB+ (a41b5d7), mostly of different spans of time. A measure
        # of space, weight or speed told once there is one too ('the longest of them 38
        # centimetres' vs 'the largest measuring 35cm'; 'weighing 130 pounds' vs '5-foot-8,
        # 135 pounds' on ECB+) when the values lie within _CLOSE (a review's made-up cases:
        # within a factor of two, two things of one dimension were as common as one thing
        # told otherwise), unless the words set them apart (_measures_apart).
        return (a.kind == b.kind == "percent" and values_within(a, b, _NEAR) and _closed(a)
                and _closed(b) and not any(k is not None and "more" in k.mods for k in (ka, kb))
                ) or (ka is None and kb is None and a.unit == b.unit
                      and a.unit in _HOURS_OR_MINUTES and values_within(a, b, _NEAR)
                      ) or (id(a) in populations and id(b) in populations
                            and _people_of_no_event(a, b, ka, kb)) or (
                          _keyless_measures(a, b, keys) and values_within(a, b, _CLOSE))
    if ("more" in ka.mods) != ("more" in kb.mods) or ka.nations != kb.nations:
        return False
    if rate(ka) != rate(kb):
        return False  # a rate ('100 homes a day') and a total ('more than 400 homes')
    if a.kind == "money":
        # the one sum of aligned sentences, whatever its noun (a '$25 million package' vs
        # '$35 million in aid'), is one quantity, but a tax, a price or takings are no
        # other sum ('the couple earned $140,937,785' is no tax bill of '$43 million in
        # federal taxes')
        return not sums_apart(ka, kb)
    if not heads:
        return True  # the caller reads the nouns (_heads_aside)
    broad = {"people", "soldiers", "civilians"}
    return ka.head == kb.head or ({ka.head, kb.head} <= broad and "people" in {ka.head,
                                                                                kb.head})


def _keyless_measure(f: Figure, keys: dict[int, Key | None]) -> bool:
    """Whether ``f`` is a measure, not a length of time, whose subject names nothing (no
    key): a length, an area, a weight, a flow or a speed in knots told alone (a speed in
    km/h or mph always has one: 'speed', 'limit', 'wind speed')."""
    return keys[id(f)] is None and f.kind == "measure" and f.unit not in DURATION_UNITS


def _keyless_measures(a: Figure, b: Figure, keys: dict[int, Key | None]) -> bool:
    """Whether ``a`` and ``b`` are keyless measures (:func:`_keyless_measure`) of one
    unit."""
    return _keyless_measure(a, keys) and _keyless_measure(b, keys) and a.unit == b.unit


#: words before a measure that tell it as a rule, a limit or a forecast rather than what
#: was measured ('the limit in that part of the estuary is 25 knots', 'snow must be
#: removed once it reaches 25 centimetres', 'is expected to peak at 4.5 metres')
_NOT_MEASURED = re.compile(
    r"\b(?:limits?|maximum|minimum|allowed|permitted|must|should|required|requires?|"
    r"threshold|rules?|cap|capped|ceiling|capacity|holds?|could|would|will|(?-i:may)|"
    r"might|expect(?:s|ed|ing)?|forecasts?|forecast(?:ed|ing)|predicted|projected|peak|"
    r"designed|built|rated|likely|set\s+to|meant|supposed|intended|carry)\b", re.IGNORECASE)
#: a measure a thing grew or moved by ('the slick grew by 7 square kilometres')
_MOVED_BY = re.compile(r"\bby\s*$", re.IGNORECASE)
#: a measure told as the level a thing reached or stands at ('dropped to 5,000 metres',
#: 'found at 90 km') ...
_LEVEL_REACHED = re.compile(r"\b(?:to|at)\s*$", re.IGNORECASE)
#: ... and one told as how far a thing moved or stretches ('descended 6,000 metres', 'The
#: pipeline runs 120 km'): two quantities
_MOVED_FAR = re.compile(
    r"\b(?:descend(?:s|ed|ing)?|drop(?:s|ped|ping)?|f[ae]ll(?:s|ing)?|r[io]se[sn]?|rising|"
    r"climb(?:s|ed|ing)?|gr[eo]w(?:s|n|ing)?|s[ai]nk(?:s|ing)?|sweep(?:s|ing)?|swept|"
    r"carr(?:y|ies|ied|ying)|travel(?:s|led|ed|ling|ing)?|r[au]n(?:s|ning)?|"
    r"stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|spread(?:s|ing)?|slid(?:e|es|ing)?|"
    r"fl(?:y|ies|ew|ying|own)|walk(?:s|ed|ing)?|sw[ai]m(?:s|ming)?|mov(?:e|es|ed|ing)|"
    r"plung(?:e|es|ed|ing)|div(?:e|es|ed|ing)|dove|"
    r"(?:go|goes|going|went|gone|come|comes|coming|came)\s+down)\s+$", re.IGNORECASE)
#: the place a measure is told at, right after it ('peaked at 4.1 metres at Orlov')
_MEASURED_AT = re.compile(r"\s+(?:at|in|near)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)")


def _measures_apart(comparison: Comparison, a: Figure, b: Figure,
                    keys: dict[int, Key | None]) -> bool:
    """Whether two keyless measures (:func:`_keyless_measures`) of aligned sentences are
    set apart by their words (reviews of made-up cases): one told as a rule, limit,
    capacity or forecast (:func:`_not_measured`) and the other not; one a thing moved by
    ('grew by 7 square kilometres' vs 'covered 12 square kilometres'); one sentence telling
    history, a record or an average (:data:`_BACKGROUND`) and the other not; a level
    reached and a distance moved ('dropped to 5,000 metres' vs 'descended 6,000 metres');
    or two places named right after them ('at Brenk' vs 'at Orlov')."""
    if not _keyless_measures(a, b, keys):
        return False

    def at(f: Figure) -> str | None:
        m = _MEASURED_AT.match(comparison.report(f.report).text, f.end)
        return m.group(1) if m else None

    def background(f: Figure) -> bool:  # (not 'the 80-year-old bridge', 'On the last day')
        text = _AGED.sub(" ", comparison.sentence_text(f.report, f.sentence))
        return _BACKGROUND.search(_LAST_OF_TODAY.sub(" ", text)) is not None

    def moved_by(x: str, y: str) -> bool:  # ('slipped by 40 cm' and 'moved 25 cm' are one)
        return bool(_MOVED_BY.search(x)) and not _MOVED_BY.search(y) \
            and not _MOVED_FAR.search(y)

    # the whole sentence before each ('The limit on the bridge, built in 1931, is 7.5 tonnes')
    ca, cb = _words_before(comparison, a), _words_before(comparison, b)
    pa, pb = at(a), at(b)
    lengths = base_unit(a) in _LENGTH_UNITS  # (a flow 'carrying 900 cubic metres a second')
    return _not_measured(ca) != _not_measured(cb) \
        or moved_by(ca, cb) or moved_by(cb, ca) \
        or background(a) != background(b) \
        or (lengths and any(_LEVEL_REACHED.search(x) and _MOVED_FAR.search(y)
                            for x, y in ((ca, cb), (cb, ca)))) \
        or (pa is not None and pb is not None and pa != pb)


#: units of length, for which a level reached and a distance moved are two quantities
_LENGTH_UNITS = frozenset({"m", "cm", "mm", "km", "ft", "mi", "in", "nmi"})
#: 'last' of a part of today's story, no history ('On the last day they walked 22 km')
_LAST_OF_TODAY = re.compile(r"\blast\s+(?:day|night|leg|stage|stretch|hours?|minutes?)\b",
                            re.IGNORECASE)
#: an age, whose 'old' tells no history ('the 80-year-old bridge')
_AGED = re.compile(r"\b\w+[-\s]years?[-\s]old\b", re.IGNORECASE)
#: a verb after a rule or forecast word that tells what was measured ('The lorry, well
#: over the limit, weighed 9 tonnes'; 'The river, which was expected to rise further,
#: stood at 4.1 metres')
_MEASURED_AFTER = re.compile(r"\b(?:stood|doing|measur\w*|weigh\w*|\w+ed)\b", re.IGNORECASE)


def _not_measured(before: str) -> bool:
    """Whether the words of a sentence before a measure tell it as a rule, a limit or a
    forecast (:data:`_NOT_MEASURED`), no verb that tells what was measured coming after the
    last such word (:data:`_MEASURED_AFTER`)."""
    found = list(_NOT_MEASURED.finditer(before))
    return bool(found) and not _MEASURED_AFTER.search(before, found[-1].end())


def _people_of_no_event(a: Figure, b: Figure, ka: Key | None, kb: Key | None) -> bool:
    """Whether two counts of people told with no event, both how many live somewhere
    (:func:`_population`: 'home to around 45,000 residents' vs 'where some 30,000 people
    have lived under encirclement'), may be one: in aligned sentences that each give one
    count, they count the same people, when each names them by one plain word (not
    'foreign residents', 'young people')."""
    if ka is not None or kb is not None or not all(
            f.kind == "count" and f.subject and f.subject.lower() in _PLAIN_PEOPLE
            for f in (a, b)):
        return False
    va, vb = key_of(a, vague=True), key_of(b, vague=True)
    return va is not None and vb is not None and va.predicate is None \
        and vb.predicate is None and not va.mods and not vb.mods and va.nations == vb.nations


def _population(comparison: Comparison, f: Figure) -> bool:
    """Whether a count is told as how many people live somewhere: 'home to 45,000
    residents', 'a town of 12,000 people', 'where some 30,000 people have lived', '3,000
    people live in'; not a further count ('A further 2,000 people live on outlying
    farms'), nor one had before ('Dravik had about 9,000 inhabitants')."""
    text = comparison.report(f.report).text
    before = text[max(0, f.start - 40):f.start]
    if _FURTHER_BEFORE.search(before):
        return False
    return _HOME_TO.search(before) is not None or _LIVE_AFTER.match(text, f.end) is not None


_HOME_TO = re.compile(r"\b(?:home to|(?:town|city|village|district|province|region|island|"
                      r"country|camp|settlement|community|quarter|suburb) of|population of)"
                      r"\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|"
                      r"fewer than|less than|just|only|an estimated)\s+)?$", re.IGNORECASE)
_LIVE_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+(?:lived|been living)|live|lived|living|"
                         r"reside|resided|inhabit)\b", re.IGNORECASE)
_FURTHER_BEFORE = re.compile(r"\b(?:further|another|other|additional|more)\s+$", re.IGNORECASE)


#: nouns that count people and nothing they did or suffered (not 'victims': 'found four
#: people in the break room' are not 'the three victims' of ECB+ 22)
_PLAIN_PEOPLE = frozenset({"people", "persons", "residents", "inhabitants", "citizens",
                           "civilians", "villagers", "locals"})


_FORECAST = re.compile(r"\b(?:expect(?:s|ed|ing)?|forecasts?|forecast(?:ed|ing)|estimated?|"
                       r"projected|projections?|predicted|consensus|anticipated)\b", re.I)


def _told(found: Sequence[Divergence], *, internal: bool = False
          ) -> set[tuple[str, int, int]]:
    """The spans (report, start, end) that flags in ``found`` already compare (only the
    internal ones when ``internal``)."""
    return {(e.report, e.start, e.end) for d in found
            if not internal or d.subkind == "internal" for e in d.evidence}


def _other_names(na: frozenset[str], nb: frozenset[str]) -> bool:
    """Whether two sentences name mostly different things ('the Senate plan' vs 'the House
    plan'): under a quarter of their names shared."""
    return bool(na and nb and len(na & nb) < 0.25 * len(na | nb))


_AND_NEXT = re.compile(r"^(?:\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+and\s+$")


def _without_listed_parts(keyed: list[tuple[Figure, Key]], comparison: Comparison
                          ) -> list[tuple[Figure, Key]]:
    """Drop a count of people that is one part of a list with the same event: in "163
    passengers and seven crew members on board" the 163 are not all who were on board
    (passengers count as people, so "163" would be compared with "170 people"); so are the
    broad part of 'carrying 12 soldiers and three crew' and a count listed with one more
    person (:func:`_with_one_more`)."""
    by_sentence: dict[tuple[str, int], list[tuple[Figure, Key]]] = defaultdict(list)
    for f, k in keyed:
        by_sentence[(f.report, f.sentence)].append((f, k))
    dropped: set[int] = set()
    for items in by_sentence.values():
        items.sort(key=lambda fk: fk[0].start)
        text = comparison.report(items[0][0].report).text
        for (f, k), (g, kg) in zip(items, items[1:], strict=False):
            if not (k.kind == "count" and kg.kind == "count" and k.predicate == kg.predicate
                    and _AND_NEXT.match(text[f.end:g.start])):
                continue
            if "people" in {k.head, kg.head} and (k.head != kg.head or k == kg):
                # '300 passengers and 40 crew' (crew on board are people): the parts of
                # the list that are read as people are not all of them ('32 Cubans and 24
                # Venezuelans' are each their nation's dead)
                dropped |= {id(x) for x, kx in ((f, k), (g, kg)) if kx.head == "people"}
            elif k.broad != kg.broad and k.predicate == "on board":
                dropped.add(id(f) if k.broad else id(g))  # 'carrying 12 soldiers and 3 crew'
        dropped |= {id(f) for f, _ in items if _with_one_more(comparison, f)}
    return [(f, k) for f, k in keyed if id(f) not in dropped]


def _with_one_more(comparison: Comparison, f: Figure) -> bool:
    """A count listed with one more person ('three soldiers and a civilian were killed',
    'arrested three men and a woman'; not 'four people and a dog was shot'): not the whole
    of its event."""
    if f.kind != "count":
        return False
    after = comparison.report(f.report).text[f.end:f.end + 60]
    # the rest of the counted noun ('163 passengers and a ...', 'Two police officers and a
    # bystander'), never a verb ('Three soldiers were killed and a ...')
    after = _NOUN_REST.sub("", after, count=1)
    return _AND_ONE.match(after) is not None


#: what :func:`_with_one_more` reads after a count
_AND_ONE = re.compile(r"^\s*,?\s+(?:and|plus)\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?(?:civilian|"
                      r"woman|man|child|boy|girl|teenager|baby|infant|pilot|bystander|"
                      r"officer|policeman|policewoman|soldier|driver|guard|passenger|"
                      r"student|pupil|teacher|tourist|journalist|worker|farmer|nurse|"
                      r"doctor|foreigner|resident|villager|local|firefighter)\b"
                      r"(?!\s+(?:was|is|had|has)\b)", re.IGNORECASE)
_NOUN_REST = re.compile(r"^(?:\s+(?!(?:were|was|are|is|have|has|had|and|or|who|of)\b)"
                        r"[a-z][a-z-]*(?<!ed)(?=[\s,])){0,2}")


def _unambiguous_ages(comparison: Comparison, keyed: list[tuple[Figure, Key]]
                      ) -> list[tuple[Figure, Key]]:
    """Ages are compared only when each report states a single age of a person (the
    age of a thing, 'a 35-year-old plane', is no other person's: :func:`_thing_age`), or
    a single age of one named person ('Dr Lena Marsk, 52' beside the gunman's age: by her
    surname, not when two of one surname are told), or an unnamed age told of 'the
    suspect' when it is its report's one age of someone arrested or charged
    (:func:`_told_as_the_suspect`: 'the suspect, a 28-year-old man, was detained' beside the
    victims' ages; not 'The 41-year-old man was detained', who may be one of several, nor
    beside 'A second man, 31, was arrested'), or an unnamed age of someone killed when it
    is its report's one age of someone killed (:func:`_victim_age`: 'killed a 61-year-old
    man' beside the tiger's age and the injured's), and temperatures when it states one of
    its place (a heatwave's days each have theirs: '45C on Monday and 47.3C on Tuesday')."""
    ages: dict[str, int] = defaultdict(int)
    suspects: dict[str, int] = defaultdict(int)
    killed: dict[str, int] = defaultdict(int)
    of_name: dict[tuple[str, str], int] = defaultdict(int)
    temperatures: dict[tuple[str, Key], int] = defaultdict(int)
    things = {id(f) for f, k in keyed if k.kind == "age" and _thing_age(comparison, f)}
    for f, k in keyed:
        if k.kind == "age" and id(f) not in things:
            ages[f.report] += 1
            suspects[f.report] += k.predicate in _HELD  # (named or not: 'A second man,
            # Tom Reed, 31, was arrested')
            killed[f.report] += k.predicate == "killed"
            of_name[(f.report, k.head)] += named_age(f)
            if full := _full_name(f, k):
                of_name[(f.report, full)] += named_age(f)
        elif k.unit in TEMPERATURE_UNITS:
            temperatures[(f.report, k)] += 1

    def one_of_name(f: Figure, k: Key) -> bool:
        full = _full_name(f, k)
        return named_age(f) and (of_name[(f.report, k.head)] == 1 or bool(
            full and of_name[(f.report, full)] == 1))

    return [(f, k) for f, k in keyed if (
        k.kind != "age" or id(f) in things or ages[f.report] == 1 or one_of_name(f, k)
        or (_suspect_age(f, k) and _told_as_the_suspect(comparison, f) and suspects[f.report] == 1)
        or (_victim_age(f, k) and killed[f.report] == 1 and _told_as_victim(comparison, f))
    ) and (
        k.unit not in TEMPERATURE_UNITS or temperatures[(f.report, k)] == 1)]


#: what befalls someone whose age tells a suspect's
_HELD = frozenset({"arrested", "charged"})


def _told_as_the_suspect(comparison: Comparison, f: Figure) -> bool:
    """An age told of 'the suspect' (one, by the article): 'the suspect, a 28-year-old
    man', 'The 29-year-old suspect', 'the alleged gunman, 31,'."""
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    before = text[max(start, f.start - 40):f.start]
    sentence = comparison.sentence_text(f.report, f.sentence)
    if _SEVERAL_HELD.search(text):
        return False  # 'A second suspect was arrested on Friday'; 'Two other men, aged 30
        # and 33, were arrested later': the suspect is one of several
    if _OTHER_CASE.search(sentence) or _then(comparison, f) or _IN_MONTH.search(sentence) \
            or _IN_YEAR.search(sentence):
        return False  # 'In January the suspect, a 19-year-old man, was arrested and later
        # jailed', 'the suspect ... was arrested over last week's hammer attack'
    words = (f.subject or "").lower().split()
    return bool(_THE_SUSPECT.search(before)) or (
        bool(words) and words[-1] in _SUSPECT_WORDS
        and bool(re.search(r"\bthe\s+$", before, re.IGNORECASE)))


#: words of a sentence that tells another time or case than the story's ('over last week's
#: hammer attack', 'In a separate incident', 'In a similar attack', 'two years ago'; not
#: 'arrested last night', 'earlier on Monday', 'a former soldier'; 'Separately',
#: 'Elsewhere', 'In an unrelated case', 'days after police arrested the suspect')
_OTHER_CASE = re.compile(
    r"\b(?:(?:last|previous)\s+(?:week|month|year|summer|autumn|winter|spring)|"
    r"earlier\s+this\s+(?:week|month|year)|(?:years?|months?|weeks?)\s+(?:ago|earlier)|"
    r"(?:a|another)\s+(?:separate|similar|earlier|previous|related|unrelated)|"
    r"another\s+(?:case|attack|incident|stabbing|shooting|robbery)|separately|unrelated|"
    r"meanwhile|elsewhere|(?:days|weeks|months)\s+(?:after|before))\b", re.IGNORECASE)
#: words of a report that tells more than one suspect, or someone else held or released
#: ('His brother, 27, was held', 'His passenger, 31, was released without charge')
_SEVERAL = (r"(?:second|third|other|another|further|more|two|three|four|several)\s+"
            r"(?:[a-z]+\s+)?")
_SEVERAL_HELD = re.compile(
    r"\balso\s+(?:been\s+)?(?:arrested|held|detained)\b|\b(?:was|were)\s+held\b|"
    r"\breleased\b|"
    rf"\b{_SEVERAL}(?:suspects?|arrests)\b|"
    rf"\b{_SEVERAL}(?:men|man|women|woman|people|teenagers?|youths?)\b[^.;]{{0,60}}?"
    r"\b(?:arrested|detained|held|charged|custody|questioned)\b|"
    rf"\b(?:arrested|detained|charged)\s+(?:a\s+)?{_SEVERAL}", re.IGNORECASE)
#: a month a sentence tells its facts in ('in January the suspect ... was arrested'): another
#: time than the story's (which tells its days by weekday or date)
_IN_MONTH = re.compile(r"\b(?i:in|since|during|until|last)\s+(?:early\s+|late\s+|mid-)?"
                       rf"(?:{FULL_MONTHS})\b")


#: 'the suspect' right before an age told of them ('the suspect, a 28-year-old', 'the
#: alleged gunman, 31,'; not 'the brother of the suspect, a 31-year-old man')
_THE_SUSPECT = re.compile(rf"(?<!\bof\s)\bthe\s+(?:alleged\s+|suspected\s+)?"
                          rf"(?:{'|'.join(sorted(_SUSPECT_WORDS))})\s*,\s*(?:an?\s+)?$",
                          re.IGNORECASE)


def _thing_age(comparison: Comparison, f: Figure) -> bool:
    """An age of a thing: a vehicle, a building or a machine within three words after it
    ('a 31-year-old government turboprop', 'the 40-year-old bridge'), not a person named
    by it ('a 58-year-old bus driver', 'the 40-year-old crane operator')."""
    after = comparison.report(f.report).text[f.end:f.end + 80]
    thing = _AGED_THING.match(after)
    if thing is None:
        return False
    person = re.match(r"\s+([a-z]+)", after[thing.end():])
    return not (person and (person.group(1) in _THING_PEOPLE
                            or person.group(1).endswith(_PERSON_ENDINGS)))


#: people named by a thing they work with ('bus driver', 'ship captain', 'mine worker');
#: not comparable.is_person_noun, whose roles ('a 45-year-old mine official') would make
#: two ages of people in a report where one is compared by its own key (a review of
#: made-up cases, 2026-12-05)
_THING_PEOPLE = frozenset({"crew", "captain", "pilot", "skipper", "owner", "staff",
                           "guard", "chief", "boss", "head", "hand", "hands"})
_PERSON_ENDINGS = ("er", "or", "man", "men", "ist", "ian", "ant", "ent")
#: things whose age a story tells beside people's
_AGED_THING = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:planes?|aircraft|jets?|turboprops?|airliners?|helicopters?|"
    r"ships?|vessels?|ferry|ferries|boats?|tankers?|trains?|buses|bus|trucks?|lorry|"
    r"lorries|cars?|buildings?|bridges?|dams?|cranes?|towers?|blocks?|plants?|reactors?|"
    r"pipelines?|stadiums?|roofs?|mines?|tunnels?|structures?|machines?|equipment)\b")


def _titled_as_named(comparison: Comparison, f: Figure) -> Figure:
    """An age told of a title and a surname ('Mr Koric, 54,') as told of the one full name
    of that surname its report gives ('bus driver Anzel Koric' earlier in the report), so
    that it is compared with other reports' 'Anzel Koric, 52'; else ``f`` as it is: a
    report that gives two or no given names of the surname, titles it twice ('Mr Koric'
    and 'Mrs Koric'), tells kin or a couple anywhere ('his son Tomas Koric', 'the couple's
    car', 'Brothers Anzel and Davor Koric'), or whose sentence of the title speaks of the
    other sex ('Ms Ashby, 44, said he had complained') leaves the titled age apart."""
    words = person_name(f)
    title = words[0].lower().rstrip(".") if len(words) == 2 else ""
    if title not in _TITLES_OF_ONE:
        return f
    surname, text = words[1], comparison.report(f.report).text
    titles = {m.group(1).lower() for m in re.finditer(
        rf"\b(Mrs|Mr|Ms|Miss)\.?\s+{re.escape(surname)}\b", text)}
    if len(titles) > 1 or _KIN_OR_COUPLE.search(text):
        return f  # 'Mr Koric' and 'Mrs Koric', a widow, a couple, brothers: two of the
        # surname may be told
    pronouns = set(re.findall(r"\b(he|his|him|she|her|hers)\b",
                              comparison.sentence_text(f.report, f.sentence).lower()))
    other_sex = {"she", "her", "hers"} if title == "mr" else {"he", "his", "him"}
    if pronouns & other_sex:
        return f  # 'Ms Ashby, 44, said he had complained': his widow, not him
    given: set[str] = set()
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text):
        if m.group(1).lower() not in _NOT_GIVEN and not is_person_noun(m.group(1).lower()):
            given.add(m.group(1))
    if len(given) != 1:
        return f
    return f.model_copy(update={"subject": f"{given.pop()} {surname}"})


#: titles of one sex before a surname ('Mr Koric'), and capitalised words before a
#: surname that are no given name (titles, words opening a sentence)
_TITLES_OF_ONE = frozenset({"mr", "mrs", "ms", "miss"})
_NOT_GIVEN = _TITLES_OF_ONE | {"dr", "prof", "sir", "dame", "lord", "lady", "the", "a",
                               "an", "when", "after", "as", "and", "but", "said", "told"}
#: words of kin or a couple: a report that tells one may name two of one surname
_KIN_OR_COUPLE = re.compile(r"\b(?:wife|husband|widow|widower|spouse|couple|partner|"
                            r"brothers?|sisters?|sons?|daughters?|mother|father|family|"
                            r"cousins?|twins?|parents?|relatives?)\b", re.IGNORECASE)


def _full_name(f: Figure, key: Key | None = None) -> str:
    """A named age's given name and surname ('marek dulavin'; 'Ivo Dulavin, 29' beside
    'Marek Dulavin, 54' is another person, whose age is compared with other reports' Ivo
    Dulavin only; a given name alone keyed by the surname the cluster gives it,
    :func:`_given_name_ages`: 'Daniel was just 20' beside 'mum Ruta Orsat, 47'); a surname
    alone is no full name (empty)."""
    words = person_name(f)
    if len(words) == 1 and key is not None and key.head != words[0].lower():
        return f"{words[0].lower()} {key.head}"
    return " ".join(words).lower() if len(words) >= 2 else ""


def _sole_figures(
    figures: Sequence[Figure], comparison: Comparison
) -> list[tuple[Figure, Key]]:
    """Rates, percentages, amounts and measures with no subject, when a report states only
    one of its kind and unit and names the same entities around it: "Tokyo stocks close
    0.26 pc lower" vs "Tokyo stocks close down 1.53 %" (never Nasdaq vs S&P)."""
    pool = [f for f in figures if interval(f) is not None and (
        f.kind in {"percent", "money", "measure"} or (
            f.kind == "count" and isinstance(f.value, float) and not f.value.is_integer()))]
    count: dict[tuple[str, str, str | None], int] = defaultdict(int)
    for f in pool:
        count[(f.report, f.kind, base_unit(f))] += 1
    out = []
    for f in pool:
        if count[(f.report, f.kind, base_unit(f))] != 1 or key_of(f) is not None:
            continue
        names = _entities(comparison.sentence_text(f.report, f.sentence))
        if names or f.kind == "percent":  # 'They remain 40 percent below ...' names nothing
            out.append((f, Key(f.kind, base_unit(f), None, names, SOLE, frozenset())))
    return out


def _sole_amounts(
    comparison: Comparison, figures: Sequence[Figure], keyed: list[tuple[Figure, Key]],
    money: _MoneyCount,
) -> list[tuple[Figure, Key]]:
    """An amount of money with nothing said of what it is for ("The firm has promised 3.5
    million euros for grieving families"), when it is the only such amount of its currency
    in its sentence (``money``: :func:`_money_count`): compared with the same in aligned
    sentences only (as every figure without an event is), and an amount for a period ('€30m
    a day', 'about $420 million a year') only with one for the same period.  Every amount
    with a key and an interval is already in ``keyed``, so those left have no key."""
    done = {id(f) for f, _ in keyed}
    out: list[tuple[Figure, Key]] = []
    for f in figures:
        if f.kind == "money" and id(f) not in done and interval(f) is not None \
                and money[(f.report, f.sentence, f.unit)] == 1:
            period = _period(comparison, f)
            mods = frozenset({period}) if period else frozenset()
            out.append((f, Key(f.kind, base_unit(f), None, frozenset(), AMOUNT, mods)))
    return out


_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|night|annum)\b",
                     re.IGNORECASE)


def _period(comparison: Comparison, f: Figure) -> str | None:
    """The period an amount is told for ('€30m a day': 'day'), None for a sum."""
    if f.kind != "money":
        return None
    found = _PERIOD.match(comparison.report(f.report).text, f.end)
    return found.group(1).lower() if found else None


_MoneyCount = dict[tuple[str, int, str | None], int]


def _money_count(figures: Iterable[Figure]) -> _MoneyCount:
    """Amounts per (report, sentence, currency)."""
    count: _MoneyCount = defaultdict(int)
    for f in figures:
        if f.kind == "money":
            count[(f.report, f.sentence, f.unit)] += 1
    return count


_UP = {"rose", "rise", "rises", "rising", "gained", "gain", "gains", "gaining", "jumped",
       "jumps", "climbed", "climbs", "added", "adds", "advanced", "surged", "soared", "up",
       "higher", "rallied", "strengthened", "strengthens", "firmed", "increasing", "increased",
       "grew", "grows", "ballooned", "widened", "risen", "grown", "increase", "increases",
       "hike", "hikes", "jump"}
_DOWN = {"fell", "fall", "falls", "falling", "lost", "lose", "loses", "losing", "shed", "sheds",
         "dropped", "drop", "drops", "dipped", "dips", "slipped", "slips", "declined",
         "declines", "plunged", "plunges", "tumbled", "slid", "eased", "sank", "retreated",
         "down", "lower", "decreasing", "decreased", "weakened", "weakens", "gave", "shrank",
         "narrowed", "fallen", "cut", "cuts", "reduction", "decrease", "decreases"}


def _direction(comparison: Comparison, f: Figure) -> int:
    """+1 for a rise, -1 for a fall, 0 when the words around a market change do not say
    ("fell 27 cents, or 2 percent": both -1; "close 0.5 pct higher": +1)."""
    text = comparison.report(f.report).text
    after = re.match(r"\s*([A-Za-z]+)", text[f.end:f.end + 20])
    if after and after.group(1).lower() in _UP | _DOWN:
        return 1 if after.group(1).lower() in _UP else -1
    for w in reversed(re.findall(r"[A-Za-z]+", text[max(0, f.start - 60):f.start])[-6:]):
        w = w.lower()
        if w in _UP or w in _DOWN:
            return 1 if w in _UP else -1
        if w not in {"or", "by", "cents", "cent", "points", "point", "percent", "pct", "pc",
                     "was", "were", "is", "are", "had", "has", "have", "also", "a", "an",
                     "of"}:  # 'an increase of 33%'
            return 0
    return 0


def _sole_toll(
    fa: tuple[Figure, Key], fb: tuple[Figure, Key], count_a: int, count_b: int
) -> bool:
    """Aligned sentences that each state one figure of an event about people ("Gunmen kill
    10 foreign tourists" vs "Gunmen kill 11 foreign climbers") speak of one toll even when
    they name the victims differently; the counted words must be plural nouns (not "80
    unaccounted"), never soldiers vs civilians, and the nations must agree ("2 U.S.
    soldiers" may be part of "8 soldiers")."""
    a, b = fa[1], fb[1]
    return (count_a == count_b == 1 and a.predicate in _SOLE_TOLL_EVENTS
            and ("more" in a.mods) == ("more" in b.mods)  # "3 more dead" is not "4 dead"
            and _people_noun(fa) and _people_noun(fb)
            and (a.kind, a.unit, a.predicate, a.nations) == (b.kind, b.unit, b.predicate,
                                                             b.nations)
            and not {a.head, b.head} & {SOLE, _PART}  # 'Nine of those injured': a part
            and {a.head, b.head} != {"soldiers", "civilians"})


def _people_noun(fk: tuple[Figure, Key]) -> bool:
    """The figure counts a plural noun ("tourists", "girls", "people"), not a stray word."""
    if fk[1].head in {"people", "soldiers", "civilians"}:
        return True
    last = (fk[0].subject or "").split()[-1:] or [""]
    w = last[0].lower()
    return w.endswith(("men", "children", "people")) or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _per_unit(key: Key) -> bool:
    """An amount of money per family, per person, per victim: one rate for one event."""
    return key.kind == "money" and "per" in key.mods and key.head != AMOUNT


def _payer_words(comparison: Comparison, f: Figure) -> set[str]:
    return set(_entities(comparison.sentence_text(f.report, f.sentence))) - _TITLES


def _same_payer(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether the sentences of two figures name one person or body ('Minister Greta
    Havel has promised' and 'Havel's offer'), titles aside."""
    return bool(_payer_words(comparison, a) & _payer_words(comparison, b))


def _other_payers(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether the sentences of two figures both name people or bodies, and not the same
    ('Havel has promised' vs 'Kovac wants')."""
    wa, wb = _payer_words(comparison, a), _payer_words(comparison, b)
    return bool(wa and wb and not wa & wb)


_TITLES = {"minister", "president", "prime", "secretary", "chief", "transport", "finance",
           "foreign", "interior", "defence", "defense", "health", "government", "mr", "mrs",
           "ms", "dr"}


#: who tells a sentence's figures ('The National Crime Directorate said', 'according to
#: the Interior Ministry'): a source, no name of what is counted
_SOURCING = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,5}"
    r"|\b(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,5}(?:said|says|told|announced|reported|"
    r"confirmed|stated)\b")
#: a sentence whose figures belong to whoever tells them ('its plan', 'it cancelled')
_REFERS_BACK = re.compile(r"\b(?:its|their|it|they)\b", re.IGNORECASE)


def _names(sentence: str) -> frozenset[str]:
    """Names of a sentence for telling two things apart: not nations (outlets name a
    place at different levels, "Taiwan" or "Hualien"), not short abbreviations ("SW",
    "CENC": directions, agencies), and not the first word (a capital there says nothing)
    unless a capitalised word follows it ("Halvic Construction was fined ...")."""
    tokens = tokenize(sentence)
    toks = [t for t in tokens if t.text[:1].isalpha()]
    if toks and not (len(toks) > 1 and toks[1].cap and toks[0].low not in STOPWORDS
                     and sentence[toks[0].end:toks[1].start] == " "):
        # the words after the first (as the text after it would be tokenised alone)
        tokens = [t for t in tokens if t.start >= toks[0].end]
    short = {t.low for t in tokens if t.text.isupper() and len(t.text) <= 4}
    return frozenset(n for n in _entities_of(tokens) if not n.isupper() and n not in short)


def _entities(sentence: str) -> frozenset[str]:
    """Names in a sentence (nations as codes), ignoring Title Case capitals and dates."""
    return _entities_of(tokenize(sentence))


def _entities_of(tokens: Sequence[Token]) -> frozenset[str]:
    """:func:`_entities` of a sentence's tokens."""
    toks = [t for t in tokens if t.text[:1].isalpha()]
    title_case = sum(t.cap for t in toks) > 0.6 * max(len(toks), 1)
    names: set[str] = set()
    for t in toks:
        code = nation_code(t.text) if t.cap else None
        if code:
            names.add(code)
        elif t.cap and without_possessive(t.low) not in _NOT_ENTITIES \
                and t.low not in STOPWORDS and (not title_case or t.text.isupper()):
            names.add(without_possessive(t.low))  # "February's" is a date, no name
    return frozenset(names)


_NOT_ENTITIES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "the", "a", "an",
                 "in", "on", "at", "and", "but", "for", "of", "to", "mr", "mrs", "ms", "dr"}


def _across(
    keyed: list[tuple[Figure, Key]], where: GroupIndex,
    figures: Sequence[Figure], comparison: Comparison, money: _MoneyCount,
    years: _Years, *, named_years: _Years, days: _Days, near: Neighbours = frozenset(),
    titled: frozenset[int] = frozenset(),
) -> list[Divergence]:
    """value/bound divergences between reports, one per connected quantity (``money``:
    :func:`_money_count`; ``years``: the past years each sentence names, ``named_years``
    all it names, :func:`_years`; ``days``: the days each names, :func:`_days`;
    ``titled``: ids of ages told of a title that names one person, :func:`_titled_ages`)."""
    n = len(keyed)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keyed_in: dict[str, list[tuple[Figure, Key]]] = defaultdict(list)
    for item in keyed:
        keyed_in[item[0].report].append(item)
    figures_in: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        figures_in[f.report].append(f)
    memo: dict[tuple[int, str], bool] = {}
    told_for: dict[tuple[int, frozenset[float]], bool] = {}

    def other_year(i: int, f: Figure) -> bool:
        """``f`` is told for other past years than figure i, and i's report tells the
        quantity for ``f``'s years too: 'killed about 90 in 1987' beside 'killed at least
        212' (today's toll) is history, compared with nothing of another report's today."""
        fi, ki = keyed[i]
        those = years[(f.report, f.sentence)]
        if years[(fi.report, fi.sentence)] == those:
            return False
        if (i, those) not in told_for:
            told_for[(i, those)] = any(
                g is not fi and years[(g.report, g.sentence)] == those and matches(ki, k)
                for g, k in keyed_in[fi.report])
        return told_for[(i, those)]

    def opposite(a: Figure, b: Figure, key: Key) -> bool:
        """Two market changes, one a rise and the other a fall."""
        return key.predicate == "change" and _direction(comparison, a) * _direction(
            comparison, b) < 0

    groups_of: dict[str, set[str]] = defaultdict(set)
    for (rep, _), ids in where.items():
        groups_of[rep].update(ids)

    def told_apart(f: Figure, other: str, key: Key) -> bool:
        """``f`` is a count another report gives too, in a sentence aligned with ``f``'s
        that report ``other`` has no sentence in: a quantity of its own ('about 1,200
        officers on duty' at a concert, told by two reports), not the one ``other``
        tells."""
        groups = set(where.get((f.report, f.sentence), ()))
        return bool(groups) and not groups & groups_of[other] and any(
            g.report not in {other, f.report} and matches(key, k) and not conflict(f, g)
            and groups & set(where.get((g.report, g.sentence), ())) for g, k in keyed)

    def covered(i: int, report: str) -> bool:
        """``report`` also states a value of this quantity that agrees with figure i
        ("18 additional cases" there, "149 cases" here: not a clash), or states the same
        number in a sentence about this quantity ("six arrests Wednesday, compared to 47
        the previous night" covers "47 arrests"; 'on 20 per cent, up from 18' covers another
        report's '18 per cent' of that party in a poll of an earlier time (:data:`_EARLIER`);
        'would pay 500,000 talers to each bereaved family, on top of the government's
        compensation of 1 million talers' covers '1 million talers for each bereaved
        family')."""
        if (i, report) in memo:
            return memo[(i, report)]
        fi, ki = keyed[i]
        same = [(f.sentence, f) for f, k in keyed_in[report] if matches(ki, k)]
        sentences = {s for s, _ in same}
        result = any(not conflict(fi, f) and not opposite(fi, f, ki) and not _loosely(f, fi)
                     and not (ki.predicate is None and _below_loosely(fi, f)
                              and told_apart(f, fi.report, ki))
                     for _, f in same) or any(
            f.sentence in sentences and f.kind == fi.kind and f.value == fi.value
            and ((kf := key_of(f)) is None or (f.subject or "").startswith("part of ")
                 or (kf.predicate == "from" and f.kind == "percent"
                     and kf.head in {ki.head, ""} and kf.nations == ki.nations
                     and _EARLIER.search(comparison.sentence_text(fi.report, fi.sentence))
                     is not None)
                 or (kf.kind == "count" and kf.predicate is not None and bool(kf.nations)
                     and not ki.nations and kf.predicate == ki.predicate)
                 or (f.kind == "money" and _added_payers(comparison, f, fi)))
            for f in figures_in[report]) or any(  # 'holds 42 of the 80 seats' covers '42 seats'
            f.kind == fi.kind and f.value == fi.value and (kf := key_of(f)) is not None
            and kf.head == ki.head and kf.predicate is None and not conflict(fi, f)
            and set(where.get((report, f.sentence), ())) & set(where.get((fi.report,
                                                                          fi.sentence), ()))
            for f in figures_in[report])  # 'four officers were among nine people injured'
        # in an aligned sentence covers 'four officers were hurt'; 'Two Tarvanians were
        # among 11 people killed' covers another report's 'two were killed'
        memo[(i, report)] = result
        return result

    listing: dict[tuple[str, int], set[str | None]] = defaultdict(set)
    for f, k in keyed:  # currencies of the market levels a sentence quotes
        if k.predicate == "level" and f.kind == "money":
            listing[(f.report, f.sentence)].add(f.unit)
    per_event: dict[tuple[str, int, str | None], int] = defaultdict(int)
    per_unit: dict[tuple[str, int], Counter[str | None]] = defaultdict(Counter)
    in_phrase = {id(f) for f, _ in keyed if _in_phrase(comparison, f)}  # read once, not per pair
    for f, k in keyed:
        if id(f) not in in_phrase:  # 'at least 15 armed men in two skiffs': one toll
            per_event[(f.report, f.sentence, k.predicate)] += 1
        if k.kind == "measure":
            per_unit[(f.report, f.sentence)][k.unit] += 1

    def tolls(f: Figure, k: Key) -> int:
        """How many tolls of ``f``'s event its sentence tells; none when ``f`` itself stands
        in a phrase ('wounded in eight bomb blasts')."""
        return 0 if id(f) in in_phrase else per_event[(f.report, f.sentence, k.predicate)]

    @cache
    def named(report: str, index: int) -> frozenset[str]:
        text = comparison.sentence_text(report, index)
        if not _REFERS_BACK.search(text):  # 'The Senate said its plan ...': its own
            text = _SOURCING.sub(" ", text)
        return _names(text)

    @cache
    def worldwide(report: str, index: int) -> bool:
        """The sentence tells its figures for the whole world ('nationwide ... the world's
        total' does not)."""
        text = comparison.sentence_text(report, index)
        return _WORLDWIDE.search(text) is not None and _NATIONWIDE.search(text) is None

    def lone_amount(f: Figure) -> bool:
        return money[(f.report, f.sentence, f.unit)] == 1

    in_group: Counter[tuple[str, str, str | None]] = Counter(
        (g, f.report, f.unit) for f in figures if f.kind == "money"
        for g in where[(f.report, f.sentence)])

    full_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f, k in keyed:
        if k.kind == "age" and named_age(f) and (full := _full_name(f, k)):
            full_names[(f.report, k.head)].add(full)

    def kin(f: Figure, k: Key, other: Figure) -> bool:
        """``f`` names someone of a surname its report gives to two people, and ``other``
        names that surname alone: which of them it means is not told."""
        return len(full_names[(f.report, k.head)]) > 1 and not _full_name(other, k)

    @cache
    def as_named(f: Figure) -> Figure:
        return _titled_as_named(comparison, f)  # (each age's report text read once)

    @cache
    def then_of(f: Figure) -> int | None:
        return _past_year_told(comparison, f)

    aimed: dict[int, bool] = {}

    def goal(f: Figure) -> bool:
        """:func:`_goal`, read once per figure (it is asked for every compared pair)."""
        if id(f) not in aimed:
            aimed[id(f)] = _goal(comparison, f)
        return aimed[id(f)]

    foreseen: dict[int, bool] = {}

    def future(f: Figure) -> bool:
        if id(f) not in foreseen:
            before = " ".join(re.findall(r"[\w']+", _words_before(comparison, f))[-8:])
            foreseen[id(f)] = _FUTURE.search(before) is not None or _BY_YEAR.match(
                comparison.report(f.report).text, f.end) is not None
        return foreseen[id(f)]

    def lone_amounts(i: int, j: int) -> bool:
        """Two aligned sentences, each its report's only amount of a currency in a group
        they share, one of which says not what it is for ('demanding a whopping $5 million'
        vs 'a ransom of $4.5m'; '€210m' beside other amounts in its report vs the report's
        only '€120 million'): one sum, when the values lie within :data:`_NEAR` and do not
        touch ('a million' vs 'more than $1 million'), both or neither are foreseen ('could
        reach $26 billion by 2033' is no trade reached) and they are told for the same
        period ('a year')."""
        (fi, ki), (fj, kj) = keyed[i], keyed[j]
        return (ki.kind == "money" and {ki.head, kj.head} & {AMOUNT, SOLE} != set()
                and any(in_group[(g, fi.report, fi.unit)] == in_group[(g, fj.report, fj.unit)]
                        == 1 for g in set(where[(fi.report, fi.sentence)])
                        & set(where[(fj.report, fj.sentence)]))
                and values_within(fi, fj, _NEAR) and not _touching(fi, fj)
                and future(fi) == future(fj)
                and _period(comparison, fi) == _period(comparison, fj))

    # a measure of a named thing told once in each report ('6,000 hectares of farmland' vs
    # '9,000 hectares of farmland') is one quantity wherever the sentences fall; so is a
    # count of a named kind of thing when the values lie close (_named_thing): counts told
    # once with no such bound raised false flags on NeuS ('one bill' vs 'two bills' that
    # are other bills; weekly unemployment claims of two weeks) and ECB+ (23 pirates held
    # vs an estimated 1,500), percentages on BASIL (two votes' shares) and MRPC
    told: dict[tuple[str, Key], int] = defaultdict(int)
    for f, k in keyed:
        told[(f.report, k)] += 1
    # ... and so is a rate per person told once ('$4,000 each' vs '$6,000 a head'), and a
    # named person's age (keyed by the surname: 'confidence in Marovic, 54' vs 'escorted
    # Marovic, 56, from the building')
    # (not a distance from a place: 'the depot lies 20 km from Kyiv' and 'Bila Tserkva,
    # 80 km from Kyiv' are two places, one report each)
    # ... and the forces sent in, when each report counts them once ('An army of more than
    # 600 cops swooped' vs 'About 400 officers took part in Sunday's raids')
    # ... and the age of one arrested or charged, told with a noun of a person ('a
    # 28-year-old man was arrested' vs 'Police arrested a 29-year-old man'), when the ages
    # differ as a slip does; and shots fired in the shooting (:func:`_shots_fired`)
    fired = [_shots_fired(comparison, f, k) for f, k in keyed]  # read once, used per pair
    told_dead = [_victim_age(f, k) and _told_as_victim(comparison, f) for f, k in keyed]
    # an unnamed age of someone killed that is the killer's or of another time
    not_the_dead = [_victim_age(f, k) and not told_dead[n] for n, (f, k) in enumerate(keyed)]
    once = [((k.kind == "measure" and not k.broad and k.head not in {SOLE, "distance"})
             or _per_unit(k) or _forces_sent(f, k)
             or _named_thing(f, k) or named_age(f) or id(f) in titled or _suspect_age(f, k)
             or fired[n])
            and told[(f.report, k)] == 1
            for n, (f, k) in enumerate(keyed)]
    # ... and a sum or a share that names what it is (not one a thing moved by, nor a share
    # told as an open bound), when the stated values lie close and neither rounds the other
    # (not a pay rise demanded or offered whose sentence tells an earlier dispute: 'Last
    # year the union demanded 7 per cent', 'in 2019')
    by_name = [_named_sum(k) and not _moved_by(comparison, f)
               and not (f.subject in PAY_CLAIMS and (_PAST_CLAIM.search(
                   comparison.sentence_text(f.report, f.sentence)) or years[
                       (f.report, f.sentence)]))
               and (k.kind == "money" or _closed(f)) and told[(f.report, k)] == 1
               for f, k in keyed]
    published = {r.id: r.published_date.year if r.published_date else None
                 for r in comparison.reports}

    @cache
    def entities(report: str, index: int) -> frozenset[str]:
        return _entities(comparison.sentence_text(report, index))

    def near_pair(i: int, j: int) -> bool:
        """Figures i and j name one thing (not a sole or unnamed amount; a sum may be named
        more closely in one, :func:`_one_sum`), each the only figure of that thing in its
        sentence ('won 18 of their next 23 games ... at least 12 games below' is no one
        count of games), in two sentences that are each other's nearest (``near``) and
        share a name when both give one ('Wayne had five catches' vs 'Allen had three
        catches' are two players), name the same years and tell no background
        (:data:`_BACKGROUND`: 'So far this year, 212 migrants have drowned', 'The old
        hospital it replaces had only 180 beds')."""
        (fi, ki), (fj, kj) = keyed[i], keyed[j]
        if tuple(sorted(((fi.report, fi.sentence), (fj.report, fj.sentence)))) not in near:
            return False
        if ki.head in {SOLE, AMOUNT} or kj.head in {SOLE, AMOUNT} or not (
                matches(ki, kj) or _one_sum(ki, kj)):
            return False
        if any(sum(matches(k, other) for g, other in keyed_in[f.report]
                   if g.sentence == f.sentence) > 1 for f, k in ((fi, ki), (fj, kj))):
            return False
        if named_years[(fi.report, fi.sentence)] != named_years[(fj.report, fj.sentence)]:
            return False  # 'In 2007, floods swept through 400 homes' is history
        if any(_BACKGROUND.search(comparison.sentence_text(f.report, f.sentence))
               for f in (fi, fj)):
            return False  # 'Last season's final drew a record crowd of 89,000'
        ei, ej = entities(fi.report, fi.sentence), entities(fj.report, fj.sentence)
        return not (ei and ej and not ei & ej)

    conflicts: list[tuple[int, int]] = []
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, (_, k) in enumerate(keyed):  # only keys that can match are compared
        buckets[(k.kind, k.unit, k.predicate)].append(i)
    for members in buckets.values():
        for a, i in enumerate(members):
            for j in members[a + 1:]:
                fi, ki = keyed[i]
                fj, kj = keyed[j]
                if fi.report == fj.report or other_kinds(fi, fj):
                    continue  # (a tiger's weight and a leopard's, two gases)
                aligned = bool(set(where.get((fi.report, fi.sentence), ())) & set(
                    where.get((fj.report, fj.sentence), ()))) or near_pair(i, j)
                if _PART in {ki.head, kj.head} and not aligned and not _same_fate(
                        comparison, fi, fj):
                    continue  # parts of a whole are many ('12 of those arrested are from
                    # the town', '31 of those arrested had been charged')
                if not matches(ki, kj) and not (aligned and _sole_toll(
                        (fi, ki), (fj, kj), tolls(fi, ki), tolls(fj, kj))) and not (
                        aligned and _one_measure((fi, ki), (fj, kj),
                                                 per_unit[(fi.report, fi.sentence)],
                                                 per_unit[(fj.report, fj.sentence)])) \
                        and not (aligned and _one_sum(ki, kj)) \
                        and not (aligned and lone_amounts(i, j)) \
                        and not (told_dead[i] and told_dead[j] and _one_victim(ki, kj) and (
                            ki.head == kj.head or _slip(fi, fj)) and len(
                                _sexes(comparison, fi) | _sexes(comparison, fj)) < 2):
                    continue
                if CROWD_LIMIT in {fi.subject, fj.subject} and not aligned and not (
                        values_within(fi, fj, _CLOSE)):
                    continue  # limits set on two crowds ('a limit of 30 people at funerals'
                    # vs 'weddings are limited to 15'; the pier's 300 vs a fan zone's 5,000)
                if TIME_TO_VOTE in {fi.subject, fj.subject} and (not aligned or len({
                        comparison.report(f.report).published_date for f in (fi, fj)}) > 1):
                    continue  # the days left before a vote are one count only in sentences
                    # of one fact told the same day, or by reports none of which is dated
                    # ('resigned ten days before the vote' vs 'arrested three days before the
                    # vote' are two moments)
                if other_year(i, fj) or other_year(j, fi):
                    continue
                if _other_then(then_of(fi), then_of(fj), named_years[(fi.report, fi.sentence)],
                               named_years[(fj.report, fj.sentence)]):
                    continue  # 'the first strike since 2011, when a nine-day walkout ended'
                if named_age(fi) and named_age(fj) and (other_people(
                        as_named(fi), as_named(fj)) or far_apart(fi, fj, _OTHER_GENERATION)):
                    continue  # 'Sarah Kovac, 41' and 'Daniel Kovac, 45'; 'Schoolboy Owen
                    # Pryce, 11' and 'His father, Owen Pryce, 43'
                if not aligned and ((told_dead[i] and told_dead[j] and not _slip(fi, fj))
                                    or not_the_dead[i] or not_the_dead[j]):
                    continue  # in sentences the aligner kept apart: the ages of two of the
                    # dead ('a 61-year-old man' and 'a man, 77,'), not one told twice; the
                    # one who killed ('killed by a 25-year-old driver'); a death of another
                    # time ('A 62-year-old man was killed at the same junction in 2019')
                if ki.kind == "age" and (kin(fi, ki, fj) or kin(fj, kj, fi)):
                    continue  # 'Dulavin, 56' and one of 'Marek Dulavin, 54' and 'Ivo ...'
                if ki.kind == "age" and len({published[fi.report], published[fj.report]}
                                            - {None}) > 1:
                    continue  # ages told in other years: 27 at the arrest, 29 at the trial
                if "more" in ki.mods and _added_on_other_days(comparison, fi, fj, ki, kj, days):
                    continue  # 'recovered eight more bodies' one day, '13 more' the next
                if worldwide(fi.report, fi.sentence) != worldwide(fj.report, fj.sentence):
                    continue  # 'killed 343 of them' nationwide vs 'at least 790' worldwide
                if _goal_and_reading(comparison, fi, fj, goal=goal):
                    continue  # a goal ('to bring the deficit below 3 per cent of GDP by
                    # 2028') is no reading of today's ('a deficit of 5.9 percent of GDP')
                if ki.predicate in MARKET_ROLES and _later_day(comparison, fi, fj, days):
                    continue  # a market's move of a later day than the other report's
                if _state_later(comparison, fi, fj, days):
                    continue  # 'Twelve people remain in hospital' the day after 'Fourteen
                    # people are in serious condition in hospital': that day's patients
                if AMOUNT in {ki.head, kj.head} and not (lone_amount(fi) and lone_amount(fj)):
                    continue  # an amount that says not what it is for: one per sentence only
                if {AMOUNT, SOLE} & {ki.head, kj.head} and ki.kind == "money" and _owed(
                        comparison, fi) != _owed(comparison, fj):
                    continue  # a debt ('is owed 1.1 billion marks') is no sum set aside or
                    # paid ('had set aside 400 million marks to cover potential losses')
                if (ki.predicate is None or ki.predicate in _PLACE_BOUND) and not (
                        ki.head in _ONE_PER_EVENT and ki.kind == "money"):
                    raiders = all(_forces_sent(f, k) and k.head == "attacker" and not (
                        _BACKGROUND.search(comparison.sentence_text(f.report, f.sentence)))
                        for f, k in ((fi, ki), (fj, kj)))
                    shots = fired[i] and fired[j]
                    told_once = once[i] and once[j] and fired[i] == fired[j] and not (
                        _suspect_age(fi, ki) and not _slip(fi, fj)) and not (
                        _per_unit(ki) and _other_payers(comparison, fi, fj)) and not (
                        _named_thing(fi, ki) and not raiders and not shots
                        and far_apart(fi, fj, _CLOSE)
                    ) and not (_forces_sent(fi, ki) and not values_within(fi, fj, _FORCES_APART)
                    ) and not (shots and not values_within(fi, fj, _SHOTS_APART))
                    named_once = by_name[i] and by_name[j] and values_within(fi, fj, _CLOSE) \
                        and not _rounded(fi, fj)
                    if not aligned and not (_per_unit(ki) and _same_payer(comparison, fi, fj)) \
                            and not told_once and not named_once:
                        continue  # without an event ("killed"), only aligned sentences compare
                    ni, nj = named(fi.report, fi.sentence), named(fj.report, fj.sentence)
                    if ni and nj and not ni & nj and not told_once:
                        continue  # the Senate's plan vs the House's: different things
                li, lj = listing[(fi.report, fi.sentence)], listing[(fj.report, fj.sentence)]
                if ki.predicate in MARKET_ROLES and li and lj and not li & lj:
                    continue  # one share quoted in euros and in dollars: two listings
                parent[root(i)] = root(j)
                if (conflict(fi, fj) or opposite(fi, fj, ki)) and not covered(i, fj.report) \
                        and not covered(j, fi.report):
                    conflicts.append((min(i, j), max(i, j)))
    by_component: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, j in conflicts:
        by_component[root(i)].append((i, j))
    out: list[Divergence] = []
    component: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        component[root(i)].append(i)
    for comp, pairs in by_component.items():
        members = component[comp]
        figs = [keyed[i][0] for i in members]
        in_conflict = {i for p in pairs for i in p}
        bound = any(not is_exact(keyed[i][0]) or not is_exact(keyed[j][0]) for i, j in pairs)
        label = _label([keyed[i] for i in members])
        change = keyed[members[0]][1].predicate == "change"
        message = f"{label}: " + _values_text(
            [keyed[i][0] for i in members if i in in_conflict],
            [keyed[i][0] for i in members if i not in in_conflict],
            shown=partial(_show_change, comparison) if change else None)
        severity = _severity([(keyed[i][0], keyed[j][0]) for i, j in pairs],
                             keyed[members[0]][1])
        out.append(Divergence(
            id="", kind="figure", subkind="bound" if bound else "value",
            group=main_group(figs, where), severity=severity, message=message,
            evidence=tuple(_evidence(f) for f in figs)))
    return out


#: words of a sentence that tells an earlier pay claim or offer than today's
_PAST_CLAIM = re.compile(r"\b(?:last|previous|earlier|ago|former|won(?!['\u2019]t)|settled)\b",
                         re.IGNORECASE)


#: words of a sentence that tells history or another thing of the kind beside the story's
#: own (not compared through nearest sentences only)
_BACKGROUND = re.compile(
    r"\b(?:last|previous|next|so far|this year|(?:a|one|two|three) years? (?:ago|earlier)|"
    r"old|older|former|earlier|record|average|usually|normally|typically|annual|every "
    r"year|a year|per year|each year)\b", re.IGNORECASE)


#: events whose counts are told for one place and time, so compare like figures without an
#: event: a market's move, a crowd ('10,000 gathered' in one square, 'about 1,000 people
#: attended' a sit-down elsewhere), people crossing ('11,200 crossed on Monday', '47,800
#: have crossed since Thursday')
_PLACE_BOUND = MARKET_ROLES | {"took part", "crossed"}


#: what befell a part of a whole, told after it: 'of those arrested had been charged with'
_FATE = re.compile(r"\s+of\s+(?:those|these|the|them)\b(?:\s+[a-z]+)?\s+(?P<fate>[^,.;:]{0,60})")


def _same_fate(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """Whether two parts of a whole are told with a word in common for what befell them
    ('31 of those arrested had been charged' and '28 of those arrested had been charged with
    public order offences'; not '12 of those arrested are from the town')."""
    def fate(f: Figure) -> set[str] | None:
        m = _FATE.match(comparison.report(f.report).text, f.end)
        words = re.findall(r"[a-z']+", m.group("fate").lower()) if m else []
        if _NO_FATE & set(words):
            return None  # 'were released without charge' is no charge
        return {w[:5] for w in words if w not in STOPWORDS and w not in _LIGHT_VERBS
                and len(w) > 3}

    fa, fb = fate(a), fate(b)
    return fa is not None and fb is not None and bool(fa & fb)


#: words after a part that negate what befell it; verbs that tell nothing of it alone
#: ('taken to hospital' vs 'taken home': reviews' made-up cases)
_NO_FATE = frozenset({"without", "not", "no", "never", "n't"})
_LIGHT_VERBS = frozenset({"taken", "take", "given", "sent", "brought", "held", "made",
                          "kept", "left", "found", "been", "being", "have", "were", "went"})


def _forces_sent(f: Figure, k: Key) -> bool:
    """A count of the police or soldiers sent in, or of the attackers who struck: ten or
    more, no other event told of them, or their taking part ('about 120 officers', 'More
    than 200 officers took part'; 'the attackers numbered about 20' vs 'a gang of at least
    40 gunmen'; not 'one cop put both hands on his head' and 'the two cops arrived' of
    ECB+ 19). Counts of attackers told once in each report, neither in a sentence of
    background, are compared within :data:`_FORCES_APART`; those of the police or soldiers
    within :data:`_CLOSE` as named things are (a review's made-up cases: two deployments,
    for a derby and a march, each told once)."""
    return k.kind == "count" and k.head in {"soldiers", "officers", "officer", "attacker"} and (
        k.predicate in {None, "took part"}) and not k.nations and not k.mods and (
        (f.low if f.low is not None else float(f.value or 0)) >= _FORCES_LEAST)


def _shots_fired(comparison: Comparison, f: Figure, k: Key) -> bool:
    """Shots (rounds) counted with no other word for them and no event, or as taking
    part, in a sentence that tells them fired or heard ('three shots were fired', 'fired
    more than 50 rounds', 'described hearing about 15 shots'; not 'two warning shots',
    'Five shots hit him', 'a magazine holding 30 rounds', 'Orwell had 14 shots'), not by
    the police or soldiers ('Officers fired two shots') nor by one of several ('One
    gunman fired 15 shots'), nor of another time or case ('last month five shots were
    fired at a house'): told once in each report, they are the one shooting's, compared
    within :data:`_SHOTS_APART` (reviews of made-up cases). A count of shots that is not
    so told is compared with none that is."""
    if not (k.kind == "count" and k.head == "shot" and not k.mods and not k.nations and (
            k.predicate in {None, "took part"})):
        return False
    sentence = comparison.sentence_text(f.report, f.sentence)
    return bool(_FIRED.search(sentence)) and not (
        _FIRED_BY_FORCES.search(sentence) or _ONE_OF_SEVERAL.search(sentence)
        or _OTHER_CASE.search(sentence))


#: a sentence that tells shots fired, and one that tells who fired them as the police or
#: soldiers, or as one of several attackers
_FIRED = re.compile(r"\b(?:fired|rang\s+out|heard|hearing)\b", re.IGNORECASE)
_FIRED_BY_FORCES = re.compile(r"\b(?:police|officers?|marksm[ae]n|troops|soldiers|guards?|"
                              r"security\s+forces)\s+(?:had\s+|then\s+|also\s+)?(?:fired|"
                              r"opened\s+fire|returned\s+fire)\b", re.IGNORECASE)
_ONE_OF_SEVERAL = re.compile(r"\b(?:one|second|another|other|first|each)\s+(?:gunman|"
                             r"attacker|shooter|assailant|man|sniper)\b", re.IGNORECASE)


#: how far apart two counts of shots may lie and still be one shooting's ('about 30 shots'
#: and 'more than 50 rounds' are; three and 12 are not)
_SHOTS_APART = 2.0


#: the fewest police or soldiers counted as a force sent in, and how far apart two counts
#: of the forces may lie and still be one force's (a review's case: 'about 300 cops took
#: part' in a casino raid and 'More than 2,000 officers took part in that wider operation')
_FORCES_LEAST = 10
_FORCES_APART = 2.5


def _one_measure(fa: tuple[Figure, Key], fb: tuple[Figure, Key],
                 units_a: Counter[str | None], units_b: Counter[str | None]) -> bool:
    """Two measures of one unit, each the only one of its sentence, whose subjects share a
    word ('1.2 million litres of crude oil' vs 'at least 1.5 million litres of toxic
    crude'): in aligned sentences, one quantity (not durations: '9 days' of one thing and
    'about 30 days' of another are told side by side; not market moves, whose names say
    which index moved; as :func:`matches` asks, of the same nations and both or neither
    'more'; values less than tenfold apart)."""
    (f, a), (g, b) = fa, fb

    def unnamed(k: Key) -> Key:  # the key without what it names, 'more' kept
        return replace(k, head="", mods=k.mods & {"more"})

    return a.kind == "measure" and a.unit not in DURATION_UNITS and (
        a.predicate not in MARKET_ROLES) and units_a[a.unit] == units_b[b.unit] == 1 and (
        matches(unnamed(a), unnamed(b)) and a.nations == b.nations) and not far_apart(
        f, g) and bool(({a.head} | a.mods) & ({b.head} | b.mods)) and not _wind_and_other(f, g)


def _wind_and_other(a: Figure, b: Figure) -> bool:
    """A wind's speed and another thing's: 'The lorry was travelling at 50 mph' is no
    'Gusts of 130 km/h' (a review's made-up case)."""
    return a.unit in _SPEEDS and b.unit in _SPEEDS and (
        a.subject == "wind speed") != (b.subject == "wind speed")


_SPEEDS = frozenset({"km/h", "mph"})


def _one_sum(a: Key, b: Key) -> bool:
    """Two sums of one currency for the same thing, one named more closely than the other
    ('a €20m fund' vs 'the €25 million compensation fund'): in aligned sentences, one
    quantity (as :func:`matches` asks otherwise: the same predicate and nations, both or
    neither 'more')."""
    return a.kind == b.kind == "money" and a.unit == b.unit and a.head == b.head and (
        a.head not in {AMOUNT, SOLE}) and a.predicate == b.predicate and (
        a.nations == b.nations) and ("more" in a.mods) == ("more" in b.mods) and (
        a.mods <= b.mods or b.mods <= a.mods)


def _suspect_age(f: Figure, k: Key) -> bool:
    """An unnamed age of someone arrested or charged, told with a noun of one person ('a
    28-year-old man was arrested')."""
    return k.kind == "age" and k.predicate in _HELD and not named_age(f) \
        and is_person_noun(k.head)


def _victim_age(f: Figure, k: Key) -> bool:
    """An unnamed age of someone killed, told with a noun of one person ('killed a
    61-year-old man', 'The man who died was 63')."""
    return k.kind == "age" and k.predicate == "killed" and not named_age(f) \
        and is_person_noun(k.head)


def _told_as_victim(comparison: Comparison, f: Figure) -> bool:
    """Whether an unnamed age of someone killed is told of the story's dead: not of the one
    who killed ('was killed by a 25-year-old driver', 'hit by a car driven by a 19-year-old
    motorist'), nor in a sentence of another time or case ('A 62-year-old man was killed at
    the same junction in 2019', 'Last year a 40-year-old died there')."""
    text = comparison.report(f.report).text
    if _BY_AGENT.search(text, max(0, f.start - 12), f.start) or _DOER_AFTER.match(text, f.end):
        return False
    sentence = comparison.sentence_text(f.report, f.sentence)
    return not _A_YEAR.search(sentence) and not _OTHER_CASE.search(sentence) and not (
        _OTHER_NIGHT.search(sentence))


#: 'by a' right before an age: the doer's ('killed by a 25-year-old driver')
_BY_AGENT = re.compile(r"\bby\s+(?:a|an|the)\s+$", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: ... the age of one told as killing ('Police said a 34-year-old man killed his neighbour')
_DOER_AFTER = re.compile(r"[-\w]*(?:\s+(?!(?:was|were|been|is|are|being|who)\b)[a-z]+){0,2}?"
                         r"\s+(?:allegedly\s+)?(?:killed|stabbed|shot|murdered|strangled|"
                         r"attacked)\s+(?!(?:to|dead|by|in|at|on)\b)[a-z]", re.IGNORECASE)
#: ... and a death of another month or night ('In March a 63-year-old man was killed at the
#: same crossing', 'On the same night a 17-year-old boy was killed in a crash')
_OTHER_NIGHT = re.compile(rf"\b(?:in|since|last)\s+(?:{FULL_MONTHS})\b(?!\s+\d)|"
                          r"\bthe\s+same\s+(?:night|day|evening|morning)\b", re.IGNORECASE)
#: nouns of one person that say who one is, not what one was doing ('a pensioner' and 'a
#: man' may be one; 'a driver' and 'a pedestrian' are the two sides of a crash)
_PLAIN_PERSON = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "teen",
                           "pensioner", "retiree", "youngster", "tot", "toddler", "baby",
                           "infant", "lad", "granny", "grandmother", "grandfather", "grandma",
                           "grandpa", "gran", "grandad"})


def _one_victim(ka: Key, kb: Key) -> bool:
    """Two unnamed ages of the story's dead, each its report's only one
    (:func:`_unambiguous_ages`, :func:`_told_as_victim`), told with one noun where one report
    says where the person was from and the other does not ('a seven-year-old girl from
    Kestrova' vs 'a little girl of just six'), or with nouns that say who one is and do not
    tell two sexes ('A pensioner, 72, died of hypothermia' vs 'a 71-year-old man ... died
    in hospital from hypothermia'); in :func:`_across` the ages must then differ as a slip
    does (always for two nouns, in sentences the aligner kept apart for one) and their
    sentences tell no two sexes ('a frail pensioner, 83, found in her flat')."""
    if ka.nations and kb.nations:
        return False
    if ka.head == kb.head:
        return ka.mods == kb.mods
    heads = {ka.head, kb.head}
    return heads <= _PLAIN_PERSON and (heads & _FEMALE == set() or heads & _MALE == set())


def _named_thing(f: Figure, k: Key) -> bool:
    """A count of a named kind of thing (not people at large), :data:`_MANY` or more: '36
    rescuers' and 'More than 40 rescuers', each told once in its report, are one quantity
    when their intervals lie close (:data:`_CLOSE`: the higher one starts within that
    factor of the lower one's end); far apart they are other things ('23 pirates' held vs
    'an estimated 1,500' active)."""
    return (k.kind == "count" and not k.broad and k.head not in {SOLE, AMOUNT}
            and isinstance(f.value, float) and f.value >= _MANY)


def _closed(f: Figure) -> bool:
    """A figure told as a value or a range, not as an open bound ('more than 75 percent',
    'up to 80'): only such shares pair on their place or their name alone."""
    return f.low is not None and f.high is not None and f.low > 0


def _rounded(a: Figure, b: Figure) -> bool:
    """One value may be the other rounded to its last non-zero digit ('a $43,000 Rolex' vs
    'a $43,350 Rolex'): no clash for the figures only a name pairs across groups."""
    for x, y in ((a.value, b.value), (b.value, a.value)):
        if isinstance(x, float) and isinstance(y, float) and x.is_integer() and x >= 100:
            digits = str(int(x))
            step = 10 ** (len(digits) - len(digits.rstrip("0")))
            if step >= 100 and abs(x - y) < step / 2:
                return True
    return False


def _named_sum(k: Key) -> bool:
    """A sum of money or a share that names what it is (a 'ransom', a 'loss', 'Kestovia's
    electricity'), told once in each report: one quantity when the values lie close."""
    return k.kind in {"money", "percent"} and k.head not in {SOLE, AMOUNT} and not k.broad


_BY = re.compile(r"\b(?:by|of)\s*$", re.IGNORECASE)
_MORE_OR_LESS = re.compile(r"\s*(?:higher|lower|more|less|up|down|above|below|rise|"
                           r"increase|drop|fall|jump|cut|gain|loss)\b", re.IGNORECASE)


def _moved_by(comparison: Comparison, f: Figure) -> bool:
    """A share a thing moved by ('crashed by 18 per cent', '17.6 percent higher', 'a rise
    of 5%'), not one it stands at or makes up ('at 18 per cent of capacity', 'make up 23
    percent of the population')."""
    text = comparison.report(f.report).text
    return f.kind == "percent" and (_BY.search(text, max(0, f.start - 12), f.start) is not None
                                    or _MORE_OR_LESS.match(text, f.end) is not None)


def _loosely(bound: Figure, f: Figure) -> bool:
    """``bound`` is a maximum ('up to') far above ``f``: it holds ``f`` only loosely
    ('repeat offenders up to 10,000 marks' says nothing of a fine of 2,500)."""
    iv = interval(bound)
    if iv is None or iv[0] > 0:
        return False
    a, b = bound.value, f.value
    return isinstance(a, float) and isinstance(b, float) and min(a, b) > 0 and (
        max(a, b) > _LOOSE * min(a, b))


def _below_loosely(bound: Figure, f: Figure) -> bool:
    """``bound`` is a minimum ('more than') far below ``f``: it may hold ``f`` only loosely
    ('more than 400 armed officers stormed homes' says nothing of 'about 1,200 officers on
    duty' at a concert days later). :func:`_across` reads a minimum so only for counts of
    no event (a toll told as 'at least 10 killed' rises through the day: on ECB+ such
    minima of earlier hours met today's tolls) and only against a count that another
    report tells as a quantity of its own (a review's made-up cases: 'more than 400
    officers' of a whole operation is held by its 'about 1,200 officers in all')."""
    iv = interval(bound)
    a, b = bound.value, f.value
    return iv is not None and iv[1] == float("inf") and isinstance(a, float) and isinstance(
        b, float) and a > 0 and b > _LOOSE * a


#: words of a sum foreseen, not reached, in the eight words before it ('could reach $26
#: billion by 2033')
_FUTURE = re.compile(r"\b(?:could|would|will|may|might|expects?|expected|forecasts?|"
                     r"projected)\b", re.IGNORECASE)
_BY_YEAR = re.compile(r"\s+by\s+(?:20\d\d|the end of)\b")
#: words before a figure that make it a goal ('is intended to bring the deficit below 3
#: per cent'), and a year after it ('3 per cent of GDP by 2028')
_GOAL = re.compile(r"\b(?:intended|aims?|targets?|goal)\b\D*$", re.IGNORECASE)
_GOAL_YEAR = re.compile(r"(?:\s+of\s+(?:GDP|output))?\s+by\s+(?P<year>20\d\d)\b")
#: how far apart (a factor) two figures may lie that only their place in aligned sentences
#: pairs (a lone amount with no subject, a share with none): 14.6 vs 16.4 billion, 16% vs 18%
_NEAR = 2.0
#: named ages this far apart (a factor) are two people of one name, a child and a parent,
#: not one age told differently (reports' ages differ by a year or two, a swapped digit:
#: 34 vs 43)
_OTHER_GENERATION = 1.6
#: durations compared with no subject in aligned sentences (_may_be_one)
_HOURS_OR_MINUTES = frozenset({"h", "min"})
#: how far apart (a factor) two counts told once in each report may lie and be one quantity
#: (and two measures with no subject told once in aligned sentences: _may_be_one)
_CLOSE = 1.35
#: ... and the least such count ('one bill' vs 'two bills' are other bills)
_MANY = 10

#: how far above a value a maximum may lie and still be read as telling that value
_LOOSE = 1.5


def _later_day(comparison: Comparison, a: Figure, b: Figure, days: _Days) -> bool:
    """One report is published after the other and tells this figure for its own day
    ('up 4 percent this morning' the day after another's 'fell 19%') or as a move on from
    the last ('rose a further 1.8 per cent to $82.87' the day after '3.1% to $81.40')."""
    da, db = comparison.report(a.report).published_date, comparison.report(
        b.report).published_date
    if da is None or db is None or da == db:
        return False
    later = a if da > db else b
    text = comparison.sentence_text(later.report, later.sentence)
    sentence = comparison.sentences_of(later.report)[later.sentence]
    clause = re.split(r"[,;]|\band\b|\bbut\b", comparison.report(later.report).text[
        sentence.start:later.start])[-1]
    return (_TODAY.search(text) is not None or _MOVED_ON.search(clause) is not None) and (
        not _one_day_told(a, b, days))


#: events whose counts are states that change from day to day
_STATES = frozenset({"hospitalised"})  # (not 'critical': 'at least three fighting for
# their lives' a day after two in a critical condition was a planted disagreement of
# bird-flu-human-cases)
#: ... told right after the count as it stands on the day of writing: 'Twelve people remain
#: in hospital', 'three, including a child, are still in hospital' (not 'are believed to
#: have been taken', 'were treated', nor a 'remain' of another clause)
_STATE_NOW = re.compile(r"(?:\s*,[^,;.]{1,60},)?\s+(?:(?:still|now)\s+)?(?:remain|remains|are|is|"
                        r"(?:was|were)\s+still)\b"
                        r"(?!\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?(?:believed|understood|"
                        r"thought|said|reported|known|expected|likely|feared|estimated|"
                        r"confirmed|among)\b)(?!(?:\s+\w+)?\s+been\b)",
                        re.IGNORECASE)


def _state_later(comparison: Comparison, a: Figure, b: Figure, days: _Days) -> bool:
    """One report is published after the other and tells a count of people in a state as
    it stands on its own day ('Twelve people remain in hospital' the day after 'Fourteen
    people are in serious condition in hospital'): patients leave hospital, so the two
    days' counts are two quantities, unless both sentences name the same day. Both must
    count one such state (:data:`_STATES`)."""
    if a.predicate not in _STATES or a.predicate != b.predicate:
        return False
    da, db = comparison.report(a.report).published_date, comparison.report(
        b.report).published_date
    if da is None or db is None or _one_day_told(a, b, days):
        return False

    now_a, now_b = (_STATE_NOW.match(comparison.report(f.report).text, f.end) is not None
                    for f in (a, b))
    if da == db:
        # reports of one day: a count as it stands now below one of those taken in ('11
        # were taken to hospital' vs 'Seven people remain in hospital', sports-hall-fire, dev)
        if now_a == now_b:
            return False
        still, taken = (a, b) if now_a else (b, a)
        return isinstance(still.value, float) and isinstance(taken.value, float) and (
            still.value < taken.value)
    return now_a if da > db else now_b


def _added_on_other_days(comparison: Comparison, a: Figure, b: Figure,
                         ka: Key | None, kb: Key | None, days: _Days) -> bool:
    """Two increments or others ('eight more bodies', '13 more bodies'; 'Four other people
    died'), at least one told as 'more', of reports published on different days that name
    other days: each counts what was added by its own day. So are counts of a state told as
    it stands on a later day (:func:`_state_later`)."""
    if _state_later(comparison, a, b, days):
        return True
    if ka is None or kb is None or "more" not in ka.mods or "more" not in kb.mods or not any(
            re.search(r"\bmore\b", f.subject or "") for f in (a, b)):
        return False  # ('11 other stocks' and '14 other stocks' are no increments; 'two more
        # bodies' one day is none of 'Four other people died' the day before)
    da, db = comparison.report(a.report).published_date, comparison.report(
        b.report).published_date
    return da is not None and db is not None and da != db and not _one_day_told(a, b, days)


def _one_day_told(a: Figure, b: Figure, days: _Days) -> bool:
    """Whether the two figures' sentences name the same days (``days``, :func:`_days`: 'on
    Sunday' in both, read against each report's own date), so that reports of two days
    tell that one day's figure (not 'on Sunday ... from Saturday's disaster' vs 'on Monday
    ... Saturday's')."""
    told = days.get((a.report, a.sentence), frozenset())
    return bool(told) and told == days.get((b.report, b.sentence), frozenset())


#: words in the clause before a market's move or level that tell it on from an earlier one
#: ('rose a further 1.8 per cent to $82.87'; not '14 per cent lower on Tuesday and fell a
#: further 6 per cent')
_MOVED_ON = re.compile(r"\b(?:further|another|again)\b", re.IGNORECASE)


def _sources(
    keyed: list[tuple[Figure, Key]], where: GroupIndex,
    figures: Sequence[Figure], comparison: Comparison,
) -> list[Divergence]:
    """One report, one quantity, two values from two named sources; not a count told
    beside a third count, a part of a list ('picked up 52 survivors and the charity ship
    took 35 aboard, officials said' beside '87 survivors, according to the ministry'), not
    counts whose sentences name other days, not a value a change is to reach beside
    today's ('to lift the corporate tax rate ... to 35 percent' beside 'currently stands at
    30 percent, officials said'). Reports that tell the same quantity so are one
    divergence (organisers' and police's crowd counts in three reports: one flag, each
    report's pair of values named)."""
    counts: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    days: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in figures:
        if f.kind == "count":
            counts[(f.report, f.sentence)].append(f)
        elif f.kind == "date":
            days[(f.report, f.sentence)].add(f.text.lower())

    def other_days(f: Figure, other: Figure) -> bool:
        """'Another 8,500 crossed on Tuesday' and 'Monday's record of 11,200': two days."""
        a, b = days[(f.report, f.sentence)], days[(other.report, other.sentence)]
        return bool(a and b and not a & b)

    def listed(f: Figure, other: Figure) -> bool:
        return any(g is not f and g is not other for g in counts[(f.report, f.sentence)])

    out: list[Divergence] = []
    quantities: list[list[tuple[tuple[Figure, Key], tuple[Figure, Key]]]] = []
    by_report: dict[str, list[tuple[Figure, Key]]] = defaultdict(list)
    for fk in keyed:
        by_report[fk[0].report].append(fk)
    pairs = [(a, b) for items in by_report.values()
             for i, a in enumerate(items) for b in items[i + 1:]]
    for (fi, ki), (fj, kj) in pairs:
        if AMOUNT in {ki.head, kj.head} or not matches(ki, kj) or not conflict(fi, fj):
            continue
        if not fi.source or not fj.source or _one_source(fi.source, fj.source):
            continue
        if far_apart(fi, fj, _SOURCES_APART):
            continue  # a fine of 2,500 marks and losses of 340 million: other things
        if fi.kind == "count" and (listed(fi, fj) or listed(fj, fi)):
            continue
        if other_days(fi, fj) or _new_level(comparison, fi) or _new_level(comparison, fj):
            continue
        pi, pj = _place_of(comparison, fi), _place_of(comparison, fj)
        if pi and pj and pi != pj:
            continue  # 'In Ostrel, five died, the hospital said. Two died in Dorvanne, ...'
        same = next((q for q in quantities if matches(q[0][0][1], ki)), None)
        if same is None:
            quantities.append([((fi, ki), (fj, kj))])
        else:
            same.append(((fi, ki), (fj, kj)))
    for told in quantities:
        figs = list({(f.report, f.start, f.end): f for pair in told for f, _ in pair}.values())
        label = _label([fk for pair in told for fk in pair])
        out.append(Divergence(
            id="", kind="figure", subkind="sources", group=main_group(figs, where),
            severity="low", message=f"{label}: " + "; ".join(
                f"{_show(a)} according to {a.source} vs {_show(b)} according to {b.source} "
                f"({a.report})" for (a, _), (b, _) in told),
            evidence=tuple(_evidence(f) for f in figs)))
    return out


#: what tells one source's figure against another's in one sentence: '..., but the
#: hospital said', '..., while the ambulance service put the number at', 'whereas';
#: '..., though' and '..., although' (group 'weak') may also join two facts of other things
#: ('12 people were hurt, although 40 homes were saved'), so they count only where the two
#: figures' keys tell one quantity or the second is told as 'it' (_one_quantity); so does a
#: bare semicolon ('The ministry puts the population at about 320; the Trust says there
#: are fewer than 200')
_CONTRAST = re.compile(r"(?:,|;)\s*(?:but|while|whereas|(?P<weak>though|although))\b"
                       r"|\bwhereas\b|(?P<semicolon>;)", re.IGNORECASE)
#: a verb by which a source puts a number on something ('put the number at', 'estimated it at')
_PUT = r"\b(?:put|puts|putting|pegged|placed|estimated|gave)\s+"
#: the second source's number told as 'the number (of transfers)' the first one counts
_NUMBER_PUT_AT = re.compile(_PUT + r"the\s+(?:number|figure|total|tally|toll)\s+"
                            r"(?:of\s+(?:(?!(?:officers|police|troops|soldiers|guards|"
                            r"stewards)\b)[a-z]+\s+){1,3})?at\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
#: ... or the first source's count told so, the second bare ('The organisers put the
#: number of riders involved at 38, but the union said more than 40 had gone down')
_NUMBER_PUT_BEFORE = re.compile(_PUT + r"the\s+(?:number|figure|total|tally|toll)\s+"
                                r"(?:of\s+(?:[\w-]+\s+){1,3})?at\s+(?:\w+\s+){0,2}$",
                                re.IGNORECASE)
#: a participle told after a count's verb ('45 had been destroyed'), or in the phrase of
#: the number a source puts ('the number of homes damaged')
_DONE_AFTER = re.compile(r"\s+(?:had|has|have|were|was|are|is)\s+(?:(?:since|already|also|"
                         r"now|later|actually|all|[a-z]+ly)\s+)?(?:been\s+)?(?:(?:since|"
                         r"already|also|now|later|actually|all|[a-z]+ly)\s+)?([a-z]+)\b")
_DONE_IN = re.compile(r"\b([a-z]+(?:ed|en|wn|lt))\s+at\b")


def _same_done(put: str, after: str) -> bool:
    """Whether a bare second count's verb tells no other act than the number the first
    source puts ('the number of riders involved at 38' and 'more than 40 had gone down';
    not 'the number of homes damaged at 60' and '45 had since been destroyed', nor 'the
    number of employees at 4,000' and '1,200 had been sacked')."""
    first, second = _DONE_IN.search(put), _DONE_AFTER.match(after)
    if second is None or not second.group(1).endswith(("ed", "en", "wn", "lt")):
        return True
    return first is not None and first.group(1) == second.group(1)  # ('the number of
    # employees at 4,000' is no count of the '1,200 [who] had been sacked')


#: the first source's count told as the crowd it puts a number on ('The club put the
#: attendance at 27,400, while police estimated that about 25,000 people were inside')
_CROWD_PUT_AT = re.compile(_PUT + r"the\s+(?:attendance|crowd|turnout)\s+at\s+(?:\w+\s+){0,2}$",
                           re.IGNORECASE)
#: ... or the second source's, of a first count of those taking part (not of those on
#: duty: :data:`_ON_DUTY`): 'while police put the likely crowd at about 45,000', 'put the
#: number at the main rally in Unity Square at'
_CROWD_PUT_AFTER = re.compile(_PUT + r"(?:the\s+)?(?:(?:likely|total|overall|final|peak)\s+)?"
                              r"(?:attendance|crowd(?:\s+size)?|turnout|number)\s+"
                              r"(?:(?:at|outside|along|near|on|in)\s+the\s+(?:[a-z-]+\s+)?"
                              r"(?:rally|march|protest|demonstration|vigil|gates|route|square)"
                              r"(?:\s+(?:in|on|at|outside)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3})?\s*)?"
                              r"at\s+(?:\w+\s+){0,2}$")
#: heads of people on duty at a crowd, not in it
_ON_DUTY = frozenset({"officer", "officers", "soldiers", "steward", "guard", "marshal",
                      "volunteer", "firefighter", "medic", "workforce"})
#: ... against another's estimate of it ('while police estimated that about 25,000'), of
#: those there ('... people were inside the ground'; not 'were turned away', 'had gathered
#: outside')
_ESTIMATED = re.compile(r"\b(?:estimated|estimates|counted|reckoned)\s+(?:that\s+)?"
                        r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_THERE = re.compile(r"\s+(?:were|was|had\s+been)\s+(?:inside|in\s+the\s+(?:ground|stadium|"
                    r"stands|arena|hall|square)|present|there|in\s+attendance)\b|\s+"
                    r"(?:attended|watched)\b", re.IGNORECASE)
#: ... or as 'it', a bare number ('put the crowd at about 12,000, while police estimated it
#: at 3,500'; not 'while organisers put it at 15,000 marchers': another thing counted)
_IT_PUT_AT = re.compile(rf"(?:{_PUT}|\bmeasured\s+)it\s+at\s+(?:\w+\s+){{0,2}}$",
                        re.IGNORECASE)
#: ... or as 'a figure of' the second source gave: 'while the Finance Ministry has given a
#: preliminary figure of 38 million talirs' (not 'a figure of 300 for the number of damaged
#: shopfronts': :data:`_FOR_ANOTHER`)
_FOR_ANOTHER = re.compile(r"[^,.;]{0,25}?\bfor\b")
_FIGURE_OF = re.compile(r"\b(?:gave|given|gives|give|offered|published|released|issued)\s+"
                        r"(?:a|an|its|their|the)\s+(?:[a-z]+\s+){0,2}(?:figure|estimate)\s+"
                        r"of\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _contrasted_sources(comparison: Comparison, figures: Sequence[Figure],
                        where: GroupIndex,
                        found: Sequence[Divergence]) -> list[Divergence]:
    """One sentence that sets one named source's figure against another's with 'but',
    'while' or 'whereas' ('The fire service put the number of injured at 11, but the
    hospital said it had treated 14 people'; 'Customs valued the haul at 520 million
    euros, but a police officer said its street value could reach 700 million euros'): the
    contrast says they tell one quantity, even when their words differ
    (:func:`_one_quantity`): counts of one head (or people against people) and one
    predicate (injured and hospitalised are one), not 'eight of them' or 'two more', or a
    second count told as 'put the number (of transfers) at'; sums, shares and measures of
    one unit and, when both name one, one head; the same nations. Figures a flag already
    compares are left to it."""
    told = _told(found)
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind in {"count", "money", "percent", "measure"} and f.source \
                and interval(f) is not None:
            by_sentence[(f.report, f.sentence)].append(f)
    out: list[Divergence] = []
    for (report, _), figs in sorted(by_sentence.items()):
        text = comparison.report(report).text
        figs.sort(key=lambda f: f.start)
        # each figure against the next of its kind, past figures of other kinds ('91 per
        # cent of its members at the 14 striking universities ..., while the ministry put
        # participation at 68 per cent')
        following = [next((g for g in figs[k + 1:] if g.kind == f.kind), None)
                     for k, f in enumerate(figs)]
        for a, b in ((f, g) for f, g in zip(figs, following, strict=True) if g is not None):
            # a contrast in words before a bare semicolon ('...; the drugs were hidden in
            # banana crates, but a police officer said ...')
            contrast = min(_CONTRAST.finditer(text, a.end, b.start), default=None,
                           key=lambda m: m.group("semicolon") is not None)
            if a.kind != b.kind or (base_unit(a) != base_unit(b) and (
                    a.unit != b.unit or _told_as_change(text, a) or _told_as_change(text, b))) \
                    or _one_source(a.source or "", b.source or "") or not conflict(a, b) \
                    or contrast is None \
                    or {(f.report, f.start, f.end) for f in (a, b)} <= told:
                continue
            ka, kb = key_of(a), key_of(b)
            semicolon = contrast.group("semicolon") is not None
            if semicolon and far_apart(a, b, _IT_APART):
                continue  # 'Police said 300 officers were on duty; organisers put the
                # number at 25,000': two things counted
            if not _one_quantity(a, b, ka, kb, text, weak=contrast.group("weak") is not None
                                 or semicolon, told_as_one=semicolon):
                continue
            keyed = [(f, k or Key(f.kind, base_unit(f), None, frozenset(), SOLE, frozenset()))
                     for f, k in ((a, ka), (b, kb))]
            out.append(Divergence(
                id="", kind="figure", subkind="sources", group=main_group([a, b], where),
                severity="low",
                message=f"{_label(keyed)}: {_show(a)} according to {a.source} vs "
                        f"{_show(b)} according to {b.source} ({report})",
                evidence=(_evidence(a), _evidence(b))))
    return out


#: a verb of change right before a measure ('the river rose 90 centimetres'): how much
#: something moved, no amount of a thing
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|dropped|climbed|"
                            r"increased|decreased|grew|shrank|sank|swelled)\s+(?:by\s+)?"
                            r"(?:\w+\s+)?$", re.IGNORECASE)


def _told_as_change(text: str, f: Figure) -> bool:
    """Whether a measure is told as a change ('rose 90 centimetres'): two sources' measures
    in one written unit are compared in it only when neither is (see
    :func:`_contrasted_sources`; 'the river rose 90 centimetres' is no rainfall)."""
    return _CHANGE_BEFORE.search(text, max(0, f.start - 30), f.start) is not None


#: a word as :func:`_one_quantity` reads names (the source's words too: 'Association,' of
#: 'chairman of the Orvik Fishermen's Association, said' is 'Association')
_WORDS = re.compile(r"[\w'\u2019-]+")
#: how far apart (a factor) two sources' values may lie when the second is told as 'it' (30
#: arrests are no estimate of 45,000 festival-goers; a review's right cases lay within 5x)
_IT_APART = 10.0
#: a verb of saying or counting right before a bare number ('said about 120', 'had recorded
#: about 120'; not 'would reopen after 6', 'the hall holds 1,000', 'left with 70')
_COUNTED_BEFORE = re.compile(r"\b(?:said|says|put|puts|estimated|estimates|counted|recorded|"
                             r"registered|logged|reported|tallied|showed|shows)\s+(?:(?:about|"
                             r"around|some|roughly|nearly|almost|over|more\s+than|fewer\s+than|"
                             r"at\s+least|only|just|as\s+many\s+as|up\s+to)\s+)?$",
                             re.IGNORECASE)


#: capitalised words that name a day or a month, no other thing ('had stayed away from work
#: on Monday, while the ministry put participation at 68 per cent')
_WHEN_WORDS = frozenset([*WEEKDAYS, *FULL_MONTHS.split("|")])
#: whom a source told, no other thing named: 'told Continental Dispatch its street value'
_LISTENER = re.compile(r"\b(?:told|tells|telling)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}")
#: predicates that two sources may give for one count of people ('put the number of
#: injured at 11, but the hospital said it had treated 14')
_ONE_TOLL = ({"injured", "hospitalised"},)
#: a count told as how many there are, what of left unsaid, right after a source's verb
#: ('says there are fewer than 200'), and the end of its clause right after it
_THERE_ARE = re.compile(r"\b(?:says?|said|insists?|insisted|claims?|claimed|estimates?|"
                        r"estimated|believes?|believed|reckons?|reckoned|counts?|counted)"
                        r"\s+(?:that\s+)?there\s+(?:are|were|is|was|remain|remained)\s+"
                        r"(?:\w+\s+){0,2}$", re.IGNORECASE)
#: ... against a first count of a standing number, not of an event that befell some
#: ('The ministry puts the population at about 320'; not '30 bears were culled')
_STANDING = frozenset({"population", "number", "total", "count", "tally", "figure"})
_PUT_AT_BEFORE = re.compile(_PUT + r"(?:[\w'\u2019-]+\s+){1,9}at\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
_STANDS = re.compile(r"\s+(?:(?:are|is|were|was)\s+on\s+strike|remain|remained)\b",
                     re.IGNORECASE)  # ('3,100 teachers are on strike'; not '14 schools are
# closed; ... there are 20')
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;:.!?)]|$)")
#: a count told as some of the one before it: 'eight of them', 'two more'
_SOME_OF = re.compile(r"\s+(?:of\s+(?:them|whom|those)|more|others?)\b", re.IGNORECASE)


def _one_quantity(a: Figure, b: Figure, ka: Key | None, kb: Key | None, text: str, *,
                  weak: bool = False, told_as_one: bool = False) -> bool:
    """Whether two figures that two sources set against each other in one sentence tell
    one quantity (see :func:`_contrasted_sources`; ``weak``: the contrast is 'though',
    'although' or a bare semicolon, see :data:`_CONTRAST`; ``told_as_one``: only a second
    figure told as the first's quantity counts, 'put it at', 'says there are', not two
    counts of one key, which after a semicolon are often two places' tallies: 'said 40
    people were injured in Kharkiv; regional officials said 35 people were injured in
    Odesa')."""
    if ka is not None and kb is not None and ka.nations != kb.nations:
        return False  # '32 of the dead were Cuban, Havana said, while Venezuela named 23'
    if ((b.subject is None and _IT_PUT_AT.search(text, a.end, b.start))
            or (_FIGURE_OF.search(text, a.end, b.start) and not _FOR_ANOTHER.match(
                text, b.end))) and not far_apart(a, b, _IT_APART):
        return True  # 'Organisers put the crowd at about 12,000, while police estimated it
        # at 3,500'; '... at 45 million talirs, while the Finance Ministry has given a
        # preliminary figure of 38 million talirs'
    if a.kind != "count":
        if a.predicate and b.predicate and a.predicate != b.predicate:
            return False  # '91 per cent of its members had voted', '68 per cent of all
            # staff had turned up for work': two acts
        if told_as_one or (weak and (ka is None or kb is None)):
            return False  # 'the ship carried 40 tonnes of fuel, although the company said
            # 5 tonnes had leaked': a measure named on one side only
        # sums, shares and measures: one head when both name one ('unemployment rose to
        # 5.2 percent, while inflation fell to 3.1 percent' are two); with none named,
        # no other name between them ('valued Zeta at $3 billion, while Acme was valued
        # at $5 billion')
        if ka is not None and kb is not None:
            return ka.head == kb.head
        between = text[a.end:b.start]
        own = set(_WORDS.findall(b.source or ""))
        at = between.rfind(b.source) if b.source else -1
        opens = [m.end() for m in _CONTRAST.finditer(between, 0, max(at, 0))]
        if at >= 0 and opens:  # 'but Vestrand-based blockchain analytics firm Ledgerlight'
            own |= set(_WORDS.findall(between[opens[-1]:at]))
        named = re.search(rf"\b{re.escape(b.source)},\s+([^,]{{1,60}}),", between) \
            if b.source else None
        if named is not None:  # 'while the operator, Dravolin River Transport, said'
            own |= set(_WORDS.findall(named.group(1)))
        first = re.split(r"(?<=[.!?])\s+", text[max(0, a.start - 200):b.start])[-1]
        when = {w for w in _WORDS.findall(first) if w in _WHEN_WORDS}
        later = {w for w in _WORDS.findall(clause_from(text, b.end)) if w in _WHEN_WORDS}
        return not (when and later - when) and not any(
            w[:1].isupper() and w not in own and w not in _WHEN_WORDS
            for w in _WORDS.findall(_LISTENER.sub(" ", between)))  # (a day or month named
        # after the second figure, other than one the first's side names, is another time:
        # 'on Monday, while the ministry said 68 per cent had done so on Tuesday')
    if _SOME_OF.match(text, b.end) or (kb is not None and "more" in kb.mods):
        return False  # 'but the hospital said eight of them had been discharged'
    if _NUMBER_PUT_AT.search(text, a.end, b.start):
        return True  # '19 patients ..., while the ambulance service put the number of
        # transfers at 26'
    put = _NUMBER_PUT_BEFORE.search(text, max(0, a.start - 100), a.start)
    if (ka is not None or (a.subject == "number" and _CLAUSE_ENDS.match(text, b.end)
                           and _COUNTED_BEFORE.search(text, max(0, b.start - 40), b.start))) \
            and kb is None and b.subject is None and a.predicate == b.predicate \
            and put is not None and not told_as_one and not far_apart(a, b, _IT_APART) \
            and _same_done(put.group(0), text[b.end:b.end + 40]):
        return True  # 'The organisers put the number of riders involved at 38, but the
        # Union ... said more than 40 had gone down': the second told bare, of the number
        # the first puts, nothing else befalling it ('... at 12, but organisers said 30 had
        # marched'); a first told only as 'the number' when the second ends its clause
        # ('police put the number at about 60, while the operator said its passenger
        # counters had recorded about 120.', subway-stabbing, dev)
    if ka is not None and kb is None and _THERE_ARE.search(text, a.end, b.start) and (
            _CLAUSE_ENDS.match(text, b.end)) and not far_apart(a, b, _IT_APART) and (
            ka.head in _STANDING or ka.predicate == "took part" or _STANDS.match(text, a.end)
            or _PUT_AT_BEFORE.search(text, max(0, a.start - 100), a.start)):
        return True  # 'puts the park's bear population at about 320; the Trust ... says
        # there are fewer than 200.': the second told as there being so many, of a first
        # count of a standing number ('3,100 teachers are on strike', '2,300 marchers took
        # part'; not '30 bears were culled ...; there are about 200', '... says in 2010
        # there were 500')
    if ka is not None and ka.head not in _ON_DUTY and (
            a.predicate == "took part" or (a.predicate is None and (
                ka.head == "people" or is_person_noun(ka.head)))) \
            and b.subject in {None, "crowd", "turnout", "attendance", "total", "people",
                              "number"} \
            and _CROWD_PUT_AFTER.search(text, a.end, b.start) and not far_apart(a, b, _IT_APART) \
            and isinstance(a.value, float) and isinstance(b.value, float) and b.value < a.value:
        return True  # 'said about 2,000 farmers took part, while police put the crowd at
        # around 400'; '..., while police put the number at the main rally in Unity Square
        # at about 4,500' (those taking part by the first source's count, more than the
        # crowd the second puts: a smaller first count is of runners, floats or performers
        # watched by a crowd, a review of made-up cases)
    crowd = kb is None or (kb.head == "people" and kb.predicate in {None, "took part"})
    if crowd and _CROWD_PUT_AT.search(text, max(0, a.start - 60), a.start) and (
            _ESTIMATED.search(text, a.end, b.start)) and _THERE.match(text, b.end) and (
            not far_apart(a, b, _IT_APART)):
        return True  # 'The club put the attendance at 27,400, while police estimated
        # that about 25,000 people were inside the ground'
    if ka is None or kb is None or told_as_one:
        return False
    heads = ka.head == kb.head or (ka.broad and kb.broad)  # people against people
    predicates = ka.predicate == kb.predicate or any(
        {ka.predicate, kb.predicate} <= pair for pair in _ONE_TOLL)
    return heads and predicates


#: the place a count is told for: 'Two people died in Dorvanne' (after the count, in its
#: clause) or 'In the port city of Ostrel, five people died' (opening its sentence, the
#: count right after: not 'In Washington, the Pentagon said 40 ...', where a source is)
_PLACE_AFTER = re.compile(r"[^,;:.]{0,40}?\bin\s+([A-Z][\w-]+)(?:['\u2019]s)?(?=\s*[,;:.]|\s*$|"
                          r"\s+(?:on|and|after|when|during|since|as|last|this|overnight|"
                          r"yesterday|today|early|late)\b)")
_PLACE_OPENING = re.compile(r"\s*In\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:city|town|village|"
                            r"province|region|district|state|county|capital)\s+of\s+)?"
                            r"([A-Z][\w-]+)\s*,\s*(?:\w+\s+){0,2}$")
_NOT_PLACES = {*WEEKDAYS, *FULL_MONTHS.split("|"), "The", "A", "An", "Parliament",
               "Congress", "English", "Court", "Government", "Police"}


def _place_of(comparison: Comparison, f: Figure) -> str | None:
    """The town or region a count is told for, when its clause names one (see
    :data:`_PLACE_AFTER`, :data:`_PLACE_OPENING`)."""
    text = comparison.report(f.report).text
    sentence = comparison.sentences_of(f.report)[f.sentence]
    found = _PLACE_AFTER.match(text, f.end, sentence.end) or _PLACE_OPENING.fullmatch(
        text, sentence.start, f.start)
    place = found.group(1).removesuffix("'s") if found else None
    return place if place not in _NOT_PLACES else None


def _new_level(comparison: Comparison, f: Figure) -> bool:
    """The value a change is yet to reach: 'plans to ... lift the corporate tax rate for
    mining companies to 35 percent', 'will rise to 9 percent' (not 'rose to 40')."""
    before = _words_before(comparison, f)
    to = re.search(r"\bto\s+$", before)
    verb = CHANGED_FROM.search(before[:to.start()]) if to else None
    return verb is not None and _TO_COME.search(before[:verb.start()]) is not None


_TO_COME = re.compile(r"\b(?:to|will|would|shall)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: words that tell a share of an earlier time than today's ('A poll published on Sunday',
#: 'in January's poll', 'last month'): another report may tell that share as the one its
#: party moved from ('on 20 per cent, up from 18'); a share told with none ('The latest
#: poll puts it on 31 per cent', 'has dropped to 61 per cent') is today's
_EARLIER = re.compile(r"\b(?:last|earlier|ago|before|previous|prior|published|"
                      rf"{FULL_MONTHS}|{'|'.join(WEEKDAYS)})\b")


#: Two sources' estimates of one quantity differ, but not by this factor (a crowd of 1.2
#: million by the organisers' count and 240,000 by the police's is five times apart)
_SOURCES_APART = 100.0


def _one_source(a: str, b: str) -> bool:
    """Two namings of one source: one's words within the other's ("Kolbaria's Interior
    Ministry" and "the ministry"; a country's name in the possessive standing for its
    adjective, the other words the same: "Velsk's Fisheries Ministry" and "the Velskan
    Fisheries Ministry"), not "organisers" and "police", nor the health and the defence
    ministries, nor "the coast guard" and "the Guardian"."""
    def words(x: str) -> set[str]:
        return {w.removesuffix("'s").removesuffix("’s") for w in x.casefold().split()
                if w not in STOPWORDS}
    wa, wb = words(a), words(b)
    if bool(wa and wb) and (wa <= wb or wb <= wa):
        return True
    # a country told by its name in one ('Velsk's') and its adjective in the other: the
    # same words but for that one ('South Velsk's army' is not 'the Velskan army')
    owned = {w.removesuffix("'s").removesuffix("’s") for w in f"{a} {b}".casefold().split()
             if w.endswith(("'s", "’s"))}
    wa = {next((y for y in wb if (w in owned or y in owned) and demonym_pair(w, y)), w)
          for w in wa}
    return bool(wa) and wa == wb


def _by_report(figures: Iterable[Figure]) -> dict[str, list[Figure]]:
    """Figures by report, reports in order, each report's in the order of the text."""
    out: dict[str, list[Figure]] = defaultdict(list)
    for f in sorted(figures, key=lambda f: (f.report, f.start)):
        out[f.report].append(f)
    return out


_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


def _said_on(comparison: Comparison, f: Figure) -> bool:
    """Whether a day told back ('yesterday') dates a statement, not the event: 'The
    ministry said yesterday that the barge hit', 'announced last Friday that'."""
    text = comparison.report(f.report).text
    return bool(re.search(r"\b(?:said|says|announced|told|confirmed|reported|stated|added|"
                          r"declared|warned|revealed|disclosed)\s+(?:\w+\s+)?$",
                          text[max(0, f.start - 40):f.start], re.IGNORECASE)
                or re.match(r"\s+that\b", text[f.end:f.end + 6]))


def _dates_in_groups(comparison: Comparison, figures: Sequence[Figure],
                     found: Sequence[Divergence]) -> list[Divergence]:
    """Aligned sentences that each give one absolute date, and the dates differ.

    Only absolute dates are compared ("January 3", "2026-01-03") and days told back from
    the publication date ("last Friday", "yesterday": no future day read in the wrong
    week), and only when each report's sentences in the group hold exactly one of the same
    precision; a span of days ('over the weekend of 14 and 15 March') agrees with any day
    in it (:func:`_date_span`). Where that finds no two such dates, dates told loosely are
    read too (:func:`_loose_dates`).
    """
    told = _told(found)
    strict: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    loose: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind != "date" or not isinstance(f.value, str) or _in_dateline(comparison, f):
            continue
        if written_day(f.text) or (re.fullmatch(
                rf"(?:last\s+{_WEEKDAY_NAME}|yesterday)", f.text, re.IGNORECASE)
                and not _said_on(comparison, f)):
            strict[(f.report, f.sentence)].append(f)
            loose[(f.report, f.sentence)].append(f)
        elif _month_of_a_fact(comparison, f) or _bare_weekday(comparison, f):
            loose[(f.report, f.sentence)].append(f)
    out: list[Divergence] = []
    for g in comparison.groups:
        per_report = _sole_dates(g, strict)
        spans = _strict_spans(comparison, per_report)
        if spans is None and len(per_report) < 2:
            per_report = _one_week(comparison, {
                r: f for r, f in _sole_dates(g, loose).items()
                if (f.report, f.start, f.end) not in told})
            spans = _loose_dates(comparison, per_report)
        if spans is None:
            continue
        per_report = {r: per_report[r] for r in spans}
        named = {r: _names(comparison.sentence_text(r, f.sentence)) - _outlet_words(
            comparison, r, f) for r, f in per_report.items()}
        if all(named[r1] and named[r2] and not named[r1] & named[r2]
               for r1 in per_report for r2 in per_report
               if r1 < r2 and spans[r1] != spans[r2]):
            continue  # two victims found on two days: different facts
        message = _by_value("date", sorted(
            (lo if lo == hi else f"{lo} to {hi}", r) for r, (lo, hi) in spans.items()))
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=g.id, severity="medium",
            message=message,
            evidence=tuple(_evidence(f) for _, f in sorted(per_report.items()))))
    return out


def _sole_dates(group: Group, dates: dict[tuple[str, int], list[Figure]]
                ) -> dict[str, Figure]:
    """The date of each report whose sentences in ``group`` hold exactly one of ``dates``."""
    per_report: dict[str, Figure] = {}
    for m in group.members:
        at = [f for s in m.sentences for f in dates.get((m.report, s), [])]
        if len(at) == 1:
            per_report[m.report] = at[0]
    return per_report


def _strict_spans(comparison: Comparison, per_report: dict[str, Figure]
                  ) -> dict[str, tuple[str, str]] | None:
    """The days (first and last, ISO text) of reports' sole absolute dates in a group when
    they cannot be one, by report; None when they agree or cannot be compared."""
    if not any(written_day(f.text) for f in per_report.values()):
        return None  # two days told back from two reports' own dates: a running story
    finest = max((len(str(f.value)) for f in per_report.values()), default=0)
    fine = {r: f for r, f in per_report.items() if len(str(f.value)) == finest}
    if len(fine) >= 2 and all(str(g.value).startswith(str(f.value))
                              for r, f in per_report.items() if r not in fine
                              for g in fine.values()):
        per_report = fine  # 'in August 2018' agrees with any day of it: the days compare
    values = {str(f.value) for f in per_report.values()}
    written_years = {written_year(f.text) for f in per_report.values()}
    if len(per_report) < 2 or len(values) < 2 or len({len(v) for v in values}) != 1 \
            or len(written_years) != 1:
        return None  # "Sept. 11 survivors" (a name, year guessed) vs "Sept. 11, 2001"
    spans = {r: _date_span(f) for r, f in per_report.items()}
    # days whose year no text writes compare by month and day ('on March 8 last year' vs
    # 'on March 8': the year is read, not told)
    day = (lambda iso: iso) if True in written_years else (lambda iso: _LEADING_YEAR.sub("", iso))
    if all(day(a[0]) <= day(b[1]) and day(b[0]) <= day(a[1]) for a in spans.values()
           for b in spans.values()):
        return None  # 'March 14-15' and '15 March'
    return spans


#: the year of an ISO date ('2026-' of '2026-03-08')
_LEADING_YEAR = re.compile(r"^\d{4}-")


def _loose_dates(comparison: Comparison, per_report: dict[str, Figure]
                 ) -> dict[str, tuple[str, str]] | None:
    """:func:`_strict_spans` for groups whose dates include some told loosely: months
    named alone as when something happened ('expired in March', :func:`_month_of_a_fact`;
    by month, as no year is written: 'in March' and 'last March' may be one) or a
    bare weekday of reports published on one day ('is due to debate the report on Friday'
    vs 'will discuss the audit report on Thursday', :func:`_bare_weekday`; compared by the
    weekday named, and only with other bare weekdays: a written date may lie in another
    week). Only reports whose dates tell one happening with another report's other date
    are kept (:func:`_happening`: the word right before each date is one, 'expired in
    January' and 'expired in March', not 'was arrested on Monday' and 'was charged on
    Tuesday'), never a day moved ('postponed to Friday') nor one night told on two days
    ('on Thursday night' vs 'early on Friday')."""
    per_report = {r: f for r, f in per_report.items()
                  if not _MOVED.search(comparison.sentence_text(r, f.sentence))}
    if not any(_bare_weekday(comparison, f) or _month_of_a_fact(comparison, f)
               for f in per_report.values()):
        return None
    if any(_bare_weekday(comparison, f) for f in per_report.values()):
        spans = {r: (day, day) for r, f in per_report.items() if _bare_weekday(comparison, f)
                 for day in [_weekday_told(f)]}
    elif all(re.fullmatch(r"\d{4}-\d{2}", str(f.value)) and _month_of_a_fact(comparison, f)
             for f in per_report.values()):
        spans = {r: (v, v) for r, f in per_report.items() for v in ["--" + str(f.value)[5:]]}
    else:
        return None
    words = {r: _happening(comparison, per_report[r]) for r in spans}

    def one(r1: str, r2: str) -> bool:
        a, b = per_report[r1], per_report[r2]
        w1, w2 = words[r1], words[r2]
        marks = {w for w in w1 | w2 if w[:1] == "^"}
        verbs1, verbs2 = ({w for w in ws if w[:1] == "~"} for ws in (w1, w2))
        if verbs1 and verbs2 and not verbs1 & verbs2:
            return False  # 'hired the inspector in March' vs 'fired the inspector in May'
        return w1 & marks == w2 & marks and bool(w1 & w2 - marks) \
            and not _one_night(comparison, a, b) and not _one_night(comparison, b, a)

    kept = {r for r in spans for r2 in spans if spans[r] != spans[r2] and one(r, r2)}
    kept |= {r for r in spans for k in kept if spans[r] == spans[k] and r != k and one(r, k)}
    if len({spans[r] for r in kept}) < 2:
        return None  # 'heavy rains in February' vs 'until the rainy season ends in May'
    return {r: spans[r] for r in kept}


#: a sentence that tells a day moved: the first one planned is no other report's day
_MOVED = re.compile(r"\b(?:postpon\w*|reschedul\w*|originally|put back|brought forward|"
                    r"pushed back|moved (?:to|forward|back)|delayed (?:to|until)|will now|"
                    r"had been (?:due|scheduled|planned|set))\b", re.IGNORECASE)
#: words between a date and what happened then ('expired in', 'the lift last', 'was due
#: to debate the report on'), skipped when reading what happened
_DATE_FILLER = frozenset({
    "in", "on", "at", "last", "early", "late", "mid", "during", "the", "this", "that", "of",
    "for", "was", "were", "is", "are", "be", "been", "being", "will", "would", "to", "a",
    "an", "its", "their", "his", "her", "due", "and", "has", "have", "had", "again", "only",
    "also", "then", "until"})
#: words before a date that make it the day something was said ('said in a statement on
#: Thursday', 'told reporters on Friday'), not of what happened
_SAYING = SPEECH_VERBS | frozenset({"statement", "reporters", "journalists", "interview",
                                    "briefing", "conference", "parliament", "lawmakers"})


def _happening(comparison: Comparison, f: Figure) -> frozenset[str]:
    """What happened on a date told loosely, as the first lower-case word before it in its
    clause past :data:`_DATE_FILLER` and names, cut to five letters ('the lift was
    inspected last November': 'inspe'; 'the summit opens in Osk on Thursday': 'opens'), the
    clause's verbs in -ed (marked '~'), the word after a weekday that names an event
    ('Thursday's vote', 'the Tuesday meeting'), and marks of a beginning or an end
    (:data:`_BOUNDARY`) and of a plan (:data:`_PLANNED`); nothing for a statement's day
    ('told MPs in March') or a lasting state ('was in hospital on Friday',
    :data:`_LASTING`)."""
    text = comparison.report(f.report).text
    clause = _CLAUSE_BREAK.split(_words_before(comparison, f))[-1]
    words = re.findall(r"[^\W\d_]+", clause)
    if any(w.lower()[:5] in _LASTING for w in words):
        return frozenset()
    before = next((w for w in reversed(words) if w.lower() not in _DATE_FILLER
                   and w.lower() not in _GENERIC_HAPPENING and not w[0].isupper()), None)
    found: set[str] = {f"^{_BOUNDARY[w.lower()]}" for w in words if w.lower() in _BOUNDARY}
    if _PLANNED.search(clause):
        found.add("^plan")  # 'will debate the audit on Thursday' is no 'debated it on Monday'
    if before is not None:
        if before.lower() in _SAYING:
            return frozenset()
        found.add(before.lower()[:5])
    # ... and the clause's verbs in -ed ('was fined by the regulator in June' and 'fined
    # the operator in July')
    found |= {f"~{w.lower()[:5]}" for w in words if w.lower().endswith("ed") and len(w) > 4
              and w.lower() not in _SAYING and w.lower() not in _GENERIC_HAPPENING}
    if before is not None and before.lower().endswith("ed"):
        found.add(f"~{before.lower()[:5]}")
    after = re.match(r"(?:'s)?\s+([a-z]{3,})", text[f.end:f.end + 30])
    if after and _bare_weekday(comparison, f) and after.group(1) not in _DATE_FILLER:
        found.add(after.group(1)[:5])
    return frozenset(found)


#: where the clause of a date told loosely starts: 'said full deliveries would resume in
#: December' is not 'reduced flows through the pipeline'
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|that|which|who|when|while|because|as)\b")
#: verbs that tell nothing of what happened ('The trouble began on Monday' vs 'withdrawals
#: that began on Tuesday'): the word before them does
_GENERIC_HAPPENING = frozenset({
    "began", "begin", "begins", "started", "start", "starts", "happened", "happen",
    "occurred", "came", "took", "place", "held", "ended", "end", "ends", "finished",
    "continued", "continues", "went", "due"})
#: a clause that tells a plan ('will debate', 'is due to debate', 'was scheduled for')
_PLANNED = re.compile(r"\b(?:will|would|shall|due|scheduled|planned|expected|set to|is to|"
                      r"are to|going to)\b", re.IGNORECASE)
#: a beginning and an end of one thing are two happenings ('Construction began in April'
#: vs 'Construction finished in October'), marked '^start' and '^end'
_BOUNDARY = {**dict.fromkeys(("began", "begin", "begins", "started", "start", "starts",
                              "opened", "launched"), "start"),
             **dict.fromkeys(("ended", "end", "ends", "finished", "closed", "completed"),
                             "end")}
#: words that tell a state lasting over days, not a day something happened ('spent
#: Thursday night in hospital' vs 'remained in hospital on Friday'), cut to five letters
_LASTING = frozenset({"remai", "still", "spent", "spend", "stay", "stays", "staye", "stayi",
                      "hospi", "custo", "condi", "jail", "priso", "detai"})


def _one_night(comparison: Comparison, a: Figure, b: Figure) -> bool:
    """``a`` is late on one day and ``b`` early on the next: maybe one night ('broke out on
    Thursday night' vs 'broke out early on Friday')."""
    text = comparison.report(a.report).text
    late = a.text.lower().endswith("night") or "late" in text[
        max(0, a.start - 8):a.start].lower()
    early = "early" in comparison.report(b.report).text[max(0, b.start - 12):b.start].lower()
    days = [d.lower() for d in WEEKDAYS]
    ia, ib = (days.index(_weekday_told(f).lower()) if _bare_weekday(comparison, f) else -1
              for f in (a, b))
    return late and early and ia >= 0 and ib >= 0 and (ib - ia) % 7 == 1


_BARE_WEEKDAY = re.compile(rf"{_WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?",
                           re.IGNORECASE)
#: words before a date that make it a start or a limit, not a day something happened
#: ('since Friday', 'until late Thursday', 'since early January')
_LIMIT_BEFORE = re.compile(r"\b(?:since|until|till|by|from|before|after|of|than|between|"
                           r"through)"
                           r"\s+(?:at\s+(?:the\s+)?(?:least|latest|earliest)\s+)?"
                           r"(?:(?:on|in)\s+)?(?:(?:early|late|mid-?|last|this|next)\s+)?$",
                           re.IGNORECASE)


def _bare_weekday(comparison: Comparison, f: Figure) -> bool:
    """Whether a date is a weekday alone ('on Thursday', 'Wednesday evening') told as when
    something happened: not a statement's day ('the ministry said on Wednesday') nor a
    start or a limit ('since Friday', 'by Monday')."""
    return _BARE_WEEKDAY.fullmatch(f.text) is not None and not _said_on(comparison, f) \
        and not _limited(comparison, f)


def _limited(comparison: Comparison, f: Figure) -> bool:
    """Whether a date is told as a start or a limit (:data:`_LIMIT_BEFORE`)."""
    text = comparison.report(f.report).text
    return _LIMIT_BEFORE.search(text, max(0, f.start - 30), f.start) is not None


def _one_week(comparison: Comparison, per_report: dict[str, Figure]) -> dict[str, Figure]:
    """``per_report`` without the bare weekdays of reports published on another day than
    most of those that give one (a follow-up's 'on Thursday' may be another week's)."""
    days = Counter(comparison.report(r).published_date for r, f in per_report.items()
                   if _bare_weekday(comparison, f))
    common = days.most_common(1)[0][0] if days else None
    return {r: f for r, f in per_report.items() if not _bare_weekday(comparison, f) or (
        common is not None and comparison.report(r).published_date == common)}


def _weekday_told(f: Figure) -> str:
    """The weekday a bare weekday names ('Thursday evening': Thursday)."""
    return f.text.split()[0].capitalize()


_MONTH_OF_A_FACT = re.compile(rf"(?:{FULL_MONTHS})")
_MONTH_BEFORE = re.compile(r"\b(?:in|last|early|late|mid-?|during)\s*$", re.IGNORECASE)


def _month_of_a_fact(comparison: Comparison, f: Figure) -> bool:
    """Whether a date is a month named alone as when something happened ('expired in
    March', 'inspected the lift last November'), not a start or a limit ('since October',
    'until March', 'by June', 'since early January')."""
    text = comparison.report(f.report).text
    return _MONTH_OF_A_FACT.fullmatch(f.text) is not None and _MONTH_BEFORE.search(
        text, max(0, f.start - 12), f.start) is not None and not _limited(comparison, f)


def _outlet_words(comparison: Comparison, report: str, f: Figure) -> frozenset[str]:
    """The name a report's outlet gives itself in ``f``'s sentence ('The Courier has
    learned' of the Skarn Coast Courier), which names nothing the story tells (not the
    place words of its name told otherwise: 'Inspectors in Skarn')."""
    words = re.findall(r"[^\W\d_]+", comparison.report(report).source or "")
    sentence = comparison.sentence_text(report, f.sentence)
    if words and re.search(rf"\b(?:the|The)\s+{re.escape(words[-1])}\b", sentence):
        return frozenset({words[-1].lower()})
    return frozenset()


def _date_span(f: Figure) -> tuple[str, str]:
    """The first and last day a date tells, as ISO text: one day, or a span of days ('14
    and 15 March' -> '--03-14', '--03-15'; :func:`~newsdiff.claims.dates.day_span`)."""
    value = str(f.value)
    days = day_span(f.text) if len(value) in {7, 10} and value[-3] == "-" else None
    if days is None:
        return value, value
    return value[:-2] + f"{days[0]:02d}", value[:-2] + f"{days[1]:02d}"


#: a dateline before its date: 'PORT WESSEL, Marenland, ' (a place in capitals, then
#: perhaps its country)
_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z .'/-]+,(?:\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,)?"
                             r"\s*$")
#: ... and after it: '(Meridian) -', ' --'
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s")


def _in_dateline(comparison: Comparison, f: Figure) -> bool:
    """The date of a dateline ('PORT WESSEL, Marenland, July 13 (Meridian) - ...'): when
    the story was filed, no date of what it tells."""
    text = comparison.report(f.report).text
    start = comparison.sentences_of(f.report)[f.sentence].start
    return _DATELINE_PLACE.fullmatch(text, start, f.start) is not None \
        and _DATELINE_END.match(text, f.end) is not None


def _times(comparison: Comparison, figures: Sequence[Figure],
           where: GroupIndex, near: Neighbours) -> list[Divergence]:
    """Aligned sentences that tell one moment at times of day that cannot agree
    (:mod:`newsdiff.divergences.figure_times`)."""
    out = []
    for told, clash in time_clashes(comparison, figures, where, near):
        message = _by_value("time of day", [(shown_time(comparison, f), f.report)
                                             for f in told])
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=main_group(told, where),
            severity="medium", message=message,
            evidence=tuple(_evidence(f) for f in told if id(f) in clash)))
    return out


def _years_of_things(comparison: Comparison, figures: Sequence[Figure],
                     where: GroupIndex) -> list[Divergence]:
    """Aligned sentences that give one thing's year differently ('built in 1962' vs 'built
    in 1958'; :mod:`newsdiff.divergences.figure_years`)."""
    out = []
    for group, act, told in year_clashes(comparison, figures):
        years = sorted((int(float(f.value or 0)), f.report) for f in told)
        message = _by_value(YEAR_NAMES[act], [(str(y), r) for y, r in years])
        out.append(Divergence(
            id="", kind="figure", subkind="value",
            group=group or main_group(told, where), severity="medium",
            message=message, evidence=tuple(_evidence(f) for f in told)))
    return out


def _ages_of_things(comparison: Comparison, figures: Sequence[Figure], where: GroupIndex,
                    found: Sequence[Divergence]) -> list[Divergence]:
    """One thing's age and year of building told apart ('the 28-year-old boiler' vs 'the
    40-year-old death trap'; :mod:`newsdiff.divergences.thing_ages`), unless a flag
    already sets each conflicting figure against another."""
    out = []
    told = _told(found)
    for kind, conflicting, claims in age_clashes(comparison, figures):
        if all((c.figure.report, c.figure.start, c.figure.end) in told for c in conflicting):
            continue
        every = sorted((c.figure for c in claims), key=lambda f: (f.report, f.start))
        out.append(_cluster_flag(message(kind, claims), every, where))
    return out


def _cluster_flag(text: str, figures: Sequence[Figure], where: GroupIndex) -> Divergence:
    """A value flag over figures told anywhere in the cluster (its group: the one most of
    them stand in, :func:`~newsdiff.divergences.groups.main_group`)."""
    return Divergence(id="", kind="figure", subkind="value", group=main_group(figures, where),
                      severity="medium", message=text,
                      evidence=tuple(_evidence(f) for f in figures))


def _dates_of_acts(comparison: Comparison, figures: Sequence[Figure], where: GroupIndex,
                   found: Sequence[Divergence]) -> list[Divergence]:
    """One act dated apart across reports ('arrested on 14 June 2025' vs 'detained in July
    2025'; :mod:`newsdiff.divergences.event_dates`), unless a flag already holds all its
    dates."""
    told = _told(found)
    out = []
    for act, dated in act_date_clashes(comparison, figures):
        if all((f.report, f.start, f.end) in told for f in dated):
            continue
        out.append(_cluster_flag(act_date_message(act, dated), dated, where))
    return out


def _places_in_series(comparison: Comparison, figures: Sequence[Figure]) -> list[Divergence]:
    """Aligned sentences that place one thing differently in a series ('the third attack in
    18 months' vs 'the fourth'; :mod:`newsdiff.divergences.figure_ordinals`)."""
    out = []
    for group, noun, told in ordinal_clashes(comparison, figures):
        places = sorted((int(f.value or 0), f.report) for f in told
                        if isinstance(f.value, float))
        message = _by_value(f"place in a series{f' ({noun})' if noun else ''}",
                            [(_ordinal(n), r) for n, r in places])
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=group, severity="medium",
            message=message, evidence=tuple(_evidence(f) for f in told)))
    return out


def _ordinal(n: int) -> str:
    """'3rd', '11th', '22nd'."""
    suffix = "th" if n % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _by_value(label: str, told: Iterable[tuple[str, str]]) -> str:
    """A clash's message from (value as shown, report) pairs in the order to show them,
    each value once with its reports: 'date: 2026-03-02 (a, c) vs 2026-03-09 (b)'."""
    by_value: dict[str, list[str]] = {}
    for value, report in told:
        by_value.setdefault(value, []).append(report)
    return f"{label}: " + " vs ".join(f"{v} ({', '.join(rs)})" for v, rs in by_value.items())


def _weekdays(figures: Iterable[Figure]) -> list[Divergence]:
    """A weekday written with a full date that falls on another day."""
    out: list[Divergence] = []
    for f in figures:
        if f.kind != "date" or not f.weekday or not isinstance(f.value, str):
            continue
        if not written_day(f.text) and f.text.split()[0].lower() not in {
                "yesterday", "today", "tomorrow"}:
            continue  # a bare weekday is resolved to a day that has it
        actual = weekday_of(f.value)
        if actual is None or actual == f.weekday:
            continue
        out.append(Divergence(
            id="", kind="figure", subkind="internal", group=None, severity="medium",
            message=(f"{f.report} says {f.text!r}, but {f.value} was a {actual}, "
                     f"not a {f.weekday}"),
            evidence=(_evidence(f),)))
    return out


def _weekday_clashes(figures: Iterable[Figure],
                     where: GroupIndex) -> list[Divergence]:
    """Reports that give one day of the month different weekdays ("Wednesday, March 11" vs
    "Thursday, March 11"): one of them is wrong, even when no year says which.

    A bare weekday resolved against its report's publication date ("on Thursday" in a
    report of March 12) also tells the weekday of the day it falls on, so it counts for a
    day another report writes out with a weekday: "Wednesday, March 11" vs "on Thursday"
    (March 12's report) and "Thursday, March 11"."""
    by_day: dict[str, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    bare: list[Figure] = []
    for f in figures:
        if f.kind != "date" or not f.weekday or not isinstance(f.value, str) \
                or not re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", f.value):
            continue
        if re.search(r"\d", f.text):
            by_day[f.value[-5:]][f.weekday].append(f)
        else:
            bare.append(f)
    for f in bare:
        if isinstance(f.value, str) and f.value[-5:] in by_day:
            by_day[f.value[-5:]][f.weekday or ""].append(f)
    out: list[Divergence] = []
    for day, told in sorted(by_day.items()):
        if len(told) < 2:
            continue
        parts = []
        for weekday, figs in sorted(told.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            reports = sorted({f.report for f in figs})
            parts.append(f"{weekday} ({', '.join(reports)})")
        firsts = [fs[0] for _, figs in sorted(told.items())
                  for fs in _by_report(figs).values()]
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=main_group(firsts, where),
            severity="medium",
            message=f"weekday of {calendar.month_name[int(day[:2])]} {int(day[3:])}: "
                    + " vs ".join(parts),
            evidence=tuple(_evidence(f) for f in firsts)))
    return out


def _lead_days(comparison: Comparison, figures: Sequence[Figure],
               where: GroupIndex, found: Sequence[Divergence]
               ) -> list[Divergence]:
    """Leads of one publication day whose bare weekdays differ
    (:func:`~newsdiff.divergences.lead_days.lead_day_clashes`), and a later report's lead
    that names the event by another day (:func:`~newsdiff.divergences.lead_days.
    follow_up_clashes`), unless a flag already compares the odd weekday."""
    told = _told(found)
    out: list[Divergence] = []
    for day, odd, agreeing in lead_day_clashes(comparison, figures):
        odd = [f for f in odd if (f.report, f.start, f.end) not in told]
        if not odd:
            continue
        parts = [f"{figs[0].weekday} ({', '.join(sorted({f.report for f in figs}))})"
                 for figs in [agreeing, *_by_weekday(odd)]]
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=main_group(agreeing + odd, where),
            severity="medium",
            message=f"day of the event in the leads published {day.isoformat()}: "
                    + " vs ".join(parts),
            evidence=tuple(_evidence(f) for f in agreeing + odd)))
    for day, later, agreeing in follow_up_clashes(comparison, figures):
        if (later.report, later.start, later.end) in told:
            continue
        published = comparison.report(later.report).published
        out.append(Divergence(
            id="", kind="figure", subkind="value", group=main_group([*agreeing, later], where),
            severity="medium",
            message=f"day of the event: {agreeing[0].weekday} "
                    f"({', '.join(sorted({f.report for f in agreeing}))}; leads published "
                    f"{day.isoformat()}) vs {later.weekday} ({later.report}, published "
                    f"{(published or '')[:10]}: {later.text!r})",
            evidence=tuple(_evidence(f) for f in [*agreeing, later])))
    return out


def _by_weekday(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Figures by the weekday they state, Monday first."""
    by: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by[f.weekday or ""].append(f)
    return [by[k] for k in sorted(by, key=lambda w: WEEKDAYS.index(w) if w in WEEKDAYS else 7)]


def _parts_and_totals(
    keyed: list[tuple[Figure, Key]], comparison: Comparison, past: _Years
) -> list[Divergence]:
    """Within one report: parts by nation that do not add up to the stated total."""
    out: list[Divergence] = []
    by_report: dict[str, list[tuple[Figure, Key]]] = defaultdict(list)
    for f, k in keyed:
        if k.kind == "count" and k.broad and k.predicate:
            by_report[f.report].append((f, k))
    for report, items in sorted(by_report.items()):
        totals = [(f, k) for f, k in items if len(k.nations) != 1]
        parts = [(f, k) for f, k in items if len(k.nations) == 1]
        for tf, tk in totals:
            chosen: dict[str, Figure] = {}
            clash = False
            for pf, pk in parts:
                if pk.predicate != tk.predicate or (tk.nations and not pk.nations <= tk.nations):
                    continue
                if past[(report, pf.sentence)] != past[(report, tf.sentence)]:
                    continue  # 'fourteen people died' in a 2025 bombing: another event
                if not (pk.head == tk.head or "people" in {pk.head, tk.head}):
                    continue
                nation = next(iter(pk.nations))
                if nation in chosen and conflict(chosen[nation], pf):
                    clash = True
                chosen.setdefault(nation, pf)
            if clash or len(chosen) < 2 or (tk.nations and set(chosen) != set(tk.nations)):
                continue
            part_figs = sorted(chosen.values(), key=lambda f: f.start)
            sums = _sums(tf, part_figs)
            if sums is None:
                continue
            t, lo, hi = sums
            too_many = lo > t[1] or (lo == t[1] and t[3])
            breakdown = len({p.sentence for p in part_figs}) == 1
            too_few = hi < t[0] and breakdown and not _subset_cue(comparison, part_figs[0])
            if too_many or too_few:
                out.append(_internal_sum(_label([(tf, tk)]), tk.predicate, report, tf,
                                         part_figs, lo, hi))
    return out


#: the event told right after a list: '14 adults and 11 children (were) killed/died'
_VERB_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|also|later|all|"
                         r"reportedly)\s+){0,3}([A-Za-z]+)")


def _listed_over_total(keyed: list[tuple[Figure, Key]], comparison: Comparison,
                       past: _Years) -> list[Divergence]:
    """Within one report: people of different kinds listed with one event in one sentence
    ('14 adults and 11 children died') who make more than the toll the report gives for
    that event elsewhere ('The death toll stands at 23').  Only a list above the total is
    flagged: a list below it may leave some out.  The report must give one toll for the
    event (an update, '17 ... now 23', is two), and the list must be all the sentence
    tells of the event, not 'among' or 'including'."""
    out: list[Divergence] = []
    by_report: dict[str, list[tuple[Figure, Key]]] = defaultdict(list)
    for f, k in keyed:
        if k.kind == "count" and k.predicate in _SOLE_TOLL_EVENTS and "more" not in k.mods:
            by_report[f.report].append((f, k))
    for report, items in sorted(by_report.items()):
        text = comparison.report(report).text
        totals = [(f, k) for f, k in items if k.broad and not k.nations]
        by_sentence: dict[int, list[tuple[Figure, Key]]] = defaultdict(list)
        for f, k in items:
            by_sentence[f.sentence].append((f, k))
        for sentence, told in sorted(by_sentence.items()):
            parts = [f for f, k in told if not k.broad and not k.nations and _has_noun(f)]
            predicates = {k.predicate for _, k in told}
            if len(parts) < 2 or len(parts) != len(told) or len(predicates) != 1 \
                    or len({k.head for _, k in told}) != len(told) \
                    or any(not _LIST_GAP.fullmatch(text[a.end:b.start])
                           for a, b in zip(parts, parts[1:], strict=False)) \
                    or AMONG.search(comparison.sentence_text(report, sentence)):
                continue
            predicate = next(iter(predicates))
            verb = _VERB_AFTER.match(text[parts[-1].end:])
            if verb is None or EVENTS.get(verb.group(1).lower()) != predicate:
                continue  # the list is not what the event is told of: 'a jury of six men
                # and six women ... to choose death'
            whole = [(f, k) for f, k in totals if k.predicate == predicate
                     and f.sentence != sentence
                     and past[(report, f.sentence)] == past[(report, sentence)]]
            if not whole or len({interval(f) for f, _ in whole}) != 1:
                continue
            total = whole[0][0]
            sums = _sums(total, parts)
            if sums is not None and sums[1] > sums[0][1]:
                out.append(_internal_sum(_label(whole[:1]), predicate, report, total, parts,
                                         sums[1], sums[2]))
    return out


def _sums(total: Figure, parts: Sequence[Figure]
          ) -> tuple[tuple[float, float, bool, bool], float, float] | None:
    """The total's interval and the lowest and highest sum of the parts (None when one of
    them has no interval)."""
    t = interval(total)
    ivs = [interval(p) for p in parts]
    if t is None or any(iv is None for iv in ivs):
        return None
    return (t, sum(iv[0] for iv in ivs if iv is not None),
            sum(iv[1] for iv in ivs if iv is not None))


def _subject_label(total: Figure) -> str:
    """A total's subject and predicate as a label ('injured', not 'injured injured')."""
    return " ".join(dict.fromkeys(w for w in (
        total.subject or _UNNAMED.get(total.kind, "number"), total.predicate) if w))


def _internal_sum(label: str, predicate: str | None, report: str, total: Figure,
                  parts: Sequence[Figure], lo: float, hi: float) -> Divergence:
    """An internal divergence: the parts of ``total`` in ``report`` make ``lo``-``hi``."""
    values = [p.value for p in parts if isinstance(p.value, float | int) and not p.qualifier]
    if len(values) == len(parts) and lo <= sum(values) <= hi:
        lo = hi = float(sum(values))  # '$260 million' + '$140 million' make 400 million
    made = _num(lo) if lo == hi else f"{_num(lo)}-{_num(hi)}"
    return Divergence(
        id="", kind="figure", subkind="internal", group=None,
        severity="high" if predicate in _TOLLS else "medium",
        message=(f"{label} in {report}: the parts {' + '.join(repr(p.text) for p in parts)} "
                 f"make {made}, but its total is {total.text!r}"),
        evidence=tuple(_evidence(f) for f in [total, *parts]))


def _breakdowns(figures: Sequence[Figure], comparison: Comparison) -> list[Divergence]:
    """Within one sentence: a total broken down into bare numbers that do not add up.

    "57 people were treated, 31 of them at Port Halden General and 22 at St Brannoc's";
    "3,100 jobs will go: 2,400 at the plant and a further 900 at suppliers"; "Of the 4,800
    people evacuated, 2,100 came from Lenka, 1,500 from Morovo and 900 from Sestrin".  The
    total is a count with its noun; the breakdown follows it after a colon or dash, starts
    with "N of them/whom", or follows "Of the TOTAL ...,"; its parts are two or more
    counts with no noun of their own, listed with commas and ending at the first "and".
    Parts with their own nouns ("31 of them children") are subsets, not a breakdown, and
    end the list.  Parts placed after a comma alone ("14 rounds of talks, eight held in
    Corvanna and seven in Halvik") may leave some of the total untold, so only parts that
    make more than it are flagged there.  "Of the injured, 11 were critical and 16 stable"
    breaks down the injured the sentence before told.
    """
    out: list[Divergence] = []
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.kind not in {"date", "time"}:  # 'on Monday afternoon' inside a list
            by_sentence[(f.report, f.sentence)].append(f)
    for (report, sentence), figs in sorted(by_sentence.items()):
        text = comparison.report(report).text
        found: list[tuple[Figure | None, list[Figure], bool]] = []
        for k, total in enumerate(figs):
            if total.kind == "money":  # '$420 million a year, made up of $260 million ...'
                found.append((total, _comprised(total, figs[k + 1:], text), True))
            elif total.kind == "count" and _has_noun(total):
                parts = _comprised(total, figs[k + 1:], text)
                found.append((total, parts, True) if parts
                             else (total, *_breakdown_after(total, figs[k + 1:], text)))
        found.append(_of_the_told(comparison, report, sentence, figs, by_sentence))
        for told, parts, shortfall in found:
            if told is None:
                continue
            whole = interval(told)
            if whole is None or any((iv := interval(p)) is None or iv[0] > whole[1]
                                    for p in parts):
                continue  # a part larger than the total: 'two hospitals, 31 to ...'
            sums = _sums(told, parts) if len(parts) >= 2 else None
            if sums is None or _breaks_down_another(told, parts, figs):
                continue
            t, lo, hi = sums
            if (shortfall and hi < t[0]) or lo > t[1]:
                out.append(_internal_sum(_subject_label(told), told.predicate, report, told,
                                         parts, lo, hi))
    return out


def _breaks_down_another(total: Figure, parts: Sequence[Figure],
                         figs: Sequence[Figure]) -> bool:
    """Whether the parts make exactly another count (kind count, not an age or a year) told
    before them in the sentence, which they break down rather than the total ('at 14 of the
    country's 17 public universities - nine in the capital region and five in the
    provinces')."""
    values = [p.value for p in parts]
    if not all(isinstance(v, float) for v in values) or any(p.qualifier for p in parts):
        return False
    made = sum(float(v) for v in values if isinstance(v, float))
    told = {(f.report, f.start) for f in (total, *parts)}
    return any(f.kind == "count" and (f.report, f.start) not in told
               and f.start < parts[0].start and f.value == made and not f.qualifier
               for f in figs)


_GENERIC_PREDICATES = {"dead": "killed", "victims": "killed", "injured": "injured",
                       "wounded": "injured", "hurt": "injured", "casualties": "injured",
                       "missing": "missing", "evacuees": "displaced", "survivors": "rescued",
                       "hostages": "freed", "detainees": "arrested"}
#: participles after 'Of those' whose breakdowns count only when each part is told of a
#: place ('Of those detained, 230 were held in Dorvanne and 160 in Ostrel'): 'Of those
#: killed, 12 were children and 8 were women' names some of them
_BY_PLACE = {"detained": "arrested", "arrested": "arrested", "killed": "killed",
             "evacuated": "displaced", "rescued": "rescued"}
_GENERIC_PREDICATES |= _BY_PLACE
_PART_PLACE = re.compile(r"\s+(?:(?:were|was|are|had\s+been|have\s+been)\s+\w+\s+)?"
                         r"(?:in|at|from)\s+(?:the\s+)?[A-Z]")
_GENERIC = f"({'|'.join(_GENERIC_PREDICATES)})"
_OF_GENERIC = re.compile(rf"\s*Of\s+(?:the|those)\s+{_GENERIC},\s*$", re.IGNORECASE)
# 'Nine of the hostages were bank employees and four were customers'
_OF_GENERIC_AFTER = re.compile(rf"\s+of\s+(?:the|those)\s+{_GENERIC}\s+", re.IGNORECASE)
# '140 of the missing bars came from ...': a count of the things counted before
_OF_NOUN_AFTER = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z]+\s+)?([a-z]{3,}s)\s+")
_CAME_FROM = re.compile(r"\s+(?:(?:came|come|were|was|are)\s+)?(?:from|in|at)\s")
#: what may come before such a breakdown's first count: nothing, or its source
_SOURCE_OPENING = re.compile(r"\s*(?:According\s+to\s+[^,.;]{1,80},\s*)?")


def _of_the_told(comparison: Comparison, report: str, sentence: int,
                 figs: Sequence[Figure],
                 by_sentence: dict[tuple[str, int], list[Figure]]
                 ) -> tuple[Figure | None, list[Figure], bool]:
    """'Twenty-seven people died ... and 25 were injured. Of the injured, 11 were in
    critical condition and 16 were stable' (or 'Nine of the hostages were bank employees
    and four were customers'): the total told last before (the one count of that event
    in the last sentence before that counts it), and the parts (None when the sentence is
    no such breakdown). A count of the things counted before is one too ('212 bars ...
    were taken. According to bank staff, 140 of the missing bars came from the
    strongroom and 62 from an annex'), held to a shortfall only when each part says where
    it came from (the third item: whether a shortfall is told)."""
    none: tuple[Figure | None, list[Figure], bool] = (None, [], False)
    if not figs or figs[0].kind != "count" or _has_noun(figs[0]) or sentence == 0:
        return none
    text = comparison.report(report).text
    lead = text[comparison.sentences_of(report)[sentence].start:figs[0].start]
    opening = _OF_GENERIC.fullmatch(lead)
    first = _SOURCE_OPENING.fullmatch(lead) is not None
    after = _OF_GENERIC_AFTER.match(text, figs[0].end) if first else None
    noun = _OF_NOUN_AFTER.match(text, figs[0].end) if first else None
    generic = opening or after

    def counts_before(counts: Callable[[Figure], bool]) -> list[Figure]:
        for back in range(sentence - 1, -1, -1):
            found = [f for f in by_sentence.get((report, back), [])
                     if f.kind == "count" and counts(f)]
            if found:
                return found
        return []

    those = _OF_THOSE.fullmatch(lead)
    if those is not None:
        # 'Health officials have identified 143 close contacts. Of those, 96 are relatives
        # and 51 are staff': the one count of the sentence before, broken down by what its
        # members are; such kinds may leave some out, so only a list over it is told
        before = [f for f in by_sentence.get((report, sentence - 1), [])
                  if f.kind == "count" and _has_noun(f)]
        parts = _listed(figs[0], figs[1:], text, placed=False)
        if len(before) != 1 or not is_exact(before[0]) or not parts or not _kinds_apart(
                text, parts):
            return none
        return before[0], parts, False
    by_noun = noun is not None and noun.group(1).lower() not in _GENERIC_PREDICATES
    if by_noun and noun is not None:
        # '140 of the missing bars came from the strongroom and 62 from an annex': the
        # parts of the count of that noun told last before ('212 bars ... were taken')
        head = singular(noun.group(1).lower())
        before = counts_before(lambda f: (k := key_of(f)) is not None and k.head == head
                               and not k.mods)
        before = before if len(before) == 1 and is_exact(before[0]) else []
        after = noun
    elif generic is not None:
        predicate = _GENERIC_PREDICATES[generic.group(1).lower()]
        before = counts_before(lambda f: f.predicate == predicate)
    else:
        return none
    if len(before) != 1:
        return none
    parts = _listed(figs[0], figs[1:], text, placed=False)
    if generic is not None and not by_noun and generic.group(1).lower() in _BY_PLACE \
            and not all(_PART_PLACE.match(text, p.end) for p in parts):
        return none
    shown = text[:figs[0].end] + " " * (after.end() - figs[0].end) + text[after.end():] \
        if after else text  # the first part's verb comes after 'of the hostages'
    # parts of the things counted before make their total only when each is told where
    # it came from ('came from the main strongroom and 62 from an annex'); '140 of the
    # bars were recovered on Tuesday and 30 on Wednesday' may leave some unfound
    whole = not by_noun or all(_CAME_FROM.match(shown, p.end) for p in parts)
    return (before[0], parts, whole) if _parallel(parts, shown) else none


#: a breakdown of the count told in the sentence before ('Of those, 96 are relatives')
_OF_THOSE = re.compile(r"\s*Of\s+(?:those|these|them),\s*$", re.IGNORECASE)
#: ... into kinds of its members, each told by a plural noun: 'are relatives', 'were local
#: councils', 'are staff', 'were Britons' (not 'were released', 'are still in hospital',
#: 'were dug out alive', 'are unsafe', 'were hit by debris': states and fates)
_ARE_A_KIND = re.compile(r"\s+(?:are|were)\s+(?:(?:a|an|the)\s+)?((?:[A-Za-z][\w-]*\s+){0,2}?"
                         r"[A-Za-z][\w-]*)(?=\s*(?:[,;.]|$|\s(?:and|at|in|of|from|on|with|"
                         r"who|whose|working|living|aged)\b))")
_PLURAL_KINDS = frozenset({"staff", "personnel", "crew", "police", "people", "men", "women",
                           "children", "youth", "clergy", "military"})
_NO_KIND = frozenset({"still", "being", "now", "not", "also", "all", "already", "later",
                      "then", "among", "unable", "dead", "alive", "missing", "well", "ill",
                      "stable", "aged", "over", "under", "between", "about", "around", "more",
                      "less", "fewer", "in", "at", "on", "from", "with", "to", "due"})


def _kind(text: str, part: Figure) -> str | None:
    """The plural noun a bare count opens with 'N are/were KIND' (see :data:`_ARE_A_KIND`:
    'are family members' -> 'members'), or None."""
    m = _ARE_A_KIND.match(text, part.end)
    if m is None:
        return None
    words = m.group(1).lower().split()
    last = words[-1]
    if _NO_KIND & set(words) or last.endswith(("ed", "ing", "ly", "ous")):
        return None
    return last if last in _PLURAL_KINDS or (
        last.endswith("s") and not last.endswith("ss")) else None


#: kinds told by age or by sex, which cut across each other and across kinds told by role
#: or origin ('Of those, 100 were adults and 60 were women'; 'were foreigners and 51 were
#: children': a review's made-up cases); men, women and children are one telling
_BY_AGE = frozenset({"adults", "children", "minors", "teenagers", "youth", "pensioners",
                     "babies", "infants", "juveniles"})
_BY_SEX = frozenset({"women", "men", "males", "females"})
_MEN_WOMEN_CHILDREN = frozenset({"men", "women", "children", "girls", "boys"})


def _kinds_apart(text: str, parts: Sequence[Figure]) -> bool:
    """Whether every part opens 'N are/were KIND' and the kinds are told along one line
    (all by age, all by sex, men, women and children, or none by either), so that they do
    not overlap."""
    kinds = {_kind(text, p) for p in parts}
    if None in kinds:
        return False
    return any(kinds <= line for line in (_BY_AGE, _BY_SEX, _MEN_WOMEN_CHILDREN)) or not (
        kinds & (_BY_AGE | _BY_SEX | _MEN_WOMEN_CHILDREN))


def _has_noun(f: Figure) -> bool:
    """Whether a count's span holds a word after its number ('57 people', not '57')."""
    return bool(re.search(r"\d[\d,.]*\s+[^\W\d_]", f.text) or re.search(
        r"^[^\W\d_]+(?:-[^\W\d_]+)?\s+[^\W\d_]", f.text)) and bool(f.subject)


_BREAK_START = re.compile(r"^[^.;()\d]{0,60}$")
#: the rest of a total told after its listed parts
_REST = re.compile(r"[^.;]{0,80}?\b(?:the\s+rest|the\s+remainder|the\s+others|the\s+remaining|"
                   r"remaining\s+\d)", re.IGNORECASE)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_PART_GAP = re.compile(r"^[^.;:()\d]{0,60}$")
# each part is placed: '31 (of them) at Port Halden General', '900 at local suppliers'
_PREPOSITIONS = ("at", "in", "from", "on", "for", "across", "inside", "outside", "near", "to")
_PLACED = re.compile(r"^\s+(?:of\s+(?:them|whom)\s+)?(?:(?:came|come|were|are|was|is|lived|"
                     r"live|lives|living|now|still|currently|held|kept|built|sent|based|"
                     r"born|run|owned|[a-z]+ed)\s+){0,2}"
                     rf"(?:(?:{'|'.join(_PREPOSITIONS)})\s|by\s+(?!(?:{'|'.join(WEEKDAYS)}|"
                     rf"{FULL_MONTHS})\b)[A-Z]|by\s+(?:the|a|an)\s+(?!(?:end|time|start|close|"
                     rf"middle|evening|morning|afternoon|weekend)\b))")
# ('27 of them run by Merinol and 12 by Brightwater', '35 by the county council'; not '70
# of them by noon', 'by the end of the day')
_SENT_TO = re.compile(r"^\s+(?:were\s+|went\s+)?to\s", re.IGNORECASE)
# 'Of the 4,800 people evacuated, 2,100 came from Lenka, ...': the total opens the sentence
_OF_THE = re.compile(r"(?:^|[.!?]\s+|\n)\s*Of\s+(?:the\s+|its\s+|their\s+)?"
                     r"(?:[^\W\d_][\w'\u2019-]*\s+){0,2}$")  # 'Of the region's 611,000'


# a short phrase may come between: '$420 million a year, made up of ...'
_COMPRISE = re.compile(r"^(?:\s+[^\W\d_]+){0,3},?\s+(?:comprise[sd]?|comprising|"
                       r"consist(?:s|ed|ing)?\s+of|(?:are\s+|were\s+|is\s+|was\s+)?made\s+up\s+of|"
                       r"break\s+down\s+into|broke\s+down\s+into)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# a sum broken down after a colon: '$850 million of reserves on Tuesday ..., according to
# figures released overnight: $500 million in the morning session and $250 million ...'
_SUM_COLON = re.compile(r"^[^.;:()\d]{0,120}:\s*$")
# each part told with where it comes from: '$260 million from the higher royalties and'
_PLACED_GAP = re.compile(r"\s+(?:from|in|at|on|for|by)\s+[^.;:()\d]{1,60}?"
                         r"(?:,\s*(?:and\s+)?|\s+and\s+)")


def _comprised(total: Figure, later: Sequence[Figure], text: str) -> list[Figure]:
    """The counts (or sums of the total's currency) a total is said to consist of, nouns
    and all: 'The 87 survivors comprise 41 Qarasi nationals, 29 Dulanese and 12
    Nembrians', '$420 million a year, made up of $260 million from the higher royalties
    and $140 million from the corporate tax rise'; a sum's parts may follow a colon
    (:data:`_SUM_COLON`) ([] when not so told)."""
    def alike(f: Figure) -> bool:
        return f.kind == total.kind and f.unit == total.unit

    if not later or not alike(later[0]):
        return []
    lead = text[total.end:later[0].start]
    if not (_COMPRISE.match(lead) or (total.kind == "money" and _SUM_COLON.match(lead))):
        return []
    parts = [later[0]]
    for f in later[1:]:
        gap = text[parts[-1].end:f.start]
        if not alike(f) or not (_LIST_GAP.fullmatch(gap) or _PLACED_GAP.fullmatch(gap)):
            return []
        parts.append(f)
        if re.search(r"\band\s+$", gap):  # not 'from oil and gas, ...'
            stop = re.search(r"[.!?;](?:\s|$)", text[f.end:])  # the sentence's end
            rest = text[f.end:f.end + stop.start()] if stop else text[f.end:]
            return [] if _MORE_AFTER.search(rest) else parts
    return []


#: the list leaves some of the total untold: '..., with the rest tied to targets'
_MORE_AFTER = re.compile(r"\b(?:rest|remainder|balance|remaining|others?|further|additional)\b",
                         re.IGNORECASE)


def _breakdown_after(total: Figure, later: Sequence[Figure], text: str
                     ) -> tuple[list[Figure], bool]:
    """The bare counts that break ``total`` down, in order ([] when there is no such list),
    and whether they are said to be all of it (a shortfall is an error too)."""
    # counts with nouns of their own may come between: 'All 52 injured were taken to two
    # hospitals, 31 to the Central Military Hospital and 17 to St Anselm's'
    skipped = 0
    while skipped < len(later) and later[skipped].kind == "count" and _has_noun(later[skipped]):
        skipped += 1
    if skipped == len(later) or later[skipped].kind != "count":
        return [], False
    first = later[skipped]
    lead = text[total.end:first.start]
    for f in reversed(later[:skipped]):
        lead = lead[:f.start - total.end] + " " + lead[f.end - total.end:]
    if not _BREAK_START.match(lead):
        return [], False
    after_first = text[first.end:]
    of_them = lead.rstrip().endswith(",") and _OF_THEM.match(after_first) is not None
    colon = re.search(r"(?::|\u2014|\u2013| - )\s*$", lead) is not None
    # 'Of the 80 seats, National Renewal took 42, the Civic Alliance 35 and minor parties
    # five': who has each part is told before it, so the parts need not be placed
    of_the = "," in lead and _OF_THE.search(text[:total.start]) is not None
    # '..., 31 to the Central Military Hospital and 17 to ...': each part sent somewhere
    sent = lead.rstrip().endswith(",") and _SENT_TO.match(after_first) is not None
    # '14 rounds of negotiation, eight held in Corvanna and seven in Halvik'
    apposed = lead.rstrip().endswith(",") and _PLACED.match(after_first) is not None
    # parts spread over the count skipped: 'came in two speedboats, seven in one and six in
    # the other'
    if not (colon or of_them or of_the or sent or apposed) or (
            skipped and not (sent or apposed)):
        return [], False
    placed = not of_the or _PLACED.match(after_first) is not None
    parts = _listed(first, later[skipped + 1:], text, placed=placed)
    if parts and _REST.match(text, parts[-1].end):
        return [], False  # '..., with the rest run by smaller operators': not all of it
    if not placed and not _parallel(parts, text):
        return [], False  # 'Of the 27 injured, two have since died and nine remain in hospital'
    return parts, colon or of_them or of_the or sent


def _parallel(parts: Sequence[Figure], text: str) -> bool:
    """Whether parts that each open a clause share its verb ('11 were critical and 16 were
    stable', '402,000 live in towns and 189,000 in villages'): one status each, so they
    can make up the whole, unlike 'two have since died and nine remain in hospital'."""
    verbs = [re.match(r"\s+([a-z]+)", text[p.end:]) for p in parts]
    if not parts or verbs[0] is None:
        return True  # 'National Renewal took 42, the Civic Alliance 35': holders come first
    first = _COPULAS.get(verbs[0].group(1), verbs[0].group(1))
    return all(v is None or _COPULAS.get(v.group(1), v.group(1)) == first
               or v.group(1) in _PREPOSITIONS for v in verbs[1:])


#: 'seven were guests, three were staff and one was an instructor': one verb
_COPULAS = {"was": "be", "were": "be", "is": "be", "are": "be"}



def _listed(first: Figure, rest: Sequence[Figure], text: str, *, placed: bool
            ) -> list[Figure]:
    """The bare counts listed from ``first`` on up to the list's 'and' ([] when the list
    does not end so); when ``placed``, each is placed ('31 at A and 22 at B')."""
    parts = [first]
    for f in rest:
        gap = text[parts[-1].end:f.start]
        if (placed and not _PLACED.match(text[parts[-1].end:])) or f.kind != "count" \
                or _has_noun(f) or not _PART_GAP.match(gap) \
                or not re.search(r",|\band\b", gap):
            return []
        parts.append(f)
        if re.search(r"\band\b", gap):  # 'X at A and Y at B': the list ends at its 'and'
            return parts if not placed or _PLACED.match(text[f.end:]) else []
    return []


_Years = dict[tuple[str, int], frozenset[float]]  # years named, by (report, sentence)


_Days = dict[tuple[str, int], frozenset[str]]  # full dates named, by (report, sentence)


def _days(figures: Iterable[Figure]) -> _Days:
    """The days (full ISO dates) each sentence names, by (report, sentence)."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for f in figures:
        if f.kind == "date" and isinstance(f.value, str) and len(f.value) == 10:
            out[(f.report, f.sentence)].add(f.value)
    return {at: frozenset(told) for at, told in out.items()}


def _years(figures: Iterable[Figure]) -> _Years:
    """The years each sentence names, by (report, sentence): years, and dates written with
    their year ('in November 2025')."""
    out: dict[tuple[str, int], frozenset[float]] = defaultdict(frozenset)
    for f in figures:
        if f.kind == "year" and f.value is not None:
            out[(f.report, f.sentence)] |= {float(f.value)}
        elif (f.kind == "date" and isinstance(f.value, str) and f.value[:4].isdigit()
              and re.search(r"\b\d{4}\b", f.text)):
            out[(f.report, f.sentence)] |= {float(f.value[:4])}
    return out


def _past_years(comparison: Comparison, named: _Years) -> _Years:
    """The years before the report's publication year that each sentence names (none when
    the report has no date), of those it names (``named``, :func:`_years`): 'in November
    2025, fourteen people died' in a report of 2026 is history."""
    now = {r.id: r.published_date.year for r in comparison.reports if r.published_date}
    out: dict[tuple[str, int], frozenset[float]] = defaultdict(frozenset)
    for (rid, i), ys in named.items():
        if rid in now:  # without a date, 'by 2027' could make this year look past
            out[(rid, i)] = frozenset(y for y in ys if y < now[rid])
    return out


#: a clause told of a year before it, up to a figure ('the first strike since 2011, when a
#: nine-day walkout ended', 'in January 1986, when 23 people died'; the clause ends at a
#: full stop, not a decimal point, and at ', and', ', but', ', while')
_WHEN_OF_YEAR = re.compile(r"\b((?:1[89]|20)\d\d),?\s+when\b"
                           r"(?:[^.;:,]|\.\d|,(?!\s+(?:and|but|while)\b))*$")


def _past_year_told(comparison: Comparison, f: Figure) -> int | None:
    """The year before its report's publication year that ``f`` is told in a clause of
    (:data:`_WHEN_OF_YEAR`), if any: history, no figure of today's event (a report without
    a date tells no past year)."""
    m = _WHEN_OF_YEAR.search(_words_before(comparison, f))
    published = comparison.report(f.report).published_date
    return int(m.group(1)) if m is not None and published is not None and int(
        m.group(1)) < published.year else None


def _other_then(ta: int | None, tb: int | None, years_a: frozenset[float],
                years_b: frozenset[float]) -> bool:
    """Whether two figures are told of other times: one in a clause of a past year
    (:func:`_past_year_told`) that the other's sentence does not name ('since 2011, when
    a nine-day walkout ended' vs 'the two-day stoppage'; not 'posted a loss in 2025, when
    sales fell 12 percent' vs 'Sales fell 15 percent in 2025')."""
    return ta != tb and not (ta is not None and ta in years_b) and not (
        tb is not None and tb in years_a)


def _subset_cue(comparison: Comparison, part: Figure) -> bool:
    """Parts introduced as a subset ("including", "among them") need not add up."""
    text = comparison.sentence_text(part.report, part.sentence).lower()
    return any(w in text for w in ("including", "among", "of whom", "of them"))


#: What a quantity no words name is called in a message, by kind.
_UNNAMED = {"measure": "quantity", "percent": "share", "money": "amount", "count": "number"}


def _age_label(figures: Iterable[Figure]) -> str | None:
    """'age of <name>' by the fullest name told of the ages ('Teodor Haskel', not 'Haskel'),
    or None when no age is of a named person."""
    names = [" ".join(person_name(f)) for f in figures if named_age(f)]
    return f"age of {max(names, key=len)}" if names else None


def _label(items: Sequence[tuple[Figure, Key]]) -> str:
    """A fact-checker's name for the quantity: 'Venezuelan soldiers killed'."""
    keys = [k for _, k in items]
    first = keys[0]
    if all(k.broad for k in keys) and "per" not in first.mods and first.kind != "percent":
        heads = {k.head for k in keys}
        head = "soldiers" if "soldiers" in heads else "civilians" if "civilians" in heads \
            else "people"
        richest = max(items, key=lambda it: (len(it[1].nations), it[0].report, -it[0].start))
        names: list[str] = []
        for w in (richest[0].subject or "").split():
            if w[:1].isupper() and demonym(w) not in names:
                names.append(demonym(w))
        subject = " ".join([" and ".join(names), head]).strip()
    elif first.kind == "age" and (named := _age_label(f for f, _ in items)):
        return named
    else:
        f = min((f for f, _ in items),
                key=lambda f: (not f.subject, len(f.subject or ""), f.report, f.start))
        unnamed = "duration" if first.unit in DURATION_UNITS else _UNNAMED.get(first.kind,
                                                                                "figure")
        subject = f.subject or ("age" if first.kind == "age" else unnamed
                                if first.head in {SOLE, AMOUNT} else first.head)
    if first.predicate and first.predicate not in subject and first.predicate != "sentenced":
        subject = f"{subject} {first.predicate}"
    if first.kind == "age" and subject.split()[:1] != ["age"]:
        # 'age of man arrested: 28 vs 29', not a count; one person's ('age of person
        # arrested', not of 'people arrested')
        subject = "age of " + re.sub(r"^people\b", "person", subject)
    return subject


def _values_text(conflicting: Sequence[Figure], agreeing: Sequence[Figure], *,
                 shown: Callable[[Figure], str] | None = None) -> str:
    shown = shown or _show

    def classes(figs: Sequence[Figure]) -> list[str]:
        by_value: dict[str, set[str]] = defaultdict(set)
        order: dict[str, float] = {}
        for f in figs:
            text = shown(f)
            by_value[text].add(f.report)
            iv = interval(f)
            order[text] = iv[0] if iv else 0.0
        return [f"{v} ({', '.join(sorted(r))})" for v, r in
                sorted(by_value.items(), key=lambda kv: (order[kv[0]], kv[0]))]

    text = " vs ".join(classes(conflicting))
    if agreeing:
        text += "; compatible with both: " + ", ".join(classes(agreeing))
    return text


def _show_change(comparison: Comparison, f: Figure) -> str:
    """A market change with its direction ('+2%', '-2%'), so a rise and a fall of one size
    read as the disagreement they are."""
    return {1: "+", -1: "-"}.get(_direction(comparison, f), "") + _show(f)


def _show(f: Figure) -> str:
    """The value as a fact-checker writes it: '23', 'at least 55', '75-100', '$3bn'."""
    if f.subject == TALLY:
        return f.text  # '7-2'
    if f.value is None and f.low is not None and f.high is not None:
        core = f"{_num(f.low)}-{_num(f.high)}"
    elif isinstance(f.value, (int, float)):
        core = _num(float(f.value))
    else:
        core = str(f.value)
    if f.kind == "percent":
        core += "%"
    elif f.kind == "money" and f.unit == "cents":
        core = f"{core} cents"
    elif f.kind == "money" and f.unit:
        core = f"{f.unit} {core}"
    elif f.kind == "measure" and f.unit:
        core = f"{core} {f.unit}"
    q = f.qualifier if f.qualifier and f.qualifier not in {"between", "from"} else None
    if not q or f.value is None:
        return core
    if q == "plus":
        return f"{core}+"  # 'three-plus seasons'
    return f"{core} {q}" if q.startswith("or ") else f"{q} {core}"  # '12 or more'


def _num(x: float) -> str:
    """'23', '1,200', '4.5', '14.8 billion' (millions and billions as words, as written)."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale and round(x / scale, 3) * scale == x:
            return f"{x / scale:g} {word}"
    if x == int(x):
        return f"{int(x):,}" if abs(x) >= 1000 else str(int(x))
    return f"{x:g}"


def _severity(pairs: Sequence[tuple[Figure, Figure]], key: Key) -> Severity:
    worst = 0.0
    for a, b in pairs:
        ia, ib = interval(a), interval(b)
        if ia is None or ib is None:
            continue
        gap = max(ib[0] - ia[1], ia[0] - ib[1], 0.0)
        scale = max(abs(ia[0]), abs(ib[0]), abs(ia[1]) if ia[1] != float("inf") else 0.0,
                    abs(ib[1]) if ib[1] != float("inf") else 0.0, 1e-9)
        worst = max(worst, gap / scale)
    level = 2 if worst >= 0.25 else 1 if worst >= 0.05 else 0
    if key.predicate in _TOLLS:
        level += 1
    return _LEVELS[min(level, 2)]


def _evidence(f: Figure) -> Evidence:
    return Evidence(report=f.report, sentence=f.sentence, start=f.start, end=f.end,
                    text=f.text, value=f.value)
