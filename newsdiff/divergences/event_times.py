"""Which main event a time of day is the time of, read from the time's own clause.

Reports often tell when the main event happened in sentences the aligner puts apart ('The
blast tore through a former tannery at about 4:40 pm' in a lead, 'The explosion, shortly
after 5 pm on Tuesday, shook houses' in a later paragraph), so
:func:`newsdiff.divergences.figure_times.time_clashes` also compares, across the whole
cluster, the one time each report tells of one kind of event (:func:`event_of`).

A time is the event's only when the event is the subject or the verb of the time's own
clause, told as happening then:

- an event noun (whole words of :data:`_EVENT_NOUNS`: 'blast', 'explosion', 'earthquake',
  'collapse', 'crash', 'rockets', 'shooting', ...) after at most a determiner and three
  plain words, at the start of the sentence or of a clause ('after rockets slammed into
  number 14 at about 4.45am'), followed by a verb of happening (:data:`_HAPPENED`: 'hit',
  'struck', 'tore', 'happened', 'went off', 'began'; not 'was reported', 'stopped',
  'was still continuing'), then the time with no other clause between (:data:`_RUN_ON`:
  not 'The fire broke out on the fourth floor and firefighters were called at 2.20am');
  a fire only by a verb of its start ('broke out', 'started'; not 'tore through the top
  floors at 4am', a later stage);
- the same noun alone opening the sentence before a comma, with its verb after the time
  ('The earthquake, with a magnitude of 6.4, struck at 10:42') or the time between commas
  and a verb of what it did after them (:data:`_EFFECT`: 'The explosion, shortly after 5
  pm on Tuesday, shook houses'; not 'was reported to police', nor 'Police blamed the
  blast, at 4pm, on a gas leak'), the noun a relative clause tells of ('Nine people died
  in the fire, which started at about 1:45 a.m.'), or the time first ('At 6.05pm, the
  blast ripped through the tannery'; 'At 2.10pm, the plane crashed into a hillside'; not
  'At 4pm, officials said ...');
- an event verb used without an object (:data:`_EVENT_VERBS`: 'collapsed', 'crashed into
  a hillside', 'capsized', 'derailed', 'exploded', 'erupted') whose subject is a thing
  that can do so, not talks, prices, a website or a person (:data:`_NOT_PHYSICAL`); the
  thing is kept (:attr:`Told.thing`: 'The roof of the town hall collapsed' tells of a
  roof, 'A bus carrying pilgrims crashed' of a bus).

A clause that tells one moment of several, another day or a plan is no time of the main
event (:data:`_OTHER_MOMENT`: 'An initial blast', 'a similar attack', 'an aftershock',
'last week', 'the day after', 'will be held'), nor is a sentence that tells another
incident or opens with another moment (:data:`_ELSEWHERE`, :data:`_OPENING`: 'In a
separate incident', 'Elsewhere', 'Eight years ago,'), names another year than the year of
publication ('in 2019'), or a time that names a thing ('the 8.15am service'). A time told
with a named zone ('1.17am UK time', :func:`other_zone`) is left out by the caller.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Told(NamedTuple):
    """The kind of event a time tells (one of :data:`_EVENT_NOUNS`' values) and, when an
    event verb tells it, the thing its subject names ('footbridge'), else None."""

    kind: str
    thing: str | None


#: event nouns (whole words) and the event each tells: a bomb, a blast and an explosion
#: are one event told in other words; so are a quake, an earthquake and a tremor
_EVENT_NOUNS = {
    **dict.fromkeys(("blast", "explosion", "bomb", "bombing", "detonation", "car bomb",
                     "suicide attack", "suicide bombing", "bomb attack"), "blast"),
    **dict.fromkeys(("quake", "earthquake", "tremor", "temblor"), "quake"),
    **dict.fromkeys(("collapse",), "collapse"),
    **dict.fromkeys(("crash",), "crash"),
    **dict.fromkeys(("attack", "assault", "ambush"), "attack"),
    **dict.fromkeys(("rocket", "rockets", "missile", "missiles", "barrage", "drone strike",
                     "airstrike", "air strike", "rocket attack", "missile attack",
                     "drone attack", "air raid"), "strike"),
    **dict.fromkeys(("shooting", "gunfire"), "shooting"),
    **dict.fromkeys(("eruption",), "eruption"),
    **dict.fromkeys(("derailment",), "derailment"),
    **dict.fromkeys(("capsizing",), "capsize"),
    **dict.fromkeys(("fire", "blaze"), "fire"),
}
#: the same events told in the plural: a report that does tells several of them
_PLURALS = {
    **dict.fromkeys(("blasts", "explosions", "bombs", "bombings"), "blast"),
    **dict.fromkeys(("quakes", "earthquakes"), "quake"),  # ('Tremors were felt in the
    # capital' tells one quake felt)
    "collapses": "collapse", "crashes": "crash",
    **dict.fromkeys(("attacks", "assaults", "ambushes"), "attack"),
    **dict.fromkeys(("airstrikes", "air strikes", "drone strikes", "barrages"), "strike"),
    "shootings": "shooting", "eruptions": "eruption", "derailments": "derailment",
    **dict.fromkeys(("fires", "blazes"), "fire"),
}
#: verbs that tell an event noun happening at the time (past tense; 'went off', 'took
#: place', 'broke out' with the word after them)
_HAPPENED = (r"hit|struck|tore|ripped|rocked|shook|happened|occurred|took\s+place|went\s+off|"
             r"slammed|smashed|crashed|began|started|broke\s+out|erupted|exploded|landed|"
             r"rained\s+down|came")
#: ... of them, those that tell a fire's start (a fire lasts: 'The fire tore through the
#: top floors at about 4am' is no time it started)
_STARTS = re.compile(r"began|started|broke\s+out|erupted", re.IGNORECASE)
#: words between an event's verb and its time that start another clause, whose time it is
#: ('The fire broke out on the fourth floor and firefighters were called at 2.20am'; 'The
#: blast killed a watchman who had started his shift at 10pm'; 'began spreading')
_RUN_ON = re.compile(r"\b(?:and|but|or|as|while|that|who|whom|which|whose|where|when|before|"
                     r"after|until|since|because|so|had|has|have|was|were|is|are|been|"
                     r"being|then)\b", re.IGNORECASE)
#: ... or an infinitive or a participle right after the verb ('began to spread', 'began
#: spreading'; not 'struck during evening prayers', nor a place: 'struck Kunming')
_GOES_ON = re.compile(r"^\s*(?:to\b|(?-i:(?!during\b|morning\b|evening\b)[a-z]+ing)\b)",
                      re.IGNORECASE)
#: event verbs used without an object ('The five-storey block collapsed at 4.10am') and
#: the event each tells
_EVENT_VERBS = {"collapsed": "collapse", "caved in": "collapse", "crashed": "crash",
                "capsized": "capsize", "derailed": "derailment", "exploded": "blast",
                "erupted": "eruption"}
_VERBS = "|".join(v.replace(" ", r"\s+") for v in _EVENT_VERBS)
#: a part of a date after a time, between commas ('shortly after 5 pm on Tuesday, 28
#: December, shook houses')
_DATE_PART = re.compile(r"\s*(?:\d|[A-Z][a-z]+day\b|(?:January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\b)")
#: words after an event verb that keep it without an object ('crashed into a hillside',
#: 'collapsed shortly after 4am'; not 'derailed plans')
_AFTER_VERB = re.compile(r"\s*(?:[.!?'\"\u2019\u201d]*\s*$|(?:at|into|onto|on|in|near|off|"
                         r"over|outside|inside|shortly|just|soon|about|around|some|roughly|"
                         r"approximately|nearly|almost|early|late|suddenly|without|during|"
                         r"under|through|"
                         r"across)\b)", re.IGNORECASE)
#: words after the first noun of a subject that tie it to another thing ('The roof of the
#: town hall', 'A footbridge over the river', 'A bus carrying pilgrims')
_OF_PLACE = frozenset({"of", "in", "on", "at", "over", "near", "from", "above", "across",
                       "beside", "outside", "inside", "along", "by", "with", "which", "that",
                       "who", "whose", "between", "for", "about", "to", "and", "carrying",
                       "belonging", "operated", "owned", "loaded", "packed", "bound",
                       "travelling", "traveling", "heading", "flying", "said", "says"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "one", "two",
                          "three", "this", "that"})
#: things an event verb names in other words ('The volcano erupted' and 'Mount Kessel
#: erupted'; 'The building collapsed' and 'The apartment block collapsed')
_SAME_THING = {
    **dict.fromkeys(("aircraft", "airliner", "jet", "plane", "flight"), "plane"),
    **dict.fromkeys(("building", "block", "tower", "structure", "house"), "building"),
    **dict.fromkeys(("volcano", "mount", "mountain", "peak", "crater"), "volcano"),
    **dict.fromkeys(("ferry", "boat", "vessel", "ship", "barge", "trawler"), "vessel"),
    **dict.fromkeys(("lorry", "truck", "tanker"), "lorry"),
    **dict.fromkeys(("bus", "coach", "minibus"), "bus"),
    **dict.fromkeys(("train", "locomotive"), "train"),
}
#: subjects of an event verb that are no thing which collapses or crashes: markets, plans,
#: systems, feelings and people ('One volunteer collapsed at 2pm from exhaustion')
_NOT_PHYSICAL = frozenset({
    "talks", "negotiations", "deal", "government", "coalition", "prices", "price", "market",
    "markets", "shares", "stocks", "currency", "website", "site", "system", "systems",
    "server", "servers", "network", "app", "anger", "protests", "violence", "fighting",
    "economy", "plan", "plans", "scheme", "bid", "case", "trial", "ceasefire",
    "truce", "it", "they", "he", "she", "we", "people", "men", "women", "children", "stock",
    "share", "page", "pages", "booking", "index", "bond", "bonds", "sales", "demand", "support",
    "man", "woman", "runner", "boy", "girl", "player", "athlete", "patient", "pensioner",
    "child", "spectator", "volunteer", "firefighter", "rescuer", "worker", "officer",
    "soldier", "victim", "passenger", "resident", "mother", "father", "son", "daughter",
    "husband", "wife", "teacher", "pupil", "student", "nurse", "doctor", "miner", "guard",
    "prisoner", "marcher", "protester", "fan", "supporter", "hiker", "climber", "swimmer",
    "neighbour", "neighbor", "relative", "witness", "official", "minister", "mayor", "pilot",
    "hotline", "helpline", "line", "lines", "phone", "phones", "computer", "computers",
    "database", "exchange", "bourse", "service", "services", "signal", "power", "grid"})
#: words a clause tells another moment, another incident, another day or a plan with
_OTHER_MOMENT = re.compile(
    r"(?<![\w-])(?:(?:first|second|third)(?!\s+(?:floor|storey|story|level|deck)\b)|"
    r"initial|earlier|later|bigger|larger|smaller|stronger|weaker|"
    r"similar|another|previous|last(?!\s+night)|next(?!\s+to\b)|(?-i:new)|further|"
    r"fresh|renewed|final|again|once\s+more|secondary|controlled|same|aftershocks?|"
    r"foreshocks?|will|"
    r"would|due(?!\s+to\b)|scheduled|planned|expected|tomorrow|ago|weeks?|"
    r"months?|years?|days|(?:day|night|evening|morning)\s+(?:after|before)|every|each|daily|"
    r"nightly|still|(?:in|last|since|early|late)\s+(?-i:January|February|March|April|May|"
    r"June|July|August|September|October|November|December))(?![\w-])",
    re.IGNORECASE)
#: words a sentence tells another incident than the main one with, wherever they stand
#: ('In a separate incident, a bomb went off at 11am'; 'Elsewhere, a tremor struck')
_ELSEWHERE = re.compile(r"\b(?:separate|separately|elsewhere|meanwhile|in\s+(?:the\s+)?"
                        r"nearby)\b", re.IGNORECASE)
#: a phrase that opens a sentence with another moment than the one told ('In 1998,', 'Eight
#: years ago,', 'That evening,', 'Moments later,')
_OPENING = re.compile(r"^\s*(?:[\w'-]+\s+){0,4}?(?:moments?|minutes?|hours?|later|ago|"
                      r"that\s+(?:evening|morning|night|afternoon|day)|earlier|afterwards|"
                      r"then)\s*,", re.IGNORECASE)
#: a year: another moment than the main event's unless it is the year of publication ('In
#: 1998,'; 'a blast at the same depot in 2019')
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DETERMINER = r"(?:the|an|a|two|three|several|its|their)"
_NOUN = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _EVENT_NOUNS),
                        key=len, reverse=True))
#: a plain word or number between a determiner and the event noun ('A huge blast', 'A
#: powerful magnitude 6.2 earthquake'); not a word that ties the noun to another thing
_PLAIN = r"(?:(?!(?:after|before|of|for|from|by|with|to|at)\b)[a-z0-9.-]+\s+)"
#: a place named right after the event noun ('The attack on the Corvel bank began');
#: names are capitalised, whatever the case of the rest
_NAMED_PLACE = (r"(?:\s+(?:on|in|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*"
                r"(?:\s+(?!(?:where|which|that|who|when)\b)[\w'-]+){0,3}?)?")
#: the subject and its verb, from a clause's start to the time ('after rockets slammed
#: into number 14 at about'; 'The earthquake that struck at')
_SUBJECT_VERB = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:after|when|as|and|but|then|said|says|say|believed|that)\s+)"
    rf"(?:{_DETERMINER}\s+)?{_PLAIN}{{0,3}}?(?P<noun>{_NOUN}){_NAMED_PLACE}"
    rf"\s+(?:(?:which|that)\s+)?(?:(?:had|has|have|was|were)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?P<verb>{_HAPPENED})\b(?P<tail>[^,;:()]*)$", re.IGNORECASE)
#: the event noun alone at the start of the sentence before a comma ('The explosion,')
_NOUN_ALONE = re.compile(rf"^\s*(?:{_DETERMINER}\s+{_PLAIN}{{0,3}}?)?(?P<noun>{_NOUN})\s*,",
                         re.IGNORECASE)
#: verbs after the time that tell the event noun before it as happening then or doing
#: what it did ('The explosion, shortly after 5 pm on Tuesday, shook houses'; not 'was
#: reported to police')
_EFFECT = re.compile(rf"\s*(?:{_HAPPENED}|shook|killed|injured|wounded|destroyed|damaged|"
                     r"flattened|levelled|leveled|shattered|buried|trapped|sent|left|"
                     r"caused|blew|woke|lit|brought|cut|tore|closed|blocked|halted|"
                     r"disrupted|forced|triggered|sparked|was\s+(?:witnessed|heard|felt|"
                     r"seen|caught|captured|recorded))\b", re.IGNORECASE)
#: the event noun right before the comma of a relative clause ('died in the fire, which
#: started at about 1:45 a.m.')
_NOUN_BEFORE = re.compile(rf"\b{_DETERMINER}\s+{_PLAIN}{{0,3}}?(?P<noun>{_NOUN})\s*,\s*$",
                          re.IGNORECASE)
#: a clause that is the event noun's verb right after a comma or a relative word ('struck
#: at', 'which happened shortly after', 'police said, happened at')
_VERB_FIRST = re.compile(rf"^\s*(?:(?:which|that)\s+)?(?:(?:had|has|was)\s+)?"
                         rf"(?P<verb>{_HAPPENED})\b(?P<tail>[^,;:()]*)$", re.IGNORECASE)
#: the words right before a time that say only how near it is ('at about', 'shortly after')
_LEAD = re.compile(r"\s*(?:\bat\s+)?(?:(?:about|around|approximately|roughly|some|nearly|"
                   r"almost|(?:shortly|just|soon)\s+(?:before|after|past))\s+)?$",
                   re.IGNORECASE)
#: a time at a sentence's start, then its event's subject and verb ('At about 6.05pm on
#: Tuesday, the blast ripped through the tannery'), or a subject and an event verb ('At
#: 2.10pm, the plane crashed into a hillside')
_DAY_AFTER = r"^\s*(?:local\s+time\s*)?(?:on\s+[A-Z][a-z]+day\s*)?"
_SUBJECT_FIRST = re.compile(rf"{_DAY_AFTER},?\s*(?:{_DETERMINER}\s+{_PLAIN}{{0,3}}?)?"
                            rf"(?P<noun>{_NOUN})\s+(?:(?:had|has|was)\s+)?"
                            rf"(?P<verb>{_HAPPENED})\b(?P<tail>[^,;:()]*)", re.IGNORECASE)
_VERB_AFTER_TIME = re.compile(rf"{_DAY_AFTER},\s*(?P<subject>(?:[\w'-]+\s+){{1,5}}?)"
                              rf"(?P<verb>{_VERBS})\b(?P<after>[^,;:()]*)", re.IGNORECASE)
#: an event verb with the words before it and after it
_VERB = re.compile(rf"\b[\w'-]+\s+(?:(?:had|has)\s+)?(?:[a-z]+ly\s+)?(?P<verb>{_VERBS})\b"
                   rf"(?P<after>[^,;:()]*)$", re.IGNORECASE)
#: a zone named after a time other than the local one ('1.17am UK time', '10:17 p.m. ET')
_OTHER_ZONE = re.compile(r"\s*\(?(?:(?!Local\b)[A-Z]\w*\s+(?i:time)\b|(?:BST|ET|EST|EDT|CET|"
                         r"CEST|PST|PDT|MSK|IST)\b)")


def event_of(sentence: str, start: int, end: int, *, year: int | None = None
             ) -> Told | None:
    """The main event a time of day at ``sentence[start:end]`` tells the time of, or None
    (see the module docstring), with the thing that did it when an event verb tells it.
    ``year``: the year of publication (a sentence naming another year tells another
    moment; with None, any year does).

    >>> event_of("The quake struck at 10:42 local time.", 20, 25)
    Told(kind='quake', thing=None)
    >>> event_of("The blast was reported to police at 6pm.", 36, 39) is None
    True
    >>> event_of("The explosion, shortly after 5 pm on Tuesday, shook houses.", 29, 33)
    Told(kind='blast', thing=None)
    >>> event_of("A footbridge over the river collapsed at 5.30pm.", 41, 47)
    Told(kind='collapse', thing='footbridge')
    """
    before, rest = sentence[:start], sentence[end:]
    clause = re.split(r"[,;:()]", before)[-1]
    segments = re.split(r"[,;:()]", rest)
    if _OTHER_MOMENT.search(clause + " " + segments[0]) or _ELSEWHERE.search(sentence) \
            or _OPENING.match(sentence) or any(
                year is None or int(y) != year for y in _YEAR.findall(sentence)):
        return None
    if re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", before, re.IGNORECASE):
        return None  # 'a bomb exploded on the 8.15am service': the time names a thing
    told = _LEAD.sub("", before)
    opens = len(before) - len(clause)  # where the time's own clause opens
    if (m := _SUBJECT_VERB.search(told)) is not None:
        if _GOES_ON.match(m.group("tail")) or _RUN_ON.search(m.group("tail")) or _came_on(m):
            return None  # the time of another clause's act; 'came under control'
        return _noun_told(m.group("noun"), m.group("verb"), sentence, m.start("noun"))
    if (m := _VERB.search(told)) is not None and m.start("verb") >= opens:
        return _verb_told(told[opens:m.start("verb")], m.group("verb"), m.group("after"))
    if _OTHER_MOMENT.search(sentence):
        return None  # (the readings below reach past the time's own clause)
    first = _VERB_FIRST.match(_LEAD.sub("", clause))
    if first is not None and (_GOES_ON.match(first.group("tail"))
                              or _RUN_ON.search(first.group("tail")) or _came_on(first)):
        first = None
    if first is not None and re.match(r"\s*(?:which|that)\b", clause) and (
            m := _NOUN_BEFORE.search(before[:opens])) is not None:
        # 'Nine people died in the fire, which started at about 1:45 a.m.'
        return _noun_told(m.group("noun"), first.group("verb"), sentence, m.start("noun"))
    alone = _NOUN_ALONE.match(before)
    if alone is not None and first is not None:
        # 'The earthquake, with a magnitude of 6.4, struck at 10:42'
        return _noun_told(alone.group("noun"), first.group("verb"), sentence,
                          alone.start("noun"))
    after = next((x for x in segments[1:] if not _DATE_PART.match(x)), "")
    if alone is not None and alone.end() == opens and _LEAD.fullmatch(clause) and (
            verb := _EFFECT.match(after)) is not None:
        # 'The explosion, shortly after 5 pm on Tuesday, 28 December, shook houses'
        return _noun_told(alone.group("noun"), verb.group(0).strip(), sentence,
                          alone.start("noun"))
    if _LEAD.fullmatch(before):
        if (m := _SUBJECT_FIRST.match(rest)) is not None:
            if _GOES_ON.match(m.group("tail")) or _came_on(m):
                return None  # 'At 5am, the fire began to spread': another act
            # 'At 6.05pm, the blast ripped through the tannery'
            return _noun_told(m.group("noun"), m.group("verb"), sentence,
                              end + m.start("noun"))
        if (m := _VERB_AFTER_TIME.match(rest)) is not None and not _SAID.search(
                m.group("subject")):
            # 'At 2.10pm, the plane crashed into a wooded hillside'; not 'At 2pm, officials
            # said the building collapsed' (when they said it)
            return _verb_told(m.group("subject"), m.group("verb"), m.group("after"))
    return None


def _came_on(m: re.Match[str]) -> bool:
    """'came' tells the event only right before its time ('The attack came at about
    11.30pm'; not 'The blaze came under control at 9pm')."""
    return m.group("verb").lower() == "came" and bool(m.group("tail").strip())


def other_zone(after: str) -> bool:
    """Whether the text right after a time names a zone other than the local one ('1.17am
    UK time'; not 'local time')."""
    return _OTHER_ZONE.match(after) is not None


def thing_words(text: str) -> frozenset[str]:
    """The things ``text`` names, as :attr:`Told.thing` names them (:data:`_SAME_THING`: a
    block is a building).

    >>> "building" in thing_words("The apartment block in Port Aster was evacuated.")
    True
    """
    return frozenset(_SAME_THING.get(w, w) for w in re.findall(r"[a-z-]+", text.lower()))


def _noun_told(noun: str, verb: str, sentence: str, at: int) -> Told | None:
    """The event an event noun tells, unless a word right before it makes it another
    thing ('a heart attack', 'the coalition collapse'), or it is a fire whose verb tells
    no start."""
    before = re.findall(r"[a-z]+", sentence[max(0, at - 16):at].lower())
    if before and (before[-1] in {"heart", "verbal", "panic", "asthma", "written"}
                   or _person_or_abstract(before[-1])):
        return None  # 'a heart attack', 'The coalition collapse', 'the stock market crash'
    kind = _EVENT_NOUNS[re.sub(r"\s+", " ", noun.lower())]
    if kind == "fire" and not _STARTS.fullmatch(verb):
        return None
    return Told(kind, None)


def _verb_told(subject: str, verb: str, after: str) -> Told | None:
    """The event an event verb tells, with what its subject names, when the verb takes no
    object and nothing after it opens another clause ('crashed into a hillside'; not
    'derailed plans'), and its subject is a thing that can do so ('The five-storey block
    collapsed'; not 'Negotiations ... had collapsed', nor a subject before a comma, which
    may be anything: 'Prices, ..., crashed at')."""
    if _AFTER_VERB.match(after) is None or _RUN_ON.search(after) or _GOES_ON.match(after):
        return None
    # the subject after a statement's verb ('Witnesses said the building collapsed')
    subject = _SAID.split(subject)[-1]
    words = re.findall(r"[A-Za-z-]+", subject)
    thing = _thing(words)
    if thing is None or _person_or_abstract(thing) or words[-1].lower() in _PRONOUNS:
        return None
    return Told(_EVENT_VERBS[re.sub(r"\s+", " ", verb.lower())], thing)


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "which", "who", "that"})
#: statement verbs and connectives the subject of an event verb comes after
_SAID = re.compile(r"\b(?:said|says|told|believed|thought|that|when|after|as|and)\b",
                   re.IGNORECASE)


