"""Framing and omission benchmarks (issue 6).

Run ``.venv/bin/python -m benchmarks.framing`` (add ``--data DIR`` for another data folder,
``--limit N`` for fewer BASIL triplets, ``--only babe`` / ``newswcl50`` / ``basil`` for one
part; a partial run prints its tables and leaves docs/benchmarks.md alone).

BABE evaluates the hand-written lexicons, ``loaded_terms.tsv`` among them; nothing in the
package is derived from BABE, so every BABE sentence is test data.  The table also gives
the held-out 20 % (first byte of the SHA-256 of the text divisible by 5) on which an
earlier, BABE-derived word list was measured, so the two can be compared.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from benchmarks._common import data_dir, machine, markdown_table, write_section
from newsdiff.align import content_terms, dice
from newsdiff.cache import EmbeddingCache
from newsdiff.claims.framing import Lexicons, load_lexicons, sentence_cues
from newsdiff.config import Config
from newsdiff.divergences.omissions import unique_content
from newsdiff.encoders import SentenceTransformerEncoder
from newsdiff.models import Comparison, Report
from newsdiff.pipeline import compare
from newsdiff.segment import split_sentences

PARTS = ("babe", "newswcl50", "basil")
#: A cut group is "tight" when every two of its members share this much content (Dice):
#: a group that tells one fact, not a loose topical match.
TIGHT = 0.3
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


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def babe_eval(data: Path) -> list[list[object]]:
    """BABE: biased-word and biased-sentence detection by the lexicons, on all sentences
    and on the held-out 20 % split."""
    lex = load_lexicons()
    everything = babe_rows(data)
    out: list[list[object]] = []
    for split, rows in (("all", everything),
                        ("held-out 20 %", [r for r in everything if held_out(r[0])])):
        out += [[task, split, *scores] for task, scores in _babe_scores(rows, lex)]
    return out


def _babe_scores(rows: list[tuple[str, bool, list[str]]], lex: Lexicons,
                 ) -> list[tuple[str, list[object]]]:
    tp = fp = fn = 0
    stp = sfp = sfn = 0
    cats = ("loaded", "word_choice", "actor", "attribution", "hedge")
    for text, biased, words in rows:
        gold = {w for phrase in words for w in words_of(phrase)} - _NOT_LOADED
        cues = [c for c in sentence_cues("b", 0, text, 0, lex)
                if c.category in cats and c.loading >= 1]
        pred = {w for c in cues for w in words_of(c.text)} - _NOT_LOADED
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        hit = bool(cues)
        stp += hit and biased
        sfp += hit and not biased
        sfn += (not hit) and biased
    wp, wr, wf = prf(tp, fp, fn)
    sp, sr, sf = prf(stp, sfp, sfn)
    return [("biased words (token level)", [len(rows), wp, wr, wf]),
            ("biased sentences (any loaded cue)", [len(rows), sp, sr, sf])]


@dataclass
class Triplet:
    uuid: str
    reports: list[Report]
    lexical: list[tuple[str, int, int]]
    informational: list[tuple[str, int, int]]


def basil_triplets(data: Path, *, limit: int = 0) -> list[Triplet]:
    """BASIL events as three reports each, with bias spans located in the report texts."""
    by_uuid: dict[str, list[Path]] = {}
    for f in sorted((data / "basil" / "articles").glob("*/*.json")):
        by_uuid.setdefault(f.stem.rsplit("_", 1)[0], []).append(f)
    out = []
    for uuid, files in sorted(by_uuid.items()):
        if len(files) != 3:
            continue
        reports, lexical, informational = [], [], []
        for f in files:
            art = json.loads(f.read_text(encoding="utf-8"))
            text = "\n\n".join(" ".join(p) for p in art["body-paragraphs"] if p)
            rid = str(art.get("source", f.stem))
            reports.append(Report(id=rid, text=text, title=art.get("title")))
            ann = data / "basil" / "annotations" / f.parent.name / f"{f.stem}_ann.json"
            if not ann.exists():
                continue
            for a in json.loads(ann.read_text(encoding="utf-8"))["phrase-level-annotations"]:
                span = str(a["txt"]).strip().strip('"“”')
                at = text.find(span) if span else -1
                if at < 0:
                    continue
                (lexical if a["bias"] == "lex" else informational).append(
                    (rid, at, at + len(span)))
        out.append(Triplet(uuid, reports, lexical, informational))
        if limit and len(out) >= limit:
            break
    return out


def _overlaps(span: tuple[str, int, int], spans: list[tuple[str, int, int]]) -> bool:
    rid, s, e = span
    return any(r == rid and s < e2 and s2 < e for r, s2, e2 in spans)


def _sentence_spans(c: Comparison, keys: set[tuple[str, int]]) -> list[tuple[str, int, int]]:
    return [(r.id, s.start, s.end) for r, sents in zip(c.reports, c.sentences, strict=True)
            for s in sents if (r.id, s.index) in keys]


def remove_sentences(report: Report, spans: list[tuple[int, int]]) -> Report:
    """The report with the given character spans cut out."""
    text = report.text
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + text[e:]
    return report.model_copy(update={"text": text})


def basil_eval(triplets: list[Triplet], encoder: SentenceTransformerEncoder,
               cache: EmbeddingCache, config: Config, *, sample: list[str]) -> dict[str, object]:
    lex_hit = lex_all = inf_hit = inf_all = 0
    n_framing = n_omission = n_sentences = 0
    perturbed = recalled = 0
    tight_cut = tight_found = 0
    copies_total = copies_found = copies_flags = 0
    by_sub: Counter[str] = Counter()
    started = time.perf_counter()
    rng = random.Random(6)
    flags: list[str] = []
    for k, t in enumerate(triplets):
        c = compare(t.reports, encoder=encoder, cache=cache, config=config)
        n_sentences += sum(len(s) for s in c.sentences)
        framing_spans = [(e.report, e.start, e.end) for d in c.divergences
                         if d.kind == "framing" for e in d.evidence]
        for d in c.divergences:
            by_sub[f"{d.kind}/{d.subkind}"] += 1
            if d.kind == "framing":
                context = " | ".join(f"[{e.report}] {c.sentence_text(e.report, e.sentence)}"
                                     for e in d.evidence)
                flags.append(f"{t.uuid} {d.group} {d.subkind}: {d.message}\n    {context}")
        n_framing += sum(d.kind == "framing" for d in c.divergences)
        n_omission += sum(d.kind == "omission" for d in c.divergences)
        lex_all += len(t.lexical)
        lex_hit += sum(_overlaps(s, framing_spans) for s in t.lexical)
        unique = unique_content(c, config=config)
        listed = {(r, i) for r, ix in unique.items() for i in ix}
        listed |= {(e.report, e.sentence) for d in c.divergences if d.kind == "omission"
                   for e in d.evidence}
        listed_spans = _sentence_spans(c, listed)
        inf_all += len(t.informational)
        inf_hit += sum(_overlaps(s, listed_spans) for s in t.informational)
        # Perturbation: cut the sentences of a group all three reports state from one report.
        full = [g for g in c.groups if len(g.members) == 3]
        rng.shuffle(full)
        victims: dict[str, list[tuple[int, int]]] = {}
        expected: list[tuple[str, set[tuple[str, str]], bool]] = []
        used: set[tuple[str, int]] = set()
        for g in full:
            if len(expected) == 4:
                break
            victim = c.reports[(k + len(expected)) % 3].id
            member = next(m for m in g.members if m.report == victim)
            if any((m.report, i) in used for m in g.members for i in m.sentences):
                continue
            sents = c.sentences_of(victim)
            victims.setdefault(victim, []).extend(
                (sents[i].start, sents[i].end) for i in member.sentences)
            used.update((m.report, i) for m in g.members for i in m.sentences)
            # by text: cutting other groups' sentences from a report shifts its offsets
            others = {(m.report, c.sentence_text(m.report, i)) for m in g.members
                      if m.report != victim for i in m.sentences}
            held = [frozenset().union(*(content_terms(c.sentence_text(m.report, i))
                                        for i in m.sentences)) for m in g.members]
            tight = min(dice(a, b) for a, b in combinations(held, 2)) >= TIGHT
            expected.append((victim, others, tight))
        if not expected:
            continue
        cut = [remove_sentences(r, victims[r.id]) if r.id in victims else r for r in c.reports]
        c2 = compare(cut, encoder=encoder, cache=cache, config=config.model_copy(
            update={"kinds": ("omission",)}))
        for victim, others, tight in expected:
            hit = any(victim in (d.missing or ()) and any(
                (e.report, e.text) in others for e in d.evidence)
                for d in c2.divergences)
            perturbed += 1
            recalled += hit
            tight_cut += tight
            tight_found += tight and hit
        # Copies: one real article three times, two different sentences cut from each copy;
        # every cut sentence is still stated by the two other copies.
        base = t.reports[0]
        sents = split_sentences(base.id, base.text)
        long_enough = [s_ for s_ in sents if len(content_terms(s_.text_in(base))) >= 4]
        if len(long_enough) >= 8:
            picks = rng.sample(long_enough, 6)
            copies, cut_of = [], {}
            for n, name in enumerate(("copy-a", "copy-b", "copy-c")):
                mine = picks[2 * n: 2 * n + 2]
                cut_of[name] = [s_.text_in(base) for s_ in mine]
                copies.append(remove_sentences(base.model_copy(update={"id": name}),
                                               [(s_.start, s_.end) for s_ in mine]))
            c3 = compare(copies, encoder=encoder, cache=cache, config=config.model_copy(
                update={"kinds": ("omission",)}))
            for name, texts in cut_of.items():
                for text in texts:
                    copies_total += 1
                    copies_found += any(name in (d.missing or ()) and any(
                        e.text == text for e in d.evidence) for d in c3.divergences)
            copies_flags += len(c3.divergences)
        print(f"  {k + 1}/{len(triplets)} triplets, {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    sample.extend(random.Random(60).sample(flags, min(40, len(flags))))
    return {"triplets": len(triplets), "sentences": n_sentences, "framing": n_framing,
            "omission": n_omission, "lex": (lex_hit, lex_all), "inf": (inf_hit, inf_all),
            "perturbed": (recalled, perturbed), "tight": (tight_found, tight_cut),
            "by_sub": by_sub,
            "copies": (copies_found, copies_total, copies_flags),
            "seconds": time.perf_counter() - started}


def newswcl50_eval(data: Path) -> list[list[object]]:
    """Lexicon coverage of NewsWCL50 events 0-4: of the concepts that outlets name in
    different words, how many have at least one wording our cues classify."""
    path = data / "newswcl50" / "Annotations.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    if lines and lines[0].startswith("sep="):
        lines = lines[1:]
    lex = load_lexicons()
    concepts: dict[tuple[str, str, str], dict[str, set[str]]] = {}
    for r in csv.DictReader(lines):
        if r["code_type"] not in ("ACTOR", "ACTOR-I", "GROUP", "COUNTRY", "ACTION", "EVENT"):
            continue
        key = (r["event_id"], r["code_type"], r["code_name"])
        concepts.setdefault(key, {}).setdefault(r["code_mention"].strip(), set()).add(
            r["publisher_id"])
    rows = []
    for kind in ("ACTOR", "GROUP", "COUNTRY", "ACTION", "EVENT", "all"):
        varied = covered = mentions = cued = 0
        for (_, ctype, _), wordings in concepts.items():
            if kind != "all" and ctype != kind and not (kind == "ACTOR" and ctype == "ACTOR-I"):
                continue
            publishers = set().union(*wordings.values())
            if len(wordings) < 2 or len(publishers) < 2:
                continue
            varied += 1
            hits = [w for w in wordings if any(
                c.category in ("actor", "word_choice", "loaded", "hedge")
                for c in sentence_cues("n", 0, w, 0, lex))]
            mentions += len(wordings)
            cued += len(hits)
            covered += bool(hits)
        rows.append([kind, varied, covered / varied if varied else 0.0,
                     cued / mentions if mentions else 0.0])
    return rows


HAND_CHECK = """### Precision on hand-checked framing and omission flags

