"""Framing and omission benchmarks (issue 6), and the builder of the BABE-derived lexicon.

Run ``.venv/bin/python -m benchmarks.framing`` (add ``--data DIR`` for another data folder,
``--limit N`` for fewer BASIL triplets).  ``--build-lexicon`` rewrites
``newsdiff/claims/lexicons/babe_loaded.tsv`` from the training split of BABE.

Splits: a BABE sentence is held out when the first byte of the SHA-256 of its text is
divisible by 5 (about 20 %); the lexicon only ever sees the other sentences.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import math
import re
from collections import Counter
from pathlib import Path

from benchmarks._common import ROOT, data_dir

LEXICON = ROOT / "newsdiff" / "claims" / "lexicons" / "babe_loaded.tsv"
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
# Function words and topic words annotators sometimes include in a biased phrase.
_NOT_LOADED = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "and", "or", "but", "for", "with", "by", "at",
    "from", "as", "is", "are", "was", "were", "be", "been", "his", "her", "their", "its",
    "it", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "not",
    "no", "out", "up", "down", "over", "about", "into", "after", "before", "than", "so",
    "very", "more", "most", "all", "any", "some", "such"
})


def held_out(text: str) -> bool:
    """Whether a BABE sentence belongs to the held-out evaluation split."""
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 5 == 0


def babe_rows(data: Path) -> list[tuple[str, bool, list[str]]]:
    """(text, biased, biased words) per unique BABE sentence; SG2 labels win over SG1."""
    rows: dict[str, tuple[str, bool, list[str]]] = {}
    for name in ("final_labels_SG1.csv", "final_labels_SG2.csv"):
        path = data / "babe" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for r in csv.DictReader(fh, delimiter=";"):
                try:
                    words = [str(w) for w in ast.literal_eval(r["biased_words"] or "[]")]
                except (ValueError, SyntaxError):
                    words = []
                label = r["label_bias"]
                if label not in ("Biased", "Non-biased"):
                    continue
                rows[r["text"]] = (r["text"], label == "Biased", words)
    return [rows[k] for k in sorted(rows)]


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("’", "'"))


def build_babe_lexicon(data: Path, *, min_marked: int = 3, min_ratio: float = 0.3) -> str:
    """The TSV text of the BABE-derived loaded-term lexicon (training split only)."""
    marked: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text, _biased, words in babe_rows(data):
        if held_out(text):
            continue
        for w in set(words_of(text)):
            seen[w] += 1
        for phrase in words:
            for w in set(words_of(phrase)):
                marked[w] += 1
    lines = [
        "# Loaded terms derived from BABE (Spinde et al. 2021, 'Neural Media Bias Detection",
        "# Using Distant Supervision With BABE'), github.com/Media-Bias-Group/Neural-Media-Bias-",
        "# Detection-Using-Distant-Supervision-With-BABE @fb79f64, data/final_labels_SG1.csv and",
        "# final_labels_SG2.csv (expert annotations; the data set is AGPL-3.0, this file holds",
        "# only per-word counts derived from it, no sentences).",
        "# Built by `python -m benchmarks.framing --build-lexicon` from the training split",
        "# (sentences whose SHA-256 first byte is not divisible by 5); the rest is held out.",
        f"# A word is kept when annotators marked it as biased in at least {min_marked}",
        f"# sentences and in at least {min_ratio:.0%} of the training sentences containing it.",
        "# loading: 3 if ratio >= 0.7, 2 if >= 0.5, else 1.",
        "# term\tmarked\tseen\tratio\tloading",
    ]
    for w in sorted(marked):
        if w in _NOT_LOADED or len(w) < 3 or marked[w] < min_marked or not seen[w]:
            continue
        ratio = marked[w] / seen[w]
        if ratio < min_ratio:
            continue
        loading = 3 if ratio >= 0.7 else 2 if ratio >= 0.5 else 1
        lines.append(f"{w}\t{marked[w]}\t{seen[w]}\t{ratio:.2f}\t{loading}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", help="shared data folder (default ../shared/data)")
    parser.add_argument("--build-lexicon", action="store_true",
                        help="rewrite newsdiff/claims/lexicons/babe_loaded.tsv and stop")
    parser.add_argument("--limit", type=int, default=0, help="at most N BASIL triplets")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if data is None:
        return 0
    if args.build_lexicon:
        LEXICON.write_text(build_babe_lexicon(data), encoding="utf-8")
        print(f"wrote {LEXICON}")
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


_ = math  # used by the evaluation below
