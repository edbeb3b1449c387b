"""Quotes: direct and indirect statements with their speakers and attribution verbs.

Direct quotes are the words between quote marks (straight or curly double quotes,
guillemets, and single quotes used as quotes); a quote whose paragraph ends without a
closing mark continues in the next paragraph when that one opens with a quote mark.
The span of a quote is its content without the marks (and without a trailing comma).
Speakers come from the attribution in the same sentence ("said Padrino Lopez", "Padrino
Lopez said", "according to the minister"), else from the quote it continues or the
previous sentence; pronouns and roles ("he said", "the minister said") resolve to the
nearest earlier named person of the report.  Indirect speech ("X said (that) ...",
"X, VNR's chief executive, said ...", "..., X said.", "according to X, ...", and "X
ordered ... and said ..." when the full name opens the sentence and no other clause comes
between) gives quotes with ``direct=False``.

>>> from newsdiff.models import Report
>>> from newsdiff.segment import split_sentences
>>> r = Report(id="a", text='"We fought to the end," Defence Minister Ana Ruiz said.')
>>> [(q.text, q.speaker, q.verb) for q in extract_quotes(r, split_sentences("a", r.text))]
[('We fought to the end', 'Ana Ruiz', 'said')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from newsdiff.claims.speakers import (
    ACRONYM,
    APOSTROPHES,
    DEMAND_VERBS,
    DESCRIBING_VERBS,
    INDIRECT_VERBS,
    PRONOUNS,
    ROLE_LINKS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
    Token,
    fold,
    is_named,
    is_role,
    name_after_role,
    name_words,
    speaker_after,
    speaker_before,
    strip_title,
    tokenize,
    without_possessive,
)
from newsdiff.models import Quote, Report, Sentence

_DOUBLE_OPEN = "\u201c\u201e\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_SINGLE_OPEN = "\u2018'"
_SINGLE_CLOSE = "\u2019'"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r\u00a0]*\n")
_BULLETS = frozenset({"-", "*", "\u2022", "\u25aa", "\u25cf", "\u2013", "\u2014", ">"})
_MAX_SINGLE = 400
_NOT_SPEAKER = frozenset({"who", "which", "that", "has", "have", "had", "been", "be", "is",
                          "was", "were", "not", "it", "this"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015"})
#: Words that may follow a trailing attribution ("..., Obama said after the meeting").
_AFTER_ATTRIBUTION = frozenset({
    "after", "before", "in", "on", "at", "during", "while", "when", "as", "of", "from", "to",
    "for", "with", "reporters", "journalists", "told", "last", "this", "earlier", "later",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "recently", "(",
})


class _Piece(NamedTuple):
    """Content offsets of one quoted piece; ``chain`` links paragraphs of one quote."""

    start: int
    end: int
    open_mark: int
    close_mark: int
    chain: int


class _Attribution(NamedTuple):
    speaker: str | None
    verb: str | None


_FORMER = frozenset({"former", "ex", "ex-", "late", "then"})


class _Mention(NamedTuple):
    start: int
    titles: frozenset[str]
    name: str
    words: frozenset[str] = frozenset()  # the folded words before the name ('prime',
    # 'minister' of 'Prime Minister Aurel Domaszek')


def extract_quotes(report: Report, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every direct and indirect quotation in ``sentences`` of ``report``, in text order.

    >>> from newsdiff.segment import split_sentences
    >>> r = Report(id="b", text="Cuba said 32 soldiers died in the assault.")
    >>> q = extract_quotes(r, split_sentences("b", r.text))[0]
    >>> (q.text, q.speaker, q.direct)
    ('32 soldiers died in the assault', 'Cuba', False)
    """
    text = report.text
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    mentions = _mentions(text)
    genders = _genders(text)
    acronyms = _acronyms(text)
    pieces = find_quote_spans(text)
    quoted_sentences: set[int] = set()
    chain_speaker: dict[int, _Attribution] = {}
    found: list[Quote] = []
    last_direct: dict[int, _Attribution] = {}
    for piece in pieces:
        s_idx = _sentence_at(starts, piece.start)
        e_idx = _sentence_at(starts, max(piece.start, piece.end - 1))
        again = s_idx in quoted_sentences  # a second quote of an already quoted sentence
        quoted_sentences.update(range(s_idx, e_idx + 1))
        sentence, last = sentences[s_idx], sentences[e_idx]
        attribution = _direct_attribution(text, pieces, piece, sentence, last)
        if attribution.speaker is None and piece.chain in chain_speaker:
            attribution = chain_speaker[piece.chain]
        if attribution.speaker is None and _fills_sentence(piece, sentence, last):
            attribution = _next_attribution(text, sentences, e_idx)
            if attribution.speaker is None:
                attribution = last_direct.get(s_idx - 1) or _previous_subject(
                    text, sentences, s_idx)
        speaker = _resolve(attribution.speaker, mentions, sentence.start, found, genders)
        if attribution.speaker in {"he", "she", "He", "She"} and not again:
            # 'Rep. Elijah Cummings questioned the reading. "...," he said': the person
            # who opens the sentence before, not an earlier quote's speaker
            # a sentence before whose quotes have no other speaker found ('Mira Holtzen
            # ... accused the government of treating voters "like children"') is opened
            # by the person as well as one that quotes no one
            prev = s_idx - 1
            opener = _opening_name(text, sentences, prev, quoted_sentences - {prev} if all(
                q.speaker is None for q in found if q.sentence == prev) and prev >= 0
                and _opener_acts(text, sentences[prev]) else quoted_sentences)
            pronoun = attribution.speaker.lower()
            if opener is not None and genders.get(_surname(opener), pronoun) == pronoun:
                speaker = _resolve(opener, mentions, sentence.start, found, genders)
            elif opener is None and (reported := _reported_speaker(
                    text, sentences, prev, quoted_sentences)) is not None \
                    and genders.get(_surname(reported), pronoun) == pronoun:
                # "Kestria's interior minister, Farid Osmanli, said security forces were
                # searching. '...,' he said": the one whose words the sentence before
                # reports, not an earlier quote's speaker
                speaker = _resolve(reported, mentions, sentence.start, found, genders)
            elif opener is None and (role := _opening_role(
                    text, sentences, prev, quoted_sentences)) is not None:
                # 'The 61-year-old president ... framed the move. "...," he said': the
                # person the report names with that title
                named = _resolve(role, mentions, sentence.start, found, genders)
                speaker = named if named != role else speaker
        if speaker is not None and attribution.verb is None and _named_inside(
                speaker, text[piece.start:piece.end]):
            speaker = None  # a guess from context that the quote speaks of: '"While former
            # Director Comey went to great lengths ..."' is not Comey speaking
        attribution = _Attribution(_spelled_out(speaker, acronyms), attribution.verb)
        if attribution.speaker is not None:
            chain_speaker.setdefault(piece.chain, attribution)
            last_direct[e_idx] = attribution
        # A span must lie in its sentence: a quote the segmenter split (unbalanced marks)
        # is kept up to the end of its first sentence.
        end = piece.end if e_idx == s_idx else _trim(text, piece.start, sentence.end)[1]
        if end <= piece.start:
            continue
        found.append(Quote(report=report.id, sentence=s_idx, start=piece.start, end=end,
                           text=text[piece.start:end], speaker=speaker,
                           direct=True, verb=attribution.verb))
    for sentence in sentences:
        indirect = _indirect(text, sentence)
        if indirect is None:
            continue
        start, end, attribution = indirect
        if sentence.index in quoted_sentences and any(
                p.open_mark < end and p.close_mark >= start for p in pieces):
            continue  # the reported clause holds a direct quote: that quote is the claim
        speaker = _resolve(attribution.speaker, mentions, sentence.start,
                           [q for q in found if q.start < start], genders)
        speaker = _spelled_out(speaker, acronyms)
        if any(q.direct and q.sentence == sentence.index and q.speaker == speaker
               for q in found):
            continue  # "Asked about it, Ruiz said, "..."": the quote is the statement
        found.append(Quote(report=report.id, sentence=sentence.index, start=start, end=end,
                           text=text[start:end], speaker=speaker, direct=False,
                           verb=attribution.verb))
    return sorted(found, key=lambda q: (q.start, q.end))


