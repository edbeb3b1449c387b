"""The real thing: the bundled all-MiniLM-L6-v2 on the example reports, through the CLI too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from contract import check_contract

from newsdiff import Comparison, SentenceTransformerEncoder, compare, load_reports
from newsdiff.render.json import ComparisonDoc

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def examples(compare_examples: Callable[..., Comparison]) -> Comparison:
    return compare_examples()


def group_of(comparison: Comparison, report: str, needle: str) -> set[str]:
    """Ids of the groups holding the sentence of ``report`` that contains ``needle``."""
    index = next(s.index for s in comparison.sentences_of(report)
                 if needle in s.text_in(comparison.report(report)))
    return {g.id for g in comparison.groups for m in g.members
            if m.report == report and index in m.sentences}


def test_examples_satisfy_the_contract(examples: Comparison) -> None:
    data = check_contract(examples.to_json())
    ComparisonDoc.model_validate(data)
    assert data["model"] == "all-MiniLM-L6-v2"
    assert [r["id"] for r in data["reports"]] == [
        "daily-courier", "globe", "northern-post", "radio-metro", "tribune", "wire"]
    assert examples.reports[0].source == "The Daily Courier"


def test_reordered_facts_are_aligned(examples: Comparison) -> None:
    # The operation name opens daily-courier and comes late in wire.
    assert group_of(examples, "daily-courier", "Operation Absolute Resolve") & group_of(
        examples, "wire", "Operation Absolute Resolve")
    # Trump's threats close every report that has them.
    assert group_of(examples, "wire", "five more countries") & group_of(
        examples, "globe", "five more countries")


def test_a_group_spans_most_reports(examples: Comparison) -> None:
    widest = max(len(g.reports) for g in examples.groups)
    assert widest >= 4
    assert examples.groups[0].score > 0.4


def test_reverse_order_gives_identical_output(
    examples: Comparison, examples_dir: Path, real_encoder: SentenceTransformerEncoder
) -> None:
    reports = load_reports([examples_dir])
    again = compare(list(reversed(reports)), encoder=real_encoder)
    assert again.to_json() == examples.to_json()


def test_cli_json_on_the_examples(tmp_path: Path) -> None:
    """What independent evaluations run: the installed command, fresh process, real model."""
    files = sorted(str(p) for p in (ROOT / "examples" / "caracas-raid").glob("*.txt"))
    out = tmp_path / "out.json"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "compare", *files, "--format", "json", "-o", str(out),
         "--cache", str(tmp_path / "cache")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    data = check_contract(out.read_text())
    assert len(data["reports"]) == 6
    # A warm run with the cache gives the same document.
    proc2 = subprocess.run(
        [sys.executable, "-m", "newsdiff", "compare", *reversed(files), "--format", "json",
         "--cache", str(tmp_path / "cache")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)
    assert proc2.returncode == 0, proc2.stderr
    assert json.loads(proc2.stdout) == data


def test_output_does_not_depend_on_hash_randomisation(tmp_path: Path) -> None:
    """Set and dict order of strings changes with PYTHONHASHSEED; the output must not."""
    outputs = set()
    for seed in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "newsdiff", "compare", str(ROOT / "examples" / "caracas-raid"),
             "--model", "hashing", "--no-cache", "--format", "json", "-q"],
            capture_output=True, text=True, cwd=tmp_path, timeout=300,
            env={**os.environ, "PYTHONHASHSEED": seed, "HF_HUB_OFFLINE": "1"})
        assert proc.returncode == 0, proc.stderr
        check_contract(proc.stdout)
        outputs.add(proc.stdout)
    assert len(outputs) == 1
