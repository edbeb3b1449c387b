"""Figures: every number, amount and date of a report with what it counts.

Each sentence is scanned for dates and times (:mod:`newsdiff.claims.dates`), then for
numbers (:mod:`newsdiff.claims.numbers`); each number gets a kind (count, percent, money,
measure, age, year, ordinal) and, from rules over the tokens
(:mod:`newsdiff.claims.subjects`), the phrase it counts, the event it stands in and the
source it is attributed to.  Identifiers are not figures: "Flight 171", "COVID-19", "G20",
"page 5", house numbers ("22 Sorrel Boulevard"), list markers.

>>> from newsdiff.models import Report
>>> from newsdiff.segment import split_sentences
>>> r = Report(id="a", text="At least 55 soldiers were killed on Saturday.", published="2026-01-07")
>>> [(f.text, f.kind, f.value, f.low, f.high, f.subject, f.predicate)
...  for f in extract_figures(r, split_sentences("a", r.text))]
[('At least 55 soldiers', 'count', 55.0, 55.0, None, 'soldiers', 'killed'), \
('Saturday', 'date', '2026-01-03', None, None, None, None)]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from newsdiff.claims.comparable import (
    ANIMALS,
    CONCENTRATION,
    GASES,
    ONE_PERSON_NOUNS,
    is_person_noun,
    values_within,
)
from newsdiff.claims.dates import WEEKDAYS, find_dates
from newsdiff.claims.durations import event_kind, what_lasted
from newsdiff.claims.numbers import (
    COMPOUND_UNITS,
    MAXIMUM_QUALIFIERS,
    Number,
    currency_after,
    find_numbers,
    report_currencies,
)
from newsdiff.claims.subjects import (
    MARKET_NOUNS,
    PERSON_EVENTS,
    STOPWORDS,
    TALLY,
    Token,
    market_roles,
    money_holder,
    subject_of,
    tokenize,
)
from newsdiff.config import Config
from newsdiff.models import Figure, Report, Sentence

_IDENTIFIER_WORDS = {
    "flight", "flights", "page", "pages", "p", "pp", "no", "nos", "number", "route", "room",
    "article", "section", "chapter", "highway", "interstate", "platform", "gate", "line",
    "bus", "apollo", "resolution", "proposition", "prop", "bill", "item", "vol", "volume",
    "episode", "season", "level", "stage", "phase", "district", "precinct", "ward", "unit",
    "squadron", "battalion", "brigade", "regiment", "division", "company", "model", "version",
    "channel", "figure", "table", "code", "zone", "terminal", "pier", "track", "lot",
    "suite", "apartment", "box", "exit", "cell", "block",
}
#: words that open a sentence before a number, never a name with a model number ('Now 40
#: kilometres of coastline lie smothered'), nor before an age in apposition ('Yesterday, a
#: 34-year-old man')
_OPENING_ADVERBS = {"now", "today", "yesterday", "overall", "altogether", "still", "already",
                    "officially", "reportedly", "tonight", "earlier", "later", "meanwhile",
                    "separately", "however", "overnight", "also", "instead", "elsewhere",
                    "afterwards", "then", "here", "there", "nearby", "moreover", "previously"}
_CAP_OK = {"the", "a", "an", "of", "in", "on", "at", "and", "but", "some", "about", "nearly",
           "almost", "around", "only", "all", "after", "before", "since", "by", "from", "with",
           "as", "over", "under", "more", "less", "fewer", "least", "most", "than", "between",
           "just", "up", "to", "for", "roughly", "approximately", "estimated", "another",
           "those", "these", "its", "their", "his", "her", "our", "every", "each",
           "until", "during", "killing", "killed", "where", "when", "while",
           "if", "then", "so", "yet", "both", "including", "among", "well", "upwards",
           "exceeding", "no", "many", "few", "first", "last", "is", "are", "was", "were",
           "magnitude"}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: 'pounds' written out (no '£') ...
_POUNDS_WORD = re.compile(r"\s+pounds?\b", re.IGNORECASE)
#: ... after words of weight or height ('weighing', 'weighs about', '5-foot-8,') ...
_WEIGHED = re.compile(r"(?:\bweigh(?:s|ed|ing|t)?\b(?:\s+(?:in\s+at|about|around|nearly|"
                      r"almost|some|more\s+than|less\s+than|over|under|up\s+to|roughly|"
                      r"at|only|just))*|\b(?:feet|foot|ft|inches|inch|in)\b[\s\d'\"-]*,?)\s*$",
                      re.IGNORECASE)
#: a concentration: '400 parts per million', '12 parts per billion'
_PARTS_PER = re.compile(r"\s+parts\s+per\s+(million|billion)\b", re.IGNORECASE)
#: ... or before what is weighed ('2,000 pounds of explosives'; not 'of taxpayers' money')
_POUNDS_OF = re.compile(r"\s+of\s+(?!(?:taxpayers?|public|your|their|his|her|our|the)\b)"
                        r"[a-z]", re.IGNORECASE)
_MEASURES = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in", "cm": "cm",
    "centimetres": "cm", "mm": "mm", "millimetres": "mm", "kg": "kg", "kilograms": "kg",
    "kilogrammes": "kg", "kilos": "kg", "grams": "g", "tonnes": "t", "tons": "t", "tonne": "t",
    "ton": "t",
    "litres": "l", "liters": "l", "gallons": "gal", "barrels": "bbl", "acres": "acre",
    "hectares": "ha", "degrees": "deg", "mph": "mph", "kph": "km/h", "knots": "kn",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "kilowatts": "kW", "square": "sq",
    "hours": "h", "hour": "h", "minutes": "min", "minute": "min", "seconds": "s",
    "days": "d", "day": "d", "weeks": "wk", "week": "wk", "months": "mo", "month": "mo",
    "years": "yr", "year": "yr", "decades": "decade", "centuries": "century",
    "calories": "kcal", "votes": None, "points": "pt", "magnitude": "M",
}
#: what a share is of, told before its verb: 'Heavy goods vehicles make up about 30%'
_SHARE_OF = re.compile(
    r"(?<![\w-])(?P<part>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+(?:s|men|people|children))\s+"
    r"(?:(?:make|makes|made|making)"
    r"\s+up|account(?:s|ed|ing)?\s+for)\s+$", re.IGNORECASE)
#: a speed after a number: '38 km/h', '50km/h', '38 kilometres per hour', '30 mph'
_SPEED = re.compile(r"\s*(?:(?:km|kilomet(?:re|er)s?|miles?)(?:\s*/\s*h(?:r|our)?\b|"
                    r"\s+(?:per|an|a)\s+hour\b)|km/h\b|kmh\b|kph\b|mph\b)", re.IGNORECASE)
#: a word that makes little of an age set off after a name ('Lotte Amsel, just 15,')
_MERE_WORD = r"(?:just|only|barely)\s+"
_MERE = rf"(?:{_MERE_WORD})?"
#: words before an age: 'aged 3', 'aged just six', 'ages 6 and 16', 'aged 3, 5 and 9',
#: 'between age 17 and 25', 'when he was 17 to 25'
_AGE_BEFORE = re.compile(
    rf"(?:\b(?:aged|ages?)\s+{_MERE}(?:\d+(?:,\s+\d+)*,?\s+"
    r"(?:and|or|to)\s+|(?:\d+,\s+)+)?"
    r"|\b(?:when|since|until|while)\s+(?:he|she|they|we|I)\s+(?:was|were|turned)\s+)$",
    re.I)
#: ... and one's age when the story's harm befell one: 'He was 19 when he was struck',
#: 'Daniel was just 20 when he was shot' (not 'It was 11 when he left the bar', 'Turnout
#: was 40 when polls closed', nor 'when he was dropped at slip', 'when she moved to Kell',
#: 'when he was arrested last year': a review of made-up cases)
_AGE_WHEN_BEFORE = re.compile(r"(?:^|[.;:,]\s+|\b(?:and|but)\s+)(?P<who>[Hh]e|[Ss]he|"
                              rf"(?:[A-Z][\w.\-']+\s+)?[A-Z][\w.\-']+)\s+was\s+{_MERE}$")
_AGE_WHEN_AFTER = re.compile(
    r"\s+when\s+(?:he|she)\s+(?:was\s+(?:\w+\s+)?(?:shot|killed|struck|hit|stabbed|attacked|"
    r"injured|wounded|hurt|executed|murdered|beaten|abducted|kidnapped|knocked\s+down|run\s+"
    r"over)|died|drowned)\b")
_NOT_WHO = frozenset({"it", "this", "that", "there", "here", "what", "which", "who"})
#: ... and an age told of a person by 'was' ('The man who died was 63', 'The driver was 45,
#: police said') or by 'of' ('a little girl of just six'), the number ending its clause
_BE_AGE_BEFORE = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:and|but|while|said|says)\s+)(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?"
    r"(?P<noun>[a-z]+)(?:\s+(?:who|that)\s+(?:died|"
    r"drowned|was\s+(?:\w+\s+)?(?:killed|shot|stabbed|injured|wounded|hurt|attacked|mauled|"
    rf"arrested|detained|charged|held)))?\s+was\s+(?:{_MERE_WORD}|aged\s+)?$")
_OF_AGE_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+of\s+{_MERE}$")
_AGE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:and|but|when|who|from)\b)")
#: the nouns whose 'of N' is an age ('a man of 63', 'a little girl of six'; not 'a father
#: of three', 'a devoted uncle of two', 'a team of 12')
_OF_AGE_NOUNS = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "youngster",
                           "pensioner"})
#: a number written with 'm' glued to it and no currency, then a word of place or size:
#: metres ('fell about 60m from a ridge', 'a 40m-long', '200m down a gully')
_GLUED_M = re.compile(r"\dm$")
_METRES_AFTER = re.compile(r"(?:\s+(?:from|down|up|into|onto|off|high|deep|long|tall|wide|"
                           r"away|above|below|beneath|under|across|along|offshore|inland)\b"
                           r"|[-\u2010\u2011](?:high|deep|long|tall|wide)\b"
                           # ... or a thing measured by its size ('the 80m cliff of rock';
                           # not 'a 3m drop in passengers', '20m face masks', 'a 40m hole in
                           # its budget': a review of made-up cases)
                           r"|\s+(?:cliff|wall|tower|crane|span|deck|pit|shaft|crater|"
                           r"tunnel|mast|chimney|slope|gorge|chasm|ravine|sinkhole)\b)", re.I)
#: ... or a race run over one of a race's lengths ('the 400m hurdles', 'our 1,500m queen',
#: 'the 100m final'; doping-ban, dev; not 'a 60m final offer')
_RACE_AFTER = re.compile(r"\s+(?:hurdles|sprint|sprinter|final|freestyle|relay|breaststroke|"
                         r"backstroke|butterfly|medley|runner|champion|championship|queen|"
                         r"king|dash|steeplechase|swimmer)\b(?!\s+(?:offer|bid|payment|"
                         r"bonus|deal|fee|sum|prize)\b)", re.I)
_RACE_METRES = frozenset({50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0,
                          5000.0, 10000.0})
#: ... or after water that rises or falls by it ('The Velna River rose 3.2m in less than an
#: hour'; the population that 'rose 3.2m' is millions)
_WATER_ROSE = re.compile(r"\b(?:river|rivers|water|waters|floodwaters?|flood|sea|seas|tide|"
                         r"waves?|level|levels|lake|reservoir|swell)\b[^.;]{0,40}?\b(?:rose|"
                         r"risen|rising|rises|fell|fallen|dropped|surged|climbed|reached)\s+"
                         r"(?:by\s+)?$", re.I)
#: a location told as a distance from a place: '12 kilometres from the border', '180 km
#: north of the capital' (the direction kept: 'north of' and 'south of' are two places),
#: '3 km off the coast'
_DISTANCE_FROM = re.compile(
    r"\s+(?:(?:due\s+|to\s+the\s+)?(?P<dir>north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ward)?\s+of|(?:away\s+)?from|outside|(?P<inside>inside)"
    r"|off(?=\s+(?:the\s+)?(?:coast|shore|island|mainland|cape|peninsula|port|(?-i:[A-Z]))))"
    r"\s+(?=\S)", re.I)
#: ... but not a way travelled or fallen ('walked 40 km from the border', 'falling about
#: 60m from a ridge')
_TRAVELLED = re.compile(
    r"\b(?:walk|walked|walking|drove|driven|driving|travell?ed|travell?ing|fled|fleeing|ran|"
    r"running|marched|marching|swam|swimming|trekked|trekking|flew|flown|flying|sailed|"
    r"moved|fell|falling|fallen|plunged|plunging|dropped|tumbled|pushed|dragged|carried|"
    r"swept|thrown|hurled|shaved|cut|knocked|taken|advanced|advancing|spread|spreading|"
    r"skidded|slid|rolled|retreated|withdrew|hiked|cycled|rode|crawled|inched|crept|edged)"
    r"\s+(?:\w+\s+){0,2}$",
    re.I)
#: water that rose by a length, the water its verb's subject ('The Velna River rose 3.2
#: metres', 'water levels had risen by 2 m'; not 'crossed the river and climbed 500 metres')
_WATERS = r"river|rivers|water|waters|floodwaters?|sea|seas|tide|lake|reservoir|levels?"
_WATER_RISE = re.compile(rf"\b(?:{_WATERS})\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|"
                         r"rises|surged|climbed)\s+(?:by\s+)?$", re.I)
#: a fall told by its verb right before the length: 'dropped a terrifying 20 metres into the
#: river', 'fell about 12 metres', 'plunged some 30 metres down a ravine' (not water or a
#: level: 'the river fell 2 metres')
_FELL = re.compile(r"\b(?:fell|falls?|falling|dropped|drops?|dropping|plunged|plunges?|"
                   r"plunging|plummeted|plummets?|plummeting|tumbled|tumbling)\s+"
                   r"(?:(?:a|an)\s+(?:[a-z]+\s+)?)?(?:(?:about|some|around|nearly|almost|"
                   r"roughly|more\s+than|over|at\s+least|up\s+to|just|only)\s+)?$", re.I)
_NOT_A_FALL = re.compile(rf"\b(?:{_WATERS}|temperatures?|prices?|shares?|output)\b[^.;,]*$",
                         re.I)
#: ... nor a distance or a gradient told after it ('fell 100 metres short of the line',
#: 'dropped 200 metres behind', 'The pass drops 300 metres in 4 km')
_NOT_A_FALL_AFTER = re.compile(r"\s+(?:short|behind|ahead|back|clear|in\s+(?:just\s+)?\d|over\s+"
                               r"(?:just\s+)?\d|over\s+(?:a|the)\s+(?:distance|stretch|length))\b",
                               re.I)
#: words of a wind told before its speed in the clause ('gusts of up to 80 km/h', 'a storm
#: that hit the coast at 130km/h'; not 'the storm was moving at 15 km/h') or right after it
_WIND = re.compile(r"\b(?:winds?|gusts?|gusting|gales?|storm|hurricane|cyclone|typhoon|"
                   r"tornado|squalls?)\b(?![^,;]*\b(?:moving|travell?ing|heading|crawling|"
                   r"drifting|tracking|advancing|inching|moves|moved|travell?ed|tracked|"
                   r"doing|slowed|slowing|driving|drove|speeding|sped|running|ran|as|when|"
                   r"while)\b)[^,;]*$", re.I)
_WIND_AFTER = re.compile(r"\s*(?:(?:howling|strong|fierce|powerful|violent|sustained|"
                         r"[a-z]+-force)\s+)?(?:winds?|gusts?|gales?)\b", re.I)
_LENGTHS = frozenset({"km", "m", "mi", "nmi", "ft"})
_STOREYS = {"story": "storey", "floor": "storey"}  # '16-story' is '16-storey'
_ORDINAL_WORDS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}
_ORDINAL = re.compile(
    rf"(?<![\w\-])(?:(?P<d>\d+)(?:st|nd|rd|th)|(?P<w>{'|'.join(_ORDINAL_WORDS)}))\b",
    re.IGNORECASE)
#: an ordinal that tells a toll: 'A third farmworker has died' (three dead now), 'a fourth
#: miner was killed' (not 'the third person to die this week', 'a third attack killed',
#: 'In a fourth town residents have died': the article opens the clause)
_A_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:and|but|as|while|after|when|now|since|then|"
                       r"today|yesterday|said|says|that|confirmed)\s+)(?:a|an)\s+$",
                       re.IGNORECASE)
_DIED_AFTER = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){1,2}?(?:has\s+|had\s+|have\s+)?"
                         r"(?:since\s+|now\s+|also\s+|later\s+)?(?:died|been\s+killed|"
                         r"was\s+killed|is\s+dead|succumbed|(?:was|has\s+been)\s+shot\s+"
                         r"dead)\b", re.IGNORECASE)
_DIRECTIONS = {"below", "above", "higher", "lower", "up", "down", "more", "less", "rise", "fall",
               "drop", "gain", "increase", "decrease", "jump", "rises", "falls", "drops",
               "gains", "stronger", "weaker", "better", "worse", "increases", "decreases",
               "jumps", "hike", "cut"}
_NOT_NOUNS = {"was", "has", "is", "this", "its", "his", "hers", "theirs", "as", "does",
              "percent", "always", "perhaps", "sometimes", "times", "less", "unless"}
_ONE_NOUN_STOP = {"of", "another", "day", "time", "thing", "way", "point", "side", "hand",
                  "who", "that", "which", "in", "more", "or", "and", "the", "a", "reason",
                  "year", "night", "morning", "week", "month", "such", "to",
                  "would", "could", "is", "was", "has", "had", "will", "can", "should",
                  "must", "might", "may", "does", "did", "told", "said", "says", "says,"}


def extract_figures(
    report: Report, sentences: Sequence[Sentence], *, config: Config | None = None,
    currencies: Mapping[str, str] | None = None,
) -> list[Figure]:
    """Every figure stated in ``sentences`` of ``report``, in text order.

    ``config.figure_tolerance`` sets the width of "about 40"-style approximations;
    ``currencies`` are currency words the tables do not list (default: those the report
    itself names as such, :func:`~newsdiff.claims.numbers.report_currencies`; a
    comparison passes those of all its reports, which tell one event).
    """
    config = config or Config()
    published = report.published_date
    figures: list[Figure] = []
    if currencies is None:
        currencies = report_currencies(report.text)
    for sent in sentences:
        figures.extend(_sentence_figures(report, sent, published, config.figure_tolerance,
                                         currencies))
    if _OUTBREAK.search(report.text):
        figures = [_infections(f) for f in figures]
    if _KIDNAPPING.search(report.text):
        figures = [_ransom(f, report.text, sentences) for f in figures]
    pay_story = _PAY_WORDS.search(report.text) is not None
    figures = [_pay_claim(f, report.text, pay_story=pay_story) for f in figures]
    figures = [_since_launch(_in_minutes(f), report.text) for f in figures]
    figures = [_named_back(f, report.text, sentences) for f in figures]
    return _of_those_told(_told_before(figures, report.text), report.text)


#: a bare number that opens a breakdown of a whole told before: 'Of the 63, 39 were boys'
_OF_THE_BARE = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s+$", re.IGNORECASE)


def _of_those_told(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with a bare count that opens a breakdown ('Of the 63, 39 were boys and 22
    were girls') read as the count of that value with a subject told before it in the report
    ('Inspectors freed 63 children ...'), with its bounds ('About 200 ...'), so its parts are
    checked against it; not when counts of that value of two things were told."""
    out = list(figures)
    for k, f in enumerate(figures):
        if f.kind != "count" or f.subject is not None or f.predicate is not None or not (
                _OF_THE_BARE.search(text, max(0, f.start - 12), f.start)
                and text[f.end:f.end + 1] == ","):
            continue
        before = [g for g in figures[:k] if g.kind == "count" and g.value == f.value
                  and g.subject is not None and g.end <= f.start]
        if len({(g.subject, g.predicate) for g in before}) == 1:  # 'Of the 12' after '12
            # dead in 12 villages' tells which of them
            g = before[-1]
            out[k] = f.model_copy(update={"subject": g.subject, "predicate": g.predicate,
                                          "qualifier": g.qualifier, "low": g.low,
                                          "high": g.high})
    return out


