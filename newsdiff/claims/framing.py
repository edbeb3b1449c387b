"""Framing cues of one report's sentences: loaded terms, actor labels, attribution verbs,
hedges, and voice (agentless passive vs a named agent).

Cues are found with the lexicons in ``newsdiff/claims/lexicons/`` (data files, each naming
its source) over tokens of the sentence text, after spans that are not the outlet's own
words (direct quotes) or that another capability compares (figures) are masked.

>>> lex = load_lexicons()
>>> text = "Fifty-five soldiers were reportedly killed as US commandos abducted the strongman."
>>> [(c.category, c.text) for c in sentence_cues("t", 0, text, 0, lex)]
... # doctest: +NORMALIZE_WHITESPACE
[('word_choice', 'soldiers'), ('agentless', 'were reportedly killed'),
 ('hedge', 'reportedly'), ('word_choice', 'killed'), ('word_choice', 'commandos'),
 ('agent', 'abducted'), ('word_choice', 'abducted'), ('actor', 'the strongman')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from newsdiff.claims.comparable import MEMBER_TITLES
from newsdiff.claims.dates import FULL_MONTHS
from newsdiff.claims.speakers import fold
from newsdiff.claims.subjects import STOPWORDS

Category = Literal[
    "word_choice", "loaded", "actor", "attribution", "hedge", "agentless", "agent"
]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+\w*|\w+(?:[-'’]\w+)*")  # "3,100" and "2.5m" are one word
_OPENING = re.compile(r"[“«]|(?:^|(?<=\s))\"")
_CLOSING = re.compile(r"[”»\"]")
_QUOTED = re.compile(r"\"[^\"\n]{1,600}\"|“[^”\n]{1,600}”|«[^»\n]{1,600}»"
                     r"|``[^\n]{1,600}?''|`[^`'\n]{1,80}'")  # ``...'' and `...' as in PTB text
# Single quotation marks, as headlines quote ('Mugabe slams 'vile' West'): an opening mark
# after no letter, a closing one before none, so apostrophes ('Obama's') never pair.
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘](?=\w)[^'‘’\n]{1,80}?(?<=[\w.!?])['’](?!\w)")
CLAUSE_BOUNDARY = re.compile(r"[.;:!?,()\u2013\u2014]")
#: forms of "be" before a past participle that make it a passive
BE_FORMS = frozenset({"was", "were", "been", "being", "be", "is", "are", "am"})
_HAVE = frozenset({"has", "have", "had", "having"})
_FINITE = frozenset({"is", "are", "was", "were", "had", "has", "have", "would", "will",
                     "could", "did", "does", "should", "can", "might", "may", "must"})
#: Verbs after which a sentence reports someone's words ('Trump called him a liar').
REPORTED_SPEECH_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "called", "calls", "calling", "accused",
    "accuses", "accusing", "described", "describes", "branded", "dubbed", "labeled",
    "labelled", "claimed", "claims", "argued", "argues", "insisted", "wrote", "writes",
    "tweeted", "warned", "charged", "alleged", "complained", "blasted", "slammed", "asked",
    "denounced", "condemned", "decried", "warn", "warns", "warning", "saying", "tell",
    "claim", "insists", "alleges", "admitted", "admits", "stated", "added", "suggesting",
    "suggested", "suggests",
})
_PREPOSITIONS = frozenset({
    "including", "about", "against", "over", "on", "with", "by", "for", "from", "and", "or",
    "amid", "despite", "into", "in", "among",
})
# Words before 'claims' or 'allegations' that make it a noun ('baseless claims that').
_CLAIM_ADJECTIVES = frozenset({
    "baseless", "unfounded", "unsupported", "unsubstantiated", "false", "dubious", "similar",
    "conspiracy", "fraud", "election", "voter", "jobless", "initial", "continuing",
    "insurance", "unemployment", "sexual", "misconduct", "abuse", "harassment", "wild",
    "debunked", "disputed", "bogus", "outlandish", "repeated", "earlier", "previous",
})
_LEGAL_BEFORE = frozenset({
    "charged", "charge", "charges", "charging", "convicted", "conviction", "guilty",
    "accused", "counts", "count", "indicted", "acquitted", "attempted", "trial", "tried",
    "sentenced", "plead", "pleaded", "pled", "suspicion", "arrested", "investigating",
    "intent", "conspiracy",  # 'assault with intent to murder', 'conspiracy to murder'
})
_LEGAL_AFTER = frozenset({
    "charge", "charges", "trial", "case", "cases", "conviction", "convictions", "count",
    "counts", "suspect", "suspects", "investigation", "verdict", "indictment", "warrant",
})
_NEGATIONS = frozenset({"not", "never", "none", "no", "nobody", "neither", "nor"})
#: words before a verb that make it no report of a statement made ('should insist on')
_MODALS = frozenset({"should", "must", "will", "would", "could", "can", "may", "might", "to",
                     "shall"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "there"})
#: Words of when a statement was made, after its verb at the end of a clause
_WHEN_SAID = frozenset({
    "yesterday", "today", "tonight", "later", "earlier", "again", "afterwards", "on", "last",
    "night", "week", "morning", "evening", "afternoon", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "repeatedly", "then", "this", "the",
})
_DETERMINERS = frozenset({
    "the", "a", "an", "their", "his", "her", "its", "our", "your", "my", "these", "those",
    "such", "of", "this", "that", "whose", "any", "no", "new", "false", "unproven",
})
# Events and causes, not agents: 'killed by gun violence', 'an explosion that killed'.
CAUSES = frozenset({
    "violence", "attack", "attacks", "explosion", "explosions", "blast", "blasts", "fire",
    "fires", "bomb", "bombs", "bombing", "bombings", "shooting", "shootings", "gunfire",
    "storm", "storms", "flood", "floods", "flooding", "earthquake", "quake", "crash",
    "accident", "virus", "disease", "illness", "shelling", "airstrike", "airstrikes",
    "missile", "missiles", "rocket", "rockets", "wave", "heat", "collapse", "arson",
})
_CAUSE_MODIFIERS = frozenset({"gun", "suicide", "car", "twin", "double", "deadly", "suspected"})
# a 'by' phrase with one of these tells how much, not who ('was reduced by a third', 'by
# nearly half', 'by about 10 per cent'; not 'was hit by three of the seven bullets')
_BY_HOW_MUCH = frozenset({
    "third", "thirds", "half", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    "percent", "per", "cent", "pct", "%", "margin", "factor"})
# 'by' before these is a deadline, not an agent ('exhausted by 2036', 'by Friday').
_WHEN = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "then", "now", "midnight", "noon", "tomorrow", "today",
    "tonight", "next", "mid", "early", "late", "year's", "week's", "month's",
})
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "rep", "sen", "gov", "president", "minister", "representative",
    "senator", "governor", "father", "the", "he", "she", "they", "it", "we", "i",
})
_LEGAL_SUBJECTS = frozenset({
    "lawsuit", "suit", "complaint", "indictment", "charges", "filing", "petition",
    "affidavit", "report",
})
#: verbs that only tell a remark ('reportedly told friends'), unlike those that tell an
#: act of saying something ('reportedly complained', 'reportedly claimed responsibility')
_PLAIN_SAYING = frozenset({"said", "says", "say", "saying", "told", "tells", "tell", "added",
                           "stated", "wrote", "writes", "tweeted"})
#: words that set a second statement against the first
_CONTRASTS = frozenset({"but", "whereas"})
#: ... as do 'even though' and 'although' before a clause's subject ('claimed it held all
#: the permits, even though Kestrian media reported that the licence had expired'; not
#: 'the delay, though regrettable,' nor 'as though'; a review of made-up cases)
_CLAUSE_SUBJECTS = frozenset({"the", "a", "an", "its", "his", "her", "their", "he", "she",
                              "it", "they", "we", "police", "officials", "critics"})
#: speakers whose 'allege' is the law's word, not doubt ('prosecutors alleged'); their
#: 'claimed' is not (journalist-jailed, dev: 'Prosecutors said' vs 'Prosecutors claimed')
_LEGAL_SPEAKERS = frozenset({"prosecutors", "prosecution"})
_IRREGULAR = {
    "slain": "slay", "shot": "shoot", "hit": "hit", "taken": "take", "beaten": "beat",
    "struck": "strike", "held": "hold", "caught": "catch", "hurt": "hurt", "thrown": "throw",
    "driven": "drive", "sent": "send", "led": "lead", "kept": "keep", "seen": "see",
    "found": "find", "brought": "bring", "blown": "blow", "overthrown": "overthrow",
    "stolen": "steal", "torn": "tear", "bitten": "bite", "stabbed": "stab", "fought": "fight",
    "beat": "beat",  # 'guards beat several inmates' (past tense)
}
#: doers of 'beat' that beat people (the word is also a result, a rhythm, a forecast)
_BEATERS = frozenset({"he", "she", "they", "we", "who", "police", "policemen", "guards",
                      "officers", "soldiers", "troops", "men", "mob", "protesters",
                      "attackers", "gunmen", "thugs", "youths", "rioters", "assailants",
                      "militants", "wardens", "jailers", "agents", "gang", "crowd"})
#: what a doer fires at or on ('Police marksmen fired at one of the drones')
_FIRED_AT = frozenset({"at", "on", "upon", "into", "towards", "toward"})
#: who fire at or on something (not 'Mortars fired at the base', 'Staff fired at the plant
#: last month', who were sacked)
_FIRING_DOERS = frozenset({
    "police", "officers", "policemen", "cops", "marksmen", "snipers", "sniper", "soldiers",
    "troops", "guards", "gunmen", "gunman", "pirates", "militants", "rebels", "fighters",
    "attackers", "forces", "army", "navy", "coastguard", "he", "she", "they", "men",
    "militiamen", "insurgents", "assailants", "robbers", "shooter", "shooters"})
# Tokens after a past-tense verb that mark it as a reduced passive or intransitive use.
_NOT_OBJECT = frozenset({
    "in", "on", "at", "by", "during", "when", "while", "after", "before", "for", "with",
    "from", "as", "into", "near", "since", "until", "over", "under", "across", "through",
    "and", "or", "but", "to", "that", "which", "who", "there", "here", "overnight",
})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "dozen", "dozens", "a", "an"
})


class Cue(BaseModel):
    """One framing cue: a span of a report's text, what it is and how loaded it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    report: str
    sentence: int
    start: int
    end: int
    text: str
    category: Category
    key: str
    """Concept (word_choice), role (actor), stance (attribution), class (hedge), verb
    stem (voice), or the word itself (loaded)."""
    term: str
    """The lexicon term as matched (lower case), or the label for actors."""
    loading: int = 0
    name: str | None = None
    """Actors: the last word of the proper name the label is written before; attribution:
    the capitalised words next to the verb (its speaker, as far as that shows)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a (possibly multi-word) term, its category key and its loading."""

    key: str
    words: tuple[str, ...]
    loading: int


