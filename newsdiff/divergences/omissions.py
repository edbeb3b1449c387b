"""Divergences of kind omission: facts most reports state and some leave out.

Coverage is fact-level, not only sentence-level.  A report states a group's fact when one
of its sentences is a member of the group (sentences may sit in several groups), or,
failing that, when one or two of its sentences hold ``Config.omission_overlap`` of the
group's *core* content words (the words most member reports share, weighted by IDF over
all sentences of the comparison, via :func:`newsdiff.align.content_terms`).

A sentence that joined the group only after clustering (``Group.joined``: extra or
restatement memberships) counts only if it also holds ``omission_overlap`` of the core
words of the group's other reports.  A sentence that another group explains does not
state this one.  When the sentence sits
in a second group where the reports stating this fact have *other* sentences (their
counterparts), those reports tell the two facts apart; the sentence then states this
fact only if it holds ``omission_overlap`` of the core words the counterparts do not
(the *residual*).  So a report that kept its neighbouring sentences but lost this one is
missing it, while a report that packs both facts into one long sentence is not.

A group stated by at least ``Config.omission_share`` of the reports (and by two or more)
is an omission in every report that does not state it.  Groups that describe one fact
(their evidence overlaps and the same reports miss it) yield one omission, not several.

Details are fact-level too: when most reports that state a fact give a detail of it in
two or more words no other sentence of the comparison uses ("on suspicion of negligent
manslaughter"), outside quotation marks, the reports that state the fact but use those
words nowhere get a low-severity omission of the detail ("omission of a detail: ..."),
whose evidence is the detail's words in the reports that give it.

Content only one report has is not a divergence; :func:`unique_content` lists it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from newsdiff.align import content_terms, dice
from newsdiff.claims.comparable import key_of
from newsdiff.config import Config
from newsdiff.models import Comparison, Divergence, Evidence, Group, Severity
from newsdiff.segment import is_dateline

_Key = tuple[str, int]


@dataclass(frozen=True, slots=True)
class _Terms:
    """Content terms of every sentence, their IDF weights, the groups of every sentence,
    the sentences of each report holding each term (an inverted index) and the number of
    sentences holding each term."""

    by_sentence: Mapping[_Key, frozenset[str]]
    idf: Mapping[str, float]
    groups_of: Mapping[_Key, tuple[Group, ...]]
    postings: Mapping[tuple[str, str], tuple[int, ...]]
    df: Mapping[str, int]
    cores: dict[tuple[tuple[str, tuple[int, ...]], ...], frozenset[str]] = field(
        default_factory=dict)

    @classmethod
    def of(cls, comparison: Comparison) -> _Terms:
        by_sentence = {
            (r.id, s.index): content_terms(s.text_in(r))
            for r, sents in zip(comparison.reports, comparison.sentences, strict=True)
            for s in sents
        }
        for key, extra in _figure_terms(comparison).items():
            if key in by_sentence:
                by_sentence[key] = by_sentence[key] | extra
        df: Counter[str] = Counter(t for ts in by_sentence.values() for t in ts)
        n = len(by_sentence)
        groups_of: dict[_Key, list[Group]] = {}
        for g in comparison.groups:
            for m in g.members:
                for i in m.sentences:
                    groups_of.setdefault((m.report, i), []).append(g)
        postings: dict[tuple[str, str], list[int]] = {}
        for (report, i), ts in by_sentence.items():
            for t in ts:
                postings.setdefault((report, t), []).append(i)
        return cls(by_sentence, {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()},
                   {k: tuple(v) for k, v in groups_of.items()},
                   {k: tuple(v) for k, v in postings.items()}, df)

    def weight(self, terms: frozenset[str]) -> float:
        return sum(self.idf.get(t, 1.0) for t in terms)

    def held(self, report: str, sentences: tuple[int, ...]) -> frozenset[str]:
        return frozenset().union(*(self.by_sentence[(report, i)] for i in sentences))

    def share(self, part: frozenset[str], whole: frozenset[str]) -> float:
        """IDF-weighted share of ``whole`` that ``part`` holds (1.0 for an empty whole)."""
        total = self.weight(whole)
        return self.weight(part & whole) / total if total > 0 else 1.0


def _figure_terms(comparison: Comparison) -> dict[_Key, frozenset[str]]:
    """Terms for the figures of each sentence: what is counted and the event it counts
    ('#killed:soldier'), so '56 soldiers had died' and '55 soldiers were killed' share one;
    and the event with the nations counted ('#killed:CU'), so 'Cuba put its dead at 32'
    and '32 Cuban military personnel were killed' do."""
    out: dict[_Key, set[str]] = {}
    for f in comparison.figures:
        key = key_of(f)
        if key is not None and key.predicate and key.nations:  # 'Cuba put its dead at 32'
            out.setdefault((f.report, f.sentence), set()).add(
                f"#{key.predicate}:{'+'.join(sorted(key.nations))}")
        if not f.subject:
            continue
        head = re.split(r"\b(?:of|from|in|at|on|with)\b", f.subject, maxsplit=1)[0]
        words = sorted(content_terms(head.split()[-1] if head.split() else ""))
        if words:
            out.setdefault((f.report, f.sentence), set()).add(
                f"#{getattr(f, 'predicate', None) or f.kind}:{words[0]}")
    return {k: frozenset(v) for k, v in out.items()}


def fact_coverage(comparison: Comparison, *,
                  config: Config) -> dict[str, dict[str, tuple[int, ...]]]:
    """For every group id, the reports that state its fact, with the sentences that do.

    Members count as stating it unless another group explains their sentence; other
    reports count when their best one or two sentences pass the loose lexical check.
    Reports that do not state it are left out.
    """
    terms = _Terms.of(comparison)
    return {g.id: _stating(comparison, g, terms, config=config) for g in comparison.groups}


def _core(stating: Mapping[str, tuple[int, ...]], terms: _Terms) -> frozenset[str]:
    """Content words shared by at least half (and two) of the stating reports (each set
    of stating sentences is counted once per comparison: ``terms.cores``)."""
    key = tuple(sorted(stating.items()))
    cached = terms.cores.get(key)
    if cached is not None:
        return cached
    per_report = [terms.held(r, ix) for r, ix in stating.items()]
    need = max(2, math.ceil(len(per_report) / 2))
    counts: Counter[str] = Counter(t for ts in per_report for t in ts)
    core = frozenset(t for t, c in counts.items() if c >= need) or frozenset(counts)
    terms.cores[key] = core
    return core


def _member_share(group: Group, report: str, sentences: tuple[int, ...],
                  terms: _Terms) -> float:
    """How much of what the group's other reports share ``sentences`` of ``report`` hold
    (1.0 when the group has no other two reports to define it)."""
    others = {m.report: m.sentences for m in group.members if m.report != report}
    if len(others) < 2:
        return 1.0
    return terms.share(terms.held(report, sentences), _core(others, terms))


def _elsewhere(group: Group, report: str, index: int, terms: _Terms, *,
               config: Config) -> bool:
    """Whether sentence ``index`` of ``report`` states little of ``group`` but clearly
    states another group it also sits in."""
    share = _member_share(group, report, (index,), terms)
    if share >= config.omission_overlap:
        return False
    return any(_member_share(other, report, (index,), terms)
               >= max(2 * share, config.omission_overlap)
               for other in terms.groups_of.get((report, index), ()) if other.id != group.id)


def _explained_elsewhere(group: Group, report: str, sentences: tuple[int, ...],
                         stating: Mapping[str, tuple[int, ...]], terms: _Terms, *,
                         config: Config, member: bool) -> bool:
    """Whether another group explains ``sentences`` of ``report`` instead of ``group``.

    That is a group the sentences sit in where reports in ``stating`` have other
    sentences (counterparts): the sentences must then hold ``omission_overlap`` of
    ``group``'s core words the counterparts lack.  A ``member`` of ``group`` (which the
    aligner matched by meaning) is judged so only when it restates the counterparts nearly
    word for word (:func:`_restates` at least ``Config.omission_restatement``, and more
    than it shares with ``group``): wire copy, or one text republished with a cut.
    """
    others = {r: ix for r, ix in stating.items() if r != report}
    if not others:
        return False
    core = _core(others, terms)
    held = terms.held(report, sentences)
    seen = {group.id}
    for i in sentences:
        for other in terms.groups_of.get((report, i), ()):
            if other.id in seen:
                continue
            seen.add(other.id)
            counter = {m.report: tuple(j for j in m.sentences if j not in others[m.report])
                       for m in other.members if m.report in others}
            counter = {r: ix for r, ix in counter.items() if ix}
            if not counter:
                continue
            said = frozenset().union(*(terms.held(r, ix) for r, ix in counter.items()))
            if terms.share(held, core - said) >= config.omission_overlap:
                continue
            if not member or _restates(held, _core(counter, terms), terms) >= max(
                    config.omission_restatement, terms.share(held, core)):
                return True
    return False


def _joined_states(group: Group, report: str, index: int, terms: _Terms, *,
                   config: Config) -> bool:
    """Whether a sentence that joined ``group`` after clustering states it: it holds
    ``omission_overlap`` of the other reports' core words, or restates one of their
    member sentences nearly word for word."""
    if _member_share(group, report, (index,), terms) >= config.omission_overlap:
        return True
    held = terms.by_sentence[(report, index)]
    return any(_restates(held, terms.by_sentence[(m.report, j)], terms)
               >= config.omission_restatement
               for m in group.members if m.report != report for j in m.sentences)


def _restates(a: frozenset[str], b: frozenset[str], terms: _Terms) -> float:
    """How nearly ``a`` and ``b`` hold the same words: the smaller of the two shares."""
    return min(terms.share(a, b), terms.share(b, a))


def _stating(comparison: Comparison, group: Group, terms: _Terms, *,
             config: Config) -> dict[str, tuple[int, ...]]:
    members = {m.report: m.sentences for m in group.members}
    joined = {(m.report, i) for m in group.joined for i in m.sentences}
    out: dict[str, tuple[int, ...]] = {}
    for report, sentences in members.items():
        # A sentence the aligner also put here (average linkage, extra membership) while
        # another group explains it is not a statement of this group's fact; one that only
        # joined after clustering must also hold the group's words, as a non-member must.
        strong = tuple(i for i in sentences
                       if not _elsewhere(group, report, i, terms, config=config)
                       and not _explained_elsewhere(group, report, (i,), members, terms,
                                                    config=config, member=True)
                       and ((report, i) not in joined
                            or _joined_states(group, report, i, terms, config=config)))
        if strong:
            out[report] = strong
    core = _core(out, terms) if out else frozenset()
    total = terms.weight(core)
    if total <= 0:
        return dict(sorted(out.items()))
    found_in: dict[str, tuple[int, ...]] = {}
    for rep in comparison.reports:
        if rep.id in out:
            continue
        found = _loose_match(rep.id, group, out, core, total, terms, config=config)
        if found:
            found_in[rep.id] = found
    return dict(sorted({**out, **found_in}.items()))


def _loose_match(report: str, group: Group, stating: Mapping[str, tuple[int, ...]],
                 core: frozenset[str], total: float, terms: _Terms, *,
                 config: Config) -> tuple[int, ...]:
    """The sentence, or failing that the two adjacent sentences, of ``report`` that hold
    ``omission_overlap`` of ``core`` (whose weight is ``total``) and that no other group
    explains; ``()`` if none.

    The inverted index adds up each sentence's share of ``core`` in one pass over the
    postings of the core words; only pairs whose halves could reach the share together
    are looked at."""
    need = config.omission_overlap * total
    held: dict[int, float] = {}
    for t in core:
        w = terms.idf.get(t, 1.0)
        for i in terms.postings.get((report, t), ()):
            held[i] = held.get(i, 0.0) + w
    for i, w in sorted(held.items(), key=lambda iw: (-iw[1], iw[0])):
        if w < need:
            break
        if not _explained_elsewhere(group, report, (i,), stating, terms, config=config,
                                    member=False):
            return (i,)
    starts = {j for i in held for j in (i - 1, i)
              if held.get(j, 0.0) + held.get(j + 1, 0.0) >= need
              and (report, j) in terms.by_sentence and (report, j + 1) in terms.by_sentence}
    pairs = [((j, j + 1), terms.weight(terms.held(report, (j, j + 1)) & core))
             for j in sorted(starts)]
    for ix, w in sorted(pairs, key=lambda p: (-p[1], p[0])):
        if w < need:
            break
        if not _explained_elsewhere(group, report, ix, stating, terms, config=config,
                                    member=False):
            return ix
    return ()


def find(comparison: Comparison, *, config: Config) -> list[Divergence]:
    """Omissions: groups most reports state, for the reports that do not state them."""
    n = len(comparison.reports)
    need = max(2, math.ceil(config.omission_share * n))
    terms = _Terms.of(comparison)
    all_ids = [r.id for r in comparison.reports]
    found: list[tuple[Group, dict[str, tuple[int, ...]], tuple[str, ...]]] = []
    stating_of: dict[str, dict[str, tuple[int, ...]]] = {}
    for group in comparison.groups:
        stating = stating_of[group.id] = _stating(comparison, group, terms, config=config)
        if all(is_dateline(comparison.sentence_text(m.report, i))
               for m in group.members for i in m.sentences):
            continue  # 'WASHINGTON (AP) —' in two wire stories is no fact the third lacks
        missing = tuple(r for r in all_ids if r not in stating)
        if len(group.members) >= 2 and len(stating) >= need and missing and _agreeing(
                stating, terms, config.omission_agreement) >= need and _tightness(
                stating, terms) >= config.omission_tightness:
            found.append((group, stating, missing))
    # A group whose reports and sentences another candidate already covers is the same fact
    # told in fewer reports (e.g. a sentence pair split over two groups): keep the wider one.
    pos = {g.id: i for i, g in enumerate(comparison.groups)}
    kept = [f for f in found if not any(
        o is not f and _subsumes(o[1], f[1]) and (len(o[1]), -pos[o[0].id])
        > (len(f[1]), -pos[f[0].id]) for o in found)]
    out = [_divergence(comparison, g, stating, missing, n) for g, stating, missing in kept]
    seen: set[tuple[frozenset[str], tuple[str, ...]]] = set()
    quoted: dict[_Key, frozenset[str]] = {}
    for q in comparison.quotes:
        if q.direct:  # words inside quotation marks: a changed quote is no omission
            key = (q.report, q.sentence)
            quoted[key] = quoted.get(key, frozenset()) | content_terms(q.text)
    for group in comparison.groups:
        if len(group.members) < need:
            continue
        stating = stating_of[group.id]
        for detail, having, missing in _details(stating, terms, need, quoted):
            if (detail, missing) in seen:
                continue
            seen.add((detail, missing))
            div = _detail_divergence(comparison, group, having, detail, missing, n)
            if div is not None and all(len(e.text) <= _DETAIL_CHARS for e in div.evidence):
                out.append(div)  # longer spans are paraphrases told apart, not a detail
    return out


def _agreeing(stating: Mapping[str, tuple[int, ...]], terms: _Terms, least: float) -> int:
    """How many stating reports tell the fact in words another stating report shares
    (Dice overlap of content words at least ``least``): a loose group is no fact."""
    held = {r: terms.held(r, ix) for r, ix in stating.items()}
    return sum(any(dice(held[r], held[o]) >= least for o in held if o != r) for r in held)


def _tightness(stating: Mapping[str, tuple[int, ...]], terms: _Terms) -> float:
    """Mean IDF-weighted Dice overlap of the stating reports' sentences, over all pairs:
    words every report of the story uses ('Trump', 'Kim', 'summit') weigh little, so
    sentences that share only the story's topic score low."""
    held = [terms.held(r, ix) for r, ix in sorted(stating.items())]
    scores = []
    for k, a in enumerate(held):
        for b in held[k + 1:]:
            total = terms.weight(a) + terms.weight(b)
            scores.append(2 * terms.weight(a & b) / total if total > 0 else 0.0)
    return sum(scores) / len(scores) if scores else 1.0