#: an age that points back to one person: 'the 81-year-old retired teacher was', 'The
#: 58-year-old was' (after the age: up to three words in lower case, the last a noun of a
#: person, then a verb; or the verb)
_BACK_AGE = re.compile(r"(?P<words>(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:was|is|had|has|who|said|"
                       r"told|says)\b")
#: a full name of a person opening a sentence, then a verb in lower case: 'Marta Kellin has
#: lived ...', 'Ilse Marovic has voted ...'
_OPENING_NAME = re.compile(r"(?:[A-Z][a-z'\-]+\s+){1,2}[A-Z][a-z'\-]+(?=\s+[a-z])")
#: another name after the opening one: a person, unless a place or a day ('on Mirel Street')
_ANOTHER_NAME = re.compile(r"\b[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+)*")  # a run of them


def _named_back(f: Figure, text: str, sentences: Sequence[Sentence]) -> Figure:
    """An age told as 'the 81-year-old retired teacher' (a person the report has named:
    'the', a noun of a person or none, then a verb) is the age of the one person whose full
    name opens its sentence, the age opening a clause after a comma and a conjunction ('Ilse
    Marovic has voted in every election since 1966, so the 78-year-old retired schoolteacher
    was stunned'), or, when the age opens its sentence, the sentence before ('Marta Kellin
    has lived in her flat for 52 years. The 81-year-old retired teacher was carried out'),
    when that sentence tells no other person, by name or noun (capitalised words after a
    preposition of place are a place, 'on Mirel Street', and a weekday or month a time;
    'pulled the woman out', 'with her father' and 'carried Marta out' tell another)."""
    if f.kind != "age" or f.subject is None or f.subject[:1].isupper():
        return f
    sent = sentences[f.sentence]
    head = text[sent.start:f.start]
    opens = head.strip() == "The"
    if not (opens or re.search(r",\s+(?:so|but|yet)\s+the\s+$", head)):
        return f  # 'Petr Holm said the 81-year-old woman ...', ', and the 81-year-old
        # driver was arrested' (reviews' made-up cases) tell another person
    after = _BACK_AGE.match(text, f.end)
    words = after.group("words").split() if after else None
    if words is None or (words and not is_person_noun(words[-1])):
        return f
    if opens and f.sentence == 0:
        return f
    where = sentences[f.sentence - 1] if opens else sent
    body = text[where.start:where.end if opens else f.start]
    name = _OPENING_NAME.match(body)
    if name is None or not _a_name(name.group(0), "") or any(
            not _PLACE_BEFORE.search(body[:m.start()]) and m.group(0) not in WEEKDAYS
            and m.group(0).lower() not in _MONTH_WORDS
            for m in _ANOTHER_NAME.finditer(body, name.end())) or any(
            is_person_noun(w) for w in re.findall(r"\b[a-z][a-z-]+\b", body[name.end():])):
        return f  # another person told beside the name: 'pulled the woman out', 'with her
        # father', 'carried Marta out' (reviews' made-up cases)
    return f.model_copy(update={"subject": name.group(0)})


#: What a count stands for when it only names 'the figure' it gives: the quantity of the
#: sentence before ('About 40,000 people took part, the ministry said. Organisers put the
#: figure at 120,000.').
_ANAPHORS = {"figure", "number", "tally"}