def find_quote_spans(text: str) -> list[_Piece]:
    """Quoted pieces of ``text``: (content start, content end, open mark, close mark, chain).

    Only outermost quotes are returned (nested quotes stay inside their outer quote);
    pieces of a quote that runs over several paragraphs share ``chain``.

    >>> t = 'He said "we won" and \u2018left\u2019.'
    >>> [t[s:e] for s, e, *_ in find_quote_spans(t)]
    ['we won', 'left']
    """
    pieces: list[_Piece] = []
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    chain_id = 0
    pending: list[_Piece] = []
    open_at: int | None = None
    kind = ""
    para = 0
    i = 0
    n = len(text)
    while i < n:
        if i >= breaks[para]:
            if open_at is not None and kind == "double":
                pending.append(_Piece(open_at, breaks[para], open_at - 1, -1, chain_id))
                nxt = _next_nonspace(text, breaks[para])
                size = _double_mark(text, nxt)
                if size and text[nxt] not in _DOUBLE_CLOSE:
                    open_at = nxt + size
                    i = nxt + size
                    while para < len(breaks) - 1 and breaks[para] < i:
                        para += 1
                    continue
                pending = []
            open_at = None
            while para < len(breaks) - 1 and breaks[para] <= i:
                para += 1
        ch = text[i]
        size = _double_mark(text, i)
        if kind == "double" and open_at is not None:
            if size and ch not in _DOUBLE_OPEN:
                pieces.extend(pending)
                pieces.append(_Piece(open_at, i, open_at - 1, i + size - 1, chain_id))
                pending = []
                chain_id += 1
                open_at = None
                i += size - 1
        elif size and ch not in _DOUBLE_CLOSE:
            open_at, kind = i + size, "double"
            i += size - 1
        elif kind == "single" and open_at is not None:
            if ch in _SINGLE_CLOSE and _closes_single(text, i):
                if i > open_at and i - open_at <= _MAX_SINGLE:
                    pieces.append(_Piece(open_at, i, open_at - 1, i, chain_id))
                    chain_id += 1
                open_at = None
        elif ch in _SINGLE_OPEN and _opens_single(text, i):
            open_at, kind = i + 1, "single"
        i += 1
    out: list[_Piece] = []
    for p in pieces:
        s, e = _trim(text, p.start, p.end)
        if e > s:
            out.append(_Piece(s, e, p.open_mark, p.close_mark, p.chain))
    return out


def _double_mark(text: str, i: int) -> int:
    """Length of the double quote mark at ``text[i]`` (0 if none); ``''`` counts as one."""
    if i >= len(text):
        return 0
    ch = text[i]
    if ch == '"' or ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE:
        return 1
    return 2 if text.startswith("''", i) else 0