**Latest measure on real coverage: round 11 (commit 1187e3e, 2026-12-03), 61 of 106 framing
flags right (0.58)**: every framing flag that code raised on the 307 NeuS/AllSides clusters,
the 70 BASIL triplets, the ECB+ sub-topic clusters and NewsWCL50 events 0-4, judged by two
helpers that read no code (`labels/realcoverage_framing_round11.tsv`): hedge 26/46,
word_choice 16/27, attribution 14/21, actor_naming 5/8, voice 0/4. The clusters were split
by hash before reading: dev half 41/65 (0.63), test half 20/41 (0.49); rules since are drawn
from dev reasons only and `benchmarks/framing_round11.py` replays both halves (its section
below). Most wrong flags are hedges on another fact than the one the other report states
plainly, and attribution verbs of two different statements. Target 0.80: not met.

Round 10 (commit 02865f6), 11 of 13 framing flags right (0.85): every framing flag the code of
its day raised on the ECB+ sub-topic clusters no round had labelled, the 307 NeuS/AllSides
clusters and the 70 BASIL triplets (the data had been read in earlier rounds, these flags had
not; `labels/realcoverage_framing_round10.tsv`): hedge 6/7, attribution 3/3, word_choice 1/1,
actor_naming 1/1, voice 0/1; wrong: a lacking report that keeps the same distance in other words
('police who claim'), a passive whose other report names nobody. The sample is small because the
code is now sparing on real coverage (13 flags on 460 clusters). Pooled with the blind rounds
6-8 (32/48) and the semi-blind round 9 (22/39): 65 of 100 (0.65); with round 11, 126 of 206
(0.61).