TermIndex = Mapping[str, tuple[Entry, ...]]
"""A lexicon's entries by first word (see :func:`term_index`)."""


@dataclass(frozen=True, slots=True)
class Lexicons:
    """All framing lexicons, read from the package's data files."""

    word_choice: tuple[Entry, ...]
    actors: tuple[Entry, ...]
    attribution: tuple[Entry, ...]
    hedges: tuple[Entry, ...]
    loaded: tuple[Entry, ...]
    voice_verbs: frozenset[str] = frozenset()
    voice_class: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Voice stems of one act compared as one ('detain' and 'arrest'): stem -> class."""
    covered: frozenset[str] = field(init=False)
    """Words that some hand-written lexicon already classifies (computed once)."""
    indexes: dict[str, TermIndex] = field(init=False, repr=False, compare=False, hash=False)
    """Each lexicon's :func:`term_index`, by field name (computed once)."""

    def __post_init__(self) -> None:
        out: set[str] = set()
        for entries in (self.word_choice, self.actors, self.attribution, self.hedges):
            for e in entries:
                if not (entries is self.attribution and e.key == "hostile"):
                    out.update(e.words)  # a hostile verb may be loaded where it is no
                    # speech verb ('"It is a stunt," sneered the minister')
        object.__setattr__(self, "covered", frozenset(out))
        object.__setattr__(self, "indexes", {
            name: term_index(getattr(self, name))
            for name in ("word_choice", "actors", "attribution", "hedges", "loaded")})


class Token(NamedTuple):
    """A word of a report's text: offsets into the report, normalised form, masked flag.

    (A named tuple, not a dataclass: tokens are made for every word of every sentence
    several times over, and a tuple is made in a third of the time.)
    """

    start: int
    end: int
    norm: str
    masked: bool = False


def normalise(word: str) -> str:
    """Case-folded, accents removed, curly apostrophes straightened.

    >>> normalise("López’s")
    "lopez's"
    """
    if word.isascii():
        return word.lower()  # fold's own first step, without a copy of the word (hot path)
    return fold(word.replace("’", "'"))