def is_detail(divergence: Divergence) -> bool:
    """Whether an omission is of a detail (the report states the fact without it), not of
    the fact: the coverage matrix does not mark such a report as lacking the group."""
    return divergence.kind == "omission" and divergence.message.startswith(DETAIL_PREFIX)


def _details(stating: Mapping[str, tuple[int, ...]], terms: _Terms, need: int,
             quoted: Mapping[_Key, frozenset[str]],
             ) -> list[tuple[frozenset[str], dict[str, tuple[int, ...]], tuple[str, ...]]]:
    """Details of a fact that most reports give and some reports that state the fact leave
    out ("on suspicion of negligent manslaughter" after "Police detained the captain"):
    two or more rare words (in at most one sentence more, in the whole comparison, than
    the number of reports that give them) that ``need`` stating reports use in the fact's
    sentences, outside quotation marks, and that the missing reports use nowhere at all."""
    if len(stating) <= need:
        return []
    held = {r: frozenset().union(*(terms.by_sentence[(r, i)] - quoted.get((r, i), frozenset())
                                   for i in ix)) for r, ix in stating.items()}
    df: Counter[str] = Counter(t for ts in held.values() for t in ts)
    by_missing: dict[tuple[str, ...], set[str]] = {}
    for t, k in df.items():
        if k < need or t[:1].isdigit() or len(t) < 4:
            continue
        if terms.df[t] > k + 1:
            continue  # a common word of this cluster, not a detail of one fact
        missing = tuple(sorted(r for r in stating if (r, t) not in terms.postings))
        if missing:
            by_missing.setdefault(missing, set()).add(t)
    out = []
    for missing, words in sorted(by_missing.items()):
        if len(words) < 2:
            continue
        detail = frozenset(words)
        having = {r: tuple(i for i in ix if len(terms.by_sentence[(r, i)] & detail) >= 2)
                  for r, ix in stating.items() if r not in missing}
        having = {r: ix for r, ix in having.items() if ix}
        if len(having) >= need:
            out.append((detail, having, missing))
    return out


