"""Alignment quality on ECB+ cross-document sentence pairs, with baselines in the same run.

Run: ``.venv/bin/python -m benchmarks.alignment [--data DIR] [--sweep] [--cache DIR]``.

**Data and gold rule.**  ECB+ (``../shared/data/ecbplus``) groups news documents by topic
and sub-topic (``ecb`` / ``ecbplus``: two different seminal events per topic).  Every
document of one sub-topic is one *cluster*: the aligner sees all of its documents at once,
with all their sentences (the URL line that opens ``ecbplus`` files is dropped).  The gold
pairs are the cross-document pairs of sentences that ECB+ lists as annotated
(``ECBplus_coreference_sentences.csv``); a pair is **positive when the two sentences
contain ACTION/NEG mentions of one CROSS_DOC_COREF instance** (they mention the same
event instance).  This is the rule of ``derive_crossdoc_sentence_pairs.py`` beside the
data; the script checks that it rebuilds the same number of pairs and positives.
About 73 % of the pairs are positive (annotated sentences are mostly about the seminal
event), so the table also shows "link every pair" as a floor.

**Split.**  Topics with an odd number are *dev* (thresholds and the ``--sweep`` are chosen
there), even topics are *test* (reported).

**Systems** (pairwise precision / recall / F1 over the gold pairs, micro-averaged):

* ``newsdiff align``: :func:`newsdiff.align.align` on the real encoder (all-MiniLM-L6-v2,
  with adjacent-sentence concatenations, as :func:`newsdiff.compare` does); a pair is
  predicted when both sentences share a group.
* ``cosine >= t``: link a pair when the embedding cosine reaches ``t`` (best ``t`` on dev).
* ``difflib ratio >= t``: :class:`difflib.SequenceMatcher` ratio of the lower-cased texts
  (best ``t`` on dev).
* ``vecalign DP``: the monotone dynamic-programming aligner of Vecalign, through the
  ``sentalign`` package (1-1, 1-2, 2-1 beads), run on every pair of documents; a pair is
  predicted when both sentences are in one bead.
* ``link all``: every pair predicted.

MRPC (train part) gives the ROC-AUC of the cosine and of newsdiff's pair score as a sanity
line.  Embeddings are cached (``EmbeddingCache``) so re-runs encode nothing.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import itertools
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from benchmarks._common import ROOT, data_dir, machine, markdown_table, write_section
from newsdiff.align import Unit, align, pair_scores
from newsdiff.cache import EmbeddingCache
from newsdiff.config import Config
from newsdiff.encoders import Encoder, SentenceTransformerEncoder, encode_unique

Vectors = npt.NDArray[np.float32]
SentKey = tuple[str, int]  # (document name, ECB+ sentence number)
DEFAULT_CACHE = ROOT / ".newsdiff-cache" / "bench"


@dataclass
class Doc:
    name: str
    sentence_ids: list[int]
    texts: list[str]


@dataclass
class ClusterData:
    """One ECB+ sub-topic: its documents and its gold cross-document pairs."""

    topic: int
    subtopic: str
    docs: list[Doc]
    pairs: list[tuple[SentKey, SentKey]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)

    @property
    def split(self) -> str:
        return "dev" if self.topic % 2 else "test"

    def units(self) -> list[Unit]:
        """Units ordered by report (document) id, then position, as ``align`` expects."""
        return [Unit(d.name, k, t) for d in sorted(self.docs, key=lambda d: d.name)
                for k, t in enumerate(d.texts)]


def detokenize(tokens: Iterable[str]) -> str:
    """ECB+ tokens joined back into plain text (close enough for encoders and difflib)."""
    text = " ".join(tokens)
    text = re.sub(r"``\s*|\s*''", '"', text)
    text = re.sub(r"\s+([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return text


def load_ecbplus(root: Path, *, max_sentences: int = 0) -> list[ClusterData]:
    """ECB+ sub-topic clusters with gold pairs (see the module docstring for the rule).

    ``max_sentences`` = 0 keeps only the annotated sentences of each document (in order);
    > 0 cuts each document after that many sentences or after its last annotated sentence,
    whichever comes later (no gold sentence is lost); < 0 keeps whole documents.
    """
    annotated: set[tuple[str, str, int]] = set()
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            annotated.add((row["Topic"], row["File"], int(row["Sentence Number"])))
    docs: dict[tuple[int, str], list[Doc]] = defaultdict(list)
    events: dict[SentKey, set[str]] = {}
    selected: dict[str, list[int]] = {}
    for path in sorted((root / "ECB+").glob("*/*.xml"), key=lambda p: p.name):
        name = path.stem
        topic, fid = name.split("_", 1)
        sub = "ecbplus" if fid.endswith("ecbplus") else "ecb"
        tree = ET.parse(path).getroot()
        tok_sent: dict[str, int] = {}
        sent_toks: dict[int, list[str]] = defaultdict(list)
        for tok in tree.iter("token"):
            s = int(tok.get("sentence", "0"))
            tok_sent[tok.get("t_id", "")] = s
            sent_toks[s].append(tok.text or "")
        mention_sent: dict[str, int] = {}
        mention_tag: dict[str, str] = {}
        markables = tree.find("Markables")
        for m in markables if markables is not None else []:
            anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
            if anchors:
                mention_sent[m.get("m_id", "")] = tok_sent[anchors[0]]
                mention_tag[m.get("m_id", "")] = m.tag
        relations = tree.find("Relations")
        for rel in relations.findall("CROSS_DOC_COREF") if relations is not None else []:
            for src in rel.findall("source"):
                mid = src.get("m_id", "")
                if mid in mention_sent and mention_tag[mid].startswith(("ACTION", "NEG")):
                    events.setdefault((name, mention_sent[mid]), set()).add(rel.get("note", ""))
        selected[name] = sorted(s for s in sent_toks if (topic, fid, s) in annotated)
        ids = sorted(s for s in sent_toks if not (sub == "ecbplus" and s == 0))
        if max_sentences == 0:
            ids = [s for s in ids if s in selected[name]]
        elif max_sentences > 0:
            last = max(selected[name], default=-1)
            ids = [s for s in ids if s < max(max_sentences + (sub == "ecbplus"), last + 1)]
        texts = [detokenize(sent_toks[s]) for s in ids]
        keep = [(s, t) for s, t in zip(ids, texts, strict=True) if t.strip()]
        docs[(int(topic), sub)].append(Doc(name, [s for s, _ in keep], [t for _, t in keep]))
    clusters = []
    for (topic, sub), members in sorted(docs.items()):
        cl = ClusterData(topic, sub, sorted(members, key=lambda d: d.name))
        for a, b in itertools.combinations(cl.docs, 2):
            for i in selected[a.name]:
                for j in selected[b.name]:
                    shared = events.get((a.name, i), set()) & events.get((b.name, j), set())
                    cl.pairs.append(((a.name, i), (b.name, j)))
                    cl.labels.append(int(bool(shared)))
        if cl.pairs:
            clusters.append(cl)
    return clusters


@dataclass
class Embedded:
    """Vectors of every sentence of a cluster and of each adjacent same-document pair."""

    units: list[Unit]
    vectors: Vectors
    pair_vectors: Vectors
    row: dict[SentKey, int]


def embed(cluster: ClusterData, encode: Callable[[Sequence[str]], Vectors]) -> Embedded:
    units = cluster.units()
    by_name = {d.name: d for d in cluster.docs}
    row = {(u.report, by_name[u.report].sentence_ids[u.index]): k for k, u in enumerate(units)}
    adjacent = [k for k in range(len(units) - 1) if units[k].report == units[k + 1].report]
    joined = [units[k].text + " " + units[k + 1].text for k in adjacent]
    vecs = encode([u.text for u in units] + joined)
    pair_vectors = np.zeros((max(0, len(units) - 1), vecs.shape[1]), dtype=np.float32)
    pair_vectors[adjacent] = vecs[len(units):]
    return Embedded(units, vecs[: len(units)], pair_vectors, row)


def prf(pred: Sequence[bool], gold: Sequence[int]) -> tuple[float, float, float]:
    p = np.asarray(pred, dtype=bool)
    g = np.asarray(gold, dtype=bool)
    tp = float((p & g).sum())
    precision = tp / max(1.0, float(p.sum()))
    recall = tp / max(1.0, float(g.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def newsdiff_predictions(cluster: ClusterData, emb: Embedded, config: Config) -> list[bool]:
    groups = align(emb.units, emb.vectors, config=config, pair_vectors=emb.pair_vectors)
    by_name = {d.name: d for d in cluster.docs}
    memberships: dict[SentKey, set[int]] = defaultdict(set)
    for gi, g in enumerate(groups):
        for m in g.members:
            for k in m.sentences:
                memberships[(m.report, by_name[m.report].sentence_ids[k])].add(gi)
    return [bool(memberships[a] & memberships[b]) for a, b in cluster.pairs]


def cosine_scores(cluster: ClusterData, emb: Embedded) -> list[float]:
    return [float(emb.vectors[emb.row[a]] @ emb.vectors[emb.row[b]]) for a, b in cluster.pairs]


def difflib_scores(cluster: ClusterData, emb: Embedded) -> list[float]:
    text = {key: emb.units[r].text.casefold() for key, r in emb.row.items()}
    return [difflib.SequenceMatcher(None, text[a], text[b], autojunk=False).ratio()
            for a, b in cluster.pairs]


def vecalign_predictions(
    cluster: ClusterData, encode: Callable[[Sequence[str]], Vectors]
) -> list[bool] | None:
    """Pairs inside one bead of the monotone Vecalign DP (``sentalign``), per document pair."""
    try:
        from sentalign import sentalign
    except ImportError:
        return None
    linked: set[tuple[SentKey, SentKey]] = set()
    for a, b in itertools.combinations(cluster.docs, 2):
        result = sentalign(a.texts, b.texts, encode, alignment_max_size=3)
        for bead in result.alignments:
            for i in bead.src_indices:
                for j in bead.tgt_indices:
                    linked.add(((a.name, a.sentence_ids[i]), (b.name, b.sentence_ids[j])))
    return [pair in linked for pair in cluster.pairs]


def best_threshold(scores: Sequence[float], gold: Sequence[int]) -> float:
    """The threshold with the best F1 on these scores (ties: the higher threshold)."""
    s = np.asarray(scores, dtype=np.float64)
    best, best_t = -1.0, float(s.max()) if s.size else 0.0
    for t in np.unique(np.round(s, 3)):
        f1 = prf(list(s >= t), gold)[2]
        if f1 >= best:
            best, best_t = f1, float(t)
    return best_t


def load_mrpc(root: Path) -> tuple[list[str], list[str], list[int]]:
    a, b, y = [], [], []
    with (root / "msr_paraphrase_train.txt").open(encoding="utf-8-sig") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 5:
                y.append(int(parts[0]))
                a.append(parts[3])
                b.append(parts[4])
    return a, b, y


def mrpc_auc(root: Path, encode: Callable[[Sequence[str]], Vectors],
             config: Config) -> tuple[float, float, int]:
    from sklearn.metrics import roc_auc_score

    a, b, y = load_mrpc(root)
    va, vb = encode(a), encode(b)
    cos = (va * vb).sum(axis=1)
    ours = []
    for k in range(len(a)):
        units = [Unit("a", 0, a[k]), Unit("b", 0, b[k])]
        ours.append(pair_scores(units, np.stack([va[k], vb[k]]), config=config)[0, 1])
    return float(roc_auc_score(y, cos)), float(roc_auc_score(y, ours)), len(y)


@dataclass
class Run:
    clusters: list[ClusterData]
    embedded: list[Embedded]
    timings: dict[str, float]

    def gold(self, split: str) -> list[int]:
        return [y for c in self.clusters if c.split == split for y in c.labels]

    def collect(self, split: str, per_cluster: Callable[[ClusterData, Embedded], list[bool]]
                ) -> list[bool]:
        return [p for c, e in zip(self.clusters, self.embedded, strict=True) if c.split == split
                for p in per_cluster(c, e)]


SWEEP_GRID: dict[str, list[float]] = {
    "group_threshold": [0.45, 0.5, 0.55, 0.6, 0.65],
    "extra_membership_threshold": [0.5, 0.55, 0.6, 0.7, 1.0],
    "lexical_weight": [0.0, 0.15, 0.25, 0.35],
    "concat_margin": [0.0, 0.05, 0.1],
}


def sweep(run: Run, base: Config) -> list[tuple[float, dict[str, float]]]:
    """F1 on dev of every combination of :data:`SWEEP_GRID`, best first."""
    results = []
    keys = list(SWEEP_GRID)
    for values in itertools.product(*(SWEEP_GRID[k] for k in keys)):
        update = dict(zip(keys, values, strict=True))
        if update["extra_membership_threshold"] < update["group_threshold"]:
            continue
        config = base.model_copy(update=update)
        pred = run.collect("dev", lambda c, e, config=config: newsdiff_predictions(c, e, config))
        results.append((prf(pred, run.gold("dev"))[2], update))
    results.sort(key=lambda r: (-r[0], sorted(r[1].items())))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="folder holding ecbplus/ and mrpc/ (../shared/data)")
    parser.add_argument("--cache", default=str(DEFAULT_CACHE), help="embedding cache folder")
    parser.add_argument("--max-sentences", type=int, default=0,
                        help="0 (default): documents made of their annotated sentences only; "
                             "N > 0: cut after N sentences or the last annotated one; "
                             "-1: whole documents (slow to encode the first time)")
    parser.add_argument("--sweep", action="store_true",
                        help="choose group_threshold, extra_membership_threshold, "
                             "lexical_weight and concat_margin on dev")
    parser.add_argument("--no-vecalign", action="store_true", help="skip the Vecalign baseline")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if data is None or not (data / "ecbplus" / "ECB+").is_dir():
        print("skipped: ECB+ not found under the data folder", file=sys.stderr)
        return 0
    config = Config()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    clusters = load_ecbplus(data / "ecbplus", max_sentences=args.max_sentences)
    timings["load ECB+"] = time.perf_counter() - t0
    n_pairs = sum(len(c.pairs) for c in clusters)
    n_pos = sum(sum(c.labels) for c in clusters)
    n_sents = sum(len(d.texts) for c in clusters for d in c.docs)
    print(f"ECB+: {len(clusters)} clusters, {sum(len(c.docs) for c in clusters)} documents, "
          f"{n_sents} sentences, {n_pairs} gold pairs ({n_pos} positive)", file=sys.stderr)

    encoder: Encoder = SentenceTransformerEncoder(batch_size=config.batch_size)
    cache = EmbeddingCache(args.cache)

    def encode(texts: Sequence[str]) -> Vectors:
        return encode_unique(encoder, list(texts), cache=cache, batch_size=config.batch_size)

    t0 = time.perf_counter()
    embedded = [embed(c, encode) for c in clusters]
    timings["encode (sentences + adjacent pairs, cached)"] = time.perf_counter() - t0
    run = Run(clusters, embedded, timings)

    chosen = config
    sweep_rows: list[list[object]] = []
    if args.sweep:
        t0 = time.perf_counter()
        ranked = sweep(run, config)
        timings["sweep on dev"] = time.perf_counter() - t0
        chosen = config.model_copy(update=ranked[0][1])
        sweep_rows = [[f1, *[u[k] for k in SWEEP_GRID]] for f1, u in ranked[:10]]
        print(markdown_table(["dev F1", *SWEEP_GRID], sweep_rows), file=sys.stderr)

    rows: list[list[object]] = []

    def add(name: str, split_pred: dict[str, list[bool]], note: str) -> None:
        dev = prf(split_pred["dev"], run.gold("dev"))
        test = prf(split_pred["test"], run.gold("test"))
        rows.append([name, *test, dev[2], note])

    for label, cfg in [("newsdiff align (Config defaults)", config)] + (
            [("newsdiff align (swept on dev)", chosen)] if args.sweep else []):
        t0 = time.perf_counter()
        pred = {s: run.collect(s, lambda c, e, cfg=cfg: newsdiff_predictions(c, e, cfg))
                for s in ("dev", "test")}
        timings[f"align: {label}"] = time.perf_counter() - t0
        add(label, pred, "N-way per cluster")

    t0 = time.perf_counter()
    cos = {s: [x for c, e in zip(clusters, embedded, strict=True) if c.split == s
               for x in cosine_scores(c, e)] for s in ("dev", "test")}
    t_cos = best_threshold(cos["dev"], run.gold("dev"))
    add(f"cosine >= {t_cos:.3f}", {s: [x >= t_cos for x in v] for s, v in cos.items()},
        "threshold best on dev")
    timings["baseline: cosine"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    dl = {s: [x for c, e in zip(clusters, embedded, strict=True) if c.split == s
              for x in difflib_scores(c, e)] for s in ("dev", "test")}
    t_dl = best_threshold(dl["dev"], run.gold("dev"))
    add(f"difflib ratio >= {t_dl:.3f}", {s: [x >= t_dl for x in v] for s, v in dl.items()},
        "threshold best on dev")
    timings["baseline: difflib"] = time.perf_counter() - t0

    if not args.no_vecalign:
        t0 = time.perf_counter()
        va: dict[str, list[bool]] = {"dev": [], "test": []}
        missing = False
        for c in clusters:
            got = vecalign_predictions(c, encode)
            if got is None:
                missing = True
                break
            va[c.split].extend(got)
        timings["baseline: vecalign DP (per document pair)"] = time.perf_counter() - t0
        if missing:
            print("vecalign baseline skipped: `pip install sentalign`", file=sys.stderr)
        else:
            add("vecalign DP (sentalign)", va, "monotone, per document pair")
    add("link all pairs", {s: [True] * len(run.gold(s)) for s in ("dev", "test")}, "floor")

    mrpc_line = "MRPC: data not found."
    if (data / "mrpc" / "msr_paraphrase_train.txt").is_file():
        t0 = time.perf_counter()
        auc_cos, auc_ours, n = mrpc_auc(data / "mrpc", encode, chosen)
        timings["MRPC"] = time.perf_counter() - t0
        mrpc_line = (f"MRPC train ({n} pairs) ROC-AUC: cosine {auc_cos:.3f}, "
                     f"newsdiff pair score {auc_ours:.3f}.")
    cache.close()

    headers = ["system", "test P", "test R", "test F1", "dev F1", "note"]
    table = markdown_table(headers, rows)
    n_test = len(run.gold("test"))
    time_rows: list[list[object]] = [[k, round(v, 2)] for k, v in timings.items()]
    align_key = "align: newsdiff align (Config defaults)"
    rate = n_sents / timings[align_key] if timings.get(align_key) else float("nan")
    body = "\n\n".join([
        "## Alignment (ECB+ cross-document sentence pairs)",
        "`.venv/bin/python -m benchmarks.alignment" + (" --sweep" if args.sweep else "") + "`"
        f" — {machine()}",
        f"{len(clusters)} sub-topic clusters ({n_sents} sentences); gold pairs: annotated "
        "sentences of two documents of one sub-topic, positive when both mention one "
        "cross-document event instance (ACTION/NEG CROSS_DOC_COREF). Dev = odd topics, "
        f"test = even topics ({n_test} test pairs, "
        f"{sum(run.gold('test')) / max(1, n_test):.0%} positive).",
        table,
        mrpc_line,
        *(["Sweep on dev (best 10 settings):\n\n"
           + markdown_table(["dev F1", *SWEEP_GRID], sweep_rows)]
          if sweep_rows else []),
        "Stage timings (seconds):\n\n" + markdown_table(["stage", "s"], time_rows),
        f"newsdiff align: {rate:,.0f} sentences per second (both splits, encoding excluded).",
    ])
    print(body)
    if not args.no_write:
        write_section("alignment", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
