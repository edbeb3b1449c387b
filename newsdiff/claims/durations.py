"""What a length of time is of: the event that lasted it.

'The standoff lasted about nine hours', 'the assault, which began shortly after 2am and
lasted around 40 minutes', 'an operation lasting eight months', 'the two leaders met for
nearly six hours': the duration is the standoff's, the assault's, the operation's, the
meeting's. Outlets name one event with several words ('a three-hour gun battle' and 'the
fighting lasted about two hours'; 'the operation' and 'a five-hour dawn blitz'), so the
event nouns of a few common kinds are read as one word for the kind (:data:`EVENT_KINDS`).
"""

from __future__ import annotations

import re

#: nouns for one kind of event, as the word a duration's subject becomes
EVENT_KINDS: dict[str, str] = {
    **dict.fromkeys(("fighting", "firefight", "gunfight", "gunbattle", "battle", "shootout",
                     "clash", "clashes", "skirmish", "exchange of fire", "gun battle",
                     "shooting", "fight", "brawl", "confrontation"), "fighting"),
    **dict.fromkeys(("operation", "assault", "raid", "blitz", "swoop"), "operation"),
    **dict.fromkeys(("meeting", "talks"), "meeting"),
    **dict.fromkeys(("standoff", "siege"), "standoff"),
    # a service or a market stopped: 'a four-hour shutdown', 'suspended all trading for
    # three and a half hours' (:data:`_HALTED`)
    # (not 'a two-week suspension', a player's ban: a review's made-up cases)
    # (not 'disruption of up to 30 minutes', delays warned of: a review's made-up case)
    **dict.fromkeys(("shutdown", "halt", "outage", "closure", "blackout", "standstill",
                     "interruption"), "halt"),
    # workers who stopped work: 'a 48-hour strike', 'the 72-hour action', 'a 24-hour
    # walkout', 'downed tools for 48 hours' (:data:`_STRUCK`; not a hunger strike)
    **dict.fromkeys(("strike", "walkout", "stoppage", "action"), "strike"),
}

#: the verb right before a duration that says how long something went on
_LASTED = re.compile(r"\b(?:(?P<verb>lasted|lasts|went\s+on|dragged\s+on|raged|to\s+last)|"
                     r"(?P<ing>lasting))\s+(?:for\s+)?$|\b(?P<met>met)\s+for\s+$", re.I)
#: ... or that something was stopped that long: 'suspended all trading for three and a
#: half hours', 'Trading was halted for 30 minutes', 'the supply was interrupted for more
#: than two hours', 'Power was cut for six hours' (a bare active 'cut' only of a supply:
#: 'The cartel cut output for six months' is less of it; :func:`_halted`)
_HALTED = re.compile(r"\b(?:halted|suspended|stopped|shut(?:\s+down)?|paralysed|paralyzed|"
                     r"froze|frozen|closed|interrupted|cut\s+off|(?P<cut>cut))"
                     r"(?P<object>(?:\s+(?!(?:from|without|with)\b)[\w'\u2019-]+){0,6}?)"
                     r"\s+for\s+(?:(?:almost|nearly|about|around|some|more\s+than|over|just|"
                     r"up\s+to)\s+)?$", re.I)
#: ... what may be halted: a service, a market, work, traffic (not a captain, a pilot, a
#: driver, a prison sentence suspended for two years, a coach that stopped for 20 minutes)
_HALTABLE = frozenset({
    "trading", "trade", "service", "services", "flights", "operation", "operations",
    "production", "work", "works", "traffic", "delivery", "deliveries", "export", "exports",
    "import", "imports", "withdrawal", "withdrawals", "sale", "sales", "broadcast",
    "broadcasts", "broadcasting", "sitting", "session", "search", "classes", "lessons",
    "trains", "buses", "ferries", "shipment", "shipments", "supply", "supplies", "flow",
    "flows", "payment", "payments", "output", "transmission", "network", "metro", "line",
    "lines", "road", "roads", "market", "markets", "exchange", "airport", "port", "plant",
    "factory", "mine", "power", "water", "gas", "electricity", "phone", "mobile",
    "internet", "rail", "railway", "route", "routes", "departures", "arrivals", "play",
    "voting", "counting", "count", "system", "systems", "bridge", "tunnel", "motorway",
    "highway", "border", "crossing", "terminal", "hearing", "trial", "talks", "movement",
    "movements", "transport", "shipping", "networks", "match", "game"})