def _detail_divergence(comparison: Comparison, group: Group,
                       having: Mapping[str, tuple[int, ...]], detail: frozenset[str],
                       missing: tuple[str, ...], n: int) -> Divergence | None:
    """An omission of a detail: its evidence is the detail's words in each report that
    gives it (the longest run of them, a few words apart at most, in the sentence); None
    when a sentence holds no two of them together."""
    evidence = []
    for report, indices in sorted(having.items()):
        rep = comparison.report(report)
        for i in indices:
            s = comparison.sentences_of(report)[i]
            hits = [m for m in _WORD.finditer(rep.text, s.start, s.end)
                    if content_terms(m.group()) & detail]
            runs: list[list[re.Match[str]]] = []
            for m in hits:  # runs of detail words at most a few words apart
                if runs and m.start() - runs[-1][-1].end() <= _DETAIL_GAP:
                    runs[-1].append(m)
                else:
                    runs.append([m])
            best = max(runs, key=len) if runs else []
            if len(best) < 2:
                return None  # one word in this sentence: a paraphrase, not a lost detail
            start, end = best[0].start(), best[-1].end()
            evidence.append(Evidence(report=report, sentence=i, start=start, end=end,
                                     text=rep.text[start:end]))
    phrase = min((e.text for e in evidence), key=lambda t: (len(t), t))
    return Divergence(
        id="", kind="omission", subkind="missing", group=group.id, severity="low",
        message=(f"{DETAIL_PREFIX}: {', '.join(missing)} do{'es' if len(missing) == 1 else ''}"
                 f" not give '{phrase}', which {len(having)} of {n} reports "
                 f"({', '.join(sorted(having))}) give"),
        evidence=tuple(evidence), missing=missing,
    )