def _read(name: str) -> list[list[str]]:
    text = resources.files("newsdiff.claims").joinpath("lexicons", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def _entries(rows: Iterable[list[str]], *, key_col: int, term_col: int,
             loading_col: int) -> tuple[Entry, ...]:
    return tuple(Entry(key=r[key_col], words=tuple(normalise(r[term_col]).split()),
                       loading=int(r[loading_col])) for r in rows)


def load_lexicons() -> Lexicons:
    """Read the lexicon files shipped in ``newsdiff/claims/lexicons/``."""
    return Lexicons(
        word_choice=_entries(_read("word_choice.tsv"), key_col=0, term_col=1, loading_col=2),
        actors=_entries(_read("actor_labels.tsv"), key_col=0, term_col=1, loading_col=2),
        attribution=_entries(_read("attribution_verbs.tsv"), key_col=0, term_col=1,
                             loading_col=2),
        hedges=_entries(_read("hedges.tsv"), key_col=0, term_col=1, loading_col=2),
        loaded=_entries(_read("loaded_terms.tsv"), key_col=0, term_col=0, loading_col=1),
        voice_verbs=frozenset(r[0] for r in _read("voice_verbs.tsv")),
        voice_class={r[0]: r[1] for r in _read("voice_verbs.tsv") if len(r) > 1},
    )


def quoted_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of text between double quotation marks (straight, curly or guillemets), and
    between single ones that open after no letter and close before none.

    A quotation mark that opens and is never closed (an excerpt cut inside a quote)
    quotes the rest of the text.

    >>> quoted_spans('He said "in cold blood" twice.')
    [(8, 23)]
    >>> quoted_spans('“The murder of George Floyd is..')
    [(0, 32)]
    >>> quoted_spans("Mugabe blasts ` vile ' West")
    [(14, 22)]
    """
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans += [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)
              if not any(a <= m.start() < b for a, b in spans)]
    opened = next((m.start() for m in _OPENING.finditer(text)
                   if not any(a <= m.start() < b for a, b in spans)), None)
    if opened is not None and not _CLOSING.search(text, opened + 1):
        spans.append((opened, len(text)))
    return [(a + offset, b + offset) for a, b in spans]


def tokenize(text: str, offset: int = 0, *,
             masks: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Word tokens of ``text`` (offsets shifted by ``offset``); tokens overlapping a mask
    span are marked ``masked``.

    >>> [(t.norm, t.masked) for t in tokenize('They "left" now', masks=[(5, 11)])]
    [('they', False), ('left', True), ('now', False)]
    """
    out = []
    stop = offset + len(text)
    # the masks that reach into the text, merged into disjoint runs in order: the tokens
    # come in order too, so one pass over both tells which overlap a mask
    runs: list[list[int]] = []
    for s, e in sorted((s, e) for s, e in masks if s < stop and offset < e):
        if runs and s <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    k = 0
    for m in _TOKEN.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        while k < len(runs) and runs[k][1] <= start:
            k += 1
        masked = k < len(runs) and runs[k][0] < end
        out.append(Token(start, end, normalise(m.group()), masked))
    return out


def term_index(entries: Iterable[Entry]) -> TermIndex:
    """Entries by their first word, longest first (then in lexicon order)."""
    by_first: dict[str, list[Entry]] = {}
    for e in entries:
        by_first.setdefault(e.words[0], []).append(e)
    return {w: tuple(sorted(options, key=lambda e: -len(e.words)))
            for w, options in by_first.items()}


def match_terms(tokens: Sequence[Token],
                entries: Sequence[Entry] | TermIndex) -> list[tuple[int, int, Entry]]:
    """Non-overlapping matches ``(first token, end token, entry)``, longest first, unmasked.

    ``entries`` is a lexicon or its :func:`term_index` (made once for many sentences).

    >>> e = Entry("capture", ("seized",), 1)
    >>> match_terms(tokenize("Troops seized him"), [e])
    [(1, 2, Entry(key='capture', words=('seized',), loading=1))]
    """
    by_first = entries if isinstance(entries, Mapping) else term_index(entries)
    out = []
    i = 0
    while i < len(tokens):
        hit = None
        for e in by_first.get(tokens[i].norm, ()):
            j = i + len(e.words)
            window = tokens[i:j]
            if (len(window) == len(e.words) and not any(t.masked for t in window)
                    and tuple(t.norm for t in window) == e.words):
                hit = (i, j, e)
                break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit[1]
    return out


def _is_number(token: Token) -> bool:
    return token.masked or token.norm[:1].isdigit() or all(
        part in _NUMBER_WORDS for part in token.norm.split("-"))


def verb_stem(norm: str) -> str | None:
    """The stem of a past-tense or past-participle form, or None if it is not one.

    >>> verb_stem("killed"), verb_stem("slain"), verb_stem("soldiers")
    ('kill', 'slay', None)
    """
    if norm in _IRREGULAR:
        return _IRREGULAR[norm]
    if len(norm) > 4 and norm.endswith("ied"):
        return norm[:-3] + "y"
    if len(norm) > 4 and norm.endswith("ed") and norm.isalpha():
        stem = norm[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]
        return stem
    return None


#: words after 'forced to admit' of people let in, not of a statement
_ADMITTED_IN = frozenset({"more", "fewer", "hundreds", "dozens", "thousands", "patients",
                          "families", "children", "people", "pupils", "students", "fans",
                          "refugees", "migrants"})
#: verbs of a lasting state before a participle ('remains banned', 'stayed closed')
_STAYS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})


def _voice_cues(tokens: Sequence[Token], text: str, offset: int,
                ) -> list[tuple[Category, int, int, str]]:
    """(agentless|agent, first token, end token, stem) for passive and active verbs."""
    out: list[tuple[Category, int, int, str]] = []
    for k, tok in enumerate(tokens):
        if tok.norm == "fire" and k > 0 and tokens[k - 1].norm in {"opened", "open", "opens"} \
                and not tok.masked:
            out.append(("agent", k - 1, k + 1, "fir"))  # 'Police opened fire on the crowd'
            continue
        stem = verb_stem(tok.norm)
        if stem is None or tok.masked:
            continue
        # 'was shot dead by an officer' tells the killing 'was killed' hides, and the
        # shooting 'were shot' hides (a review's case): a cue of each act
        stems = [stem, "kill"] if stem == "shoot" and k + 1 < len(tokens) and \
            tokens[k + 1].norm == "dead" else [stem]
        if tok.norm == "beat" and not (k > 0 and tokens[k - 1].norm in _BEATERS):
            continue  # 'a steady beat of drums', 'Liverpool beat Chelsea', 'profits beat
            # forecasts': only people who beat people ('guards beat several inmates')
        j = k - 1
        while j >= 0 and j >= k - 3 and (tokens[j].norm.endswith("ly") or tokens[j].norm in {
                "not", "also", "all", "later", "then", "soon", "again"}):
            j -= 1
        if j >= 0 and tokens[j].norm in _STAYS:
            continue  # 'Fishing remains banned': a state, no act with or without a doer
        passive = j >= 0 and tokens[j].norm in BE_FORMS and not _gap_has_boundary(
            text, offset, tokens[j].end, tok.start)
        by_agent = _agent_follows(tokens, k, text, offset)
        if passive and {t.norm for t in tokens[max(0, j - 2):k]} & _NEGATIONS:
            continue  # 'none were hit', 'was not charged': no act to hide an agent of
        if passive and not by_agent and _by_how_much(tokens, k):
            continue  # 'The bill was approved by 214 votes to 171', 'was cut by a third':
            # a tally or an amount, no doer hidden
        if passive:
            category: Category = "agent" if by_agent else "agentless"
            first = j - 1 if j >= 1 and tokens[j - 1].norm in _HAVE | BE_FORMS else j
            out += [(category, first, k + 1, act) for act in stems]
            continue
        if j >= 0 and tokens[j].norm in _HAVE:
            continue  # perfect tense: "have killed" is active but ambiguous without parse
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        subject = tokens[k - 2].norm if k > 1 and tokens[k - 1].norm in {"that", "which"} \
            else tokens[k - 1].norm if k > 0 else ""
        if subject in CAUSES:
            continue  # 'an attack that killed 13': an event, not an agent who acts
        if subject in _DETERMINERS:
            continue  # 'two of the injured died': a noun, no verb that names a doer
        fired_at = (stem == "fir" and nxt is not None and nxt.norm in _FIRED_AT
                    and subject in _FIRING_DOERS)  # not 'the shots fired at the crowd'
        if by_agent or (k > 0 and nxt is not None and (nxt.norm not in _NOT_OBJECT or fired_at)
              and not _gap_has_boundary(text, offset, tok.end, nxt.start)
              and not _gap_has_boundary(text, offset, tokens[k - 1].end, tok.start)):
            out += [("agent", k, k + 1, act) for act in stems]
    return out