#: ... what an active 'cut' stops rather than lessens ('Rebels cut power to the port city for
#: six hours'; not 'The cartel cut output for six months')
_SUPPLIES = frozenset({"power", "water", "gas", "electricity", "supply", "supplies", "internet",
                       "phone", "mobile"})
#: words that end the head of what was halted ('trading in Kestrel shares', 'all movement
#: of livestock across the country')
_AFTER_HEAD = frozenset({"in", "on", "at", "of", "across", "after", "over", "by", "to",
                         "into", "between", "throughout", "around", "near", "through"})
#: words of no thing ('halted again for 45 minutes', 'suspended indefinitely')
_ADVERBS = frozenset({"again", "also", "temporarily", "briefly", "indefinitely", "completely",
                      "partly", "partially", "entirely", "once", "twice", "all", "the", "its",
                      "their", "his", "her"})
#: the verbs before a passive participle, and what opens the clause of its subject
_PASSIVE = re.compile(r"\s+(?:(?:was|were|is|are|be)(?:\s+being)?|(?:has|have|had)\s+been)\s*$",
                      re.I)
_SUBJECT_START = re.compile(r".*(?:[;:]|[,.](?!\d)|\b(?:said|says|that|but|while)\b)",
                            re.I | re.S)  # (not the comma of '40,000 homes')


#: ... or that workers stopped work that long
_STRUCK = re.compile(r"\b(?:downed\s+tools|walked\s+out|went\s+on\s+strike|(?:go|be)\s+on\s+"
                     r"strike|stopped\s+work|(?:will|to|would)\s+strike)\s+for\s+(?:(?:almost|"
                     r"nearly|about|around|some|more\s+than|over|just|up\s+to)\s+)?$", re.I)


#: ... or that an escaped animal or a fugitive was free that long: 'was on the loose for
#: about 45 minutes', 'roamed the paths for around 45 minutes', 'prowled Morvane City Zoo
#: for more than an hour', 'remained at large for three days'
_FOR_ABOUT = (r"\s+for\s+(?:(?:almost|nearly|about|around|some|more\s+than|over|just|"
              r"up\s+to|roughly|less\s+than|under)\s+)?$")  # 'for more than', 'for about'
_LOOSE = re.compile(r"\b(?:on\s+the\s+(?:loose|run)|at\s+large|ran\s+(?:free|loose|wild)|"
                    r"(?:roam|prowl|wander)(?:ed|ing|s)?(?:\s+(?!for\b)[\w'\u2019-]+){0,4}?)"
                    + _FOR_ABOUT, re.I)


#: ... or that a place was left without a supply that long: 'were without power for some
#: four and a half hours', 'lost power for 4.5 hours', 'left fumbling in pitch darkness for
#: nearly six hours'
_WITHOUT = re.compile(r"\b(?:(?:without|lost|losing|loses|lose)\s+(?:power|electricity|water|"
                      r"gas|heating|internet|phone|mobile)|(?:in|into)\s+(?:pitch\s+|total\s+|"
                      r"complete\s+)?dark(?:ness)?)(?:\s+(?!for\b)[\w'\u2019-]+){0,3}?"
                      + _FOR_ABOUT, re.I)


