"""Divergences of kind omission: facts most reports state and some leave out.

Coverage is fact-level, not only sentence-level.  A report states a group's fact when one
of its sentences is a member of the group (sentences may sit in several groups), or,
failing that, when one or two of its sentences hold ``Config.omission_overlap`` of the
group's *core* content words (the words most member reports share, weighted by IDF over
all sentences of the comparison, via :func:`newsdiff.align.content_terms`).  A group
stated by at least ``Config.omission_share`` of the reports (and by two or more) is an
omission in every report that does not state it.  Groups that describe one fact (their
evidence overlaps and the same reports miss it) yield one omission, not several.

Content only one report has is not a divergence; :func:`unique_content` lists it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from newsdiff.align import content_terms
from newsdiff.config import Config
from newsdiff.models import Comparison, Divergence, Evidence, Group, Severity


@dataclass(frozen=True, slots=True)
class _Terms:
    """Content terms of every sentence and their IDF weights."""

    by_sentence: Mapping[tuple[str, int], frozenset[str]]
    idf: Mapping[str, float]

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
        return cls(by_sentence, {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()})

    def weight(self, terms: frozenset[str]) -> float:
        return sum(self.idf.get(t, 1.0) for t in terms)


def _figure_terms(comparison: Comparison) -> dict[tuple[str, int], frozenset[str]]:
    """Terms for the figures of each sentence: what is counted and the event it counts
    ('#killed:soldier'), so '56 soldiers had died' and '55 soldiers were killed' share one."""
    out: dict[tuple[str, int], set[str]] = {}
    for f in comparison.figures:
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

    Members count as stating it; other reports count when their best one or two sentences
    pass the loose lexical check.  Reports that do not state it are left out.
    """
    terms = _Terms.of(comparison)
    return {g.id: _stating(comparison, g, terms, config=config) for g in comparison.groups}


def _core(group: Group, terms: _Terms) -> frozenset[str]:
    """Content words shared by at least half (and two) of the group's reports."""
    per_report = [frozenset().union(*(terms.by_sentence[(m.report, i)] for i in m.sentences))
                  for m in group.members]
    need = max(2, math.ceil(len(per_report) / 2))
    counts: Counter[str] = Counter(t for ts in per_report for t in ts)
    core = frozenset(t for t, c in counts.items() if c >= need)
    return core or frozenset(counts)


def _member_share(group: Group, report: str, sentences: tuple[int, ...],
                  terms: _Terms) -> float:
    """How much of what the group's other reports share ``sentences`` of ``report`` hold
    (1.0 when the group has no other two reports to define it)."""
    others = tuple(m for m in group.members if m.report != report)
    if len(others) < 2:
        return 1.0
    core = _core(Group(id=group.id, score=group.score, members=others), terms)
    total = terms.weight(core)
    held = frozenset().union(*(terms.by_sentence[(report, i)] for i in sentences))
    return terms.weight(core & held) / total if total > 0 else 1.0


def _elsewhere(comparison: Comparison, group: Group, report: str, index: int, terms: _Terms,
               *, config: Config) -> bool:
    """Whether sentence ``index`` of ``report`` states little of ``group`` but clearly
    states another group it also sits in."""
    share = _member_share(group, report, (index,), terms)
    if share >= config.omission_overlap:
        return False
    return any(_member_share(other, report, (index,), terms)
               >= max(2 * share, config.omission_overlap)
               for other in _groups_of(comparison, report, (index,), group))


def _groups_of(comparison: Comparison, report: str, sentences: tuple[int, ...],
               exclude: Group) -> list[Group]:
    """Other groups that hold all of ``sentences`` of ``report``."""
    return [g for g in comparison.groups if g is not exclude and any(
        m.report == report and set(sentences) <= set(m.sentences) for m in g.members)]


def _stating(comparison: Comparison, group: Group, terms: _Terms, *,
             config: Config) -> dict[str, tuple[int, ...]]:
    out = {m.report: m.sentences for m in group.members}
    for m in group.members:
        # A sentence the aligner also put here (average linkage, extra membership) while it
        # clearly belongs to another group is not a statement of this group's fact.
        strong = tuple(i for i in m.sentences if not _elsewhere(comparison, group, m.report, i,
                                                                 terms, config=config))
        if strong:
            out[m.report] = strong
        else:
            del out[m.report]
    kept = Group(id=group.id, score=group.score,
                 members=tuple(m for m in group.members if m.report in out))
    core = _core(kept, terms)
    total = terms.weight(core)
    if total <= 0:
        return out
    for report, sents in zip(comparison.reports, comparison.sentences, strict=True):
        if report.id in out or report.id in group.reports:
            continue
        hits = [(terms.weight(core & terms.by_sentence[(report.id, s.index)]), s.index)
                for s in sents]
        best = max(hits, default=(0.0, -1))
        found: tuple[int, ...] = (best[1],) if best[0] / total >= config.omission_overlap else ()
        if not found:
            # A fact told over two adjacent sentences.
            for i in range(len(sents) - 1):
                shared = core & (terms.by_sentence[(report.id, i)]
                                 | terms.by_sentence[(report.id, i + 1)])
                if terms.weight(shared) / total >= config.omission_overlap:
                    found = (i, i + 1)
                    break
        if found:
            out[report.id] = found
    return dict(sorted(out.items()))


def find(comparison: Comparison, *, config: Config) -> list[Divergence]:
    """Omissions: groups most reports state, for the reports that do not state them."""
    n = len(comparison.reports)
    need = max(2, math.ceil(config.omission_share * n))
    terms = _Terms.of(comparison)
    all_ids = [r.id for r in comparison.reports]
    found: list[tuple[Group, dict[str, tuple[int, ...]], tuple[str, ...]]] = []
    for group in comparison.groups:
        stating = _stating(comparison, group, terms, config=config)
        missing = tuple(r for r in all_ids if r not in stating)
        if len(group.members) >= 2 and len(stating) >= need and missing:
            found.append((group, stating, missing))
    # A group whose reports and sentences another candidate already covers is the same fact
    # told in fewer reports (e.g. a sentence pair split over two groups): keep the wider one.
    pos = {g.id: i for i, g in enumerate(comparison.groups)}
    kept = [f for f in found if not any(
        o is not f and _subsumes(o[1], f[1]) and (len(o[1]), -pos[o[0].id])
        > (len(f[1]), -pos[f[0].id]) for o in found)]
    return [_divergence(comparison, g, stating, missing, n) for g, stating, missing in kept]


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
    member = min(((m.report, i) for m in group.members for i in m.sentences),
                 key=lambda ri: len(comparison.sentence_text(*ri)))
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
