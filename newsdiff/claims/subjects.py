"""What a number counts, by careful rules over the tokens of its sentence (no parser).

No English spaCy model installs offline here, so the counted noun phrase, the predicate
it stands in and the source a figure is attributed to come from rules:

* the noun phrase right after the number ("55 soldiers", "32 Cuban military personnel",
  "Fifty-five Cuban and Venezuelan soldiers"), skipping "more/other/additional", with a
  following "of/from" phrase ("32 members of its armed forces", "soldiers from Cuba and
  Venezuela");
* partitives: "Thirty-two of the dead were Cuban military personnel", "five of them
  admirals", "23 of its own"; copulas: "32 were Cuban and 23 Venezuelan";
* with no noun after the number, the nearest noun of a small list before it ("its dead at
  32", "the death toll rose to 55");
* nations: country names and demonyms in the phrase; failing that, the nations named
  before a reporting verb of the clause ("Cuba said 32 members ...", "Venezuela's military
  named 23 ..."), but never the agent of the event ("US forces killed 55 soldiers");
* the predicate: the event word nearest to the number (killed, died, dead, fallen ->
  "killed"; injured, wounded -> "injured"; arrested, detained; missing; displaced; on
  board), within the clause first, then the sentence.

>>> t = "Cuba said 32 members of its armed forces died in the assault."
>>> s = subject_of(tokenize(t), 10, 12)
>>> (s.phrase, s.predicate, s.source)
('Cuban members of armed forces', 'killed', 'Cuba')
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from babel import Locale

from newsdiff.claims.nations import nation_code
from newsdiff.claims.speakers import is_role

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019.\-][^\W\d_]+)*|\d[\d,.]*\d|\d|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """A token of a sentence with its offsets in the sentence."""

    text: str
    start: int
    end: int

    @cached_property
    def low(self) -> str:  # read many times per token by the clause and predicate rules
        return self.text.lower().replace("\u2019", "'")

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Subject:
    """The counted phrase, its predicate and source, as found by the rules."""

    phrase: str | None
    predicate: str | None
    source: str | None
    np_end: int | None = None


def tokenize(text: str) -> list[Token]:
    """Word, number and punctuation tokens with offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def clause_from(text: str, start: int) -> str:
    """``text`` from ``start`` to the end of its clause ('was convicted of fraud in 2019'
    of 'Darrow, who was convicted of fraud in 2019, set fire to the warehouse')."""
    end = _CLAUSE_END.search(text, start)
    return text[start:end.start() if end else len(text)]


_CLAUSE_END = re.compile(r"[,;:.!?]")


EVENTS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed",
    "died": "killed", "die": "killed", "dies": "killed", "dead": "killed", "death": "killed",
    "deaths": "killed", "fallen": "killed", "fatalities": "killed", "perished": "killed",
    "slain": "killed", "toll": "killed", "lives": "killed", "bodies": "killed",
    "slaughtered": "killed", "massacred": "killed", "murdered": "killed",
    "butchered": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "injuring": "injured", "wounding": "injured", "maimed": "injured",
    "arrested": "arrested", "detained": "arrested", "arrests": "arrested",
    "jailed": "arrested", "detentions": "arrested", "imprisoned": "arrested",
    "custody": "arrested",
    "missing": "missing", "disappeared": "missing", "unaccounted": "missing",
    "displaced": "displaced", "evacuated": "displaced", "homeless": "displaced",
    "fled": "displaced", "flee": "displaced", "fleeing": "displaced",
    "evacuation": "displaced", "emigration": "displaced",
    "emigrated": "displaced", "emigrants": "displaced",
    "trapped": "trapped", "buried": "trapped", "stranded": "trapped",
    "aboard": "on board", "passengers": "on board", "onboard": "on board",
    "boarded": "on board",
    "rescued": "rescued", "plucked": "rescued", "saved": "rescued",
    "treated": "hospitalised", "hospitalised": "hospitalised", "hospitalized": "hospitalised",
    "ill": "ill", "sick": "ill", "sickened": "ill", "illness": "ill", "sickness": "ill",
    "freed": "freed", "released": "freed", "hostages": "held",
    "held": "held", "captured": "captured", "seized": "seized",
    "marched": "took part", "protested": "took part", "rallied": "took part",
    "attended": "took part", "demonstrated": "took part", "gathered": "took part",
    "massed": "took part", "flocked": "took part", "converged": "took part",
    "thronged": "took part",
    # officers sent to a raid: 'An army of 2,000 riot cops swooped at 4am' (not 'deployed':
    # 'About 200 officers were deployed' beside 'More than 250 officers flooded the area')
    "swooped": "took part",
    "turnout": "took part", "crowd": "took part", "crowds": "took part",
    "voted": "voted", "crossed": "crossed",
    # places the police go through: 'searched 23 premises', 'raided more than 30 properties'
    "searched": "searched", "raided": "searched",
    # people sent back over a border ('deported 140 migrants'; 'pushed back', 'returned':
    # _event_at)
    "deported": "sent back", "deportations": "sent back",
    "rejected": "rejected", "invalid": "rejected", "invalidated": "rejected",
    "spoiled": "rejected", "discarded": "rejected", "disqualified": "rejected",
}
_REPORTING = {
    "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces",
    "listed", "lists", "named", "names", "published", "publishes", "counted", "counts",
    "put", "puts", "gave", "gives", "confirmed", "confirms", "claimed", "claims",
    "estimated", "estimates", "estimate", "stated", "added", "acknowledged", "recorded",
    "registered", "tallied", "declared", "insisted", "according", "honouring", "honoring",
    "released", "valued", "values", "measured", "given",
}
_AGENT_VERBS = {"killed", "kill", "kills", "killing", "wounded", "injured", "shot", "struck",
                "hit", "bombed", "attacked", "arrested", "detained", "captured", "seized",
                "executed", "slew", "murdered", "massacred", "raided", "detaining",
                "arresting", "deported"}
_STOP = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those",
    "its", "their", "his", "her", "our", "my", "your", "it", "they", "he", "she", "we", "you",
    "i", "them", "him", "us", "is", "are", "was", "were", "be", "been", "being", "had", "has",
    "have", "having", "do", "does", "did", "will", "would", "could", "should", "may", "might",
    "must", "can", "not", "no", "so", "if", "when", "while", "after", "before", "since",
    "until", "into", "over", "under", "about", "across", "through", "during", "per", "each",
    "every", "all", "both", "also", "only", "just", "still", "more", "most", "less", "least",
    "other", "another", "such", "there", "here", "where", "up", "down", "out", "off", "then",
    "including", "among", "between", "against", "within", "without", "around", "near",
    "according", "because", "what", "how", "why", "whether", "either", "neither", "nor",
    "yet", "now", "ago", "later", "earlier", "again", "once", "very", "too", "own", "same",
    "said", "says", "say", "told", "reported", "percent", "cent", "times", "time",
    "last", "next", "first", "second", "year", "years", "day", "days", "week", "weeks",
    "month", "months", "hours", "hour", "minutes", "old", "aged",
    # verbs that follow a count ('2,100 came from Lenka'), never what it counts
    "came", "come", "comes", "went", "go", "goes", "lived", "live", "fled", "stayed",
    "arrived", "going",
    # times, never what is counted ('rose to 22 overnight')
    "overnight", "today", "yesterday", "tonight", "tomorrow",
} | set(EVENTS) | _REPORTING
_SKIP = {"more", "other", "additional", "further", "extra", "fewer", "new", "such", "separate",
         "different", "of"}
_INVARIANT = {"people", "personnel", "police", "children", "men", "women", "staff", "crew",
              "dead", "cattle", "sheep", "fish", "aircraft", "youth", "media",
              "public", "clergy", "infantry", "cavalry", "militia", "press", "government",
              "wounded", "injured", "missing", "deer", "series", "offspring", "data"}
_TAKE = {"took", "take", "takes", "taking", "taken"}  # "120,000 people took part"
#: what people "joined" when they took part ("30,000 joined the march", not "the wing")
_GATHERINGS = {"march", "marches", "protest", "protests", "rally", "rallies", "demonstration",
               "demonstrations", "strike", "strikes", "vigil", "procession", "crowd", "crowds",
               "search", "manhunt"}  # ('280 soldiers ... joined the search')
_LOOKBACK = {"crowd", "dead", "toll", "deaths", "casualties", "fatalities", "total", "number",
             "figure", "count", "tally", "injured", "wounded", "killed", "arrested",
             "missing", "turnout", "unemployment", "inflation", "rate", "price", "cost",
             "budget", "deficit", "growth", "population", "majority", "share", "score",
             "revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "loss",
             "losses", "debt", "spending", "funding", "aid", "salary", "pay", "wages", "yield",
             "tax", "taxes", "tariff", "tariffs", "levy", "royalty", "royalties"}
#: ... and words looked back to only from a number a verb says they reached ('Confirmed
#: cases passed 5,000', 'infections climbed to 212'; not 'in all the cases appeared between
#: six and eleven days')
_LOOKBACK_REACHED = frozenset({"cases", "infections"})
_REACHED = frozenset({"passed", "topped", "exceeded", "surpassed", "reached", "hit"})


def _subject_of_verb(toks: list[Token], k: int, first: int) -> bool:
    """The word at ``k`` is the subject of the verb of reaching before the number at
    ``first``: right before it, or before a place and an auxiliary ('Confirmed cases in the
    city have passed 5,000'; not 'In several cases the waiting list topped 1,500')."""
    verb = first if toks[first].low in _REACHED else first - 1
    if toks[verb].low == "to":
        verb -= 1
    between = [t.low for t in toks[k + 1:verb]]
    while between and between[-1] in {"have", "has", "had", "now", "already"}:
        between.pop()
    return not between or (between[0] in {"in", "across", "at"} and len(between) <= 4)


#: words before a verb spelt like a noun of :data:`_LOOKBACK` ('will pay corporate tax at
#: 35 per cent'): with an object after it, that word is no subject
_VERB_BEFORE = {"will", "would", "must", "could", "should", "can", "may", "might", "to",
                "also", "shall"}
_VOTE_VERBS = {"backed", "supported", "opposed", "abstained", "voted", "approved",
               "rejected", "endorsed"}
#: common nouns that name a source ('police said', 'officials estimated')
_SOURCE_NOUNS = {"police", "officials", "official", "authorities", "government", "ministry",
                 "organisers", "organizers", "spokesman", "spokeswoman", "spokesperson",
                 "sources", "witnesses", "doctors", "unions", "union", "army", "military",
                 "agency", "bureau", "company", "firm", "bank", "council", "court", "hospital",
                 "officers", "investigators", "prosecutors", "experts", "analysts", "media",
                 "rescuers", "paramedics", "medics", "activists", "residents", "state",
                 "mayor", "minister", "governor", "president", "chief", "director",
                 "commissioner", "commission", "committee", "federation", "association",
                 "authority", "department", "embassy", "office", "operator", "regulator",
                 "inspectorate", "watchdog", "coroner", "survey", "census", "service",
                 "services", "navy", "customs", "spokesmen", "administration", "brigade",
                 "directorate", "institute", "board", "coastguard", "guard", "prosecutor",
                 "inspector", "ombudsman", "observatory", "monitor", "secretariat",
                 "club", "league", "charity", "airline", "exchange", "lawyer", "attorney",
                 "counsel", "insurer",
                 # bodies of people ('the festival trust put the figure at about 600')
                 # (not 'campaign', 'group': 'organisers from the Taps for All campaign
                 # said' are the organisers)
                 "trust", "society", "foundation", "coalition", "alliance", "organisation",
                 "organization", "party"}
_NUMBER_OF = {"number", "total", "count"}  # 'the number of pupils who fell ill rose to 463'
_CLAUSE_BREAK = {";", ":", "while", "whereas", "but", "although", "though", "whilst"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
           "wednesday", "thursday", "friday", "saturday", "sunday"}
_CAP_STOP = {"the", "a", "an", "of", "in", "on", "at", "and", "but", "some", "about",
             "nearly", "almost", "around", "at least", "more", "over", "only", "all",
             "according", "after", "before", "since", "by", "from", "with", "as", "it",
             "they", "he", "she", "we", "this", "that", "these", "those", "there"}


STOPWORDS = frozenset(_STOP)


def _is_word(t: Token) -> bool:
    return t.text[:1].isalpha()


def _plural(t: Token) -> bool:
    w = t.low
    if w.endswith(("'s", "\u2019s")):
        return False  # a possessive: "the car giant's staff" counts staff
    if w in _INVARIANT or w.endswith("men"):
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _content(t: Token) -> bool:
    if not _is_word(t):
        return False
    if t.cap:  # Title Case headlines capitalise verbs and event words too
        return t.low not in _MONTHS and t.low not in _CAP_STOP and t.low not in EVENTS \
            and t.low not in _REPORTING
    return t.low not in _STOP and (not t.low.endswith("ly") or t.low in _NOT_ADVERBS)


#: words in -ly that are no adverbs: part of a noun phrase ('2,000 tonnes of deadly chemicals')
_NOT_ADVERBS = frozenset({"deadly", "costly", "elderly", "friendly", "lonely", "lovely",
                          "holy", "ugly", "oily", "burly", "lowly", "unruly", "orderly",
                          "sickly", "weekly", "monthly", "daily", "yearly", "quarterly",
                          # ... and nouns in -ly ('a 25-year supply contract', 'the
                          # 120-seat national assembly'; not 'rally': 'a 5,000-strong
                          # rally' is a crowd of people)
                          "supply", "family", "assembly", "ally", "reply", "anomaly",
                          "monopoly", "jelly", "belly", "lily", "gully", "folly", "homily",
                          "bully", "butterfly", "dragonfly", "firefly"})


#: what is done to lives that are not lost ('endangered the lives of fourteen fishermen')
_LIVES_AT_RISK = frozenset({"endangered", "endangering", "endanger", "endangers", "risked",
                            "risking", "risk", "threatened", "threatening", "threaten",
                            "saved", "saving", "save", "protect", "protecting", "protected",
                            "jeopardised", "jeopardized", "imperilled", "imperiled"})
#: who a vessel or vehicle carries ('carrying 41 crew members', 'carried 60 passengers')
_ABOARD_PEOPLE = frozenset({"crew", "passengers", "people", "persons", "members", "sailors",
                            "seamen", "migrants", "pilgrims", "tourists", "children",
                            "pupils", "students", "soldiers", "troops", "workers", "miners",
                            "fishermen", "refugees", "personnel", "adults", "staff",
                            "scientists", "researchers", "officers", "marines", "divers"})
#: events whose counts are of people ("23 killed", "11 still held", "170 on board")
PERSON_EVENTS = frozenset({"killed", "injured", "arrested", "missing", "displaced", "rescued",
                           "freed", "held", "still held", "on board", "hospitalised",
                           "trapped"})
#: ... and what a bare count does that makes it people ('120,000 had taken part', 'At
#: least 13,000 crossed the bridge')
_DONE_BY_PEOPLE = PERSON_EVENTS | {"took part", "crossed"}
_EVENT_ADJ = {"fallen", "dead", "wounded", "injured", "missing", "killed", "slain"}
_GENERIC_NOUNS = {"dead", "wounded", "injured", "missing", "killed", "victims", "fallen",
                  "casualties", "fatalities", "deaths", "bodies"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen", "dozen", "dozens", "hundreds",
                 "thousands", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                 "eighty", "ninety", "hundred", "thousand", "million", "half"}
_MORE = {"more", "additional", "further", "extra", "new", "other"}