def _halted(before: str) -> bool:
    """Whether a duration told right after ``before`` is how long something was halted:
    the head of the halted thing (the verb's object, or the subject of a passive) must be
    one that can be (:data:`_HALTABLE`)."""
    verb = _HALTED.search(before)
    if verb is None:
        return False
    told = [w for w in _head_words(verb.group("object").lower().split())
            if w not in _ADVERBS]
    if told:
        return told[-1] in _HALTABLE and (not verb.group("cut") or told[-1] in _SUPPLIES)
    passive = _PASSIVE.search(before, 0, verb.start())
    if passive is None:
        return False  # 'The coach had stopped for 20 minutes'
    clause = before[:passive.start()]
    opening = _SUBJECT_START.match(clause)
    subject = [w for w in _head_words(clause[opening.end() if opening else 0:].lower().split())
               if w not in _ADVERBS]
    return bool(subject) and subject[-1] in _HALTABLE


def _head_words(words: list[str]) -> list[str]:
    """The words of a noun phrase up to the first that ends its head ('trading in Kestrel
    shares' -> 'trading')."""
    end = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    return words[:end]


#: where the clause before such a verb starts: a sentence's speaker ('Officials said the
#: blackout lasted ...'), a semicolon, or a comma before a determiner ('In total, the
#: fighting lasted')
_DETERMINER = r"(?:the|a|an|its|their)"
_CLAUSE_START = re.compile(r"(?:^|[;:]|\b(?:said|says|told|added|reported)\b(?:\s+that\b)?|"
                           rf",\s+(?={_DETERMINER}\s))", re.I)
#: ... or 'and' before a determiner after a verb ('Officers moved in at dawn and the clashes
#: lasted'; not 'The fighting between police and the gang lasted')
_AND_CLAUSE = re.compile(rf"\b(?:was|were|is|are|had|has|[a-z]+ed)\b.*\band\s+(?={_DETERMINER}\s)",
                         re.I)
#: words that stand for an event told elsewhere, or for no event
_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "she", "he", "they", "we",
                       "i", "you", "which", "who", "one"})
_LEADING = re.compile(r"^(?:(?:the|a|an|this|that|its|their|his|her|our|[\w-]+['\u2019]s)\s+)+",
                      re.I)
#: a word that ends the noun phrase of the event (a relative, a preposition, a verb)
_NP_END = re.compile(r"\s+(?:that|which|who|in|on|at|of|between|by|with|near|outside|off|"
                     r"began|begun|started|was|were|had|has|is|and|,)\b|,", re.I)
_RELATIVE = re.compile(r"\b([a-z]+(?:\s+of\s+fire)?),\s+which\b(?:(?!,).)*$")
#: 'ending a siege at a bank branch that had lasted', 'a standoff which lasted': the noun
#: the relative tells of (past one place it is at)
_THAT = re.compile(r"\b([a-z]+)(?:\s+(?:at|outside|near)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?"
                   r"[a-z]+)?\s+(?:that|which)(?:\s+(?:had|has))?$")


#: an event noun right before 'of' and a duration ('an interruption of about two and a half
#: hours', 'after a standoff of nine hours') or whose length is put at one ('put the length
#: of the interruption at 150 minutes'): the event the duration is of, when it is one of
#: :data:`EVENT_KINDS`
_EVENT_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+$|\b(?:length|duration)\s+of\s+"
                       rf"{_DETERMINER}\s+(?P<measured>[a-z]+)\s+(?:at|as)\s+$", re.I)