def _person_or_abstract(word: str) -> bool:
    """Whether a word names people or a thing that does not collapse or crash as a
    building or a vehicle does (:data:`_NOT_PHYSICAL`, singular or plural: 'Three runners
    collapsed', 'The coalition collapse')."""
    return word in _NOT_PHYSICAL or (word.endswith("s") and word[:-1] in _NOT_PHYSICAL)


def _thing(words: list[str]) -> str | None:
    """The noun a subject names: the last word before what ties it to another thing ('the
    roof of the town hall': 'roof'; 'a bus carrying pilgrims': 'bus'; 'The bus station
    roof': 'roof'), told alike for things named in other words (:data:`_SAME_THING`: 'the
    five-storey block in Port Aster' names a building, 'Mount Kessel' a volcano)."""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    named: list[str] = []
    for word in words:
        if word.lower() in _OF_PLACE:
            break
        named.append(word)
    if not named:
        return None
    head = named[-1]
    if head[:1].isupper():  # a name: what the words before it call it ('Mount Kessel')
        alike = [_SAME_THING[w.lower()] for w in named[:-1] if w.lower() in _SAME_THING]
        if alike:
            return alike[-1]
    return _SAME_THING.get(head.lower(), head.lower())


_PLURAL = "|".join(p.replace(" ", r"\s+") for p in _PLURALS)
#: a word that tells one event of several of a kind right before its noun ('a second,
#: smaller blast', 'Another explosion', 'an earlier attack'), the noun told again ('The
#: fire broke out again'), or an aftershock (a second quake)
#: (the words between such a word and the noun describe it: no determiner, no verb:
#: 'Police later said the blast' tells one blast; a noun that names a thing of the event
#: is no event: 'the first fire engines', 'the main fire exit')
_DESCRIBING = r"(?:[\s,]+(?!(?:the|a|an|said|says|told|was|were|is|had|has)\b)[a-z-]+(?<!ed)){0,2}"
_NOT_EVENT_AFTER = (r"(?!\s+(?:engines?|crews?|fighters?|stations?|service|brigade|alarms?|"
                    r"exits?|doors?|escapes?|officers?|chief|department|safety|risk|hazard))")