#: verbs that end a noun phrase of a mass noun, which _plural does not end ('80cm of snow
#: fell', '40 kilometres of coastline lie smothered'); no word that is also a plural noun
#: ('three interest rate rises')
_VERB_AFTER_NOUN = frozenset({"fell", "lay", "lie", "rose", "covered", "poured", "spilled",
                              "leaked", "included", "includes"})


def _participle_after(toks: list[Token], i: int, noun: Token) -> bool:
    """A participle right after a lower-case noun ends its phrase when no noun follows it
    ('2,000 litres of the rotgut stacked in their barn', 'nine tonnes of cod found on
    board'); not one inside a compound ('one rocket propelled grenade launcher'), not a
    noun in -eed ('wind speed')."""
    t = toks[i]
    return not noun.cap and not t.cap and (
        (t.low.endswith("ed") and len(t.low) > 4 and not t.low.endswith("eed"))
        or t.low in _IRREGULAR_AFTER_NOUN) and not (
        i + 1 < len(toks) and _content(toks[i + 1]))


#: irregular participles that end a noun phrase as the regular ones in -ed do (not those
#: that are also nouns after a noun: 'a pay cut', 'a budget hit', 'a warning shot')
_IRREGULAR_AFTER_NOUN = frozenset({
    "taken", "given", "held", "seen", "found", "brought", "sent", "kept", "made", "caught",
    "thrown", "driven", "flown", "hidden", "stolen", "sold", "bought", "built", "known"})


def _glued_noun(toks: list[Token], last: int) -> bool:
    """A lower-case noun joined to a number of a thousand or more by a hyphen ('a
    60,000-dorin fine'; not 'a 5,000-strong crowd'); units and currencies so joined are
    read before this. Smaller numbers so joined mostly tell the kind of the next noun, one
    of several ('a 45-yard field goal', 'the 12-nation trade deal'), not a quantity told."""
    number = toks[last].text.replace(",", "") if last + 2 < len(toks) else ""
    if not re.fullmatch(r"\d+(?:\.\d+)?", number) or float(number) < 1000:
        return False
    dash, word = toks[last + 1], toks[last + 2]
    return dash.text in {"-", "\u2010", "\u2011"} and dash.start == toks[last].end and (
        word.start == dash.end) and _is_word(word) and not word.cap and _content(word) and (
        word.low != "strong")


def _read_np(toks: list[Token], i: int, limit: int = 5, *,
             joined: bool = False) -> tuple[list[Token], int]:
    """Tokens of a noun phrase starting at ``i`` (with inner "and"); and the next index.
    With ``joined``, a mass noun joined by "and" to another takes it along ('2,400 tonnes of
    food and medical supplies' are no tonnes of food alone)."""
    np: list[Token] = []
    while i < len(toks) and len(np) < limit:
        t = toks[i]
        if joined and t.low in {"and", "&"} and np and not np[-1].cap:
            other = _joined_noun(toks, i + 1)
            if other is not None:
                return np + [t] + toks[i + 1:other], other
            break
        if t.low in _SKIP - {"of"} and not np:
            if t.low in _MORE and i + 1 < len(toks) and (
                    _content(toks[i + 1]) or toks[i + 1].low in _GENERIC_NOUNS):
                np.append(t)  # "18 additional cases" is not "149 cases"
            i += 1
            continue
        if (t.low in _EVENT_ADJ and i + 1 < len(toks) and _content(toks[i + 1])
                and not toks[i + 1].cap):
            np.append(t)  # "24 fallen personnel"
            i += 1
            continue
        if (t.low in {"and", "&"} and np and np[-1].cap and i + 1 < len(toks)
                and toks[i + 1].cap and _content(toks[i + 1])):
            np.append(t)
            i += 1
            continue
        # 'nine of the 11 counts', 'eight criminal counts': charges, not a verb of counting
        charges = t.low == "counts" and i > 0 and (_is_number(toks[i - 1]) or bool(np))
        if not charges and not _content(t) or t.low in {"remain", "remains", "remained"} or (
                np and (t.low in _VERB_AFTER_NOUN or _participle_after(toks, i, np[-1])
                        or _past_verb(toks, i))) or (
                not np and (t.low in _VOTE_VERBS or _past_verb(toks, i) or (
                    t.low in _TAKE and i + 1 < len(toks) and toks[i + 1].low == "part"))):
            break  # "17 remain missing", "214 backed the bill", "120,000 took part": a verb
        np.append(t)
        i += 1
        if not t.cap and _plural(t):
            break
    return np, i


def _joined_noun(toks: list[Token], k: int) -> int | None:
    """The end of one or two lower-case words at ``k`` that a clause boundary or a
    preposition follows ('of food and medical supplies for', 'of rock and mud onto'; two
    only when the second is a plural): a noun joined by "and" to the one before; None when
    the words run on ('of drinking water and employs 4,000', 'of pine and scrubland
    lost', 'of petrol and diesel sold in')."""
    for end in (k + 1, k + 2):
        words = toks[k:end]
        if len(words) < end - k or any(
                not _content(w) or w.cap or w.low.endswith("ed") or w.low in _AFTER_JOINED
                or _is_number(w) or w.low in _NUMBER_WORDS for w in words):
            return None
        if (end == len(toks) or toks[end].low in _AFTER_JOINED) and (
                end == k + 1 or _plural(words[-1])):
            return end  # two words end in a plural ('medical supplies'; not 'diesel sold')
    return None


#: what may follow a noun joined by "and" to another: the clause's end or a preposition
_AFTER_JOINED = frozenset({",", ".", ";", ":", "for", "to", "in", "on", "from", "at", "into",
                           "onto", "worth", "with", "across", "over", "by", "aboard", "and"})

#: words that follow a verb, never a noun that a number counts: '13,000 crossed the bridge',
#: '19 closed early on Monday', '25 reopened on Monday'
_AFTER_VERB = {"the", "a", "an", "into", "their", "its", "his", "her", "our", "back", "out",
               "early", "late", "on", "at", "overnight", "yesterday", "today", "again",
               "immediately", "within", "until", ",", ".", ";"}


def _past_verb(toks: list[Token], i: int) -> bool:
    """A past tense right after a number, followed by an object or a path ('At least 13,000
    crossed the Tessen Bridge'): a verb, not what is counted (event words stay subjects:
    '40 wounded in the blast')."""
    t = toks[i]
    return (t.low.endswith("ed") and _participle(t) and t.low not in EVENTS
            and t.low not in _GENERIC_NOUNS and i + 1 < len(toks)
            and toks[i + 1].low in _AFTER_VERB)


def _read_pp(toks: list[Token], i: int) -> tuple[list[Token], int]:
    """An "of/from ..." phrase after the head: "of its armed forces", "from Cuba and Venezuela"."""
    if i >= len(toks) or toks[i].low not in {"of", "from"}:
        return [], i
    out: list[Token] = [toks[i]]
    j = i + 1
    while j < len(toks) and toks[j].low in {"the", "its", "their", "his", "her", "a", "an"}:
        j += 1
    while j < len(toks) and len(out) < 6:
        t = toks[j]
        if t.low in {"and", "&"} and len(out) > 1 and j + 1 < len(toks) \
                and _content(toks[j + 1]) and toks[j + 1].low not in _NUMBER_WORDS:
            out.append(t)
            j += 1
            continue
        if not _content(t) or _is_number(t):
            break  # 'pupils from fourteen schools': another count, not this one's place
        out.append(t)
        j += 1
        if not t.cap and _plural(t):
            break  # 'from the schools fell ill': the verb after the noun is no part of it
    if len(out) == 1:
        return [], i
    return out, j


def _words(tokens: list[Token], title_case: bool = False) -> list[str]:
    """Phrase words: lower case except names (in Title Case text, except nations)."""
    def keep(t: Token) -> bool:
        if not t.cap or t.low in EVENTS or t.low in _GENERIC_NOUNS or t.low in _INVARIANT:
            return False
        return not title_case or nation_code(t.text) is not None or t.text.isupper()

    return [t.text if keep(t) else t.low for t in tokens]


def _clause(toks: list[Token], at: int) -> tuple[int, int]:
    """Token range of the clause around index ``at`` (split at ; : while but ...)."""
    lo = at
    while lo > 0 and toks[lo - 1].low not in _CLAUSE_BREAK:
        lo -= 1
    hi = at
    while hi < len(toks) and toks[hi].low not in _CLAUSE_BREAK:
        hi += 1
    return lo, hi


_FORWARD_SKIP = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be",
                 "still", "also", "now", "later", "reportedly", "allegedly", "then", "since",
                 "all", "remain", "remained", "remains", "initially", "officially"}


_STILL = {"still", "being", "remain", "remains", "remained"}


def _held(toks: list[Token], k: int) -> bool:
    """'held' or 'holding' as captivity still going on: 'are still being held', 'still
    holding 11 people', 'They still hold at least 14 vessels', 'rebels holding nine
    foreign tourists' (not 'held a rally', 'holding talks'; 'hostages held' counts all;
    not what police hold for questioning, a fund holds or a party holds)."""
    word = toks[k].low
    still = any(toks[j].low in _STILL for j in range(max(0, k - 2), k))
    if word in {"holding", "hold", "holds"} and (
            still or (word == "holding" and k > 0 and toks[k - 1].low in _CAPTORS)):
        j = k + 1
        while j < min(len(toks), k + 4) and toks[j].low in _LEADS_NUMBER - {"the", "an"}:
            j += 1  # 'holding about a dozen ships', not 'made it hold up'
        if j < len(toks) and _is_number(toks[j]):
            return True
    return word in {"held", "holding"} and still  # 'whom the rebels are still holding'


#: those who hold captives ('Pirates holding about a dozen ships')
_CAPTORS = frozenset({"rebels", "gunmen", "kidnappers", "pirates", "militants", "captors",
                      "hijackers", "jihadists", "insurgents", "abductors", "separatists",
                      "militia", "militiamen", "group", "gang"})


#: signs that open an amount: 'released €8 million' frees no one
_MONEY_SIGNS = frozenset("$€£¥₹")


def _amount_after(toks: list[Token], k: int) -> bool:
    """Whether an amount of money opens right after the word at ``k`` ('released €8m')."""
    return k + 1 < len(toks) and toks[k + 1].text[:1] in _MONEY_SIGNS


#: what is released that is no one freed: 'figures released by the ministry'
_RELEASED_THINGS = {"figures", "data", "statistics", "numbers", "report", "reports",
                    "statement", "list", "results", "estimates", "documents", "records",
                    "details", "video", "footage", "images", "tally", "count", "findings"}
#: verbs after which 'alive' tells a rescue: 'pulled alive from the rubble', 'found alive'
_BROUGHT = {"pulled", "found", "brought", "dug", "taken", "got", "gotten", "carried",
            "rescued", "recovered", "lifted", "hauled", "plucked"}


#: what follows 'toll' when it is a charge for a road or bridge, not a death toll ('toll
#: booths', 'the toll increase'); and what comes before such a toll ('protest against
#: the toll', 'motorway toll')
_ROAD_TOLL_AFTER = frozenset({
    "booth", "booths", "plaza", "plazas", "road", "roads", "gate", "gates", "lane", "lanes",
    "increase", "increases", "hike", "hikes", "charge", "charges", "fee", "fees", "operator",
    "operators", "collection", "system", "price", "prices", "revenue", "revenues",
    "motorway", "highway", "bridge", "tunnel", "rate", "rates", "regime", "scheme"})
_ROAD_TOLL_BEFORE = frozenset({"road", "motorway", "highway", "bridge", "tunnel", "against",
                               "pay", "pays", "paying", "paid", "congestion"})


def _road_toll(toks: list[Token], k: int) -> bool:
    """The 'toll' at ``k`` is a charge for a road, bridge or tunnel: a noun of such a
    charge after it, or a road or 'against'/'pay' before it ('the motorway toll'; not
    'the new toll stands at 43')."""
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    j = k - 1
    while j >= 0 and toks[j].low in {"the", "a", "its", "their"}:
        j -= 1
    return after in _ROAD_TOLL_AFTER or (j >= 0 and toks[j].low in _ROAD_TOLL_BEFORE)


#: verbs that take the sick and the hurt 'to the hospital'
_TAKEN_TO = frozenset({"admitted", "taken", "rushed", "flown", "brought", "airlifted",
                       "transferred", "sent", "carried", "driven", "ferried", "evacuated",
                       "transported", "hospitalised", "hospitalized"})