def _legal_or_noun(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether a kill-word or a riot-word at tokens ``i:j`` is a legal term ('charged with
    murder', 'murder trial', 'convicted of murdering', 'charged with rioting') or the noun
    'slew' ('a slew of')."""
    word = tokens[i].norm
    after = tokens[j].norm if j < len(tokens) else ""
    if word == "slew":
        return after == "of"
    if not word.startswith(("murder", "riot")) and word not in {"manslaughter", "homicide"}:
        return False  # ('charged with rioting' too)
    before = {t.norm for t in tokens[max(0, i - 4):i]}
    return bool(before & _LEGAL_BEFORE) or after in _LEGAL_AFTER or any(
        "degree" in w for w in before)


_FINDINGS = frozenset({"insane", "incompetent", "unfit"})
_FINDING_VERBS = frozenset({"found", "declared", "ruled", "judged", "deemed", "certified"})
_NAMES_AFTER = {"amnesty": "international"}  # loaded-looking first words of names


def _finding_or_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether a loaded word at tokens ``i:j`` is a court's or doctor's finding ('was found
    insane', 'declared mentally incompetent') or the first word of a name written in lower
    case ('amnesty international', as in lower-cased news text)."""
    word = tokens[i].norm
    after = tokens[j].norm if j < len(tokens) else ""
    if _NAMES_AFTER.get(word) == after:
        return True
    return word in _FINDINGS and bool(
        {t.norm for t in tokens[max(0, i - 3):i]} & _FINDING_VERBS)


def _gap(tokens: Sequence[Token], i: int, text: str, offset: int) -> str:
    """The text between token ``i`` and the token before it (from the sentence's start for
    the first)."""
    start = tokens[i - 1].end if i > 0 else offset
    return text[start - offset:tokens[i].start - offset]


def _follows_quote(tokens: Sequence[Token], i: int, text: str, offset: int) -> bool:
    """Whether the verb at token ``i`` comes right after a closing double quote mark, so it
    reports the quote before it ('"..., " thundered Foreign Minister Teodor Prask, who ...')."""
    return any(q in _gap(tokens, i, text, offset) for q in "\"\u201d\u00bb")


def _contrast(tokens: Sequence[Token], k: int, text: str, offset: int) -> bool:
    """Whether ``tokens[k]`` sets a second statement against the first (:data:`_CONTRASTS`,
    'even though', or 'although' or ', though' before a subject)."""
    word = tokens[k].norm
    if word in _CONTRASTS or (word == "though" and k > 0 and tokens[k - 1].norm == "even"):
        return True
    if word not in {"although", "though"} or k + 1 >= len(tokens) or (
            word == "though" and not (k > 0 and text[tokens[k - 1].end - offset:
                                                     tokens[k].start - offset].strip() == ",")):
        return False  # a bare 'though' only after a comma ('..., though its licence had
        # expired, regulators said'; not 'as though')
    after = tokens[k + 1]
    return after.norm in _CLAUSE_SUBJECTS or text[after.start - offset].isupper() or (
        after.norm.endswith("s") and after.norm not in {"is", "was", "has", "does"}
        and len(after.norm) > 3)  # 'although regulators revoked ...'


def _introduces_statement(tokens: Sequence[Token], j: int, text: str, offset: int) -> bool:
    """Whether the verb ending before token ``j`` reports a statement: it ends the
    sentence or clause ('..., he claimed.'), a quote or a 'that' clause follows, or a
    subject and its verb within eleven words ('claimed she was', 'alleged the firm hid',
    'claimed the pitiful Cr1.8 billion handout for motorists would'); not an object
    ('claimed hundreds of lives', 'alleged threats', 'admitted to hospital')."""
    if j >= len(tokens) or _gap_has_boundary(text, offset, tokens[j - 1].end, tokens[j].start):
        return True
    # a quote follows; masked words are read like the others below (reported speech is
    # masked as the speaker's words, figures because they are compared elsewhere)
    if any(q in _gap(tokens, j, text, offset) for q in _OPENING_QUOTES):
        return True
    after = tokens[j].norm
    if after == "that" or after in _SUBJECT_PRONOUNS - {"it"}:
        return True
    if after in {"responsibility", "credit"}:
        return False  # 'claimed responsibility in a statement posted online': an act
    k = _past_asides(tokens, j)
    if j < k < len(tokens) and (tokens[k].norm == "that" or any(
            q in _gap(tokens, k, text, offset) for q in _OPENING_QUOTES) or (
            tokens[k].norm == "to" and k + 1 < len(tokens)
            and tokens[k + 1].norm in {"be", "have"})):
        # 'Corvane admitted on Monday that ...', 'claimed on Monday, 14 July, that ...',
        # 'claimed in a letter to be holding ...', 'admitted in a terse statement: "..."'
        return True
    rest = [t.norm for t in tokens[j:j + 4]]
    if rest and all(w in _WHEN_SAID for w in rest) and (j + len(rest) == len(tokens) or (
            _gap_has_boundary(text, offset, tokens[j + len(rest) - 1].end,
                              tokens[j + len(rest)].start))):
        return True  # '..., Marsk claimed yesterday.', 'she insisted on Tuesday
    if after == "to":
        return j + 1 < len(tokens) and tokens[j + 1].norm in {"be", "have"}
    for t in range(j + 1, min(len(tokens), j + 12)):
        if _gap_has_boundary(text, offset, tokens[t - 1].end, tokens[t].start):
            return False
        if tokens[t].norm in _FINITE or verb_stem(tokens[t].norm) is not None:
            return True
    return False


#: marks that open a quote after a verb of saying ('claimed: "...', "said 'we ...")
_OPENING_QUOTES = "\"“‘'«"


def _past_asides(tokens: Sequence[Token], j: int) -> int:
    """The token after the words of when and where a statement was made that follow its
    verb ending before token ``j``: 'on Monday, 14 July,', 'in a letter', 'in a terse
    statement' (at most ten tokens)."""
    k = j
    while k < min(len(tokens), j + 10):
        word = tokens[k].norm
        if word in _WHEN_SAID or word in _MONTH_NAMES or word[:1].isdigit():
            k += 1
        elif word == "in" and (medium := next((m for m in range(k + 1, min(len(tokens), k + 5))
                                               if tokens[m].norm in _MEDIA), None)):
            k = medium + 1
        elif word in {"after", "before", "following", "during"} and (that := next((
                m for m in range(k + 2, min(len(tokens), k + 5)) if tokens[m].norm == "that"
                and not _relative(tokens, m)), None)):
            k = that  # 'insisted after the vote that ...' (no-confidence-vote, dev; not
            # 'insisted after the meeting that ran late on a recount': a review's case)
        else:
            break
    return k


def _relative(tokens: Sequence[Token], that: int) -> bool:
    """Whether the 'that' at ``that`` opens no reported clause: no subject follows it (an
    article, a pronoun or a number, or a word and then a verb), as in a relative clause
    ('the meeting that ran late')."""
    if that + 1 >= len(tokens):
        return True
    nxt = tokens[that + 1].norm
    then = tokens[that + 2].norm if that + 2 < len(tokens) else ""
    # a subject, or a word and a verb ('that Kovar had lied', 'that turnout fell')
    return not (nxt in _CLAUSE_OPENERS or nxt[:1].isdigit() or then in _FINITE
                or then.endswith("ed"))


#: words that open a reported clause's subject ('that the result ...', 'that she ...')
_CLAUSE_OPENERS = _SUBJECT_PRONOUNS | frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those",
    "no", "all", "every", "some", "most", "any", "none", "both", "each", "such", "only"})