def what_lasted(before: str) -> str | None:
    """The event a duration told right after ``before`` is of, or None."""
    told = _EVENT_OF.search(before)
    noun = told and (told.group("noun") or told.group("measured")).lower()
    if noun in EVENT_KINDS:
        return EVENT_KINDS[noun]
    verb = _LASTED.search(before)
    if verb is None:
        if _halted(before) or _WITHOUT.search(before):
            return "halt"
        if _STRUCK.search(before):
            return "strike"
        return "loose" if _LOOSE.search(before) else None
    if verb.group("met"):
        return "meeting"  # 'met for nearly six hours'
    head = before[:verb.start()].rstrip()
    if verb.group("ing"):  # 'an operation lasting eight months' (a 'surveillance
        # operation' whole: its modifier tells another kind)
        words = re.search(rf"\b{_DETERMINER}\s+((?:[a-z]+\s+){{0,2}}[a-z]+)$", head) or (
            re.search(r"\b([a-z]+)$", head))
        return event_kind(words.group(1)) if words else None
    relative = _RELATIVE.search(head) or _THAT.search(head)
    if relative is not None:  # 'the assault, which began ... and lasted'
        return event_kind(relative.group(1))
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    if (joined := _AND_CLAUSE.search(head)) is not None:
        starts.append(joined.end())
    clause = _LEADING.sub("", head[max(starts):].strip())
    noun = _NP_END.split(clause, maxsplit=1)[0].strip()
    if noun and head.lstrip().startswith(noun):  # 'Fighting lasted ...' opens the sentence,
        low = noun[:1].lower() + noun[1:]  # 'Kowalski lasted' names someone
        noun = low if low.split()[-1] in EVENT_KINDS else ""
    if clause[len(noun):].lower().startswith(" of fire"):
        noun = f"{noun} of fire"  # 'The exchange of fire lasted about 12 minutes'
    if not re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}(?: of fire)?", noun) or noun in _PRONOUNS:
        return None  # a name, a pronoun, no noun phrase at all
    return event_kind(noun)


#: words before an event noun that tell when or by whom, not another kind of event ('a
#: five-hour dawn blitz' is the operation; 'a three-week surveillance operation' is not the
#: raid: review E of the change)
_PLAIN_MODIFIERS = frozenset({
    "dawn", "night", "overnight", "morning", "evening", "afternoon", "police", "army",
    "military", "armed", "fierce", "heavy", "brief", "intense", "bloody", "deadly", "gun"})


def event_kind(subject: str) -> str:
    """The word for the kind of event a duration's subject names ('dawn blitz' ->
    'operation', 'gun battle' -> 'fighting'), else the subject itself."""
    low = subject.lower()
    if low in EVENT_KINDS:
        return EVENT_KINDS[low]
    *before, last = low.split() or [""]
    if last in EVENT_KINDS and all(w in _KIND_MODIFIERS.get(EVENT_KINDS[last], _PLAIN_MODIFIERS)
                                   for w in before):
        return EVENT_KINDS[last]
    words = low.split()
    for k, word in enumerate(words[:3]):
        kind = EVENT_KINDS.get(word)
        if kind in _KIND_MODIFIERS and all(w in _KIND_MODIFIERS[kind] for w in words[:k]) \
                and _VERB_AFTER.match(" ".join(words[k + 1:])):
            return kind  # 'The four-hour (trading) shutdown left thousands of investors'
    return subject


#: a verb that ends the words after an event noun ('shutdown left thousands ...')
_VERB_AFTER = re.compile(r"[a-z]+ed\b|(?:left|cost|hit|kept|shut|cut|meant|put|sent|"
                         r"forced|caused|saw|brought)\b")
#: ... and before a halt: what stopped, how wide ('a four-hour trading halt', 'a six-hour
#: power outage')
_HALT_MODIFIERS = frozenset({
    "trading", "power", "internet", "network", "service", "rail", "road", "system", "market",
    "total", "complete", "partial", "airport", "phone", "mobile", "water", "gas",
    "electricity", "broadcast", "temporary", "nationwide", "citywide", "traffic"})
#: ... and before a strike: whose and how wide ('a 48-hour general strike', 'industrial
#: action'; not 'a hunger strike', 'military action')
_KIND_MODIFIERS = {"halt": _HALT_MODIFIERS, "strike": frozenset({
    "general", "national", "nationwide", "industrial", "work", "rolling", "wildcat", "total",
    "indefinite", "union", "staff", "pay", "second", "first", "fresh", "new"})}
