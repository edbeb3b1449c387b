"""Framing round 11: every framing flag on real coverage, judged blind, replayed today.

Run: ``.venv/bin/python -m benchmarks.framing_round11 [--data DIR] [--cache DIR]``.

Round 11 (``benchmarks/labels/realcoverage_framing_round11.tsv``, see the labels README)
judged all 106 framing flags that the code of commit 1187e3e raised on four real-coverage
sets: the 307 NeuS/AllSides clusters, the 70 BASIL triplets, the ECB+ sub-topic clusters
(whole documents) and NewsWCL50 events 0-4. Two helpers that read no code judged them, 53
each. Before any label was read the flags' clusters were split by the first byte of the
SHA-256 of the cluster key (even: dev, odd: test); rules were drawn from dev labels only,
so the test half stays a blind measure of the rules since.

A flag is looked up by (cluster, group, subkind, what the message names before its colon,
e.g. 'word choice (unrest)'): the groups do not move while only framing rules change, but
an alignment change makes a judged flag look 'gone' and its successor 'new'.
"""

from __future__ import annotations

import csv
import hashlib
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks._common import ROOT, machine, markdown_table, replay_args, write_section
from benchmarks.alignment import subtopic_reports
from benchmarks.figures import basil_clusters, neus_clusters
from benchmarks.realcoverage import newswcl50_clusters
from newsdiff import Config, Report, compare

LABELS = ROOT / "benchmarks" / "labels" / "realcoverage_framing_round11.tsv"
Key = tuple[str, str, str, str]  # cluster, group, subkind, message head


def half(cluster: str) -> str:
    """The split of a cluster: dev when the first byte of its key's SHA-256 is even."""
    return "dev" if hashlib.sha256(cluster.encode()).digest()[0] % 2 == 0 else "test"


def load_labels(path: Path = LABELS) -> dict[Key, str]:
    with path.open(encoding="utf-8") as fh:
        return {(r["cluster"], r["group"], r["subkind"], r["key"]): r["judgement"]
                for r in csv.DictReader(fh, delimiter="\t")}


def clusters(data: Path, wanted: set[str]) -> Iterator[tuple[str, list[Report]]]:
    """The labelled clusters, keyed as in round 11."""
    if any(k.startswith("neus") for k in wanted):
        yield from ((f"neus{i}", list(c)) for i, c in enumerate(neus_clusters(data))
                    if f"neus{i}" in wanted)
    if any(k.startswith("basil") for k in wanted):
        yield from ((f"basil{i}", list(c)) for i, c in enumerate(basil_clusters(data))
                    if f"basil{i}" in wanted)
    yield from ((f"ecb{k}", v) for k, v in subtopic_reports(data / "ecbplus")
                if f"ecb{k}" in wanted)
    yield from ((f"wcl{k}", v) for k, v in newswcl50_clusters(data).items()
                if f"wcl{k}" in wanted)


def main(argv: Sequence[str] | None = None) -> int:
    parsed = replay_args("framing_round11", __doc__.splitlines()[0], argv)
    if parsed is None:
        return 0
    args, data, encoder, cache = parsed
    labels = load_labels()
    t0 = time.perf_counter()
    kept: Counter[tuple[str, str]] = Counter()  # (half, judgement) still raised
    judged: Counter[tuple[str, str]] = Counter()  # (half, judgement) in the labels
    new: Counter[str] = Counter()  # (half) flags no label covers
    for key, reports in clusters(data, {k[0] for k in labels}):
        result = compare(reports, encoder=encoder, cache=cache, config=Config())
        for d in result.divergences:
            if d.kind != "framing":
                continue
            k = (key, d.group or "", d.subkind, d.message.split(":")[0])
            if k in labels:
                kept[(half(key), labels[k])] += 1
            else:
                new[half(key)] += 1
    for k, judgement in labels.items():
        judged[(half(k[0]), judgement)] += 1
    rows: list[list[object]] = []
    for split in ("dev", "test", "all"):
        def count(c: Counter[tuple[str, str]], j: str, s: str = split) -> int:
            return sum(n for (h, jj), n in c.items() if jj == j and s in (h, "all"))
        right, wrong = count(judged, "correct"), count(judged, "wrong")
        kr, kw = count(kept, "correct"), count(kept, "wrong")
        fresh = sum(n for h, n in new.items() if split in (h, "all"))
        rows.append([split, f"{right}/{right + wrong} = {right / (right + wrong):.2f}",
                     kr, kw, f"{kr / (kr + kw):.2f}" if kr + kw else "-", fresh])
    body = "\n\n".join([
        "## Framing round 11 replayed: real coverage judged blind "
        "(`benchmarks/framing_round11.py`)",
        f"Command: `.venv/bin/python -m benchmarks.framing_round11` "
        f"({time.perf_counter() - t0:.0f} s). Machine: {machine()}",
        "All 106 framing flags of commit 1187e3e on NeuS/AllSides, BASIL, the ECB+ "
        "sub-topic clusters and NewsWCL50 events 0-4, judged by two helpers that read no "
        "code (labels: `benchmarks/labels/realcoverage_framing_round11.tsv`). The clusters "
        "were split dev/test by hash before any label was read; rules since were drawn "
        "from dev labels only. 'As judged' is the blind precision of the code of 1187e3e; "
        "the kept columns are today's flags that the round judged.",
        markdown_table(["half", "precision as judged (1187e3e)", "judged right, kept",
                        "judged wrong, kept", "precision of those kept",
                        "flags no label covers"], rows),
    ])
    print(body)
    if not args.no_write:
        write_section("framing-round11", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
