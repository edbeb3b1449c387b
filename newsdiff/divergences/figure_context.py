"""Figures that stand in the same place of two aligned sentences.

Two reports often tell one fact in nearly the same words and differ only in a number:
"tariffs on machinery fall to 2%" vs "tariffs on machinery fall to 4%", "187 of the 240
municipalities lost people" vs "211 of the 240 municipalities lost people". The subject
reader may find no counted noun there, or two different ones, so the subject rules cannot
pair them. Here the two sentences are compared word by word (difflib on lower-cased
tokens, each figure's number written as one placeholder of its kind and unit): figures that
difflib matches to each other, with words matched around them in both sentences, are one
quantity told twice (:func:`links`). Those that disagree make one divergence per quantity,
unless the words say otherwise (:func:`may_be_one`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from newsdiff.claims.comparable import (
    Key,
    conflict,
    interval,
    intervals_apart,
    is_exact,
    rate,
    sums_apart,
)
from newsdiff.claims.numbers import NUMBER_WORDS
from newsdiff.claims.subjects import STOPWORDS
from newsdiff.models import Comparison, Figure

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*\w*|[^\W\d_]+(?:['\u2019][^\W\d_]+)?|[,;:()]")
_PUNCT = frozenset(",;:()")
_UNIT_KINDS = frozenset({"money", "percent", "measure"})
#: how alike the two sentences' words must be (difflib ratio)
MIN_RATIO = 0.4
#: how many positions either side of a figure are read for matched tokens
WINDOW = 6
#: matched tokens needed there (punctuation aside), one of them a content word ...
MIN_CONTEXT = 3
#: ... and one of them this close to the figure in both sentences
BESIDE = 3


@dataclass(frozen=True)
class _Link:
    a: Figure
    b: Figure


def _tokens(text: str, offset: int, figures: Sequence[Figure]
            ) -> tuple[list[str], dict[int, Figure]]:
    """Lower-cased tokens of a sentence starting at ``offset`` in its report; the number
    words of each figure become one placeholder token ('\0count:', '\0percent:%'). The
    other words of a count's span stay (the counted noun); those of an amount, a share or
    a measure are its unit, which the placeholder holds."""
    out: list[str] = []
    at: dict[int, Figure] = {}
    placed: set[int] = set()
    for m in _TOKEN.finditer(text):
        start, end = offset + m.start(), offset + m.end()
        low = m.group().lower()
        f = next((f for f in figures if f.start <= start and end <= f.end), None)
        if f is not None and (low[0].isdigit() or low in NUMBER_WORDS
                              or f.kind in _UNIT_KINDS):
            if id(f) not in placed:
                placed.add(id(f))
                at[len(out)] = f
                out.append(f"\0{f.kind}:{f.unit or ''}")
            continue
        out.append(_stem(low))
    return out, at


def _stem(word: str) -> str:
    """A crude stem so that 'oppose' and 'opposed', 'voter' and 'voters' match."""
    if len(word) > 4 and word.isalpha():
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        return word.removesuffix("e")
    return word.removesuffix("'s").removesuffix("\u2019s")


def _content(token: str) -> bool:
    return not token.startswith("\0") and token not in STOPWORDS and len(token) > 1 \
        and token not in _PUNCT


def _next_words(tokens: list[str], at: int, n: int = 2) -> list[int]:
    """Positions of the first ``n`` content words after ``at`` in its clause."""
    out: list[int] = []
    for u in range(at + 1, len(tokens)):
        if tokens[u] in _PUNCT or len(out) == n:
            break
        if _content(tokens[u]):
            out.append(u)
    return out


def _words_beside_differ(ta: list[str], pa: int, tb: list[str], pb: int,
                         partner: dict[int, int], *, before: bool = True) -> bool:
    """'52 were treated at Brannick General' vs '31 were still there': none of the words
    told right after the two figures is found in the other sentence ('51 percent of
    voters oppose' vs '58 percent of respondents opposed' share 'oppose'), or the words
    right before them are other content words ('earned' vs 'paid'; read only when
    ``before``)."""
    matched_b = set(partner.values())
    if before and pa > 0 and pb > 0 and _content(ta[pa - 1]) and _content(tb[pb - 1]) \
            and pa - 1 not in partner and pb - 1 not in matched_b:
        return True  # 'the couple earned $140.9m' vs 'the couple paid $43m': other verbs
    ua, ub = _next_words(ta, pa), _next_words(tb, pb)
    if not ua or not ub:
        return False
    return not any(u in partner for u in ua) and not any(u in matched_b for u in ub)


def _partners(ta: list[str], tb: list[str]) -> dict[int, int] | None:
    """Where difflib matches each token of ``ta`` in ``tb``; None when the two lists are
    not alike (:data:`MIN_RATIO`)."""
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    if matcher.ratio() < MIN_RATIO:
        return None
    partner: dict[int, int] = {}
    for i, j, n in matcher.get_matching_blocks():
        for t in range(n):
            partner[i + t] = j + t
    return partner


def links(ta: list[str], at_a: dict[int, Figure], tb: list[str], at_b: dict[int, Figure]
          ) -> list[_Link]:
    """Figures of two token lists that difflib's alignment matches to each other. The two
    lists must be alike (:data:`MIN_RATIO`), and around the figures at least
    :data:`MIN_CONTEXT` matched tokens, one a content word, must lie within :data:`WINDOW`
    positions on the same side in both lists, one of them within :data:`BESIDE` ('he had
    been driving for a punishing _' vs 'he had been driving for _'); and the words beside
    the figures must not tell of something else (:func:`_words_beside_differ`)."""
    partner = _partners(ta, tb)
    if partner is None:
        return []
    out: list[_Link] = []
    for pa, fa in at_a.items():
        pb = partner.get(pa)
        fb = at_b.get(pb) if pb is not None else None
        if fb is None or pb is None:
            continue
        support = [u for u in range(max(0, pa - WINDOW), min(len(ta), pa + WINDOW + 1))
                   if u != pa and u in partner and 0 < abs(partner[u] - pb) <= WINDOW
                   and (u < pa) == (partner[u] < pb) and ta[u] not in _PUNCT]
        if len(support) >= MIN_CONTEXT and any(_content(ta[u]) for u in support) \
                and any(abs(u - pa) <= BESIDE and abs(partner[u] - pb) <= BESIDE
                        for u in support) \
                and not _words_beside_differ(ta, pa, tb, pb, partner):
            out.append(_Link(fa, fb))
    clashes = [x for x in out if interval(x.a) and interval(x.b) and conflict(x.a, x.b)]
    # '54 games ... 43 RBIs' vs '157 games ... 121 RBIs': two numbers that differ in one
    # frame tell another period or another thing, not one figure told wrong
    return out if len(clashes) < 2 else [x for x in out if x not in clashes]


def leftovers(ta: list[str], at_a: dict[int, Figure], tb: list[str], at_b: dict[int, Figure],
              linked: Sequence[_Link]) -> list[_Link]:
    """The one figure of a kind and unit that two alike sentences each have left once the
    figures of that kind and unit they agree on are set aside: 'built for 12,000 people,
    to about 19,000' vs 'meant for 12,000, is now crammed with 23,000 people'; '42 of the
    80 seats and the Civic Alliance 35, with the remaining three' vs 'of the 80 seats ...
    took 42, the Civic Alliance 35 and minor parties five'. The sentences must be alike
    (:data:`MIN_RATIO`), hold as many numbers as each other and few figures
    (:data:`MAX_FIGURES`; a line of sports statistics is no list of one fact's parts);
    at least one agreeing figure must anchor the pair, and the leftovers must stand on the
    same side of every anchor in both sentences (when each sentence holds no other number,
    no anchor is needed: 'Aid workers said the camp at Orsk now shelters about 5,200' vs
    'The camp at Orsk, aid workers said, is now home to 7,000 people'), without other
    words after them (:func:`_words_beside_differ`: '52 were treated at Brannick General'
    vs '31 were still there'; the words before may differ: 'the remaining three' vs
    'minor parties five'). Sentences less alike than that still pair their leftovers
    when an exact number that is no small count anchors them ('Fifty-eight people were
    hurt ..., and 12 of them remain in critical condition' vs 'doctors are treating the 58
    injured ...; 15 are in a critical state') and, for counts, the leftovers name one
    noun or none ('four hospitals' is not '15'). Figures :func:`links` already paired are
    left to it."""
    if not 0 < len(at_a) <= MAX_FIGURES or not 0 < len(at_b) <= MAX_FIGURES:
        return []
    if _numbers(ta) != _numbers(tb):
        return []  # 'completed 29 of 34' vs '29-of-34 after completing his first 17'
    partner = _partners(ta, tb)
    loose = partner is None
    if partner is None:
        partner = {}
    place_a = {id(f): p for p, f in at_a.items()}
    place_b = {id(f): p for p, f in at_b.items()}
    out: list[_Link] = []
    for cls in {(f.kind, f.unit) for f in at_a.values() if f.kind in _ANCHOR_KINDS}:
        left = [(p, f) for p, f in sorted(at_a.items())
                if (f.kind, f.unit) == cls and interval(f) is not None]
        right = [(p, f) for p, f in sorted(at_b.items())
                 if (f.kind, f.unit) == cls and interval(f) is not None]
        anchors: list[tuple[int, int]] = []
        for x in linked:  # what links() paired: an anchor if it agrees, else its own
            if (place_a.get(id(x.a)), x.a) in left and (place_b.get(id(x.b)), x.b) in right:
                left.remove((place_a[id(x.a)], x.a))
                right.remove((place_b[id(x.b)], x.b))
                if not conflict(x.a, x.b):
                    anchors.append((place_a[id(x.a)], place_b[id(x.b)]))
        for pa, a in list(left):  # then any two of that kind and unit that agree
            same = next(((pb, b) for pb, b in right if (
                _same_number(a, b) if loose else not conflict(a, b))), None)
            if same is not None:
                anchors.append((pa, same[0]))
                left.remove((pa, a))
                right.remove(same)
        if (anchors or (_numbers(ta) == 1 and not loose)) and len(left) == 1 \
                and len(right) == 1:
            (pa, a), (pb, b) = left[0], right[0]
            if all((pa < xa) == (pb < xb) for xa, xb in anchors) and (
                    _same_noun(a, b) if loose
                    else not _words_beside_differ(ta, pa, tb, pb, partner, before=False)):
                out.append(_Link(a, b))
    return out


def _same_number(a: Figure, b: Figure) -> bool:
    """Two exact figures of one value that is no small count ('three' is in too many
    places to tell two sentences tell one list)."""
    return a.value == b.value and is_exact(a) and is_exact(b) and isinstance(
        a.value, float) and (a.value >= 10 or a.kind != "count")


def _same_noun(a: Figure, b: Figure) -> bool:
    """Two counts whose spans name one noun, or none ('four hospitals' is not '12 of
    whom')."""
    if a.kind != "count":
        return True
    nouns = [[_stem(w.lower()) for w in re.findall(r"[^\W\d_]+", f.text)
              if w.lower() not in NUMBER_WORDS][-1:] for f in (a, b)]
    return nouns[0] == nouns[1]


def _numbers(tokens: list[str]) -> int:
    """How many numbers a token list holds, figures or not."""
    return sum(t.startswith("\0") or t[:1].isdigit() or t in NUMBER_WORDS for t in tokens)


#: the kinds of figure that anchor and fill :func:`leftovers`
_ANCHOR_KINDS = frozenset({"count", "money", "percent", "measure"})
#: at most this many figures in each sentence for :func:`leftovers`
MAX_FIGURES = 4
_AGE_OR_COUNT = frozenset({"age", "count"})


def linked_figures(comparison: Comparison, figures: Sequence[Figure]) -> list[_Link]:
    """Every pair of figures of different reports that stand in the same place of two
    sentences one group aligns."""
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in figures:
        by_sentence[(f.report, f.sentence)].append(f)
    tokens: dict[tuple[str, int], tuple[list[str], dict[int, Figure]]] = {}
    changes: dict[tuple[str, int], tuple[Figure, Figure] | None] = {}

    def read(at: tuple[str, int]) -> tuple[list[str], dict[int, Figure]]:
        if at not in tokens:
            s = comparison.sentences_of(at[0])[at[1]]
            tokens[at] = _tokens(comparison.sentence_text(*at), s.start, by_sentence[at])
        return tokens[at]

    def change(at: tuple[str, int]) -> tuple[Figure, Figure] | None:
        if at not in changes:
            changes[at] = _change(comparison.report(at[0]).text, by_sentence[at])
        return changes[at]

    out: list[_Link] = []
    seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for group in comparison.groups:
        places = [(m.report, i) for m in group.members for i in m.sentences
                  if by_sentence.get((m.report, i))]
        for k, pa in enumerate(places):
            for pb in places[k + 1:]:
                if pa[0] == pb[0] or (pa, pb) in seen:
                    continue
                seen.add((pa, pb))
                ta, at_a = read(pa)
                tb, at_b = read(pb)
                linked = links(ta, at_a, tb, at_b)
                linked += leftovers(ta, at_a, tb, at_b, linked)
                out += linked + [x for x in changed(change(pa), change(pb))
                                 if not any(x.a is y.a and x.b is y.b for y in linked)]
    return out


_FROM_TO = re.compile(r"\s+to\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UP_FROM = re.compile(r",?\s+(?:up|down)\s+from\s+", re.IGNORECASE)


def _change(text: str, figures: Sequence[Figure]) -> tuple[Figure, Figure] | None:
    """The old and the new value of the one change a sentence tells: 'will climb from 30
    per cent to 37 per cent', 'at 35 per cent, up from 30 per cent' (None when it tells
    none or several)."""
    found: list[tuple[Figure, Figure]] = []
    for x, y in pairwise(sorted(figures, key=lambda f: f.start)):
        if (x.kind, x.unit) != (y.kind, y.unit) or x.kind not in _ANCHOR_KINDS:
            continue
        gap = text[x.end:y.start]
        if _FROM_TO.fullmatch(gap) and _FROM_BEFORE.search(text[:x.start]):
            found.append((x, y))
        elif _UP_FROM.fullmatch(gap):
            found.append((y, x))
    return found[0] if len(found) == 1 else None


def changed(ca: tuple[Figure, Figure] | None, cb: tuple[Figure, Figure] | None
            ) -> list[_Link]:
    """Two aligned sentences that each tell one change from one value to another
    (:func:`_change`), and agree on one end: the other ends are one quantity ('the
    corporate tax rate ... will climb from 30 per cent to 37 per cent' vs 'The corporate
    income tax paid by mining companies will also go up, from 30 per cent to 35 per
    cent'), however unlike the sentences' other words are."""
    if ca is None or cb is None or (ca[0].kind, ca[0].unit) != (cb[0].kind, cb[0].unit):
        return []
    if any(interval(f) is None for f in (*ca, *cb)):
        return []
    old, new = _Link(ca[0], cb[0]), _Link(ca[1], cb[1])
    if not conflict(old.a, old.b) and conflict(new.a, new.b):
        return [new]
    if not conflict(new.a, new.b) and conflict(old.a, old.b):
        return [old]
    return []


def _agrees_with_any(f: Figure, others: Sequence[Figure]) -> bool:
    """'forty-two seats in the 80-member assembly' vs '42 of the 80 seats': a figure whose
    value the other sentence also states is that one, wherever the words put it ('two
    sons, ages 6 and 16' vs 'two sons, ages 16 and 6', where an age may be read as a
    count)."""
    return any(((o.kind, o.unit) == (f.kind, f.unit) or {o.kind, f.kind} <= _AGE_OR_COUNT)
               and interval(o) and interval(f)
               and not conflict(o, f) for o in others)


def may_be_one(a: Figure, b: Figure, keys: dict[int, Key | None],
               sentence_figures: dict[tuple[str, int], list[Figure]]) -> bool:
    """Whether two figures that stand in one place of aligned sentences may be told of one
    quantity: not two events ('23 people were injured' vs '34 people were killed'), not two
    named sources, not a figure the other sentence also states elsewhere ('forty-two seats
    in the 80-member assembly' vs '42 of the 80 seats'), not values tenfold apart, not a
    bound that starts at the other's value ('over 2,000' vs '2,000'), not an increment and
    a total, not other nations and not counts of nouns with different heads ('one grenade
    launcher' vs 'two grenades')."""
    if a.predicate != b.predicate and a.predicate and b.predicate:
        return False
    if a.source and b.source and a.source.lower() != b.source.lower():
        return False
    if _agrees_with_any(a, sentence_figures[(b.report, b.sentence)]) or _agrees_with_any(
            b, sentence_figures[(a.report, a.sentence)]):
        return False
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None or intervals_apart(ia, ib):
        return False
    if {ia[0], ia[1]} & {ib[0], ib[1]}:  # an end in common (not the open flags: 0 == False)
        return False
    ka, kb = keys.get(id(a)), keys.get(id(b))
    return ka is None or kb is None or (
        ("more" in ka.mods) == ("more" in kb.mods) and _same_nations(a.kind, ka, kb)
        and rate(ka) == rate(kb) and (a.kind != "count" or ka.head == kb.head)
        and (a.kind != "money" or not sums_apart(ka, kb)))


def _same_nations(kind: str, ka: Key, kb: Key) -> bool:
    """Two keys name the same nations; a sum or a share named for a nation in one report
    only ('the Ostrevian government's fund') may be the same one, a count may not ('two
    U.S. soldiers' are a part of 'eight soldiers')."""
    if kind == "count":
        return ka.nations == kb.nations
    return not (ka.nations and kb.nations) or ka.nations == kb.nations


def same_place(comparison: Comparison, figures: Sequence[Figure],
               keys: dict[int, Key | None], told: set[tuple[str, int, int]], *,
               apart: Callable[[Figure, Figure], bool]
               ) -> list[tuple[list[Figure], list[tuple[Figure, Figure]]]]:
    """Quantities told in one place of aligned sentences with values that disagree: for
    each, its figures (one per report, linked through agreeing places too) and the pairs
    that conflict. Pairs a flag already compares (``told``) are left to it, and so are
    pairs whose sentences ``apart`` says tell of different things."""
    sentence_figures: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for f in comparison.figures:  # all of them: an age agrees with a count ('ages 16 and 6')
        sentence_figures[(f.report, f.sentence)].append(f)
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    figures = [f for f in figures if not _piece(comparison, f)]
    by_id = {id(f): f for f in figures}
    conflicts: list[tuple[Figure, Figure]] = []
    for x in linked_figures(comparison, figures):
        if interval(x.a) is None or interval(x.b) is None:
            continue
        if not conflict(x.a, x.b):
            parent[root(id(x.a))] = root(id(x.b))
        elif may_be_one(x.a, x.b, keys, sentence_figures) and not apart(x.a, x.b) and not {
                (x.a.report, x.a.start, x.a.end), (x.b.report, x.b.start, x.b.end)} <= told:
            parent[root(id(x.a))] = root(id(x.b))
            conflicts.append((x.a, x.b))
    components: dict[int, list[tuple[Figure, Figure]]] = defaultdict(list)
    for a, b in conflicts:
        components[root(id(a))].append((a, b))
    out: list[tuple[list[Figure], list[tuple[Figure, Figure]]]] = []
    for r, pairs in components.items():
        members = sorted((by_id[i] for i in parent if root(i) == r),
                         key=lambda f: (f.report, f.start))
        if len({f.report for f in members}) == len(members):  # else: several quantities
            out.append((members, pairs))
    return out


_WORD = re.compile(r"\S+")
#: a number that is one piece of a time, a date, a score or a number split by a space
_PIECE_BEFORE = re.compile(r"\d\s?[:/\-\u2013]\s?$")
_PIECE_AFTER = re.compile(r"^\s?[:/\-\u2013]\s?\d")
_SPLIT_THOUSANDS = re.compile(r"\d,\s$")


def _piece(comparison: Comparison, f: Figure) -> bool:
    """A number that is one piece of something else: a time of day or a date in digits
    ('1:32 PM', '05 / 02 / 07', as time stamps write them), a score or record ('9 - 5'),
    or the last three digits of a number split after its comma ('4, 183 yards')."""
    text = comparison.report(f.report).text
    before, after = text[max(0, f.start - 4):f.start], text[f.end:f.end + 4]
    return bool(_PIECE_BEFORE.search(before) or _PIECE_AFTER.match(after)
                or (re.match(r"\d{3}\b", f.text) and _SPLIT_THOUSANDS.search(before)))


def place(comparison: Comparison, f: Figure, *, words: int = 3) -> str:
    """The words around a figure with the figure left out, to name the place it fills:
    'machinery from 14% to _ over five years'."""
    sentence = comparison.sentences_of(f.report)[f.sentence]
    text = comparison.report(f.report).text
    before = _WORD.findall(text[sentence.start:f.start])[-words:]
    after = _WORD.findall(text[f.end:sentence.end])[:words]
    return " ".join([*before, "_", *after]).strip(" ,;:.")
