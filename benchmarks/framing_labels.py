"""Replay of the hand-judged framing flags: which of them the current code still raises.

Run: ``.venv/bin/python -m benchmarks.framing_labels [--data DIR] [--cache DIR]``.

The blind framing rounds 4-8 (``benchmarks/labels/heldout_framing_round*.tsv``) judged the
flags of the code of their day.  This script compares again the clusters those flags came
from, with today's code and the default ``Config()``, and looks each judged flag up by
(cluster, group, subkind): a flag still raised keeps its judgement.  It is a regression
guard, **not** a measure of precision on unseen text: every rule since round 4 was drawn
from these labels, so the numbers are in-sample.  New flags of today's code on these
clusters have no label and are only counted.

Covered: the sentence-pair sets (MSRpar test, STS headlines 2013-2015, iSTS headlines, deft
news, MRPC train, STS Benchmark headlines 2016, tweet-news), where one pair is one cluster
and the group is ``g0``, and the ECB+ sub-topic clusters.  The AllSides, NeuS and BASIL
flags are left out (their clusters are loaded by other scripts and their group ids move
with the aligner); so are the flags of round 8 that only the optional loose-sentence rule
raises (column ``rule`` = ``added``).
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks._common import ROOT, machine, markdown_table, replay_args, write_section
from benchmarks.alignment import load_mrpc, subtopic_reports
from newsdiff import Config, Report, compare

LABELS = ROOT / "benchmarks" / "labels"
Key = tuple[str, str, str]  # cluster, group, subkind


def load_labels() -> dict[Key, str]:
    """Judgements by (cluster, group, subkind), loose-rule flags of round 8 left out."""
    out: dict[Key, str] = {}
    for path in sorted(LABELS.glob("heldout_framing_round*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("rule") == "added":
                    continue
                out[(row["cluster"], row["group"], row["kind_subkind"].split("/")[1])] = (
                    row["judgement"])
    return out


def _tsv_pairs(path: Path, prefix: str) -> Iterator[tuple[str, str, str]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for k, line in enumerate(fh):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[1].strip() and parts[2].strip():
                yield f"{prefix}{k}", parts[1], parts[2]


def pairs(data: Path) -> Iterator[tuple[str, str, str]]:
    """(cluster key, text 1, text 2) of every sentence-pair set, keyed as the rounds did."""
    news = data / "sts_news"
    yield from _tsv_pairs(news / "2012" / "MSRpar.test.tsv", "msrtest")
    for year in ("2013", "2014", "2015"):
        yield from _tsv_pairs(news / year / "headlines.test.tsv", f"hl{year}-")
    yield from _tsv_pairs(news / "2014" / "deft-news.test.tsv", "deft")
    yield from _tsv_pairs(news / "2014" / "tweet-news.test.tsv", "tweet")
    base = data / "ists_headlines" / "train" / "STSint.input.headlines."
    one = (base.parent / (base.name + "sent1.txt")).read_text(
        encoding="utf-8", errors="replace").splitlines()
    two = (base.parent / (base.name + "sent2.txt")).read_text(
        encoding="utf-8", errors="replace").splitlines()
    for k, (x, y) in enumerate(zip(one, two, strict=False)):
        if x.strip() and y.strip():
            yield f"ists{k}", x, y
    for split in ("train", "dev", "test"):
        path = data / "stsb" / f"sts-{split}.csv"
        with path.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                p = line.rstrip("\n").split("\t")
                if len(p) >= 7 and p[1] == "headlines" and p[2] == "2016" and p[5].strip() \
                        and p[6].strip():
                    yield f"stsb16-{split}{k}", p[5], p[6]
    a, b, _ = load_mrpc(data / "mrpc", 0)
    for k, (x, y) in enumerate(zip(a, b, strict=True)):
        yield f"mrpc{k}", x, y


def clusters(data: Path, wanted: set[str]) -> Iterator[tuple[str, list[Report]]]:
    """The labelled clusters as reports: sentence pairs, then ECB+ sub-topics."""
    for key, x, y in pairs(data):
        if key in wanted:
            yield key, [Report(id="s1", text=x), Report(id="s2", text=y)]
    yield from ((k, v) for k, v in subtopic_reports(data / "ecbplus") if k in wanted)


def main(argv: Sequence[str] | None = None) -> int:
    parsed = replay_args("framing_labels", __doc__.splitlines()[0], argv)
    if parsed is None:
        return 0
    args, data, encoder, cache = parsed
    labels = load_labels()
    t0 = time.perf_counter()
    kept: Counter[tuple[str, str]] = Counter()  # (subkind, judgement) still raised
    total: Counter[tuple[str, str]] = Counter()  # (subkind, judgement) judged
    by_source: Counter[tuple[str, str]] = Counter()  # (pairs|ECB+, judgement) still raised
    new: Counter[str] = Counter()  # flags no round judged, by source
    seen: set[str] = set()
    for key, reports in clusters(data, {c for c, _, _ in labels}):
        seen.add(key)
        source = "ECB+" if key.endswith(("ecb", "ecbplus")) else "pairs"
        result = compare(reports, encoder=encoder, cache=cache, config=Config())
        raised = {(key, d.group or "", d.subkind) for d in result.divergences
                  if d.kind == "framing"}
        new[source] += len(raised - set(labels))
        for k in raised & set(labels):
            kept[(k[2], labels[k])] += 1
            by_source[(source, labels[k])] += 1
    for (cluster, _, subkind), judgement in labels.items():
        if cluster in seen:
            total[(subkind, judgement)] += 1
    rows = []
    for subkind in sorted({s for s, _ in total}) + ["all"]:
        def count(c: Counter[tuple[str, str]], j: str, s: str = subkind) -> int:
            return sum(n for (sk, jj), n in c.items() if jj == j and s in (sk, "all"))
        right, wrong = count(kept, "correct"), count(kept, "wrong")
        rows.append([subkind, count(total, "correct"), right, count(total, "wrong"), wrong,
                     f"{right / (right + wrong):.2f}" if right + wrong else "-"])
    body = "\n\n".join([
        "## Framing: hand-judged flags replayed (`benchmarks/framing_labels.py`)",
        f"Command: `.venv/bin/python -m benchmarks.framing_labels` "
        f"({time.perf_counter() - t0:.0f} s). Machine: {machine()}",
        "The flags judged blind in framing rounds 4-8 (sentence-pair sets and ECB+; see the "
        "script's docstring) looked up among today's default flags on the same clusters. "
        "In-sample: the rules since round 4 were drawn from these labels, so this guards "
        "against regressions and is no measure of precision on unseen text (that is the "
        "round in which each flag was first judged).",
        markdown_table(["subkind", "judged right", "still raised", "judged wrong",
                        "still raised", "precision of those raised"], rows),
        f"Framing flags of today's code on these {len(seen)} clusters that no round judged: "
        f"{sum(new.values())}.",
        "By source (judged right / judged wrong still raised, and flags no round judged): "
        + "; ".join(f"{src} {by_source[(src, 'correct')]} / {by_source[(src, 'wrong')]}, "
                    f"{new[src]} unjudged" for src in ("pairs", "ECB+")) + ". A sentence "
        "pair is one group (`g0`), so its flags are found again whatever the aligner does; "
        "an ECB+ flag is looked up by its group id, which moves when the groups change (a "
        "flag raised again under another id counts as unjudged).",
    ])
    print(body)
    if not args.no_write:
        write_section("framing-labels", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
