"""The command line: formats, atomic output, one-line errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdiff import cli
from newsdiff.encoders import HashingEncoder

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def two_reports(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text("title: A\n\nFifty-five soldiers died. The raid was at night.")
    (tmp_path / "b.txt").write_text("The raid was at night. 55 soldiers died.")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.fixture()
def fast_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "make_encoder", lambda model, **kwargs: HashingEncoder())


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsdiff", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_json_to_file_is_valid_and_complete(
    tmp_path: Path, two_reports: list[str], fast_encoder: None
) -> None:
    out = tmp_path / "out.json"
    assert cli.main(["compare", *two_reports, "--format", "json", "-o", str(out),
                     "--no-cache"]) == 0
    data = json.loads(out.read_text())
    assert data["schema_version"] == "1"
    assert [r["id"] for r in data["reports"]] == ["a", "b"]
    assert {"groups", "figures", "quotes", "divergences"} <= set(data)
    assert not list(tmp_path.glob(".out.json.*"))


def test_text_format_to_stdout(
    two_reports: list[str], fast_encoder: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["compare", *two_reports, "--format", "text", "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "groups across 2 reports" in out
    assert "\x1b[" not in out  # plain when not a terminal


def test_cache_directory_is_used(tmp_path: Path, two_reports: list[str], fast_encoder: None,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    cache_dir = tmp_path / "cache"
    assert cli.main(["compare", *two_reports, "--format", "json", "--cache", str(cache_dir)]) == 0
    assert (cache_dir / "embeddings.sqlite3").exists()


def test_failed_run_leaves_no_output_file(tmp_path: Path, two_reports: list[str],
                                          fast_encoder: None) -> None:
    out = tmp_path / "out.json"
    status = cli.main(["compare", two_reports[0], str(tmp_path / "missing.txt"),
                       "-o", str(out), "--no-cache"])
    assert status == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["compare", "nope.txt", "nope2.txt"], "nope.txt: no such file"),
        (["compare", "Makefile", "pyproject.toml"], "unknown extension '(none)'"),
        (["compare", "pyproject.toml", "x.txt"], "unknown extension"),
    ],
)
def test_errors_are_one_line_exit_2_no_traceback(args: list[str], needle: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stdout == ""


def test_single_report_is_refused(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text("One report.")
    proc = run("compare", str(tmp_path / "only.txt"))
    assert proc.returncode == 2
    assert "at least 2" in proc.stderr


def test_unknown_kind_is_refused(two_reports: list[str]) -> None:
    proc = run("compare", *two_reports, "--kinds", "figure,gossip")
    assert proc.returncode == 2 and "unknown kind 'gossip'" in proc.stderr


def test_schema_command_prints_json_schema() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert schema["title"] == "newsdiff comparison"
    assert {"schema_version", "reports", "groups", "divergences"} <= set(schema["properties"])


def test_help_lists_commands_and_options() -> None:
    proc = run("compare", "--help")
    assert proc.returncode == 0
    for option in ("--format", "--model", "--cache", "--no-cache", "-o", "--kinds"):
        assert option in proc.stdout


def test_a_bug_is_one_line_not_a_traceback(
    two_reports: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(model: str, **kwargs: object) -> HashingEncoder:
        raise ZeroDivisionError("division by zero\nsecond line")

    monkeypatch.setattr(cli, "make_encoder", broken)
    monkeypatch.delenv("NEWSDIFF_DEBUG", raising=False)
    assert cli.main(["compare", *two_reports, "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("newsdiff: internal error: ZeroDivisionError: division by zero second")
    monkeypatch.setenv("NEWSDIFF_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli.main(["compare", *two_reports, "--no-cache"])


@pytest.mark.parametrize(("flag", "top_k"), [([], 0), (["--granularity", "event"], 1)])
def test_granularity_chooses_the_alignment_preset(
    two_reports: list[str], fast_encoder: None, monkeypatch: pytest.MonkeyPatch,
    flag: list[str], top_k: int,
) -> None:
    from newsdiff import pipeline
    from newsdiff.config import Config

    seen: list[Config] = []
    real = pipeline.compare

    def spy(*args: object, config: Config, **kwargs: object) -> object:
        seen.append(config)
        return real(*args, config=config, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "compare", spy)
    assert cli.main(["compare", *two_reports, "--format", "json", "--no-cache", "-q",
                     "--kinds", "figure", *flag]) == 0
    (config,) = seen
    assert config.membership_top_k == top_k and config.kinds == ("figure",)
    assert config == Config.for_granularity("event" if flag else "fact", kinds=("figure",))


def test_limits_can_be_raised_or_lowered_from_the_command_line(
    two_reports: list[str], fast_encoder: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["compare", *two_reports, "--no-cache", "--max-sentences", "3"]) == 2
    err = capsys.readouterr().err.strip()
    assert "more than 3 sentences" in err and "--max-sentences" in err and "\n" not in err
    assert cli.main(["compare", *two_reports, "--no-cache", "--max-report-chars", "20"]) == 2
    err = capsys.readouterr().err.strip()
    assert "'a' has" in err and "--max-report-chars" in err
    assert cli.main(["compare", *two_reports, "--no-cache", "-q", "--format", "json",
                     "--max-sentences", "4"]) == 0


def test_granularity_outside_the_two_presets_is_refused() -> None:
    from newsdiff.config import Config

    with pytest.raises(ValueError, match="'fact' or 'event'"):
        Config.for_granularity("events")  # type: ignore[arg-type]