def _told_before(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with 'the figure' read as the one count with an event told before it in
    its sentence ('Unions said 1.1 million people marched, while police put the figure at
    410,000'), else in the sentence before, else as the one count with a subject told before
    it in its sentence ('the ministry said nine diplomats were affected, but the embassy
    put the number at eleven'); an amount, share or measure that another source 'put the
    figure at' as the one of its unit told before it (:func:`_alike_before`).  Also a count
    another source 'put the number of its members ... at' (:data:`_PUT_NUMBER_OF`, people
    only), and what records show against an amount put before it (:data:`_RECORDS_SHOW`;
    the records become its source)."""
    out = list(figures)
    for k, f in enumerate(figures):
        if f.kind == "count" and f.subject is None and f.predicate is None and f.source and (
                _THE_OTHER.search(text, max(0, f.start - 30), f.start)):
            # 'fewer than 150 people had been on the terrace, not the 230 estimated by the
            # fire service': the one count of the sentence told before, another's estimate
            before = [g for g in _counts_before(figures, f.sentence, f, event=False)
                      if values_within(g, f, _ONE_QUANTITY) and g.source != f.source]
            if len(before) == 1:
                out[k] = f.model_copy(update={"subject": before[0].subject,
                                              "predicate": before[0].predicate})
            continue
        records = _RECORDS_SHOW.search(text, max(0, f.start - 80), f.start) if f.kind in {
            "money", "percent", "measure"} and f.source is None and (
            f.subject is None or f.subject.split()[-1].lower() in _RECORD_NOUNS) else None
        shown = records is not None
        if f.predicate is not None or not (f.subject in _ANAPHORS or shown or (
                f.subject is None and f.kind == "count" and f.source
                and _PUT_NUMBER_OF.search(text, max(0, f.start - 120), f.start))):
            continue
        if f.kind == "count":
            before = _counts_before(figures, f.sentence, f) or _other_source_before(
                figures, f) or _counts_before(figures, f.sentence - 1, f) or _counts_before(
                figures, f.sentence, f, event=False)
            # not a count of another size ('Police said 300 officers were on duty;
            # organisers put the number at 25,000': the marchers); a count of the sentence
            # of another size leaves it unread, not the sentence before's ('three marchers
            # were hurt ... and put the number at 6,000' are no 900 officers of the sentence
            # before: a review of made-up cases, 2026-12-05)
            before = [g for g in before if values_within(g, f, _ONE_QUANTITY)]
            if f.subject is None:  # 'put the number of its members ... at': people only
                before = [g for g in before if _of_people(g)]
            if not before and _PUT_AT.search(text, max(0, f.start - 80), f.start):
                # 'Police put the number at 3,000; organisers said 12,000 took part': the
                # other source's count told after it
                before = [g for g in figures if g.sentence == f.sentence and g.kind == "count"
                          and g.start > f.end and g.predicate is not None and g.source]
        elif f.kind in {"money", "percent", "measure"} and (shown or _PUT_AT.search(
                text, max(0, f.start - 80), f.start)):
            # 'about 2.7 billion crowns of deposits ..., although the ministry put the
            # figure at 3.2 billion crowns': the one amount of its unit told before
            before = _alike_before(figures, f.sentence, f) or _alike_before(
                figures, f.sentence - 1, f)
            if len(before) != 1 or not before[0].subject or before[0].subject in _ANAPHORS:
                continue  # '$5 million to victims and $2 million in fees': which one?
        else:
            continue
        if len(before) == 1:
            update = {"subject": before[0].subject, "predicate": before[0].predicate}
            if records is not None:  # the records are its source ('port authority loading
                # records'), as a body that 'put the figure at' is
                update["source"] = " ".join(w for w in records.group(1).split()
                                            if w.lower() not in _NOT_SOURCE)
            out[k] = f.model_copy(update=update)
    return out


_RECORD_NOUNS = frozenset({"records", "data", "documents", "logs", "statistics", "accounts"})
#: what sets a bare count against one told before it in its sentence: 'not the 230
#: estimated by the fire service', 'far fewer than the 120,000 claimed by organisers'
_THE_OTHER = re.compile(r"\b(?:not|than|against|unlike|rather\s+than|instead\s+of)\s+the\s+$",
                        re.IGNORECASE)


def _of_people(f: Figure) -> bool:
    """Whether a count counts people ('220 rescuers', not '120 schools')."""
    head = (f.subject or "").split()[-1:]
    word = head[0].lower() if head else ""
    return f.predicate in PERSON_EVENTS or bool(word) and (
        is_person_noun(word.removesuffix("s")) or word in _PEOPLE
        or word.endswith(("ers", "ors", "ists", "ians")))  # rescuers, survivors, medics


_PEOPLE = frozenset({"people", "police", "staff", "crew", "personnel", "troops", "men",
                     "women", "children"})
_NOT_SOURCE = frozenset({"but", "and", "while", "though", "although", "whereas", "the", "its",
                         "their", "official", "internal"})


#: a second estimate of a quantity told before: 'put the figure at', 'estimated the total
#: at' (not 'expects the figure to fall to 2 percent', a forecast)
_PUT_AT = re.compile(r"\b(?:put|puts|putting|pegged|pegs|placed|places|estimated|estimates|"
                     r"set|sets|gave|gives)\s+(?:the|that|this|its|their)\s+(?:figure|number|"
                     r"total|tally)\s+(?:at|closer\s+to|nearer)\s+(?:\w+\s+){0,2}$", re.I)


#: ... told with what it counts: 'the Mountain Rescue Service put the number of its members
#: and soldiers on the ground at around 180' (the rescuers another source counted before)
_PUT_NUMBER_OF = re.compile(r"\b(?:put|puts|putting|pegged|pegs|placed|places|estimated|"
                            r"estimates)\s+(?:the|that|this|its|their)\s+(?:number|total|"
                            r"tally)\s+of\s+(?:[\w'\u2019-]+\s+){1,8}?(?:at|closer\s+to)\s+"
                            r"(?:\w+\s+){0,2}$", re.I)


#: ... or that records show: 'Corvane put the amount at about 18,000 tonnes of wheat, but
#: port authority loading records seen by the Ledger show 26,500 tonnes'
_RECORDS_SHOW = re.compile(r"((?:[\w'\u2019-]+\s+){0,4}(?:records|data|documents|logs|"
                           r"statistics|accounts))\b(?:\s+[\w'\u2019-]+){0,4}\s+(?:show|shows|"
                           r"showed|indicate|indicates|indicated)\s+(?:\w+\s+){0,2}$", re.I)


def _alike_before(figures: list[Figure], sentence: int, anaphor: Figure) -> list[Figure]:
    """The figures of ``anaphor``'s kind and unit in ``sentence`` told before it (report
    offsets: a figure of an earlier sentence starts before it too)."""
    return [g for g in figures if g.sentence == sentence and g.kind == anaphor.kind
            and g.unit == anaphor.unit and g.start < anaphor.start]


def _other_source_before(figures: list[Figure], anaphor: Figure) -> list[Figure]:
    """The counts of ``anaphor``'s sentence told before it by another named source: 'Police
    said 14 vehicles were set alight; the city fire service put the number at 19' counts the
    vehicles, whatever the sentence before counted."""
    return [g for g in _counts_before(figures, anaphor.sentence, anaphor, event=False)
            if g.source and anaphor.source and g.source != anaphor.source
            and values_within(g, anaphor, _ONE_QUANTITY)]


_ONE_QUANTITY = 10.0  # how far apart two sources' estimates of one quantity may lie


def _counts_before(figures: list[Figure], sentence: int, anaphor: Figure, *,
                   event: bool = True) -> list[Figure]:
    """The counts with a subject in ``sentence`` told before ``anaphor``: with an event,
    or (not ``event``) any whose subject is no anaphor itself."""
    return [g for g in figures if g.sentence == sentence and g.kind == "count" and g.subject
            and g.start < anaphor.start
            and (g.predicate is not None if event else g.subject not in _ANAPHORS)]


#: A report about a disease: its "cases" are people infected ("4,812 suspected cases" and
#: "at least 5,000 cases" are one quantity wherever they are told), not court cases.
_OUTBREAK = re.compile(
    r"\b(?:cholera|covid|coronavirus|virus|measles|ebola|influenza|flu|dengue|malaria|mpox|"
    r"polio|typhoid|tuberculosis|diphtheria|outbreak|epidemic|pandemic|infections?)\b",
    re.IGNORECASE)


def _infections(f: Figure) -> Figure:
    """``f`` with the event 'infected' when it counts cases and has no event of its own."""
    if f.kind != "count" or f.predicate is not None or not f.subject:
        return f
    counted, _, of = f.subject.partition(" of ")  # "suspected cases of cholera": cases
    if not counted or counted.split()[-1].lower() not in {"cases", "case", "infections"}:
        return f
    # the disease named after 'of' is what every case is of, no kind of case
    subject = counted if of and _OUTBREAK.fullmatch(of) else f.subject
    return f.model_copy(update={"predicate": "infected", "subject": subject})


#: a story of people held for money, where a sum 'demanded' is the ransom ('to free their
#: victims', 'for his release')
_KIDNAPPING = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|captives?|ransom|"
                         r"to\s+(?:free|release)|for\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                         r"(?:release|freedom))\b", re.IGNORECASE)
_DEMANDED = re.compile(r"\bdemand(?:s|ed|ing)?\s+(?:(?:a|an)\s+)?(?:[a-z]+\s+)?$")


#: what else a sum demanded may be for ('50,000 crowns in compensation', 'for repairs')
_DEMANDED_FOR = re.compile(r"\s+(?:from\s+(?:[\w'\u2019]+\s+){1,3}?)?(?:in|for|as)\s+"
                           r"(?:[a-z]+\s+){0,2}?(?:compensation|damages|"
                           r"back\s+pay|pay|wages|repairs?|costs?|fees?|taxes|rent|"
                           r"reparations?|refunds?|bonus(?:es)?)\b", re.IGNORECASE)


def _ransom(f: Figure, text: str, sentences: Sequence[Sentence]) -> Figure:
    """``f`` as the ransom when it is a sum right after 'demanded' ('The bandits had
    demanded a staggering 25 million crowns to free their victims') with no other use
    named ('in compensation', 'for repairs'), in a sentence of a kidnapping or right after
    one."""
    if f.kind != "money" or not _DEMANDED.search(text[max(0, f.start - 40):f.start]) or (
            _DEMANDED_FOR.match(text, f.end)) or (f.subject and f.subject.split()[-1].lower()
                                                  in _AMOUNT_NOUNS):
        return f
    near = [s for s in sentences if f.sentence - 1 <= s.index <= f.sentence]
    if not any(_KIDNAPPING.search(text[s.start:s.end]) for s in near):
        return f
    return f.model_copy(update={"subject": "ransom"})


#: a time told from the start of a flight: '74 seconds after liftoff', 'just 70 seconds
#: after blast-off', '74 seconds into its flight', 'three minutes after it took off' (not
#: 'from launch', a countdown, nor 'after the flight', its end)
_AFTER_LAUNCH = re.compile(r"\s+(?:after\s+(?:the\s+|its\s+|their\s+)?(?:lift[- ]?off|"
                           r"blast[- ]?off|launch|take[- ]?off)|after\s+(?:it|they)\s+(?:lifted|"
                           r"took|blasted)\s+off|into\s+(?:the\s+|its\s+|their\s+)?flight)\b",
                           re.IGNORECASE)


def _in_minutes(f: Figure) -> Figure:
    """``f`` in minutes when it is less than an hour told in hours ('in less than half an
    hour' is under 30 minutes, against 'about 40 minutes')."""
    if f.kind != "measure" or f.unit != "h" or not isinstance(f.value, float) or not (
            0 < f.value < 1):
        return f
    return f.model_copy(update={
        "unit": "min", **{k: v * 60 for k in ("value", "low", "high")
                          if isinstance(v := getattr(f, k), float) and v != float("inf")}})


def _since_launch(f: Figure, text: str) -> Figure:
    """``f`` as the time since launch when it is seconds or minutes told from the start of
    a flight, with no subject of its own."""
    if f.kind != "measure" or f.unit not in {"s", "min"} or f.subject or not (
            _AFTER_LAUNCH.match(text, f.end)):
        return f
    return f.model_copy(update={"subject": "time since launch"})


#: Sentences longer than this (characters) are read in windows of half this length with
#: _NEIGHBOURHOOD characters of context each side (a figure belongs to the window its start
#: lies in), so that a table flattened into one sentence costs time linear in its length;
#: shorter sentences are read whole.
_LONG_SENTENCE = 4000
_NEIGHBOURHOOD = 300


def _sentence_figures(
    report: Report, sent: Sentence, published: dt.date | None, tolerance: float,
    currencies: Mapping[str, str],
) -> list[Figure]:
    if sent.end - sent.start <= _LONG_SENTENCE:
        return _window_figures(report, sent, published, tolerance, currencies)
    text, out = report.text, []
    pos = sent.start
    while pos < sent.end:
        core_end = min(sent.end, pos + _LONG_SENTENCE // 2)
        lo = max(sent.start, pos - _NEIGHBOURHOOD)
        hi = min(sent.end, core_end + _NEIGHBOURHOOD)
        if lo > sent.start:  # never cut a word at a window's edge
            lo = max(sent.start, text.rfind(" ", sent.start, lo) + 1)
        if hi < sent.end:
            space = text.find(" ", hi, sent.end)
            hi = sent.end if space < 0 else space
        window = sent.model_copy(update={"start": lo, "end": hi})
        out += [f for f in _window_figures(report, window, published, tolerance, currencies)
                if pos <= f.start < core_end]
        pos = core_end
    return out


def _window_figures(
    report: Report, sent: Sentence, published: dt.date | None, tolerance: float,
    currencies: Mapping[str, str],
) -> list[Figure]:
    text = sent.text_in(report)
    toks = tokenize(text)
    taken: list[tuple[int, int]] = []
    local: list[Figure] = []

    def add(start: int, end: int, **fields: object) -> None:
        local.append(Figure.model_validate({
            "report": report.id, "sentence": sent.index, "start": sent.start + start,
            "end": sent.start + end, "text": text[start:end], **fields}))
        taken.append((start, end))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for d in find_dates(text, published):
        add(d.start, d.end, value=d.value, kind=d.kind, weekday=d.weekday)
    for n in find_numbers(text, tolerance=tolerance, currencies=currencies):
        if not free(n.start, n.end) or _is_identifier(text, n) or _is_one_pronoun(text, n):
            continue
        start, end, data = _number_fields(text, toks, n, currencies)
        add(start, end, **data)
    for m in _ORDINAL.finditer(text):
        if not free(m.start(), m.end()):
            continue
        value = float(m.group("d")) if m.group("d") else float(
            _ORDINAL_WORDS[m.group("w").lower()])
        subj = subject_of(toks, m.start(), m.end())
        died = subj.predicate == "killed" and _A_BEFORE.search(text, 0, m.start()) and (
            _DIED_AFTER.match(text, m.end()))
        add(m.start(), m.end(), value=value, low=value, high=value,
            kind="count" if died else "ordinal", subject=subj.phrase, predicate=subj.predicate)
    return _elided_put(text, sent.start, _from_shares(
        text, sent.start, _appositive_parts(text, sent.start, _set_levels(
            text, sent.start, _market(toks, sent.start, sorted(local, key=lambda f: (
                f.start, f.end)))))))


#: a second source's number told with the verb elided: '... that police put at roughly
#: three thousand and organisers at 8,000' (see subjects._elided_source)
_ELIDED_PUT = re.compile(r"(?:\s+(?:and|while|but)|,)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?at\s+"
                         r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|"
                         r"at\s+least|up\s+to|just|only)\s+)?$", re.IGNORECASE)


def _elided_put(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """A number a second source puts something at with the verb elided ('a crowd that
    police put at roughly three thousand and organisers at 8,000') counts what the first
    number counts: it takes that figure's subject and predicate when it has none."""
    out = list(figures)
    for i in range(1, len(out)):
        prev, f = out[i - 1], out[i]
        if f.kind == prev.kind == "count" and f.subject is None and prev.subject \
                and f.source and prev.source and f.source != prev.source \
                and _ELIDED_PUT.fullmatch(text[prev.end - offset:f.start - offset]):
            out[i] = f.model_copy(update={"subject": prev.subject,
                                          "predicate": prev.predicate})
    return out


#: a bare number a share moved from, told right after it ('on 20 per cent, up from 18')
_MOVED_FROM = re.compile(r",?\s*(?:up|down)\s+from\s+$", re.IGNORECASE)


def _from_shares(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """A bare number right after a percentage and ', up from' or ', down from' is the
    share it moved from ('put Valdoria First on 20 per cent, up from 18'): a percentage of
    the same subject, told as the level it moved from (as 'rose to 5.2%, from 4.9%'), so
    that another report's 18 per cent of it is seen told there too and the rules that pair
    the one figure of aligned sentences still read the 20."""
    out = list(figures)
    for i in range(1, len(out)):
        prev, f = out[i - 1], out[i]
        if prev.kind == "percent" and prev.unit == "%" and f.kind == "count" and (
                f.unit is None and f.text[:1].isdigit() and f.text.replace(".", "").isdigit()
                and _MOVED_FROM.fullmatch(text[prev.end - offset:f.start - offset])):
            out[i] = f.model_copy(update={"kind": "percent", "unit": "%",
                                          "subject": prev.subject, "predicate": "from",
                                          "source": prev.source})
    return out


#: where a breakdown set off by dashes or brackets opens after a total, and how it closes
_APPOSITIVE_OPEN = re.compile(r"[^\d()\u2013\u2014]{0,60}?(?:\s[-\u2013\u2014]\s|\s\()")
#: words of a clause of its own between the dashes ('- where 300 pupils had sheltered -')
_CLAUSE_INSIDE = re.compile(r"\b(?:where|who|which|that|when|had|has|have|was|were|is|are|"
                            r"will|would)\b", re.IGNORECASE)


def _appositive_parts(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """Counts in a breakdown set off right after a total take the total's event: 'Nine
    people were killed across Harnesk - four women, three men and two children - and 39
    were injured' (the parts were killed, not injured)."""
    out = list(figures)
    for t in figures:
        if t.kind != "count" or t.predicate is None:
            continue
        opened = _APPOSITIVE_OPEN.match(text, t.end - offset)
        if opened is None:
            continue
        bracket = opened.group(0).endswith("(")
        close = text.find(")" if bracket else opened.group(0)[-3:], opened.end())
        if close < 0:
            continue
        inside = [k for k, f in enumerate(out) if f.kind == "count"
                  and opened.end() <= f.start - offset < close]
        if _CLAUSE_INSIDE.search(text, opened.end(), close):
            continue  # '- where 300 pupils and 20 teachers had taken shelter -', '(the
            # market has 120 stalls and 400 traders)': a clause of its own, no breakdown
        if len(inside) >= 2 and not any(
                opened.start() <= f.start - offset < opened.end() for f in out):
            for k in inside:
                out[k] = out[k].model_copy(update={"predicate": t.predicate})
    return out


#: A level set by a verb, and what it sets: 'raised the minimum wage from $7.25 to $15',
#: 'the monthly minimum wage be raised from 1,800 kren to 2,400 kren', 'cut its main rate
#: to 2%'; the change told right after it ('..., an increase of 33%', '..., a 25 per cent
#: rise') is the change of the same thing.
_SET_VERB = (r"(?:rais|hik|lift|boost|increas|cut|lower|reduc|slash|trimm?|set)"
             r"(?:e|es|ed|ing|s)?")
_SET_NP = (r"(?P<{0}>(?:the|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
           r"[\w'\u2019-]+)(?:\s+of\s+(?:[^,;]|,(?=\d)){{1,25}}?)?")
_SET_TAIL = r"\s+(?:from\s+(?:[^,;]|,(?=\d)){1,25}?\s+)?to\s+$"
_SET_BEFORE = re.compile(
    rf"(?:\b{_SET_VERB}\s+{_SET_NP.format('active')}"
    rf"|{_SET_NP.format('passive')}\s+(?:(?:will|would|should|must|could|to)\s+)?"
    rf"(?:be|been|was|were|is|are)\s+{_SET_VERB}){_SET_TAIL}", re.IGNORECASE)
_CHANGE_WORD = r"(?:increase|rise|hike|jump|cut|reduction|drop|fall|decrease)"
_CHANGE_BEFORE = re.compile(rf",\s+an?\s+(?:[\w-]+\s+)?{_CHANGE_WORD}\s+of\s+$", re.I)
_CHANGE_AFTER = re.compile(rf"\s*(?:[\w-]+\s+)?{_CHANGE_WORD}\b", re.I)


def _set_levels(text: str, offset: int, figures: list[Figure]) -> list[Figure]:
    """The levels a verb sets and the changes told right after them (see _SET_BEFORE)."""
    out = list(figures)
    thing: str | None = None  # what the previous figure was the level of
    for k, f in enumerate(figures):
        start = f.start - offset
        before = text[:start]
        found = _SET_BEFORE.search(before) if f.predicate is None else None
        if found is not None:
            thing = (found.group("active") or found.group("passive")).split(None, 1)[1]
            if f.kind in {"money", "percent"}:
                out[k] = f.model_copy(update={"subject": thing, "predicate": "level"})
            continue
        if thing and f.kind == "percent" and f.subject is None and (
                _CHANGE_BEFORE.search(before) or (re.search(r",\s+an?\s+$", before)
                                                  and _CHANGE_AFTER.match(text[f.end - offset:]))):
            out[k] = f.model_copy(update={"subject": thing, "predicate": "change"})
        thing = None
    return out


def _market(toks: list[Token], offset: int, figures: list[Figure]) -> list[Figure]:
    """Market snapshots: the change and the level of a price, index or yield, with the
    name it belongs to ("Oracle shares fell 27 cents, or 2 percent, to $13.09": two
    changes and a level of "Oracle shares"), as predicate ``change``/``level``/``from``."""
    chosen = [i for i, f in enumerate(figures) if f.value is not None and (
        f.kind in {"money", "percent", "count"} or (f.kind == "measure" and f.unit == "pt"))]
    if not chosen:
        return figures
    roles = market_roles(toks, [(figures[i].start - offset, figures[i].end - offset,
                                 figures[i].kind == "count") for i in chosen])
    out = list(figures)
    for i, found in zip(chosen, roles, strict=True):
        if found is None:
            continue
        f = out[i]
        if found[0] == "change" and f.kind == "money" and isinstance(
                f.value, float) and f.value >= 1e6 and _LOST.search(
                _words_before(toks, offset, f.start)) and not set(
                found[1].lower().split()) & MARKET_NOUNS:
            # 'the company lost 310 million euros', 'Veltra admitted losing a staggering
            # 410 million euros': a firm's loss, the 'net loss of 310 million' of others;
            # not a price's or a market's move ('Oracle shares lost 27 cents', 'the peso
            # lost 5 cents'; sums below a million are taken for prices)
            out[i] = f.model_copy(update={"predicate": None, "subject": "loss"})
            continue
        out[i] = f.model_copy(update={"predicate": found[0], "subject": found[1]})
    return out


#: a loss told by its verb, right before the amount ('lost a staggering', 'losing about')
_LOST = re.compile(r"\b(?:lost|los(?:e|es|ing))(?:\s+(?:a|an|some|about|around|nearly|almost|"
                   r"roughly|more\s+than|over|at\s+least|[a-z]+ing|staggering|whopping|"
                   r"record|further|another)){0,3}\s*$", re.IGNORECASE)


def _words_before(toks: list[Token], offset: int, start: int) -> str:
    """The sentence's words before ``start`` (an offset in the report), as written."""
    return " ".join(t.text for t in toks if t.end <= start - offset)


_LISTED_AFTER = re.compile(r"\s*(?:,\s|\s+and\s)")
#: a street after a number makes it a house number: "22 Sorrel Boulevard", "10 Downing St"
_STREET = re.compile(
    r"\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|"
    r"Lane|Drive|Way|Place|Square|Terrace|Crescent|Close|Gardens|Parade|Embankment|"
    r"Highway|Quay|Row)\b(?!\s+[a-z]+s\b)")  # not "5 Wall Street banks"


#: a number told with a scale ('4.2 million', '4.2bn', '300m'), never a model's or a
#: flight's
_IN_MILLIONS = re.compile(r"\b(?:thousand|million|billion|trillion)\b|\d(?:bn|mn|m|k)\b",
                          re.IGNORECASE)


def _is_identifier(text: str, n: Number) -> bool:
    """'Flight 171', 'page 5', 'Boeing 737', '22 Sorrel Boulevard', a list marker '1.' at
    the start (not a number with a scale: 'owes Altessa 4.2 million dravs')."""
    before = text[:n.start]
    name = re.search(r"[A-Z][a-z]+\s+$", before)
    if n.words and n.text[:1].isupper() and name and before[:name.start()].strip():
        return True  # "Ground Zero", "Air Force One": a name, mid-sentence
    if n.words or n.unit is not None or n.qualifier is not None or _IN_MILLIONS.search(n.text):
        return False  # (nor a number told in millions: 'owes Altessa 4.2 million dravs')
    if n.start == 0 and re.match(r"\d{1,2}[.)]\s", text):
        return True
    if _STREET.match(text[n.end:]):
        return True  # a house number: "the tower at 22 Sorrel Boulevard"
    m = re.search(r"([A-Za-z][\w.\-'\u2019]*)\s*#?\s*$", before)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower().endswith(("'s", "\u2019s")):
        return False  # "Venezuela's 23 soldiers": an owner, not a model name
    if word.lower() in _IDENTIFIER_WORDS:
        return True
    opening = not before[:m.start()].strip()
    if opening and (unit := re.match(r"\s+([a-z]+)", text[n.end:])) \
            and _MEASURES.get(unit.group(1)) is not None:
        return False  # 'Standing 78 metres tall ...': a participle opens the sentence
    if word[:1].isupper() and word.lower() not in _CAP_OK and word.lower() not in _MONTH_WORDS \
            and not (word.lower() in _OPENING_ADVERBS and opening):
        # a name right before the number: "Boeing 737", "Windows 10", "Super Bowl 50";
        # not in Title Case headlines, where "Raid Kills 55" is a count.
        words = re.findall(r"[A-Za-z]+", text)
        title_case = sum(w[0].isupper() for w in words) > 0.6 * len(words)
        if _LISTED_AFTER.match(text[n.end:]) and re.search(r"\d|\b(?:took|won|got)\b",
                                                           before[-60:]):
            return False  # 'National Renewal took 42, the Civic Alliance 35 and ...'
        return not title_case
    return False


def _is_one_pronoun(text: str, n: Number) -> bool:
    """'one' as a pronoun ("one of the", "no one", "one day") is not a figure."""
    if n.text.lower() != "one":
        return False
    after = re.match(r"\s+([A-Za-z][\w']*)", text[n.end:])
    before = text[:n.start].rstrip().lower()
    if re.search(r"\b(?:no|any|every|some|each|the|this|that|which|a)$", before):
        return True
    if after is not None and after.group(1).lower() != "of" and re.search(
            r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
            r"[^.;]{0,40},?\s+and$", before):
        return False  # 'seven were guests, three were staff and one was an instructor'
    return after is None or after.group(1).lower() in _ONE_NOUN_STOP \
        or after.group(1).lower() in STOPWORDS


#: words after 'a day', 'a week' that make it a date, no rate ('a week ago', 'a day after')
_DATES_AFTER = r"(?!\s+(?:after|before|later|earlier|ago|of)\b)"
#: a period after a count's phrase that makes it a rate ('100 homes a day', '170 people are
#: dying every day', '40 flights daily'); not a day that dates ('two days a week after')
_RATE_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:a|per|each|every)\s+(?P<period>day|week|month|"
                         rf"night)\b{_DATES_AFTER}"
                         r"|(?:\s+[a-z]+){0,2}?\s+daily\b"  # not 'the Daily Clarion'
                         r"|(?:\s+[a-z]+){0,3}?\s+(?:EVERY|EACH|PER|A)\s+(?P<capital>DAY|WEEK|"
                         r"MONTH|NIGHT)\b"
                         r"(?!\s+(?:after|before|later|earlier|ago|of|AFTER|BEFORE|[A-Z][a-z]))")
# (a tabloid's capitals: 'More than 200 people are dying EVERY DAY'; not a name: 'at EVERY
# DAY Supermarkets')
#: ... a year after a count's phrase ('handles 2 million passengers a year'), not one that
#: is a span, a term, an age, a deadline, a date or how often ('jailed for a year', 'spent a
#: year', 'given a year in prison', 'under a year old', 'within a year', 'a year on from',
#: 'a year into', 'a year's order', 'a year-long strike', 'three times a year')
_YEAR_WORDS = r"(?:\s+(?!(?:for|under|within|in|after|once|twice|times|than|over|by|about|up|" \
    r"to|nearly|almost|spent|spend|spends|given|handed|each|served|serving)\b)[a-z]+){0,3}?"
_A_YEAR = r"\s+(?:a|per|each|every)\s+year\b(?![-\u2010\u2011'\u2019])" \
    r"(?!\s+(?:after|before|later|earlier|ago|of|old|on|into|since|ahead|in|and|to)\b)"
_YEAR_RATE_AFTER = re.compile(_YEAR_WORDS + _A_YEAR)
#: ... a list of counts told per one period ('handles about 2.1 million passengers and
#: 900,000 freight vehicles a year'), read when the count has no period of its own
_LIST_RATE_AFTER = re.compile(
    rf"{_YEAR_WORDS}\s+and\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
    rf"\d[\d,.]*(?:\s+(?:thousand|million|billion))?{_YEAR_WORDS}"
    rf"(?:\s+(?:a|per|each|every)\s+(?P<period>day|week|month|night)\b{_DATES_AFTER}"
    rf"|(?P<year>{_A_YEAR}))")
#: ... or per year in one word right after it ('used by 18 million passengers annually')
_ANNUALLY = re.compile(r"(?:\s+[a-z]+)?\s+annually\b")


def _rate_period(text: str, at: int) -> str | None:
    """The period ('day', 'year') a count whose phrase ends at ``at`` is told per, if it is
    a rate (:data:`_RATE_AFTER`, :data:`_YEAR_RATE_AFTER`, :data:`_LIST_RATE_AFTER`,
    :data:`_ANNUALLY`)."""
    if (rate := _RATE_AFTER.match(text, at)) is not None:
        return (rate.group("period") or rate.group("capital") or "day").lower()
    if _YEAR_RATE_AFTER.match(text, at) or _ANNUALLY.match(text, at):
        return "year"
    if (listed := _LIST_RATE_AFTER.match(text, at)) is not None:
        return listed.group("period") or "year"
    return None


def _told_age(before: str, after: str, n: Number) -> re.Match[str] | None:
    """The person a number is the age of when told by 'was' or 'of' after a noun of one
    person that opens its clause, the number ending its clause ('The man who died was 63
    and from Morvane'; 'a girl of just six, who died'; not 'a father of three', 'The driver
    was 45 minutes late', 'The score was 45', 'The boy was 2 when his family moved', 'The
    fine imposed on the motorist was 90', 'The dog that killed the toddler was 3'), or
    None."""
    if n.value is None or n.unit is not None or not 1 <= n.value <= 110 or not (
            _AGE_ENDS.match(after)) or (after.lstrip().startswith("when") and not (
                _AGE_WHEN_AFTER.match(after))):
        return None  # (not 'The boy was 2 when his family moved': an age of another time)
    m = _BE_AGE_BEFORE.search(before)
    if m is not None and is_person_noun(m.group("noun")):
        return m
    m = _OF_AGE_BEFORE.search(before)
    if m is not None and m.group("noun") in _OF_AGE_NOUNS:
        return m
    return None


_OVER_CAPACITY = re.compile(r"\s+(?:over|beyond|above)\s+(?:its\s+|the\s+)?capacity\b",
                            re.IGNORECASE)


def _number_fields(
    text: str, toks: list[Token], n: Number, currencies: Mapping[str, str] | None = None
) -> tuple[int, int, dict[str, object]]:
    """Kind, unit, subject and span of one number."""
    after = text[n.end:]
    before = text[:n.start]
    start, end = n.start, n.end
    data: dict[str, object] = {"value": n.value, "low": n.low, "high": n.high,
                               "qualifier": n.qualifier, "unit": n.unit}
    if n.vague and n.qualifier is None:
        data["qualifier"] = n.text.lower()
    age = re.match(r"[-\u2010\u2011 ]years?[-\u2010\u2011 ]olds?\b", after) or re.match(
        r"\s+years?\s+old\b", after)
    plain = n.value is not None and not n.words and n.unit is None and 1 <= n.value <= 120
    name_age = (plain and re.search(rf"[A-Z][\w.\-']+,\s*{_MERE}$", before)
                and re.match(r"\s*(?:,|\.(?:\s|$)|$)", after)  # 'Ilka Moravec, 42.'
                and not _PLACE_OPENS_SENTENCE.search(before)  # not 'In Dorlo, 12.'
                and _mere_age_named(before))  # nor 'The victims were taken to Kell, only 12.'
    noun_age = plain and re.match(r"\s*,", after) and _person_before(
        before, role=n.value is not None and n.value >= _ADULT)
    if (aged := _AGED_APPOSED.search(before)) is not None:  # 'a little boy, aged just six,'
        noun_age = _person_before(before[:aged.start() + 1],
                                  role=n.value is not None and n.value >= _ADULT)
    age_when = _AGE_WHEN_BEFORE.search(before) if plain and _AGE_WHEN_AFTER.match(
        after) else None
    be_age = _told_age(before, after, n)
    who = None
    if age_when is not None:
        first, _, rest = age_when.group("who").partition(" ")
        who = rest if rest and first.lower() in _NAME_OPENERS else age_when.group("who")
        if who.lower() in _NOT_WHO or not (who.lower() in {"he", "she"} or _a_name(
                who, before[:age_when.end("who") - len(who)])):
            age_when = None
    if age or name_age or noun_age or age_when or be_age or _AGE_BEFORE.search(before) or (
            re.search(r"\b(?:dies|died|dead)\s+at\s+$", before, re.I) and not re.search(
                r"\b(?:its|the|their|our|his|her)\s+dead\s+at\s+$", before, re.I)):
        if age:
            end = n.end + age.end()
        subj = subject_of(toks, start, end)
        name = _without_opener(m.group(1)) if name_age and (
            m := _NAMED_AGE.search(before)) else None
        if age:
            name = m.group(1) if (m := _APPOSED_AGE.search(before)) and _a_name(
                m.group(1), before[:m.start()]) else None
        if age and name is None and (m := _NAME_AFTER_AGE.match(text, end)) and \
                is_person_noun(m.group("noun")):
            name = m.group("name")  # 'the 35-year-old thug, named locally as Teodor Haskel,'
        if age_when and who and who.lower() not in {"he", "she"}:
            name = who
        subject = name or (subj.phrase if age else noun_age.group(1) if noun_age else
                           be_age.group("noun") if be_age else None)
        data.update(kind="age", unit="yr", subject=subject,
                    predicate=subj.predicate, source=subj.source)
        return start, end, data
    if _is_year(n):
        data.update(kind="year", unit=None)
        if n.value is None:
            data["qualifier"] = None
        return start, end, data
    compound = re.match(rf"[-\u2010\u2011]({COMPOUND_UNITS})s?\b", after, re.I)
    if compound:
        end = n.end + compound.end()
        word = compound.group(1).lower()
        unit = _MEASURES.get(word + "s") or _STOREYS.get(word) or word
        told = subject_of(toks, start, end).phrase
        if (apposed := _APPOSED.search(before)) is not None and unit not in DURATION_UNITS \
                and apposed.group(1) not in _NO_APPOSED and not re.match(
                    r"[^,]*\band\b", text[end:]):  # (not 'The car, a 40-tonne lorry and a bus')
            told = apposed.group(1)  # 'The float, a 14-tonne replica of a galleon': the float
            # (not 'The largest, a six-metre section of a fuel tank')
        if told and unit in {"yr", "mo"} and _TERM_NOUN.fullmatch(told) and _term_sought(
                _clause_before(text, start), told, text[end:]):
            told = SOUGHT_TERM  # 'They had sought a 15-year sentence' (not 'a six-year term'
            # of office)
        elif told and unit in DURATION_UNITS:
            told = event_kind(told)  # 'a three-hour gun battle': the fighting's
            if _ANOTHER_BEFORE.search(before):
                told = f"more {told}"  # 'would call a further 72-hour strike': another
        data.update(kind="measure", unit=unit, subject=QUEUE if unit in _LENGTHS and (
            _queue_noun(told)) else told)  # '15-kilometre tailbacks': a queue's
        if told == SOUGHT_TERM:
            data["predicate"] = SOUGHT
        return start, end, data
    tally = re.match(r"[-\u2010\u2011\u2013](\d{1,3})\b(?![-\u2013.,]\d)", after)
    if tally and n.value is not None and not n.words and float(tally.group(1)) < n.value \
            and _TALLY_CONTEXT.search(text[max(0, n.start - 40):n.end + tally.end() + 20]):
        # "the board voted 7-2": the votes for, compared as one tally ("7-2 vs 6-3")
        end = n.end + tally.end()
        subj = subject_of(toks, start, n.end)
        data.update(kind="count", unit=None, subject=TALLY, predicate=subj.predicate,
                    source=subj.source)
        return start, end, data
    quake = re.match(r"[\s\-\u2010\u2011]*magnitude\b|\s+(?:quake|earthquake|tremor)s?\b",
                     after, re.I)
    if quake or re.search(r"\bmagnitude[\s\-:]*$", before, re.I):
        if quake:
            end = n.end + quake.end()
        data.update(kind="measure", unit="M", subject="earthquake")
        return start, end, data
    degrees = _TEMPERATURE.match(after) if n.unit is None and n.value is not None else None
    scale = degrees and (degrees.group("glued") or degrees.group("deg") or degrees.group("word"))
    if degrees and (scale or (_TEMPERATURE_TALK.search(text) and not _ANGLE.match(
            after, degrees.end()) and not _TURNED.search(before))):
        # '47.3C', '46 °C', '47.3 degrees Celsius', '118F': a temperature (not '30 degrees'
        # of a turn or a list), told of the place named nearest it
        end = n.end + degrees.end()
        data.update(kind="measure", unit="°" + (scale or "C")[:1].upper(),
                    subject=_temperature_subject(text, start, end),
                    source=subject_of(toks, start, end).source)
        if _MINUS.search(before):  # 'fell to minus 12C'
            data.update({k: -v for k, v in data.items()
                         if k in {"value", "low", "high"} and isinstance(v, float)})
        return start, end, data
    pounds = _POUNDS_WORD.match(after) if n.unit == "GBP" and "£" not in n.text else None
    if pounds and (_WEIGHED.search(before) or _POUNDS_OF.match(after, pounds.end())):
        # 'weighing 130 pounds', '5-foot-8, 135 pounds', '2,000 pounds of explosives': a
        # weight, not sterling
        end = n.end + pounds.end()
        data.update(kind="measure", unit="lb", subject=_after_unit(toks, end))
        return start, end, data
    ppm = _PARTS_PER.match(after) if n.unit is None and not n.words else None
    if ppm:
        # 'carbon monoxide levels of 400 parts per million': a concentration (one reading
        # of one gas in a report, whatever noun the report gives it: 'poison gas levels of
        # almost 500 parts per million'), no count of parts
        end = n.end + ppm.end()
        clause = _clause_before(text, start)
        gas = [g for g in GASES if re.search(rf"\b{g}\b", clause, re.IGNORECASE)]
        data.update(kind="measure", unit="ppm" if ppm.group(1).lower() == "million" else "ppb",
                    subject=gas[0] if len(gas) == 1 else CONCENTRATION)
        return start, end, data
    if n.unit is None and _GLUED_M.search(n.text) and (
            _METRES_AFTER.match(after) or _WATER_ROSE.search(before)
            or (_RACE_AFTER.match(after) and isinstance(value := data.get("value"), float)
                and value / 1e6 in _RACE_METRES)):
        # 'falling about 60m from a ridge': metres, not 60 million
        data.update({k: v / 1e6 if isinstance(v, float) else v for k, v in data.items()
                     if k in {"value", "low", "high"}})
        data.update(kind="measure", unit="m", subject=_length_subject(
            toks, text, before, end) or _after_unit(toks, end))
        return start, end, data
    subj = subject_of(toks, start, end)
    # 'for nine consecutive days' is nine days, as 'eleven days in a row', and so are
    # 'three long days' and '34 terrifying hours' (words that tell what the time was like,
    # :data:`_TIME_LIKE`); '240 metric tons' are tonnes; '12 nautical miles' are nautical
    # miles (not land miles)
    unit_word = re.match(rf"\s*(?:(?:{_TIME_LIKE},?\s+){{1,2}}"
                         r"(?=(?:minutes?|hours?|days?|weeks?|months?|years?)\b)"
                         r"|metric\s+(?=(?:tons?|tonnes?)\b)"
                         r"|(?P<nautical>nautical\s+)(?=miles?\b))?([A-Za-z]+)\b", after)
    data.update(subject=subj.phrase, predicate=subj.predicate, source=subj.source)
    if n.unit == "%":
        data["kind"] = "percent"
        first_word = str(data["subject"] or "").split(" ")[0]
        if first_word in _DIRECTIONS:
            data["subject"] = None  # "0.5% higher" says nothing about what rose
        if _OVER_CAPACITY.match(after):  # '60 per cent over capacity', '75% beyond ...'
            data["subject"] = "over capacity"
        share = _SHARE_OF.search(before)
        if share is not None and data["predicate"] is None:
            # 'Lorries account for about 40 per cent of the traffic': a share of lorries
            data["subject"] = share.group("part").lower()
    elif n.unit is not None:
        data["kind"] = "money"
        money = currency_after(after, currencies)
        cents = re.match(r"\s+(?:cents?|pence|paise)\b", after, re.I)
        tail = money[0] if money else cents.end() if cents else None
        told_after = subj.np_end is not None
        if tail is not None:
            end = n.end + tail
            data["subject"] = _after_unit(toks, end)
            told_after = data["subject"] is not None
        worth = _WORTH.search(before) is not None
        if not told_after or worth:
            # 'Bilateral trade was worth $18.4 billion'; 'transactions worth 9.6 billion
            # marks passed through the bank': what it is worth, not the verb after it
            first = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
            data["subject"] = money_holder(toks, first, nearest=worth) or data["subject"]
        data["subject"] = _money_subject(before, text[end:]) or data["subject"]
        if (_WIPED_AFTER.match(text, end) or _WIPED_BEFORE.search(text[:start])) and (
                _MARKET_TALK.search(text)):
            data["subject"] = "market value"  # 'wiping out more than 50 billion crowns',
            # 'Some 41 billion crowns was wiped off the value of listed companies' (not 'the
            # flood wiped out $40 million of crops')
        data["predicate"] = None  # "a fund ... for each family of the dead" is no toll
    elif points := _POINTS.match(after):
        # "by 4.5 percentage points", "a five percentage point rate hike": a change of a
        # rate; what moved is the rate the sentence names, so a change noun says nothing
        data["kind"] = "measure"
        data["unit"] = "pp" if points.group(1).lower() == "percentage" else "bp"
        end = n.end + points.end()
        subject = _after_unit(toks, end)
        if subject is None or subject.split()[-1].lower() in _CHANGE_NOUNS:
            subject = f"{points.group(1).lower()} points"
        data.update(subject=subject, predicate=None)
    elif speed := _SPEED.match(after):
        data["kind"] = "measure"
        data["unit"] = "mph" if speed.group(0).strip()[:1].lower() == "m" else "km/h"
        end = n.end + speed.end()
        after_unit = _after_unit(toks, end)
        # a wind's speed is one whatever the word for the wind ('howling 200mph winds',
        # '90km/h gales', 'winds gusting up to 60km/h drove the flames', 'a storm that hit
        # the coast at 130km/h'); a limit ('a 50 mph zone') is a limit; other speeds are a
        # thing's speed ('the lorry was travelling at 50 mph')
        if after_unit and after_unit.split()[0] in {"limit", "zone", "limits", "zones"}:
            subject = after_unit
        elif (limit := _SPEED_LIMIT_BEFORE.search(clause := _clause_before(text, start))) \
                and not _OVER_LIMIT.search(clause, 0, limit.start()):
            subject = "limit"  # 'The speed limit on the motorway is 130 km/h' (minister-
            # car-crash, dev: no speed the convoy drove at)
        elif _WIND.search(clause) or _WIND_AFTER.match(text, end):
            subject = "wind speed"
        else:
            subject = after_unit or "speed"  # '300 km/h trains' are trains
        data.update(subject=subject, predicate=None)
    elif (dims := _AREA_VOLUME.match(after)) or (
            unit_word and unit_word.group(2).lower() in _MEASURES
            and _MEASURES[unit_word.group(2).lower()] is not None):
        data["kind"] = "measure"
        if dims:  # '14 billion cubic metres', '390 cubic metres per second', '50 sq km'
            data["unit"] = _dims_unit(dims)
            end = n.end + dims.end()
        elif unit_word:
            data["unit"] = "nmi" if unit_word.group("nautical") else _MEASURES[
                unit_word.group(2).lower()]
            end = n.end + unit_word.end()
        after_unit = _after_unit(toks, end)
        of_after = re.match(r"\s+of\s", text[end:]) is not None  # '3 tonnes of cocaine'
        opener = _OPENER.match(text) if _OPENING.match(before) and not _NOT_ITS_OWN.match(
            text, end) else None
        data["subject"] = (opener.group(1).lower() if opener else None) or (
            _length_subject(toks, text, before, end)
            if data["unit"] in _LENGTHS else None) or (
            after_unit if of_after else None) or (
            QUEUE if data["unit"] in _LENGTHS and _queue_length(
                after_unit, _clause_before(text, start), before) else None) or (
            _measured_noun(before) if data["unit"] not in DURATION_UNITS else None
        ) or _weighed_noun(before, str(data["unit"])) or after_unit
        if data["predicate"] in PERSON_EVENTS and data["unit"] not in DURATION_UNITS:
            data["predicate"] = None  # 'spewing 1.5 million litres of crude' killed no one
        if data["unit"] in DURATION_UNITS and of_after:
            data["subject"] = None  # '212 days of hell' is a time, what filled it aside
        elif data["unit"] in DURATION_UNITS:
            # what went on that long: 'The standoff lasted about nine hours', 'a three-hour
            # gun battle' (the fighting), 'a five-hour dawn blitz' (the operation)
            lasted = what_lasted(before)
            if lasted is None and _BEFORE_VOTE.match(text, end) and not _FOR_BEFORE.search(
                    before):
                data.update(subject=TIME_TO_VOTE, predicate=None)  # 'four days before a
                # parliamentary election', 'three days before the country votes'
            elif lasted is not None:  # the siege's length, not what befell the hostages
                data.update(subject=lasted, predicate=None)
            elif str(data["subject"]).split(" ")[0] in _NOT_AN_EVENT:
                data["subject"] = None  # 'for four weeks due to pneumonia'
            elif _LATE.match(str(data["subject"])):
                data["subject"] = "delay"  # 'landed almost eight hours late', 'nearly
                # eight hours behind schedule'
            elif data["subject"]:
                data["subject"] = event_kind(str(data["subject"]))
        if data["unit"] in _SPILLABLE and data["predicate"] is None and (
                _SPILL_BEFORE.search(before) or _SPILL_AFTER.match(text, end)):
            # 'about 40 tonnes of the chemical had leaked' is no part of the cargo it came
            # from ('carrying 1,850 tonnes of the chemical')
            data["predicate"] = "spilled"
        if data["unit"] in _AREAS and _area_damaged(_clause_before(text, start), text, end):
            # the land a fire, a storm or a logger laid waste, whatever it grew and however
            # it is told: 'cleared 312 hectares inside the reserve', 'about 400 hectares had
            # been cleared', 'puts the burned area at 2,300 hectares'
            data.update(subject=DAMAGED_AREA, predicate="damaged")
        sought = data["unit"] in {"yr", "mo"} and _term_sought(_clause_before(text, start),
                                                               data["subject"], text[end:])
        term = _prison_term(text[:start]) if data["unit"] in {"yr", "mo", "wk", "d"} and (
            not sought) else None  # ('Prosecutors want Haskel jailed for 14 years')
        if term is not None:
            data.update(subject=term, predicate="sentenced", source=None)
        elif sought:
            data.update(subject=SOUGHT_TERM, predicate=SOUGHT, source=None)
        elif data["unit"] in {"yr", "mo"} and (n.qualifier or "").lower() not in {
                "at least", "more than", "over", "minimum"} and _maximum_term(text, start, end):
            data.update(subject=MAXIMUM_SENTENCE, predicate=None, source=None)
    else:
        data["kind"] = "count"
        if subj.np_end is not None and subj.np_end > n.end and subj.np_end - n.end < 60:
            end = subj.np_end
        period = _rate_period(text, subj.np_end or end) if data["subject"] else None
        if period is not None:
            # 'searched about 100 homes a day': a rate, never the total ('more than 400')
            data["subject"] = f"{data['subject']} per {period}"
        noun = str(data["subject"] or "").split(" ")[-1].lower()
        capacity = _CAPACITY_BEFORE.search(before)
        crowd_limit = capacity is not None and capacity.group("limit") is not None
        if capacity is not None and crowd_limit and (
                period is not None or _PER_ONE.match(after)
                or _OTHER_LIMIT.search(before, 0, capacity.start())
                or not (noun in _PERSON_NOUNS or (capacity.group("safe") and noun == ""
                                                  and _PEOPLE_COUNTED.search(text)))):
            # 'a limit of two per customer' is a ration, 'the legal limit of 40' or 'a
            # limit of 200 on taxi licences' no place's limit of people
            capacity, crowd_limit = None, False
        if capacity or (_CAPACITY_AFTER.match(after) and re.search(
                r"\blicen[cs]e", text, re.I)) or (_LIMITED_TO.search(before) and (
                noun in _PERSON_NOUNS or noun == "")):
            # "licensed to carry a maximum of 150 people": the limit is the figure, exact;
            # a limit of people set on a place or a thing is a crowd limit, compared with
            # such limits only ('a safe limit of just 300' vs 'the limit of 400 people';
            # not with a capacity told as such: 'a crowd limit of 30,000 had been set' in
            # a stadium that holds 40,000, a review of made-up cases)
            data.update(predicate="capacity", subject=CROWD_LIMIT if crowd_limit else (
                "people" if noun in _PERSON_NOUNS or noun in {"", "allowed", "permitted"}
                else data["subject"]))
            if n.qualifier and n.qualifier.lower() in MAXIMUM_QUALIFIERS and n.value is not None:
                data.update(low=n.value, high=n.value, qualifier=None)
        elif data["subject"] and not str(data["subject"]).startswith("more ") and (
                (_INCREMENT_BEFORE.search(before) and _TO_TOTAL.search(text))
                or _ADDED_AFTER.match(text, end)):
            # an increment: 'Another 8,500 refugees crossed ..., bringing the total to
            # 56,300'; 'where two floors were added two years ago' (more floors, not the
            # building's eight)
            data["subject"] = f"more {data['subject']}"
        elif data["subject"] and _LEFT_WITH.search(before):
            # 'the embassy will be left with roughly 33 accredited staff' once seven leave:
            # what remains, not the 'about 40 accredited staff' it has
            data["subject"] = f"remaining {data['subject']}"
    if data["subject"] is None and data["kind"] == "percent" and _POLL.search(text):
        # 'A Veritas poll put Civic Renewal on 34%, ... the Party of National Progress on
        # 29%': the party a poll puts on the share
        party = _POLL_PARTY.search(before)
        if party is not None:
            # "Brosk's Civic Renewal" is Civic Renewal, "the Labour Party" Labour
            data["subject"] = re.sub(r"\s+Party$", "", re.sub(r"^.*'s\s+", "",
                                                                party.group(1))) or None
    if data["kind"] == "percent" and data["subject"] == "vote":
        owner = _vote_owner(before)
        if owner:  # 'National Renewal won 29.1 percent of the vote': that party's share
            data["subject"] = f"{owner} vote"
    if data["subject"] is None and data["kind"] in {"percent", "money", "measure"} and (
            data["unit"] not in DURATION_UNITS):  # 'the captives had endured 212 days'
        data["subject"] = _noun_before(toks, start)
    if n.qualifier and n.qualifier.lower() in MAXIMUM_QUALIFIERS - {"as many as"} and (
            n.value is not None and _PENALTY_BEFORE.search(before)):
        # 'face fines of up to €120,000', 'faces up to 10 years': the law's maximum is the
        # figure, exact, so 'up to €120,000' and 'up to €210,000' disagree
        data.update(low=n.value, high=n.value)
    elif n.qualifier and n.qualifier.lower() == "up to" and n.value is not None and (
            data["unit"] in _SPEEDS and _WIND_BEFORE.search(before)):
        # 'gusts of up to 80 km/h': a gust is told by its top speed, so 'peaked at 45 km/h'
        # disagrees (not 'trains can run at up to 160 km/h', any speed below it)
        data.update(low=n.value, high=n.value)
    return start, end, data


_SPEEDS = frozenset({"km/h", "mph", "kn"})
#: wind before a speed: its top is what is told
_WIND_BEFORE = re.compile(r"\b(?:gusts?|gusting|winds?|gales?|storm|hurricane|typhoon|cyclone)"
                          r"\b[^.;]{0,30}$", re.IGNORECASE)


#: an area or a volume after a number, and a flow (a volume per second): 'cubic metres',
#: 'square kilometres', 'sq km', 'km2', 'm³'
_AREA_VOLUME = re.compile(
    r"\s*(?:(?P<dim>square|sq\.?|cubic|cu\.?)\s+(?P<unit>kilomet(?:re|er)s?|km|met(?:re|er)s?|"
    r"m|feet|foot|ft|miles?|mi|yards?|yd|centimet(?:re|er)s?|cm)|(?P<glued>km|m|ft)"
    r"(?P<power>[23\u00b2\u00b3]))(?![\w-])(?P<rate>\s+(?:per|a|an)\s+second\b)?",
    re.IGNORECASE)
#: ... the words of :data:`_AREA_VOLUME` that :data:`_MEASURES` does not name
_DIM_UNITS = {"yard": "yd", "yards": "yd", "centimeter": "cm", "centimeters": "cm"}


def _dims_unit(m: re.Match[str]) -> str:
    """The unit of an :data:`_AREA_VOLUME` match: 'km2', 'm3', 'm3/s'."""
    word = (m.group("unit") or m.group("glued")).lower()
    base = _MEASURES.get(word) or _MEASURES.get(word + "s") or _DIM_UNITS.get(word, word)
    if m.group("dim"):
        power = "2" if m.group("dim").lower().startswith(("sq", "square")) else "3"
    else:
        power = {"\u00b2": "2", "\u00b3": "3"}.get(m.group("power"), m.group("power"))
    return f"{base}{power}" + ("/s" if m.group("rate") else "")


#: units of a mass or volume that can leak, and the words that tell it leaked
_SPILLABLE = {"t", "kg", "l", "gal", "bbl"}
_SPILL_VERB = (r"(?:leaked|leaking|leaks|spilled|spilt|spilling|spills|escaped|escaping|"
               r"poured|pouring|seeped|seeping|gushed|gushing|spewed|spewing|released|"
               r"discharged)")
_SPILL_BEFORE = re.compile(rf"\b(?:{_SPILL_VERB}|lost|losing)\s+(?:(?:about|around|some|"
                           r"up\s+to|at\s+least|more\s+than|nearly|an\s+estimated|"
                           r"roughly)\s+)?$", re.I)
_SPILL_AFTER = re.compile(rf"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:had\s+|has\s+|"
                          rf"have\s+|was\s+|were\s+)?(?:been\s+)?{_SPILL_VERB}\b", re.I)
#: units of an area of land, and what an area laid waste is called
_AREAS = frozenset({"ha", "acre", "km2", "mi2"})
DAMAGED_AREA = "area"
#: the words that may lead a measure's number ('some 300 metres', 'an estimated 40 km')
_APPROX_LEADS = (r"about|some|around|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least"
                 r"|just|only|an\s+estimated")
#: a length or an area per time after it: a rate ('500 feet a minute', 'some 800 hectares
#: a day'; not 'destroyed 3,100 hectares a week ago', 'a day after it broke out')
_PER_TIME = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|"
                       rf"month)\b{_DATES_AFTER}", re.I)
#: ... and those that may lead an area laid waste ('a further 300 hectares', 'close to')
_APPROX_WORDS = (rf"(?:(?:{_APPROX_LEADS}|a\s+further|another|close\s+to|closer\s+to|"
                 r"less\s+than|fewer\s+than|under)\s+)*")
_DAMAGE_VERB = (r"(?:burned|burnt|burning|scorched|cleared|clearing|destroyed|destroying|"
                r"damaged|damaging|ravaged|ravaging|razed|felled|logged|stripped|flooded|cut|"
                r"affected|consumed|consuming|blackened|charred|devastated|ruined|swamped|"
                r"devoured|devouring|torched|"
                r"inundated|submerged|engulfed|under\s+water|underwater|wiped\s+out|"
                r"laid\s+waste)")
#: the damage verb right before the area, its object ('the fire has burned about 640
#: hectares', 'ravaged a staggering 312 hectares'), or the area told damaged before it
#: ('put the burned area at 2,300 hectares', 'the area cleared remained unchanged at')
_DAMAGE_BEFORE = re.compile(
    rf"\b(?:{_DAMAGE_VERB}\s+(?:through\s+)?(?:a\s+staggering\s+)?"
    rf"|(?:{_DAMAGE_VERB}\s+area|area\s+{_DAMAGE_VERB})(?:\s+of|(?:\s+(?!(?:within|inside|"
    rf"in|of)\b)[\w'\u2019-]+){{0,4}}?\s+(?:at|to|is|was|reached|totals|totalled))\s+)"
    rf"{_APPROX_WORDS}$", re.I)
#: the area damaged after it, in its own clause ('About 500 hectares had burned by
#: nightfall', '312 hectares inside the reserve's eastern boundary had been cleared')
_DAMAGE_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|but|while|which|who|that|after|before|where|when|because|as|since|if|"
    rf"until|although|once)\b)[\w'\u2019-]+){{0,6}}?\s+"
    rf"(?:had|has|have|were|was|are|is)\s+(?:(?:been|now|already|also|largely)\s+){{0,3}}"
    rf"{_DAMAGE_VERB}\b", re.I)
#: one owner's area, a part of the whole ('destroyed 40 hectares of his vines')
_AREA_PART_AFTER = re.compile(r"\s+of\s+(?:his|her|their|my|our)\b")
#: an area told by region beside another ('affected 10,000 hectares in the north and 6,000
#: hectares in the south'; not the one area of 'grazing land in the south')
_AREA_IN_REGION = re.compile(
    r"(?:\s+[\w'\u2019-]+){0,4}?\s+in\s+the\s+(?:north|south|east|west|centre|center)\b")
_AREA_WORDS = re.compile(r"\b(?:hectares|acres|square\s+(?:kilomet|miles)|sq\s+(?:km|mi)|km2)",
                         re.I)
#: in the area's own clause: a part told alone, land cleared of people or against the fire
#: ('In Kelso district alone, 4,000 hectares have burned', '300 hectares were cleared of
#: residents', 'firefighters cleared 50 hectares as a firebreak')
_NOT_DAMAGE = re.compile(r"\b(?:alone|firebreaks?|fire\s+breaks?|"
                         r"(?:cleared|cut|removed|excised)\s+(?:of|from))\b", re.I)


def _area_damaged(clause_before: str, text: str, end: int) -> bool:
    """Whether an area ending at ``end`` is the one laid waste (see :data:`_DAMAGE_BEFORE`),
    not a part of it (:data:`_AREA_PART_AFTER`) nor one cleared of people or of fuel."""
    own = clause_before[-80:] + " # " + re.split(r"[,;.]", text[end:], maxsplit=1)[0]
    if _NOT_DAMAGE.search(own) or _AREA_PART_AFTER.match(text, end) or (
            _AREA_IN_REGION.match(text, end) and len(_AREA_WORDS.findall(text)) > 1) or (
            _PER_TIME.match(text, end)):
        return False  # (nor 'devouring some 800 hectares a day': a rate)
    return _DAMAGE_BEFORE.search(clause_before) is not None or (
        _DAMAGE_AFTER.match(text, end) is not None)


_POLL = re.compile(r"\b(?:polls?|survey|surveys|polling|pollsters?)\b", re.IGNORECASE)
#: the last name (Title Case words, 'of' between) right before 'on'/'at' a share
_POLL_PARTY = re.compile(r"((?:[A-Z][\w'-]+\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w-]+)\s+(?:on|at)\s+$")
#: the name a share of the vote is told of: the last Title Case words before it in its
#: clause, with at most eight words in lower case between ('National Renewal won 29.1
#: percent', "put Maelis's Civic Union in first place with 34.8%")
_VOTE_OWNER = re.compile(r"((?:[A-Z][\w'-]+\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w-]+)"
                         r"(?:\s+[a-z][\w-]*){0,8}\s+$")
#: words in capitals that name no party when they open a sentence or clause, and titles
#: ('Mr Reljan' is the 'Reljan' of another report)
_NO_OWNER = frozenset({"The", "A", "An", "In", "On", "At", "By", "With", "Its", "Their",
                       "His", "Her", "But", "And", "It", "They", "He", "She", "That", "This",
                       "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "President",
                       "Prime", "Minister", "Senator", "Governor", "Mayor"})


def _vote_owner(before: str) -> str | None:
    """The last word of the party or candidate a share of the vote is told of, in the
    singular and without 'Party' ('Renewal' for 'National Renewal', 'Reljan' for 'Mr
    Reljan' and 'Tomas Reljan', 'Green' for 'The Green Party' and 'The Greens'), or None
    ('The ruling party won 52 percent' names none)."""
    m = _VOTE_OWNER.search(before)
    if m is None:
        return None
    words = re.sub(r"^.*'s\s+", "", m.group(1)).split()  # "Maelis's Civic Union"
    while words and words[0] in _NO_OWNER:
        words.pop(0)
    if len(words) > 1 and words[-1] == "Party":
        words.pop()  # 'The Green Party' is 'the Greens'
    return re.sub(r"(?<=\w{4})s$", "", words[-1]) if words else None


#: what a count is left with once others go ('will be left with roughly 33 staff')
_LEFT_WITH = re.compile(r"\bleft\s+with\s+(?:only\s+|just\s+)?$", re.IGNORECASE)

#: words before a count that make it an increment ('another 8,500', 'a further 200') when
#: the sentence adds it to a total; 'three were killed and another 52 injured' are others
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$",
                               re.IGNORECASE)
_TO_TOTAL = re.compile(r"\b(?:bring|brings|bringing|take|takes|taking|raise|raises|raising|"
                       r"push|pushes|pushing)\s+(?:the|its|their)\s+(?:\w+\s+)?"
                       r"(?:total|number|toll|tally|count)\b", re.IGNORECASE)
#: an increment told after its count: 'two floors were added', 'three lanes had been added'
_ADDED_AFTER = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been|are|is|being)"
                          r"\s+(?:later\s+|also\s+)?added\b", re.IGNORECASE)
#: a word of the place or vehicles a limit is told for ('on the M9', 'for lorries')
_LIMIT_WORD = r"(?!(?:and|but|or|he|she|they|it|is|are|was|were)\b)[\w'-]+"
#: a limit told right before a speed ('The speed limit on the motorway is 130 km/h', 'a
#: limit of 50 km/h', 'The speed limit, 70 km/h,')
_SPEED_LIMIT_BEFORE = re.compile(
    r"\b(?:speed\s+)?limits?\b"
    rf"(?:\s+there|(?:\s+(?:on|in|for|along|at)\s+(?:the\s+)?(?:{_LIMIT_WORD}\s+){{0,2}}?"
    rf"{_LIMIT_WORD}){{0,2}})"
    r"(?:,?\s+(?:is|are|was|were|of|at|stands\s+at|remains|remained|has\s+been)\s+|"
    r"\s*,\s*)$", re.IGNORECASE)
#: words before a limit in the speed's clause that tell a speed set against it ('well
#: above the motorway limit at 140 km/h', 'twice the limit at 100 km/h', 'just under the
#: limit at 128 km/h', 'Ignoring the limit at 140 km/h')
_OVER_LIMIT = re.compile(r"\b(?:above|over|exceed\w*|beyond|break\w*|broke|breach\w*|past|"
                         r"under|below|within|twice|times|ignor\w*|flout\w*|def(?:y|ied|ying)"
                         r")\b", re.IGNORECASE)
#: a place that opens a sentence before a number set off by a comma: a count of those
#: there, no name ('In Dorlo, just 12.', 'In Marrow Bay, only 40, mostly elderly, stayed')
_PLACE_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:In|At|From|Near|Across|Around|Throughout|Outside|Inside)\s+"
    rf"(?:[A-Z][\w.\-']+\s+){{0,3}}[A-Z][\w.\-']+,\s*{_MERE}$")
