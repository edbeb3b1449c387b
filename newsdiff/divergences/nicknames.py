"""Tabloid nicknames of people the cluster names plainly elsewhere.

A tabloid calls the prime minister 'Iron Ilona', the transport minister 'Tea-Break
Teodora' or the mayor 'Curfew Queen Adela Korvin', where other reports write 'Prime
Minister Ilona Varesk'. One sentence alone cannot tell 'Iron Ilona' from a name after a
place ('in Dravna Ilona'), so the people are read from the whole cluster: a given name and
a surname after a title or a role ('Minister Ilona Varesk', 'general secretary Tomas
Brandl'), the name ending there. Then, in any report:

* a quoted phrase right before such a surname ('"Iron Teo" Blasko', "'Iron Ilias'
  Varnek's") is a nickname;
* so is a capitalised word (two, the second 'Queen' or 'King': 'Ice Queen') right before
  such a given name that is no title, role, nation, stop word or part of the person's name,
  when the given name stands without the surname after it ('Iron Ilona hung on') or the
  word is one nicknames are made of (:data:`_NICKNAME_HEADS`: 'Red Tomas Brandl').

Real coverage puts many capitalised words before full names that are no nicknames (roles
no list holds, 'Actress Tara Reid', 'Moviemaker Gary Ross'; first names, 'Cheryl Boone
Isaacs'; bodies, 'United Nations Nikki Haley'), hence the given name told alone. Each
nickname is an ``actor`` cue of the surname, as a loaded label before a name is
(:func:`newsdiff.claims.framing.sentence_cues`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsdiff.claims.comparable import is_person_noun
from newsdiff.claims.dates import FULL_MONTHS, WEEKDAYS
from newsdiff.claims.framing import EPITHET, Cue, normalise, quoted_spans
from newsdiff.claims.nations import nation_code
from newsdiff.claims.speakers import TITLE_PARTS, TITLE_WORDS, is_role, without_possessive
from newsdiff.claims.subjects import STOPWORDS
from newsdiff.models import Comparison

#: how loaded a nickname is (as a loaded word before a name, claims.framing)
_LOADING = 2
#: a role word that ends a two-word nickname ('Ice Queen Ilse', 'Curfew Queen Adela')
_NICKNAME_ENDS = frozenset({"queen", "king"})
#: words tabloid nicknames are made of, a nickname even before the full name ('Red Tomas
#: Brandl', 'Iron Ilse Moravec')
_NICKNAME_HEADS = frozenset({"iron", "red", "ice", "mad", "silent", "teflon", "bloody",
                             "smiling", "crazy"})
_WORD = r"[A-Z][\w'\u2019-]*"
#: a title or role word (any case), a given name and a surname, the name ending there
#: (not 'President Obama Monday', 'Deputy District Attorney Mike Lee')
_TITLED = re.compile(rf"(?=\b([\w-]+)\s+({_WORD})\s+({_WORD})(?![\w'\u2019-]|\s+[A-Z]|\.))")
#: a quoted phrase of capitalised words right before a capitalised word
_QUOTED = re.compile(rf"[\"\u201c'\u2018]((?:{_WORD}\s+){{0,2}}{_WORD})[\"\u201d'\u2019]\s+"
                     rf"({_WORD})")
#: share of capitalised words above which a sentence is a headline in Title Case
_TITLE_CASE = 0.6
_DATES = frozenset(w.casefold() for w in (*WEEKDAYS, *FULL_MONTHS.split("|")))
#: words that open the name of a place or a church ('St Elias', 'Port Anselm'), and
#: honours and words for a child before a given name ('Sir Edmund', 'Baby Adela')
_NOT_NICKNAMES = frozenset({"st", "saint", "san", "santa", "santo", "sao", "port", "fort",
                            "mount", "monte", "lake", "cape", "west", "east", "north",
                            "south", "new", "sir", "lord", "lady", "dame", "baron",
                            "baroness", "earl", "prince", "princess", "sheikh", "emir",
                            "baby", "little", "young"})
#: words before a nickname that make it another's (a place's 'of', 'the Monte Carlo
#: rally'; a programme's 'on "Morning Edition"'; 'whom the unions call Iron Ilona')
_NOT_OUTLETS = re.compile(r"\b(?:in|on|at|from|near|outside|across|around|into|through|of|the|a|"
                          r"an|call|calls|called|calling|dub|dubs|dubbed|nicknamed|known\s+as)\s+$",
                          re.IGNORECASE)
#: words after a given name that make it a person acting or spoken of ('Iron Ilona hung
#: on', 'Iron Ilka has thrown in the towel'), not a name that modifies a noun ('Sao
#: Paulo truckers', 'the Monte Carlo rally')
_ACTS = frozenset({"was", "is", "has", "had", "have", "will", "would", "could", "can",
                   "may", "might", "must", "should", "did", "does", "who", "whose", "and",
                   "said", "says", "told", "hung", "sat", "stood", "went", "came", "took",
                   "made", "gave", "met", "led", "won", "lost", "kept", "left", "held", "ran",
                   "saw", "fought", "threw", "broke", "rose", "fell", "shut", "cut", "put",
                   "got", "let", "survive", "wake", "tonight", "today", "yesterday", "last",
                   "also", "still", "again", "now", "then"})


def _plain(word: str) -> str:
    return normalise(without_possessive(word))


def _no_name(word: str) -> bool:
    """A capitalised word that is no given name nor surname: a title, a role, a nation, a
    stop word, a date, an initial, a word that opens a place's name, an honour, a noun of
    one person ('Baby Adela')."""
    low = _plain(word).rstrip(".")
    return (not word[:1].isupper() or len(low) < 2 or low in STOPWORDS or low in TITLE_WORDS
            or low in TITLE_PARTS or is_role(low) or low in _DATES or low in _NOT_NICKNAMES
            or is_person_noun(low) or bool(nation_code(word)))


def _titled_people(texts: Iterable[str]) -> dict[str, tuple[str, frozenset[str]]]:
    """Given name -> (surname, titles), normalised, of the people named after a title or
    a role ('Prime Minister Ilona Varesk'); a given name two people share is left out."""
    found: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for text in texts:
        for m in _TITLED.finditer(text):
            title = m.group(1).casefold().rstrip(".")
            if (is_role(title) or title in TITLE_WORDS) and not _no_name(m.group(2)) \
                    and without_possessive(m.group(2)) == m.group(2) \
                    and not _no_name(m.group(3)):
                found.setdefault(_plain(m.group(2)), set()).add(_plain(m.group(3)))
                before = re.search(rf"({_WORD})\s+$", text[max(0, m.start() - 40):m.start()])
                titles.setdefault(_plain(m.group(2)), set()).update(
                    () if before and not _no_name(before.group(1)) else (title,))
                # (not 'Curfew Queen Adela Korvin': a title inside a nickname)
    return {given: (next(iter(s)), frozenset(titles[given])) for given, s in found.items()
            if len(s) == 1}


def _no_nickname(word: str, names: set[str]) -> bool:
    """A capitalised word before a given name that is no nickname (see :func:`_no_name`),
    or a part of the person's name, or a word in capitals or with a possessive."""
    return _no_name(word) or _plain(word) in names or word.isupper() or (
        without_possessive(word) != word)