def _event_at(toks: list[Token], k: int) -> str | None:
    """The event the word at ``k`` stands for, if any: 'released' is no freeing after
    what is published ('figures released by'), 'alive' is a rescue after a verb of
    bringing out ('were pulled alive'), and 'the dead of night' kills no one."""
    low = toks[k].low
    if low == "dying":  # 'people are dying every day', not 'a dying industry', 'dying to see'
        return "killed" if k > 0 and toks[k - 1].low in _BE and not (
            k + 1 < len(toks) and toks[k + 1].low == "to") else None
    if low == "alive":  # 'were found alive', 'were pulled out alive'
        j = k - 2 if k > 1 and toks[k - 1].low in {"out", "up", "free"} else k - 1
        return "rescued" if j >= 0 and toks[j].low in _BROUGHT else None
    if low in {"carrying", "carried"}:  # 'a submarine carrying 41 crew members'
        j = _word_after_leads(toks, k)
        return "on board" if j + 1 < len(toks) and _is_number(toks[j]) and toks[
            j + 1].low in _ABOARD_PEOPLE else None
    if low == "caught":  # 'were caught in the slide', not 'police caught three men'
        return "trapped" if k > 0 and toks[k - 1].low in {"were", "was", "been", "being",
                                                          "are", "is"} else None
    if low == "dead" and 0 < k < len(toks) - 2 and toks[k - 1].low == "the" and (
            toks[k + 1].low == "of") and toks[k + 2].low in {"night", "winter"}:
        return None  # 'in the dead of night'
    if low in {"dead", "deceased"} and k > 1 and toks[k - 1].low == "as" and any(
            t.low in _MARKED_AS for t in toks[max(0, k - 4):k - 1]):
        return None  # 'had wrongly flagged them as dead': a record, no death
    if low in _HOSPITAL_WORDS:  # 'were rushed to hospital', 'are in hospital'
        j = k - 1
        while j > 0 and k - j <= 4 and toks[j].cap and toks[j].text[:1].isalpha():
            j -= 1  # 'admitted to Stelgrad County Hospital', 'taken to the Royal London ...'
        if j < k - 1:  # a named hospital: taken to it (nurses 'in' one work there)
            if j > 0 and toks[j].low == "the":
                j -= 1
            return "hospitalised" if toks[j].low == "to" else None
        if j > 1 and toks[j].low == "the":  # 'admitted to the hospital' (nurses 'in the
            # hospital' work, donors 'went to the hospital to donate blood')
            return "hospitalised" if toks[j - 1].low == "to" and toks[
                j - 2].low in _TAKEN_TO else None
        return "hospitalised" if j >= 0 and toks[j].low in {"to", "in"} else None
    if low == "lives" and k > 2 and toks[k - 2].low in {"for", "to"} and toks[k - 3].low in {
            "fighting", "fight", "fought", "clinging", "cling"}:
        return "critical"  # 'are fighting for their lives': no toll ('claimed 12 lives')
    if low == "lives" and k > 1 and toks[k - 1].low in {"the", "their"} and toks[
            k - 2].low in _LIVES_AT_RISK:
        return None  # 'endangered the lives of fourteen fishermen', 'saved the lives of'
    if low == "lives" and k > 2 and toks[k - 2].low == "for" and toks[k - 1].low in {
            "their", "his", "her", "our", "my", "your"}:
        return None  # '4,000 terrified visitors ran for their lives', 'sent fleeing for their
        # lives': they fled, no one died (but 'fighting for their lives': above)
    if low == "fallen" and k + 1 < len(toks) and toks[k + 1].low in {"ill", "sick"}:
        return None  # '137 people had fallen ill': no one died
    if low == "toll" and _road_toll(toks, k):
        return None  # 'the twenty-four toll booths', 'protest against the toll'
    if low == "critical" and k + 1 < len(toks) and toks[k + 1].low == "condition":
        return "critical"  # 'in critical condition': some of those in hospital
    if low == "admitted" and k > 0 and toks[k - 1].low in _BE:
        nxt = [t.low for t in toks[k + 1:k + 7]]
        if nxt[:1] == ["to"]:  # 'were admitted to the city's two hospitals' (not 'to the new
            # school on Hospital Road', 'to the wards on open day')
            place = list(itertools.takewhile(lambda w: w not in _PLACE_ENDS, nxt[1:6]))
            return "hospitalised" if _CARE_PLACES.intersection(place) else None
        if nxt[:1] == ["for"] and nxt[1:2] in (["treatment"], ["observation"], ["surgery"]):
            return "hospitalised"  # 'were admitted for treatment'
        if (not nxt or nxt[0] in {",", ".", ";", "and", "with", "overnight"}) and any(
                t.low in _HOSPITAL_WORDS for t in toks[:k]):
            return "hospitalised"  # 'Hospital officials said 17 people had been admitted'
            # (not 'admitted the charges', '12 errors were admitted by staff', '12 breaches
            # were admitted during the inquiry', 'Only 40 journalists were admitted, a
            # hospital spokesman said')
        return None
    if low == "treatment" and k > 0 and toks[k - 1].low == "hospital":
        back = list(itertools.takewhile(lambda t: t.text not in {",", ";"} and not _is_number(
            t), reversed(toks[max(0, k - 5):k - 1])))
        return None if any(t.low in _REFUSED for t in back) else "hospitalised"  # 'Only
        # three passengers required hospital treatment' (not 'Six passengers refused
        # hospital treatment', 'None of the 40 passengers needed hospital treatment')
    if low in {"hauled", "carted", "dragged", "rounded"} and k + 1 < len(toks) and toks[
            k + 1].low in ({"up"} if low == "rounded" else {"off", "away"}) and not (
            k + 2 < len(toks) and toks[k + 2].low == "to"):
        return "arrested"  # 'were hauled off', 'were rounded up' ('rounded up to 15' is not)
    if low in {"homes", "home"}:  # 'driven from their homes', 'turfed out of their homes'
        return "displaced" if k > 1 and toks[k - 1].low in {"their", "his", "her"} and (
            toks[k - 2].low == "from" or (toks[k - 2].low == "of" and k > 2
                                          and toks[k - 3].low == "out")) else None
    if low == "streets":  # 'poured onto the streets', 'took to the streets'
        return "took part" if k > 1 and toks[k - 1].low == "the" and toks[k - 2].low in {
            "to", "onto", "into"} else None
    if low == "released":
        j = k - 1
        if j > 0 and toks[j].low in {"was", "were", "been", "being"}:
            j -= 1  # 'the figures were released'
        elif j > 0 and toks[j].text == ",":
            j -= 1  # "The broadcaster's audience figures, released on Wednesday, showed"
        if j >= 0 and toks[j].low in _RELEASED_THINGS:
            return None
        j = k + 1
        while j < len(toks) and toks[j].low in _DETERMINERS | {"new", "further"}:
            j += 1  # 'released a video'
        if _amount_after(toks, k) or (j < len(toks) and toks[j].low in _RELEASED_THINGS):
            return None  # 'has released €8 million in emergency funding', 'released figures'
    if low in {"detaining", "arresting"}:  # 'detaining 264 people', not 'the arresting
        return "arrested" if _count_object(toks, k) else None  # officers'
    if low == "back" and k > 0 and toks[k - 1].low in _SENT_BACK:
        # 'had been pushed back to Dalmoria', 'migrants handed back' (not 'Riot police
        # pushed back 2,000 protesters from the gates': 'pushed' and 'forced' back over a
        # border or to a place)
        if _count_object(toks, k):  # 'sent back 300 defective units', 'turned back 200
            # cars', 'pushed back 2,000 protesters' (but 'pushed back 300 migrants')
            return "sent back" if any(t.low in _SENT_PEOPLE for t in toks[k + 2:k + 7]) else None
        to_place = k + 2 < len(toks) and toks[k + 1].low == "to" and toks[k + 2].cap and (
            toks[k + 2].low not in _CALENDAR)
        return "sent back" if toks[k - 1].low not in {"pushed", "forced"} or to_place or any(
            t.low in {"border", "across", "frontier"} for t in toks[k + 1:k + 6]) else None
    if low == "returned":  # 'returned 96 of the migrants to Dalmoria', 'were returned to
        # Dalmoria' (not 'returned to work', 'the strikers returned', 'returned fire',
        # '41 MPs were returned to Parliament', 'returned 96 of the rifles to the armoury')
        if k > 0 and toks[k - 1].low in _BE:
            return "sent back" if k + 2 < len(toks) and toks[k + 1].low == "to" and toks[
                k + 2].cap and toks[k + 2].low not in _ELECTED_TO | _CALENDAR and any(
                t.low in _SENT_PEOPLE for t in toks[max(0, k - 5):k]) else None
        return "sent back" if _count_object(toks, k) and any(
            t.low in _SENT_PEOPLE for t in toks[k + 2:k + 7]) and any(
            t.low == "to" for t in toks[k + 2:k + 9]) else None
    if (strike := _on_strike(toks, k)) is not None:
        return strike
    if low == "scaled":  # 'About 340 migrants scaled the border fence' (not 'scaled back',
        # 'scaled the hull with ladders')
        return "crossed" if any(t.low in {"fence", "fences", "wall", "walls", "border",
                                          "barrier"} for t in toks[k + 1:k + 5]) else None
    if low == "across" and k > 1 and toks[k - 1].low in {"got", "get", "gets", "getting"} and (
            _is_number(toks[k - 2]) or (k > 2 and _is_number(toks[k - 3])) or (
                toks[k - 2].low == "who" and k > 2 and toks[k - 3].low in _NUMBER_OF)):
        return "crossed"  # '500 people got across', 'the number who got across' (not
        # 'Those who got across were taken to a centre built for 480 people')
    if low in {"searched", "raided"} and not (k > 0 and toks[k - 1].low in _BE):
        j = k + 1
        while j < len(toks) and toks[j].low in _LEADS_NUMBER - {"the", "a", "an"}:
            j += 1
        if j < len(toks) and not _is_number(toks[j]) and (
                toks[j].low in _DETERMINERS or _content(toks[j])):
            return None  # 'More than 40 rescuers searched the wreck': they searched
    return EVENTS.get(low)


_BE = {"were", "was", "been", "being", "are", "is"}
#: verbs that send people back where they came from, before 'back'
_SENT_BACK = frozenset({"pushed", "sent", "handed", "turned", "forced", "shipped"})
#: those a state returns where they came from ('returned 96 of the migrants to Dalmoria')
_SENT_PEOPLE = frozenset({"migrants", "refugees", "people", "asylum", "nationals",
                          "prisoners", "deportees", "citizens", "men", "women", "children",
                          "them", "detainees", "seekers", "foreigners", "families"})
#: days and months, no place one is sent back to ('pushed back to Monday')
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "january", "february", "march", "april", "may", "june",
                       "july", "august", "september", "october", "november", "december"})
#: where those 'returned to' are elected, not sent
_ELECTED_TO = frozenset({"parliament", "congress", "assembly", "senate", "westminster",
                         "office", "power"})
#: those who walk out on strike
_WORKERS = frozenset({"workers", "employees", "staff", "members", "doctors", "nurses",
                      "teachers", "drivers", "handlers", "screeners", "miners", "dockers",
                      "dockworkers", "pilots", "controllers", "operators", "technicians",
                      "cleaners", "porters", "crews", "paramedics", "strikers", "workforce",
                      "firefighters", "lecturers", "academics", "journalists", "midwives",
                      "clerks", "guards", "servants", "officials"})


def _on_strike(toks: list[Token], k: int) -> str | None:
    """Taking part in a strike, told by what the strikers did ('1,800 workers walked out',
    'downed tools', 'stopped work', 'are on strike', 'did not report for work'), or being
    at work through one ('21,000 employees reported for duty'); None for other words."""
    low, prev = toks[k].low, toks[k - 1].low if k > 0 else ""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    after = toks[k + 2].low if k + 2 < len(toks) else ""
    if (low, prev) in {("out", "walked"), ("away", "stayed")} or (
            (low, prev) == ("off", "walked") and (nxt, after) == ("the", "job")):
        # those who walked out, a word for workers before the verb (not 'walked out of
        # court', 'The seven officers held inside walked out unharmed', 'the remaining five
        # walked out at 4 p.m.', 'about 300 customers walked out without paying'); 'walked
        # out on strike', 'on Monday' (not 'walked out on their employers')
        on_what = nxt == "on" and (after in _CALENDAR | {"strike", "a", "an"} or (
            k + 2 < len(toks) and _is_number(toks[k + 2])))
        return "took part" if (nxt not in {"of", "through", "with", "on", "unharmed"}
                               or on_what) and _workers_before(toks, k - 1) else None
    if (low, prev) in {("tools", "downed"), ("work", "stopped")}:
        # (not 'Around 200 rescuers stopped work overnight because of the storm')
        return "took part" if _workers_before(toks, k - 1, also={"people"}) else None
    if low == "strike" and prev == "on" and nxt not in {"action", "ballot", "vote", "talks",
                                                         "pay"}:
        return "took part"  # 'were on strike' (not 'on hunger strike', 'balloted on strike
        # action')
    if low in {"report", "reported", "turn", "turned"} and nxt in {"for", "up"} and any(
            t.low in {"duty", "work"} for t in toks[k + 1:k + 4]):
        return "took part" if any(_negates(t) for t in toks[max(0, k - 3):k]) else "at work"
    return None


def _negates(t: Token) -> bool:
    """A word that denies the verb after it ('did not', "didn't", 'never', 'failed to')."""
    return t.low in {"not", "never", "failed", "refused", "fail", "refuse"} or t.low.endswith(
        ("n't", "n\u2019t"))