#: the name before an age told after a comma: 'Renata Sollis, 71,' is Renata Sollis's age
_NAMED_AGE = re.compile(rf"((?:[A-Z][\w.\-']+\s+){{0,3}}[A-Z][\w.\-']+),\s*{_MERE}$")
#: ... or before an age told in apposition: 'Mattis Arvander, the 31-year-old former
#: international' is Arvander's age
_APPOSED_AGE = re.compile(r"((?:[A-Z][\w.\-']+\s+){0,3}[A-Z][\w.\-']+),\s+(?:the|a|an)\s+$")
#: ... or after an age and its noun of one person (no verb or second person between: 'A
#: 17-year-old stabbed a father-of-two, named locally as ...', 'A four-year-old and his
#: father, Omar Kessel'), when the name is set off by commas or introduced as the person's
#: name: 'a 34-year-old driver, Teodor Haskel,' and 'The 35-year-old thug, named locally as
#: Teodor Haskel,' are Haskel's age (two words at least: 'a 41-year-old man, Police said'
#: is none; nor a body that has said: '..., Merseyside Police has said')
_NAME_AFTER_AGE = re.compile(
    r"(?:\s+(?!(?:and|or|a|an|the|his|her|their|was|were|is|are|has|had)\b)"
    r"[a-z][a-z-]*(?<!ed)){0,2}\s+(?P<noun>[a-z][a-z-]*),\s+"
    r"(?:(?:who\s+(?:was|has\s+been)\s+)?named\s+"
    r"(?:locally\s+|by\s+(?:the\s+)?police\s+)?as\s+)?(?P<name>(?:[A-Z][\w.\-']+\s+){1,3}"
    r"[A-Z][\w.\-']+)(?=\s*[,.]|\s+(?:was|is|who)\b)")
