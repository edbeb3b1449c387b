"""The rules of DESIGN.md's JSON contract, checked on one output document.

Shared by the property tests (fast encoder) and the end-to-end tests (real model).
"""

from __future__ import annotations

import json
from typing import Any

KINDS = {"figure", "quote", "framing", "omission"}
SUBKINDS = {
    "figure": {"value", "bound", "internal", "sources"},
    "quote": {"altered", "trimmed", "extended", "misattributed", "indirect_vs_direct"},
    "framing": {"word_choice", "attribution", "hedge", "actor_naming", "voice"},
    "omission": {"missing"},
}


def _not_json(name: str) -> None:
    raise AssertionError(f"{name} is not valid JSON")


def check_contract(result_json: str) -> dict[str, Any]:
    """Assert every rule of the contract on ``result_json``; return the parsed document."""
    data: dict[str, Any] = json.loads(result_json, parse_constant=_not_json)
    assert data["schema_version"] == "1"
    texts = {rep["id"]: rep["text"] for rep in data["reports"]}
    assert [r["id"] for r in data["reports"]] == sorted(texts)
    sentences: dict[str, list[dict[str, Any]]] = {}
    for rep in data["reports"]:
        text = rep["text"]
        previous = 0
        for k, s in enumerate(rep["sentences"]):
            assert s["index"] == k
            assert text[s["start"] : s["end"]] == s["text"]
            assert previous <= s["start"] < s["end"]
            previous = s["end"]
        # Sentences cover the body: only whitespace lies between or around them.
        covered = "".join(text[s["start"] : s["end"]] for s in rep["sentences"])
        assert "".join(covered.split()) == "".join(text.split())
        sentences[rep["id"]] = rep["sentences"]
    grouped = {(m["report"], i) for g in data["groups"] for m in g["members"]
               for i in m["sentences"]}
    for rid, sents in sentences.items():
        assert {(rid, i) for i in range(len(sents))} <= grouped
    assert all(i < len(sentences[r]) for r, i in grouped)
    assert [g["id"] for g in data["groups"]] == [f"g{i}" for i in range(len(data["groups"]))]
    group_ids = {g["id"] for g in data["groups"]}

    def check_span(span: dict[str, Any]) -> None:
        text = texts[span["report"]]
        assert text[span["start"] : span["end"]] == span["text"]
        sent = sentences[span["report"]][span["sentence"]]
        assert sent["start"] <= span["start"] <= span["end"] <= sent["end"]

    for item in data["figures"] + data["quotes"]:
        check_span(item)
    assert [d["id"] for d in data["divergences"]] == [
        f"d{i}" for i in range(len(data["divergences"]))]
    for div in data["divergences"]:
        assert div["kind"] in KINDS
        assert div["subkind"] in SUBKINDS[div["kind"]], div["subkind"]
        assert div["severity"] in {"high", "medium", "low"}
        assert div["message"]
        if div["subkind"] == "internal":
            assert div["group"] is None
        elif div["group"] is not None:
            assert div["group"] in group_ids
        if div["kind"] == "omission":
            assert div["missing"] and set(div["missing"]) <= set(texts)
        else:
            assert "missing" not in div
        for ev in div["evidence"]:
            check_span(ev)
    return data
