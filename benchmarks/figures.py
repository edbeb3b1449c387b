"""Figure divergences and figure extraction, measured on third-party data.

Run: ``.venv/bin/python -m benchmarks.figures [--data DIR] [--encoder minilm|hashing]
[--show-errors]``.  Reads ``../shared/data`` (never copied into the project) and writes
the section ``figures`` of ``docs/benchmarks.md``.

Three measurements:

1. **iSTS headlines (train)**: sentence pairs whose gold chunk alignment aligns a chunk
   holding a number in one headline with a chunk holding a number in the other
   ("12 killed" <=> "10 killed"; "at 91" <=> "aged 91").  Label, built mechanically from
   the gold alignment and then checked by hand: a *figure divergence* when the aligned
   chunks' numbers differ, *agreement* when they are equal.  Hand checking removed pairs
   whose aligned numbers are version labels ("UPDATE 2" vs "UPDATE 1") and relabelled
   mechanical mistakes ("$53m" vs "$53 million"; "about 60" vs "61" agree; "17 civilians"
   vs "10 police" are different subjects), see ``ISTS_CHECKED``.  Pairs whose numbers
   sit only in unaligned chunks are left out: they are about different things.
2. **MRPC (train)**: pairs where both sentences hold numbers and the sets of numbers
   differ; a subset hand-labelled for this benchmark (``MRPC_LABELS``, by pair ids):
   1 when both sentences state one quantity with incompatible values, 0 otherwise
   (a number only one side has, the same value written differently, different
   quantities).
3. **Rewrites**: every iSTS and MRPC sentence with each number up to 999 spelled in words,
   compared with the original: any figure divergence is a false flag (target: zero).
4. **Extraction on BASIL**: a seeded sample of 200 sentences with a digit, number word,
   month or weekday; the extractor's spans were checked by hand against what a
   fact-checker would call a figure (``BASIL_GOLD``: per sentence, the figures that
   should be found, as (text, kind); ``None`` means the extractor output was right).

Each pair becomes two one-sentence reports run through the whole pipeline
(``newsdiff.compare``); a pair is flagged when a figure divergence of subkind ``value``
or ``bound`` is found.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from text_to_num import text2num

from benchmarks._common import data_dir, machine, markdown_table, write_section
from newsdiff import compare
from newsdiff.claims.figures import extract_figures
from newsdiff.config import Config
from newsdiff.encoders import Encoder, HashingEncoder, SentenceTransformerEncoder
from newsdiff.models import Report
from newsdiff.segment import split_sentences

CONFIG = Config(kinds=("figure",))
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_NUMS = frozenset([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million"])


@dataclass(frozen=True)
class Pair:
    """Two texts, a gold label (1 = figure divergence) and where they come from."""

    ident: str
    a: str
    b: str
    label: int


def chunk_numbers(chunk: str) -> frozenset[float]:
    """Numbers in a chunk, independent of newsdiff's own parser (digits and words)."""
    out: set[float] = set()
    for m in _NUM.finditer(chunk):
        try:
            out.add(float(m.group().replace(",", "")))
        except ValueError:
            continue
    for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", chunk):
        if w.lower().split("-")[0] in _WORD_NUMS:
            try:
                out.add(float(text2num(w.lower(), "en")))
            except ValueError:
                continue
    return frozenset(out)


# Hand check of the mechanical iSTS labels: pair id -> (label or None to leave out, why).
ISTS_CHECKED: dict[str, tuple[int | None, str]] = {
    "131": (None, "UPDATE 2 vs UPDATE 1: version labels, not figures"),
    "253": (0, "$53m = $53 million"),
    "500": (0, "$389M = $389 million"),
    "525": (0, "$250 million = $250-M"),
    "517": (0, "300th and 301st goals vs 300th goal: an extra figure, no clash"),
    "439": (0, "3 more dead (plus the gunman) vs 4 dead: consistent"),
    "647": (0, "one soldier vs 6 polio workers: different subjects"),
    "58": (0, "17 civilians vs 10 police: different subjects"),
    "63": (0, "18 trapped vs ten killed: different predicates"),
    "289": (0, "about 60 vs 61: compatible"),
    "285": (0, "5 vs up to six: compatible"),
    "335": (0, "at least 12 vs at least 10: compatible bounds"),
    "380": (0, "passes 500 vs 580: compatible"),
    "660": (0, "at least 45 vs at least 13: compatible bounds"),
    "746": (0, "at least 66 vs at least 47: compatible bounds"),
}