#: 'aged' set off after a noun ('a little boy, aged just six,')
_AGED_APPOSED = re.compile(rf",\s*aged\s+{_MERE}$")
#: a noun of a person and its article before an age set off by commas: 'a frail
#: pensioner, 83,'; 'The callous trucker, 44,' (the noun: :func:`_person_before`, one of
#: :data:`~newsdiff.claims.comparable.ONE_PERSON_NOUNS`)
_NOUN_BEFORE_AGE = re.compile(r"\b(?:the|a|an|his|her|their)\s+((?:[a-z-]+\s+){0,2}"
                              r"([a-z-]+)),\s*$", re.IGNORECASE)


def _mere_age_named(before: str) -> bool:
    """Whether a number set off after a capitalised word with 'just', 'only' or 'barely'
    before it follows a name (:func:`_a_name`: 'Lotte Amsel, just 15,'), not a place ('With
    Dorlo, just 12', 'taken to Kell, only 12'); without such a word, whether it does is
    left as before."""
    mere = re.search(rf",\s*{_MERE_WORD}$", before)
    m = _NAMED_AGE.search(before) if mere else None
    if m is None:
        return True
    ahead = before[:m.start(1)]
    return _a_name(_without_opener(m.group(1)), ahead) and not re.search(
        r"\b(?:to|of)\s+$", ahead, re.IGNORECASE)  # ('And Lotte Amsel, just 15,' is hers)