#: How the message of an omission of a detail starts (a fact omission: "omission:").
DETAIL_PREFIX = "omission of a detail"
_DETAIL_CHARS = 60
_DETAIL_GAP = 25  # characters between two words of one detail
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def _subsumes(a: Mapping[str, tuple[int, ...]], b: Mapping[str, tuple[int, ...]]) -> bool:
    """Whether ``a`` holds every report of ``b`` and at least half of ``b``'s sentences."""
    if not b.keys() <= a.keys():
        return False
    total = sum(len(ix) for ix in b.values())
    shared = sum(len(set(a[r]) & set(ix)) for r, ix in b.items())
    return 2 * shared >= total


def _severity(share: float) -> Severity:
    return "high" if share >= 0.8 else "medium" if share >= 0.6 else "low"


def _divergence(comparison: Comparison, group: Group, stating: Mapping[str, tuple[int, ...]],
                missing: tuple[str, ...], n: int) -> Divergence:
    evidence = []
    for report, indices in sorted(stating.items()):
        rep = comparison.report(report)
        for i in indices:
            s = comparison.sentences_of(report)[i]
            evidence.append(Evidence(report=report, sentence=i, start=s.start, end=s.end,
                                     text=s.text_in(rep)))
    # The gist is what the stating reports say (never a missing report's own sentence).
    member = min(((r, i) for r, ix in stating.items() for i in ix),
                 key=lambda ri: (len(comparison.sentence_text(*ri)), ri))
    gist = comparison.sentence_text(*member)
    gist = gist if len(gist) <= 90 else gist[:87].rstrip() + "..."
    return Divergence(
        id="", kind="omission", subkind="missing", group=group.id,
        severity=_severity(len(stating) / n),
        message=(f"omission: {', '.join(missing)} do{'es' if len(missing) == 1 else ''} not "
                 f"state what {len(stating)} of {n} reports ({', '.join(sorted(stating))}) "
                 f"state: {gist!r}"),
        evidence=tuple(evidence), missing=missing,
    )


def unique_content(comparison: Comparison, *, config: Config) -> dict[str, tuple[int, ...]]:
    """For every report, the sentences whose content no other report states.

    A sentence is unique when every group it sits in has only its report, and no other
    report states that group's fact by the loose check either.  Headlines and datelines
    count too.

    This is the summary of single-report content (not a divergence).
    """
    coverage = fact_coverage(comparison, config=config)
    shared: set[tuple[str, int]] = set()
    for group in comparison.groups:
        stating = coverage[group.id]
        if len(stating) > 1:
            shared.update((r, i) for r, ix in stating.items() for i in ix)
    return {r.id: tuple(s.index for s in sents if (r.id, s.index) not in shared)
            for r, sents in zip(comparison.reports, comparison.sentences, strict=True)}
