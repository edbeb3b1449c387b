"""Numbers as written in news text: digits, number words, scales, bounds and ranges.

Finds every numeric expression of a sentence with its character span and turns it into
an interval.  Number words go through ``text2num`` ("Fifty-five" -> 55, "two million" ->
2000000); digits may carry thousands separators, decimals, a currency ("$3bn",
"€1.2 million"), a percent sign or word, and a scale word.

Qualifiers widen the value into an interval ``[low, high]`` (``None`` = unbounded):

=====================================  ===============================================
"at least 55", "55 or more"            [55, ∞)
"more than 50", "over 50"              (50, ∞)   (``low_open``)
"up to 80", "at most 80"               [0, 80]
"fewer than 80", "under 80"            [0, 80)   (``high_open``)
"nearly/almost 100"                    [100·(1-tol), 100)
"about/around/some 40"                 [40·(1-tol), 40·(1+tol)], tol = 0.1 by default
"about 48,000", "some 340"              ± one unit of the last written digit when that
                                       is narrower: [47,000, 49,000], [330, 350]
"75 to 100", "75-100", "between 75     [75, 100]
and 100"
"dozens", "hundreds", "thousands"      [24, ∞), [200, ∞), [2000, ∞)
"several/a few thousand"               [2000, 10000]
"half of", "a third of", "two-thirds   50 %, 33.3 %, 66.7 % give or take 3 points
of" (fractions of a whole)             ("more than half of": (50, ∞) %)
=====================================  ===============================================

>>> [(n.text, n.value, n.low, n.high) for n in find_numbers("At least 55 soldiers died.")]
[('At least 55', 55.0, 55.0, None)]
>>> [(n.text, n.value) for n in find_numbers("Fifty-five Cuban and Venezuelan soldiers")]
[('Fifty-five', 55.0)]
>>> [(n.text, n.unit, n.value) for n in find_numbers("a $3bn deal and 5.5% growth")]
[('$3bn', 'USD', 3000000000.0), ('5.5%', '%', 5.5)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from text_to_num import text2num

from newsdiff.claims.dates import YEAR
from newsdiff.claims.subjects import STOPWORDS

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "b": 1e9, "bln": 1e9,
           "mln": 1e6}
_WORD = rf"(?:(?:{'|'.join(_TENS)})(?:[-\u2010\u2011 ](?:{'|'.join(_UNITS[1:10])}))?|" \
        rf"{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
_WORDS = rf"(?:{_WORD}(?:\s+(?:and\s+)?(?:{_WORD}|hundred|thousand|million|billion))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d{2}\b)"  # ".85 cent"
_CURRENCY = {"us$": "USD", "$us": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
             "usd": "USD", "eur": "EUR", "gbp": "GBP", "c$": "CAD", "a$": "AUD"}
_CUR_RE = r"(?:(?:US\$|C\$|A\$|\$US|\$|€|£|¥) ?|USD ?|EUR ?|GBP ?)"
_SCALE_RE = (r"(?:[\s-]?(?:hundred|thousand|million|billion|trillion|bn|bln|mln)\b"
             r"|(?:mn|tn|m|k|b)\b)")
_PCT_RE = r"(?:\s?%|\s?(?:pc|pct)\b|\s(?:percent|per cent)\b)"
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                   "pounds": "GBP", "yen": "JPY", "rupees": "INR", "pesos": "MXN",
                   "bolivars": "VES", "roubles": "RUB", "rubles": "RUB", "yuan": "CNY",
                   "rand": "ZAR", "naira": "NGN", "zlotys": "PLN", "zloty": "PLN",
                   "forints": "HUF", "lira": "TRY", "lire": "ITL", "rupiah": "IDR",
                   "ringgit": "MYR", "baht": "THB", "shekels": "ILS", "francs": "francs",
                   "crowns": "crowns", "kronor": "SEK", "kroner": "kroner", "krona": "SEK",
                   "krone": "kroner", "dinars": "dinars", "dirhams": "dirhams",
                   "riyals": "riyals", "shillings": "shillings", "hryvnias": "UAH",
                   "guilders": "guilders", "escudos": "escudos",
                   "pesetas": "ESP", "drachmas": "GRD", "lei": "RON", "leva": "BGN"}
#: ... and their singulars that are currencies only joined to an amount by a hyphen and
#: before the sum's own noun ('a 15-million-crown emergency relief fund', 'a 20,000-franc
#: fine'; '2 crown titles', 'fake 500-rouble notes' (a face value) and 'a 3-crown bridge'
#: are no sums)
_SINGULARS = (r"(crown|rupee|peso|rouble|ruble|franc|dinar|dirham|riyal|shilling|shekel|"
              r"forint|hryvnia|guilder)")
_SUM_NOUNS = (r"fund|fine|package|grant|budget|deal|contract|loan|payout|settlement|bailout|"
              r"investment|programme|program|reward|bounty|ransom|subsidy|tax|levy|fee|prize|"
              r"bonus|compensation|donation|aid|pledge|award|scheme")
_JOINED_CURRENCY = re.compile(
    rf"[-\u2010\u2011]{_SINGULARS}\b(?=(?:\s+[a-z]+){{0,2}}?\s+(?:{_SUM_NOUNS}|bill)s?\b)",
    re.IGNORECASE)
#: ... or by a space, in lower case, when the sum's noun (or one for work paid for) follows
#: and no banknote or coin comes between ('a botched 5 million dinar makeover', 'a 3
#: million crown repair bill', 'a 5 million franc bill for repairs'; not '500 rouble
#: notes', 'a 20 franc bill', 'the 12 Crown Street project')
_SPACED_CURRENCY = re.compile(
    rf"\s+{_SINGULARS}\b(?=(?:\s+(?!(?:notes?|coins?|bills?|banknotes?)\b)[a-z]+){{0,2}}?"
    rf"\s+(?:{_SUM_NOUNS}|makeover|renovation|refurbishment|overhaul|upgrade|project|"
    r"facelift|(?:repairs?|clean[- ]?up|rebuilding|reconstruction)\s+bill|bill\s+for\s+"
    r"(?:the\s+)?(?:repairs?|clean[- ]?up|rebuilding|reconstruction))s?\b)")
_DOLLAR_NATIONS = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD",
                   "australian": "AUD"}
#: Currency words after a number ("25,000 crowns"), as one regex alternation.
_CURRENCY_WORD_RE = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))
#: a capitalised demonym before a currency word ('20 million Kestorian crowns')
_DEMONYM = r"(?-i:[A-Z][a-z]+(?:an|ese|ish|ic|i)|Swiss|Czech|Dutch)\s+"
#: the nations whose own currency a listed word names ('Indian rupees' are INR; 'Pakistani
#: rupees' and 'Egyptian pounds' are not)
_HOME = {("british", "GBP"), ("indian", "INR"), ("mexican", "MXN"), ("japanese", "JPY"),
         ("chinese", "CNY"), ("swedish", "SEK"), ("russian", "RUB"), ("turkish", "TRY"),
         ("polish", "PLN"), ("hungarian", "HUF"), ("thai", "THB"), ("israeli", "ILS"),
         ("ukrainian", "UAH"), ("nigerian", "NGN"), ("malaysian", "MYR"),
         ("indonesian", "IDR"), ("romanian", "RON"), ("bulgarian", "BGN"), ("greek", "GRD"),
         ("spanish", "ESP"), ("italian", "ITL"), ("venezuelan", "VES"), ("european", "EUR")}
#: Currency words after a number, a nation's dollars too ("4,000 US dollars") or another
#: nation's currency ("20 million Kestorian crowns"), or joined to it ("a 60,000-euro fine").
CURRENCY_TAIL = re.compile(
    r"(?:\s+|[-\u2010\u2011])(?:(?P<nation>US|U\.S\.|American|Canadian|Australian)\s+"
    rf"(?=dollars?\b)|(?P<demonym>{_DEMONYM})(?=(?:{_CURRENCY_WORD_RE})\b))?"
    rf"(?P<word>{_CURRENCY_WORD_RE})\b", re.IGNORECASE)


def currency_of(tail: re.Match[str]) -> str:
    """The currency code of a :data:`CURRENCY_TAIL` match; another nation's currency of a
    listed name is named by the nation ('Kestorian crowns', 'Egyptian pounds')."""
    nation, word = tail.group("nation"), tail.group("word").lower()
    if nation:
        return _DOLLAR_NATIONS[nation.lower()]
    code = _CURRENCY_WORDS[word]
    demonym = (tail.group("demonym") or "").strip().lower()
    if demonym and (demonym, code) not in _HOME:
        # another nation's currency of that name: 'Ostran dollars', 'Kenyan shillings'
        return f"{demonym} {code if code.islower() else word}"
    return code


#: the number of a sum in :data:`_MONEY_FRAME` and the scale word after it ('48.6 billion')
_SUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SUM_SCALE = r"[\s-]+(?:thousand|million|billion)"
#: a sum told by what it is ('a reward of 500,000 dravs', 'worth 48 million kora',
#: 'costing 140 million kalders', 'was fined 1,500 marks', 'set aside 2 million valds for
#: an emergency fund', 'a payment of 5,000 dalers', 'worth 2,500 Kestran dalers'): the word
#: after its number names a currency
_MONEY_FRAME = re.compile(
    r"\b(?:(?:reward|bounty|fund|fine|budget|salary|loan|ransom|bail|fee|compensation|"
    r"subsidy|bonus|levy|bill|damages|bribes?|debts?|price|cost|savings)\s+of|worth|"
    # ... one payment of a sum ('a payment of 5,000 dalers'; not 'the pensions of 30,000
    # miners', 'payouts of 300 victims')
    r"\b(?i:an?)\s+(?:[a-z]+-?[a-z]+\s+)?(?:payment|payout|voucher|pension|handout)\s+of|"
    r"valued\s+at|costing|embezzled|laundered|misappropriated|"
    # ... owed, whoever to ('the hospital owes Altessa 4.2 million dravs')
    r"(?:owed|owes|owing)(?:\s+[A-Z][a-z'\u2019-]*){0,3}|"
    r"(?:was|were|been|being|is|are)\s+fined|"  # a sum, not 'fined 12 protesters'
    # ... or a sum something is put at: 'estimated the cost of the strike at 310 million
    # dral', 'puts the damage in Ostrelko at 45 million talirs'
    r"(?:cost|costs|damage|bill|losses|compensation)\b[^.;\d]{0,60}?\bat)\s+"
    r"(?:(?:some|about|around|nearly|"
    r"almost|roughly|more\s+than|over|up\s+to|at\s+least|an\s+estimated|another|a\s+further|"
    rf"just|only)\s+)?{_SUM}(?:{_SUM_SCALE})?"
    # ... a demonym before the currency's word allowed ('worth 2,500 Kestran dalers')
    rf"[\s-]+(?:{_DEMONYM})?(?P<word>[a-z]{{3,}})\b(?!-)"
    # ... ending the sum's phrase: not 'costing 23 miners their lives', 'owed 1,200 workers
    # months of back pay'
    r"(?=\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:for|to|in|on|from|and|or|was|were|is|are|has|"
    r"had|will|would|that|which|into|as|by|per|each|apiece|a|an|the|over|after|since|said|at|"
    r"says)\b)"
    # ... or the sum's own noun after its word: 'a 48.6 billion kestar spending plan'
    rf"|\b{_SUM}{_SUM_SCALE}[\s-]+"
    r"(?P<before>[a-z]{3,})\s+(?:spending\s+plan|budget|bailout|contract|deal|fund|loan|"
    r"package|payout|settlement|fine|bill|investment|subsidy|grant)\b"
    # ... or sums paid to someone or for a time: 'monthly payments of 12,000 marek to 1.5
    # million households' (not 'the pensions of 30,000 miners')
    rf"|\b(?i:payments|payouts|handouts|pensions)\s+of\s+{_SUM}(?:{_SUM_SCALE})?\s+"
    r"(?P<paid>[a-z]{3,})\s+(?:to|for|a|an|per|"
    r"each|every)\b"
    # ... or a scaled sum set aside for something: 'set aside 2 million valds for an
    # emergency fund'
    rf"|\b(?:set\s+aside|earmarked)\s+{_SUM}{_SUM_SCALE}\s+"
    r"(?P<aside>[a-z]{3,})\s+for\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:fund|budget|package|programme|program|scheme|grant|"
    r"compensation|payments?|subsidy|subsidies|bailout|loans?|reserve)\b"
    # ... or a scaled sum someone was fined, named between commas: 'fine the channel's
    # owner, Halvard Media Group, 4.8 million dravs' (not 'a fine example of how 3 million
    # migrants', 'fined the bank, which has 4 million accounts')
    rf"|\bfined?\s+(?:[^.;\d,]{{1,40}},\s+){{1,2}}{_SUM}{_SUM_SCALE}\s+"
    r"(?P<fined>[a-z]{3,})\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|to|in|on|over|after|and|as)\b)")
#: words such a frame may hold that name no currency ('worth 12 per cent', 'costing 300
#: jobs', 'valued at 3 million shares', 'a fund of 10 million was set up', 'embezzled 2
#: million over five years', 'worth 2 million viewers'): the stopwords of subjects, and
#: things and people counted
_NO_CURRENCY = STOPWORDS | frozenset({
    "cents", "points", "point", "jobs", "lives", "people", "shares", "votes", "seats",
    "seconds", "tonnes", "tons", "barrels", "acres", "hectares", "units", "homes", "apiece",
    "viewers", "voters", "workers", "users", "customers", "members", "residents", "fans",
    "subscribers", "visitors", "passengers", "patients", "employees", "staff", "households",
    "families", "children", "pupils", "students", "some", "any", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "hour", "hours", "percent", "dollar", "euro",
    "pound", "yen", "thousand", "million", "billion", "trillion", "thousands", "millions",
    "billions", "sheep", "cattle", "goats", "cows", "camels", "animals", "head", "bags",
    "sacks", "kilos", "kilograms", "litres", "liters", "gallons", "cigarettes", "calories",
    "medals", "tickets", "meals"})


def report_currencies(text: str) -> dict[str, str]:
    """Currency words a report uses that the tables do not list, each form (singular and
    plural) with the unit it stands for: a word told after the number of a sum named as
    such ('a reward of 500,000 dravs': 'drav' and 'dravs' -> 'dravs'). The words of one
    report's text; a comparison reads those of all its reports in each of them (one event,
    one currency), and its extraction cache keys on them."""
    out: dict[str, str] = {}
    for m in _MONEY_FRAME.finditer(text):
        word = m.group("word") or m.group("before") or m.group("aside") or m.group(
            "paid") or m.group("fined")
        if m.group("before") and not (word.endswith("s") and m.group(0).endswith(
                "fine")) and not re.search(
                rf"\d(?:\s+(?:thousand|million|billion))?\s+{word}s\b", text):
            continue  # '300 million rescue package' names no currency; a currency is
            # also told in the plural after a number ('by 1.2 billion kestars'), or is
            # plural there ('a whopping 5 million dravs fine')
        if word in _NO_CURRENCY or word in _CURRENCY_WORDS or re.fullmatch(
                rf"(?:{COMPOUND_UNITS})s?", word):
            continue
        one = word[:-1] if word.endswith("s") and len(word) > 4 else word
        for form in (one, one + "s"):
            out.setdefault(form, one + "s")
    return out


def currency_after(after: str, extra: Mapping[str, str] | None = None, *,
                   spaced: bool = True) -> tuple[int, str] | None:
    """Where the currency word right after a number ends in ``after`` and its unit: a
    listed word (:data:`CURRENCY_TAIL`) or one of the report's own (``extra``:
    :func:`report_currencies`); a singular after a space (:data:`_SPACED_CURRENCY`) only
    with ``spaced`` (not after a year: 'the 1998 rouble crisis bailout')."""
    tail = CURRENCY_TAIL.match(after)
    if tail is not None:
        return tail.end(), currency_of(tail)
    joined = _JOINED_CURRENCY.match(after) or (_SPACED_CURRENCY.match(after) if spaced
                                                else None)
    if joined is not None:
        return joined.end(), _CURRENCY_WORDS[joined.group(1).lower() + "s"]
    if not extra:
        return None
    word = re.match(rf"(?:\s+|[-\u2010\u2011])(?:{_DEMONYM})?([a-z]{{3,}})\b", after)
    return (word.end(), extra[word.group(1)]) if word and word.group(1) in extra else None


_YEAR_LIKE = re.compile(YEAR)  # a number that may be a year ('the 1998 rouble')
_VAGUE = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0,
          "tens of thousands": 20000.0, "hundreds of thousands": 200000.0,
          "millions": 2e6, "billions": 2e9}
_FIXED = {"a dozen": 12.0, "half a dozen": 6.0, "a half-dozen": 6.0, "half-dozen": 6.0,
          "a hundred": 100.0, "a thousand": 1000.0,
          "a million": 1e6, "a billion": 1e9, "a couple of": 2.0, "a pair of": 2.0}

_FIXED_RE = "|".join(re.escape(k) for k in sorted(_FIXED, key=len, reverse=True))
#: Fractions of a whole, as percentages ("more than half of the schools", "a third of
#: voters"); said loosely, so each stands for its value give or take FRACTION_SLACK points.
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0,
              "thirds": 100 / 3, "quarters": 25.0, "fifths": 20.0}
#: single words that write a number or its scale or percent sign ('fifty', 'million',
#: 'dozens', 'per', 'cent'), for readers that must tell a figure's number from its noun
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES, *_FRACTIONS,
                          *(w for k in _VAGUE for w in k.split() if w != "of"),
                          "dozen", "percent", "per", "cent", "pct", "pc"])
_FRACTION_RE = (r"(?:a|one)[\s\-\u2010\u2011]+(?:third|quarter|fifth)|half"
                r"|(?:two|three|four)[\s\-\u2010\u2011]+(?:thirds|quarters|fifths)")
#: ... those told as a change ('by a third', 'by two-thirds'; not 'three quarters in a
#: row', a count of quarters)
_CHANGE_FRACTION_RE = (r"(?:a|one)[\s\-\u2010\u2011]+(?:third|quarter|fifth)|half"
                       r"|(?:two|three|four)[\-\u2010\u2011](?:thirds|quarters|fifths)")
FRACTION_SLACK = 3.0
#: a part of a scale word ('half a million', 'a quarter of a million'): that part of it
_PARTS_OF = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "quarters": 0.75, "thirds": 2 / 3}
_PART_OF_RE = (r"half|(?:a|one)[\s\-\u2010\u2011]+(?:quarter|third)"
               r"|three[\s\-\u2010\u2011]+quarters|two[\s\-\u2010\u2011]+thirds")
#: what may follow such a change: the sentence's end or a word that is no noun of its own
#: (review F: 'joined by a fifth player', 'cut by a quarter point' are no shares; 'fell by
#: a fifth to 52 percent' is told by its level)
_AFTER_CHANGE = re.compile(
    r"\s*(?:[,.;:)!?\u2014]|$)|\s+(?:in|on|since|from|over|after|last|this|compared|within|"
    r"between|at|during|and|but|as|while|when|until|before|with|for|against|amid|overnight|"
    r"yesterday|today|year-on-year|following|because|due|thanks|according)\b|"
    r"\s*[\u2013\u2026\"\u201d\u2019']", re.IGNORECASE)
_NOT_FRACTION = re.compile(r"\b(?:first|second|last|latter|former|other|top|bottom|back|"
                           r"front|upper|lower|better|bigger|larger|greater|the|this|that)"
                           r"\s+$", re.IGNORECASE)
#: Units of length and weight that 'a' counts once after a bound ('more than a metre of
#: snow', 'nearly a tonne'), each one figures.py's measure table knows in the singular; a
#: bare 'a metre' or 'an hour' is no figure
_ONE_UNIT = "metre|meter|kilometre|kilometer|mile|foot|inch|tonne|ton"
#: ... and an hour, a day, a week, a month or a year told as a length after a bound or
#: 'within' ('raged for more than an hour', 'in under an hour', 'tracked for more than a
#: week', 'pay it back within a month'; not 'an hour's drive', 'an hour and a half', 'about
#: an hour from Bellport', 'nearly an hour later', 'an hour into the flight', 'about an
#: hour north of', 'nearly a year ago', 'less than a year old', 'a year to the day', 'a
#: year on' (but 'met for nearly an hour on Thursday'), 'a day or two')
_SPAN_UNITS = "hour|day|week|month|year"
_ONE_SPAN = rf"(?:{_SPAN_UNITS})(?!['\u2019]s|\s+(?:and\s+(?:a\s+(?:half|quarter)|\S+\s+" \
    r"(?:minutes?|hours?|days?|weeks?|months?|years?))|later|earlier|from|away|ago|a|per|" \
    r"each|every|into|of|north|south|east|west|drive|walk|flight|ride|journey|old|or|" \
    r"to\s+the\s+day)\b|\s+on(?:\s+from\b|\s*(?:[,.;:]|$)))"
#: 'within' right before such a span ('within a month'), and the span's unit after 'a'
_WITHIN = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(rf"\s+(?:{_SPAN_UNITS})\b", re.IGNORECASE)
#: ... an hour before or after something, which tells when unless a verb of lasting comes
#: before it ('The siege lasted more than an hour before the gunman surrendered')
_HOUR_WHEN = re.compile(rf"\s+(?:{_SPAN_UNITS})\s+(?:before|after|since)\b", re.IGNORECASE)
_LASTING_BEFORE = re.compile(r"\b(?:lasted|lasting|last|for|took|taken|spent|raged|waited|"
                             r"went\s+on)\s+(?:(?:more|less|than|under|over|nearly|almost|about|"
                             r"around|just|some|up|to|well|no|roughly)\s+){1,3}$", re.IGNORECASE)
#: a group a number of men or women is the size of ('a four-man gang'; not 'a two-man
#: race', 'a three-man commission')
_GROUP_NOUN = r"(?:gang|team|crew|squad|unit|cell|patrol|band|group)\b"
#: Units a number is joined to by a hyphen ("six-metre", "16-storey"), as one alternation.
COMPOUND_UNITS = "day|week|month|year|hour|minute|mile|kilometre|kilometer|foot|metre|meter|" \
    "tonne|ton|kilogram|kilogramme|kilo|litre|liter|page|point|seat|member|game|storey|" \
    "story|floor"
#: units written right after the digits ('40km', '5kg'; case as written: '$21MM' is no
#: millimetres; '50km/h' a speed): the number ends before them; each is a unit figures.py
#: reads (_MEASURES, _SPEED)
_ATTACHED_UNIT = r"(?-i:km/h|km|kg|cm|mm|ft|mph|kph|mw|MW|C|F)(?![\w/'\u2019])"
_NUMBER = re.compile(
    # every reading below starts where no word character or hyphen comes before; saying so
    # once up front lets the engine pass over the inside of words at one test each
    rf"(?<![\w\-])(?:"
    # 'two dozen', '3 dozen': twelve each
    rf"(?P<doz>{_WORD}|\d{{1,2}})[\s\-\u2010\u2011]+dozen\b"
    rf"|(?<![\w\-.,/:])(?P<cur>{_CUR_RE})?(?P<num>{_DIGITS})(?P<scale>{_SCALE_RE})?"
    rf"(?P<pct>{_PCT_RE})?(?!(?!{_ATTACHED_UNIT})[\w/]|[.,:]\d)"
    rf"|(?<![\w\-])(?P<partof>{_PART_OF_RE})\s+(?:of\s+)?an?\s+"
    rf"(?P<partscale>thousand|million|billion|trillion)\b"
    # 'three-quarters of an hour', 'a quarter of an hour': that part of an hour
    rf"|(?<![\w\-])(?P<quarterhour>(?:a|one|three)[\s\-\u2010\u2011]+quarters?\s+of\s+an)"
    r"(?=\s+hour\b)"
    rf"|(?<![\w\-])(?P<frac>(?:{_FRACTION_RE})(?=\s+of\b)|(?:{_CHANGE_FRACTION_RE})(?![\w\-])"
    r"(?!\s+(?:an?|the|dozen)\b))"
    rf"|(?<![\w\-])(?P<sev>several|a\s+few)\s+(?P<sevscale>hundred\s+thousand|hundred|thousand|million)\b"
    rf"(?!\s+(?:thousand|million|billion)\b)"
    rf"|(?<![\w\-])(?P<fixed>{_FIXED_RE})\b"
    rf"|(?<![\w\-])(?P<one>an?)(?=\s+(?:{_ONE_UNIT}|{_ONE_SPAN})\b)"  # 'more than an hour'
    rf"|(?<![\w\-])(?P<halfone>half\s+an?)(?=\s+(?:{_ONE_UNIT}|hour)\b)"  # 'half a tonne / an hour'
    # 'a half-mile tunnel'
    rf"|(?<![\w\-])(?P<halfjoined>half)(?=[\-\u2010\u2011](?:{_ONE_UNIT})\b)"
    rf"|(?<![\w\-])(?P<vague>{'|'.join(sorted(_VAGUE, key=len, reverse=True))})\b"
    # 'a one-million-dollar bounty', 'a two-billion-euro deal': words and a scale joined
    # to what they count
    rf"|(?<![\w\-])(?P<hscale>{_WORD}[\-\u2010\u2011](?:hundred|thousand|million|billion))"
    rf"(?=[\-\u2010\u2011][a-z])"
    rf"|(?<![\w\-])(?P<words>{_WORDS})(?P<wpct>{_PCT_RE})?\b"
    # 'three-plus seasons'; 'a four-man gang', 'a four-strong gang' (subjects._sized_by; not
    # 'in four-man teams', the size of each, nor 'a two-man race')
    rf"(?![\-\u2010\u2011](?!(?:{COMPOUND_UNITS}|plus|strong)s?\b|(?:man|woman)\s+{_GROUP_NOUN})"
    r"\w))",
    re.IGNORECASE,
)
# Qualifiers written before the number, longest first; each maps to how it bounds it.
_BEFORE = {
    "at least": "min", "no fewer than": "min", "no less than": "min", "a minimum of": "min",
    "upwards of": "gt", "more than": "gt", "over": "gt", "above": "gt", "in excess of": "gt",
    "greater than": "gt", "exceeding": "gt", "well over": "gt", "just over": "gt",
    "up to": "max", "at most": "max", "no more than": "max", "a maximum of": "max",
    "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt", "just under": "lt",
    "nearly": "near", "almost": "near", "close to": "near", "just short of": "near",
    "about": "approx", "around": "approx", "some": "approx", "approximately": "approx",
    "roughly": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "approx.": "approx", "an approximate": "approx", "as many as": "max",
    "as much as": "max", "as few as": "min", "as little as": "min", "more or less": "approx",
}
#: the qualifiers that state a maximum ('up to 80', 'as many as 300') and a value approached
#: ('nearly 100'), for the readers that compare such figures
MAXIMUM_QUALIFIERS = frozenset(q for q, how in _BEFORE.items() if how == "max")
NEAR_QUALIFIERS = frozenset(q for q, how in _BEFORE.items() if how == "near")
#: every qualifier before a number, longest first, as a regex alternation
_BEFORE_WORDS = "|".join(re.escape(q) for q in sorted(_BEFORE, key=len, reverse=True))
_BEFORE_RE = re.compile(rf"\b(?P<q>{_BEFORE_WORDS})\s+$", re.IGNORECASE)
#: what a change by a share says before it ('fell by almost half', 'had cut its crane
#: maintenance staff by more than a third', 'a reduction of one quarter'; not 'followed by
#: a third', 'killed by a third', 'gathered by a quarter after nine': review of the change)
_CHANGED_BY = re.compile(
    r"(?:\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|cut|cuts|cutting|"
    r"dropped|drop|drops|climbed|climb|climbs|increased|increase|increases|decreased|reduced|"
    r"reduce|reduces|slashed|down|up|grew|grown|grow|shrank|shrunk|jumped|declined|plunged|"
    r"plummeted|soared|raised|lowered|lifted|boosted|surged|slumped|tumbled|sank|dipped|"
    r"expanded|contracted|higher|lower)\b(?:\s+\S+){0,10}\s+by|\b(?:reduction|cut|rise|"
    r"increase|drop|fall|decline|jump)\s+of)\s+"
    rf"(?:(?:{_BEFORE_WORDS})\s+)?$", re.IGNORECASE)
_PASSES_RE = re.compile(
    r"\b(?P<noun>toll|total|tally|number|count|figure|cases|infections|deaths)\s+"
    r"(?:(?:in\s+the\s+(?:city|country|region|province)|so\s+far|this\s+year|nationwide)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?P<q>passe[sd]|topp?e?d?|tops|exceed(?:s|ed)?|surpass(?:es|ed)?)\s+$", re.IGNORECASE)
#: ... where the counted thing passed something else ('the deaths ... passed 3 new laws'):
#: the nouns of cases and deaths, and a noun after the number
_PASSED_PEOPLE = frozenset({"cases", "infections", "deaths"})
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|by|for|after|as|according|this|last|mark|people|"
                         r"cases|infections|deaths|and|or|since)\b)[a-z]", re.IGNORECASE)
# A market move right before a number: "plunged $1.99 to $3.23" is a change and a level,
# not a range; "driving its yield up to 3.33 percent" is a level, not a bound.
_MOVE_BEFORE_RE = re.compile(
    r"\b(?:rose|rises?|fell|falls?|gained|gains?|lost|loses|shed|sheds|dropped|drops?|dipped|"
    r"dips?|jumped|jumps?|climbed|climbs?|slipped|slips?|declined|declines?|added|adds|"
    r"plunged|plunges?|tumbled|slid|eased|edged|advanced|surged|soared|sank|up|down|"
    r"decreasing|increasing|falling|rising|gaining|losing)\s+(?:by\s+)?$", re.IGNORECASE)
#: a change told from one value to another ('will climb from 30 per cent to 37 per cent',
#: 'raise royalties on copper from 5 percent to 9 percent'): two values, not a range
CHANGED_FROM = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
    r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|(?:go|goes|going|went|gone)\s+up|gr(?:ow|ows|ew|own)|"
    r"f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|"
    r"reduc(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"slash(?:es|ed|ing)?|doubl(?:e|es|ed|ing)|(?:go|goes|going|went|gone)\s+down)\b"
    r"[^.;:!?]{0,80}$", re.IGNORECASE)
_MOVE_UP_TO_RE = re.compile(
    r"(?:\b(?:driving|pushing|sending|taking|lifting|bringing)\s+(?:its|the|their)"
    r"(?:\s+[\w'\u2019-]+){1,6}?"  # 'pushing the tax bill for mining firms up to 35%'
    r"|\b(?:rose|climbed|jumped|moved|edged|ticked))\s+up\s+to\s+$", re.IGNORECASE)
_UNIT_IN_RE = re.compile(r"%|\bper\s*cent\b|\bpct\b|\bpoints?\b|\bcents?\b", re.IGNORECASE)


def _own_unit(currency: str | None, text: str) -> bool:
    """Whether a number carries its own unit ('1.2 percent', '$1.99'): after a move word,
    '<number with unit> to <number>' is a change and the level reached ('fell 1.2 percent
    to 10,500'), while 'rose 5 to 10 percent' (the unit shared) stays a range."""
    return bool(currency) or _UNIT_IN_RE.search(text) is not None


_AFTER_RE = re.compile(r"^(?:\s+|\s*-\s*(?=plus))(?P<q>or more|or so|or fewer|or less|plus)\b",
                       re.IGNORECASE)  # "three-plus seasons"
_AFTER = {"or more": "min", "plus": "min", "or so": "approx", "or fewer": "max",
          "or less": "max"}
_RANGE_RE = re.compile(rf"^(?P<sep>-to-|\s*[-\u2013\u2014]\s*|\s+to\s+|\s+and\s+|\s+or\s+)"
                       rf"(?P<cur>{_CUR_RE})?(?P<num>{_DIGITS}|{_WORDS})(?P<scale>{_SCALE_RE})?"
                       rf"(?P<pct>{_PCT_RE})?(?!(?!{_ATTACHED_UNIT})[\w/]|[.,:]\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A numeric expression of one sentence: offsets are into that sentence."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    qualifier: str | None = None
    unit: str | None = None
    words: bool = False
    vague: bool = False
    decimals: bool = False

    @property
    def is_range(self) -> bool:
        """True for "75 to 100" and the like (two numbers)."""
        return self.value is None


def parse_number_words(text: str) -> float | None:
    """The value of number words ("Fifty-five" -> 55.0) via text2num, or None.

    >>> parse_number_words("Thirty-two"), parse_number_words("two million")
    (32.0, 2000000.0)
    """
    cleaned = re.sub(r"[\u2010\u2011]", "-", text.lower()).strip()
    cleaned = re.sub(r"\s+", " ", cleaned)
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        # "twenty one" style sequences text2num may refuse: add parts as a fallback.
        return None


def _digits_value(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    if scale:
        value *= _SCALES[_scale_word(scale)]
    return value


def _scale_word(scale: str) -> str:
    """The word of a scale as :data:`_SCALES` keys it: '-million', ' bn' and 'million'
    after a no-break space (any white space) all read so."""
    return scale.strip().strip("-").lower()


def _several(scale: str) -> float:
    """The scale of 'several hundred thousand' (100,000)."""
    return math.prod(_SCALES[w] for w in scale.lower().split())


def _core_value(m: re.Match[str]) -> tuple[float | None, bool, bool]:
    """(value, written in words, vague plural)."""
    if m.group("doz"):
        count = m.group("doz")
        value = float(count) if count.isdigit() else parse_number_words(count)
        return (None if value is None else 12 * value), True, False
    if m.group("num"):
        return _digits_value(m.group("num"), m.group("scale")), False, False
    if m.group("sev"):  # 'several thousand': two thousand up to ten thousand
        return 2 * _several(m.group("sevscale")), True, True
    if m.group("partof"):  # 'half a million': 500,000
        part = re.split(r"[\s\-\u2010\u2011]+", m.group("partof").lower())[-1]
        return _PARTS_OF[part] * _SCALES[m.group("partscale").lower()], True, False
    if m.group("frac"):
        words = re.split(r"[\s\-\u2010\u2011]+", m.group("frac").lower())
        times = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(words[0], 1)
        return times * _FRACTIONS[words[-1]], True, False
    if m.group("fixed"):
        return _FIXED[m.group("fixed").lower()], True, False
    if m.group("one"):
        return 1.0, True, False
    if m.group("halfone") or m.group("halfjoined"):
        return 0.5, True, False
    if m.group("quarterhour"):
        return (0.75 if m.group("quarterhour").lower().startswith("three") else 0.25), True, False
    if m.group("hscale"):
        return parse_number_words(re.sub(r"[\-\u2010\u2011]", " ", m.group("hscale"))), True, False
    if m.group("vague"):
        return _VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())], True, True
    return parse_number_words(m.group("words")), True, False


def _longest_words(text: str) -> tuple[float, int] | None:
    """The value and length of the longest prefix of ``text`` that text2num accepts."""
    parts = list(re.finditer(r"\S+", text))
    for k in range(len(parts), 0, -1):
        if parts[k - 1].group().lower() == "and":
            continue
        value = parse_number_words(text[: parts[k - 1].end()])
        if value is not None:
            return value, parts[k - 1].end()
    return None


def _range_end(text: str) -> float | None:
    m = re.fullmatch(_DIGITS, text)
    if m:
        return float(text.replace(",", ""))
    return parse_number_words(text)


def find_numbers(sentence: str, *, tolerance: float = 0.1,
                 currencies: Mapping[str, str] | None = None) -> list[Number]:
    """Every numeric expression in ``sentence``, left to right, with its interval.

    ``tolerance`` is the relative width of "about/around/some" approximations (half of it
    for percentages: "about 55%" is 52.25-57.75); ``currencies`` are the report's own
    currency words (:func:`report_currencies`).
    """
    found: list[Number] = []
    pos = scan = 0
    while (m := _NUMBER.search(sentence, scan)) is not None:
        scan = max(m.end(), m.start() + 1)
        if m.start() < pos:
            continue
        core, words, vague = _core_value(m)
        start, end = m.start(), m.end()
        if m.group("frac") and _NOT_FRACTION.search(sentence[:start]):
            continue  # 'in the first half of the year', 'the third of five'
        if m.group("frac") and not re.match(r"\s+of\b", sentence[end:]) and (
                not _CHANGED_BY.search(sentence[:start]) or not _AFTER_CHANGE.match(
                    sentence, end)):
            continue  # a share is 'of' a whole or a change 'by' it ('fell by almost half',
            # 'climbed by almost a fifth'); not 'a third suspect', 'half the town',
            # 'followed by a third rise', 'by a quarter point', 'by a fifth to 52 percent'
        if m.group("one") and _BEFORE_RE.search(sentence[:start]) is None and not (
                _WITHIN.search(sentence[:start]) and _TIME_UNIT_AFTER.match(sentence, end)):
            continue  # 'a metre' is a figure only after a bound ('more than a metre'), a
            # span of time after 'within' too ('within a month')
        if m.group("one") and _HOUR_WHEN.match(sentence, end) and not _LASTING_BEFORE.search(
                sentence[:start]):
            continue  # 'less than an hour before kick-off' tells when (but 'lasted more
            # than an hour before the gunman surrendered' how long)
        if core is None and m.group("words"):
            longest = _longest_words(m.group("words"))
            if longest is None:
                continue
            core, end = longest[0], m.start("words") + longest[1]
            scan = min(scan, end)  # 'seven in one and six in the other': read on after 'one'
        if core is None:
            continue
        if m.group("num") and set(m.group("num")) == {"0"} and len(m.group("num")) > 1:
            continue  # the minutes of a clock ('6: 00 minutes remaining'), no count
        half = None if vague or any(m.group(g) for g in (
            "fixed", "one", "halfone", "quarterhour", "halfjoined", "partof", "frac", "pct",
            "wpct",
            "scale", "doz")) else re.match(
                r"\s+and\s+a\s+half\b(?:[\s-]+(hundred|thousand|million|billion)\b)?"
                r"(?!\s+times\b)", sentence[end:], re.I)
        if half and float(core).is_integer() and core < 1000:
            # "four and a half percentage points", "two and a half million people"
            scale = _SCALES[half.group(1).lower()] if half.group(1) else 1.0
            core, end = (core + 0.5) * scale, end + half.end()
        unit = None
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur").strip().lower()]
        if m.group("pct") or m.group("wpct") or m.group("frac"):
            unit = "%"
        decimals = bool(m.group("num") and "." in m.group("num")) or bool(half)
        low: float | None = core
        high: float | None = core
        value: float | None = core
        low_open = high_open = False
        qualifier = None
        if vague:
            high = None
            if m.group("sev"):
                high = 10 * _several(m.group("sevscale"))
        # ranges: "75 to 100", "75-100", "between 40 and 80", "from 40 to 80"
        rng = _RANGE_RE.match(sentence[end:])
        between = re.search(r"\b(between|from)\s+$", sentence[:start], re.IGNORECASE)
        if rng and not vague:
            sep = rng.group("sep").strip().lower()
            upper = _range_end(rng.group("num"))
            factor = _SCALES[_scale_word(rng.group("scale"))] if rng.group("scale") else 1.0
            # "$3bn-$4bn": both ends scaled; "$3-4bn": compared before the scale is shared
            above = None if upper is None else upper * factor if m.group("scale") else upper
            ok = above is not None and (
                sep in {"-", "\u2013", "\u2014", "to", "-to-"} and above > core
                or sep == "and" and between is not None and between.group(1).lower() == "between"
                or sep == "or" and above > core and above - core <= max(core, 10)
            ) and not (sep == "to" and _own_unit(m.group("cur"), sentence[start:end]) and (
                _MOVE_BEFORE_RE.search(sentence[:start]) or (
                    between is not None and CHANGED_FROM.search(
                        sentence[:between.start()])))) and not (
                sep == "to" and (m.group("pct") or m.group("wpct")) and not rng.group("pct"))
            # ('firmed about 2% to 31.5 per euro': a change, then a level of no percent)
            if ok and upper is not None:
                if not m.group("scale") and core < upper:  # "1 to 2 million", not
                    core = core * factor                   # "between 1,000 and 2 million"
                upper = upper * factor
                if rng.group("pct"):
                    unit = "%"
                if rng.group("cur") and unit is None:
                    unit = _CURRENCY[rng.group("cur").strip().lower()]
                low, high, value = min(core, upper), max(core, upper), None  # "between 80 and 40"
                end = end + rng.end()
                if between is not None:
                    start = between.start()
                    qualifier = between.group(1).lower()
        if value is not None:
            before = _BEFORE_RE.search(sentence[:start])
            after = _AFTER_RE.match(sentence[end:])
            passes = _PASSES_RE.search(sentence[:start])
            if passes is not None and not (passes.group("noun").lower() in _PASSED_PEOPLE
                                           and _NOUN_AFTER.match(sentence, end)):
                qualifier, how, start = passes.group("q").lower(), "gt", passes.start("q")
            elif before is not None and not _false_qualifier(before.group("q"), sentence, start):
                qualifier = before.group("q").lower()
                how = _BEFORE[qualifier]
                start = before.start("q")
            elif after is not None:
                qualifier = after.group("q").lower()
                how = _AFTER[qualifier]
                end = end + after.end()
            else:  # 'half a million' is said loosely, as 'about 500,000'
                how = "approx" if m.group("partof") else ""
            if m.group("frac") and not how:
                low, high = core - FRACTION_SLACK, core + FRACTION_SLACK  # 'a third': ~33%
            else:
                width = tolerance / 2 if unit == "%" else tolerance
                step = None if words or decimals or vague else _last_digit(core)
                low, high, low_open, high_open = _bounded(
                    core, how, width, low, high,
                    step=step if step is not None and step < width * core else None)
                if m.group("frac") and how == "near" and low is not None:  # 'almost a
                    low = min(low, core - FRACTION_SLACK)  # fifth' may be 17%
        if unit is None:
            tail = re.match(r"\s+(\w+)", sentence[end:])
            money = currency_after(sentence[end:], currencies, spaced=not _YEAR_LIKE.fullmatch(
                sentence[start:end]))
            if money:
                unit = money[1]
            elif tail and tail.group(1).lower() in {"cents", "cent", "pence", "paise"}:
                unit = "cents"
        if not all(math.isfinite(x) for x in (value, low, high) if x is not None):
            pos = end  # beyond a float's range (a 400-digit number): not a usable figure
            continue
        found.append(Number(start=start, end=end, text=sentence[start:end], value=value,
                            low=low, high=high, low_open=low_open, high_open=high_open,
                            qualifier=qualifier, unit=unit, words=words, vague=vague,
                            decimals=decimals))
        pos = end
    return found


# "a row over 41,300 rejected ballots": 'over' after a noun of dispute says what about
_ABOUT_OVER = re.compile(
    r"\b(?:row|rows|dispute|disputes|fight|anger|outrage|concerns?|fears?|worries|protests?|"
    r"clash(?:es)?|battle|talks|standoff|feud|uproar|furore|furor|controversy|scandal|"
    r"debate|questions|probe|inquiry|lawsuit|suit|deal|agreement)\s+over$", re.IGNORECASE)


# "40 hours over four days", "12 people over three weeks": 'over' after a figure spans time
_SPAN_OVER = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|"
                        r"hundred|thousand|million))[\d,.]*\s+[^\W\d_]+\s+over$", re.I)