def _without_opener(name: str) -> str:
    """A name before an age without a conjunction or preposition that opens the sentence
    ('But Granny Ilse Marovic, 81,': Granny Ilse Marovic; 'For Jonas Felder, 58, whose
    grandfather opened the bakery': Jonas Felder; not 'In Harrak, 12', no name at all)."""
    first, _, rest = name.partition(" ")
    return rest if " " in rest and first.lower() in _NAME_OPENERS \
        else name  # a full name is left ('And Orsk, 9' is a toll of a town)


#: words that open a sentence before a name (:func:`_without_opener`)
_NAME_OPENERS = frozenset({"but", "and", "so", "yet", "or", "for", "with", "like", "unlike",
                           "to"})


def _person_before(before: str, *, role: bool = False) -> re.Match[str] | None:
    """The noun phrase of one person just before an age set off by commas ('a frail
    pensioner, 83,'), or None.  A role counts only for an adult's age (``role``): 'The
    president, 71, had been speaking' but 'the captain, 8,' is a rating."""
    m = _NOUN_BEFORE_AGE.search(before)
    if m is None:
        return None
    noun = m.group(2).lower()
    return m if noun in ONE_PERSON_NOUNS or (role and is_person_noun(noun)) else None


_ADULT = 18  # the least age told after a role noun (:func:`_person_before`)


#: words before a capitalised word that make it a place or a time, not a person
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|inside|on|across)\s+$",
                           re.IGNORECASE)
#: words that open a phrase before a comma, never a name ('Unlike Orvik, the 40-year-old
#: challenger'; 'Against Spain, the 23-year-old striker'); a word in -ing too ('Replacing
#: Halvorsen, the 24-year-old')
_NO_NAME_OPENERS = frozenset({
    "in", "at", "from", "near", "of", "to", "outside", "inside", "on", "across", "unlike",
    "like", "against", "despite", "with", "without", "for", "after", "before", "behind",
    "beside", "besides", "among", "amid", "except", "under", "over", "during", "since",
    "until", "as", "by", "via", "towards", "toward", "beyond", "between", "around",
    "about", "through", "throughout", "upon", "within", "alongside", "if", "when",
    "while", "although", "though", "because", "unless", "once", "but", "and", "so"})


def _a_name(words: str, before: str) -> bool:
    """``words`` (capitalised, before a comma) may name a person: not a month or weekday,
    not after a preposition of place ('died in Marsena, an 81-year-old'), not opened by a
    preposition, a conjunction or an -ing word ('Unlike Orvik, the 40-year-old'), and not
    an adverb opening the sentence ('Yesterday, a 34-year-old')."""
    first = words.split()[0]
    if first.lower() in _MONTH_WORDS or any(w in WEEKDAYS for w in words.split()) or \
            _PLACE_BEFORE.search(before) or first.lower() in _NO_NAME_OPENERS or \
            first.lower().endswith("ing"):
        return False
    return bool(before.strip()) or " " in words or not (
        first.lower() in _OPENING_ADVERBS or first.lower().endswith("ly"))


_PENALTY_BEFORE = re.compile(
    r"\b(?:fines?|fined|penalt(?:y|ies)|punishable|faces?|faced|facing|jail|prison|"
    r"imprisonment)\b(?:\s+[\w'\u2019-]+){0,3}\s+$", re.IGNORECASE)


_TALLY_CONTEXT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ruled|ruling|decision|verdict|majority|"
                            r"split|margin|approved|rejected|passed)\b", re.IGNORECASE)
#: Units of a length of time.
DURATION_UNITS = frozenset({"h", "min", "s", "d", "wk", "mo", "yr", "decade", "century"})
_POINTS = re.compile(r"\s*[-\u2010\u2011 ]?(percentage|basis)[-\u2010\u2011 ]points?\b",
                     re.IGNORECASE)
_CHANGE_NOUNS = {"rise", "rises", "increase", "increases", "hike", "hikes", "cut", "cuts",
                 "fall", "falls", "drop", "drops", "jump", "jumps", "move", "moves", "change",
                 "changes", "reduction", "reductions", "decrease", "decreases", "swing",
                 "raise", "rate", "rates"}


_SENTENCED = re.compile(
    r"(?:(?P<who>(?:[A-Z][\w.'\-]*\s+){1,3})(?:(?:was|were|is|are|has\s+been|have\s+been|"
    r"had\s+been|being)\s+)?)?\b(?:sentenced|jailed|imprisoned)\s+(?P<obj>him\s+|her\s+|them\s+)?"
    r"(?:to|for)\s+$")


_CAPACITY_BEFORE = re.compile(
    r"\b(?:licen[cs]ed?|capacity|(?:certified|designed|rated)(?=\s+(?:to|for|at)\b)|"
    r"(?:built|meant)(?=\s+(?:to|for)\b)|"
    r"(?P<safe>safe\s+|safety\s+|crowd\s+)?(?P<limit>limit)(?=\s+of\b))\b"
    r"(?:\s+(?:to|for|of|only|just|carry|hold|take|accommodate|seat|up|a|at|most|maximum|"
    r"no|more|than|the)){0,5}\s+$", re.I)
#: a limit told per unit ('a limit of two per customer', '30 passengers on each bus'): a
#: ration (one told per period, '1,500 asylum seekers a month', is a rate: _rate_period)
_PER_ONE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:per|each|every)\b", re.I)
#: a limit of another kind than on a crowd ('the age limit of 18', 'a speed-limit of')
_OTHER_LIMIT = re.compile(r"\b(?:age|speed|time|term|debt|weight|height)[\s-]$", re.I)
_CAPACITY_AFTER = re.compile(r"(?:\s+(?:people|passengers|persons))?\s+(?:allowed|permitted)\b",
                             re.I)
#: a limit set on how many a place or a crowd may hold: 'ordered it to limit the terrace to
#: 120 guests', 'the crowd has been capped at 400 people', 'limit the number of guests to
#: 120' (not 'Injuries were limited to 12 people', 'limited the number of casualties to
#: 12', 'tables are limited to six people')
_VENUE = (r"(?:terrace|venue|bar|club|hall|stadium|ground|arena|crowds?|attendance|event|"
          r"gathering|party|room|building|site|boat|vessel|ferry|bus|lift|square|rally|march|"
          r"protest|beach|park|number\s+of\s+(?:guests|visitors|spectators|people|fans|"
          r"customers|passengers|worshippers|pilgrims))")
_LIMITED_TO = re.compile(
    rf"\b(?:(?:limit|limits|limited|limiting|cap|caps|capped|capping|restrict|restricted)\s+"
    rf"(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?{_VENUE}|{_VENUE}\s+(?:(?:was|were|is|are|be|"
    rf"will\s+be|(?:has|have|had)\s+been)\s+)(?:limited|capped|restricted))\s+(?:to|at)\s+"
    r"(?:(?:a\s+)?(?:maximum|most)\s+(?:of\s+)?)?$", re.I)
_PERSON_NOUNS = {"people", "passengers", "persons", "guests", "visitors", "spectators",
                 "fans", "pilgrims", "travellers", "travelers", "occupants", "patients"}
#: a count of people in a sentence, which makes a bare 'safe limit of just 300' a limit of
#: people ('crammed more than 1,000 people onto the pier - despite a safe limit of just
#: 300'; not 'Noise reached 104 decibels, well above a safe limit of 85')
_PEOPLE_COUNTED = re.compile(rf"\d\s+(?:{'|'.join(sorted(_PERSON_NOUNS))})\b", re.I)


#: a temperature's scale after its number: '47.3C', '46 °C', '47.3 degrees Celsius'
#: ('30 degrees' alone is one only where the sentence talks of heat or cold)
_TEMPERATURE = re.compile(r"(?:(?-i:(?P<glued>[CF]))(?![\w'\u2019-])|\s?\u00b0\s?"
                          r"(?P<deg>[CF])?\b|\s+degrees?(?:\s+(?P<word>Celsius|centigrade|"
                          r"Fahrenheit|(?-i:C|F)\b))?)", re.IGNORECASE)
#: a sentence that talks of a temperature, which '30 degrees' alone may then be
_TEMPERATURE_TALK = re.compile(r"\b(?:temperatures?|thermometers?|mercury|heatwave|heat\s+wave)"
                               r"\b", re.IGNORECASE)
#: ... but not an angle ('a 180 degree turn', 'listing 30 degrees')
_ANGLE = re.compile(r"[\s-]*(?:turn|angle|bend|arc|slope|tilt|list|incline|rotation)s?\b",
                    re.IGNORECASE)
_TURNED = re.compile(r"\b(?:listing|listed|tilted|tilting|turned|turning|swerved|swerving|"
                     r"rotated|banked|veered|angle\s+of)\s+(?:about\s+|some\s+|nearly\s+)?$",
                     re.IGNORECASE)
_MINUS = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)
#: which temperature: a difference ('10 degrees above normal'), of the sea or the water,
#: as it feels ('heat index'), an average, a night's low or a forecast are each their own
_TEMPERATURE_KINDS = (
    ("difference", re.compile(r"[^.;,]{0,25}?\b(?:above|below|warmer|colder|hotter|cooler|"
                              r"higher|lower)\b", re.IGNORECASE), True),
    ("sea", re.compile(r"\b(?:sea|water|ocean|surface)\b", re.IGNORECASE), False),
    ("apparent", re.compile(r"\b(?:heat\s+index|feels?\s+like|felt\s+like|wind\s+chill|"
                            r"humidex)\b", re.IGNORECASE), False),
    ("average", re.compile(r"\b(?:average|mean|normal)\b", re.IGNORECASE), False),
    ("low", re.compile(r"\b(?:low|lows|minimum|overnight|night-?time)\b", re.IGNORECASE),
     False),
    ("forecast", re.compile(r"\b(?:forecasts?|forecasters|expected|predicted|could|will|may|"
                            r"might)\b", re.IGNORECASE), False))


def _temperature_subject(text: str, start: int, end: int) -> str:
    """What a temperature is of: its kind (:data:`_TEMPERATURE_KINDS`, read in its clause),
    the place named nearest it and the weekday its sentence names ('Athens temperature
    Friday'; a heatwave's days each have theirs)."""
    lo = max((text.rfind(c, 0, start) for c in ";:"), default=-1) + 1
    hi = min((i for i in (text.find(c, end) for c in ";:") if i >= 0), default=len(text))
    words = []
    for name, pattern, after in _TEMPERATURE_KINDS:
        if (pattern.match(text, end, hi) if after else pattern.search(text[lo:start])):
            words.append(name)
            break
    past = _SET_IN.match(text, end, hi)
    if past is not None and re.search(r"\brecord\b", text[lo:start], re.I):  # 'the national
        # record of 44.9C set at Ostrel in 2019': that year's, at the place it names (never
        # the place of the day's reading told before)
        return " ".join(w for w in (past.group("place"), *words, "temperature",
                                    past.group("year")) if w)
    place = _place_near(text, start, end, lo, hi)
    day = next((w for w in WEEKDAYS if re.search(rf"\b{w}\b", text[lo:hi])), None)
    return " ".join(w for w in (place, *words, "temperature", day) if w)


#: where and in which year a temperature was set, right after it
_SET_IN = re.compile(r"\s+(?:set|recorded|measured|registered|reached)\s+(?:(?:at|in)\s+"
                     r"(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"
                     r"(?:\s+airport)?\s+)?in\s+(?P<year>(?:19|20)\d\d)\b")


#: a place named before or after a temperature: 'in Marsena', 'at Marsena airport', 'the
#: southern city of Marsena' (not 'the Bureau of Meteorology')
_PLACE = re.compile(r"(?<!Bureau )(?<!Institute )(?<!Department )(?<!Ministry )(?<!Office )"
                    r"(?<!University )(?<!Service )(?<!Agency )(?<!Centre )(?<!Center )"
                    r"\b(?i:in|at|of)\s+(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+)")


