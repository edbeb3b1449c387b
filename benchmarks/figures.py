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

**Dev and test halves.**  The labelled pairs (iSTS and MRPC) are split by a stable hash of
the pair id (:func:`half`: the first byte of SHA-256 of the id, even = ``dev``, odd =
``test``), so the split does not depend on file order, Python's hash seed or which pairs
are labelled.  Rules are developed looking at the dev half only; the test half is scored
for the report.  Tables give dev, test and all.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from text_to_num import text2num

from benchmarks._common import data_dir, machine, markdown_table, spell, write_section
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


def half(ident: str) -> str:
    """``"dev"`` or ``"test"``: a stable split of the labelled pairs by their id.

    >>> half("ists-390"), half("mrpc-816251-816455")
    ('dev', 'dev')
    """
    return "dev" if hashlib.sha256(ident.encode("utf-8")).digest()[0] % 2 == 0 else "test"


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
# The first 105 candidates in file order.  1: one quantity, incompatible values (the same
# index or share price at two moments counts: a fact-checker comparing the two reports
# would flag it; "4 percent" vs "3.71 percent" too, as 3.71 does not round to 3).  0: the
# numbers are about different things (Nasdaq vs S&P, Senate vs House plan), agree ("more
# than $7 million" vs "$7.1 million", "$40 million" vs "$39.5 million"), or one side only
# adds a number.
MRPC_LABELS: dict[tuple[str, str], int] = {
    ("1571034", "1571098"): 0, ("20674", "20598"): 0, ("381394", "381254"): 0,
    ("1521784", "1521350"): 0, ("672378", "672334"): 1, ("883875", "883827"): 0,
    ("3413983", "3413920"): 0, ("2122781", "2122817"): 0, ("938879", "938895"): 0,
    ("144089", "143697"): 0, ("2786920", "2786884"): 1, ("953482", "953745"): 0,
    ("2451691", "2451742"): 1, ("1490044", "1489975"): 0, ("2859844", "2859942"): 0,
    ("2553549", "2553713"): 0, ("2829648", "2829613"): 0, ("1091577", "1091178"): 1,
    ("2806874", "2806929"): 0, ("1091268", "1091301"): 1, ("2496469", "2496417"): 0,
    ("2564891", "2565017"): 1, ("2916184", "2916154"): 0, ("1958648", "1958602"): 0,
    ("36516", "36820"): 1, ("3261219", "3261244"): 0, ("1297360", "1297335"): 0,
    ("650292", "650062"): 0, ("55562", "55529"): 0, ("1256514", "1256639"): 0,
    ("644788", "644816"): 0, ("969189", "969381"): 1, ("2216702", "2216672"): 0,
    ("392798", "392735"): 0, ("175648", "175674"): 1, ("68016", "67933"): 0,
    ("1569832", "1569899"): 1, ("388283", "388371"): 1, ("2905139", "2904947"): 0,
    ("1642377", "1641945"): 0, ("2497083", "2497357"): 0, ("2427913", "2427947"): 0,
    ("840255", "840252"): 0, ("927971", "927923"): 0, ("1726893", "1726944"): 0,
    ("799342", "799270"): 0, ("1729705", "1729745"): 0, ("458141", "458283"): 0,
    ("2749410", "2749625"): 0, ("554905", "554627"): 0, ("1054682", "1054537"): 1,
    ("1530510", "1530311"): 0, ("1660835", "1660765"): 0, ("174280", "174670"): 0,
    ("2403100", "2403192"): 0, ("191355", "191501"): 1, ("2414161", "2413910"): 0,
    ("2886706", "2886559"): 0, ("501887", "501917"): 0, ("684554", "684840"): 0,
    ("2963943", "2963880"): 0, ("2578315", "2578177"): 0, ("1848001", "1848224"): 0,
    ("2518830", "2518940"): 0, ("1240324", "1240337"): 0, ("2413558", "2413644"): 0,
    ("3065846", "3065703"): 0, ("949774", "949346"): 1, ("1181157", "1180896"): 0,
    ("786531", "786685"): 0, ("2609476", "2609428"): 0, ("95816", "95866"): 0,
    ("129988", "130086"): 1, ("3061836", "3062031"): 0, ("1236820", "1236712"): 1,
    ("902161", "901479"): 0, ("816251", "816455"): 1, ("62655", "62543"): 0,
    ("1744257", "1744378"): 0, ("1730685", "1730772"): 0, ("964055", "963933"): 1,
    ("2056769", "2056762"): 0, ("1892114", "1892189"): 0, ("1469314", "1469250"): 0,
    ("633745", "633767"): 1, ("555553", "555528"): 0, ("969512", "969295"): 0,
    ("205145", "204942"): 0, ("2939925", "2939981"): 0, ("1091318", "1091268"): 1,
    ("3046158", "3046275"): 0, ("1077097", "1076865"): 0, ("2383571", "2383561"): 1,
    ("1479716", "1479628"): 0, ("1096232", "1096391"): 1, ("578547", "577866"): 0,
    ("2576454", "2576555"): 1, ("248301", "248261"): 1, ("1265264", "1265297"): 0,
    ("1965766", "1965716"): 0, ("392080", "392190"): 0, ("2225543", "2225652"): 0,
    ("2221459", "2221675"): 1, ("3041807", "3041719"): 0, ("186673", "186613"): 1,
}


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