_MONTH_NAMES = frozenset(month.lower() for month in FULL_MONTHS.split("|"))
#: what a statement is made in ('in a letter', 'in a terse statement', 'in an interview')
_MEDIA = frozenset({"statement", "statements", "letter", "interview", "post", "video",
                    "message", "tweet", "speech", "conference", "briefing", "communique"})


def _gap_has_boundary(text: str, offset: int, start: int, end: int) -> bool:
    gap = text[start - offset:end - offset]
    if gap in {".", ","} and text[end - offset:end - offset + 1].isdigit() \
            and text[start - offset - 1:start - offset].isalnum():
        return False  # inside a number: 'Cr1.8 billion', 'Cr1,800'
    return bool(CLAUSE_BOUNDARY.search(gap))


def _by_how_much(tokens: Sequence[Token], k: int) -> bool:
    """Whether 'by' right after token ``k`` (or after one word: 'was approved narrowly by')
    opens a number or an amount ('by 214 votes', 'by a third', 'by about 10 per cent'; not
    a year, 'will be banned by 2030', nor 'by a third man', 'by a man half his age')."""
    at = next((t for t in range(k + 1, min(len(tokens), k + 3)) if tokens[t].norm == "by"),
              None)
    return at is not None and _how_much_at(tokens, at + 1)


