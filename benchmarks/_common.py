"""Shared helpers of the benchmark scripts: data location, machine facts, the results page.

Each benchmark writes its own section of ``docs/benchmarks.md`` between
``<!-- BEGIN name -->`` and ``<!-- END name -->`` markers, so scripts can run alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from newsdiff.cache import EmbeddingCache
from newsdiff.encoders import SentenceTransformerEncoder

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "docs" / "benchmarks.md"
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def data_dir(given: str | None = None) -> Path | None:
    """The shared data folder, or None (with a message) when it is absent."""
    path = Path(given) if given else Path(os.environ.get("NEWSDIFF_DATA", DEFAULT_DATA))
    if not path.is_dir():
        print(f"skipped: data folder {path} not found; pass --data DIR or set NEWSDIFF_DATA",
              file=sys.stderr)
        return None
    return path


def machine() -> str:
    """One line describing the machine and software the numbers come from."""
    try:
        import torch

        torch_v = str(torch.__version__)
        threads = torch.get_num_threads()
    except ImportError:
        torch_v, threads = "absent", 0
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {cpu}; {os.cpu_count()} cores; "
            f"Python {platform.python_version()}; torch {torch_v} ({threads} threads)")


def markdown_table(headers: list[str], rows: list[list[object]]) -> str:
    """A GitHub-flavoured Markdown table; floats get 3 decimals."""
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def replay_args(name: str, description: str, argv: Sequence[str] | None
                ) -> tuple[argparse.Namespace, Path, SentenceTransformerEncoder,
                           EmbeddingCache] | None:
    """The options of a script that replays hand labels on the shared data (``--data``,
    ``--cache``, ``--no-write``), the data folder, the default encoder and the cache; None,
    with a note, when the data folder is absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", help="data folder (default ../shared/data)")
    parser.add_argument("--cache", default=str(ROOT / ".newsdiff-cache"),
                        help="embedding cache folder")
    parser.add_argument("--no-write", action="store_true", help="do not update docs")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if data is None:
        print(f"{name}: no data folder (../shared/data); skipped", file=sys.stderr)
        return None
    return args, data, SentenceTransformerEncoder(), EmbeddingCache(args.cache)


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section ``name`` of docs/benchmarks.md."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else (
        "# Benchmarks\n\nEach section is written by the script named in it; "
        "re-run the script to refresh it.\n"
    )
    block = f"<!-- BEGIN {name} -->\n{body.strip()}\n<!-- END {name} -->"
    pattern = re.compile(rf"<!-- BEGIN {re.escape(name)} -->.*?<!-- END {re.escape(name)} -->",
                         re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else (
        text.rstrip() + "\n\n" + block + "\n")
    RESULTS.write_text(text, encoding="utf-8")


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """1..999 in words, a simple reference speller (the figure benchmark and tests).

    >>> spell(55), spell(132)
    ('fifty-five', 'one hundred and thirty-two')
    """
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {spell(rest)}" if rest else "")
