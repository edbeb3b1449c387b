"""The documentation runs: every code example in README.md and docs/*.md is executed,
the generated pages (CLI reference, JSON schema) match their sources, and the site
builds with ``mkdocs build --strict``.

Python blocks of one page run in order in one namespace; ``console`` blocks run each
``$ newsdiff ...`` line through the CLI's ``main()`` and compare the output shown under
it (``...`` matches anything).  Both run in a scratch directory that sees the examples,
with the real model (loaded once per session, its vectors memoised across examples).
"""

from __future__ import annotations

import argparse
import doctest
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from newsdiff import cli
from newsdiff.encoders import SentenceTransformerEncoder, Vectors

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)
# Blocks that are not run: data and generated reference (text, json), shell set-up.
NOT_RUN = {"", "text", "json"}
SETUP_COMMANDS = ("make ", ". .venv/bin/activate", "source ", "pip ", "python3 -m venv",
                  "git clone", "cd ")


def blocks(page: Path) -> list[tuple[str, str]]:
    """The fenced code blocks of ``page`` as (language, code), in order."""
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(page.read_text("utf-8"))]


class MemoEncoder:
    """The real encoder, each distinct text encoded once for the whole test module."""

    def __init__(self, inner: SentenceTransformerEncoder) -> None:
        self.inner = inner
        self.memo: dict[str, Vectors] = {}

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def encode(self, texts: Sequence[str]) -> Vectors:
        todo = list(dict.fromkeys(t for t in texts if t not in self.memo))
        if todo:
            for text, vector in zip(todo, self.inner.encode(todo), strict=True):
                self.memo[text] = vector
        if not texts:
            return self.inner.encode([])
        return np.stack([self.memo[t] for t in texts])


@pytest.fixture(scope="module")
def memo_encoder(real_encoder: SentenceTransformerEncoder) -> MemoEncoder:
    return MemoEncoder(real_encoder)


@pytest.fixture()
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            memo_encoder: MemoEncoder) -> Path:
    """A working directory with ``examples/`` and the real (memoised) model as default."""
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDIFF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr("newsdiff.pipeline.SentenceTransformerEncoder",
                        lambda *args, **kwargs: memo_encoder)
    monkeypatch.setattr(cli, "make_encoder", lambda model, **kwargs: memo_encoder)
    return tmp_path


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


def test_pages_have_only_runnable_or_setup_blocks() -> None:
    for page in PAGES:
        for lang, code in blocks(page):
            where = f"{page_id(page)}: ```{lang} block"
            if lang == "bash":
                for line in code.splitlines():
                    line = line.split("#", 1)[0].strip()
                    assert not line or line.startswith(SETUP_COMMANDS), (
                        f"{where} runs {line!r}: only set-up commands may sit in bash "
                        "blocks; show newsdiff commands in ```console blocks so they run")
            else:
                assert lang in NOT_RUN | {"python", "console"}, (
                    f"{where}: use python, console, bash (set-up only), text or json")


@pytest.mark.model
@pytest.mark.parametrize("page", [p for p in PAGES if any(
    lang == "python" for lang, _ in blocks(p))], ids=page_id)
def test_python_examples_run(page: Path, scratch: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for n, (lang, code) in enumerate(blocks(page)):
        if lang != "python":
            continue
        try:
            exec(compile(code, f"{page_id(page)} (block {n})", "exec"), namespace)
        except Exception as exc:  # pragma: no cover - the failure report
            pytest.fail(f"{page_id(page)}, python block {n} failed: {exc!r}\n{code}")
    capsys.readouterr()


def console_commands(page: Path) -> list[tuple[str, str]]:
    """Each ``$ newsdiff ...`` command of the page's console blocks with its shown output."""
    found = []
    for lang, code in blocks(page):
        if lang != "console":
            continue
        for chunk in re.split(r"^(?=\$ )", code, flags=re.M):
            if not chunk.strip():
                continue
            command, _, expected = chunk.partition("\n")
            assert command.startswith("$ newsdiff "), (
                f"{page_id(page)}: console commands must start with '$ newsdiff', "
                f"got {command!r}")
            found.append((command[2:], expected))
    return found


@pytest.mark.model
@pytest.mark.parametrize("page", [p for p in PAGES if console_commands(p)], ids=page_id)
def test_console_examples_run(page: Path, scratch: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for command, expected in console_commands(page):
        argv = shlex.split(command)[1:]
        status = cli.main(argv)
        captured = capsys.readouterr()
        output = captured.out + captured.err
        want_error = "newsdiff: error:" in expected
        assert status == (2 if want_error else 0), f"{command}: exit {status}\n{output}"
        if expected.strip():
            assert checker.check_output(expected, output, flags), (
                f"{page_id(page)}: `{command}` printed\n{output}\nbut the page shows\n"
                f"{expected}")
        if not want_error and "-o" in argv:
            assert (scratch / argv[argv.index("-o") + 1]).stat().st_size > 0


def test_generated_pages_are_current() -> None:
    """docs/cli.md and docs/json.md hold what their cog blocks generate today."""
    proc = subprocess.run([sys.executable, "-m", "cogapp", "--check", "docs/cli.md",
                           "docs/json.md"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "88"})
    assert proc.returncode == 0, (
        f"generated docs are stale ({proc.stdout}{proc.stderr.strip()}); "
        "run `make docs` (or `.venv/bin/cog -r docs/cli.md docs/json.md`)")


def test_cli_reference_names_every_option() -> None:
    reference = (ROOT / "docs" / "cli.md").read_text("utf-8")
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in commands.choices.items():
        assert f"## newsdiff {name}" in reference
        for action in command._actions:
            for option in action.option_strings:
                assert option in reference, f"docs/cli.md lacks {name} {option}"


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                           "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    api = (site / "api" / "index.html").read_text("utf-8")
    assert "Compare two or more reports of one event" in api  # mkdocstrings ran
    assert (site / "html-view.png").exists()
    assert not (site / "screenshot.py").exists()
