"""Group sentences that state the same content across N reports, in any order.

The pair score mixes embedding cosine similarity with the overlap of content words,
names and numbers (``Config.lexical_weight``).  Adjacent sentence pairs of one report
are embedded too: when the pair matches another report's sentence clearly better
than either half does, both halves link to it (one-to-many, as in Bertalign).
Groups are then formed by average-linkage clustering over cross-report pairs, which
uses N-way evidence (if A~B and B~C, C is pulled towards A through the group mean).
A sentence also joins any further group it matches on average (two-fact sentences).
Sentences that match nothing stay as singleton groups.

Everything is computed on reports sorted by id, so the result does not depend on the
order the reports were given in; ties are broken by position.

>>> import numpy as np
>>> units = [Unit("a", 0, "x"), Unit("a", 1, "y"), Unit("b", 0, "y2"), Unit("b", 1, "x2")]
>>> vecs = np.array([[1, 0], [0, 1], [0, 1], [1, 0]], dtype=np.float32)
>>> groups = align(units, vecs, config=Config(lexical_weight=0.0, anchor_weight=0.0))
>>> [[(m.report, m.sentences) for m in g.members] for g in groups]
[[('a', (0,)), ('b', (1,))], [('a', (1,)), ('b', (0,))]]
"""

from __future__ import annotations

import contextlib
import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsdiff.claims.speakers import fold
from newsdiff.config import Config
from newsdiff.models import Group, Member

Matrix = npt.NDArray[np.float64]

_STOPWORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
    "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
    "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
    "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
    "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
    "said", "says", "say", "told", "according", "one", "new",
    "may", "might", "mr", "mrs", "ms",
})


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence to align: its report, its index in that report and its text."""

    report: str
    index: int
    text: str


def content_terms(text: str) -> frozenset[str]:
    """Lower-cased content words and numbers of a text, accents folded, plural -s cut.

    >>> sorted(content_terms("The 55 soldiers were killed in Caracas."))
    ['55', 'caraca', 'killed', 'soldier']
    """
    out = set()
    for tok in re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+", fold(text)):
        if tok in _STOPWORDS or (len(tok) < 3 and not tok.isdigit()):
            continue
        if tok.endswith("s") and len(tok) > 4 and not tok.endswith("ss"):
            tok = tok[:-1]
        out.add(tok.replace(",", ""))
    return frozenset(out)


def anchor_terms(text: str) -> frozenset[str]:
    """The names and numbers of a text: what pins a sentence to one event.

    Numbers written in words count as digits (text2num); names are capitalised words
    after the first word, accents folded, stopwords left out.

    >>> sorted(anchor_terms("Fifty-five soldiers died, Padrino López said in Caracas."))
    ['55', 'caraca', 'lopez', 'padrino']
    """
    from text_to_num import alpha2digit

    with contextlib.suppress(ValueError, IndexError):  # odd input: keep the words
        text = alpha2digit(text, "en")
    words = re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_][\w'’-]*", text)
    names = " ".join(w for k, w in enumerate(words)
                     if w[0].isdigit() or (k > 0 and w[0].isupper()))
    return content_terms(names)


def lexical_matrix(
    terms: Sequence[frozenset[str]], others: Sequence[frozenset[str]] | None = None
) -> Matrix:
    """Dice overlap of the term sets of every pair of units (or of ``terms`` x ``others``)."""
    cols_terms = terms if others is None else others
    vocab: dict[str, int] = {}
    for ts in (*terms, *cols_terms):
        for t in ts:  # (any order of the columns gives the same counts)
            vocab.setdefault(t, len(vocab))

    def onehot(sets: Sequence[frozenset[str]]) -> npt.NDArray[np.float32]:
        x = np.zeros((len(sets), max(1, len(vocab))), dtype=np.float32)
        for i, ts in enumerate(sets):
            x[i, [vocab[t] for t in ts]] = 1.0
        return x

    x, y = onehot(terms), onehot(cols_terms)
    with np.errstate(invalid="ignore"):  # OpenBLAS may raise a spurious invalid flag on
        # some CPUs (numpy/numpy#24067, OpenMathLib/OpenBLAS#1924); 0/1 products are exact
        inter = (x @ y.T).astype(np.float64)
    denom = x.sum(axis=1).astype(np.float64)[:, None] + y.sum(axis=1).astype(np.float64)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(denom > 0, 2.0 * inter / denom, 0.0)
    return np.asarray(dice, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class _Terms:
    """Content words and anchors (names, numbers) of a list of texts, each computed once."""

    content: list[frozenset[str]]
    anchors: list[frozenset[str]]

    @classmethod
    def of(cls, texts: Sequence[str], config: Config) -> _Terms:
        return cls([content_terms(t) for t in texts] if config.lexical_weight > 0 else [],
                   [anchor_terms(t) for t in texts] if config.anchor_weight > 0 else [])

    def joined(self, units: Sequence[Unit], adjacent: Sequence[int], config: Config) -> _Terms:
        """The terms of ``units[k].text + " " + units[k + 1].text`` for each ``k`` in
        ``adjacent``, when ``self`` holds the terms of ``units``.

        The content words of such a text are its halves' (no token spans the space), so they
        are not extracted again; its names are not (a capitalised first word is a name after
        another sentence).
        """
        anchors = ([anchor_terms(units[k].text + " " + units[k + 1].text) for k in adjacent]
                   if config.anchor_weight > 0 else [])
        return _Terms([self.content[k] | self.content[k + 1] for k in adjacent]
                      if config.lexical_weight > 0 else [], anchors)

    def take(self, idx: Sequence[int]) -> _Terms:
        """The terms of the texts at positions ``idx`` (repeats allowed)."""
        return _Terms([self.content[i] for i in idx] if self.content else [],
                      [self.anchors[i] for i in idx] if self.anchors else [])


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two term sets (0.0 when both are empty).

    >>> dice(frozenset({"a", "b"}), frozenset({"b", "c"}))
    0.5
    """
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _dice_pairs(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> Matrix:
    """Dice overlap of ``a[p]`` and ``b[p]`` for every position ``p`` (pairwise, not all pairs)."""
    return np.array([dice(x, y) for x, y in zip(a, b, strict=True)], dtype=np.float64)


def _mix(
    cos: Matrix, rows: _Terms, cols: _Terms, *, config: Config, pairwise: bool = False
) -> Matrix:
    """The pair score of ``rows`` x ``cols`` from their cosine block ``cos``.

    ``(1 - lexical - anchor) * cos + lexical * dice(content words) + anchor * a``, where
    ``a`` is the dice overlap of names and numbers when both sides have some, and the
    cosine otherwise (no evidence either way).  Weights summing above 1 are scaled down.
    With ``pairwise``, ``cos`` is a vector and row ``p`` is scored against column ``p`` only
    (the sparse path); otherwise ``cos`` is the full ``rows`` x ``cols`` block (dense path).
    """
    lam, alpha = config.lexical_weight, config.anchor_weight
    if lam + alpha > 1:
        lam, alpha = lam / (lam + alpha), alpha / (lam + alpha)
    dice = _dice_pairs if pairwise else lexical_matrix
    score = (1 - lam - alpha) * cos
    if lam > 0:
        score = score + lam * dice(rows.content, cols.content)
    if alpha > 0:
        a, b = rows.anchors, cols.anchors
        has_a, has_b = np.array([bool(x) for x in a]), np.array([bool(y) for y in b])
        both = has_a & has_b if pairwise else has_a[:, None] & has_b[None, :]
        score = score + alpha * np.where(both, dice(a, b), cos)
    return np.asarray(score, dtype=np.float64)


def pair_scores(
    units: Sequence[Unit],
    vectors: npt.NDArray[np.float32],
    *,
    config: Config,
    pair_vectors: npt.NDArray[np.float32] | None = None,
) -> Matrix:
    """Score of every pair of units; same-report pairs are ``-inf``.

    ``pair_vectors[k]`` embeds units ``k`` and ``k + 1`` joined (rows for pairs that
    cross a report boundary are ignored).
    """
    n = len(units)
    if n == 0:
        return np.zeros((0, 0))
    vec = vectors.astype(np.float64)
    terms = _Terms.of([u.text for u in units], config)
    score = _mix(vec @ vec.T, terms, terms, config=config)
    report_ids = np.array([u.report for u in units], dtype=object)
    same = report_ids[:, None] == report_ids[None, :]
    if pair_vectors is not None and config.use_concatenations and n > 1:
        score = _boost_adjacent_pairs(units, vec, pair_vectors.astype(np.float64), score, same,
                                      terms=terms, config=config)
    score = np.where(same, -np.inf, score)
    return np.asarray(score, dtype=np.float64)


def _boost_adjacent_pairs(
    units: Sequence[Unit], vec: Matrix, pair_vec: Matrix, score: Matrix,
    same: npt.NDArray[np.bool_], *, terms: _Terms, config: Config,
) -> Matrix:
    """Raise s(i, j) and s(i+1, j) to the pair score when the joined pair fits j better."""
    score = score.copy()
    margin = config.concat_margin
    adjacent = [k for k in range(len(units) - 1) if units[k].report == units[k + 1].report]
    if not adjacent:
        return score
    joined = terms.joined(units, adjacent, config)
    pair_cos = _mix(pair_vec[adjacent] @ vec.T, joined, terms, config=config)
    for row, k in enumerate(adjacent):
        best_single = np.maximum(score[k], score[k + 1])
        wins = (pair_cos[row] >= best_single + margin) & ~same[k]
        if wins.any():
            score[k, wins] = score[wins, k] = np.maximum(score[k, wins], pair_cos[row, wins])
            score[k + 1, wins] = score[wins, k + 1] = np.maximum(score[k + 1, wins],
                                                                 pair_cos[row, wins])
    return score


def consistent_scores(score: Matrix, report_of: Sequence[str], *, weight: float) -> Matrix:
    """Blend each cross-report score with the evidence of the other reports (N-way).

    For a pair (i, j) and a third report r, the path score is the best
    ``min(s(i, k), s(k, j))`` over the sentences k of r: how well one sentence of r
    bridges i and j.  The pair's new score is ``(1 - weight) * s(i, j) + weight * mean``
    of the path scores over the reports other than i's and j's; pairs with no third
    report keep their score.  If A~B and B~C, A~C rises; a pair no third report
    supports falls.

    >>> s = np.array([[-np.inf, 0.9, 0.2], [0.9, -np.inf, 0.8], [0.2, 0.8, -np.inf]])
    >>> consistent_scores(s, ["a", "b", "c"], weight=0.5).round(2).tolist()[0]
    [-inf, 0.55, 0.5]
    """
    n = score.shape[0]
    reports = sorted(set(report_of))
    if weight <= 0 or len(reports) < 3 or n == 0:
        return score
    rep = np.array([reports.index(r) for r in report_of])
    finite = np.where(np.isfinite(score), score, -np.inf)
    total = np.zeros((n, n))
    count = np.zeros((n, n))
    for r in range(len(reports)):
        ks = np.flatnonzero(rep == r)
        path = np.full((n, n), -np.inf)
        for k in ks.tolist():
            np.maximum(path, np.minimum(finite[:, k][:, None], finite[k, :][None, :]), out=path)
        outside = rep != r
        valid = outside[:, None] & outside[None, :]
        total += np.where(valid, path, 0.0)
        count += valid
    with np.errstate(divide="ignore", invalid="ignore"):
        bridged = np.where(count > 0, total / np.maximum(count, 1.0), score)
    blended = np.where(np.isfinite(score), (1 - weight) * score + weight * bridged, score)
    return np.asarray(blended, dtype=np.float64)


def cluster(
    score: Matrix, threshold: float, *, report_of: Sequence[str], index_of: Sequence[int]
) -> list[list[int]]:
    """Average-linkage clusters over finite (cross-report) scores.

    Two clusters merge while the mean score of their cross-report pairs is at least
    ``threshold``; the best pair merges first, ties go to the lowest indices.  A merge
    may give a cluster several sentences of one report only as in :func:`_may_merge`.
    """
    n = score.shape[0]
    finite = np.isfinite(score)
    total = np.where(finite, score, 0.0)
    count = finite.astype(np.float64)
    np.fill_diagonal(count, 0.0)
    np.fill_diagonal(total, 0.0)
    link = _mean_or_neginf(total, count)
    np.fill_diagonal(link, -np.inf)
    members: list[list[int]] = [[i] for i in range(n)]
    while n:
        flat = int(np.argmax(link))
        i, j = divmod(flat, n)
        if not np.isfinite(link[i, j]) or link[i, j] < threshold:
            break
        a, b = min(i, j), max(i, j)
        if not _may_merge(members[a], members[b], report_of, index_of):
            link[a, b] = link[b, a] = -np.inf  # blocked until a or b changes
            continue
        total[a, :] += total[b, :]
        total[:, a] += total[:, b]
        count[a, :] += count[b, :]
        count[:, a] += count[:, b]
        total[a, a] = count[a, a] = 0.0
        total[b, :] = total[:, b] = count[b, :] = count[:, b] = 0.0
        members[a].extend(members[b])
        members[b] = []
        # only a's links changed (and b's died): update them, never the whole matrix
        link[a, :] = _mean_or_neginf(total[a, :], count[a, :])
        link[:, a] = _mean_or_neginf(total[:, a], count[:, a])
        link[a, a] = -np.inf
        link[b, :] = link[:, b] = -np.inf
    return [sorted(m) for m in members if m]


def _mean_or_neginf(total: Matrix, count: Matrix) -> Matrix:
    """``total / count`` where ``count > 0``, else ``-inf``."""
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(count > 0, total / np.where(count > 0, count, 1.0), -np.inf)
    return np.asarray(out, dtype=np.float64)


def _may_merge(
    x: Sequence[int], y: Sequence[int], report_of: Sequence[str], index_of: Sequence[int]
) -> bool:
    """Whether clusters ``x`` and ``y`` may merge.

    Clusters with no report in common always may.  Otherwise only a single sentence may
    join (one report's fact split over two sentences) and each report's sentences in
    the result must be adjacent: two complete groups are never fused.
    """
    if {report_of[i] for i in x}.isdisjoint(report_of[i] for i in y):
        return True
    if min(len(x), len(y)) > 1:
        return False
    by_report: dict[str, list[int]] = {}
    for i in (*x, *y):
        by_report.setdefault(report_of[i], []).append(index_of[i])
    return all(max(ix) - min(ix) == len(ix) - 1 for ix in by_report.values())


def extra_memberships(
    clusters: list[list[int]], score: Matrix, threshold: float, *, report_of: Sequence[str],
    restatement_threshold: float | None = None, top_k: int = 0,
) -> list[list[int]]:
    """Let a sentence also join groups it matches on average.

    A sentence joins a further group when that group spans at least two other reports'
    sentences and its mean score to them reaches ``threshold`` (a sentence that states
    two facts).  If the group already holds a sentence of the same report, the sentence
    joins only when the mean reaches ``restatement_threshold`` (a report that restates
    a fact, as a headline and a lead do); ``None`` never lets it.  With ``top_k`` > 0
    the mean is over the sentence's ``top_k`` best matches in the group, not over all.
    """
    out = [list(c) for c in clusters]
    for idx, cl in enumerate(clusters):
        if len(cl) < 2:
            continue
        out[idx] += _joining(score[:, cl], range(score.shape[0]), {report_of[i] for i in cl},
                             threshold, report_of=report_of,
                             restatement_threshold=restatement_threshold, top_k=top_k)
    return [sorted(set(c)) for c in out]


def _joining(
    block: Matrix, rows: Sequence[int], present: set[str], threshold: float, *,
    report_of: Sequence[str], restatement_threshold: float | None, top_k: int,
) -> list[int]:
    """The ``rows`` whose scores ``block`` to one group's members let them join it.

    ``block[r]`` holds the scores of ``rows[r]`` to the group's members (non-finite: no
    link); ``present`` are the group's reports.  See :func:`extra_memberships`.
    """
    finite = np.isfinite(block)
    cnt = finite.sum(axis=1)
    if top_k > 0:
        best = -np.sort(-np.where(finite, block, -np.inf), axis=1)[:, :top_k]
        mean = (np.where(np.isfinite(best), best, 0.0).sum(axis=1)
                / np.maximum(np.minimum(cnt, top_k), 1))
    else:
        mean = np.where(finite, block, 0.0).sum(axis=1) / np.maximum(cnt, 1)
    restate = np.inf if restatement_threshold is None else restatement_threshold
    out = []
    for r in np.flatnonzero((cnt >= 2) & (mean >= min(threshold, restate))).tolist():
        s = rows[r]
        needed = restate if report_of[s] in present else threshold
        if mean[r] >= needed:
            out.append(s)
    return out


def align(
    units: Sequence[Unit],
    vectors: npt.NDArray[np.float32],
    *,
    config: Config,
    pair_vectors: npt.NDArray[np.float32] | None = None,
) -> list[Group]:
    """Groups over ``units`` (which must be ordered by report id, then index).

    Above ``config.dense_limit`` units (and without N-way consistency) only candidate
    pairs are scored: :func:`align_sparse`.
    """
    if not units:
        return []
    if len(units) > config.dense_limit and config.consistency_weight == 0:
        return align_sparse(units, vectors, config=config, pair_vectors=pair_vectors)
    return groups_from_scores(units, align_scores(units, vectors, config=config,
                                                  pair_vectors=pair_vectors), config=config)


def align_scores(
    units: Sequence[Unit],
    vectors: npt.NDArray[np.float32],
    *,
    config: Config,
    pair_vectors: npt.NDArray[np.float32] | None = None,
) -> Matrix:
    """The scores :func:`align` groups by: pair scores, then N-way consistency."""
    score = pair_scores(units, vectors, config=config, pair_vectors=pair_vectors)
    return consistent_scores(score, [u.report for u in units], weight=config.consistency_weight)


def groups_from_scores(units: Sequence[Unit], score: Matrix, *, config: Config) -> list[Group]:
    """Groups from :func:`align_scores` (uses only the thresholds of ``config``)."""
    if not units:
        return []
    return _to_groups(units, _clusters_and_members(units, score, config=config),
                      lambda cl: _finite_mean(score[np.ix_(cl, cl)]))


def member_lists(units: Sequence[Unit], score: Matrix, *, config: Config) -> list[list[int]]:
    """The groups as sorted lists of positions in ``units`` (before ordering and ids)."""
    return [full for _, full in _clusters_and_members(units, score, config=config)]


def _clusters_and_members(units: Sequence[Unit], score: Matrix, *,
                          config: Config) -> list[tuple[list[int], list[int]]]:
    """Each group's cluster (average linkage) and its members (the cluster and the
    sentences that joined it through extra or restatement memberships)."""
    report_of = [u.report for u in units]
    clusters = cluster(score, config.group_threshold, report_of=report_of,
                       index_of=[u.index for u in units])
    full = extra_memberships(clusters, score, config.extra_membership_threshold,
                             report_of=report_of,
                             restatement_threshold=config.restatement_threshold,
                             top_k=config.membership_top_k)
    return list(zip(clusters, full, strict=True))


def _finite_mean(values: Matrix) -> float:
    """The mean of the finite entries (1.0 when there are none: a singleton)."""
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if finite.size else 1.0


def _to_groups(
    units: Sequence[Unit], parts: list[tuple[list[int], list[int]]],
    group_score: Callable[[list[int]], float],
) -> list[Group]:
    """Groups from (cluster, members) position lists: ids by size and position."""
    lengths: dict[str, int] = {}
    for u in units:
        lengths[u.report] = max(lengths.get(u.report, 0), u.index + 1)
    built = []
    for primary, cl in parts:
        members = _members(units, cl)
        joined = _members(units, sorted(set(cl) - set(primary)))
        mean = group_score(cl)
        position = float(np.median([units[i].index / max(1, lengths[units[i].report])
                                    for i in cl]))
        key = (-len(members), position, [(m.report, m.sentences) for m in members])
        built.append((key, members, joined, round(min(1.0, max(-1.0, mean)), 4)))
    built.sort(key=lambda item: item[0])
    return [Group(id=f"g{i}", score=score_, members=members, joined=joined)
            for i, (_, members, joined, score_) in enumerate(built)]


def _members(units: Sequence[Unit], positions: Sequence[int]) -> tuple[Member, ...]:
    by_report: dict[str, list[int]] = {}
    for i in positions:
        by_report.setdefault(units[i].report, []).append(units[i].index)
    return tuple(Member(report=r, sentences=tuple(sorted(ix)))
                 for r, ix in sorted(by_report.items()))


# --- The sparse path: large comparisons --------------------------------------------------
#
# Above ``Config.dense_limit`` sentences, only candidate pairs are scored: each sentence's
# ``Config.candidate_k`` nearest sentences of other reports by cosine (and those of each
# adjacent pair joined; newsdiff.candidates).  Scores come from the same ``_mix`` as the
# dense path.  A pair that is not a candidate has no score: it counts as "no link",
# exactly as the dense path treats same-report pairs (-inf): it is left out of every
# average (group linkage, extra memberships, group score) instead of adding a low score
# to it; two groups with no scored pair between them never merge.  With
# ``candidate_k >= n`` every cross-report pair is a candidate and the groups equal the
# dense path's (cosines come from a different BLAS call, so scores may differ in the last
# bits).  N-way consistency (``Config.consistency_weight > 0``) needs every pair, so it
# keeps the dense path.

Links = list[dict[int, float]]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class _LinkTable:
    """The links as arrays, both directions, sorted by (source, target): ``links[src][dst]``."""

    n: int
    src: IntArray
    dst: IntArray
    val: Matrix

    @classmethod
    def of(cls, links: Links) -> _LinkTable:
        n = len(links)
        degree = np.fromiter((len(d) for d in links), dtype=np.int64, count=n)
        size = int(degree.sum())
        src = np.repeat(np.arange(n, dtype=np.int64), degree)
        dst = np.fromiter((j for d in links for j in d), dtype=np.int64, count=size)
        val = np.fromiter((v for d in links for v in d.values()), dtype=np.float64, count=size)
        order = np.lexsort((dst, src))
        return cls(n, src[order], dst[order], val[order])

    def get(self, i: IntArray, j: IntArray) -> Matrix:
        """``links[i[p]][j[p]]`` for every position ``p``; ``-inf`` where not scored."""
        keys, query = self.src * self.n + self.dst, i * self.n + j
        if not len(keys):
            return np.full(len(query), -np.inf)
        at = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
        return np.where(keys[at] == query, self.val[at], -np.inf)


def sparse_pair_scores(
    units: Sequence[Unit],
    vectors: npt.NDArray[np.float32],
    *,
    config: Config,
    pair_vectors: npt.NDArray[np.float32] | None = None,
) -> Links:
    """Scores of the candidate pairs only: ``links[i][j]`` (symmetric, cross-report).

    The same scores as :func:`pair_scores` for those pairs, adjacent-pair boosts included.
    """
    from newsdiff.candidates import candidate_pairs

    n = len(units)
    names = sorted({u.report for u in units})
    reports = np.array([names.index(u.report) for u in units]) if n else np.zeros(0, int)
    adjacent = np.array([k for k in range(n - 1) if units[k].report == units[k + 1].report],
                        dtype=np.int64)
    concat = pair_vectors is not None and config.use_concatenations and n > 1
    pairs = candidate_pairs(vectors, reports, k=config.candidate_k, block=config.candidate_block,
                            pair_vectors=pair_vectors if concat else None, adjacent=adjacent)
    vec = vectors.astype(np.float64)
    terms = _Terms.of([u.text for u in units], config)
    links: Links = [{} for _ in range(n)]
    step = max(1, config.candidate_block // max(1, vec.shape[1]))
    for lo in range(0, len(pairs), step):
        i, j = pairs[lo:lo + step].T
        cos = np.einsum("ij,ij->i", vec[i], vec[j])
        values = _mix(cos, terms.take(i.tolist()), terms.take(j.tolist()), config=config,
                      pairwise=True)
        for a, b, v in zip(i.tolist(), j.tolist(), values.tolist(), strict=True):
            links[a][b] = links[b][a] = v
    if concat and len(adjacent) and pair_vectors is not None:
        _boost_adjacent_links(units, vec, pair_vectors.astype(np.float64), links, adjacent,
                              terms=terms, config=config)
    return links


def _boost_adjacent_links(
    units: Sequence[Unit], vec: Matrix, pair_vec: Matrix, links: Links,
    adjacent: npt.NDArray[np.int64], *, terms: _Terms, config: Config,
) -> None:
    """:func:`_boost_adjacent_pairs` over the candidate links (in place, same order).

    Each adjacent pair ``k, k + 1`` (row) is scored against every sentence ``j`` either
    half links to, all at once.  The boosts themselves are applied one by one, in row then
    ``j`` order, since a boost raises scores a later row compares with; but boosts only
    raise scores, so a pair that does not beat its halves' scores from before any boost
    never beats them later, and only the others are replayed.
    """
    table = _LinkTable.of(links)
    rows, cols = _adjacent_candidates(table, adjacent)
    if not len(cols):
        return
    joined = terms.joined(units, adjacent.tolist(), config)
    first = adjacent[rows]
    cos = _row_dots(pair_vec, first, vec, cols, block=config.candidate_block)
    pair_cos = _mix(cos, joined.take(rows.tolist()), terms.take(cols.tolist()), config=config,
                    pairwise=True)
    margin = config.concat_margin
    before = np.maximum(table.get(first, cols), table.get(first + 1, cols))
    replay = np.flatnonzero(pair_cos >= before + margin)
    for k, j, pc in zip(first[replay].tolist(), cols[replay].tolist(),
                        pair_cos[replay].tolist(), strict=True):
        s1, s2 = links[k].get(j, -np.inf), links[k + 1].get(j, -np.inf)
        if pc >= max(s1, s2) + margin:
            links[k][j] = links[j][k] = max(s1, pc)
            links[k + 1][j] = links[j][k + 1] = max(s2, pc)


def _row_dots(a: Matrix, ia: IntArray, b: Matrix, ib: IntArray, *, block: int) -> Matrix:
    """``a[ia[p]] . b[ib[p]]`` for every position ``p``, gathering about ``block`` floats at
    a time (each dot is computed alone, so the blocks do not change it)."""
    out = np.empty(len(ia), dtype=np.float64)
    step = max(1, block // max(1, a.shape[1]))
    for lo in range(0, len(ia), step):
        out[lo:lo + step] = np.einsum("ij,ij->i", a[ia[lo:lo + step]], b[ib[lo:lo + step]])
    return out


def _adjacent_candidates(table: _LinkTable, adjacent: IntArray) -> tuple[IntArray, IntArray]:
    """(row, j): each adjacent pair ``adjacent[row]``, ``+ 1`` and every sentence ``j`` either
    half links to, sorted by row then ``j``."""
    n, m = table.n, len(adjacent)
    as_first = np.full(n, -1, dtype=np.int64)
    as_first[adjacent] = np.arange(m)
    as_second = np.full(n, -1, dtype=np.int64)
    as_second[adjacent + 1] = np.arange(m)
    rows = np.concatenate([as_first[table.src], as_second[table.src]])
    cols = np.concatenate([table.dst, table.dst])
    keys = np.sort(rows[rows >= 0] * n + cols[rows >= 0])
    keys = keys[_run_starts(keys)]
    return keys // n, keys % n


def _run_starts(x: IntArray) -> IntArray:
    """Where each run of equal values of ``x`` starts (for sorted ``x``: its distinct values;
    np.unique is far slower on a million keys)."""
    return np.flatnonzero(np.r_[True, x[1:] != x[:-1]]) if len(x) else np.zeros(0, np.int64)


def cluster_sparse(
    links: Links, threshold: float, *, report_of: Sequence[str], index_of: Sequence[int]
) -> list[list[int]]:
    """:func:`cluster` over scored pairs only: the same merges when every pair is scored.

    A heap replaces the dense argmax (same order: best mean first, ties to the lowest
    indices); a merge touches only the neighbours of the merged groups.
    """
    n = len(links)
    total = [dict(d) for d in links]
    count = [dict.fromkeys(d, 1) for d in links]
    members: list[list[int]] = [[i] for i in range(n)]
    version = [0] * n
    # links below the threshold never merge (until a side changes and is pushed again)
    heap = [(-v, i, j, 0, 0) for i in range(n) for j, v in links[i].items()
            if i < j and v >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heap[0]
        if not members[a] or not members[b] or version[a] != va or version[b] != vb:
            heapq.heappop(heap)  # stale: a or b changed since
            continue
        if -neg < threshold:
            break
        heapq.heappop(heap)
        if not _may_merge(members[a], members[b], report_of, index_of):
            continue  # blocked until a or b changes
        ta, ca = total[a], count[a]
        for c, v in total[b].items():
            if c == a:
                continue
            ta[c] = ta.get(c, 0.0) + v
            ca[c] = ca.get(c, 0) + count[b][c]
            total[c][a], count[c][a] = ta[c], ca[c]
            del total[c][b], count[c][b]
        ta.pop(b, None)
        ca.pop(b, None)
        total[b], count[b] = {}, {}
        members[a].extend(members[b])
        members[b] = []
        version[a] += 1
        for c, v in ta.items():
            mean = v / ca[c]
            if mean >= threshold:
                lo, hi = min(a, c), max(a, c)
                heapq.heappush(heap, (-mean, lo, hi, version[lo], version[hi]))
    return [sorted(m) for m in members if m]


def sparse_member_lists(units: Sequence[Unit], links: Links, *, config: Config) -> list[list[int]]:
    """:func:`member_lists` over scored pairs only (unscored pairs: no link)."""
    return [full for _, full in _sparse_clusters_and_members(units, links, config=config)]


def _sparse_clusters_and_members(units: Sequence[Unit], links: Links, *,
                                 config: Config) -> list[tuple[list[int], list[int]]]:
    """:func:`_clusters_and_members` over scored pairs only."""
    report_of = [u.report for u in units]
    clusters = cluster_sparse(links, config.group_threshold, report_of=report_of,
                              index_of=[u.index for u in units])
    joins = _sparse_joining(clusters, _LinkTable.of(links), report_of=report_of, config=config)
    return [(cl, sorted({*cl, *join})) for cl, join in zip(clusters, joins, strict=True)]


# A bound on how far the mean of a few scores summed in another order may stray (in fact a
# few ulps): the prefilter below only needs to keep every sentence that could join.
_SUM_SLACK = 1e-9


def _sparse_joining(clusters: list[list[int]], table: _LinkTable, *, report_of: Sequence[str],
                    config: Config) -> list[list[int]]:
    """The sentences that join each cluster through extra or restatement memberships.

    :func:`_joining` decides, on the same blocks as before (a row of scores per sentence, a
    column per member, in member order), but only for the sentences that could join:
    those with two or more links into the group whose mean (or best link, with
    ``membership_top_k``) comes near the lower threshold, found for all groups at once.
    """
    threshold, restate = config.extra_membership_threshold, config.restatement_threshold
    lowest = threshold if restate is None else min(threshold, restate)
    group, row, column, value = _links_into_groups(clusters, table)
    keep = _may_join(group * table.n + row, value, lowest - _SUM_SLACK,
                     best_only=config.membership_top_k > 0)
    group, row, column, value = group[keep], row[keep], column[keep], value[keep]
    out: list[list[int]] = [[] for _ in clusters]
    first = _run_starts(group)
    bounds = [*first.tolist(), len(group)]
    for idx, lo, hi in zip(group[first].tolist(), bounds[:-1], bounds[1:], strict=True):
        cl = clusters[idx]
        starts = _run_starts(row[lo:hi])  # sorted by sentence within a group
        rows = row[lo:hi][starts]
        row_of = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, hi - lo]))
        step = max(1, (1 << 20) // len(cl))  # bounded block: step x len(cl) floats
        for part in range(0, len(rows), step):
            here = (row_of >= part) & (row_of < part + step)
            block = np.full((len(rows[part:part + step]), len(cl)), -np.inf)
            block[row_of[here] - part, column[lo:hi][here]] = value[lo:hi][here]
            out[idx] += _joining(block, rows[part:part + step].tolist(),
                                 {report_of[i] for i in cl}, threshold, report_of=report_of,
                                 restatement_threshold=restate, top_k=config.membership_top_k)
    return out


def _links_into_groups(
    clusters: list[list[int]], table: _LinkTable
) -> tuple[IntArray, IntArray, IntArray, Matrix]:
    """(group, sentence, member's column, score) of every link from a sentence to a member
    of a group of two or more, sorted by group, then sentence, then member."""
    label = np.full(table.n, -1, dtype=np.int64)
    column = np.zeros(table.n, dtype=np.int64)
    for idx, cl in enumerate(clusters):
        if len(cl) >= 2:
            label[cl] = idx
            column[cl] = np.arange(len(cl))
    into = label[table.dst] >= 0
    member, row, value = table.dst[into], table.src[into], table.val[into]
    group = label[member]
    order = np.lexsort((member, row, group))
    return group[order], row[order], column[member[order]], value[order]


def _may_join(
    key: IntArray, value: Matrix, lowest: float, *, best_only: bool
) -> npt.NDArray[np.bool_]:
    """For links sorted by ``key`` (group, sentence): whether the key has two or more links
    and their mean (``best_only``: their best) reaches ``lowest``, repeated per link."""
    if not len(key):
        return np.zeros(0, dtype=bool)
    starts = _run_starts(key)
    count = np.diff(np.r_[starts, len(key)])
    if best_only:
        bound = np.maximum.reduceat(value, starts)
    else:
        bound = np.add.reduceat(value, starts) / count
    return np.repeat((count >= 2) & (bound >= lowest), count)


def _sparse_group_score(links: Links, cl: list[int]) -> float:
    """The mean score of a group's scored pairs, in the dense path's (row-major) order."""
    inside = set(cl)
    values = [links[i][j] for i in cl for j in sorted(links[i].keys() & inside)]
    return _finite_mean(np.array(values, dtype=np.float64)) if values else 1.0


def align_sparse(
    units: Sequence[Unit],
    vectors: npt.NDArray[np.float32],
    *,
    config: Config,
    pair_vectors: npt.NDArray[np.float32] | None = None,
) -> list[Group]:
    """:func:`align` with candidate pairs only: memory ``O(n * candidate_k)``, not ``O(n^2)``."""
    if not units:
        return []
    links = sparse_pair_scores(units, vectors, config=config, pair_vectors=pair_vectors)
    return _to_groups(units, _sparse_clusters_and_members(units, links, config=config),
                      lambda cl: _sparse_group_score(links, cl))
