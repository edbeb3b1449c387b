"""Quotes: extraction and speakers against PolNeAR, and quote divergences on perturbed quotes.

Run: ``.venv/bin/python -m benchmarks.quotes [--data DIR] [--splits train,dev]
[--articles N] [--cases N] [--encoder real|hashing]``.

**1. Extraction against PolNeAR** (``../shared/data/polnear``, train and dev parts; one
annotator's file per article, the first by name).  Gold items are PolNeAR attributions
with a content span (direct quotes, partial quotes and indirect speech alike).  Our items
are everything :func:`newsdiff.claims.quotes.extract_quotes` returns on the raw article
text (segmented by :func:`newsdiff.segment.split_sentences`).

Matching rules:

* *content match*: a predicted quote and a gold attribution match when their character
  spans overlap in at least half of the shorter one (the gold content is the union of
  its pieces); each side is matched at most once, greedily by overlap size;
* *exact content*: a match whose words are equal after folding case, accents and
  punctuation (quote marks do not count);
* *direct* subset: gold contents that open or close with a quote mark, or sit between
  quote marks, against our ``direct`` quotes;
* *speaker*: on content matches whose gold source is not a pronoun (he, she, they, ...),
  the speaker is right when our speaker and the gold source share a word after folding
  and dropping titles and stop words ("Clinton" matches "Hillary Clinton"; "the
  campaign" vs "Clinton's campaign" matches on "campaign").  End-to-end speaker precision
  is right speakers over our quotes that name a speaker; recall is right speakers over
  gold attributions with a non-pronoun source;
* *verb*: on content matches with a gold cue, our verb is right when it is one of the
  cue's words.

**2. Quote divergences on perturbed quotes.**  Direct quotes from the same PolNeAR articles
(PolNeAR's gold: a named source written in the sentence, at least 6 words, one sentence,
no nested quote marks, no ``''`` marks) are the originals; the two ``indirect`` changes use
only quotes with an attribution verb (not "... ― Name").  Each gives two-report comparisons
(:func:`newsdiff.compare`, quotes only): report A is the original sentence, report B the
sentence changed in one way:

* ``identical`` and ``cosmetic`` (other quote-mark style, lower case, doubled spaces, no
  final punctuation inside the marks): no divergence expected;
* ``indirect, same words`` (quote marks removed): ``indirect_vs_direct`` (of low severity:
  reported speech against a direct quote, no quoted word lost; before commit 99972d6 no
  divergence was expected here);
* ``word swapped`` (one content word replaced by a content word of another quote):
  ``altered``;
* ``trimmed`` (the closing mark moved left by a third of the words): ``trimmed`` or
  ``extended`` (the same relation seen from either side);
* ``speaker changed`` (the speaker's name replaced by another quote's speaker):
  ``misattributed``;
* ``indirect, word swapped`` (marks removed and one content word replaced):
  ``indirect_vs_direct``.

Recall is the share of changed cases with a divergence of the expected subkind;
precision is the share of all quote divergences reported over all cases that are of the
expected subkind for a changed case.

**3. Speakers against BASIL** (``../shared/data/basil``).  BASIL marks biased phrases;
those inside quotes carry the speaker as an entity key ("Michael_Steele", or "other_*"
for unnamed sources).  Each article's paragraphs are joined (sentences by a space,
paragraphs by a blank line); a phrase is found by its first occurrence in the text.  For
phrases with a named speaker: *coverage* is the share inside (overlapping) one of our
direct quotes; *speaker accuracy* is the share of covered phrases whose quote has a speaker
sharing a name word with BASIL's entity.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks._common import data_dir, machine, markdown_table, write_section
from newsdiff import compare
from newsdiff.claims.quotes import extract_quotes
from newsdiff.claims.speakers import (
    PRONOUNS,
    TITLE_WORDS,
    fold,
    is_named,
    name_words,
    strip_title,
)
from newsdiff.config import Config
from newsdiff.divergences.quotes import content_words, quote_words
from newsdiff.encoders import Encoder, HashingEncoder, SentenceTransformerEncoder
from newsdiff.models import Quote, Report
from newsdiff.segment import split_sentences

_QUOTE_CHARS = "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb"
_NESTED = re.compile("[\"\u201c\u201d\u00ab\u00bb\u2018]|(^|\\s)'|['\u2019](\\s|$|[,.?!])")
_STOP = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "by", "with", "at",
                   "from", "his", "her", "their", "its"})


@dataclass(frozen=True)
class Gold:
    spans: tuple[tuple[int, int], ...]
    source: str | None
    cue: str | None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.spans)


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    gold: tuple[Gold, ...]


def load_polnear(root: Path, splits: Sequence[str], limit: int | None) -> list[Article]:
    """Articles with the attributions of the first annotator file for each."""
    articles: list[Article] = []
    for split in splits:
        seen: set[str] = set()
        for ann in sorted((root / "data" / split / "attributions").glob("*.ann")):
            base = ann.stem.rsplit("_", 1)[0]
            text_path = root / "data" / split / "text" / f"{base}.txt"
            if base in seen or not text_path.exists():
                continue
            seen.add(base)
            text = text_path.read_text(encoding="utf-8")
            articles.append(Article(base, text, tuple(_parse_ann(ann, text))))
    articles.sort(key=lambda a: a.name)
    if limit is not None:
        articles = random.Random(0).sample(articles, min(limit, len(articles)))
    return articles


def _parse_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            pieces = tuple((int(a), int(b)) for a, b in
                           (p.split() for p in offsets.split(";")))
            spans[parts[0]] = (kind, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold: list[Gold] = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        cue = spans.get(rel.get("Cue", ""))
        gold.append(Gold(content[1], _join(text, source[1]) if source else None,
                         _join(text, cue[1]) if cue else None))
    return gold


def _join(text: str, pieces: tuple[tuple[int, int], ...]) -> str:
    return " ".join(text[s:e] for s, e in pieces)


def _overlap(q: Quote, g: Gold) -> int:
    return sum(max(0, min(q.end, e) - max(q.start, s)) for s, e in g.spans)


def _is_direct(text: str, g: Gold) -> bool:
    content = text[g.start:g.end].strip()
    before = text[max(0, g.start - 2):g.start].strip()
    after = text[g.end:g.end + 2].strip()
    return bool(content) and (content[0] in _QUOTE_CHARS or content[-1] in _QUOTE_CHARS
                              or (bool(before) and before[-1] in _QUOTE_CHARS
                                  and bool(after) and after[0] in _QUOTE_CHARS))


def _speaker_words(phrase: str) -> set[str]:
    words = {re.sub(r"'s$", "", w) for w in re.findall(r"\w+(?:'\w+)*",
                                                       fold(strip_title(phrase)))}
    return words - _STOP - TITLE_WORDS


@dataclass
class Counts:
    values: Counter[str]

    def ratio(self, num: str, den: str) -> float:
        return self.values[num] / self.values[den] if self.values[den] else 0.0


def evaluate_extraction(articles: Sequence[Article]) -> Counts:
    c: Counter[str] = Counter()
    for art in articles:
        report = Report(id="a", text=art.text)
        preds = extract_quotes(report, split_sentences("a", art.text))
        c["pred"] += len(preds)
        c["gold"] += len(art.gold)
        c["pred_direct"] += sum(q.direct for q in preds)
        direct_gold = [_is_direct(art.text, g) for g in art.gold]
        c["gold_direct"] += sum(direct_gold)
        c["pred_speaker"] += sum(q.speaker is not None for q in preds)
        named_gold = [g.source is not None and g.source.casefold().strip() not in PRONOUNS
                      for g in art.gold]
        c["gold_named"] += sum(named_gold)
        pairs = sorted(((_overlap(q, g), qi, gi) for qi, q in enumerate(preds)
                        for gi, g in enumerate(art.gold)), reverse=True)
        used_q: set[int] = set()
        used_g: set[int] = set()
        for ov, qi, gi in pairs:
            if ov <= 0:
                break
            q, g = preds[qi], art.gold[gi]
            if qi in used_q or gi in used_g or ov < 0.5 * min(q.end - q.start, g.length):
                continue
            used_q.add(qi)
            used_g.add(gi)
            c["match"] += 1
            gold_text = _join(art.text, g.spans)
            c["exact"] += quote_words(q.text) == quote_words(gold_text)
            if q.direct:
                c["match_pred_direct"] += 1
            if direct_gold[gi]:
                c["match_gold_direct"] += 1
            if named_gold[gi]:
                c["match_named"] += 1
                assert g.source is not None
                right = q.speaker is not None and bool(
                    _speaker_words(q.speaker) & _speaker_words(g.source))
                c["speaker_right"] += right
                c["match_named_with_speaker"] += q.speaker is not None
            if g.cue is not None:
                c["match_cue"] += 1
                c["verb_right"] += q.verb is not None and fold(q.verb).split()[-1] in {
                    w for w in re.findall(r"\w+", fold(g.cue))}
    return Counts(c)


# ----------------------------------------------------------------------------------------
# perturbed quotes


@dataclass(frozen=True)
class Case:
    sentence: str
    start: int
    end: int
    speaker: str
    speaker_at: int
    verb: str | None


def collect_cases(articles: Sequence[Article], limit: int) -> list[Case]:
    """The originals: PolNeAR's own direct quotes with a named source written in the same
    sentence (drawn from the gold, so the sample does not move when our extractor or
    speaker rules change; it did until 2026-12-01)."""
    cases: list[Case] = []
    for art in articles:
        sentences = split_sentences("a", art.text)
        starts = [x.start for x in sentences]
        for g in art.gold:
            if len(g.spans) != 1 or not g.source or not _is_direct(art.text, g):
                continue
            s, e = g.spans[0]
            while s < e and (art.text[s] in _QUOTE_CHARS or art.text[s].isspace()):
                s += 1
            while e > s and (art.text[e - 1] in _QUOTE_CHARS or art.text[e - 1].isspace()):
                e -= 1
            sent = sentences[max(0, bisect.bisect_right(starts, s) - 1)]
            quote = art.text[s:e]
            if not sent.start < s or e >= sent.end or len(quote_words(quote)) < 6 \
                    or len(content_words(quote_words(quote))) < 2:
                continue
            if _NESTED.search(quote) or art.text[s - 1:s] == "'":
                continue  # nested quotes, or '' marks the changes would edit as one char
            text = art.text[sent.start:sent.end]
            speaker = g.source.strip()
            at = text.find(speaker)
            if at < 0 or "\n" in text or not is_named(strip_title(speaker)):
                continue
            if at < e - sent.start and at + len(speaker) > s - sent.start:
                continue
            cases.append(Case(text, s - sent.start, e - sent.start, speaker, at, g.cue))
    random.Random(1).shuffle(cases)
    return cases[:limit]


Perturb = Callable[[Case, random.Random, Sequence[Case]], str | None]


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _marks(case: Case) -> tuple[int, int]:
    """Offsets of the opening and closing quote marks around the quote."""
    o = case.start - 1
    while o >= 0 and case.sentence[o] not in _QUOTE_CHARS:
        o -= 1
    c = case.end
    while c < len(case.sentence) and case.sentence[c] not in _QUOTE_CHARS:
        c += 1
    return o, c


def _swap_word(quote: str, rng: random.Random, others: Sequence[Case]) -> str | None:
    words = list(re.finditer(r"[A-Za-z]{3,}", quote))
    candidates = [m for m in words if content_words([m.group().casefold()])]
    if not candidates:
        return None
    target = rng.choice(candidates)
    pool = [w for o in others for w in re.findall(r"[A-Za-z]{4,}", o.sentence[o.start:o.end])
            if content_words([w.casefold()]) and w.casefold() not in quote.casefold()]
    if not pool:
        return None
    return _replace(quote, target.start(), target.end(), rng.choice(pool))


def identical(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    return case.sentence


def cosmetic(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    o, c = _marks(case)
    if o < 0 or c >= len(case.sentence):
        return None
    quote = case.sentence[case.start:case.end].lower().replace(" ", "  ").rstrip(".!?")
    straight = case.sentence[o] == '"'
    open_mark, close_mark = ("\u201c", "\u201d") if straight else ('"', '"')
    inner = case.sentence[o + 1:case.start] + quote + case.sentence[case.end:c]
    return case.sentence[:o] + open_mark + inner + close_mark + case.sentence[c + 1:]


def word_swapped(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    new = _swap_word(case.sentence[case.start:case.end], rng, others)
    return None if new is None else _replace(case.sentence, case.start, case.end, new)


def trimmed(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    o, c = _marks(case)
    if c >= len(case.sentence):
        return None
    quote = case.sentence[case.start:case.end]
    spaces = [m.start() for m in re.finditer(r" ", quote)]
    if len(spaces) < 5:
        return None
    cut = spaces[len(spaces) - len(spaces) // 3]
    mark = case.sentence[c]
    kept, rest = quote[:cut], quote[cut:]
    tail = case.sentence[case.end:c]
    return case.sentence[:case.start] + kept + mark + rest + tail + case.sentence[c + 1:]


_BARE_NAME = re.compile(r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,2}")


def speaker_changed(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    mine = set(name_words(case.speaker))
    # another speaker's bare name ('Chris Matthews'), not a gold source phrase with its
    # description ('Latino Decisions researcher Sylvia Manzano, who directed the polling')
    names = [o.speaker for o in others if _BARE_NAME.fullmatch(o.speaker)
             and is_named(o.speaker) and not set(name_words(o.speaker)) & mine]
    if not names:
        return None
    return _replace(case.sentence, case.speaker_at, case.speaker_at + len(case.speaker),
                    rng.choice(names))


def _unquoted(sentence: str, case: Case) -> str | None:
    o, c = _marks(case)
    if o < 0 or c >= len(sentence):
        return None
    return sentence[:o] + sentence[o + 1:c] + sentence[c + 1:]


def indirect_same(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    return _unquoted(case.sentence, case) if case.verb else None


def indirect_swapped(case: Case, rng: random.Random, others: Sequence[Case]) -> str | None:
    swapped = word_swapped(case, rng, others) if case.verb else None
    if swapped is None:
        return None
    shift = len(swapped) - len(case.sentence)
    moved = Case(swapped, case.start, case.end + shift, case.speaker, case.speaker_at, case.verb)
    return _unquoted(swapped, moved)


PERTURBATIONS: list[tuple[str, Perturb, frozenset[str]]] = [
    ("identical", identical, frozenset()),
    ("cosmetic", cosmetic, frozenset()),
    ("indirect, same words", indirect_same, frozenset({"indirect_vs_direct"})),
    ("word swapped", word_swapped, frozenset({"altered"})),
    ("trimmed", trimmed, frozenset({"trimmed", "extended"})),
    ("speaker changed", speaker_changed, frozenset({"misattributed"})),
    ("indirect, word swapped", indirect_swapped, frozenset({"indirect_vs_direct"})),
]


def evaluate_divergences(cases: Sequence[Case], encoder: Encoder) -> dict[str, Counter[str]]:
    config = Config(kinds=("quote",))
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for k, case in enumerate(cases):
        if k and k % 50 == 0:
            print(f"  {k}/{len(cases)} perturbed quotes", file=sys.stderr)
        others = [o for o in cases if o is not case][:50]
        for name, perturb, expected in PERTURBATIONS:
            rng = random.Random(k * 31 + len(name))
            changed = perturb(case, rng, others)
            if changed is None:
                continue
            reports = [Report(id="a", text=case.sentence), Report(id="b", text=changed)]
            found = [d.subkind for d in compare(reports, encoder=encoder,
                                                config=config).divergences]
            c = per[name]
            c["cases"] += 1
            c["flagged"] += bool(found)
            c["divergences"] += len(found)
            c["right"] += sum(s in expected for s in found)
            c["hit"] += bool(expected & set(found))
            for s in found:
                c[f"subkind:{s}"] += 1
    return per


def evaluate_basil(root: Path) -> Counter[str]:
    """Coverage and speaker accuracy of BASIL's quoted phrases with a named speaker."""
    c: Counter[str] = Counter()
    for ann_path in sorted((root / "annotations").glob("*/*_ann.json")):
        art_path = root / "articles" / ann_path.parent.name / ann_path.name.replace("_ann", "")
        if not art_path.exists():
            continue
        article = json.loads(art_path.read_text(encoding="utf-8"))
        text = "\n\n".join(" ".join(p) for p in article.get("body-paragraphs", []))
        if not text.strip():
            continue
        report = Report(id="a", text=text)
        quotes = [q for q in extract_quotes(report, split_sentences("a", text)) if q.direct]
        annotations = json.loads(ann_path.read_text(encoding="utf-8"))
        for a in annotations.get("phrase-level-annotations", []):
            speaker = a.get("speaker") or ""
            if a.get("quote") != "yes" or not speaker or speaker.startswith("other"):
                continue
            phrase = a.get("txt", "").strip("\u201c\u201d\" ")
            at = text.find(phrase) if phrase else -1
            if at < 0:
                continue
            c["phrases"] += 1
            hit = next((q for q in quotes if q.start < at + len(phrase) and at < q.end), None)
            if hit is None:
                continue
            c["covered"] += 1
            c["with_speaker"] += hit.speaker is not None
            c["speaker_right"] += hit.speaker is not None and bool(
                _speaker_words(hit.speaker) & _speaker_words(speaker.replace("_", " ")))
    return c


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", help="the shared data folder (default ../shared/data)")
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--articles", type=int, default=None,
                        help="use a random sample of this many articles (default all)")
    parser.add_argument("--cases", type=int, default=150, help="perturbed quotes to build")
    parser.add_argument("--encoder", choices=["real", "hashing"], default="real")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if data is None:
        return 0
    root = data / "polnear"
    if not root.is_dir():
        print(f"skipped: {root} not found", file=sys.stderr)
        return 0
    splits = [s for s in args.splits.split(",") if s]
    t0 = time.perf_counter()
    articles = load_polnear(root, splits, args.articles)
    counts = evaluate_extraction(articles)
    t_extract = time.perf_counter() - t0
    v = counts.values

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    p, r = counts.ratio("match", "pred"), counts.ratio("match", "gold")
    pd, rd = counts.ratio("match_pred_direct", "pred_direct"), counts.ratio(
        "match_gold_direct", "gold_direct")
    sp_m = counts.ratio("speaker_right", "match_named_with_speaker")
    sr_m = counts.ratio("speaker_right", "match_named")
    sp_e = counts.ratio("speaker_right", "pred_speaker")
    sr_e = counts.ratio("speaker_right", "gold_named")
    extraction_rows: list[list[object]] = [
        ["content span, all attributions", v["pred"], v["gold"], p, r, f1(p, r)],
        ["content span, direct quotes", v["pred_direct"], v["gold_direct"], pd, rd, f1(pd, rd)],
        ["speaker, on matched spans", v["match_named_with_speaker"], v["match_named"],
         sp_m, sr_m, f1(sp_m, sr_m)],
        ["speaker, end to end", v["pred_speaker"], v["gold_named"], sp_e, sr_e,
         f1(sp_e, sr_e)],
    ]
    exact = counts.ratio("exact", "match")
    verb = counts.ratio("verb_right", "match_cue")
    print(markdown_table(["PolNeAR " + "+".join(splits), "ours", "gold", "precision",
                          "recall", "F1"], extraction_rows))
    print(f"exact content among matches: {exact:.3f}; verb = gold cue word: {verb:.3f}")

    encoder: Encoder = HashingEncoder() if args.encoder == "hashing" else \
        SentenceTransformerEncoder()
    t1 = time.perf_counter()
    cases = collect_cases(articles, args.cases)
    per = evaluate_divergences(cases, encoder)
    t_div = time.perf_counter() - t1
    rows: list[list[object]] = []
    total: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    for name, _, expected in PERTURBATIONS:
        c = per[name]
        total.update(c)
        if expected:
            changed.update(c)
        subkinds = ", ".join(f"{k.split(':', 1)[1]} {n}" for k, n in sorted(c.items())
                             if k.startswith("subkind:")) or "-"
        rows.append([name, "/".join(sorted(expected)) or "none", c["cases"],
                     c["hit"] / c["cases"] if expected and c["cases"] else "-",
                     c["flagged"] / c["cases"] if c["cases"] else 0.0, subkinds])
    recall = changed["hit"] / changed["cases"] if changed["cases"] else 0.0
    precision = total["right"] / total["divergences"] if total["divergences"] else 0.0
    table2 = markdown_table(["perturbation", "expected", "cases", "recall (expected subkind)",
                             "share flagged", "subkinds found"], rows)
    print(table2)
    print(f"quote-divergence recall {recall:.3f}, precision {precision:.3f}")

    basil_root = data / "basil"
    basil_lines: list[str] = []
    if basil_root.is_dir():
        b = evaluate_basil(basil_root)
        cov = b["covered"] / b["phrases"] if b["phrases"] else 0.0
        acc = b["speaker_right"] / b["covered"] if b["covered"] else 0.0
        acc_given = b["speaker_right"] / b["with_speaker"] if b["with_speaker"] else 0.0
        basil_rows: list[list[object]] = [
            ["quoted phrases with a named speaker", b["phrases"]],
            ["inside one of our direct quotes (coverage)", cov],
            ["speaker right, of covered", acc],
            ["speaker right, of covered with a speaker", acc_given],
        ]
        table3 = markdown_table(["BASIL", "value"], basil_rows)
        print(table3)
        basil_lines = ["", "**Speakers against BASIL** (rules in the module docstring).", "",
                       table3]
    else:
        print(f"BASIL skipped: {basil_root} not found", file=sys.stderr)
    body = "\n".join([
        "## Quotes (`benchmarks/quotes.py`)",
        "",
        f"Machine: {machine()}.",
        "Command: `" + " ".join([".venv/bin/python -m benchmarks.quotes",
                                 *(sys.argv[1:] if argv is None else argv)]) + "`",
        "",
        f"**Extraction against PolNeAR** ({len(articles)} articles of {'+'.join(splits)}, "
        f"{t_extract:.0f} s).  Spans match when they overlap in at least half of the shorter; "
        "speakers match when they share a word after folding accents/case and dropping "
        "titles and stop words; gold pronoun sources are left out of speaker scoring "
        "(rules in the module docstring).",
        "",
        markdown_table(["PolNeAR", "ours", "gold", "precision", "recall", "F1"],
                       extraction_rows),
        "",
        f"Exact content (same words) among matched spans: {exact:.3f}.  "
        f"Our verb is a word of the gold cue: {verb:.3f}.",
        "",
        f"**Quote divergences on perturbed real quotes** ({len(cases)} direct quotes of "
        f"PolNeAR's gold with a named source in the sentence, {args.encoder} encoder, "
        f"{t_div:.0f} s): report A is the original sentence, report B the changed one. "
        "Until 2026-12-01 the quotes were drawn among those our own extractor attributed "
        "to a named speaker, which left out the quotes it cannot attribute (recall 0.889 "
        "at e8e61c2 on that sample; the code of 0ceab27 scored 0.897 on it); drawn from "
        "the gold, the same code of e8e61c2 scores 0.808.",
        "",
        table2,
        "",
        f"Quote-divergence **recall {recall:.3f}**, **precision {precision:.3f}** "
        "(targets: 0.90 and 0.85).",
        *basil_lines,
    ])
    write_section("quotes", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