def _next_nonspace(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014\u2013-:") and after.isalnum()


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _sentence_at(starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def _fills_sentence(piece: _Piece, sentence: Sentence, last: Sentence) -> bool:
    """Whether the quote is (nearly) all of its sentence(s): no room for an attribution."""
    outside = (piece.start - sentence.start) + (last.end - piece.end)
    return outside <= 4


def _direct_attribution(text: str, pieces: list[_Piece], piece: _Piece, sentence: Sentence,
                        last: Sentence) -> _Attribution:
    """Speaker and verb in the sentence around a quoted piece."""
    open_mark, close_mark = piece.open_mark, piece.close_mark
    # the text after the quote, up to the next quote of the sentence
    after_end = last.end
    before_start = sentence.start
    for other in pieces:
        if other.open_mark > close_mark >= 0 and other.open_mark < after_end:
            after_end = other.open_mark
        if 0 <= other.close_mark < open_mark and other.close_mark >= before_start:
            before_start = other.close_mark + 1
    after: list[Token] = []
    if close_mark >= 0:
        after = tokenize(text, close_mark + 1, after_end)
    before = tokenize(text, before_start, max(before_start, open_mark))
    found = _attribution_after(text, after, immediate=True)
    participle = found.verb if found.speaker is None and found.verb and found.verb.endswith(
        "ing") else None
    if found.speaker is None:
        found = _attribution_before(text, before)
    if found.speaker is None:
        found = _attribution_after(text, after, immediate=False)
    if found.speaker is None and (participle is not None or (
            len(before) > 1 and before[0].lower == "and"
            and before[1].lower in SPEECH_VERBS)):
        # 'Ilse Vandrec attributed it to "..." and said there was "no cause for alarm"':
        # the name opening the sentence speaks
        opening = tokenize(text, sentence.start, max(sentence.start, open_mark))
        subject = _subject(opening) if participle else _subject_of_and(
            opening, len(opening) - len(before))
        participle = participle or before[1].text
        if subject is not None:
            return _Attribution(_phrase(text, opening, subject), participle)
    if found.speaker is None and before and before[-1].text == ":" and (
            before_start == sentence.start):
        # 'Police chief Radu Feles was blunt: "..."': the name opening the clause the
        # colon ends speaks
        subject = _subject(before)
        if subject is not None:
            return _Attribution(_phrase(text, before, subject), None)
    return found


def _phrase(text: str, tokens: list[Token], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    i, j = span
    if j <= i:
        return None
    return strip_title(text[tokens[i].start:tokens[j - 1].end])


def _attribution_after(text: str, tokens: list[Token], *, immediate: bool) -> _Attribution:
    k = 0
    while k < len(tokens) and not tokens[k].is_word:
        k += 1
    if k >= len(tokens):
        return _Attribution(None, None)
    if immediate and 0 < k <= 2 and tokens[k - 1].text in _DASHES:
        # "... ." — Karen Bobadilla
        j = k
        while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
            j += 1
        if j > k and j >= len(tokens) - 1:
            return _Attribution(_phrase(text, tokens, (k, j)), None)
    if tokens[k].lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
        span = speaker_after(tokens, k + 1)
        verb = text[tokens[k].start:tokens[k + 1].end]
        return _Attribution(_phrase(text, tokens, span), verb)
    if tokens[k].lower in SPEECH_VERBS:
        if tokens[k].lower.endswith("ing"):
            return _Attribution(None, tokens[k].text)  # ", saying he ...": the subject speaks
        return _Attribution(_phrase(text, tokens, speaker_after(tokens, k)), tokens[k].text)
    limit = _window_end(tokens, k, 10 if immediate else 14)
    for v in range(k + 1, limit):
        if tokens[v].text in {".", "?", "!"}:
            break
        if tokens[v].lower in SPEECH_VERBS:
            span = speaker_before(tokens, v)
            if span is not None and (span[0] <= k or not immediate):
                return _Attribution(_phrase(text, tokens, span), tokens[v].text)
            name = k
            while name < v and tokens[name].is_word and tokens[name].is_capitalised:
                name += 1
            if name > k and tokens[name].lower == "of":  # "Piet Roos of the coast guard told"
                return _Attribution(_phrase(text, tokens, (k, name)), tokens[v].text)
    return _Attribution(None, None)


def _window_end(tokens: list[Token], k: int, size: int) -> int:
    """The end of ``size`` tokens from ``tokens[k]`` on, not counting a bracketed acronym:
    '"...," Tamsin Velloq, leader of the opposition Civic Renewal Party (CRP), told
    reporters' is as near its verb as without '(CRP)' (other bracketed words count: '(pictured
    above, held aloft by two farmers)' is no acronym; a review of made-up cases)."""
    end, counted = k, 0
    while end < len(tokens) and counted < size:
        if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")" \
                and re.fullmatch(ACRONYM, tokens[end + 1].text):
            end += 3
            continue
        counted += 1
        end += 1
    return end



def _attribution_before(text: str, tokens: list[Token]) -> _Attribution:
    fallback = _Attribution(None, None)
    for v in range(len(tokens) - 1, -1, -1):
        t = tokens[v]
        if t.lower in DESCRIBING_VERBS or (t.lower in SPEECH_VERBS and t.lower.endswith("ing")):
            span = speaker_before(tokens, v)
            if span is not None:
                return _Attribution(_phrase(text, tokens, span), t.text)
            subject = _subject(tokens)  # "Trump tweeted on Friday, saying that ..."
            if t.lower.endswith("ing") and subject is not None and fallback.speaker is None:
                fallback = _Attribution(_phrase(text, tokens, subject), t.text)
            continue
        if t.lower == "to" and v > 0 and tokens[v - 1].lower == "according":
            end = v + 1
            while end < len(tokens) and tokens[end].text != ",":
                end += 1
            if end > v + 1:
                verb = text[tokens[v - 1].start:t.end]
                return _Attribution(strip_title(text[tokens[v + 1].start:tokens[end - 1].end]),
                                    verb)
        if t.lower in SPEECH_VERBS:
            span = speaker_before(tokens, v)
            if span is None and v > 0 and tokens[v - 1].lower == "and":
                span = _subject_of_and(tokens, v - 1)  # 'Ilse Vandrec attributed it to
                # "..." and said'
            if span is not None:
                return _Attribution(_phrase(text, tokens, span), t.text)
    return fallback


def _next_attribution(text: str, sentences: Sequence[Sentence], index: int) -> _Attribution:
    """A short attribution sentence right after a quote ("Wall!” Mr. Calderón told CNBC.)."""
    if index + 1 >= len(sentences):
        return _Attribution(None, None)
    nxt = sentences[index + 1]
    between = text[sentences[index].end:nxt.start]
    if "\n" in between or text[nxt.start] in '"\u201c\u2018\u00ab':
        return _Attribution(None, None)
    tokens = tokenize(text, nxt.start, nxt.end)
    if len(tokens) > 12:
        return _Attribution(None, None)
    return _attribution_after(text, tokens, immediate=True)


def _subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The capitalised name that opens a sentence, if any, after a role in lower case
    ('Truck driver Daris Olen, 47, said ...': Daris Olen; 'Furious opposition leader Mira
    Holtzen gave ...': Mira Holtzen)."""
    j = 0
    while j < len(tokens) and tokens[j].is_word and (
            tokens[j].is_capitalised or (j > 0 and tokens[j].lower in TITLE_WORDS)):
        j += 1
    i = 0
    role = None  # the first of up to three words in lower case that is a role
    for k in range(j, min(j + 3, len(tokens) - 1) if 0 < j < 3 else j):
        if not (tokens[k].is_word and tokens[k].text.islower()):
            break
        if is_role(tokens[k].lower):
            role = k
            break
    if role is not None and role > j and not _describes(tokens[:j], tokens[j:role]):
        role = None  # 'Officers escorted opposition leader Mira Holtzen', 'Relatives of
        # victim Ana Lutz': a verb or a plural before the role (a review's made-up cases)
    if role is not None:
        i = role + 1  # the role's words, then the name
        j = i
        while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
            j += 1
    phrase = " ".join(t.text for t in tokens[i:j])
    return (i, j) if j > i and is_named(phrase) else None


def _describes(opening: Sequence[Token], between: Sequence[Token]) -> bool:
    """Whether the capitalised words that open a sentence and words in lower case before a
    role describe the person ('Furious opposition leader', 'Former deputy prime minister'):
    not opened by a plural noun ('Officers', 'Relatives'), and no verb between ('escorted',
    'met', 'joins')."""
    if not opening or opening[0].lower.endswith(_PLURAL_ENDINGS):
        return False  # 'Officers', 'Relatives' (not 'Dravos police chief')
    return not any(t.lower.endswith(("ed", "s")) and not t.lower.endswith(("ss", "ous"))
                   or t.lower in _NOT_DESCRIBING for t in between)


#: endings of a plural noun that opens a sentence
_PLURAL_ENDINGS = ("ers", "ors", "ives", "ents", "ants", "ists", "ians", "ses", "ches", "ies",
                   "men")
#: verbs that are neither in -ed nor in -s, and linking words, that may stand between a
#: sentence's opening word and a role ('Kestria sent envoy ...', 'Relatives of victim ...')
_NOT_DESCRIBING = frozenset({
    "met", "meet", "saw", "see", "told", "tell", "join", "detain", "arrest", "escort",
    "visit", "thank", "ask", "urge", "accuse", "quote", "interview", "sued", "sue", "hit",
    "held", "hold", "gave", "give", "sent", "send", "took", "take", "made", "make",
    "brought", "bring", "led", "lead", "kept", "keep", "left", "leave", "found", "find",
    "put", "set", "chose", "choose", "won", "win", "beat", "caught", "catch", "fought",
    "paid", "pay", "shot", "struck", "drove", "threw", "heard", "knew", "freed", "let",
    "of", "and", "with", "for", "to", "by", "as", "from", "at", "in", "on"})


def _subject_of_and(tokens: list[Token], conjunction: int) -> tuple[int, int] | None:
    """The name opening the sentence as the subject of a verb after 'and' at
    ``tokens[conjunction]``: 'Ilse Vandrec attributed the collapse to "..." and said'; not
    across a comma or a relative clause ('Firemen restrained a woman outside the bank, who
    wept and cried')."""
    span = _subject(tokens)
    if span is None or any(t.text == "," or t.lower in _RELATIVES
                           for t in tokens[span[1]:conjunction]):
        return None
    if conjunction + 1 < len(tokens) and tokens[conjunction + 1].lower in {"told", "asked"}:
        return None  # 'Vandrec was heckled by farmers and told to "go back"': told to her
    return span


_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


def _is_headline(tokens: list[Token]) -> bool:
    """Title Case: most words capitalised, so a capital there tells no name."""
    words = [t for t in tokens if t.is_word and t.text[0].isalpha()]
    return bool(words) and sum(t.is_capitalised for t in words) >= 0.6 * len(words)


def _opening_name(text: str, sentences: Sequence[Sentence], index: int,
                  quoted: set[int]) -> str | None:
    """The named person who opens sentence ``index`` when that sentence quotes no one: the
    one a following '..., he said' speaks of, rather than an earlier quote's speaker; a
    full name, or a surname after an honorific ('Ms Ostrova claimed ...': Ostrova)."""
    if index < 0 or index in quoted:
        return None
    sent = sentences[index]
    tokens = tokenize(text, sent.start, sent.end)
    lead = _lead(tokens, len(tokens))  # 'Speaking at the plant on Monday, authority ...'
    span = None if _is_headline(tokens[lead:]) else _subject(tokens[lead:]) or (
        _role_first(tokens[lead:]) if lead else None)
    if span is None:
        return None
    if lead and any(t.is_word and t.is_capitalised and u.is_word and u.is_capitalised
                    for t, u in zip(tokens[lead + span[1] + 1:], tokens[lead + span[1] + 2:],
                                    strict=False)):
        return None  # 'At the hearing, judge Ana Lisk sentenced driver Tomas Greve': he?
    phrase = text[tokens[lead + span[0]].start:tokens[lead + span[1] - 1].end]
    if without_possessive(phrase) != phrase:
        return None  # 'Ms Ostrova's lawyers filed an appeal': the lawyers open it
    name = strip_title(phrase)
    words = len(name_words(name))
    return name if words >= 2 or (words == 1 and _HONORIFIC.match(phrase)) else None


def _role_first(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The name after a role in lower case that opens a clause after an opening phrase
    ('[Speaking at the plant on Monday,] authority director Marek Tosh defended his
    staff': Marek Tosh), if any."""
    role = next((k for k, t in enumerate(tokens[:3]) if t.is_word and t.text.islower()
                 and is_role(t.lower)), None)
    if role is None or not all(t.is_word and t.text.islower() for t in tokens[:role]) or (
            role and not _describes(tokens[:1], tokens[:role])):
        return None  # not '[On Monday,] prosecutors charged driver Tomas Greve': a verb
    j = role + 1
    while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
        j += 1
    phrase = " ".join(t.text for t in tokens[role + 1:j])
    return (role + 1, j) if j > role + 1 and is_named(phrase) else None


def _opener_acts(text: str, sentence: Sentence) -> bool:
    """Whether a sentence's opener is its doer, not one others speak of in a passive
    ('accused the government of treating voters "like children"', 'found the boiler in a
    "lethal" state'; not 'was described by aides as "in good spirits"', 'was seen by
    doctors': reviews' made-up cases)."""
    return re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){1,4}?by\b",
                     text[sentence.start:sentence.end]) is None


def _reported_speaker(text: str, sentences: Sequence[Sentence], index: int,
                      quoted: set[int]) -> str | None:
    """The named person whose words sentence ``index`` reports when it quotes no one
    ('Kestria's interior minister, Farid Osmanli, said security forces were searching'),
    a full name; else None ('Police said ...')."""
    if index < 0 or index in quoted:
        return None
    found = _indirect(text, sentences[index])
    name = found[2].speaker if found is not None else None
    words = name.split() if name is not None else []
    return name if name is not None and len(name_words(name)) >= 2 and all(
        w[:1].isupper() for w in words) and not (
        {w.casefold() for w in words} & _BODIES) else None  # not 'Angry residents', not
    # 'The Interior Ministry' (a review's made-up cases)


#: words that name a body, not a person ('the Interior Ministry said ...')
_BODIES = frozenset({
    "ministry", "police", "office", "service", "court", "agency", "department", "council",
    "commission", "company", "government", "army", "union", "authority", "authorities",
    "directorate", "bureau", "committee", "party", "embassy", "coastguard", "institute"})


def _opening_role(text: str, sentences: Sequence[Sentence], index: int,
                  quoted: set[int]) -> str | None:
    """'the president' when sentence ``index`` quotes no one and opens with the role alone
    ('The 61-year-old president, a former law professor, framed the move'), else None."""
    if index < 0 or index in quoted:
        return None
    sent = sentences[index]
    tokens = tokenize(text, sent.start, sent.end)
    if len(tokens) < 3 or tokens[0].lower != "the":
        return None
    for k in range(1, min(len(tokens) - 1, 5)):
        if tokens[k].is_capitalised or not tokens[k].is_word:
            return None
        if tokens[k].lower in ROLE_WORDS:
            after = tokens[k + 1]
            return f"the {tokens[k].lower}" if after.text == "," or (
                after.is_word and not after.is_capitalised) else None
    return None


def _named_inside(speaker: str, quoted: str) -> bool:
    """Whether the quoted words name ``speaker`` (by the last word of the name)."""
    words = name_words(speaker)
    return bool(words) and words[-1] in {fold(w) for w in re.findall(r"\w+", quoted)}


def _previous_subject(text: str, sentences: Sequence[Sentence], index: int) -> _Attribution:
    """The first named person of the previous sentence ("Ruiz spoke on TV. "...")."""
    if index == 0:
        return _Attribution(None, None)
    prev = sentences[index - 1]
    tokens = tokenize(text, prev.start, prev.end)
    if _is_headline(tokens):
        return _Attribution(None, None)  # not a sentence with a subject
    for i, t in enumerate(tokens):
        if t.is_word and t.is_capitalised:
            j = i
            while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
                j += 1
            phrase = strip_title(text[t.start:tokens[j - 1].end])
            if is_named(phrase) and (j - i >= 2 or any(
                    w.lower in SPEECH_VERBS for w in tokens[j:j + 3])):
                return _Attribution(phrase, None)
    return _Attribution(None, None)


def _indirect(text: str, sentence: Sentence) -> tuple[int, int, _Attribution] | None:
    """Reported speech in one sentence: content offsets and attribution, if any."""
    tokens = tokenize(text, sentence.start, sentence.end)
    k = 0
    while k < len(tokens) and tokens[k].text in _BULLETS:
        k += 1
    tokens = tokens[k:]
    if len(tokens) < 4:
        return None
    end_i = len(tokens)
    while end_i > 0 and not tokens[end_i - 1].is_word:
        end_i -= 1
    # "According to X, content."
    if tokens[0].lower == "according" and tokens[1].lower == "to":
        comma = next((i for i in range(2, min(end_i, 12)) if tokens[i].text == ","), None)
        if comma is not None and end_i - comma > 3:
            speaker = strip_title(text[tokens[2].start:tokens[comma - 1].end])
            return (tokens[comma + 1].start, tokens[end_i - 1].end,
                    _Attribution(speaker, text[tokens[0].start:tokens[1].end]))
    # "content, X said (on Sunday)[,.]" / "content, said X." / "content, according to X."
    for c in range(3, end_i):
        if tokens[c].text != ",":
            continue
        trailing = _trailing_attribution(text, tokens, c, end_i)
        if trailing is not None:
            return tokens[0].start, tokens[c - 1].end, trailing
    # "X said (that) content." (X may carry a long appositive: "Jason Sorens, the founder
    # of the Free State Project that encourages ..., said he had seen ..."), also after an
    # opening phrase ("In a statement published online, the group said ...")
    lead = _lead(tokens, end_i)
    for v in range(lead + 1, min(end_i, lead + 32)):
        if tokens[v].lower not in INDIRECT_VERBS or tokens[v].is_capitalised:
            continue
        span = speaker_before(tokens, v) or _role_then_name(tokens, lead, v)
        if span is None and lead == 0 and tokens[v - 1].lower == "and" and tokens[
                v].lower in _SAID_AFTER_AND:
            # 'Energy Minister Tomas Evander ordered all turbines shut down and said an
            # investigation would be held': the full name opening the sentence says it
            span = _subject_of_and(tokens, v - 1)
            if span is not None and (span[1] - span[0] < 2 or any(
                    t.lower.endswith(("'s", "\u2019s")) for t in tokens[span[0]:span[1]])
                    or _another_clause(tokens[span[1]:v - 1])):
                span = None  # 'Police ... and said', "Velsk's ministry ... and said", 'when
                # soldiers entered the village and said', 'her deputy Marek Holm took over
                # and said' (a review's made-up cases)
        if span is None or not _opens_clause(tokens, span, lead):
            continue
        c = v + 1
        if c + 1 < end_i and tokens[v].lower in {"said", "says"} and (
                tokens[c].lower in {"goodbye", "farewell"} or (
                    tokens[c].lower == "to" and tokens[c + 1].lower in {"be", "have"})):
            continue  # 'was arrested and said to be carrying a knife', 'said goodbye' (not
            # 'said to reporters that ...')
        if c < end_i and tokens[c].text in {",", ":"}:
            c += 1  # "Christie said, I feel like ..."
        if c < end_i and tokens[c].text in {'"', "\u201c"}:
            continue  # 'said: "Even with that, ...' with its closing mark paragraphs away
        that = next((i for i in range(v + 1, min(end_i, v + 7)) if tokens[i].lower == "that"
                     and all(t.is_word for t in tokens[v + 1:i])), None)
        if tokens[v].lower in DEMAND_VERBS and that is None:
            if v + 3 < end_i and tokens[v + 1].lower == "to" and tokens[v + 2].lower == "know":
                that = v + 2  # 'demanded to know why climbers had been allowed ...'
            else:
                continue  # 'demanded the release of 40 prisoners': no reported clause
        if tokens[v].lower in _CLAUSE_ONLY and that is None and v + 1 < end_i and (tokens[
                v + 1].lower in {"his", "her", "its", "their", "our", "my", "the", "a", "an"}
                or tokens[v + 1].lower.endswith(("'s", "\u2019s"))):
            return None  # 'reaffirmed her support for the plan': no reported clause (but
            # 'reiterated his insistence that ...')
        if that is not None:
            c = that + 1
        elif tokens[v].lower in {"told", "tells", "warned", "warns"}:
            while c < end_i and tokens[c].is_word and tokens[c].lower not in {"the", "a"} \
                    and c - v <= 2:
                c += 1
        if end_i - c < 3 or tokens[c].lower in _NO_SUBJECT:
            return None  # 'the man police said had fired the shots was arrested': no clause
        return tokens[c].start, _speech_end(text, sentence, tokens, c, end_i), _Attribution(
            _phrase(text, tokens, span), tokens[v].text)
    return _saying(text, tokens, lead, end_i)


def _another_clause(between: Sequence[Token]) -> bool:
    """Whether the words between a name opening the sentence and its 'and said' open a
    clause of another subject ('when soldiers entered the village and said', 'resigned and
    her deputy took over and said'), outside quote marks ('apologised for "the fear and
    distress" and said' is one clause; 'welcomed the arrests as "a first step"' too)."""
    quoted = False
    for t in between:
        if t.text in {'"', "\u201c", "\u201d"}:
            quoted = not quoted
        elif not quoted and t.lower in _OTHER_CLAUSE:
            return True
    return False



def _speech_end(text: str, sentence: Sentence, tokens: list[Token], c: int, end_i: int
                ) -> int:
    """Where reported speech that starts at ``tokens[c]`` ends: at the sentence's end, or
    before a semicolon that opens a clause with a speaker of its own ('Aides said Trump
    had not spoken with Kim; The Washington Post reported that Pompeo made a secret
    visit': the second clause is the outlet's, passing on the Post's report)."""
    for k in range(c + 3, end_i - 3):
        if tokens[k].text == ";" and _indirect(text, sentence.model_copy(
                update={"start": tokens[k].end})) is not None:
            return tokens[k - 1].end
    return tokens[end_i - 1].end


def _saying(text: str, tokens: list[Token], lead: int, end_i: int
            ) -> tuple[int, int, _Attribution] | None:
    """'X praised his country's security services, saying they had done their job
    superbly': the clause after ', saying (that)' is the reported speech of the sentence's
    subject, a name or a role before its first verb in the past (``lead``: the tokens of an
    opening phrase)."""
    saying = next((i for i in range(lead + 2, end_i - 3) if tokens[i].lower == "saying"
                   and tokens[i - 1].text == ","), None)
    if saying is None:
        return None
    verb = next((v for v in range(lead + 1, saying) if tokens[v].is_word
                 and not tokens[v].is_capitalised and not is_role(tokens[v].lower)), None)
    if verb is None or not tokens[verb].lower.endswith("ed") or any(
            not t.is_word or t.lower in _SUBORDINATE for t in tokens[verb + 1:saying - 1]):
        return None  # not 'visited the shelter, where residents queued ..., saying ...'
    span = speaker_before(tokens, verb)
    if span is None or not _opens_clause(tokens, span, lead):
        return None
    c = saying + 1
    if tokens[c].lower == "that":
        c += 1
    main = next((i for i in range(c, end_i) if tokens[i].lower in _RELATIVES), end_i)
    if end_i - c < 3 or tokens[c].lower in _NO_SUBJECT or not any(
            t.lower in _CLAUSE_VERBS or t.lower.endswith("ed") for t in tokens[c:main]):
        return None  # 'walked out, saying nothing to reporters', 'saying a prayer for
        # those who had died': no clause of its own
    if any(t.lower.endswith(("'s", "\u2019s")) or t.text in APOSTROPHES
           for t in tokens[span[0]:span[1] + 1]):
        return None  # "Tomas Varga's lawyer criticised ..., saying": whose words?
    return tokens[c].start, tokens[end_i - 1].end, _Attribution(
        _phrase(text, tokens, span), tokens[saying].text)


#: verbs of saying after 'and' whose subject is the name opening the sentence (not
#: 'declared' or 'announced', which take a noun as often as a clause: 'and declared Thursday
#: a day of mourning')
_SAID_AFTER_AND = frozenset({"said", "says", "added", "adds"})
#: verbs of a reported clause besides those in -ed ('saying they had done their job')
_CLAUSE_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "must", "can", "may", "might", "did", "does", "do", "knew", "knows", "felt",
    "saw", "made", "gave", "took", "came", "went", "got", "left", "kept", "held", "found",
    "shot", "hit", "lost", "won", "paid", "told", "meant", "needs", "wants"})
_OPENERS = frozenset({"in", "on", "at", "after", "during", "speaking", "addressing", "writing",
                      "later", "earlier", "meanwhile", "separately", "yesterday", "today"})
_LEAD_WORDS = 12  # most tokens of an opening phrase; and of a role phrase before a name
#: verbs that report speech only before a clause ('reaffirmed that the government would not
#: abandon the programme', 'reiterated blacks and Hispanics were ...'), not before a noun
#: phrase ('reaffirmed her support for the plan')
_CLAUSE_ONLY = frozenset({"reaffirmed", "reaffirms", "reiterated", "reiterates"})


def _lead(tokens: list[Token], end_i: int) -> int:
    """Where the main clause starts after an opening phrase set off by a comma ('In a
    statement published online, the group said', 'On Tuesday, ...'); 0 without one."""
    if not tokens or tokens[0].lower not in _OPENERS:
        return 0
    comma = next((i for i in range(1, min(end_i, _LEAD_WORDS + 1)) if tokens[i].text == ","),
                 None)
    if comma is None or not all(t.is_word and t.lower not in SPEECH_VERBS
                                for t in tokens[1:comma]):
        return 0  # 'After the minister said ..., ...': the opening phrase reports speech
    return comma + 1


def _role_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` is a role phrase that opens a clause before a name set
    off by commas: a role among its first words ('The head of the Air Accident
    Investigation Office', 'Its foreign ministry spokeswoman'), no comma or quote mark, and
    not ending in another person the name may stand for ('The head of the inquiry into the
    death of the driver, Tomas Greve,': the driver)."""
    phrase = tokens[start:end]
    if not (0 < len(phrase) <= _LEAD_WORDS and all(
            t.is_word or t.text in APOSTROPHES for t in phrase)):
        return False
    role = next((k for k, t in enumerate(phrase[:4]) if is_role(t.lower)), None)
    last = phrase[-1].lower
    return role is not None and (role == len(phrase) - 1 or not (
        is_role(last) or last in _PEOPLE))


#: words before a role that make it someone else's ('Lawyers for driver Tomas Greve')
_OTHERS_ROLE = ROLE_LINKS | {"to", "with"}
#: verbs that cannot open a reported clause: their subject stands before the speech verb
_NO_SUBJECT = frozenset({"had", "has", "have", "was", "were", "is", "are"})
#: nouns of people that a name set off after them stands for
_PEOPLE = frozenset({"cyclist", "pedestrian", "motorist", "man", "woman", "boy", "girl",
                     "child", "family", "victims", "deceased", "teenager", "couple"})
#: words that open a subordinate clause: a name after them is no subject of the sentence
#: ('On Tuesday, the day after the mayor said the dam was safe, rebels ...')
_SUBORDINATE = frozenset({"after", "before", "that", "who", "whom", "which", "when", "while",
                          "since", "as", "where", "because", "if", "until"})

#: words that open a clause of another subject before 'and said' ('as' is a preposition
#: there as often: 'welcomed the arrests as "a first step"')
_OTHER_CLAUSE = frozenset((_SUBORDINATE - {"as"}) | {"and", "or"})


def _role_then_name(tokens: list[Token], lead: int, verb: int) -> tuple[int, int] | None:
    """The name between commas after a role phrase that opens the clause, just before
    ``tokens[verb]``: 'The head of the Karvenian Employers' Confederation, Edvard Solheim,
    warned' (None otherwise)."""
    if tokens[verb - 1].text != ",":
        return None
    comma = next((k for k in range(verb - 2, lead, -1) if tokens[k].text == ","), None)
    if comma is None or not 2 <= verb - 1 - comma <= 4 or not all(
            t.is_word and t.is_capitalised for t in tokens[comma + 1:verb - 1]):
        return None
    return (comma + 1, verb - 1) if _role_phrase(tokens, lead, comma) else None


def _opens_clause(tokens: list[Token], span: tuple[int, int], lead: int) -> bool:
    """Whether the speaker phrase ``span`` is the subject that opens the clause at
    ``tokens[lead]``: itself first; after an article and a few lower-case words ('the tram
    drivers' union'); a name between commas after a role ('A lawyer for Halvic, Tomas
    Brell,', 'The medical director of Dravesk General Hospital, Dr Ana Lisk,'); a name after
    its role ('Water authority director Marek Tosh', 'Council road worker Tomas Greve').
    Not a name after a phrase with no role ('The flooded river bank, Tomas Brell, said')."""
    i = span[0]
    before = tokens[lead:i]
    if not before:
        return True
    words = [t for t in before if t.text not in APOSTROPHES]
    if before[0].lower in {"the", "a", "an"} and len(words) <= 3 and all(
            t.is_word and not t.is_capitalised and t.lower not in _SUBORDINATE
            for t in words[1:]):
        return True
    if before[0].lower in TITLE_WORDS and len(before) >= 3 and before[1].lower in ROLE_LINKS \
            and all(t.is_word and (t.is_capitalised or t.lower == "the") for t in before[2:]):
        return True  # 'Minister of (the) Territorial Administration Dusan Virel said'
    if 2 <= len(before) <= 3 and before[0].is_capitalised and all(
            t.is_word and t.text.islower() and not t.lower.endswith("ing")
            for t in before[1:]) and _describes(before[:1], before[1:]):
        return True  # 'Opposition firebrand Daria Voss, who spoke ..., insisted' (not
        # 'Police hunting Tomas Greve, who ..., said': a review's made-up cases)
    if tokens[i - 1].text == "," and span[1] < len(tokens) and tokens[span[1]].text == "," \
            and (_role_phrase(tokens, lead, i - 1) or (
                i - lead <= 7 and name_after_role(tokens, span[1]) == span
                and all(t.is_word for t in tokens[lead:i - 1]))):
        return True
    # not 'Relatives of victim Ana Lisk said', 'Lawyers for driver Tomas Greve said'
    return len(before) <= 6 and is_role(tokens[i - 1].lower) and all(
        t.is_word and t.lower not in _OTHERS_ROLE for t in before)


def _trailing_attribution(text: str, tokens: list[Token], comma: int,
                          end_i: int) -> _Attribution | None:
    """An attribution between ``tokens[comma]`` and the end of the clause, if it is one."""
    stop = next((i for i in range(comma + 1, end_i) if tokens[i].text in {",", '"', "\u201c"}),
                end_i)
    clause = tokens[comma + 1:stop]
    if not clause or len(clause) > 20:
        return None
    if clause[0].lower == "according" and len(clause) > 2 and clause[1].lower == "to":
        return _Attribution(strip_title(text[clause[2].start:clause[-1].end]),
                            text[clause[0].start:clause[1].end])
    if stop < end_i and tokens[stop].text == "," and len(clause) <= 5 and all(
            t.is_word and t.is_capitalised for t in clause):
        # "..., Terrie Rizzo, the Democratic chair of the county, said of the Clintons."
        close = next((i for i in range(stop + 1, min(end_i, stop + 22))
                      if tokens[i].text == ","), None)
        if close is not None and close + 1 < end_i and tokens[stop + 1].lower in (
                {"the", "a", "an"} | TITLE_WORDS) and tokens[close + 1].lower in INDIRECT_VERBS:
            return _Attribution(strip_title(text[clause[0].start:clause[-1].end]),
                                tokens[close + 1].text)
    for v, t in enumerate(clause):
        if t.lower not in INDIRECT_VERBS or t.is_capitalised:
            continue
        if v == 0:
            span = speaker_after(clause, 0)
            if span is None or (span[1] < len(clause) - 2
                                and clause[span[1]].lower not in _AFTER_ATTRIBUTION):
                return None
            phrase = _phrase(text, clause, span)
            if not (is_named(phrase) or clause[span[1] - 1].lower in ROLE_WORDS):
                return None
            return _Attribution(phrase, t.text)
        if v > 8 or (len(clause) - v > 5 and clause[v + 1].lower not in _AFTER_ATTRIBUTION):
            return None
        if any(w.lower in _NOT_SPEAKER for w in clause[:v]):
            return None  # ", who has not been charged with ...": not an attribution
        speaker = strip_title(text[clause[0].start:clause[v - 1].end])
        return _Attribution(speaker, t.text)
    return None


_PLACE_NOUNS = frozenset({"avenue", "street", "square", "road", "boulevard", "county",
                          "province", "valley", "river", "island", "islands", "bay", "park",
                          "airport", "station", "bridge", "district", "state", "states"})
_PARTY_MEMBERS = frozenset({"republican", "democrat", "democratic", "independent", "native",
                            "resident"})


_HONORIFIC = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.?\s+(?:[A-Z][\w'\u2019-]*\s+)*?([A-Z][\w'\u2019-]+)"
                        r"(?![\w'\u2019-]*\s+[A-Z])")


#: a name written out with its acronym after it: 'the state-owned Tarsovian Grid Company
#: (TGC)'
_DEFINED_ACRONYM = re.compile(r"\b((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and|the)\s+)?){1,6})"
                              r"\(([A-Z]{2,6})\)")


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms the report defines, with the names they stand for ('TGC' -> 'Tarsovian
    Grid Company'): a body quoted by its acronym is the body its spokesman speaks for.  The
    name is the run of capitalised words right before the bracket whose initials spell the
    acronym."""
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        capitals = [w for w in words if w[:1].isupper()]
        for k in range(len(capitals)):
            if "".join(w[0] for w in capitals[k:]) == acronym:
                first = words.index(capitals[k])
                out.setdefault(acronym, " ".join(words[first:]))
                break
    return out


def _spelled_out(speaker: str | None, acronyms: dict[str, str]) -> str | None:
    """``speaker`` with a defined acronym written out, and without the bracketed acronym
    after a name ('according to the Tarsovian Grid Company (TGC)')."""
    if speaker is None:
        return None
    speaker = re.sub(r"\s*\([A-Z]{2,6}\)?$", "", speaker)
    return acronyms.get(speaker, speaker)


def _genders(text: str) -> dict[str, str]:
    """Surnames the report writes after an honorific, with the pronoun that goes with them
    ("Mr. Ryan" -> he, "Ms. Pelosi" -> she); a surname given both is left out."""
    seen: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        surname = without_possessive(fold(m.group(2)))  # "Mr. Trump's"
        seen.setdefault(surname, set()).add("he" if m.group(1) == "Mr" else "she")
    return {name: next(iter(p)) for name, p in seen.items() if len(p) == 1}


def _surname(name: str | None) -> str:
    words = name_words(name or "")
    return words[-1] if words else ""


def _mentions(text: str) -> list[_Mention]:
    """Named people of a report with their titles, in text order (for resolution)."""
    tokens = tokenize(text)
    out: list[_Mention] = []
    i = 0
    while i < len(tokens):
        if not (tokens[i].is_word and tokens[i].is_capitalised):
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
            j += 1
        phrase = text[tokens[i].start:tokens[j - 1].end]
        name = without_possessive(strip_title(phrase))  # "Marta Lindqvist's"
        titles = frozenset(t.lower for t in tokens[i:j]) & ROLE_WORDS
        if (i > 0 and tokens[i - 1].lower in _FORMER) or tokens[i].lower in _FORMER - {
                "then"} or tokens[i].lower.startswith(("ex-", "then-", "former-")):
            titles = frozenset()  # 'former Prime Minister Ivo Dranek', 'Then-Prime Minister
            # Ivo Dranek' hold no title now ('Then Prime Minister X addressed' opening a
            # sentence may be the adverb)
        # 'Republican of South Carolina', 'on Stadiou Avenue': a place, not a person
        place = not titles and (tokens[j - 1].lower in _PLACE_NOUNS or (
            i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in _PARTY_MEMBERS))
        if is_named(name) and (titles or j - i >= 2) and not place:
            out.append(_Mention(tokens[i].start, titles, name, frozenset(
                t.lower for t in tokens[i:j]) - set(name_words(name))))
        i = j
    return out


def _resolve(speaker: str | None, mentions: list[_Mention], pos: int,
             earlier: Sequence[Quote], gender: dict[str, str] | None = None) -> str | None:
    """A pronoun, role ("the minister") or short name resolved to an earlier full name.

    Pronouns go to the latest named speaker before ``pos`` (the sentence start), else to
    the latest named person mentioned before it; "she" passes over a name the report
    writes as "Mr. ...", "he" one it writes as "Ms." or "Mrs." (``gender``: surname -> pronoun).
    """
    gender = gender or {}
    if speaker is None:
        return None
    words = speaker.split()
    before = [m for m in mentions if m.start < pos]
    low = [w.casefold() for w in words]
    if low[0] in PRONOUNS and len(words) == 1:
        if low[0] in {"he", "she"}:
            other = "she" if low[0] == "he" else "he"
            for q in reversed(earlier):
                if q.start < pos and is_named(q.speaker) and gender.get(
                        _surname(q.speaker)) != other:
                    return q.speaker
            for m in reversed(before):
                if len(name_words(m.name)) >= 2 and gender.get(_surname(m.name)) != other:
                    return m.name
        return speaker
    if low[0] in {"the", "a", "an"} and low[-1] in ROLE_WORDS:
        if all(w[:1].isupper() for w in words[1:]):
            # 'the Prime Minister': the one person the report names with that whole title
            # before it (not a Finance Minister nor a Deputy Prime Minister); none or two (a
            # summit of two prime ministers): no speaker, a title alone compares with no name
            title = frozenset(low[1:])
            named = {m.name for m in before if m.titles and m.words == title and m.name}
            return named.pop() if len(named) == 1 else None
        titled = [m.name for m in reversed(before) if low[-1] in m.titles and m.name]
        return titled[0] if titled else speaker
    if is_named(speaker):
        key = set(name_words(speaker))
        for m in before:
            full = set(name_words(m.name))
            if key and key < full:
                return m.name
    return speaker