def _how_much_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether the words from ``tokens[i]`` (after 'by') tell an amount: a number that is
    no year, or a fraction not before a noun, after an article or an approximation."""
    while i < len(tokens) and tokens[i].norm in _APPROX:
        i += 1
    if i >= len(tokens):
        return False
    word = tokens[i].norm
    if word[:1].isdigit():
        return not re.fullmatch(r"(?:19|20)\d\d", word)
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return word in _BY_HOW_MUCH and (not after[:1].isalpha() or after in _AFTER_AMOUNT)


#: words before an amount after 'by' ('by about a third', 'by nearly half')
_APPROX = frozenset({"a", "an", "about", "around", "roughly", "nearly", "almost", "some",
                     "up", "to", "more", "less", "than", "over", "just", "under"})
#: words after a fraction that keep it an amount ('by a third on Monday', 'by half in 2025')
_AFTER_AMOUNT = frozenset({"on", "in", "at", "from", "to", "since", "this", "last", "and",
                           "compared", "over", "per", "percent", "of"})


def _agent_follows(tokens: Sequence[Token], k: int, text: str, offset: int) -> bool:
    """Whether 'by' follows token ``k`` within twelve tokens of the same clause, before
    another participle ('expected to be indicted by' gives the agent of 'indicted')."""
    for t in range(k + 1, min(len(tokens), k + 13)):
        if _gap_has_boundary(text, offset, tokens[t - 1].end, tokens[t].start):
            return False
        if tokens[t].norm == "by" and not tokens[t].masked:
            after = tokens[t + 1] if t + 1 < len(tokens) else None
            head = next((x.norm for x in tokens[t + 1:t + 5]
                         if x.norm not in _DETERMINERS and x.norm not in _CAUSE_MODIFIERS),
                        "")
            return (after is not None and not after.norm[:1].isdigit()
                    and after.norm not in _WHEN and head not in CAUSES
                    and not _how_much_at(tokens, t + 1))
        if verb_stem(tokens[t].norm) is not None and tokens[t - 1].norm != "and":
            return False  # 'shot and killed by police' shares the agent
    return False


#: institutions told in lower case after a name or a nation: 'Marenian police claimed' are
#: the police of 'Police said', 'Kestranian union officials' the union
INSTITUTIONS = frozenset({"police", "union", "army", "military", "ministry", "court",
                          "council", "company", "customs"})


def _speaker_near(tokens: Sequence[Token], text: str, offset: int, i: int,
                  j: int) -> str | None:
    """Capitalised words just before an attribution verb ('Mr. Ryan claimed'), or just
    after it ('said Father Thomas Reese'), titles left out; None if there are none."""
    def capital(t: Token) -> bool:
        return not t.masked and (text[t.start - offset].isupper() or t.norm in INSTITUTIONS) \
            and t.norm not in _TITLES and t.norm not in NO_NAMES  # 'Her ministry': no name

    def in_name(t: Token) -> bool:
        return capital(t) and not t.norm.endswith("'s")

    if i >= 3 and tokens[i - 1].norm == "who" and in_name(tokens[i - 2]) and (
            _gap_has_boundary(text, offset, tokens[i - 2].end, tokens[i - 1].start)):
        # 'water authority chief Tomas Berent, who admitted ...': a name of two or more
        # capitalised words right before the comma (not 'the driver, who', 'the mayor of
        # Tarby, who', 'Berent's deputy Ola Fenn, who': only 'Ola Fenn')
        first = i - 2
        while first > 0 and in_name(tokens[first - 1]) and not _gap_has_boundary(
                text, offset, tokens[first - 1].end, tokens[first].start):
            first -= 1
        if first < i - 2:
            return " ".join(sorted(t.norm for t in tokens[first:i - 1]))
    before = []
    for t in range(i - 1, max(-1, i - 5), -1):
        if _gap_has_boundary(text, offset, tokens[t].end, tokens[t + 1].start):
            break
        if capital(tokens[t]):
            before.append(tokens[t].norm.removesuffix("'s"))
    if before:
        return " ".join(sorted(before))
    after = [tokens[t].norm for t in range(j, min(len(tokens), j + 6)) if capital(tokens[t])
             and not _gap_has_boundary(text, offset, tokens[t - 1].end, tokens[t].start)]
    return " ".join(sorted(after)) or None


#: the role of an actor labelled by a loaded word right before its name
EPITHET = "epithet"


def _epithet_name(tokens: Sequence[Token], text: str, offset: int,
                  end: int) -> tuple[int, str] | None:
    """The name a loaded word ending before token ``end`` labels, over at most three lower
    case words ('hapless Interior Minister Tomas Reval', 'unelected bank boss Ilona Marek',
    'the meddling activist outfit Open Waters'): (end of the name, its last word)."""
    j = end
    while j < min(len(tokens), end + 3) and not tokens[j].masked and (
            text[tokens[j].start - offset].islower()) and tokens[j].norm not in _NOT_LABEL and (
            not _gap_has_boundary(text, offset, tokens[j - 1].end, tokens[j].start)):
        j += 1
    if j >= len(tokens) or (j > end and _gap_has_boundary(
            text, offset, tokens[j - 1].end, tokens[j].start)):
        return None
    last = tokens[end - 1].norm
    if (j == end and last.endswith("ed")) or (last.endswith("s") and not last.endswith(
            ("ss", "ous"))):
        return None  # a verb and its object: 'ridiculed Trump's statements', 'slams guest'
    stop, name = _name_after(tokens, text, offset, j)
    words = [text[t.start - offset:t.end - offset] for t in tokens[j:stop]]
    if name is None or name in _TITLES or stop - j > 4 or any(
            w.isupper() and len(w) > 1 and w not in MEMBER_TITLES for w in words):
        # no name, a title ('hapless Mr. Reval'), capitals ('awful season LAST'; a member's
        # title is no such: 'rabble-rousing opposition MP Dragan Holub')
        return None
    possessive = text[tokens[stop - 1].start - offset:tokens[stop - 1].end - offset].endswith(
        ("'s", "\u2019s"))  # 'Penny-pinching premier Andrej Kolvar's government'
    if stop < len(tokens) and not possessive and not _gap_has_boundary(
            text, offset, tokens[stop - 1].end, tokens[stop].start) and not (
            tokens[stop].norm in _AFTER_NAME or tokens[stop].norm.endswith("ed")):
        # only a verb-like word after the name makes it the actor: not when it modifies a
        # noun ('infamous Sarah Palin cover', 'Gulf of Aden'); rarer wordings ('hapless
        # Tomas Reval met Dahl') are passed over
        return None
    return stop, name


#: words after a labelled name that make the name the actor, not a modifier of a noun
_AFTER_NAME = frozenset({
    "was", "is", "has", "had", "have", "were", "are", "will", "would", "could", "can",
    "may", "might", "must", "should", "did", "does", "who", "whose", "which", "and", "said",
    "says", "told", "wants", "insists", "claims", "denies", "faces", "remains", "admits",
    "also", "now", "still", "then", "himself", "herself", "itself", "themselves",
    # when ('... Anton Varesh today booted out'), and verbs whose past has no '-ed'
    "today", "tonight", "yesterday", "finally", "repeatedly", "already", "again", "once",
    "hit", "put", "met", "took", "made", "gave", "went", "came", "spoke", "wrote", "sent",
    "left", "kept", "held", "led", "paid", "fought", "brought", "stood", "won", "lost",
    "ran", "began", "broke", "threw", "swore", "shook", "flew"})


#: words that end a label before a name: 'the cowboy firm' is a label, 'cowboy tactics
#: of Kestrel' or 'bloated and Kestrel' are not
_NOT_LABEL = frozenset({"of", "and", "or", "by", "to", "for", "with", "from", "in", "on",
                        "at", "as", "than", "that", "who", "which", "the", "a", "an"})


def _name_after(tokens: Sequence[Token], text: str, offset: int,
                end: int) -> tuple[int, str | None]:
    """Extend over capitalised words after token ``end - 1``: (new end, last name word)."""
    j = end
    while (j < len(tokens) and not tokens[j].masked
           and text[tokens[j].start - offset].isupper()
           and not _gap_has_boundary(text, offset, tokens[j - 1].end, tokens[j].start)):
        j += 1
    if j == end:
        return end, None
    return j, tokens[j - 1].norm.removesuffix("'s")


def sentence_cues(report: str, sentence: int, text: str, offset: int, lexicons: Lexicons, *,
                  masks: Sequence[tuple[int, int]] = ()) -> list[Cue]:
    """All framing cues of one sentence ``text`` that starts at ``offset`` in the report.

    ``masks`` are report offsets of spans to ignore (figures, direct quotes); text in
    double quotation marks is always ignored, since those are not the outlet's words.
    """
    all_masks = [*masks, *quoted_spans(text, offset)]
    tokens = tokenize(text, offset, masks=all_masks)
    found: list[Cue] = []

    def cue(category: Category, i: int, j: int, key: str, term: str, loading: int,
            name: str | None = None) -> None:
        start, end = tokens[i].start, tokens[j - 1].end
        found.append(Cue(report=report, sentence=sentence, start=start, end=end,
                         text=text[start - offset:end - offset], category=category, key=key,
                         term=term, loading=loading, name=name))

    used: set[int] = set()
    index = lexicons.indexes
    for i, j, e in match_terms(tokens, index["actors"]):
        end, name = _name_after(tokens, text, offset, j)
        first = i - 1 if i > 0 and tokens[i - 1].norm == "the" else i
        cue("actor", first, end, e.key, " ".join(e.words), e.loading, name)
        used.update(range(i, j))
    for i, j, e in match_terms(tokens, index["attribution"]):
        before = tokens[i - 1].norm if i > 0 else ""
        if (before in _DETERMINERS or before in _LEGAL_SUBJECTS or "-" in before
                or (before in _LEGAL_SPEAKERS and e.words[0].startswith("alleg"))
                or before.endswith("'s") or before in _PREPOSITIONS
                or before in _CLAIM_ADJECTIVES):
            continue  # a noun ('their claims', 'the senator's claims') or a legal 'alleges'
        if e.key != "neutral" and not (_introduces_statement(tokens, j, text, offset)
                                       or _follows_quote(tokens, i, text, offset)):
            continue  # a verb with an object ('maintained a stance', 'claimed lives')
        if e.key != "neutral" and before in _MODALS:
            continue  # no statement made: 'the administration should insist on a roadmap'
        if e.words[-1] == "admit" and j < len(tokens) and (
                tokens[j].norm[:1].isdigit() or tokens[j].norm in _NUMBER_WORDS
                or tokens[j].norm in _ADMITTED_IN):
            continue  # people let in: 'was forced to admit 40 patients to corridor beds',
            # 'forced to admit more families than it had beds for'
        cue("attribution", i, j, e.key, " ".join(e.words), e.loading,
            _speaker_near(tokens, text, offset, i, j))
        used.update(range(i, j))
    said = [c for c in found if c.category == "attribution"]
    saying = [k for k, t in enumerate(tokens) if t.norm in REPORTED_SPEECH_VERBS | _SAYING_ON
              and not _names_itself(tokens, k)]  # not 'the gang, which calls itself'
    speech = next((k for k in saying if tokens[k].norm in REPORTED_SPEECH_VERBS), None)
    # a second speaker set against the first after 'but' ('Prosecutors claimed she passed
    # secret papers - but her supporters say ...') reports no part of the first statement
    but = next((t.start for k, t in enumerate(tokens) if _contrast(tokens, k, text, offset)
                and any(c.key != "neutral" and c.end <= t.start for c in said)), None)
    if len({c.key for c in said if but is None or c.start < but}) > 1 or any(
            c.key != "neutral" and speech is not None and tokens[speech].start < c.start
            for c in said):
        # 'sources said the men admitted', 'she claimed ..., he said', 'reports suggesting
        # he had admitted': the doubting verb is the other speaker's report, not the
        # outlet's framing
        found = [c for c in found if c.category != "attribution" or c.key == "neutral"]
    for i, j, e in match_terms(tokens, index["hedges"]):
        if e.key == "approximation" and e.words != ("dozens", "of") and not (
                j < len(tokens) and _is_number(tokens[j]) and not tokens[j].masked):
            continue  # before a figure, the figure's own qualifier decides ('ticked up to 6%')
        if i > 0 and (tokens[i - 1].norm in {"not", "never", "cannot"}
                      or tokens[i - 1].norm.endswith("n't")):
            continue  # "couldn't possibly" insists rather than hedges
        if e.key == "distancing" and j < len(tokens) and tokens[j].norm in _PLAIN_SAYING:
            continue  # 'reportedly said she felt ...': it hedges a remark, not the fact (but
            # 'reportedly complained of cracks', 'reportedly claimed responsibility' do)
        cue("hedge", i, j, e.key, " ".join(e.words), e.loading)
        used.update(range(i, j))
    for category, i, j, stem in _voice_cues(tokens, text, offset):
        if stem in lexicons.voice_verbs:
            cue(category, i, j, lexicons.voice_class.get(stem, stem),
                " ".join(t.norm for t in tokens[i:j]), 0)
    for i, j, e in match_terms(tokens, index["word_choice"]):
        if i > 0 and text[tokens[i].start - offset].isupper():
            continue  # part of a name ('the U.S. Mission in Benghazi')
        if _legal_or_noun(tokens, i, j):
            continue  # 'charged with first-degree murder', 'a slew of charges'
        if used.isdisjoint(range(i, j)):
            cue("word_choice", i, j, e.key, " ".join(e.words), e.loading)
            used.update(range(i, j))
    covered = lexicons.covered
    # the words after a verb of saying are the speaker's, but for the verb that follows a
    # quote ('"...," said fuming farm boss Marko Pellin': the outlet's own label)
    voiced = next((k for k in saying if not _follows_quote(tokens, k, text, offset)), None)
    for i, j, e in match_terms(tokens, index["loaded"]):
        if voiced is not None and voiced < i:
            continue  # after 'said', 'called', 'accused': the speaker's word, not the outlet's
        if e.words[-1] in _RELATIONS and i > 0 and (
                tokens[i - 1].norm.endswith("'s") or tokens[i - 1].norm in _POSSESSIVES):
            continue  # 'the girl's godfather': a relation, no label
        if i > 0 and text[tokens[i].start - offset].isupper():
            continue  # part of a name ('Amnesty International')
        if _finding_or_name(tokens, i, j):
            continue  # 'found insane' by a court; 'amnesty international' in lower case
        if used.isdisjoint(range(i, j)) and not covered.intersection(e.words):
            cue("loaded", i, j, e.key, " ".join(e.words), e.loading)
            named = _epithet_name(tokens, text, offset, j)
            if named is not None and e.loading >= 2:
                # 'hapless Interior Minister Tomas Reval', 'Fat-cat boss Henrik Dahl': the
                # outlet's label for an actor other reports name plainly
                cue("actor", i, named[0], EPITHET, " ".join(e.words), e.loading, named[1])
    for i, t in enumerate(tokens):
        if i in used or t.masked or not _compound_epithet(t, text, offset):
            continue
        named = _epithet_name(tokens, text, offset, i + 1)
        between = tokens[i + 1:named[0]] if named is not None else []
        judging = t.norm.split("-")[-1] in _JUDGING_ENDS
        if named is not None and sum(text[x.start - offset].isupper() for x in between) >= 2 \
                and all(text[x.start - offset].isupper() or x.norm in _ROLE_NOUNS
                        or (judging and k + 1 < len(between)
                            and between[k + 1].norm in _ROLE_NOUNS)
                        for k, x in enumerate(between)):
            # a compound the outlet coins for a person ('Penny-pinching premier Andrej
            # Kolvar', 'Tax-mad Dorian Kessaly'): a person's names, after a title or a role
            # ('premier', 'boss') if any, after a noun and a role only when the compound
            # judges by its ending ('cash-hungry campsite boss Rudi Kessane', not 'Open-air
            # cinema owner'); not a place ('hold-up Ostrelia') nor after another noun
            # ('pin-up icon Bettie Page')
            cue("actor", i, named[0], EPITHET, t.norm, _COMPOUND_LOADING, named[1])
    for start, end, nick, name in _nicknames(tokens, text, offset):
        # "water boss Piet 'Pipe Dream' Marhold": a tabloid's nickname for a person
        found.append(Cue(report=report, sentence=sentence, start=start, end=end,
                         text=text[start - offset:end - offset], category="actor",
                         key=EPITHET, term=nick, loading=2, name=name))
    found.sort(key=lambda c: (c.start, c.end, c.category))
    return found


#: verbs that go on with what a speaker said ('"...," said Pellin, adding that ...')
_SAYING_ON = frozenset({"adding", "adds", "insisting", "arguing", "claiming", "noting",
                        "explaining", "stressing"})
#: loaded nouns that are also a relation ('her godfather', 'his guru')
_RELATIONS = frozenset({"godfather", "guru"})
_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})


def _names_itself(tokens: Sequence[Token], k: int) -> bool:
    """The verb at token ``k`` gives a name, not a statement: 'the gang, which calls
    itself the Harrak Liberation Front, claimed ...'."""
    return k + 1 < len(tokens) and tokens[k + 1].norm in _REFLEXIVES


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