def nickname_cues(comparison: Comparison) -> list[Cue]:
    """``actor`` cues for the nicknames the reports give people the cluster names after
    a title (see the module docstring)."""
    people = _titled_people(r.text for r in comparison.reports)
    surnames = {surname for surname, _ in people.values()}
    out: list[Cue] = []
    if not people:
        return out
    plain = functools.cache(_plain)  # the same capitalised words recur in every report
    for report, sentences in zip(comparison.reports, comparison.sentences, strict=True):
        text = report.text
        for s in sentences:
            sentence = text[s.start:s.end]
            found = list(re.finditer(_WORD, sentence))
            if not any(plain(m.group()) in people or plain(m.group()) in surnames
                       for m in found):
                continue  # no name of the cast here (read first: it is cheaper)
            words = re.findall(r"[^\W\d_][\w'\u2019-]*", sentence)
            if sum(w[:1].isupper() for w in words) > _TITLE_CASE * max(len(words), 1):
                continue  # a headline in Title Case ('Protests Greet Ilona Varesk')
            for m in _QUOTED.finditer(sentence):
                surname = plain(m.group(2))
                if surname in surnames and not _NOT_OUTLETS.search(sentence, 0, m.start()):
                    # '"Iron Teo" Blasko', "'Iron Ilias' Varnek's" (not 'Speaking on
                    # "Morning Edition" Varesk said')
                    out.append(_cue(report.id, s.index, text, s.start + m.start(),
                                    s.start + m.end(2), m.group(1), surname))
            quoted = quoted_spans(sentence, s.start)
            for k, m in enumerate(found):
                given = plain(m.group())
                if given not in people or any(a <= s.start + m.start() < b for a, b in quoted):
                    continue
                surname, titles = people[given]
                nick = _nickname(sentence, found[max(0, k - 2):k], m, {given, surname})
                if not nick or _NOT_OUTLETS.search(sentence, 0, nick[0].start()) or (
                        len(nick) == 2 and titles & _NICKNAME_ENDS):
                    continue  # 'Speaking in Dravna Arvid Mellor said': a place; 'Zulu
                    # King Sipho Dlamini' of a king
                after = found[k + 1] if k + 1 < len(found) else None
                joined = after is not None and sentence[m.end():after.start()] == " "
                if joined and not (len(nick) == 2 or nick[-1].group().casefold()
                                   in _NICKNAME_HEADS):
                    continue  # 'Actress Tara Reid': a word before a full name
                end = s.start + m.end()
                if joined and after is not None and plain(after.group()) == surname:
                    end = s.start + after.end()  # 'Red Tomas Brandl'
                if not (text[:end].endswith(("'s", "\u2019s")) or _acting(text[end:s.end])):
                    continue  # 'Sao Paulo truckers', 'the Monte Carlo rally'
                out.append(_cue(report.id, s.index, text, s.start + nick[0].start(), end,
                                " ".join(w.group() for w in nick), surname))
    return out