def score(pairs: Sequence[Pair], flags: dict[str, bool] | Encoder,
          ) -> tuple[dict[str, float], list[str]]:
    """Precision/recall of the flags (a dict pair id -> flagged, or an encoder to run)."""
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for p in pairs:
        got = flags[p.ident] if isinstance(flags, dict) else flagged(p.a, p.b, flags)
        if got and p.label:
            tp += 1
        elif got:
            fp += 1
            errors.append(f"FP {p.ident} ({half(p.ident)}): {p.a} || {p.b}")
        elif p.label:
            fn += 1
            errors.append(f"FN {p.ident} ({half(p.ident)}): {p.a} || {p.b}")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(pairs), "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": precision, "recall": recall, "f1": f1}, errors


SAME_EVENT = Path(__file__).parent / "labels" / "figure_pairs_same_event.tsv"


def same_event_rows(pairs: Sequence[Pair], flags: dict[str, bool]) -> list[list[object]]:
    """The labelled divergences (and any flagged pair) split by a blind judge's answer to
    "do both texts report one event?" (``labels/figure_pairs_same_event.tsv``)."""
    judged: dict[str, str] = {}
    if SAME_EVENT.exists():
        with SAME_EVENT.open(encoding="utf-8") as fh:
            judged = {r["id"]: r["judgement"] for r in csv.DictReader(fh, delimiter="\t")}
    rows: list[list[object]] = []
    for answer in ("same", "unclear", "different"):
        chosen = [p for p in pairs if judged.get(p.ident) == answer]
        gold = [p for p in chosen if p.label]
        found = sum(flags[p.ident] for p in gold)
        false = sum(flags[p.ident] for p in chosen if not p.label)
        rows.append([answer, len(gold), found, len(gold) - found, false,
                     f"{found / len(gold):.3f}" if gold else "-"])
    return rows


def rewrite(text: str) -> str | None:
    """The text with every plain integer 1..999 spelled out (None when there is none).

    Numbers glued to letters or other digits (years, "6.8", "2-2", "$5", "80 937") are
    left alone.
    """
    changed = False

    def repl(m: re.Match[str]) -> str:
        nonlocal changed
        value = int(m.group())
        if not 1 <= value <= 999:
            return m.group()
        changed = True
        return spell(value)

    out = re.sub(r"(?<![\w.,$£€:/\-])(?<!\d )\d{1,3}(?![\w.,%:/\-])(?! \d)", repl, text)
    return out if changed else None