def _place_near(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The place named nearest a temperature in its clause ``text[lo:hi]``, one told before
    it first (no month or weekday)."""
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for m in _PLACE.finditer(text, lo, hi):
        word = m.group("place")
        if word.lower() in _MONTH_WORDS or word in WEEKDAYS:
            continue
        if m.end() <= start and (before is None or start - m.end() < before[0]):
            before = (start - m.end(), word)
        elif m.start() >= end and after is None:
            after = (m.start() - end, word)
    found = before or after
    return found[1] if found else None


#: the subject of the longest term a law allows ('carries a maximum sentence of ten years';
#: 'could face up to 15 years behind bars'), never an imposed term ('prison term')
MAXIMUM_SENTENCE = "maximum sentence"
_MAXIMUM_BEFORE = re.compile(r"\b(?:maximum|max\.?)\s+(?:prison\s+|jail\s+|custodial\s+)?"
                             r"(?:sentence|term|penalty)\s+of\s+$", re.IGNORECASE)
_RISKED_BEFORE = re.compile(
    r"\b(?:carr(?:y|ies|ying)|fac(?:e|es|ed|ing)|punishable\s+by|risks?|risking)\s+"
    r"(?:an?\s+)?(?P<noun>(?:prison\s+|jail\s+)?(?:sentences?|terms?|penalty|penalties)\s+"
    r"of\s+)?$", re.IGNORECASE)
#: a term per count or per charge ('each count carries up to 10 years', 'up to 40 years on
#: four counts'): no maximum of the whole case
_PER_COUNT = re.compile(r"\b(?:each|per|counts?)\b", re.IGNORECASE)
_IN_PRISON_AFTER = re.compile(r"\s*(?:in\s+(?:prison|jail)|behind\s+bars|"
                              r"(?:of\s+|['\u2019]\s*)imprisonment)\b", re.IGNORECASE)


def _maximum_term(text: str, start: int, end: int) -> bool:
    """Whether the years or months at ``text[start:end]`` are the longest term a law allows:
    after 'a maximum sentence of', or risked ('carries', 'could face', 'punishable by') up to
    a term in prison ('up to 12 years in prison', 'up to 15 years behind bars') or after a
    word for it ('faces a jail term of up to five years'); not a term per count or charge."""
    before = text[max(0, start - 60):start]
    if _PER_COUNT.search(text, max(0, start - 40), min(len(text), end + 40)):
        return False
    if _MAXIMUM_BEFORE.search(before):
        return True
    risked = _RISKED_BEFORE.search(before)
    return risked is not None and (risked.group("noun") is not None or _IN_PRISON_AFTER.match(
        text, end) is not None)


#: the subject of the term prosecutors asked for ('Prosecutors had asked for 14 years',
#: 'had sought 15 years', 'asked the court to sentence each officer to eight years', 'They
#: had sought a 15-year sentence'), and its predicate: no term imposed ('prison term') nor
#: the most a law allows (:data:`MAXIMUM_SENTENCE`)
SOUGHT_TERM = "prison term sought"
SOUGHT = "sought"
_ASKED = (r"\b(?:ask(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|demand(?:ed|s|ing)?|"
          r"request(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|want(?:ed|s)?)\s+(?:(?:a|an)\s+)?")
#: ... the one to be jailed: a pronoun or a name of up to three words
_CONVICT = r"(?:him|her|them|(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,2}(?-i:[A-Z])[\w'\u2019-]*)"
_SOUGHT_BEFORE = re.compile(
    rf"{_ASKED}(?:(?:prison|jail|custodial)\s+)?(?:(?:sentence|term)s?\s+of\s+)?$"
    # ... or asked a court to impose it ('asked the court to sentence each officer to'; not
    # 'the judge decided to sentence him to')
    r"|\b(?:ask(?:ed|s|ing)?|urg(?:ed|es|ing)|want(?:ed|s)?)\s+(?:the\s+)?(?:court|judges?|"
    rf"jury|panel|tribunal)\s+to\s+(?:sentence|jail|imprison)\s+(?:each\s+[a-z]+|{_CONVICT})"
    r"\s+(?:to|for)\s+$"
    # ... or wanted someone jailed ('Prosecutors want Dorn Haskel jailed for')
    rf"|\bwant(?:s|ed)?\s+{_CONVICT}\s+(?:jailed|imprisoned|locked\s+up|put\s+away)\s+for\s+$",
    re.IGNORECASE)
#: ... or told before the asking ('less than the 12 years prosecutors had sought')
_SOUGHT_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?prosecut(?:ors?|ion)\s+"
                           r"(?:had\s+|have\s+|has\s+)?(?:sought|asked\s+for|demanded|wanted|"
                           r"requested|called\s+for)\b", re.IGNORECASE)
_ASKED_BEFORE = re.compile(rf"{_ASKED}$", re.IGNORECASE)
_PROSECUTORS = re.compile(r"\bprosecut(?:ors?|ion)\b", re.IGNORECASE)
#: ... others who ask for a term: the defence, a victim's family ('his lawyers asked for
#: five years', 'the victim's family had asked for 20 years')
_OTHER_ASKERS = re.compile(r"\b(?:defen[cs]e|lawyers?|attorneys?|counsel|family|families|"
                           r"relatives)\b", re.IGNORECASE)
#: ... a term's noun ('a 15-year sentence', 'six-year prison terms'; not 'a six-year term'
#: of office)
_TERM_NOUN = re.compile(r"(?:(?:prison|jail|custodial)\s+terms?|(?:(?:prison|jail|custodial)"
                        r"\s+)?sentences?)", re.IGNORECASE)
#: ... and words after years that make them no term ('ten years of bank records', 'six months
#: to prepare their case', 'two years ago'; but '15 years of imprisonment', '25 years to
#: life')
_NO_TERM_AFTER = re.compile(r"\s+(?:ago|later|earlier|before|after|of(?!\s+(?:imprisonment|"
                            r"prison|jail))|to(?!\s+life))\b", re.IGNORECASE)


def _term_sought(clause: str, subject: object, after: str) -> bool:
    """Whether years or months told right after ``clause`` (``after`` them) are the term
    prosecutors asked for: a verb of asking before them, and the prosecutors named in the
    clause after anyone else who may ask for one, or the term joined to its noun ('sought a
    15-year sentence', its subject) in a clause that names no one else who may, or the
    prosecutors' asking right after them ('the 12 years prosecutors had sought')."""
    if _NO_TERM_AFTER.match(after):
        return False
    if _SOUGHT_AFTER.match(after):
        return True
    others = [m.start() for m in _OTHER_ASKERS.finditer(clause)]
    if _SOUGHT_BEFORE.search(clause) and (told := [
            m.start() for m in _PROSECUTORS.finditer(clause)]) and max(told) > max(
                others, default=-1):
        return True
    return isinstance(subject, str) and _TERM_NOUN.fullmatch(subject) is not None and (
        _ASKED_BEFORE.search(clause) is not None) and not others


def _prison_term(before: str) -> str | None:
    """'Manning was sentenced to [35 years]' -> 'Manning prison term': a term of prison
    (the names before the verb kept, so two defendants' terms are not compared)."""
    m = _SENTENCED.search(before)
    if m is None:
        return None
    who = "" if m.group("obj") else m.group("who") or ""  # "Judge X sentenced him to"
    names = [w for w in who.split()
             if w.lower() not in STOPWORDS and w.lower() not in {"he", "she", "they"}]
    return " ".join([*names, "prison term"])


#: a rise asked for or offered in a pay dispute, right before the share ('is seeking a 9
#: per cent pay rise', 'the union wants 8 per cent', 'is demanding a pay rise of 8%')
_RISE_WORDS = r"(?:(?:pay|wage|salary)\s+)?(?:rise|increase|raise|hike|award|uplift)s?"
#: ... the words that may stand between the verb and the share: whom it is offered to, an
#: article, a word of size ('is offering drivers a measly 3 per cent', 'offered staff 4 per
#: cent', 'demanding a whopping 20 per cent', 'want another 11%')
_CLAIM_WORDS = (r"(?:(?:them|him|her|its|their|the)\s+)?"
                r"(?:(?:(?!(?:was|is|has|does|says|as|plus)\s)[a-z]+s|staff|crew|personnel)\s+)?"
                r"(?:(?:a|an|another|a\s+further)\s+)?(?:(?:measly|mere|paltry|miserly|meagre|"
                r"meager|derisory|modest|whopping|staggering|hefty|massive|huge|just|only)\s+)?")
_DEMAND_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?(?:\s+for)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|claim\s+for)"
    rf"\s+{_CLAIM_WORDS}(?:{_RISE_WORDS}\s+of\s+)?$", re.IGNORECASE)
#: ... or after it ('the 11 per cent the union wants')
_DEMANDED_AFTER = re.compile(r"\s+(?:that\s+)?(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                             r"(?:wants|wanted|demands|demanded|is\s+seeking|seeks|sought)\b",
                             re.IGNORECASE)
#: ... and offered ('has offered 4.5 per cent', 'an offer of a 4.5 per cent increase', 'its
#: final offer before the walkout was 7 per cent', 'offer stands at 4.5 per cent')
_OFFER_IS = r"offer\s+(?:[\w'\u2019-]+\s+){0,4}?(?:was|is|stands\s+at|stood\s+at)\s+"
_OFFER_BEFORE = re.compile(
    rf"\b(?:offer(?:s|ed|ing)?\s+{_CLAIM_WORDS}"
    rf"(?:{_RISE_WORDS}\s+of\s+)?|offer\s+of\s+(?:(?:a|an)\s+)?|{_OFFER_IS})$",
    re.IGNORECASE)
#: ... an offer that is what another thing is of or for: 'Support for the pay offer was 58
#: per cent', 'Turnout in the ballot on the new offer was'
_OFFER_OF_ANOTHER = re.compile(r"\b(?:for|of|on|to|in|with|against)\s+(?:the|its|their|a|an)\s+"
                               rf"(?:[\w'\u2019-]+\s+){{0,3}}{_OFFER_IS}$", re.IGNORECASE)
#: ... 'a pay rise of' right before the share: a claim in any report
_RISE_OF = re.compile(rf"{_RISE_WORDS}\s+of\s+$", re.IGNORECASE)
#: ... or offered after the share ('the 4.5 per cent already offered by VNR', 'the 4.5 per
#: cent the company offered')
_OFFERED_AFTER = re.compile(r"\s+(?:(?:that\s+)?(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                            r"(?:has\s+|had\s+)?)?(?:already\s+)?offered\b", re.IGNORECASE)
#: what may follow such a share: the rise ('a 9 per cent pay rise'; not 'a 40 per cent
#: increase in the contract price') ...
_RISE_AFTER = re.compile(rf"\s*{_RISE_WORDS}\b(?!\s+in\s+(?!(?:the\s+|its\s+|their\s+)?"
                         r"(?:pay|wages?|salar(?:y|ies)|earnings|minimum\s+wage)\b))",
                         re.IGNORECASE)
#: ... or no noun ('8 per cent this year', '4.5%.', '18% after ...'), in a report about
#: pay (not 'The bonds offered 5 per cent a year', 'wants 15 per cent from its pilots')
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:)\u2013\u2014-]|$|(?:and|plus|now|already|offered|after|before|while|but|"
    r"when|if|or)\b|(?:this|next|a|per|each)\s+year\b|over\s+\w+\s+years\b|in\s+\d{4}\b|"
    r"to\s+[a-z]+\b(?<!s))", re.IGNORECASE)
#: ... the words of a report about pay: its wages, a union (not 'the European Union'),
#: strikers
_PAY_WORDS = re.compile(r"\b(?:[Ww]ages?|[Ss]alar(?:y|ies)|[Pp]ay\s+(?:rise|deal|dispute|offer|"
                        r"claim|talks|award|increase|demand|row)s?|(?<!European\s)(?<!African\s)"
                        r"(?<!Soviet\s)[Uu]nions?|[Ss]trikers|[Ss]triking|[Ww]alkout|"
                        r"(?:on|to|will|went\s+on)\s+strike|[Ss]trike\s+(?:action|ballot|vote))\b")
#: the two claims of a pay dispute: never one quantity
PAY_CLAIMS = frozenset({"rise demanded", "rise offered"})
#: subject of a limit set on how many people a place or a thing may hold (_CAPACITY_BEFORE)
CROWD_LIMIT = "crowd limit"


def _pay_claim(f: Figure, text: str, *, pay_story: bool) -> Figure:
    """``f`` as 'rise demanded' or 'rise offered' (no event) when it is a share asked for or
    offered as a rise (each report tells the union's claim and the employer's offer in its
    own words: 'is seeking a 9 per cent pay rise', 'the union wants a 10 per cent rise';
    'VNR has offered 4.5 per cent', 'the 4.5 per cent already offered by VNR'); not any
    other share ('offered a 30% stake', 'wants 40 per cent of the seats', 'demanded a 40 per
    cent increase in the contract price'), nor one with no noun after it outside a report
    about pay (``pay_story``: 'The bonds offered 5 per cent a year'). A rise 'proposed' is
    neither: a party may propose its own demand."""
    if f.kind != "percent":
        return f
    before, after = text[max(0, f.start - 120):f.start], text[f.end:f.end + 80]
    rise_of = _RISE_OF.search(before) is not None
    if not (_RISE_AFTER.match(after) or rise_of or (pay_story and (
            _NO_NOUN_AFTER.match(after) or _OFFERED_AFTER.match(after)
            or _DEMANDED_AFTER.match(after)))):
        return f
    if _OFFERED_AFTER.match(after) or (_OFFER_BEFORE.search(before) and not (
            _OFFER_OF_ANOTHER.search(before))):
        return f.model_copy(update={"subject": "rise offered", "predicate": None})
    if _DEMAND_BEFORE.search(before) or _DEMANDED_AFTER.match(after):
        return f.model_copy(update={"subject": "rise demanded", "predicate": None})
    return f


def _noun_before(toks: list[Token], start: int) -> str | None:
    """'Tokyo stocks close down 0.26%' -> 'stocks': the nearest plural noun a few words
    before the number, skipping the word right before it (usually the verb)."""
    before = [t for t in toks if t.end <= start]
    for k in range(len(before) - 2, max(-1, len(before) - 7), -1):
        t = before[k]
        if t.text in {",", ";", ":", "(", ")"}:
            return None
        if t.text[:1].isalpha() and not t.cap and t.low.endswith("s") and len(t.low) > 3 \
                and not t.low.endswith(("ss", "us", "is", "'s", "\u2019s")) \
                and t.low not in _NOT_NOUNS and t.low not in _MEASURES:
            # not an owner ('The rogue regime's rocket screamed more than 1,000km') nor
            # another figure's unit ('970 kilometres and covered about 4,600 kilometres')
            if before[k + 1].low == "that":
                return None  # a verb: 'the Clarion understands that $6 million ...'
            return t.low
    return None


def _is_year(n: Number) -> bool:
    """A plain four-digit number from 1800 to 2100 ("in 2012", "from 2000 to 2006")."""
    if n.words or n.unit or n.decimals or (n.qualifier and n.value is not None):
        return False
    ends = [n.low, n.high] if n.value is None else [n.value]
    return all(e is not None and 1800 <= e <= 2100 and float(e).is_integer() for e in ends) \
        and not re.search(r"\d,\d", n.text)


_PER_UNIT = re.compile(
    r"\s*(?:(?:to|for)\s+(?:each|every)\s+(?P<a>[a-z]+(?:\s+[a-z]+){0,2})|(?:to|for)\s+the\s+"
    r"(?P<c>[a-z]+)\s+of\s+(?:each|every)\b|(?:each|apiece)\b"
    r"|(?:per|an?)\s+(?P<b>head\s+of\s+(?:cattle|livestock)|head|person|family|household|victim|"
    r"passenger|worker|employee|cow|animal|hectare|acre|tonne|ton|litre|liter|kilo|kilogram|"
    r"barrel|gallon)\b"
    # any other 'per' but a time ('per year' is the rate of a sum the sentence names)
    r"|per\s+(?!(?:cent|se|day|week|month|year|hour|annum|minute|second|night|shift|quarter|"
    r"capita|the|a|an|its|their|his|her|our)\b)(?P<d>[a-z]+)\b)",
    re.I)
#: Words for one head of cattle in a rate ('1,200 marek per cow', 'for each head of cattle')
_PER_COW = {"cow", "cows", "cattle", "bull", "bullock", "heifer", "steer"}
#: Words after 'per', 'each' or 'a' that mean one person ('each' alone: what the
#: sentence's subject counts, in news mostly people).
_PER_PERSON = {"", "each", "every", "head", "person", "passenger", "passengers", "individual",
               "capita"}
_PER_STOP = {"of", "and", "or", "was", "were", "is", "are", "who", "that", "in", "on", "at",
             "to", "for", "by", "from", "with", "as", "has", "had", "have", "will", "would"}
_AMOUNT_NOUNS = {"fund", "fine", "fines", "fee", "fare", "surcharge", "compensation", "payout",
                 "payment", "settlement", "package", "loan", "loans", "grant", "budget", "bail",
                 "bond", "reward", "bounty",
                 "bonus", "salary", "ransom", "deal", "contract", "investment", "donation",
                 "pledge", "loss", "profit", "deficit", "surplus", "debt", "bill", "award",
                 "damages", "subsidy", "tax", "levy", "price", "cost", "bailout", "aid",
                 "taxes", "revenue", "revenues", "sales", "earnings", "income", "fees",
                 "donations", "contributions", "bonuses", "profits", "losses", "spending",
                 "funding", "wages", "savings", "cuts", "deposits", "assets", "reserves",
                 "bribes", "kickbacks", "arrears", "debts", "exports", "imports", "proceeds"}