def _false_qualifier(q: str, sentence: str, start: int) -> bool:
    """'over', 'under', 'some', 'above' and 'below' are often plain prepositions."""
    q = q.lower()
    if q in {"as much as", "as many as"}:  # 'Rents are twice as much as 10 years ago'
        return bool(re.search(r"\b(?:twice|times|thrice|half)\s+as\s+(?:much|many)\s+as\s+$",
                              sentence[:start], re.IGNORECASE))
    if q == "up to":
        return bool(_MOVE_UP_TO_RE.search(sentence[:start]))
    if q in {"over", "under", "above", "below"}:
        before = sentence[:start].rstrip()
        # "killed over 3 days", "under 18" is still a bound; "over the past 2" is not here.
        return bool(re.search(r"\b(took|taken|handed|turned|passed)\s+over$", before, re.I)
                    or _ABOUT_OVER.search(before) or (q == "over" and _SPAN_OVER.search(before)))
    return False


def _last_digit(core: float) -> float | None:
    """One unit of the last significant digit of a number of 100 or more written in digits
    with two or more significant ones ('about 48,000': 1,000; 'some 340': 10): an
    approximation is not looser than the digits it writes ('about 48,000' is not 'more
    than 50,000'), while a round number ('about 50,000') or a small one ('some 55') keeps
    the default width (None for those)."""
    if core < 100 or not float(core).is_integer():
        return None
    digits = str(int(core))
    significant = digits.rstrip("0")
    if len(significant) < 2:
        return None
    return float(10 ** (len(digits) - len(significant)))


def _bounded(
    core: float, how: str, tolerance: float, low: float | None, high: float | None, *,
    step: float | None = None,
) -> tuple[float | None, float | None, bool, bool]:
    """The interval of ``core`` under a qualifier; ``step``, when given, is the absolute
    width of an approximation in place of ``tolerance`` (:func:`_last_digit`)."""
    if how == "min":
        return core, None, False, False
    if how == "gt":
        return core, None, True, False
    if how == "max":
        return 0.0, core, False, False
    if how == "lt":
        return 0.0, core, False, True
    if how == "near":
        return (core - step if step else core * (1 - tolerance)), core, False, True
    if how == "approx":
        if step:
            return core - step, core + step, False, False
        return core * (1 - tolerance), core * (1 + tolerance), False, False
    return low, high, False, False