def _acting(rest: str) -> bool:
    """What follows a nicknamed name makes it a person spoken of: punctuation, a
    possessive, a verb or an adverb (:data:`_ACTS`, a past in -ed, a present in -s that is
    no plural of a doer, a word in -ly: 'Ice Queen Ilse Varnholt tonight rammed'), not a
    noun it modifies ('Sao Paulo truckers') or a capitalised word."""
    m = re.match(r"(['\u2019]s\b)?\s*(\S*)", rest)
    if m is None or m.group(1) or not m.group(2) or not m.group(2)[0].isalpha():
        return True
    word = m.group(2).casefold().rstrip(".,;:!?")
    return m.group(2)[0].islower() and (word in _ACTS or word.endswith(("ed", "ly")) or (
        word.endswith("s") and not word.endswith(("ers", "ors", "ists", "ians", "ss"))))


def _nickname(sentence: str, before: list[re.Match[str]], given: re.Match[str],
              names: set[str]) -> list[re.Match[str]]:
    """The capitalised words right before a given name that make a nickname ('Iron',
    'Ice Queen'), or none."""
    run: list[re.Match[str]] = []
    nxt = given
    for w in reversed(before):
        if sentence[w.end():nxt.start()] != " ":
            break
        run.insert(0, w)
        nxt = w
    if not run:
        return []
    last = run[-1]
    if _no_nickname(last.group(), names):
        # 'Ice Queen Ilse', 'Curfew Queen Adela' (not 'Queen Sofia' nor 'Prime Minister')
        return run if len(run) == 2 and last.group().casefold() in _NICKNAME_ENDS \
            and not _no_nickname(run[0].group(), names) else []
    return [last]


def _cue(report: str, sentence: int, text: str, start: int, end: int, nickname: str,
         surname: str) -> Cue:
    return Cue(report=report, sentence=sentence, start=start, end=end, text=text[start:end],
               category="actor", key=EPITHET, term=nickname.casefold(), loading=_LOADING,
               name=surname)