_ONE_OF_SEVERAL = re.compile(
    rf"\b(?:(?:first|second|third)(?!\s+(?:floor|storey|story|level|deck)\b)|initial|"
    rf"another|earlier|later|bigger|larger|smaller|stronger|further|fresh|(?-i:new)|similar|"
    rf"previous|main|secondary)\b{_DESCRIBING}[\s,]+(?P<noun>{_NOUN})\b{_NOT_EVENT_AFTER}"
    rf"|\b(?P<again>{_NOUN})\b{_NOT_EVENT_AFTER}[^.]{{0,80}}\b(?:again|once\s+more)\b"
    rf"|\b(?P<plural>{_PLURAL})\b"
    rf"|\b(?:aftershocks?|foreshocks?)\b", re.IGNORECASE)


_VIOLENCE = frozenset({"attack", "blast", "shooting", "strike"})
_TREMORS = re.compile(r"\b(?:tremor|temblor|shock)\b", re.IGNORECASE)


def several(text: str) -> frozenset[str]:
    """The events a report tells several of ('A second, smaller blast hit at about 9 pm';
    'a wave of attacks'; an aftershock is a second quake, which a report that tells of
    aftershocks may call a tremor): its times of those events are no one moment.

    >>> sorted(several("Another blast hit at 9pm. Aftershocks followed; a tremor woke us."))
    ['blast', 'quake']
    """
    out: set[str] = set()
    for m in _ONE_OF_SEVERAL.finditer(text):
        if m.group("plural"):
            kind = _PLURALS[re.sub(r"\s+", " ", m.group("plural").lower())]
            # 'a wave of attacks' tells several bombs, shootings and strikes too
            out |= _VIOLENCE if kind == "attack" else {kind}
        elif m.group("noun") or m.group("again"):
            noun = m.group("noun") or m.group("again")
            out.add(_EVENT_NOUNS[re.sub(r"\s+", " ", noun.lower())])
        elif _TREMORS.search(text):
            out.add("quake")  # aftershocks beside a tremor: the tremor may be one
    return frozenset(out)