#: an amount of market value lost: 'wiping out more than 50 billion crowns', '41 billion
#: crowns was wiped off listed companies', '$1 trillion of market value was erased'
_WIPE = r"\b(?:wip(?:e|es|ed|ing)\s+(?:out|off)|wiped|erased|erasing)\b"
_WIPED_AFTER = re.compile(rf"[^\d.;]{{0,40}}?{_WIPE}", re.IGNORECASE)
_WIPED_BEFORE = re.compile(rf"{_WIPE}\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_MARKET_TALK = re.compile(r"\b(?:markets?|shares|stocks?|index|investors|valuation|value|"
                          r"listed|exchange|bourse|sell-?offs?|trading)\b", re.IGNORECASE)
#: a verb of being paid a sum, right before it (up to two words between: 'will receive a
#: one-off'), for :data:`_EACH_UNIT` and :data:`_EVERY_UNIT`
_RECEIVE = r"(?:get|gets|got|receive|receives|received|be\s+paid|be\s+given)\s+(?:[a-z]+\s+){0,2}$"
#: the units a sum paid 'each' is told for when the sentence names them before it
_EACH_UNIT = re.compile(r"\b(families|households)\s+(?:(?:will|would|should|could|can|may|"
                        r"are\s+to|each)\s+)?" + _RECEIVE, re.IGNORECASE)


#: the unit a sum is paid to when the sentence names one of them before it: 'each bereaved
#: family would receive', 'every household will get'
_EVERY_UNIT = re.compile(r"\b(?:each|every)\s+(?:(?P<kind>[a-z]+)\s+)?(family|household)\s+"
                         r"(?:(?:will|would|should|could|can|may|is\s+to|was\s+to)\s+)?"
                         + _RECEIVE, re.IGNORECASE)


#: words for the families of the dead, whose sum is the one 'to each family' tells
_BEREAVED = frozenset({"", "bereaved", "grieving", "affected", "victim's"})
#: a sum paid to the families of the hurt: 'to each family of the injured'
_FAMILY_OF_HURT = re.compile(r"\s+to\s+(?:each|every)\s+family\s+of\s+(?:the\s+|those\s+)?"
                             r"(?:injured|wounded|hurt)\b", re.IGNORECASE)
#: what a sum paid to each family is for, when it is not the compensation: 'towards
#: funeral costs', 'for funerals'
_TOWARDS = re.compile(r"\s+(?:towards|for|to\s+cover)\s+(?:the\s+|their\s+)?funerals?\b",
                      re.IGNORECASE)


#: an amount right after the noun it is the worth of ('goods worth a staggering €2m'; not
#: 'Trade was worth $18.4 billion', whose holder is the clause's subject)
_WORTH = re.compile(r"\b(?!(?:was|were|are|being|been|remains?|seems?|looks?)\b)[a-z]{3,}"
                    r"\s+worth\s+(?:(?:a|an|some|about|around|nearly|almost|roughly|more\s+"
                    r"than|over|up\s+to|at\s+least|staggering|whopping|estimated)\s+)*$",
                    re.IGNORECASE)


def _money_subject(before: str, after: str) -> str | None:
    """What an amount pays for, when the words say it: "to each bereaved family" or "the
    family of each victim" -> "per family" (never the total it is part of); "a fund of",
    "compensation of", "in compensation", "set aside ... for an emergency fund" -> that
    noun; "€1.8 million in cash" -> cash."""
    if re.match(r"\s+in\s+(?:cash|banknotes)\b", after, re.IGNORECASE):
        return "cash"
    if _FAMILY_OF_HURT.match(after):
        return "per family of casualties"  # the hurt, not the bereaved families' sum
    per = _PER_UNIT.match(after)
    if per:
        words = (per.group("a") or per.group("b") or per.group("c") or per.group("d")
                 or "").lower().split()
        if words[:3] in (["head", "of", "cattle"], ["head", "of", "livestock"]):
            return "per cow"  # 'for each head of cattle destroyed', 'per head of cattle'
        if per.group("a"):
            words = words[:next((i for i, w in enumerate(words) if w in _PER_STOP),
                                len(words))]
        noun = words[-1] if words else ""
        if noun in _PER_COW:
            return "per cow"
        unit = _EACH_UNIT.search(before) if noun in {"", "each"} else None
        if unit is not None and not re.search(r"\band\s+(?:[a-z]+\s+)?$",
                                              before[:unit.start()]):
            # 'families will get 150,000 dalers each': per family (not 'survivors and
            # bereaved families will get 10,000 rupees each')
            return "per " + ("family" if unit.group(1).lower().startswith("famil")
                             else "household")
        if noun in _PER_PERSON:
            return "per person"  # "$4,000 each", "$6,000 a head"
        return "per " + (noun[:-3] + "y" if noun.endswith("ies") else noun.rstrip("s"))
    if re.search(r"\beach\s+(?:had|have|has|will|would|paid|pay|received|receive|got|get|"
                 r"spent|charged|owed|owe|lost|earned|earn)\s+(?:[a-z]+\s+){0,2}$", before):
        return "per person"  # "they had each paid about 4,000 US dollars"
    every = _EVERY_UNIT.search(before)
    if every is not None and not _TOWARDS.match(after):
        # 'each bereaved family would receive 50,000 koras' (not '... towards funeral
        # costs': another payment)
        kind = (every.group("kind") or "").lower()  # 'each evacuated family': their own
        kind = "" if kind in _BEREAVED else f"{kind} "
        return f"per {kind}{every.group(2).lower()}"
    if re.search(r"\b(?:fined|fine|fines|fining)\s+(?:[a-z]+\s+){0,2}(?:up\s+to\s+)?$",
                 before, re.IGNORECASE):
        return "fine"  # 'will be fined 2,000 marks', 'will fine households 2,500 marks'
    put_at = re.search(r"(?s:.*)\b(cost|costs|damage|bill|losses|loss|compensation)\b[^.;\d]{0,60}?"
                       r"\bat\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|"
                       r"up\s+to|at\s+least|an\s+estimated)\s+)?$", before, re.IGNORECASE)
    if put_at is not None:  # 'put the cost of the week-long strike at 130 million dral'
        return {"costs": "cost", "losses": "loss"}.get(put_at.group(1).lower(),
                                                       put_at.group(1).lower())
    if re.search(r"\b(?:set\s+aside|earmarked|allocated)\s+$", before, re.IGNORECASE):
        aside = re.match(r"\s+for\s+(?:an?\s+|the\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\b", after,
                         re.IGNORECASE)  # 'set aside 2 million valds for an emergency fund'
        noun = next((w for w in reversed(aside.group(1).lower().split())
                     if w in _AMOUNT_NOUNS), None) if aside is not None else None
        if noun is not None:
            return noun
    of = re.search(r"\b([a-z]+)\s+of\s+(?:(?:about|around|some|nearly|almost|up\s+to|at\s+"
                   r"least|more\s+than|over|just\s+over|roughly)\s+)?$", before, re.I)
    if of and of.group(1).lower() in _AMOUNT_NOUNS:
        return of.group(1).lower()
    # "in federal taxes", "in deposits exceed"; not a list ("in salary and a bonus", two
    # sums)
    in_noun = re.match(r"\s+in\s+([a-z]+)\b(?:\s+([a-z]+)\b)?", after, re.I)
    if in_noun is None or (in_noun.group(2) or "").lower() in {"and", "or"}:
        return None
    for word in reversed(in_noun.groups()):
        if word and word.lower() in _AMOUNT_NOUNS:
            return word.lower()
    return None


def _clause_before(text: str, start: int) -> str:
    """The words of ``text`` before ``start`` back to the sentence's start or a break."""
    head = text[max(0, start - 160):start]
    return re.split(r"(?<=[.!?])\s+|;", head)[-1]


#: words that tell what a length of time was like, between its number and its unit ('34
#: terrifying hours', 'three long, cold days', '48 nail-biting hours'); a word for which
#: kind or part of a time is none ('20 sitting days', 'five shopping days', 'the two
#: remaining days')
_TIME_LIKE = (r"(?:long|full|whole|short|tense|endless|sleepless|consecutive|straight|"
              r"successive|terrifying|harrowing|gruelling|grueling|agonising|agonizing|"
              r"anxious|frantic|desperate|exhausting|punishing|heartbreaking|horrifying|"
              r"frightening|painful|hellish|grim|bloody|traumatic|dramatic|torturous|"
              r"excruciating|miserable|freezing|sweltering|cold|hot|dark|lonely|fraught|"
              r"chaotic|nightmarish|nail-biting|nerve-racking|nerve-wracking|back-breaking|"
              r"hard|tough|difficult|weary|bitter|stormy|tortuous)")
#: what a queue of traffic or people is called ('a 45km tailback', 'Queues of up to 12
#: kilometres', 'Lorries queued for 38 kilometres', 'traffic backed up for 11 kilometres')
_QUEUE_NOUNS = frozenset({"queue", "queues", "tailback", "tailbacks", "jam", "jams"})
_QUEUE_TOLD = re.compile(r"\b(?:queues?|queued|queuing|queueing|tailbacks?|(?:traffic\s+)?"
                         r"jams?(?!-)|(?:traffic|vehicles|cars|lorries|trucks)\s+(?:(?:had|has|"
                         r"have|was|were|is|are)\s+)?(?:been\s+)?backed\s+up|gridlock)\b",
                         re.I)  # not 'jam-packed', 'Floodwater backed up'
#: where the clause of a length starts, back from it: a comma, a relative pronoun or a
#: conjunction ('Queues formed at the bridge, which spans 2 kilometres'; 'Drivers queued
#: ... after the 600 km pipeline was shut')
_CLAUSE_OPENS = re.compile(r"[,;:]|\b(?:which|that|who|after|as|when|while|because|before|"
                           r"since|where|until)\b", re.I)
#: the subject of a length told of a queue, whatever the word for it
QUEUE = "queue"


def _queue_noun(phrase: str | None) -> bool:
    """Whether a phrase ends in a word for a queue ('tailbacks', 'monster jam')."""
    return bool(phrase) and str(phrase).split()[-1].lower() in _QUEUE_NOUNS


def _queue_length(after_unit: str | None, clause: str, before: str) -> bool:
    """A length is a queue's when the noun after its unit is a queue ('a monster 45km
    tailback') or, with no noun of its own after 'of', its own clause tells of a queue
    before it and no one travels it ('The queue ... stretched for more than 15 kilometres';
    not 'I joined the queue ... and I have moved maybe two kilometres', 'Queues formed at
    the bridge, which spans 2 kilometres')."""
    if _queue_noun(after_unit):
        return True
    # ('..., though the Road Haulage Association put it at 45 kilometres': the queue the
    # sentence told before)
    own = clause if _IT_AT.search(before) else _CLAUSE_OPENS.split(clause)[-1]
    return bool(_QUEUE_TOLD.search(own)) and not _TRAVELLED.search(before)


#: a noun a sentence opens with, told again by an appositive that holds a measure: 'The
#: float, a 14-tonne replica of a galleon' (not a name: 'The Aurelia Crest, a 366-metre
#: container ship'; not one after a preposition, which the appositive may not be of: 'a
#: pipe beside the tank, a 12-metre section of corroded steel', review G)
_APPOSED = re.compile(r"^\s*(?:The|Its|Their)\s+([a-z]+),\s+(?i:a|an)\s+(?:[a-z]+\s+)?$")
#: adjectives that stand for a noun before such an appositive ('The largest, a six-metre
#: section of a fuel tank')
_NO_APPOSED = frozenset({
    "first", "second", "last", "latter", "former", "other", "rest", "largest", "biggest",
    "smallest", "longest", "tallest", "heaviest", "highest", "oldest", "newest", "youngest",
    "widest", "deepest", "latest", "greatest", "shortest", "lightest", "strongest"})
_PARTICIPLES = r"(?:Standing|Measuring|Weighing|Stretching|Rising|Towering)"
#: a sentence that opens with what a thing measures, the measure right after the participle,
#: then names the thing: 'Standing 78 metres tall and weighing some 1,300 tonnes, the crane
#: was built in 2011' (not 'Standing 200 metres from the bridge, the tower', 'Standing in 2
#: metres of water, the firefighters': review G)
_OPENING = re.compile(rf"\s*(?:{_PARTICIPLES}\b(?:[^,;:]|,(?=\d))*\band\s+)?(?i:{_PARTICIPLES})"
                      r"\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|just|"
                      r"only)\s+)*$")
_OPENER = re.compile(rf"\s*{_PARTICIPLES}\b(?:[^,;:]|,(?=\d))*,\s+(?:the|its|their)\s+"
                     r"((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s+(?:was|is|were|are|has|had|have|will|"
                     r"would|can|could|stood|stands|rose|rises|towered|towers|loomed|looms|"
                     r"weighs|weighed|dominates|dominated)\b)")
#: words after such a measure that make it a distance or another thing's ('Standing 200
#: metres from the bridge', '30 metres of water')
_NOT_ITS_OWN = re.compile(r"\s+(?:from|of|away|off|above|below|behind|beyond|inside|outside|"
                          r"into|along|north|south|east|west|short)\b", re.I)
#: words after a length of time that name no event it is the length of
_NOT_AN_EVENT = frozenset({"due", "ago", "later", "earlier", "before", "after", "early",
                           "old", "long"})
#: ... and those that make it a delay
_LATE = re.compile(r"(?:late|overdue|behind schedule)\b", re.I)
#: the subject of the time left before a vote ('destroying 186,000 ballot papers four days
#: before a parliamentary election', 'just three days before the country votes', 'Four days
#: before Tarsovans go to the polls', 'With 11 days to go until the election')
TIME_TO_VOTE = "vote countdown"
_BEFORE_VOTE = re.compile(
    r"\s+(?:to\s+go\s+)?(?:before|ahead\s+of|until)\s+(?:(?:the|a|an|this|next|its|their|"
    r"general|local|presidential|parliamentary|national|regional|municipal|legislative|snap|"
    r"country|nation|(?-i:[A-Z])[\w'\u2019-]*)\s+){0,3}(?:go(?:es)?\s+to\s+the\s+)?"
    r"(?:elections?|votes?|voting|polls?|polling|ballot|referendum|run-?off)\b", re.IGNORECASE)
#: ... not a length of time before it ('Campaigning was suspended for two days before the
#: election')
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: words before a length of time that make its event another one ('a further 72-hour
#: strike', 'the next 48-hour strike'; not 'a new two-year contract' or 'their third 24-hour
#: strike this month', which may be the one told: review E of the change)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|further|fresh|next)\s+$", re.I)
#: an aircraft that lost height, right before the length ('The aircraft lost about 400
#: feet'; not 'the lead boat lost about 200 metres', 'Pilots lost 5 km of visibility')
_LOST_HEIGHT = re.compile(rf"\b(?:aircraft|plane|jet|airliner|helicopter)s?\s+(?:had\s+|has\s+|"
                          rf"then\s+|suddenly\s+|briefly\s+)?(?:lost|shed)\s+(?:(?:"
                          rf"{_APPROX_LEADS})\s+)?$", re.I)
#: the height an aircraft cruised at, right before the length ('was cruising at 37,000
#: feet', 'its cruising altitude of 11,000 metres'; not 'flying at about 2,000 feet on its
#: approach')
_CRUISING = re.compile(rf"\b(?:cruising|cruised|cruises|cruise)\s+(?:altitude\s+of\s+|at\s+(?:"
                       rf"an?\s+(?:altitude|height)\s+of\s+)?)(?:(?:{_APPROX_LEADS})\s+)?$",
                       re.I)
#: a length told as 'it', the thing measured before ('put it at 45 kilometres')
_IT_AT = re.compile(r"\b(?:put|puts|putting|estimated|measured|pegged|placed)\s+it\s+at\s+"
                    r"(?:\w+\s+){0,2}$", re.I)


def _length_subject(toks: list[Token], text: str, before: str, end: int) -> str | None:
    """What a length says where the sentence says it without a noun after the unit: how far
    water rose ('The Velna River rose 3.2 metres': 'water rise') or where a thing lies
    ('about 20 kilometres from the Zelvaran border': 'distance from Zelvaran border';
    '180 km north of the capital': 'north distance from capital'; '12 nautical miles inside
    its exclusive economic zone': 'distance inside exclusive economic zone')."""
    if _WATER_RISE.search(before):
        return "water rise"
    if _FELL.search(before) and not _NOT_A_FALL.search(before) and not _NOT_A_FALL_AFTER.match(
            text, end):
        return "height of fall"
    if _LOST_HEIGHT.search(before) and not _PER_TIME.match(text, end):
        return "height of fall"  # 'the aircraft lost about 400 feet', 'The jet lost about
        # 120 metres of height' (what 'plunged 1,000ft' tells; not 'was losing 500 feet a
        # minute', a rate)
    if _CRUISING.search(before):
        return "cruising altitude"  # 'was cruising at 37,000 feet' (not 'flying at about
        # 2,000 feet on its approach')
    away = _DISTANCE_FROM.match(text, end)
    if away is None or _TRAVELLED.search(before):
        return None
    det = re.match(r"(?:the|a|an|its|their|his|her)\b", text[away.end():], re.I)
    place = _after_unit(toks, away.end() + det.end() if det else
                        away.start() + len(away.group(0).rstrip()))
    if not place:
        return None
    named = re.search(r"(?<![A-Z][\w'\u2019-])(?<![A-Z][\w'\u2019-]\s)\b(?:(?:provincial|"
                      r"regional|district|county|state)\s+(?:capital|centre|center)|town|city|"
                      r"village|port|hamlet|island|municipality)\s+of\s+([A-Z][\w'\u2019-]*"
                      r"(?:\s+[A-Z][\w'\u2019-]*)*)$", place)
    if named is not None:  # 'the provincial centre of Kalvor', 'the port town of Varsund':
        place = named.group(1)  # the place by its name, as 'from Kalvor' tells it (not 'the
        # coast of Halvard', 'the capital of Valdria', 'the Kibera suburb of Nairobi':
        # other places)
    if away.group("inside"):  # '12 nautical miles inside its exclusive economic zone'
        return f"distance inside {place}"
    direction = (away.group("dir") or "").lower().replace("-", "")
    return f"{direction} distance from {place}".strip()


_APPROX = rf"(?:(?:{_APPROX_LEADS})\s+)*"
#: the noun a measure is of, told before it: 'a tailback of 14 kilometres', 'the queue
#: stretched some 300 metres', 'the tailback reached 22 kilometres'
_MEASURED_OF = re.compile(rf"\b(?i:a|an|the|its|their)\s+(?:[a-z]+\s+)?([a-z]{{3,}})\s+of\s+"
                          rf"{_APPROX}$")
_MEASURED_VERB = re.compile(
    rf"\b(?i:the|a|an|its|their)\s+(?:[a-z]+\s+)?([a-z]{{3,}})\s+(?:had\s+|has\s+)?"
    rf"(?:reached|stretched|extended|measured|spanned)\s+(?:to\s+|for\s+)?{_APPROX}$")


#: the thing a weight is of, told before its verb: 'The tiger, which weighed about',
#: 'the bomb weighed', 'the animal, weighing some' (the noun right before the verb)
_WEIGHED_NOUN = re.compile(
    rf"\b(?i:a|an|the|its|their|this)\s+(?:[a-z]+\s+)?([a-z]{{3,}})(?:,?\s+(?:which|that)|,)?"
    rf"\s+(?:weighs|weighed|weighing|had\s+weighed)(?:\s+in\s+at)?\s+{_APPROX}$")
#: a verb of weight right before a weight ('weighing about', 'weighs')
_WEIGHT_VERB = re.compile(rf"\bweigh(?:s|ed|ing)(?:\s+in\s+at)?\s+{_APPROX}$", re.I)
_MASS_UNITS = frozenset({"kg", "t", "g", "lb"})
#: 'weighing' after the name an animal is known by, set off by a comma: the weight is of
#: the animal named earlier in the clause ('identified the animal from its GPS collar as a
#: female known as HB-22, weighing about 170 kilograms'; not 'a cage built by Ferrow
#: Engineering, weighing 400kg')
_NAMED_WEIGHING = re.compile(rf"\b(?:known\s+as|named|called|dubbed)\s+[A-Z][\w-]*,\s+"
                             rf"weighing(?:\s+in\s+at)?\s+{_APPROX}$")


def _weighed_noun(before: str, unit: str) -> str | None:
    """What a weight told right after ``before`` is of: the noun before 'weighed' ('The
    tiger, which weighed about 190 kilograms'), or else, after the name an animal is known
    by (:data:`_NAMED_WEIGHING`), the last animal the sentence names before it; None for
    other units or when no verb of weight comes right before."""
    if unit not in _MASS_UNITS or not _WEIGHT_VERB.search(before):
        return None
    told = _WEIGHED_NOUN.search(before)
    if told is not None:
        return told.group(1).lower()
    if not _NAMED_WEIGHING.search(before):
        return None  # ('bolt cutters weighing 5kg', 'the bear's stomach contents weighed')
    animals = [w for w in re.findall(r"[a-z]+", before.lower()) if w in ANIMALS]
    return animals[-1] if animals else None


def _measured_noun(before: str) -> str | None:
    """The noun a measure is told of before it ('a tailback of 14 kilometres':
    'tailback'), or None; not a word for a dimension or an amount ('at a depth of 2 km',
    'a total of 3 tonnes'), which any two measures may share."""
    m = _MEASURED_OF.search(before) or _MEASURED_VERB.search(before)
    noun = m.group(1).lower() if m else None
    return None if noun in _DIMENSIONS else noun


_DIMENSIONS = frozenset({
    "total", "average", "depth", "height", "altitude", "distance", "stretch", "radius",
    "length", "width", "breadth", "thickness", "diameter", "range", "area", "amount",
    "volume", "quantity", "weight", "sum", "maximum", "minimum", "peak", "record", "level",
    "further", "extra", "additional", "another", "estimated", "span", "section", "part",
    "portion", "zone", "perimeter", "cordon", "elevation", "speed", "rate"})


def _after_unit(toks: list[Token], end: int) -> str | None:
    """The phrase after a unit: '5 km of road' -> 'road'."""
    subj = subject_of(toks, end - 1, end)
    return subj.phrase