#: lower-case words for a person's role between a compound epithet and the name
_ROLE_NOUNS = frozenset({
    "premier", "minister", "leader", "chief", "boss", "president", "chairman", "chairwoman",
    "chair", "head", "governor", "mayor", "commander", "general", "spokesman",
    "spokeswoman", "director", "secretary", "senator", "deputy", "official", "tycoon",
    "magnate", "owner", "founder", "executive", "manager", "landlord", "lawyer", "judge",
    "prosecutor", "councillor", "councilor", "lawmaker", "mp", "candidate", "banker",
    "businessman", "businesswoman", "campaigner", "activist", "union", "opposition"})
#: endings of compounds that judge whatever they qualify ('cash-hungry', 'trigger-happy',
#: 'power-mad', 'penny-pinching'), which may stand before a noun and a role
_JUDGING_ENDS = frozenset({"hungry", "happy", "mad", "crazy", "obsessed", "grabbing",
                           "pinching", "rousing", "mongering", "loving", "hating", "talking"})
#: how loaded a compound epithet before a name is (the actor-naming gap is 2)
_COMPOUND_LOADING = 2
#: first parts of compounds that describe, not judge: 'long-serving', 'newly-elected',
#: 'ex-minister', 'pro-government', 'two-term', 'part-time', 'left-wing' (a party's place)
_PLAIN_COMPOUND_STARTS = frozenset({
    "long", "newly", "then", "ex", "co", "vice", "non", "pro", "anti", "self", "well",
    "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "part", "full", "half", "left", "right", "far", "number",
    "centre", "center", "high", "low", "middle", "mid", "all", "multi",
    "cross", "post", "pre", "former", "acting", "deputy", "state", "government",
    "family", "father", "mother", "grand", "great", "step", "in", "de", "el", "al", "re",
    "super", "mega", "semi", "sub", "un", "mini"})