def ists_pairs(root: Path) -> list[Pair]:
    """Labelled iSTS headline pairs (see the module docstring)."""
    wa = (root / "ists_headlines" / "train" / "STSint.input.headlines.wa").read_text(
        encoding="utf-8", errors="replace")
    pairs: list[Pair] = []
    pattern = re.compile(r'<sentence id="(\d+)"[^>]*>\s*// (.*?)\n// (.*?)\n.*?<alignment>\n'
                         r"(.*?)</alignment>", re.S)
    for sid, a, b, alignment in pattern.findall(wa):
        labels: list[int] = []
        for line in alignment.strip().splitlines():
            parts = line.split(" // ")
            if len(parts) < 4 or parts[1].strip() == "NOALI":
                continue
            left, _, right = parts[3].partition("<==>")
            na, nb = chunk_numbers(left), chunk_numbers(right)
            if na and nb:
                labels.append(int(na != nb))
        if not labels:
            continue
        label: int | None = max(labels)
        if sid in ISTS_CHECKED:
            label = ISTS_CHECKED[sid][0]
        if label is not None:
            pairs.append(Pair(f"ists-{sid}", a, b, label))
    return pairs


# MRPC pairs hand-labelled for this benchmark: (#1 ID, #2 ID) -> 1 divergence / 0 not.
MRPC_LABELS: dict[tuple[str, str], int] = {}


def mrpc_candidates(root: Path) -> list[tuple[str, str, str, str]]:
    """MRPC train pairs where both sentences hold numbers and the number sets differ."""
    path = root / "mrpc" / "msr_paraphrase_train.txt"
    out: list[tuple[str, str, str, str]] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) != 5:
            continue
        _, id1, id2, a, b = cols
        na, nb = chunk_numbers(a), chunk_numbers(b)
        if na and nb and na != nb:
            out.append((id1, id2, a, b))
    return out


def mrpc_pairs(root: Path) -> list[Pair]:
    return [Pair(f"mrpc-{i1}-{i2}", a, b, MRPC_LABELS[(i1, i2)])
            for i1, i2, a, b in mrpc_candidates(root) if (i1, i2) in MRPC_LABELS]


def flagged(a: str, b: str, encoder: Encoder) -> bool:
    """Whether newsdiff finds a value/bound figure divergence between two texts."""
    result = compare([Report(id="a", text=a), Report(id="b", text=b)], encoder=encoder,
                     config=CONFIG)
    return any(d.kind == "figure" and d.subkind in {"value", "bound"}
               for d in result.divergences)


