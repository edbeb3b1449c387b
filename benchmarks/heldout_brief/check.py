"""Check a held-out cluster folder and its gold file (the helpers' checker, see BRIEF.md).

Usage: ``python3 check.py FOLDER/SLUG`` (the gold is ``FOLDER/SLUG.gold.json``).
Checks: each report has the header (outlet, title, published, url) and a body; every needle
and span in the gold occurs exactly once in its report's text; every sentence of every
report lies under at least one fact needle (a rough sentence split, not newsdiff's); kinds
and subkinds are known. Exit status 1 when anything is wrong.
"""

import json
import re
import sys
from pathlib import Path

KINDS = {"figure": {"value", "bound", "internal", "sources"},
         "quote": {"altered", "trimmed", "misattributed", "indirect_vs_direct"},
         "framing": {"word_choice", "actor_naming", "attribution", "hedge", "voice"}}
HEADER = ["outlet", "title", "published", "url"]
SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201cA-Z0-9])")


def read_reports(folder: Path, problems: list[str]) -> dict[str, str]:
    texts = {}
    for f in sorted(folder.glob("*.txt")):
        raw = f.read_text(encoding="utf-8")
        head = raw.partition("\n\n")[0].splitlines()
        fields = dict(line.split(": ", 1) for line in head if ": " in line)
        if [line.split(":", 1)[0] for line in head][:4] != HEADER:
            problems.append(f"{f.name}: the header lines must be {', '.join(HEADER)}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields.get("published", "")):
            problems.append(f"{f.name}: published must be YYYY-MM-DD")
        texts[f.stem] = raw
    return texts


def main(folder: Path) -> int:
    problems: list[str] = []
    texts = read_reports(folder, problems)
    print(f"{len(texts)} reports: {', '.join(texts)}")
    gold = json.loads((folder.parent / f"{folder.name}.gold.json").read_text(encoding="utf-8"))
    problems += [f"gold lacks {k!r}" for k in ("event", "facts", "divergences", "agreements")
                 if k not in gold]

    def once(rid: str, needle: str, where: str) -> tuple[int, int] | None:
        n = texts.get(rid, "").count(needle)
        if rid not in texts or n != 1:
            problems.append(f"{where}: {rid}: {needle!r} occurs {n} times (must be once)")
            return None
        i = texts[rid].index(needle)
        return i, i + len(needle)

    covered: dict[str, list[tuple[int, int]]] = {rid: [] for rid in texts}
    for fact, where in gold.get("facts", {}).items():
        for rid, needle in where:
            span = once(rid, needle, f"fact {fact}")
            if span and rid in covered:
                covered[rid].append(span)
    for key in ("divergences", "agreements"):
        for e in gold.get(key, []):
            kind, about = e.get("kind"), e.get("about")
            if kind not in KINDS or (key == "divergences" and e.get("subkind") not in KINDS[kind]):
                problems.append(f"{key} {about!r}: kind/subkind {kind}/{e.get('subkind')}")
            if not about:
                problems.append(f"{key}: an entry without 'about'")
            for rid, needle in e.get("spans", {}).items():
                once(rid, needle, f"{key} {about!r}")
    for rid, raw in texts.items():
        body = raw.index("\n\n") + 2
        for m in re.finditer(r"[^\n]+", raw[body:]):
            starts = [0] + [x.end() for x in SENTENCE_END.finditer(m.group())]
            for a, b in zip(starts, [*starts[1:], len(m.group())], strict=True):
                s, e = body + m.start() + a, body + m.start() + b
                if not any(cs < e and s < ce for cs, ce in covered[rid]):
                    problems.append(f"{rid}: sentence in no fact: {raw[s:e].strip()[:80]!r}")
    print("\n".join(problems) if problems else "OK: no problems found")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
