"""Every figure, quote and framing flag on the real-coverage sets, one line each, sorted:
a before/after check for a rule change (``diff`` two dumps), not a score.

Run: ``.venv/bin/python -m benchmarks.flag_dump OUT.tsv [--data DIR] [--cache DIR]``.

The clusters are those of the framing round 11 replay (``benchmarks/framing_round11.py``):
the 307 NeuS/AllSides clusters, the 70 BASIL triplets, the ECB+ sub-topic clusters and
NewsWCL50 events 0-4. Each line: cluster, group, kind, subkind, message, and each evidence
span as ``report:'text'`` (its first 60 characters). Omission flags are left out (they move
with every alignment change). Run the dump from a snapshot of the tree before a change and
from the tree after it, then read the lines ``diff`` shows: a flag raised or lost on text
that no rule was drawn from.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks._common import ROOT, data_dir
from benchmarks.alignment import subtopic_reports
from benchmarks.figures import basil_clusters, neus_clusters
from benchmarks.realcoverage import newswcl50_clusters
from newsdiff import Comparison, Config, Report, compare
from newsdiff.cache import EmbeddingCache
from newsdiff.encoders import SentenceTransformerEncoder


def clusters(data: Path) -> Iterator[tuple[str, list[Report]]]:
    """Every real-coverage cluster, keyed as in round 11 ('neus12', 'basil3', 'ecb1ecb',
    'wclnewswcl50-0')."""
    yield from ((f"neus{i}", list(c)) for i, c in enumerate(neus_clusters(data)))
    yield from ((f"basil{i}", list(c)) for i, c in enumerate(basil_clusters(data)))
    yield from ((f"ecb{k}", v) for k, v in subtopic_reports(data / "ecbplus"))
    yield from ((f"wcl{k}", v) for k, v in newswcl50_clusters(data).items())


def lines(key: str, result: Comparison) -> list[str]:
    """The figure, quote and framing flags of one cluster, one tab-separated line each."""
    out = []
    for d in result.divergences:
        if d.kind == "omission":
            continue
        spans = " ".join(f"{e.report}:{result.report(e.report).text[e.start:e.end][:60]!r}"
                         for e in d.evidence)
        message = " ".join(d.message.split())
        out.append(f"{key}\t{d.group}\t{d.kind}\t{d.subkind}\t{message}\t{spans}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="the TSV file to write")
    parser.add_argument("--data", help="data folder (default ../shared/data)")
    parser.add_argument("--cache", default=str(ROOT / ".newsdiff-cache"),
                        help="embedding cache folder")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if data is None:
        return 0
    encoder, cache = SentenceTransformerEncoder(), EmbeddingCache(args.cache)
    found: list[str] = []
    for key, reports in clusters(data):
        found += lines(key, compare(reports, encoder=encoder, cache=cache, config=Config()))
        print(f"{key}: {len(found)} flags so far", file=sys.stderr)
    args.out.write_text("".join(f"{line}\n" for line in sorted(found)), encoding="utf-8")
    print(f"{len(found)} flags written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