def _workers_before(toks: list[Token], verb: int, *,
                    also: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a word for workers is the subject of the verb at ``verb``, past auxiliaries,
    adverbs and 'who' ('1,800 workers briefly walked out', 'members who had walked out')."""
    j = verb - 1
    while j > 0 and (toks[j].low in {"had", "have", "has", "all", "then", "also", "who",
                                     "that"} or toks[j].low.endswith("ly")):
        j -= 1
    return j >= 0 and (toks[j].low in _WORKERS or toks[j].low in also)


def _count_object(toks: list[Token], k: int) -> bool:
    """Whether a count follows the verb at ``k`` as its object ('detaining 264 people')."""
    j = _word_after_leads(toks, k)
    return j < len(toks) and _is_number(toks[j])


def _word_after_leads(toks: list[Token], k: int) -> int:
    """The index of the first word after ``k`` past the words that lead a number ('carrying
    about 230': '230'; the twin of :func:`_word_before_count`)."""
    j = k + 1
    while j < len(toks) and toks[j].low in _LEADS_NUMBER:
        j += 1
    return j


#: where those admitted are cared for ('admitted to the regional hospital')
_HOSPITAL_WORDS = frozenset({"hospital", "hospitals"})
_CARE_PLACES = _HOSPITAL_WORDS | {"infirmary", "clinic", "clinics", "intensive"}
#: words that turn treatment down or say none was needed
_REFUSED = frozenset({"refused", "declined", "rejected", "turned", "without", "no", "not",
                      "never", "avoided", "spurned", "didn't", "denied", "none", "nobody",
                      "neither", "offered", "refusing", "declining"})
#: where the place after 'admitted to' ends ('to the new school on Hospital Road', 'to the
#: stadium before the hospital charity match')
_PLACE_ENDS = frozenset({"on", "in", "at", "near", "by", ",", "of", "before", "after", "for",
                         "with", "during", "and", "as", "following", "where"})
_DETERMINERS = {"the", "a", "an", "their", "his", "her", "its", "our", "this", "that", "these",
                "those"}


def _forward_event(toks: list[Token], last: int) -> str | None:
    """The event verb that follows the number's noun phrase in its own clause: "17 are still
    missing", "164 were plucked from the sea" (before the nearest event word of the
    sentence, which in "34 perished and 17 are still missing" is the wrong one)."""
    found = _forward_event_at(toks, last)
    return None if found is None else found[1]


def _forward_event_at(toks: list[Token], last: int) -> tuple[int, str] | None:
    """Where :func:`_forward_event` finds its event, and the event."""
    k = last + 1
    seen = 0
    aboard: tuple[int, str] | None = None
    while k < len(toks) and seen < 8:
        t = toks[k]
        ev = _event_at(toks, k)
        if ev is not None and _done_to_another(toks, k):
            return None  # 'Three gunmen killed 12 people': the 12 are killed, not the three
        if ev == "hospitalised" and (care := _put_in_care(toks, last, k)):
            return care, "critical"  # 'were being treated in its intensive care unit'
        if ev == "on board" and t.low == "passengers" and (
                (befell := _event_at(toks, k + 1) if k + 1 < len(toks) else None)
                in _BEFALLS_PASSENGERS) and (w := _word_before_count(toks, last)) >= 0 and (
                toks[w].low == "with") and (k + 2 >= len(toks) or toks[k + 2].text in {
                    ",", ".", ";"} or toks[k + 2].low in {"and", "in", "on", "at", "after"}
                    or toks[k + 2].low.endswith("ly")):
            return k + 1, str(befell)  # 'ended, with 19 passengers killed' (not 'a bus
            # with 52 passengers injured three pedestrians')
        if ev == "on board" and t.low == "passengers" and aboard is None and not (
                _carried_before(toks, last)):
            # the counted noun itself: what befell them may follow ('91 passengers were
            # rescued alive', '40 passengers were killed'), else they were on board (and
            # are when a vehicle carries them: 'a plane carrying about 230 passengers
            # crossed the runway')
            aboard = k, ev
            k += 1
            seen += 1
            continue
        if ev is not None and not (t.low == "held" and ev == "held"):
            return aboard if aboard is not None and ev not in _BEFALLS_PASSENGERS else (k, ev)
        if t.low in {"did", "do", "does", "had"} and k + 2 < len(toks) and toks[
                k + 1].low in {"not", "n't"} and (strike := _on_strike(toks, k + 2)):
            return k + 2, strike  # '640,000 workers did not report for work'
        if _negates(t) and k + 1 < len(toks) and (strike := _on_strike(toks, k + 1)):
            return k + 1, strike  # "didn't report for work", 'never reported for work'
        if t.low in {"went", "go", "goes", "gone", "stayed", "stay", "failed", "fail",
                     "refused", "refuse"}:
            for j in (k + 1, k + 2):  # '8,000 miners went on strike', 'stayed away',
                if j < len(toks) and (strike := _on_strike(toks, j)):  # 'failed to report'
                    return j, strike
        if _held(toks, k):
            return k, "still held"
        if t.low == "board" and toks[k - 1].low == "on":
            return k, "on board"
        if t.low == "part" and toks[k - 1].low in _TAKE:
            return k, "took part"
        if t.low in _IN_CARE_VERBS and (care := _put_in_care(toks, last, k)):
            return care, "critical"  # 'two remain in intensive care', 'were moved to
            # intensive care', '14 were being treated in its intensive care unit' (not
            # 'five adults in intensive care and two newborns')
        if t.low == "joined" and any(x.low in _GATHERINGS for x in toks[k + 1:k + 4]):
            return k, "took part"
        if t.low == "to" and k + 1 < len(toks) and toks[k + 1].low in _HOSPITAL_WORDS:
            k += 1
            continue  # 'were taken to hospital'
        if _in_name(toks, k):
            k += 2
            continue
        if (aside := _aside_end(toks, k)) is not None:
            k = aside  # 'about 400 soldiers, many of them from Ostrevo, refused orders'
            continue
        if (listed := _list_end(toks, k)) is not None:
            k = listed  # 'About 280 soldiers, police officers and mountain rescue
            continue  # volunteers joined the search'
        if _ends_clause(t):
            return aboard
        if k == last + 1 and t.low == "more" and k + 1 < len(toks) and (
                toks[k + 1].low in _FORWARD_SKIP or _event_at(toks, k + 1) is not None
        ) and not _to_a_total(toks, k):
            k += 1  # 'Dozens more were hurt', 'Three more died overnight'
            continue
        if not (_content(t) or t.low in _FORWARD_SKIP
                or t.low in {"on", "of", "the", "its", "their"} or t.low.endswith("ly")):
            return aboard
        k += 1
        seen += 1
    return aboard


#: what may befall passengers, told after them ('were rescued', 'were killed'); other
#: events keep them what they were, on board ('30,000 passengers were left stranded')
_BEFALLS_PASSENGERS = frozenset({"killed", "injured", "hospitalised", "rescued", "missing",
                                 "ill", "critical", "held", "freed"})


#: those who work in intensive care ('Fifty nurses were moved to intensive care')
_CARERS = frozenset({"nurses", "doctors", "staff", "medics", "surgeons", "paramedics",
                     "specialists", "volunteers", "beds", "ventilators", "ambulances",
                     "machines", "units"})


def _put_in_care(toks: list[Token], last: int, k: int) -> int:
    """Where 'in/to intensive care' right after ``k`` ends, when the count ending at
    ``last`` is no one who works there (0 if not; see :func:`_intensive_care_after`)."""
    return 0 if any(x.low in _CARERS for x in toks[last + 1:k]) else _intensive_care_after(
        toks, k)


def _intensive_care_after(toks: list[Token], k: int) -> int:
    """Where 'in/to (a determiner or a name's) intensive care' right after ``k`` ends (0 if
    not, or when a time before which or until which they were there follows: 'had been in
    intensive care before being moved')."""
    i = k + 1
    if i >= len(toks) or toks[i].low not in {"in", "to"}:
        return 0
    i += 1
    while i < len(toks) and i <= k + 4 and toks[i].low != "intensive" and (
            toks[i].low in _DETERMINERS or toks[i].low.endswith(("'s", "\u2019s"))
            or toks[i].low in {"'s", "\u2019s"} or toks[i].cap):
        i += 1  # 'in an intensive care unit', 'in the hospital's intensive care unit'
    if i + 1 >= len(toks) or (toks[i].low, toks[i + 1].low) != ("intensive", "care"):
        return 0
    after = toks[i + 2].low if i + 2 < len(toks) else ""
    after = toks[i + 3].low if after == "unit" and i + 3 < len(toks) else after
    return 0 if after in {"before", "until", "till"} else i + 1


#: verbs right before 'in/to intensive care' that put the count there
_IN_CARE_VERBS = frozenset({"were", "was", "are", "is", "remain", "remains", "remained",
                            "still", "being", "now", "taken", "admitted", "moved",
                            "transferred", "rushed", "flown", "treated", "kept",
                            "placed", "lying"})


def _carried_before(toks: list[Token], last: int) -> bool:
    """Whether the number ending at ``last`` is told as what something carries ('carrying
    about 230', 'with 52')."""
    k = last
    while k >= 0 and (_is_number(toks[k]) or toks[k].low in _LEADS_NUMBER):
        k -= 1
    return k >= 0 and toks[k].low in _CARRYING


_CARRYING = frozenset({"carrying", "carried", "carries", "carry", "with", "had", "has",
                       "have", "aboard"})


#: words that open an aside between commas after a count's phrase ('About 40 passengers,
#: including three children, were rescued'; 'More than 300 soldiers, police officers and
#: volunteers, backed by four helicopters, took part in the search')
_ASIDE_OPENERS = frozenset({"backed", "supported", "aided", "accompanied", "including",
                            "many", "most", "mostly", "some", "among", "both", "all"})


def _aside_end(toks: list[Token], k: int) -> int | None:
    """Where an aside that opens at the comma ``k`` ends (after its closing comma), or None
    when no such aside opens there."""
    if toks[k].text != "," or k + 1 >= len(toks) or toks[k + 1].low not in _ASIDE_OPENERS:
        return None
    for j in range(k + 2, min(len(toks), k + 16)):
        if toks[j].text in {";", ":", ".", "(", ")"}:
            return None
        if toks[j].text == ",":
            return j + 1
        if toks[k + 1].low in _PART_OPENERS and (toks[j].low in _BE or _past_verb(toks, j)
                                                  or _event_at(toks, j) is not None):
            return None  # a clause of its own: 'About 200 residents, many fled on foot, ...'
    return None


#: aside openers that may also open a clause of their own ('many fled', 'some were hurt')
_PART_OPENERS = frozenset({"many", "most", "some", "all", "both"})


def _list_end(toks: list[Token], k: int) -> int | None:
    """Where a list of nouns that goes on from the comma ``k`` reaches its 'and' (the index
    after it): ', police officers and' of '300 soldiers, police officers and volunteer
    rescuers'; None when no such list goes on there."""
    if toks[k].text != ",":
        return None
    for j in range(k + 1, min(len(toks), k + 6)):
        t = toks[j]
        if t.low == "and":
            return j + 1 if j > k + 1 else None
        if not _is_word(t) or t.cap or t.low in _FORWARD_SKIP or t.low in _DETERMINERS or (
                _past_verb(toks, j) or t.low.endswith("ed")):
            return None
    return None


def _ends_clause(t: Token) -> bool:
    """A mark, a joining word or another number: what a count's own clause ends at."""
    return t.text in {",", ";", ":", "(", ")"} or _is_number(t) or t.low in {
        "and", "while", "but", "whereas"}


def _doer(toks: list[Token], last: int) -> bool:
    """The first event after a count's phrase is one it does to another count
    (:func:`_done_to_another`): the count is the doer."""
    for k in range(last + 1, min(len(toks), last + 9)):
        if _ends_clause(toks[k]):
            return False  # 'killed 37 people and injured more than 100': 37 were killed
        if _event_at(toks, k) is not None:
            return _done_to_another(toks, k)
    return False


def _in_name(toks: list[Token], k: int) -> bool:
    """An ordinal in a name ('of the 7th Infantry Battalion'): no count of its own."""
    return toks[k].text.isdigit() and k + 2 < len(toks) and toks[k + 1].low in {
        "st", "nd", "rd", "th"} and toks[k + 2].cap


def _done_to_another(toks: list[Token], k: int) -> bool:
    """The event verb at ``k`` is active and a number follows it as its object ('About 150
    officers searched 23 premises'): the event is the object's, not the doer's."""
    if toks[k].low not in _AGENT_VERBS | {"searched"} or (k > 0 and toks[k - 1].low in _BE):
        return False
    return _count_object(toks, k)


def _number_of_at(toks: list[Token], first: int) -> int | None:
    """Where 'the number of' opens the clause of a number it gives ('The number of guards
    killed in the attack has risen to four'), within 25 words before it; none when two
    events stand between ('The number of people killed remains unclear after a crush
    that injured 14': the 14 are the injured)."""
    lo, _ = _clause(toks, first)
    at = next((k for k in range(first - 2, max(lo, first - 25) - 1, -1)
               if toks[k].low in _NUMBER_OF and toks[k + 1].low == "of"), None)
    if at is None or len({ev for k in range(at + 2, first)
                          if (ev := _event_at(toks, k)) is not None}) > 1:
        return None
    return at


def _event_of_number_of(toks: list[Token], first: int) -> str | None:
    """The event told of what 'the number of' counts ('The number of presidential guards
    killed in Thursday's attack has risen to four after a wounded corporal died': killed,
    not the nearer 'wounded')."""
    at = _number_of_at(toks, first)
    if at is None:
        return None
    return next((ev for k in range(at + 2, first) if (ev := _event_at(toks, k)) is not None),
                None)


def _event_before_of(toks: list[Token], first: int) -> str | None:
    """The event noun a number is 'of': 'the evacuation of about 340 patients', 'net
    emigration of some 390,000 people', 'the body of a 74-year-old man'."""
    k = _word_before_count(toks, first, _LEADS_NUMBER)
    if k > 1 and toks[k].low == "of" and toks[k - 1].low == "body" and toks[k - 2].low in {
            "the", "a"} and any(t.low.endswith("old") for t in toks[first:first + 4]):
        return "killed"  # 'The body of a 74-year-old man was found' (an age: not 'a body
        # of 30 experts')
    j = _word_before_count(toks, first, _LEADS_NUMBER - {"the", "a", "an"})
    if j < 1 or toks[j].low != "of":
        return None
    return _event_at(toks, j - 1)


#: verbs of the police falling on someone ('swooped on a 23-year-old')
_SWOOP = frozenset({"swooped", "swoop", "swoops", "swooping", "pounced"})
#: ... the people they do so on (not 'three addresses', '12 properties')
_SWOOPED_PEOPLE = frozenset({"men", "women", "man", "woman", "people", "suspects", "suspect",
                             "youths", "teenagers", "members", "dealers", "gang", "boys",
                             "brothers", "others"})
#: ... and the police who do so
_POLICE_WORDS = frozenset({"police", "cops", "officers", "detectives", "agents", "squad",
                           "gardai", "constables", "investigators"})


def _predicate(toks: list[Token], first: int, last: int) -> str | None:
    """The event a count stands in: the one after its phrase, else one it is 'of', else the
    nearest of its clause, else of the sentence."""
    found = _forward_event_at(toks, last)
    if found is not None and (both := _either(toks, found[0])) is not None:
        return both  # 'were killed or maimed': both, neither alone
    if found is not None:
        k, forward = found
        if toks[k].low in _EVENT_ADJ and (later := _forward_event_at(toks, k)) is not None \
                and later[1] == "killed":
            return "killed"  # 'two injured workers died', 'two of the injured died': dead
        if forward == "on board" and toks[k].low == "passengers" and (
                done := _done_before(toks, first)) is not None:
            return done  # 'The crash killed 12 passengers', 'Crews rescued 45 passengers'
        return forward
    if _doer(toks, last):
        return None  # 'Three gunmen killed two guards before fleeing': no event of theirs
    before = _event_before_of(toks, first) or _event_of_number_of(toks, first)
    if before is not None:
        return before
    j = _word_before_count(toks, first, _LEADS_NUMBER)
    if j >= 1 and toks[j].low == "on" and toks[j - 1].low in _SWOOP and any(
            t.low in _POLICE_WORDS for t in toks[max(0, j - 5):j - 1]) and (
            toks[last].low.endswith("old") or (last + 1 < len(toks) and (
                toks[last + 1].low in _SWOOPED_PEOPLE or is_role(toks[last + 1].low)))):
        return "arrested"  # 'Cops swooped on a 23-year-old at his flat': the police took
        # part, the one they swooped on was arrested (not 'Three thugs pounced on a
        # 64-year-old man', 'A gull swooped on a three-year-old', 'Officers swooped on three
        # addresses')
    lo, hi = _clause(toks, first)
    for lo_, hi_ in ((lo, hi), (0, len(toks))):
        best: tuple[int, str, int] | None = None
        for k in range(lo_, hi_):
            if first <= k <= last:
                continue
            ev = "still held" if _held(toks, k) else _event_at(toks, k)
            if ev is not None and _on_strike(toks, k) is not None:
                continue  # a strike is told of the count it follows, never of others in
                # the sentence ('2,000 lorries were stuck as the customs staff downed tools')
            if ev is None or _bound_elsewhere(toks, k, first, last) or (
                    k < first and _verb_joined_between(toks, k, first)):
                continue
            if toks[k].low == "held" and ev == "held":
                continue
            d = first - k if k < first else k - last
            if best is None or d < best[0]:
                best = (d, ev, k)
        if best is not None:
            return _either(toks, best[2]) or best[1]
    return None


#: past tenses without '-ed' that open a verb phrase joined to an earlier one ('... and drove
#: off 4,200 cattle'), besides the participles of :data:`_PARTICIPLES`
_IRREGULAR_PAST = frozenset({"drove", "stole", "took", "went", "ran", "set", "burnt", "hid",
                             "led"})


def _verb_joined_between(toks: list[Token], k: int, first: int) -> bool:
    """Whether a verb phrase of its own, joined by 'and' or 'then', stands between an event
    word at ``k`` and a later count: the count is that verb's ('killed 19 villagers and
    drove off about 4,200 head of cattle', 'massacred 25 villagers, then vanished into the
    hills with 5,000 cattle', 'killing 19 people and driving off 4,200 cattle'; not 'killed
    12 soldiers and 30 civilians', nor an adjective: 'killed 12 soldiers and armed guards and
    30 civilians')."""
    for j in range(k + 1, first - 1):
        if toks[j].low not in {"and", "then"}:
            continue
        verb = toks[j + 1]
        if verb.cap or verb.low in EVENTS or verb.low in _GENERIC_NOUNS:
            continue
        if j + 2 < len(toks) and _content(toks[j + 2]) and _plural(toks[j + 2]):
            continue  # 'and armed guards': an adjective before its noun
        if verb.low in _IRREGULAR_PAST or _participle(verb) or (
                verb.low.endswith("ing") and toks[k].low.endswith("ing")):
            return True
    return False


def _word_before_count(toks: list[Token], first: int,
                       leads: frozenset[str] | set[str] | None = None) -> int:
    """The index of the word before a count's phrase, past the words that lead a number
    ('employs about 3,200': 'employs'); -1 when there is none."""
    skip = _LEADS_NUMBER if leads is None else leads
    j = first - 1
    while j >= 0 and toks[j].low in skip:
        j -= 1
    return j


def _done_before(toks: list[Token], first: int) -> str | None:
    """The event of a verb right before a count, the count its object ('killed 12
    passengers', 'rescued about 45 passengers'; not 'carrying 45 passengers')."""
    j = _word_before_count(toks, first)
    if j < 0 or toks[j].cap or toks[j].low in _CARRYING:
        return None
    ev = _event_at(toks, j)
    return ev if ev not in {None, "on board", "held", "still held"} else None


def _either(toks: list[Token], k: int) -> str | None:
    """When the event word at ``k`` is one of two other events joined by 'or' ('killed or
    maimed more than 4,000', 'dead or missing'), both, as one predicate ('killed or
    injured'): the count is of both, not of either alone."""
    pair = None
    if k > 1 and toks[k - 1].low == "or":
        pair = (_event_at(toks, k - 2), _event_at(toks, k))
    elif k + 2 < len(toks) and toks[k + 1].low == "or":
        pair = (_event_at(toks, k), _event_at(toks, k + 2))
    if pair is None or None in pair or pair[0] == pair[1]:
        return None
    return f"{pair[0]} or {pair[1]}"


#: verbs of a record that mark someone 'as dead' (not 'listed', 'registered' or 'recorded
#: as dead': tolls)
_MARKED_AS = frozenset({"flagged", "marked", "classified", "misidentified", "mistaken",
                        "mislabelled", "mislabeled"})
_LEADS_NUMBER = {"at", "least", "more", "than", "some", "about", "around", "nearly",
                 "almost", "over", "up", "to", "an", "a", "another", "estimated", "roughly",
                 "approximately", "the", "further", "other"}


def _bound_elsewhere(toks: list[Token], k: int, first: int, last: int) -> bool:
    """Whether the event word at ``k`` belongs to another number than ``toks[first:last +
    1]``: one right before it ('the 80 wounded ... in about 15 villages'; not the whole of a
    part: '30 of the 80 wounded'), or, when the event comes later, one right after it
    ('..., home to some 240 residents, ... killing 17 people'; an event before the number
    may head a list: 'kill 3 policemen and 10 tourists')."""
    # the event another number's clause tells ('Another 58 were injured, and more than 400
    # patients ...'), unless ours lists its parts ('45 people were injured, including 22
    # protesters'); a later event is shared unless ours has a verb of its own first
    # ('106 soldiers and 212 civilians were killed'; '600 tractors rolled in, and 3,000
    # farmers gathered')
    if k > last and _among_after(toks, last):
        return False  # 'Four Tarvanian citizens were among 11 people killed': the whole's
    if k < first:
        lists_parts = any(t.low in _PARTS_OF for t in toks[k + 1:first])
        others = range(0) if lists_parts else range(max(0, k - 9), k)
    else:
        others = range(last + 1, k)
    if any(_is_number(toks[j]) and not first <= j <= last and not _in_name(toks, j)
           and (k < first or any(_participle(t) or t.low in _FINITE for t in toks[last + 1:j]))
           and (told := _forward_event_at(toks, j)) is not None and told[0] == k
           for j in others):
        return True
    if k > last:
        for j in range(k + 1, min(len(toks), k + 5)):
            if _is_number(toks[j]):
                return not first <= j <= last
            if toks[j].low not in _LEADS_NUMBER:
                break
    if k == 0 or not _is_number(toks[k - 1]) or first <= k - 1 <= last:
        return False
    return not (last + 1 < len(toks) and toks[last + 1].low == "of" and k - 1 <= last + 4)


def _among_after(toks: list[Token], last: int) -> bool:
    """A count's phrase is followed by 'were among' ('Four Tarvanian citizens were among 11
    people killed'): a part of a whole told after it."""
    j = last + 1
    if j < len(toks) and toks[j].low.rstrip("s") in {"decade", "year", "month", "week", "day",
                                                     "hour", "minute"}:
        return False  # 'had lived there for four decades were among': no count of people
    while j < min(len(toks), last + 5) and _content(toks[j]) and toks[j].low not in _BE:
        j += 1
    if not (j + 2 < len(toks) and toks[j].low in _BE and toks[j + 1].low == "among"):
        return False
    k = j + 3 if toks[j + 2].low == "the" and j + 3 < len(toks) else j + 2
    return _is_number(toks[k])  # not 'were among the first to arrive'


#: words that open a list of the parts of a total told with its event: '45 people were
#: injured, including 27 officers and 22 protesters', '64 people were hurt: 23 officers'
_PARTS_OF = {"including", "include", "includes", "included", ":", "among"}
_FINITE = {"was", "were", "is", "are", "has", "have", "had", "will", "would"}


def _is_number(t: Token) -> bool:
    return t.text[:1].isdigit() or t.low in _NUMBER_WORDS


_PARTICIPLES = {"taken", "given", "held", "seen", "found", "brought", "sent", "shot", "hit",
                "left", "kept", "made", "caught", "put", "cut", "thrown", "driven", "flown"}


def _participle(t: Token) -> bool:
    """A lower-case past participle ('taken', 'pulled'): a verb, never what is counted."""
    return not t.cap and (t.low in _PARTICIPLES or (t.low.endswith("ed") and len(t.low) > 4))


def _context_nations(toks: list[Token], first: int) -> tuple[list[Token], str | None]:
    """Nations named before a reporting verb of the clause, and the source named there."""
    lo, _ = _clause(toks, first)
    verb = None
    for k in range(lo, first):
        if _reports(toks, k, lo):
            verb = k
            break
    if verb is None:
        return [], None
    if any(toks[k].low in _AGENT_VERBS and toks[k - 1].low != "of"
           for k in range(verb, first)):  # not 'put the number of injured at 11'
        return [], None
    if toks[verb].low == "according":  # "according to the ministry": the source follows;
        return [], _according_source(toks, verb)  # its nation counts, it did not die
    nations = [t for t in toks[lo:_before_aside(toks, lo, verb)]
               if _is_word(t) and nation_code(t.text)]
    # the source is named before the reporting verb nearest the number, after the comma or
    # 'and' that opens its clause: 'organisers said 120,000, police said 45,000 and the
    # mayor said 60,000'
    near = max(k for k in range(verb, first) if _reports(toks, k, lo))
    end = _before_aside(toks, lo, near)
    start = max((k + 1 for k in range(lo, end) if toks[k].text in {",", ";"}
                 or toks[k].low == "and"), default=lo)
    words = _without_place([t for t in toks[start:end] if _is_word(t)])
    source = _source_words(words[-3:])
    of = max((k for k, t in enumerate(words) if t.low in {"of", "from"}), default=None)
    if source is None and of is not None and any(
            not t.cap and (t.low in _SOURCE_NOUNS or t.low.endswith(("ers", "ists")))
            for t in words[:of][-3:]):
        source = _source_words(words[:of][-3:])  # 'organisers of the protest said',
        # 'organisers from the Taps for All campaign said' (not 'Some of the survivors',
        # 'Details of the deal')
    return nations, _elided_source(toks, near, first) or source


def _elided_source(toks: list[Token], verb: int, first: int) -> str | None:
    """The source of a figure told after 'and SOURCE at', its verb elided: 'a crowd that
    police put at around 300 and organisers at more than 1,000' is the organisers'. Only
    after a verb that puts one crowd or figure at a number ('put the crowd at', 'estimated
    it at'; not 'put the number of tractors at 400 and farmers at 2,000', two counts), and
    only a body that gives figures ('organisers', 'the UN'; not 'Saturday's', 'in Marrow',
    'of managers')."""
    if toks[first - 1].low != "at":
        return None
    joint = max((k for k in range(verb + 1, first - 1) if toks[k].low in {"and", "while", "but"}
                 or toks[k].text in {",", ";"}), default=None)
    if joint is None or first - 1 - joint > 4:
        return None
    first_at = next((k for k in range(verb + 1, joint) if toks[k].low == "at"), None)
    if first_at is None:
        return None  # 'Police estimated 700 and organisers 2,500' (no 'at' to elide)
    told = [t.low for t in toks[verb + 1:first_at] if t.low not in {"the", "a", "its", "their"}]
    if len(told) > 1 or (told and told[0] not in _ONE_FIGURE):
        return None  # what was put at the first number is one crowd or figure, or nothing
    words = [t for t in toks[joint + 1:first - 1] if _is_word(t)]
    if words and words[0].low == "the":
        words = words[1:]
    if not words or any(t.low in _STOP or t.text.endswith(("'s", "\u2019s")) or
                        t.low in _MONTHS for t in words):
        return None
    if (all(t.cap for t in words) and (words[-1].text.isupper() or words[-1].low in _GIVERS
                                       or words[-1].low in _BODIES)) or (
            len(words) == 1 and words[0].low in _GIVERS):
        return " ".join(t.text for t in words)
    return None  # (not a place: 'and Kessel Square at 200')


#: what one source puts at a number, so that another's elided figure is of it too
_ONE_FIGURE = frozenset({"crowd", "turnout", "figure", "number", "attendance", "toll", "it",
                         "them", "size", "total", "tally", "cost", "damage", "bill"})
#: the last word of a capitalised body's name ('the Red Crescent', 'the Interior Ministry';
#: an acronym too: 'the UN')
_BODIES = frozenset({"crescent", "cross", "ministry", "office", "agency", "council",
                     "commission", "committee", "union", "federation", "association",
                     "authority", "department", "service", "police", "party", "alliance",
                     "front", "coalition", "institute", "bureau", "group", "organisation",
                     "organization", "board"})
#: bodies that give figures for a crowd or a toll, named in lower case (not every source
#: noun of _SOURCE_NOUNS nor :func:`_names_source`: 'farmers', 'residents', 'protesters'
#: are as often what is counted)
_GIVERS = frozenset({"police", "organisers", "organizers", "officials", "authorities",
                     "government", "ministry", "union", "unions", "opposition", "company",
                     "army", "military", "agency", "council", "hospital", "operator",
                     "commission", "insurers", "management", "employers"})


def _reports(toks: list[Token], k: int, lo: int) -> bool:
    """The word at ``k`` is a reporting verb of the clause starting at ``lo`` (not 'the
    reported $160 million offers': no verb there)."""
    return toks[k].low in _REPORTING and not (
        k > lo and toks[k - 1].low in {"the", "a", "an"}) and not (
        toks[k].low == "given" and not _GIVEN_FIGURE.match(" ".join(
            t.low for t in toks[k - 1:k + 11]))) and not (
        toks[k].low == "measured" and not any(t.low == "at" for t in toks[k + 1:k + 5])
    ) and not (
        toks[k].low == "released" and (_amount_after(toks, k) or (
            k + 1 < len(toks) and _is_number(toks[k + 1])))) and not (
        toks[k].low in {"valued", "values"} and k > lo
        and toks[k - 1].low in _PASSIVE_AUXILIARIES)  # 'Acme was valued at $5 billion'


_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being"})
#: 'given' reports a number only as 'has given a (preliminary) figure of'
_GIVEN_FIGURE = re.compile(r"(?:has|have|had) given (?:a|an|its|their) (?:\S+ ){0,2}?"
                           r"(?:figure|estimate) of (?!(?:\S+ ){1,3}for\b)")
# (not 'a figure of 300 for the number of damaged shopfronts': another thing's)


def _before_aside(toks: list[Token], lo: int, verb: int) -> int:
    """Where the words that name a speaker end: before an aside that precedes the verb
    ('X, speaking on Wednesday, said')."""
    if verb - 1 > lo and toks[verb - 1].text == ",":
        return next((k for k in range(verb - 2, lo, -1) if toks[k].text == ","), verb)
    return verb


#: prepositions of a place told between a source and its verb ('the Morvanian Geological
#: Survey across the border measured it at 6.6', 'the Finance Ministry in Serin has given';
#: not 'at' or 'from', which tell whom a source works for: 'Analysts at Ostmark Securities',
#: nor 'on': 'Institute on Migration', 'officials on the ground')
_PLACE_AFTER_SOURCE = frozenset({"in", "across", "outside", "near"})


def _without_place(words: list[Token]) -> list[Token]:
    """The words before a reporting verb without a place (and an auxiliary) told after the
    source ('Finance Ministry in Serin has' -> 'Finance Ministry'), when a name of two words
    or more comes before the place."""
    core = words
    while core and core[-1].low in {"has", "have", "had"}:
        core = core[:-1]
    at = next((k for k in range(len(core) - 1, max(0, len(core) - 5), -1)
               if core[k].low in _PLACE_AFTER_SOURCE), None)
    if at is not None and at > 1 and core[at - 1].cap and core[at - 2].cap:
        return core[:at]  # (a name: not 'Police in Dalmoor', whose place tells which police)
    return words


def _source_words(words: list[Token]) -> str | None:
    """A source from the words before a reporting verb: from its first name or content
    word on ('for Real News' -> 'Real News', '7:35 am Dan Patrick' -> 'Dan Patrick'); none
    when no word is a name or a noun that tells ('that blows reported ...')."""
    article = max((k for k, t in enumerate(words[:-1]) if t.low in {"the", "a", "an"}),
                  default=None)
    if article is not None and article > 0 and (not words[article - 1].cap or words[
            article - 1].low.endswith("day")):  # 'On Wednesday the ministry'
        words = words[article + 1:]  # 'By Thursday evening the authorities' -> 'authorities'
        # (not 'Save the Marshes')
    while words and (words[0].low in _STOP or not (words[0].cap or _content(words[0]))):
        words = words[1:]
    while words and words[-1].low in _STOP and not words[-1].cap:
        words = words[:-1]  # 'the government has said': 'government', no 'has'
    if not any(t.cap or _names_source(t) for t in words):
        return None
    return " ".join(t.text for t in words) or None


def _names_source(t: Token) -> bool:
    """Whether a lower-case word names a source: a source noun, or one that names a body or
    its people ('ministry', 'organisers', 'analysts')."""
    return t.low in _SOURCE_NOUNS or t.low.endswith(("ry", "ers", "ists"))


#: words that open a clause told against the one before ('..., but the hospital said',
#: '..., while police estimated that')
_CONTRASTS = frozenset({"but", "whereas", "while"})
#: how many words may follow an attribution that closes its sentence ('police said on
#: Monday night.')
_CLOSING_WORDS = 4


def _source_after(toks: list[Token], last: int) -> str | None:
    """The source of "..., officials said" or "according to X" after the number; past a
    contrast only the attribution that closes the sentence ('20 were killed but dozens
    more are missing, officials said'), not the one that opens the contrasted clause ('11,
    but the hospital said it had treated 14': the hospital's)."""
    contrasted = False
    for k in range(last + 1, len(toks)):
        contrasted = contrasted or (toks[k].low in _CONTRASTS and not (
            toks[k].low == "while" and k + 1 < len(toks) and toks[k + 1].low.endswith("ing")))
        # ('hurt while clearing the barricades, police said ...': a time, no contrast)
        if toks[k].low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            return _according_source(toks, k)
        if toks[k].low in {"said", "says", "told", "reported", "announced", "estimated"}:
            if contrasted and sum(_is_word(t) for t in toks[k + 1:]) > _CLOSING_WORDS:
                return None
            j = k - 1
            words: list[str] = []
            while j > last and _content(toks[j]) and len(words) < 3:
                words.insert(0, toks[j].text)
                j -= 1
            if words:
                return " ".join(words)
            return None
    return None


#: participles that name who gave a figure told right before them ('not the 230 estimated
#: by the fire service', 'the 120,000 claimed by organisers'; not 'given by the Osei
#: family', a gift; 'claimed by the storm' names no source: :func:`_by_source`)
_GIVEN_BY = frozenset({"estimated", "reported", "counted", "cited", "recorded", "announced",
                       "claimed"})
#: words after 'by' that tell when or how, not who: 'reported by the weekend', 'counted by
#: hand', 'reported by email'
_NOT_BY_WHOM = frozenset({"hand", "email", "e-mail", "mail", "post", "phone", "telephone",
                          "way", "means", "end", "close", "start", "middle", "time", "then",
                          "now", "midday", "noon", "midnight", "dawn", "dusk", "nightfall",
                          "morning", "afternoon", "evening", "night", "weekend", "today",
                          "tonight", "yesterday", "week", "month", "year", "hour", "minute"})


def _by_source(toks: list[Token], last: int) -> str | None:
    """The source named by 'estimated by X' right after a number: it is the figure's,
    whoever tells the sentence ('His lawyer told the court that fewer than 150 people had
    been there, not the 230 estimated by the fire service'): a name's capitalised words,
    or the words up to the first that names a source ('the fire service', 'insurers' of
    'insurers covers'); none for a time or a means ('counted by hand', 'by Monday')."""
    if last + 3 >= len(toks) or toks[last + 1].low not in _GIVEN_BY or toks[last + 2].low != "by":
        return None
    named: list[Token] = []
    for t in toks[last + 3:last + 7]:
        if not _is_word(t) or (named and not _content(t) and t.low != "of"):
            break  # 'the 45 reported by the ministry was revised': the ministry
        if t.low in _NOT_BY_WHOM or t.low in _MONTHS:  # (weekdays too)
            return None
        if _content(t):
            named.append(t)
    if named and named[0].cap:  # a name: its capitalised words ('Interior Ministry')
        end = next((k for k, t in enumerate(named) if not t.cap), len(named))
    else:  # up to the first word that names a source and the source nouns right after it
        # ('the fire service', 'state media'; not 'insurers covers'); what 'claimed' a
        # count may be its killer ('the 12 claimed by the floodwaters', 'by the rioters'),
        # so only a source noun names a source there
        first = next((k for k, t in enumerate(named) if (
            _names_source(t) if toks[last + 1].low != "claimed" else t.low in _SOURCE_NOUNS)),
            None)
        end = 0 if first is None else next(
            (k for k in range(first + 1, len(named)) if named[k].low not in _SOURCE_NOUNS),
            len(named))
    return " ".join(t.text for t in named[:end][:3]) or None


def _according_source(toks: list[Token], k: int) -> str | None:
    """The source named by "according to" at ``toks[k]``: up to three content words after
    "to", to the first punctuation ("according to the ministry, 40 ...": "ministry")."""
    if k + 1 >= len(toks) or toks[k + 1].low != "to":
        return None
    named: list[str] = []
    for t in toks[k + 2:k + 6]:
        if not _is_word(t):
            break
        if _content(t):
            named.append(t.text)
    return " ".join(named[:3]) or None


#: words that pick a part of a whole by its place: 'the first two carriages'
_PLACE_PICKED = {"first", "last", "final", "front", "rear"}


def subject_of(toks: list[Token], start: int, end: int) -> Subject:
    """The subject of the number spanning sentence offsets ``[start, end)``."""
    inside = [k for k, t in enumerate(toks) if t.start >= start and t.end <= end]
    if not inside:
        inside = [k for k, t in enumerate(toks) if t.start < end and t.end > start]
    if not inside:
        return Subject(None, None, None)
    first, last = inside[0], inside[-1]
    i = last + 1
    head: list[Token] = []
    pp: list[Token] = []
    generic = False
    partitive: Token | None = None
    # a part of a whole told with it ('two of the train's six carriages') or picked by its
    # place ('the first two carriages', 'the last three days'): never the whole's count
    part = first >= 2 and toks[first - 1].low in _PLACE_PICKED and toks[first - 2].low in {
        "the", "its", "their", "his", "her"}
    np_end: int | None = None
    sized: tuple[list[Token], int] | None = None
    if i < len(toks) and toks[i].low == "of":
        # partitive: "of the dead", "of them", "of its own"
        j = i + 1
        if j < len(toks) and toks[j].low in {"them", "whom", "those", "these", "us"}:
            generic, i = True, j + 1
            # 'Four of those rescued were taken to hospital': a part of the rescued
            part = part or (toks[j].low in {"those", "these"} and j + 1 < len(toks)
                            and EVENTS.get(toks[j + 1].low) in PERSON_EVENTS)
        elif j + 1 < len(toks) and toks[j].low in {"its", "their"} and toks[j + 1].low == "own":
            generic, i = True, j + 2
        else:
            while j < len(toks) and (toks[j].low in {"the", "its", "their", "his", "her",
                                                     "our", "your", "my"} or (
                    toks[j].low in {"a", "an"} and j + 1 < len(toks)
                    and toks[j + 1].low not in _NUMBER_WORDS)):
                j += 1  # "8% of a workforce of 30,000", not "of a dozen"
            if j < len(toks) and toks[j].low in _GENERIC_NOUNS:
                head, i = [toks[j]], j + 1
                partitive = head[0]  # "nine of the injured": a part, never the total
            elif (counted := _part_of_counted(toks, first, last, j)) is not None:
                (head, i), part = counted, True  # "nine of the 11 counts": a part of them
            else:
                head, i = _read_np(toks, j, joined=True)
                whole = max((k for k, t in enumerate(head[:-1]) if _is_number(t)), default=None)
                if whole is not None:  # "two of the passenger train's six carriages"
                    head, part = head[whole + 1:], True
        if generic and i < len(toks) and _content(toks[i]) and not toks[i].low.endswith("ly"):
            head, i = _read_np(toks, i)  # "five of them admirals"
        elif generic and toks[j].low in {"them", "whom"}:
            part = part or _part_of_count_before(toks, first, i)
        if generic and i < len(toks) and toks[i].low in {"who", "that"}:
            # "a dozen of those who died were children": what the part is comes after
            be = next((k for k in range(i + 1, min(len(toks), i + 5))
                       if toks[k].low in {"were", "was", "are", "is"}), None)
            if be is not None:
                head, _ = _read_np(toks, be + 1)
                generic = not head
    elif _glued_noun(toks, last):
        head, i = [toks[i + 1]], i + 2  # 'a 60,000-dorin fine': dorins
    elif (sized := _sized_by(toks, first, last)) is not None:
        head, i = sized  # 'the 500-strong gang', 'The attackers, numbering about 300,'
    else:
        head, i = _read_np(toks, i)
        if [t.low for t in head] == ["voting"] and i < len(toks) and toks[i].low in {
                "for", "against"}:
            head, i = head + [toks[i]], i + 1  # 'eight voting for' is no '97 voting against'
        elif [t.low for t in head] == ["voting"] and i + 1 < len(toks) and toks[i].low == "in" \
                and toks[i + 1].low in {"favour", "favor"}:
            head, i = head + [Token("for", toks[i + 1].start, toks[i + 1].end)], i + 2
        if i < len(toks) and toks[i].low in _GENERIC_NOUNS - {"killed"} and (
                not head or [t.low for t in head] == ["more"]):
            head, i = head + [toks[i]], i + 1  # "13 deaths", "55 dead", "3 more dead"
        if [t.low for t in head] == ["more"]:
            head = []  # 'three more remain missing': no noun (the 'N more' below)
        pp, i = _read_pp(toks, i) if head else ([], i)
        if head:
            np_end = head[-1].end
    forward = _forward_event(toks, last) if not head and not generic else None
    # 'Two workers died and 20 more were injured', 'Dozens more were hurt': people, others
    # than a count told before with another fate (or when they were hurt or went missing,
    # which no story tells as an increment of its toll); 'Three more died overnight', 'two
    # more were arrested' add to those told before (:func:`_others_than_before`)
    increment = forward in _DONE_BY_PEOPLE and toks[last + 1].low == "more" and not (
        _to_a_total(toks, last)) and not _others_than_before(toks, first, forward)
    # a bare count followed by its own event ("41 had been pulled alive", "40 were
    # treated"): people, not a noun read after the verb or a noun looked back for
    told_event = forward in _DONE_BY_PEOPLE
    if (not head or generic or (len(head) == 1 and head[0].low in _GENERIC_NOUNS)) \
            and not told_event and i < len(toks) and toks[i].low in {"were", "was", "are", "is"}:
        after, _ = _read_np(toks, i + 1)  # "... of the dead were Cuban military personnel"
        if after and not _participle(after[0]) and not _is_number(after[0]) and not (
                not after[0].cap and after[0].low.endswith("ing")):
            # not "52 injured were taken to ...", "50 victims are fighting for their lives",
            # "The nine dead were six Valdorians and three ..." (its parts, counted apart)
            head = after
    if not head and not generic and not told_event:
        lo, _ = _clause(toks, first)
        for k in range(first - 1, max(lo, first - 7) - 1, -1):
            if toks[k].text in {",", "(", ")"}:
                break
            if toks[k].low in _LOOKBACK and k > 0 and toks[k - 1].low in _VERB_BEFORE \
                    and k + 1 < first - 1 and toks[first - 1].low in {"at", "of"}:
                continue  # 'will pay corporate tax at 35 per cent': a verb and its object
            if toks[k].low in _LOOKBACK_REACHED and (_REACHED & {toks[first].low, toks[
                    first - 1].low} or (
                    first > 1 and toks[first - 1].low == "to" and toks[first - 2].low in _RISE)
                    ) and _subject_of_verb(toks, k, first) and not any(
                        t.low in {"of", "in"} for t in toks[max(0, k - 3):k]):
                head = [toks[k]]  # (not 'The average age of confirmed cases climbed to 41',
                break  # 'In several cases the waiting list topped 1,500')
            if toks[k].low in _LOOKBACK and not (
                    k > 0 and toks[k - 1].low == "of" and k > 1 and toks[k - 2].low in _NUMBER_OF):
                if _number_of_at(toks, k + 1) is not None and toks[k].low not in _NUMBER_OF:
                    continue  # 'The number of guards killed ... rose to four': the guards
                head = [toks[k]]  # not 'the number of dead birds ... rose to 700': the birds
                break
        if not head or (len(head) == 1 and head[0].low in _NUMBER_OF):
            # 'The number of pupils who fell ill after eating ... rose to 463'
            at = _number_of_at(toks, first)
            if at is not None and at + 2 < first:
                np, _ = _read_np(toks, at + 2)
                head = np or head
        if not head:  # 'the death toll from the collapse of ... in Tolvenz rose to 22'
            toll = next((k for k in range(first - 1, max(lo, first - 16) - 1, -1)
                         if toks[k].low in {"toll", "tally"} or toks[k].text in {",", "("}),
                        None)
            if toll is not None and toks[toll].low in {"toll", "tally"}:
                head = [toks[toll]]
    if not head and not generic:
        # headline style: "12 killed in ...", "2 dead, 2 hurt", "bombs kill 15 in Iraq"
        nxt = toks[last + 1].low if last + 1 < len(toks) else ""
        prev = toks[first - 1].low if first > 0 else ""
        if (EVENTS.get(nxt) in PERSON_EVENTS and nxt not in {"held", "captured", "seized"}) \
                or (EVENTS.get(prev) in {"killed", "injured"}
                    and prev in _AGENT_VERBS | {"kills", "kill", "injuring", "wounding"}) \
                or _forward_event(toks, last) in _DONE_BY_PEOPLE - {"held", "on board"}:
            generic = True  # "More than 60 were injured", "killing 12 people and injuring 57"
    if [t.low for t in head] == ["others"]:
        head, generic = [], True  # "17 others remain missing": people
    nations = [t for t in head + pp if t.cap and nation_code(t.text)]
    ctx_nations, source = _context_nations(toks, first)
    source = _by_source(toks, last) or source or _source_after(toks, last)
    words = [t for t in toks if t.text[:1].isalpha()]
    title_case = sum(t.cap for t in words) > 0.6 * max(len(words), 1)
    phrase_words = _words(head, title_case) + _words(pp, title_case)
    if not nations and ctx_nations:
        prefix = " and ".join(sorted({demonym(t.text) for t in ctx_nations}))
        phrase_words = [prefix] + (phrase_words or ["people"])
    if not phrase_words and generic:
        phrase_words = ["people"]
    if ((partitive is not None and head == [partitive]) or part) and not ctx_nations \
            and phrase_words:
        phrase_words = ["part", "of", *phrase_words]
    phrase = " ".join(phrase_words) or None
    if increment and phrase == "people":
        phrase = "more people"
    # a toll counts the dead, whatever event is told nearer ('The death toll ... rose to
    # five after divers recovered the body of a missing technician')
    predicate = "killed" if [t.low for t in head] == ["toll"] and not _other_toll(
        toks, head[0]) else _predicate(toks, first, last)
    if sized is not None:
        predicate = EVENTS.get(head[-1].low) or (predicate if predicate == "took part" else
                                                 None)
        # a group's size, not what it did ('The attackers, numbering about 300, crossed
        # the line' are the '500-strong gang'), unless its own noun tells an event or it
        # took part in something ('The marchers, estimated by police at 40,000, marched
        # to the square': a crowd)
    if first >= 3 and [t.low for t in toks[first - 3:first]] == ["none", "of", "the"] and (
            predicate != "on board"):
        predicate = None  # 'None of the 40 passengers needed hospital treatment' (but 'none
        # of the 7 people on board had survived': they were on board)
    if first == 2 and [t.low for t in toks[:2]] == ["of", "the"] and i < len(toks) and (
            toks[i].text == ",") and not (head and head[-1].low in _GENERIC_NOUNS | _EVENT_ADJ):
        predicate = None  # 'Of the eighty-four survivors, 19 were admitted': the whole the
        # part after it is of, not what befell the part (but 'Of the 24 dead, ...')
    if predicate is not None and _whole_of_a_part(toks, first) and not (
            last + 1 < len(toks) and toks[last + 1].low in _GENERIC_NOUNS) \
            and not _own_event_after(toks, i):
        predicate = None  # 'Eleven of the 22 climbers were caught in the slide': what befell
        # the part, not the whole (but 'Five of the 40 people injured'; 'of the 55 dead',
        # 'of the 31 bodies recovered': nouns that are their own event)
    if predicate == "killed" and phrase and "more" not in phrase.split() and _added_to_toll(
            toks, first, last):
        # 'rose to 14 after two injured workers died', '..., bringing the toll to 14'
        phrase = f"part of more {phrase.removeprefix('part of ')}" if phrase.startswith(
            "part of ") else f"more {phrase}"
    if head and len(head) == 1 and head[0].low in _NUMBER_OF and (
            who := _number_who(toks, head[0])) is not None:
        phrase, predicate = "people", who  # 'put the number who took part at about 1,100'
    if _release_demanded(toks, first) or _freeing_demanded(toks, first, last):
        phrase, predicate = "prisoners", "release demanded"  # 'demanded the release of 40
        # of its jailed members', 'to press for the release of 60 political prisoners'
    if phrase in {"people", "workers", "staff"} and predicate is None and _employed(
            toks, first) and not _employed_in_part(toks, i):
        phrase = "employees"  # 'Castellan employs about 3,200 people': its workforce
    elif phrase in {"jobs", "posts", "positions", "roles"} and _jobs_cut(toks, first, i):
        phrase = "job cuts"  # 'plans to cut 1,200 jobs', '900 posts will go': no workforce
    return Subject(phrase, predicate, source, np_end)


#: what befalls people that no story tells as an increment of a toll told before ('Two
#: workers were killed. Dozens more were hurt': others)
_NO_INCREMENT = frozenset({"injured", "hospitalised", "critical", "missing"})
#: ... and the fates of a count told before that make 'N more' others ('Two people died and
#: 20 more were injured', 'pulled 12 people alive from the wreckage and 30 more were
#: evacuated'; not 'Troops evacuated 200 residents and three more died': more dead)
_FATES_BEFORE = _NO_INCREMENT | {"killed", "rescued"}


def _others_than_before(toks: list[Token], first: int, event: str | None) -> bool:
    """Whether a bare 'N more' whose event (``event``) follows counts others than a count
    told before rather than more of them: a count before it in its sentence is told with
    another fate ('Two people died and 20 more were injured'; not 'Police arrested two men
    who had injured a guard, and three more were arrested': the guard's), or its event is
    one of :data:`_NO_INCREMENT`."""
    if event in _NO_INCREMENT:
        return True
    return any(_is_number(toks[k]) and (ev := _predicate(toks, k, k)) in _FATES_BEFORE
               and ev != event for k in range(first))


def _to_a_total(toks: list[Token], k: int) -> bool:
    """Whether a total follows ``k`` in the sentence ('two more were arrested, bringing the
    total to nine', 'taking the number held to ten'; not 'on the toll road', 'a number
    of'): a bare 'N more' before it is left to the readings of increments and their
    totals."""
    return any(t.low in {"total", "toll", "tally", "number"} and any(
        x.low in {"to", "at"} for x in toks[j + 1:j + 4]) for j, t in enumerate(toks[k:], k))


def _part_of_count_before(toks: list[Token], first: int, i: int) -> bool:
    """Whether the count at ``first``, told 'of them' or 'of whom' with only how or where
    after it (from ``i``), is a part of a count before it in the sentence: 'Twenty-eight
    people were injured, nine of them critically', 'injuring 40, 15 of them on Qeshm',
    'employs about 28,000 people, 9,000 of them in the Halvik region'. Not when that
    number is a time or a date ('At 3 a.m. the gunmen ... seized guests; 12 of them'), nor
    a part with a verb or a state of its own, which counts those ('and SIX of them are now
    dead', '11 of whom were admitted to hospital', 'seven of them with serious injuries',
    'nine of them in a critical condition', 'shooting three co-workers, killing two of
    them': left to the readings of such counts)."""
    if first > 0 and EVENTS.get(toks[first - 1].low) in PERSON_EVENTS:
        return False
    after = toks[i:i + 6]
    if after and not (after[0].low.endswith("ly") or after[0].low in PLACE_PREPOSITIONS
                      or not _is_word(after[0])):
        return False
    if any(t.low in _OWN_STATE for t in after):
        return False
    return any((_is_number(t) or set(t.low.split("-")) <= _NUMBER_WORDS)
               and not _clock_or_date(toks, k) for k, t in enumerate(toks[:first]))


def _clock_or_date(toks: list[Token], k: int) -> bool:
    """Whether the number at ``k`` is a time of day, a day of a month or a year ('5:15',
    '3 a.m.', '12 May', 'May 12', '2019')."""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    prev = toks[k - 1].low if k > 0 else ""
    return nxt in _CLOCK_AFTER or nxt in _MONTHS or prev in _MONTHS or prev == ":" or (
        re.fullmatch(r"(?:1[89]|20)\d\d", toks[k].text) is not None)


#: words after a number that make it a time of day
_CLOCK_AFTER = frozenset({":", "a.m", "a.m.", "p.m", "p.m.", "am", "pm", "o'clock", "gmt",
                          "utc", "hours", "hrs"})


#: words after a part 'of them' that tell a state of its own ('in a critical condition',
#: 'with serious injuries', 'in hospital')
_OWN_STATE = frozenset({"condition", "injuries", "injury", "hospital", "hospitals",
                        "intensive", "care", "wounds", "burns", "treatment", "custody",
                        "dead", "died", "killed"})


def _number_who(toks: list[Token], number: Token) -> str | None:
    """The event of 'the number who ...' ('put the number who took part at about 1,100',
    'raised the number who got across to 362'), or None."""
    k = next((i for i, t in enumerate(toks) if t is number), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].low != "who":
        return None
    return _forward_event(toks, k + 1)


#: words that demand what follows them ('demanded the release of 40 prisoners')
_DEMANDS = frozenset({"demanded", "demanding", "demands", "demand", "press", "pressing",
                      "called", "calling", "calls", "sought", "seeking", "seeks", "wants",
                      "want", "wanted", "insisted", "insisting", "deadline", "ultimatum"})


def _release_demanded(toks: list[Token], first: int) -> bool:
    """Whether a count is of those whose release is demanded: 'the release of' right before
    it, a word of demand in its clause before that ('demanded a ransom of $9 million and
    the release of 14 prisoners'; not 'to win the release of 29 hostages')."""
    j = _word_before_count(toks, first, _LEADS_NUMBER - {"the", "a", "an"})
    if j < 2 or toks[j].low != "of" or toks[j - 1].low != "release" or any(
            t.low in {"hostages", "captives"} for t in toks[first + 1:first + 4]):
        return False  # (the release of hostages is demanded by the other side)
    lo, _ = _clause(toks, first)
    for t in reversed(toks[max(lo, j - 14):j - 1]):
        if t.low in {"release", "which", "who", "that"}:
            return False  # 'had long demanded the release of 40 prisoners, welcomed the
            # release of 25 of them': the demand was of another count
        if t.low in _DEMANDS:
            return True
    return False


def _freeing_demanded(toks: list[Token], first: int, last: int) -> bool:
    """Whether a count is of those a demand told with 'that' would have freed ('demanded
    that the government free dozens of their jailed comrades', 'is demanding that 32 of its
    jailed fighters be freed')."""
    that = next((k for k in range(first - 1, max(0, first - 8) - 1, -1)
                 if toks[k].low == "that"), None)
    if that is None or that == 0 or toks[that - 1].low not in _DEMANDS:
        return False
    if any(t.low in {"free", "release"} for t in toks[that + 1:first]):
        return True
    after = [t.low for t in toks[last + 1:last + 10]]
    return any(w == "be" and nxt in {"freed", "released"}
               for w, nxt in zip(after, after[1:], strict=False))


def _employed(toks: list[Token], first: int) -> bool:
    """A count right after a verb of employing ('employs about 3,200 people')."""
    j = _word_before_count(toks, first)
    return j >= 0 and toks[j].low in {"employs", "employed", "employing"}  # not 'will
    # employ 600 people when it opens': a plan


_CUT_VERBS = frozenset({"cut", "cuts", "cutting", "shed", "sheds", "shedding", "axe", "axes",
                        "axed", "axing", "slash", "slashes", "slashed", "slashing", "eliminate",
                        "eliminates", "eliminated", "eliminating", "scrap", "scraps",
                        "scrapped", "scrapping", "lose", "loses", "losing", "lost", "go",
                        "going", "gone"})


def _jobs_cut(toks: list[Token], first: int, i: int) -> bool:
    """Jobs told as cut, not a workforce: right after a verb of cutting ('plans to cut
    1,200 jobs', 'will shed about 900 posts') or before one ('900 jobs will be lost', '1,200
    posts are now to go', 'About 900 jobs have gone'). Jobs 'at risk' or 'on the line' may
    be the whole workforce (a firm gone bust), so they stay jobs."""
    j = _word_before_count(toks, first)
    if j >= 0 and (toks[j].low in _CUT_VERBS or (toks[j].low == "out" and j > 0 and toks[
            j - 1].low in {"wipe", "wipes", "wiped", "wiping"})):
        return True  # 'could wipe out 12,000 jobs'
    after = [t.low for t in toks[i:i + 6]]
    while after and after[0] in {"will", "would", "could", "may", "might", "are", "were",
                                 "is", "was", "be", "been", "to", "have", "had", "has", "now",
                                 "already", "still", "also"}:
        after = after[1:]
    return bool(after) and after[0] in _CUT_VERBS


def _employed_in_part(toks: list[Token], i: int) -> bool:
    """Those employed in one place, a part of a workforce: 'employs about 1,900 people in
    Ostrin', 'at its Dunmore mill', 'locally' (not 'in total', 'in all')."""
    if i >= len(toks):
        return False
    if toks[i].low in {"locally", "there", "here", "nearby"}:
        return True
    return toks[i].low in {"in", "at"} and not (
        i + 1 < len(toks) and toks[i + 1].low in {"total", "all"})


#: words after a noun and its comma that tell the number of its members ('The attackers,
#: numbering about 300,', 'The raiders, estimated by police at 300,')
_SIZE_OPENERS = frozenset({"numbering", "estimated", "put", "thought", "believed"})
_SIZE_BEFORE = frozenset({"numbering", "number", "at"})  # right before the number


def _sized_by(toks: list[Token], first: int, last: int) -> tuple[list[Token], int] | None:
    """The group a count is the size of, and the index after the count's phrase: the noun
    after 'N-strong' or 'N-man' ('a 500-strong gang', 'a four-man gang'; not 'in four-man
    teams', the size of each), the noun right before 'numbered' or 'numbering' ('the
    attackers numbered about 20'), or the plural noun before an aside that numbers it ('The
    attackers, numbering about 300,', 'The raiders, estimated by police at 300,')."""
    if last + 3 < len(toks) and toks[last + 1].text in {"-", "\u2010", "\u2011"} and toks[
            last + 2].low in {"strong", "man", "woman"} and toks[last + 1].start == toks[
                last].end:  # (and 'a four-man gang')
        head, i = _read_np(toks, last + 3)
        if head and toks[last + 2].low != "strong" and _plural(head[-1]):
            return None  # 'patrolled in four-man teams': the size of each
        if head and i + 1 < len(toks) and toks[i].low == "of":
            members, after = _read_np(toks, i + 1)  # 'a 30-strong gang of volunteers'
            if members and not members[-1].cap and _plural(members[-1]):
                return [members[-1]], after
        return (head, i) if head else None
    if [t.low for t in _read_np(toks, last + 1)[0]] not in ([], ["men"], ["people"]):
        return None  # 'A force numbering 2,000 troops': the troops are counted (not 'The
        # attackers, estimated by police at some 20 men')
    j = _word_before_count(toks, first, _LEADS_NUMBER - {"at", "the", "a", "an"})
    if j >= 1 and toks[j].low in {"numbered", "numbering"} and not toks[j - 1].cap and (
            _content(toks[j - 1]) and toks[j - 1].low not in EVENTS):
        return [toks[j - 1]], last + 1  # 'the attackers numbered about 20', 'a force
        # numbering 2,000'
    if j < 2 or toks[j].low not in _SIZE_BEFORE:
        return None
    comma = next((k for k in range(j, max(0, j - 9), -1) if toks[k].text == ","), None)
    if comma is None or comma < 1 or toks[comma + 1].low not in _SIZE_OPENERS or (
            toks[j].low == "at" and toks[comma + 1].low not in {"estimated", "put"}):
        return None  # not 'The refugees, believed to be living at 40 camps,'
    noun = toks[comma - 1]
    if noun.cap or not _content(noun) or not _plural(noun) or noun.low in EVENTS:
        return None
    return [noun], last + 1


_RISE = frozenset({"rose", "risen", "climbed", "increased", "jumped", "reached", "grew"})
_BRINGING = frozenset({"bringing", "raising", "taking", "pushing", "lifting"})


def _added_to_toll(toks: list[Token], first: int, last: int) -> bool:
    """A count of the dead told as added to a toll: right after 'after' in the clause of a
    number rising to another ('The death toll has risen to 14 after two injured workers
    died'), or before ', bringing the toll to 14' ('three injured workers died overnight,
    bringing the number killed to nine'); not an age or a place ('after a 44-year-old man
    died')."""
    if re.search(r"(?:st|nd|rd|th)$", toks[first].low) or any(
            t.low.startswith(("year", "old", "aged")) for t in toks[first:last + 4]):
        return False
    if any(toks[k].low in _BRINGING and any(t.low == "to" for t in toks[k + 1:k + 13])
           for k in range(last + 1, min(len(toks), last + 20))):
        return True
    j = _word_before_count(toks, first)
    if j < 0 or toks[j].low != "after":
        return False
    lo, _ = _clause(toks, j)
    return any(toks[k].low in _RISE and toks[k + 1].low == "to" and any(
        _is_number(t) for t in toks[k + 2:k + 5]) for k in range(max(lo, j - 15), j - 1))


#: words for a part of a whole told before it ('Half of the 22 climbers')
_PART_WORDS = {"half", "most", "some", "many", "several", "none", "few"}


def _whole_of_a_part(toks: list[Token], first: int) -> bool:
    """Whether the number at ``first`` counts the whole a part told before it is of
    ('Eleven of the 22 climbers', 'three out of 40 passengers', 'half of the 22')."""
    k = first - 1
    if k >= 1 and toks[k].low.endswith(("'s", "\u2019s")):
        k -= 1  # 'around 1,900 of the mill's 3,400 employees', 'of Tata Steel's 3,400'
        while k >= 1 and toks[k].cap and toks[k - 1].low != "of":
            k -= 1
        if k >= 1 and toks[k].cap:
            k -= 1
    if k >= 0 and toks[k].low in {"the", "its", "their"}:
        k -= 1
    if k < 1 or toks[k].low != "of":
        return False
    k -= 1
    if toks[k].low == "out" and k > 0:
        k -= 1
    if k > 0 and toks[k - 1].low in {"was", "is", "were", "are", "be", "been"}:
        return False  # 'The First Officer was one of two pilots on the aircraft that
        # crashed': what the sentence tells, it tells of all of them
    return _is_number(toks[k]) or toks[k].low in _PART_WORDS


def _own_event_after(toks: list[Token], i: int) -> bool:
    """Whether an event follows a whole's noun phrase as its own: 'the 40 people injured',
    'the 14 miners still trapped', 'the 20 people who were killed'; not 'the 22 climbers
    were caught', the part's verb."""
    here = toks[i].low if i < len(toks) else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if here == "aboard" or (here in {"in", "on"}
                            and nxt in {"hospital", "custody", "board", "intensive"}):
        return True  # 'Three of the nine volunteers in hospital were enrolled at Ardmere'
    relative = here in {"who", "that"}
    j = i + 1 if relative else i
    for k in range(j, min(len(toks), j + 3)):
        if toks[k].low in EVENTS or (k == i and toks[k].low.endswith("ed") and not (
                _on_strike(toks, k) or (k + 1 < len(toks) and _on_strike(toks, k + 1)))):
            return True  # ('eight people hauled away'; not 'of the mill's 3,400 employees
            # stopped work': the part's strike)
        if toks[k].low in {"were", "was", "are", "is", "have", "has", "had"} and not relative:
            return False
    return False


def _other_toll(toks: list[Token], toll: Token) -> bool:
    """Not a toll of the dead, or not only: only 'the death toll' and a bare 'the toll'
    are ('the injury toll', 'the casualty toll', 'the toll of injured' are not)."""
    k = next(i for i, t in enumerate(toks) if t.start == toll.start)
    before = toks[k - 1].low if k > 0 else ""
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    return before != "death" and (before not in {"the", "a", "its", "their"} or after == "of")


def _part_of_counted(toks: list[Token], first: int, last: int, j: int
                     ) -> tuple[list[Token], int] | None:
    """The noun phrase (and the index after it) of a whole told in digits at ``j`` that the
    number at ``first..last`` is a part of ('nine of the 11 counts'); None when there is
    none, or when the part is of people an event befell, told by its own event ('Fourteen
    of the 42 people aboard were rescued'). An owner may stand before the whole ('14 of
    the site's 96 battery containers')."""
    if (j + 2 < len(toks) and toks[j - 1].low == "the"
            and toks[j].low.endswith(("'s", "\u2019s")) and toks[j + 1].text[:1].isdigit()):
        j += 1
    elif not (j + 1 < len(toks) and toks[j].text[:1].isdigit()
              and toks[j - 1].low in {"the", "its", "their"}):
        return None
    np, i = _read_np(toks, j + 1)
    if not np or _predicate(toks, first, last) in _DONE_BY_PEOPLE:
        return None
    return np, i


#: verbs that say what an amount is: 'Its contract, worth €3.8m'; 'trade reached $18bn'
_HOLDS = {"worth", "reached", "reach", "reaches", "totalled", "totaled", "totalling",
          "totaling", "cost", "costs", "costing"}
_HOLDS_AT = {"valued", "costed", "priced", "estimated", "put", "pegged"}  # '... at €3m'
_AMOUNT_LEADS = {"a", "an", "the", "staggering", "whopping", "mere", "measly", "record",
                 "total", "further", "additional", "about", "around", "some", "nearly",
                 "almost", "roughly", "more", "than", "over", "up", "to", "least", "just",
                 "under", "approximately", "estimated"}
_NP_INNER = {"the", "a", "an", "its", "their", "his", "her", "of", "for", "between", "in",
             "on", "with", "from", "to", "at"}
_PRONOUNS = {"it", "this", "that", "which", "they", "these", "those", "what"}
#: words of a sum one party proposes: several parties may propose several sums
_PROPOSING = {"offer", "offers", "offered", "offering", "bid", "bids", "bidding", "asking",
              "asked", "demand", "demands", "demanded", "proposed", "proposal", "proposes",
              "sought", "seeks", "seeking", "counter-offer", "countered"}


def money_holder(toks: list[Token], first: int, *, nearest: bool = False) -> str | None:
    """What an amount is the value of, told before it: 'Bilateral trade was worth $18.4
    billion' -> 'bilateral trade'; 'a planned fire-safety upgrade for the building, costed
    at €3.8 million' -> 'planned fire-safety upgrade'; 'The Halvorn deal is worth a
    staggering €5 million' -> 'deal' (names are owners, not what is paid for). With
    ``nearest``, the noun phrase right before the verb, after any preposition ('wrapped in
    scaffolding for a restoration contract worth 11.4 million crowns': 'restoration
    contract')."""
    if any(t.low in _PROPOSING for t in toks):
        return None  # 'offered Teixeira a deal worth $184 million': one party's position
    k = first - 1
    while k >= 0:
        low = toks[k].low
        valued = next((j for j in range(k - 2, max(-1, k - 5), -1) if toks[j].low in _HOLDS_AT),
                      None) if low == "at" else None
        if valued is not None:  # 'Customs officials valued the haul at 520 million euros'
            words = [t.low for t in toks[valued + 1:k]
                     if _is_word(t) and not t.cap and t.low not in _NP_INNER]
            return " ".join(words) if words and words[-1] not in _PRONOUNS else None
        if low == "at" and k > 0 and toks[k - 1].low in _HOLDS_AT:
            k -= 1
            break
        if low == "to" and k > 0 and toks[k - 1].low in {"amounted", "amounts", "amount"}:
            k -= 1
            break
        if low in _HOLDS:
            break
        if low not in _AMOUNT_LEADS and low != "at":
            return None
        k -= 1
    if k < 1:
        return None
    k -= 1
    while k >= 0 and (toks[k].low in _AUX or toks[k].text == ","):
        k -= 1
    np: list[Token] = []
    while k >= 0 and len(np) < 8:
        t = toks[k]
        if not (_is_word(t) or _is_number(t)) or t.low in _REPORTING or t.low.endswith("'s") \
                or (t.low in _STOP and t.low not in _NP_INNER):
            break
        if t.low.endswith("ed") and len(t.low) > 4 and not (
                k > 0 and toks[k - 1].low in {"a", "an", "the", "its", "their"}):
            break  # 'suspended Halvorn's contract', not 'a planned upgrade'
        np.insert(0, t)
        k -= 1
    inner = [i for i, t in enumerate(np) if t.low in _NP_INNER - {"the", "a", "an", "its",
                                                                  "their", "his", "her"}
             and i > 0]
    kept = np[inner[-1] + 1:] if nearest and inner else np[:inner[0] if inner else len(np)]
    # names are owners ('The Halvorn deal'); the sentence's first word is no name for that
    words = [t.low for t in kept if t.low not in _NP_INNER and not _is_number(t)
             and (not t.cap or t is toks[0])]
    if not words or words[-1] in _PRONOUNS:
        return None
    return " ".join(words)


def demonym(word: str) -> str:
    """The adjective used in subjects: Cuba, Cubans -> Cuban; Venezuela's -> Venezuelan."""
    w = word.replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    code = nation_code(w)
    if code is None:
        return w
    if w.lower() == _country_name(code).lower() and w.endswith("a"):
        return w + "n"
    if w.endswith("s") and nation_code(w[:-1]) == code:
        return w[:-1]
    return w


@lru_cache(maxsize=256)
def _country_name(code: str) -> str:
    return str(Locale("en").territories.get(code, code))


# Market snapshots: "Oracle shares fell 27 cents, or 2 percent, to $13.09".  A number right
# after a move word is the *change*; after "to"/"at" (with a move before it in the clause)
# the *level*; after "from" the level it moved *from*.  The subject is the noun phrase
# before the move ("Oracle shares"), or the possessive phrase before "to" ("taking its
# yield to 3.26 percent").
MARKET_ROLES = frozenset({"change", "level", "from"})
_MOVES = {
    "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "gained", "gain",
    "gains", "gaining", "lost", "lose", "loses", "losing", "shed", "sheds", "dropped", "drop",
    "drops", "dipped", "dips", "jumped", "jumps", "climbed", "climbs", "slipped", "slips",
    "declined", "declines", "added", "adds", "plunged", "plunges", "tumbled", "slid", "eased",
    "edged", "advanced", "surged", "soared", "sank", "retreated", "rallied", "up", "down",
    "decreasing", "increasing", "strengthened", "strengthens", "weakened", "weakens",
    "firmed", "lower", "higher", "taking", "driving", "pushing", "sending", "lifting",
    "grew", "grows", "shrank", "ballooned", "widened", "narrowed", "increased", "decreased",
    "risen", "fallen", "grown", "accelerated", "accelerates", "slowed", "slows", "quickened",
    "plummeted", "rocketed", "skyrocketed", "spiked", "leapt", "leaped", "exploded",
}
#: The subject of a tally of votes ("voted 7-2", "a 5-4 ruling"): its value is the votes for.
TALLY = "vote tally"
#: Prepositions of a place or thing after a moving noun ('arrivals along the coast rose',
#: 'stocks in Tokyo fell'): the noun before them is what moved.
PLACE_PREPOSITIONS = frozenset({"on", "in", "along", "at", "across", "from"})
_CLOSES = {"closed", "close", "closes", "ended", "ends", "end", "settled", "settles",
           "finished", "finishes", "opened", "opens", "stood", "traded"}
#: words passed over between what moved and its verb: auxiliaries and adverbs ('wheat
#: prices already up 27 per cent'; not 'again', which tells a second move)
_AUX = {"was", "were", "is", "are", "had", "has", "have", "having", "also", "been", "being",
        "just", "sharply", "slightly", "steeply", "briefly", "gave", "give", "gives",
        "already", "now", "still", "even"}
_DIRECTION_AFTER = {"lower", "higher", "up", "down"}
#: verbs that move with 'up' or 'down' after them ('shot up', 'went down', 'ticked up')
_UP_VERBS = frozenset({"shot", "shoot", "shoots", "went", "go", "goes", "gone", "came",
                       "come", "comes", "crept", "creeps", "ticked", "ticks", "inched",
                       "inches", "moved", "moves", "headed", "heads", "edged", "edges",
                       "crawled", "spiked", "jumped", "jumps", "sped"})
MARKET_NOUNS = {"shares", "share", "stock", "stocks", "index", "average", "industrials",
                "composite", "yield", "yields", "bond", "bonds", "note", "notes", "futures",
                "contract", "contracts", "price", "prices", "crude", "oil", "gold", "dollar",
                "euro", "yen", "currency", "rupee", "yuan", "benchmark", "market", "markets",
                "securities", "treasuries", "treasury", "rate", "rates", "exchange"}
_MARKET_COUNT_HEADS = {"index", "average", "industrials", "composite", "yield", "stocks",
                       "shares", "market", "benchmark"}


#: verbs of a source that tells a move ('figures show', 'data suggest'): no part of what moved
_SHOWING = {"show", "shows", "showed", "shown", "suggest", "suggests", "suggested",
            "indicate", "indicates", "indicated", "reveal", "reveals", "revealed"}


def _np_before(toks: list[Token], at: int) -> list[Token]:
    """The noun phrase ending right before index ``at`` (auxiliaries skipped)."""
    k = at - 1
    while k >= 0 and (toks[k].low in _AUX or toks[k].low in _CLOSES):
        k -= 1
    if k > 0 and toks[k].text == ",":  # 'The capital, Meridan, grew': the name is apposed
        j = k - 1
        while j >= 0 and k - j <= 4 and toks[j].cap and _is_word(toks[j]):
            j -= 1
        if j >= 0 and j < k - 1 and toks[j].text == ",":
            k = j - 1
    out: list[Token] = []
    while k >= 0 and len(out) < 8:
        t = toks[k]
        if t.text == ">":  # "<.SPX>": a ticker in brackets
            while k >= 0 and toks[k].text != "<":
                k -= 1
            k -= 1
            continue
        if t.low in PLACE_PREPOSITIONS or t.low in {"the", "a", "an", "its", "their"}:
            # 'Sea arrivals on Castavia's southern coast', 'arrivals along the coast'
            prep = k - 1 if t.low not in PLACE_PREPOSITIONS else k
            if out and prep > 0 and toks[prep].low in PLACE_PREPOSITIONS and len(out) < 6 \
                    and _is_word(toks[prep - 1]) and toks[prep - 1].low not in _STOP \
                    and toks[prep - 1].low not in _MOVES \
                    and (prep == 1 or not toks[prep - 1].cap):
                out[:0] = toks[prep:k + 1]
                k = prep - 1
                continue
            break
        if t.low == "for" and out and out[0].low in _MONTHS:
            out.insert(0, t)  # "Brent crude for July delivery"
            k -= 1
            continue
        if t.low in _SHOWING:
            break  # 'Official figures show rents in the capital have risen'
        if t.text in {"&", "'s", "-", "=", "."} or (
                _is_word(t) and t.low not in _STOP - {"of"} and t.low not in _MOVES) or (
                t.text.isdigit() and len(t.text) <= 4 and k > 0 and toks[k - 1].cap):
            out.insert(0, t)
            k -= 1
            continue
        break
    while out and not _is_word(out[0]):
        out.pop(0)
    while out and out[0].low == "of":
        out.pop(0)
    return out if any(_is_word(t) for t in out) else []


def _of_market_noun(toks: list[Token], np: list[Token]) -> list[Token]:
    """``np`` with the market noun it is 'of' in front ('The main LSX-40 index of the
    Lisvana stock exchange closed down 3.2%': the index's move, not the exchange's)."""
    if not np:
        return np
    k = next(i for i, t in enumerate(toks) if t is np[0])
    if k >= 1 and toks[k - 1].low in {"the", "a", "an"}:
        k -= 1
    if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in MARKET_NOUNS:
        return [toks[k - 2], toks[k - 1], *np]
    return np


def _market_phrase(np: list[Token]) -> str:
    """Names keep their case; common market nouns are lower case ("shares of Cellegy")."""
    words: list[str] = []
    for t in np:
        if (not _is_word(t) and t.text != "&") or t.low in _MONTHS or t.low in {
                "for", "delivery"} or (t.low in STOPWORDS and t.low != "of"
                                       and t.low not in PLACE_PREPOSITIONS):
            continue
        text = t.text[:-2] if t.low.endswith("'s") else t.text
        if t.low in MARKET_NOUNS or t.low in STOPWORDS or t.low in _MONTHS or not t.cap:
            words.append(text.lower())
        else:
            words.append(text)
    return " ".join(words)


_SESSIONS = {"day", "session", "week", "month", "year", "quarter"}


def _past_article(toks: list[Token], first: int, lo: int) -> int:
    """Index of the token before 'a' or 'an' and at most one adjective right before
    ``first`` ('to a pitiful 14 percent' -> 'to'); ``first`` when there is no article."""
    k = first - 1
    if k - 1 > lo and _is_word(toks[k]) and not toks[k].cap and toks[k].low not in _STOP \
            and toks[k].low not in _MOVES and toks[k - 1].low in {"a", "an"}:
        k -= 1
    if k > lo and toks[k].low in {"a", "an"}:
        return k - 1
    return first


def _made_up(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is the 'up' of 'make up' (a share, not a rise)."""
    return toks[k].low == "up" and k > 0 and toks[k - 1].low in {"make", "makes", "made",
                                                                  "making"}


def market_roles(
    toks: list[Token], spans: list[tuple[int, int, bool]]
) -> list[tuple[str, str] | None]:
    """Role and subject of each figure span ``(start, end, is_count)`` in a market report.

    >>> t = tokenize("Oracle shares fell 27 cents, or 2 percent, to $13.09.")
    >>> market_roles(t, [(19, 27, False), (32, 41, False), (46, 52, False)])
    [('change', 'Oracle shares'), ('change', 'Oracle shares'), ('level', 'Oracle shares')]
    """
    out: list[tuple[str, str] | None] = []
    clauses: list[int] = []
    for start, end, is_count in spans:
        inside = [k for k, t in enumerate(toks) if t.start >= start and t.end <= end]
        if not inside:
            out.append(None)
            clauses.append(-1)
            continue
        first, last = inside[0], inside[-1]
        lo, _ = _clause(toks, first)
        prev = toks[first - 1].low if first > lo else ""
        prev2 = toks[first - 2].low if first - 1 > lo else ""
        nxt = toks[last + 1].low if last + 1 < len(toks) else ""
        moves = [k for k in range(first - 1, max(lo, first - 15) - 1, -1)
                 if (toks[k].low in _MOVES and not _made_up(toks, k)) or toks[k].low in _CLOSES]
        if prev == "up" and _made_up(toks, first - 1):
            prev = ""  # 'lorries make up 30% of the traffic': a share, no move
        earlier = out[-1] if out and clauses[-1] == lo else None  # same clause only
        clauses.append(lo)
        lead = _past_article(toks, first, lo)  # 'sank to a pitiful 14 percent'
        role: str | None = None
        if (prev in {"to", "at"} or (lead < first and toks[lead].low in {"to", "at"})) \
                and moves:
            role = "level"
        elif prev == "of" and prev2 in MARKET_NOUNS | {"level"} and first >= 3 and toks[
                first - 3].low in {"a", "an", "its", "the"} and moves:
            role = "level"  # "dipped 14/32 for a yield of 4.26 percent"
        elif prev == "from" and (moves or (earlier and earlier[0] == "level")):
            role = "from"
        elif prev in _MOVES or (prev == "by" and prev2 in _MOVES) or (
                lead == first - 3 and toks[lead].low in _MOVES - {"up", "down"}) or (
                prev in _CLOSES and nxt in _DIRECTION_AFTER | {"at", "to"}) or (
                prev in _SESSIONS and prev2 in {"the", "its"} and first >= 3
                and toks[first - 3].low in _CLOSES and nxt in _DIRECTION_AFTER):
            role = "change"  # 'closed 8.3 percent lower', 'ended the day 8.3 percent lower',
            # 'dipped a modest 2.4%' (an adjective: 'set up a €20m fund' is no move)
        elif prev == "or" or (prev == "," and prev2 == "or") or (
                lead < first and toks[lead].text == ","):
            # 'fell 27 cents, or 2 percent'; 'plunged 600 points, a staggering 9.1 percent'
            role = "change" if earlier and earlier[0] == "change" else None
        if role is None:
            out.append(None)
            continue
        subject = earlier[1] if role == "from" and earlier and earlier[0] == "level" else ""
        if not subject and prev in {"to", "at", "from", "of"} and first >= 3 and (
                toks[first - 3].low in {"its", "the", "their"} or (
                    prev == "of" and toks[first - 3].low in {"a", "an"})) \
                and _is_word(toks[first - 2]):
            subject = _market_phrase([toks[first - 2]])  # "taking its yield to 3.26%"
        for k in moves:
            if subject:
                break
            if toks[k].low in {"up", "down"} and k > 0 and toks[k - 1].low in _UP_VERBS:
                k -= 1  # 'Petrol shot up by almost 50 per cent': 'shot' is the verb
            subject = _market_phrase(_of_market_noun(toks, _np_before(toks, k)))
        if not subject and earlier and (prev in {"or", ","} or toks[lead].text == ","):
            subject = earlier[1]  # "fell 27 cents, or 2 percent"
        if not subject or (is_count and not ({w.lower() for w in subject.split()}
                                             & _MARKET_COUNT_HEADS)):
            out.append(None)
            continue
        out.append((role, subject))
    return out