**Held-out measures before: framing precision 32 of 48 = 0.67 over rounds 6 to 8** (target 0.80,
not met). Round 8 (commit ea5ee6b): 2 of 5 on the only flags of sets never used for framing (STS
Benchmark headlines of 2016, tweet-news 2014): the other report's word as charged (2), different
facts (1). Round 8 also judged the 50 real-coverage flags that the optional loose-sentence rule
(`Config(framing_told_share=0.6)`, a loaded word in sentences below the diff ratio whose clause
another report tells) adds: 28 of 50 (0.56), so it stays off by default (labels/README.md, round
8). Round 6 (commit 40a0702): 24 of 31 (0.77), all framing flags on the 750 MSRpar test pairs
(10/12) and the 3,000 STS headline pairs of 2013-2015 (14/19), each pair two one-text reports;
errors: different facts (4), a literal word the other text never states (2), a different speaker
(1). Round 7 (commit 1e305ef, after one fix of reported speech): 6 of 12 (0.50) on the iSTS
headline pairs, the deft-news pairs and one AllSides flag; word_choice 1/7 ('amnesty' in a
lower-cased name, a headline's single-quoted word, different facts). By subkind over rounds 5-7:
hedges 33/44, attribution 17/23, actor_naming 3/6, voice 2/3, word_choice 11/25 (the loaded-word
insertions are right about half of the time, whatever their loading). Short pairs are easier
than whole articles: ECB+ articles were 12/18 in round 5. After round 7, loaded words are told
only between sentences with a token diff ratio of 0.5 (commit 5339d68, 0.4 before): on the
labels of rounds 4-7 that drops 5 wrong loaded-word flags and 1 right one (chosen on those
labels, so in-sample; not re-judged).

**Round 5 (commit 2afb550): 36 of 58 = 0.62**. All 18 framing flags on ECB+ sub-topic clusters
of topics not used in round 4 (whole documents as reports): 12/18; 40 of the 54 framing flags on
the 4,076 MRPC sentence pairs (each pair two one-sentence reports, `random.Random(66)`): 24/40.
By subkind: hedge 16/25, attribution 13/18, word_choice 4/8, voice 2/3, actor_naming 1/4. Main
errors: the lacking report has an equivalent hedge in other words ('as much as', 'was estimated
at', 'it is thought') (8); an equally loaded word on the other side ('autocrat' vs 'dictator')
(5); the word in someone's reported speech (4); the lacking report never tells the fact (3).

**Round 4 (commit 00c9f0d, before the rules drawn from it):** 14 of 46 = 0.30 on held-out
real coverage (40 of 126 ECB+ flags, `random.Random(65)`; all 6 flags of the test half of the
AllSides crawl `headline_11_2021-10-19_crawled_all.jsonl`); voice 0/12 (the report names the
agent a sentence away, or there is no human agent), 'murder' as a legal charge (6), different
facts (8). Its rules (00c9f0d: a cue is told only against a report whose sentence tells the
words of the cue's clause; loading gap 2 for word choice; doubting verbs must report a statement;
no 'so-called', no 'reportedly said') were drawn from the NeuS round below and from a dev half of
the crawl, where they kept 16 of 17 right flags (in-sample). Labels, judges and sampling:
benchmarks/labels/README.md (rounds 4 and 5). The judge is a reviewer helper that reads no code.

**Earlier rounds** (BASIL and NeuS/AllSides, before 00c9f0d; kept for the history):
**Held-out (NeuS/AllSides, never used to tune)**: all flags of commit 647cb5f on the 307
left/centre/right excerpt clusters of neus_allsides/test.source (390 flags, 1.27 a cluster: 32
framing, 110 fact and 189 detail omissions, 51 quote, 8 figure), judged by the same reviewer helper
with the round-1 criteria (benchmarks/labels/neus_*.tsv). Framing, all 32 flags: **12 of 32
correct (0.38)**; attribution 1/8, word_choice 5/10, hedge 5/11, voice 0/2, actor_naming 1/1.
Omissions (seed 64, judged against the excerpts): facts **15 of 30 (0.50)**, details **5 of 10
(0.50)**. Main errors: framing pairs different statements, facts or speakers (8 of 20 wrong, six of
them attribution), a lacking report that never states the fact or has an equivalent word (6),
words that do not distance ('so-called' for a term, the idiom 'claiming credit') (3), a passive
whose agent is named in the sentence before (2); fact omissions match loosely on topic, the stating
reports telling different facts (8 of 15), or the missing report tells the fact in other words or in
part (6); detail omissions are paraphrased in the missing report (3) or a generic phrase (2).

The judge was a reviewer helper reading each flag with its sentences and, where needed, the full
articles; labels and reasons are in benchmarks/labels/ (see its README). **Round 2, framing:** all
33 framing flags of commit f80a156 on the 70 BASIL triplets (no sample): **11 of 33 correct
(precision 0.33)**; attribution 7/15, word_choice 2/12, hedge 2/6. Correct: 'claimed', 'insisted',
'acknowledged' vs 'said' for one remark, 'reportedly' on a statement the others report as issued,
'excoriated' vs 'called to task', 'bogus lawsuits'. Wrong: the lacking report has the same or an
equivalent word ('massacre' too, 'asserts' in a quote, 'defended', 'accused', 'flip-flopped') (8);
the word sits in someone's reported speech or a reporters' question ('demonized', 'peddling',
'furious', 'appalling', 'liar', 'bogus' claims) (6); different statements or speakers (4); no
speech verb ('maintained a stance', the noun 'claims') (2); an outlet's own reading, a faithful
rounding (2). **Round 2, omissions** (commit 77cfcda, 278 fact and 34 detail omissions; seed
62): fact omissions **17 of 30 correct (0.57)**, detail omissions **7 of 10 (0.70)**, together
24/40 = 0.60. Fact errors: a loose topical match, the stating reports telling different facts or
quoting different speakers (7); the missing report tells the fact in other words or in part (6).
Detail errors: the missing report gives the detail in other words (3). **Round 1** (framing
sampled at a85ace0, seed 60: 9/40 = 0.23; omissions at a1d0b9f, seed 61: facts 10/30 = 0.33,
details 7/10 = 0.70). Earlier framing rounds scored 34/40 = 0.85 (commit 559f3e1) and 28/40 =
0.70 (commit 31d44b9) on other samples.
**Code after round 2** (6be214b, rules drawn from the round-1 and round-2 labels, so the
following is in-sample): of round 2's 33 framing flags, 25 are still raised at f80a156's
successor e3a20bf and 11 at 6be214b (6 right, 5 wrong); on the 70 BASIL triplets the code now
raises 10 framing flags (attribution 5, hedge 5), against 33 in round 2 and 106 before the
session. The held-out AllSides round above is the unbiased measure of this code.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", help="shared data folder (default ../shared/data)")
    parser.add_argument("--only", choices=PARTS,
                        help="run one part and print it (docs/benchmarks.md is not written)")
    parser.add_argument("--limit", type=int, default=0, help="at most N BASIL triplets")
    parser.add_argument("--sample", help="write the sampled framing flags to this file")
    parser.add_argument("--cache", help="embedding cache folder (default: a temporary one)")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if data is None:
        return 0
    config = Config()
    wanted = {args.only} if args.only else set(PARTS)
    parts = [f"Machine: {machine()}", "",
             "Command: `.venv/bin/python -m benchmarks.framing"
             + (f" --limit {args.limit}" if args.limit else "")
             + (f" --only {args.only}" if args.only else "") + "`", ""]
    if "babe" in wanted and (data / "babe").is_dir():
        parts += ["### BABE: hand-written lexicons against the expert labels",
                  "The lexicons, `loaded_terms.tsv` among them, are hand-written and were "
                  "not built or tuned on BABE, so all unique labelled BABE sentences (SG1 "
                  "and SG2, SG2 labels winning) are test data; the held-out 20 % (SHA-256 "
                  "rule in the script) is the split an earlier BABE-derived list was "
                  "measured on. A word is predicted biased when a word-choice, loaded, "
                  "actor, attribution or hedge cue with loading >= 1 covers it; a sentence "
                  "when it has any such cue.", "",
                  markdown_table(["task", "split", "sentences", "precision", "recall", "F1"],
                                 babe_eval(data)), ""]
    if "newswcl50" in wanted and (data / "newswcl50").is_dir():
        parts += ["### NewsWCL50 events 0-4: lexicon coverage of word-choice variation",
                  "Concepts (event, code) that at least two outlets name in two or more "
                  "wordings; covered when a framing cue classifies at least one wording. "
                  "This is lexicon recall only (NewsWCL50 ships annotations, not the "
                  "article texts, so the aligned pipeline is not run on it).", "",
                  markdown_table(["code type", "varied concepts", "concepts covered",
                                  "wordings with a cue"], newswcl50_eval(data)), ""]
    if "basil" in wanted and (data / "basil").is_dir():
        triplets = basil_triplets(data, limit=args.limit)
        encoder = SentenceTransformerEncoder(batch_size=config.batch_size)
        sample: list[str] = []
        with tempfile.TemporaryDirectory() as tmp:
            cache = EmbeddingCache(args.cache or tmp)
            res = basil_eval(triplets, encoder, cache, config, sample=sample)
        lh, la = res["lex"]  # type: ignore[misc]
        ih, ia = res["inf"]  # type: ignore[misc]
        pr, pn = res["perturbed"]  # type: ignore[misc]
        tr_, tn = res["tight"]  # type: ignore[misc]
        cf, ct, cflags = res["copies"]  # type: ignore[misc]
        by_sub: Counter[str] = res["by_sub"]  # type: ignore[assignment]
        parts += [
            "### BASIL triplets 2010-2016 (Fox, HuffPost, NYT), real pipeline",
            f"{res['triplets']} triplets, {res['sentences']} sentences, "
            f"{res['seconds']:.0f} s including the perturbed re-runs.", "",
            markdown_table(["measure", "hits", "of", "share"], [
                ["lexical-bias spans inside a framing flag's evidence", lh, la,
                 lh / la if la else 0.0],
                ["informational-bias spans in sentences listed unique or in an omission",
                 ih, ia, ih / ia if ia else 0.0],
                ["omission recall, copies (one article x3, 2 sentences cut per copy)",
                 cf, ct, cf / ct if ct else 0.0],
                ["omission recall, real triplets (a 3-report group's sentences cut from one "
                 "report)", pr, pn, pr / pn if pn else 0.0],
                [f"the same, groups whose three members share content (pairwise Dice >= "
                 f"{TIGHT})", tr_, tn, tr_ / tn if tn else 0.0],
            ]), "",
            f"Copies: {cflags} omissions flagged for {ct} cut sentences "
            f"(precision proxy {cf / cflags if cflags else 0.0:.3f}). In real triplets the "
            "3-report groups are often loose topical matches. Why cuts were missed "
            "(/tmp script on the first 25 triplets, 2026-11-30: 97 cuts, 28 found): in 62 "
            "the cut report still states the fact by the loose lexical check (another of "
            "its sentences holds 0.4 of the core words the two others share; 8 of these in "
            "groups whose members share content), in 6 the two others no longer agree "
            "enough (omission_agreement) or a wider omission covers them, in 1 they no "
            "longer align. Read by hand, most of the 62 come from loose groups whose two "
            "other members tell different facts, so the cut report's nearest sentence is as "
            "close as they are; among the tight ones some are right (the report restates "
            "the fact elsewhere: Obama's 'In God We Trust' remark) and some wrong (a "
            "sentence on the same family dispute counted as the Facebook post itself). "
            "Tightening the loose check would trade these for false omissions where a "
            "report tells the fact in other words (6 of 15 fact-omission errors on "
            "held-out AllSides), and no judged labels replay omissions, so it was not "
            "changed. Since 2026-12-01 (dd9ff12) a group is an omission only if its "
            "stating reports' sentences share an IDF-weighted Dice of 0.2 on average "
            "(Config.omission_tightness): real-triplet recall went 0.240 -> 0.198 and "
            "BASIL omission flags 306 -> 262, copies unchanged; on NewsWCL50 (fresh real "
            "coverage judged blind, benchmarks/labels/newswcl50_round1.tsv) it removed 9 of "
            "14 judged-wrong omission flags and none of the 6 right ones.", "",
            "Divergences found (per kind/subkind): "
            + ", ".join(f"{k} {v}" for k, v in sorted(by_sub.items())) + ".", "",
        ]
        parts += [HAND_CHECK]
        if args.sample:
            Path(args.sample).write_text("\n".join(sample) + "\n", encoding="utf-8")
    body = "\n".join(parts)
    print(body)
    if args.only:
        return 0
    write_section("framing", "## Framing and omissions (issue 6)\n\n" + body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