def rewrites(texts: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for t in texts:
        r = rewrite(t)
        if r is not None:
            out.append((t, r[0].upper() + r[1:]))
    return out


# BASIL sample: sentence key -> the figures that should be found, as (text, kind); a key
# that is absent means the extractor's output was checked by hand and found right.  The
# check was done on the output of this version of the extractor (so it is anchored on it:
# a second annotator would likely find a few more misses).
# Policy: dates include weekdays, months and relative days; "first"/"second" and ranks
# ("No. 3") are not counted as figures; "one" only where it counts something.
BASIL_GOLD: dict[str, list[tuple[str, str]]] = {
    "2010/6f95dcb9-e960-45ac-8c0e-91b85724c909_3#1": [("three-day", "measure"),
                                                       ("Saturday", "date")],
    "2011/97566c74-e000-49fb-b091-e6ec6e179de0_1#6": [("1980s", "year")],
    "2012/b5eefefb-2a33-45de-abe1-f855c94165f4_1#21": [("Thursday", "date"),
                                                        ("more than a week", "measure")],
    "2012/cad4bba5-cf97-45cb-8059-ebeb47dcec7a_1#1": [("nearly an hour", "measure"),
                                                       ("Thursday evening", "date")],
    "2012/f11c2566-848a-4e29-b8c5-4de0a81114e4_1#0": [("Monday", "date"),
                                                       ("one-in-three", "percent"),
                                                       ("November", "date")],
    "2014/ccf19ab6-7878-4378-b99c-2b08cc21371f_2#2": [("one-page", "measure"),
                                                       ("this week", "date")],
    "2015/6e502405-bc90-4416-a787-3122918aa648_2#27": [("2014", "year"), ("35.72", "percent"),
                                                        ("45.8 percent", "percent")],
    "2015/7f9c83f7-3efa-4c7a-adef-3ebdeda96042_2#7": [("one country", "count")],
    "2016/1b96a5db-8974-46d3-82d7-5dfef02f650e_3#9": [("just over a month", "measure"),
                                                       ("15 years", "measure"),
                                                       ("nearly 3,000 people", "count")],
    "2016/79bf99c6-6fca-4ce4-8ae1-8771de026142_1#25": [("80s", "age")],
}


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


def basil_clusters(root: Path) -> list[list[Report]]:
    """BASIL events as clusters of real reports (Fox News, HuffPost, NYT)."""
    events: dict[str, list[Report]] = {}
    for path in sorted((root / "basil" / "articles").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = doc.get("body-paragraphs") or []
        text = "\n\n".join(p if isinstance(p, str) else " ".join(p) for p in paragraphs)
        if text.strip():
            events.setdefault(str(doc.get("triplet-uuid")), []).append(Report(
                id=str(doc.get("source", path.stem)).lower(), text=text,
                published=str(doc.get("date") or "")[:10] or None))
    return [reps for _, reps in sorted(events.items())
            if len({r.id for r in reps}) == len(reps) >= 2]


def neus_clusters(root: Path) -> list[list[Report]]:
    """NeuS/AllSides three-outlet clusters (``test.source``: excerpts split at ``[SEP]``)."""
    path = root / "neus_allsides" / "test.source"
    clusters: list[list[Report]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        reports = []
        for i, part in enumerate(p.strip() for p in line.split("[SEP]")):
            m = re.match(r"TITLE=>(.*?)ARTICLE=>(.*)", part, re.S)
            text = (m.group(2) if m else part).strip()
            if text:
                reports.append(Report(id=f"o{i}", text=text))
        if len(reports) >= 2:
            clusters.append(reports)
    return clusters


def cluster_flags(clusters: Sequence[Sequence[Report]], encoder: Encoder) -> list[str]:
    """Every figure divergence newsdiff reports on real clusters (to be judged by hand)."""
    out = []
    for reports in clusters:
        result = compare(list(reports), encoder=encoder, config=CONFIG)
        out += [f"{d.subkind}: {d.message}" for d in result.divergences if d.kind == "figure"]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="data folder (default ../shared/data)")
    parser.add_argument("--encoder", choices=["minilm", "hashing"], default="minilm")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--dump-basil", action="store_true",
                        help="print the BASIL sample with extracted figures (for checking)")
    parser.add_argument("--dump-mrpc", action="store_true",
                        help="print the MRPC candidates (for labelling)")
    parser.add_argument("--neus", action="store_true",
                        help="only print the figure flags on the NeuS/AllSides clusters "
                             "(a hand check of real coverage; writes nothing)")
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
    if args.neus:
        found = cluster_flags(neus_clusters(root), encoder)
        print(f"{len(found)} figure divergence(s) on NeuS/AllSides clusters")
        print("\n".join("- " + f for f in found))
        return 0
    started = time.perf_counter()
    rows: list[list[object]] = []
    all_errors: list[str] = []
    pair_errors: list[str] = []
    sets = {"iSTS headlines (aligned numeric chunks)": ists_pairs(root),
            "MRPC (hand-labelled, numbers differ)": mrpc_pairs(root)}
    flags: dict[str, bool] = {}  # pair id -> flagged (each pair is compared once)
    for pairs in sets.values():
        for p in pairs:
            flags[p.ident] = flagged(p.a, p.b, encoder)
    for part in ("dev", "test", "all"):
        for name, pairs in [*sets.items(), ("all", [p for ps in sets.values() for p in ps])]:
            chosen = [p for p in pairs if part == "all" or half(p.ident) == part]
            stats, errors = score(chosen, flags)
            if part == "all" and name != "all":
                pair_errors += errors
            rows.append([part, name, stats["pairs"], stats["positives"], stats["tp"],
                         stats["fp"], stats["fn"], stats["precision"], stats["recall"],
                         stats["f1"]])
    same_table = markdown_table(
        ["one event? (blind judge)", "gold divergences", "flagged", "missed",
         "flags on gold-negative pairs", "recall"],
        same_event_rows([p for ps in sets.values() for p in ps], flags))
    texts = [t for pairs in sets.values() for p in pairs for t in (p.a, p.b)]
    rewritten = rewrites(dict.fromkeys(texts))
    false_flags = [f"REWRITE {a} || {b}" for a, b in rewritten if flagged(a, b, encoder)]
    all_errors += pair_errors + false_flags
    ext = extraction(basil_sample(root))
    clusters = basil_clusters(root)
    cluster_found = cluster_flags(clusters, encoder)
    elapsed = time.perf_counter() - started
    table = markdown_table(
        ["half", "set", "pairs", "gold divergences", "TP", "FP", "FN", "precision", "recall",
         "F1"], rows)
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
Halves: pairs are split into `dev` and `test` by the first byte of SHA-256 of the pair id
(even = dev), see `half()` in the script; rules are developed on dev only.

{table}

Most of these gold divergences are numbers of two different events, which is how iSTS and
MRPC pair their sentences, not how coverage of one event differs. A judge that read only the
pair texts (no code, no flags; 2026-12-01, `labels/figure_pairs_same_event.tsv`) answered for
every gold divergence, and the one false flag there was then, whether both texts report
one event:

{same_table}

The misses are mostly pairs of different events (the rules keep different names and places
apart on purpose); recall on the pairs that surely report one event is the first row. Flags
on pairs of different events count as right in the main table; coverage of one event does
not hold such pairs.

Rewrites (each number 1-999 of those sentences spelled in words, compared with the
original): {len(false_flags)} false flags on {len(rewritten)} rewritten sentences.

Real coverage: all {len(clusters)} BASIL events (2-3 outlets each) compared with the
figure finder alone: {len(cluster_found)} figure divergence(s) reported, listed here to be
judged by hand (these outlets rarely disagree on a figure, so most flags here are false):

{chr(10).join("- " + f for f in cluster_found) or "(none)"}

Gold labels: none changed in this version (the hand fixes of the mechanical iSTS labels
are `ISTS_CHECKED` in the script, each with its reason).

Pairs still wrong (FN = divergence missed, FP = false flag; half in brackets):

{chr(10).join("- " + e for e in pair_errors) or "(none)"}

Rules of this version, developed on the dev half (see `newsdiff/claims/subjects.py`,
`comparable.py`, `divergences/figures.py`): market snapshots get a role (`change` after a
move word, `level` after "to/at", `from`) and the name they belong to ("Oracle shares fell
27 cents, or 2 percent, to $13.09"), compared only between aligned sentences, by role,
head class and overlapping names, never across two currencies, and a rise vs a fall of one
size disagrees; aligned sentences that each state one toll of people compare although they
name the victims differently ("10 foreign tourists" vs "11 foreign climbers"; plural nouns
only, never soldiers vs civilians, nations and "more" must agree); figures without an event
word and dates are not compared when the two sentences share no name but name different
things (the Senate vs the House plan, two victims; nations and short abbreviations do not
count); a term after "sentenced/jailed to/for" is a prison term compared across groups
when the defendants' names agree; a percentage without a subject that is the only one of
its report, in aligned sentences that name nothing ("They remain 40 percent below ..."
vs "The stock remains 43 percent below ..."), is compared like one in sentences that name
the same things.

History on the halves (MiniLM, same labels): before this version (commit dacbc75) dev P
0.962 / R 0.847 (50 TP, 2 FP, 9 FN), test P 0.961 / R 0.766 (49 TP, 2 FP, 15 FN). With the
rules, scored before the test half was looked at (commit 2963cf8): dev P 1.000 / R 0.932
(55 TP, 0 FP, 4 FN), test P 0.965 / R 0.859 (55 TP, 2 FP, 9 FN). One of those test false
flags (iSTS 439, "3 more dead" vs "4 dead") was a bug of the new sole-toll rule (it
dropped the "more" rule the other comparisons keep) and was fixed afterwards: the table
above is after that fix, so the test half is not blind for that pair. The split was made
after the previous version's error list (all pairs) had been read, so the ideas behind the
rules were not blind to the test half either. At commit 4d04b68 the table read test P
0.982 / R 0.859, all P 0.991 / R 0.894. Two later fixes (ca03d6a: sentences are no longer
cut inside market codes such as '<.SPX>', a miss the test-half error list showed; 60136c4:
'fell 1.2 percent to 10,500' is a change and a level, not a range, found by a code review)
raised test recall to the table above, so those test pairs are not blind either. The
nameless-percentage rule (2026-12-01, ninth session) raised dev recall from 0.932 to 0.949
(all 0.911 to 0.919) and changed nothing on the test half. The eleventh session's rules
(drawn from held-out dev clusters: prices per person, percentage points, vote tallies,
totals said to comprise parts, one figure of a kind in each report's aligned sentences)
changed nothing in this table; a looser first version of the last rule added five false
flags here (MRPC: an average against a median survival, two plans of two chambers) and 11 on
BASIL, and was tightened before it was committed. The twelfth session's rules (what a
number stands in when another number's clause tells the event, what an amount is the value
of, fractions as percentages, weekday clashes with bare weekdays, more breakdown forms; run
at 7fc53ef and again at 0262b82) changed nothing in this table either. The thirteenth
session's rules (a number in the same place of two alike aligned sentences, a list that
nearly makes the total before it, a stated change or share its numbers do not make)
change nothing here as committed (0b9f094); their first version (b13a2be) added one false
flag on the test half (MRPC: analysts' expected 27 cents a share against the 29 cents
made), and the guard that a forecast and an outcome are two quantities was drawn from that
pair, so it is not blind.

Reading of what is left: the iSTS labels count "the same quantity" across different events
(the prison terms of Manning and of Castro, Tokyo vs Singapore shares, "2 U.S. soldiers" in
Afghanistan vs "8 soldiers" in Pakistan); the rules keep different names and nations apart
on purpose, because on real coverage of one event those are parts, not contradictions.
"1,800 more settler homes" vs "1500" keeps the "more" rule (an increment is not a total).
Tickers such as "<.SPX>" or ".IXIC" no longer split a sentence at the dot (ca03d6a). The
last false flag, one subject with two meanings (mrpc-62655-62543, test half: 105 million
shares held vs 10 million given away), went in the thirty-fourth session with a rule drawn
from a dev cluster: a count the other report also tells of the same noun in an aligned
sentence ('10 million AOL shares') covers it. A new false flag came with the thirty-fifth
session's times of day (mrpc-1521784-1521350, test half: two Fourth of July parades in two
towns that begin at 10:30 a.m. and 11 a.m.); it is left as it is rather than fixed from the
test half (the time rule compares aligned sentences that share words around the time, and
these share 'parade begins').

On the 70 BASIL events the one flag of the previous version (a false one, "nearly 60"
seats vs 194) is gone and none came. Also checked by hand (`--neus`, not in the tables):
the figure finder alone on the 307 three-outlet NeuS/AllSides clusters
(`neus_allsides/test.source`, excerpts split at `[SEP]`): 7 flags before this version and 7
after; one old false flag went away (a deficit's growth compared with a deficit), one new
flag came (the Dow "down nearly 1,861.81 points" vs "1,861.82 points", a real 0.01
disagreement).

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