#: ... and last parts ('Oxford-educated', 'US-born', 'state-owned', 'fly-half', 'crisis-hit')
_PLAIN_COMPOUND_ENDS = frozenset({
    "old", "born", "based", "owned", "run", "led", "backed", "funded", "educated",
    "trained", "elected", "appointed", "designate", "elect", "law", "general", "time",
    "term", "year", "serving", "standing", "ranking", "level", "wing", "winning", "using",
    "speaking",
    "american", "british", "french", "german", "african", "european", "asian", "half",
    "back", "forward", "colonel", "major", "chief", "admiral", "marshal",
    # what befell it ('crisis-hit Vardamark Bank', 'war-torn', 'debt-laden')
    "hit", "torn", "stricken", "ravaged", "affected", "struck", "laden", "prone", "related",
    "linked", "listed", "controlled", "held", "dominated"})
#: ... and later parts that make a title, a family or a rank ('editor-in-chief',
#: 'mum-of-three', 'man-of-the-match', 'rank-and-file')
_PLAIN_COMPOUND_PARTS = frozenset({
    "in", "the", "and", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "dozen"})


def _compound_epithet(t: Token, text: str, offset: int) -> bool:
    """Whether a word is a hyphenated compound of letters that judges rather than describes
    ('penny-pinching', 'tax-mad', 'no-nonsense', 'out-of-touch', 'soft-touch'), written in
    lower case or opening a sentence: not 'long-serving', '57-year-old', 'Oxford-educated'
    (:data:`_PLAIN_COMPOUND_STARTS`, :data:`_PLAIN_COMPOUND_ENDS`)."""
    parts = t.norm.split("-")
    raw = text[t.start - offset:t.end - offset]
    return len(parts) >= 2 and all(p.isalpha() for p in parts) \
        and not _PLAIN_COMPOUND_PARTS.intersection(parts[1:]) \
        and not any(p[:1].isupper() for p in raw.split("-")[1:]) \
        and not (raw[:1].isupper() and t.start - offset > 0
                 and text[:t.start - offset].strip()[-1:] not in {"", ".", "!", "?", '"'}) \
        and parts[0] not in _PLAIN_COMPOUND_STARTS and parts[-1] not in _PLAIN_COMPOUND_ENDS


#: pronouns and determiners, capitalised at a sentence's start, that name no one ('Her
#: ministry claimed'); not 'US', 'May' or 'Will', which may be names
NO_NAMES = frozenset({"her", "his", "their", "its", "our", "my", "your", "the", "a", "an",
                      "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
                      "you", "some", "many", "several", "both", "all", "most",
                      # a sentence's opening conjunction ('And she claimed'; 'And the KHM
                      # admitted': bridge-cracks-closure, hostage-release, dev)
                      "and", "but", "so", "yet", "or", "then"})
#: a nickname of one or two capitalised words in single quotes between a first name and a
#: surname ("Piet 'Pipe Dream' Marhold", "Boris 'BoJo' Johnson"); double quotes are a
#: quotation's and masked
_NICKNAME = re.compile(r"\b([A-Z][a-z]+) (['\u2018]([A-Z][\w-]*(?: [A-Z][\w-]*)?)['\u2019]) "
                       r"([A-Z][\w-]+)(?:['\u2019]s)?\b(?!['\u2019]\w)")
#: words that are no surname or first name around a quoted nickname
_NOT_SURNAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "the", "a", "an", "and", "but", "i", "he", "she", "they", "we",
    "several", "some", "many", "most", "all", "both", "few", "other", "these", "those"})
#: words a headline in Title Case leaves in lower case
_TITLE_CASE_EXCEPTIONS = frozenset({"of", "and", "the", "a", "an", "in", "on", "at", "to",
                                    "for", "by", "with", "from", "or", "s"})
#: capitalised short words inside a sentence that mark a headline in Title Case
_TITLE_WORDS = re.compile(r"(?<=[\w'\u2019] )(?:As|In|Of|To|For|On|At|With|And|Is|Are|Over|"
                          r"After)(?= \w)")


def _nicknames(tokens: Sequence[Token], text: str, offset: int
               ) -> list[tuple[int, int, str, str]]:
    """(start, end, nickname, surname) of each nickname in single quotes between a first
    name and a surname outside quotations (the nickname's own quotes are masked), not in a
    headline in Title Case ("'Catching Fire' Negotiations Stall As Director Exits")."""
    out: list[tuple[int, int, str, str]] = []
    lower = [w for w in re.findall(r"[^\W\d_]+", text) if w.islower()
             and w not in _TITLE_CASE_EXCEPTIONS]
    if _TITLE_WORDS.search(text) or not lower:
        return out  # a headline ("Watergate 'Bagman' Fred LaRue, 75, Dies")
    for m in _NICKNAME.finditer(text):
        first, name = normalise(m.group(1)), normalise(m.group(4))
        last = [t for t in tokens if t.start == offset + m.start(4)]
        if not last or last[0].masked or first in STOPWORDS or first in _NOT_SURNAMES \
                or name in _NOT_SURNAMES:
            continue
        out.append((offset + m.start(2), offset + m.end(4), normalise(m.group(3)), name))
    return out