def score(pairs: Sequence[Pair], encoder: Encoder) -> tuple[dict[str, float], list[str]]:
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for p in pairs:
        got = flagged(p.a, p.b, encoder)
        if got and p.label:
            tp += 1
        elif got:
            fp += 1
            errors.append(f"FP {p.ident}: {p.a} || {p.b}")
        elif p.label:
            fn += 1
            errors.append(f"FN {p.ident}: {p.a} || {p.b}")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(pairs), "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": precision, "recall": recall, "f1": f1}, errors


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """1..999 in words (a simple reference speller)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {spell(rest)}" if rest else "")


def rewrite(text: str) -> str | None:
    """The text with every plain integer 1..999 spelled out (None when there is none).

    Numbers glued to letters or other digits (years, "6.8", "2-2", "$5") are left alone.
    """
    changed = False

    def repl(m: re.Match[str]) -> str:
        nonlocal changed
        value = int(m.group())
        if not 1 <= value <= 999:
            return m.group()
        changed = True
        return spell(value)

    out = re.sub(r"(?<![\w.,$£€:/\-])\d{1,3}(?![\w.,%:/\-])", repl, text)
    return out if changed else None


def rewrites(texts: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for t in texts:
        r = rewrite(t)
        if r is not None:
            out.append((t, r[0].upper() + r[1:]))
    return out


# BASIL sample: sentence key -> the figures that should be found, as (text, kind); a key
# that is absent means the extractor's output was checked and found right.
BASIL_GOLD: dict[str, list[tuple[str, str]]] = {}


def basil_sample(root: Path, size: int = 200, seed: int = 4) -> list[tuple[str, str, str]]:
    """(key, published, sentence) for a seeded sample of sentences that may hold figures."""
    cue = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
                     r"hundred|thousand|million|billion|percent|January|February|March|April|"
                     r"May|June|July|August|September|October|November|December|Monday|"
                     r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b", re.I)
    candidates: list[tuple[str, str, str]] = []
    for path in sorted((root / "basil" / "articles").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        published = str(doc.get("date") or "")[:10]
        paragraphs = doc.get("body-paragraphs") or doc.get("body") or []
        text = "\n\n".join(p if isinstance(p, str) else " ".join(p) for p in paragraphs)
        for s in split_sentences("x", text):
            sent = text[s.start:s.end]
            if cue.search(sent) and len(sent) < 400:
                candidates.append((f"{path.parent.name}/{path.stem}#{s.index}", published, sent))
    rng = random.Random(seed)
    return sorted(rng.sample(candidates, min(size, len(candidates))))


def extraction(sample: Sequence[tuple[str, str, str]]) -> dict[str, float]:
    found_total = gold_total = correct = 0
    for key, published, sent in sample:
        report = Report(id="x", text=sent, published=published or None)
        got = [(f.text, f.kind) for f in extract_figures(report, split_sentences("x", sent))]
        gold = BASIL_GOLD.get(key, got)
        found_total += len(got)
        gold_total += len(gold)
        correct += len(set(got) & set(gold))
    precision = correct / found_total if found_total else 1.0
    recall = correct / gold_total if gold_total else 1.0
    return {"sentences": len(sample), "gold figures": gold_total, "found": found_total,
            "correct": correct, "precision": precision, "recall": recall}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="data folder (default ../shared/data)")
    parser.add_argument("--encoder", choices=["minilm", "hashing"], default="minilm")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--dump-basil", action="store_true",
                        help="print the BASIL sample with extracted figures (for checking)")
    parser.add_argument("--dump-mrpc", action="store_true",
                        help="print the MRPC candidates (for labelling)")
    args = parser.parse_args(argv)
    root = data_dir(args.data)
    if root is None:
        return 0
    if args.dump_mrpc:
        for i1, i2, a, b in mrpc_candidates(root):
            print(f'("{i1}", "{i2}"): ?,  # {a} || {b}')
        return 0
    if args.dump_basil:
        for key, published, sent in basil_sample(root):
            report = Report(id="x", text=sent, published=published or None)
            got = [(f.text, f.kind) for f in extract_figures(report, split_sentences("x", sent))]
            print(f"{key} | {sent}\n    {got}")
        return 0
    encoder: Encoder = HashingEncoder() if args.encoder == "hashing" else \
        SentenceTransformerEncoder()
    started = time.perf_counter()
    rows: list[list[object]] = []
    all_errors: list[str] = []
    sets = {"iSTS headlines (aligned numeric chunks)": ists_pairs(root),
            "MRPC (hand-labelled, numbers differ)": mrpc_pairs(root)}
    for name, pairs in sets.items():
        stats, errors = score(pairs, encoder)
        all_errors += errors
        rows.append([name, stats["pairs"], stats["positives"], stats["tp"], stats["fp"],
                     stats["fn"], stats["precision"], stats["recall"], stats["f1"]])
    pooled = [p for pairs in sets.values() for p in pairs]
    stats, _ = score(pooled, encoder)
    rows.append(["all", stats["pairs"], stats["positives"], stats["tp"], stats["fp"],
                 stats["fn"], stats["precision"], stats["recall"], stats["f1"]])
    texts = [t for pairs in sets.values() for p in pairs for t in (p.a, p.b)]
    rewritten = rewrites(dict.fromkeys(texts))
    false_flags = [f"REWRITE {a} || {b}" for a, b in rewritten if flagged(a, b, encoder)]
    all_errors += false_flags
    ext = extraction(basil_sample(root))
    elapsed = time.perf_counter() - started
    table = markdown_table(
        ["set", "pairs", "gold divergences", "TP", "FP", "FN", "precision", "recall", "F1"],
        rows)
    ext_table = markdown_table(
        ["sample", "sentences", "gold figures", "found", "correct", "precision", "recall"],
        [["BASIL sentences with number/date cues", ext["sentences"], ext["gold figures"],
          ext["found"], ext["correct"], ext["precision"], ext["recall"]]])
    body = f"""## Figures (`benchmarks/figures.py`)

Command: `.venv/bin/python -m benchmarks.figures --encoder {args.encoder}`
({elapsed:.0f} s). Machine: {machine()}.

Figure divergence between two one-sentence reports run through `newsdiff.compare`
(flag = a `figure` divergence of subkind `value` or `bound`). Labels: iSTS pairs whose gold
alignment aligns numeric chunks (divergence when the aligned numbers differ, checked by
hand); MRPC pairs with differing numbers, hand-labelled by pair id in the script.

{table}

Rewrites (each number 1-999 of those sentences spelled in words, compared with the
original): {len(false_flags)} false flags on {len(rewritten)} rewritten sentences.

Extraction, hand-checked sample of BASIL sentences (seed 4; gold = the figures a
fact-checker would list, span text and kind must both match):

{ext_table}
"""
    print(body)
    if args.show_errors:
        print("\n".join(all_errors), file=sys.stderr)
    write_section("figures", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
