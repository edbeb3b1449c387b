"""Corpus mode: clusters from a JSON Lines file, one JSON per cluster, resumable, the same
results serially, in a process pool and on a Dask cluster (hashing encoder: plumbing)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.config import Config
from newsdiff.corpus import (
    CHUNK,
    SUMMARY_FILE,
    ClusterTask,
    _chunks,
    cluster_filename,
    read_corpus,
    run_corpus,
)
from newsdiff.encoders import HashingEncoder
from newsdiff.errors import ConfigError, InputError
from newsdiff.models import Report
from newsdiff.pipeline import compare

CLUSTERS = {
    "raid": [
        ("wire", "Fifty-five soldiers were killed in the raid, the army said. "
                 "The operation began before dawn."),
        ("globe", "The operation began before dawn. At least 56 soldiers were killed, "
                  "the army said."),
        ("post", "US forces killed 55 soldiers. The raid lasted two hours."),
    ],
    "storm": [
        ("a", "The storm cut power to 20,000 homes on Tuesday. Schools stayed closed."),
        ("b", "Schools stayed closed. About 20,000 homes lost power on Tuesday."),
    ],
    "market/crash": [
        ("x", "Shares fell 5% on Monday. The bank blamed rising rates."),
        ("y", "The bank blamed rising rates. Shares dropped 7% on Monday."),
    ],
}


def write_corpus(path: Path, clusters: dict[str, list[tuple[str, str]]]) -> Path:
    lines = []
    for n, (cluster, reports) in enumerate(clusters.items()):
        key = "event" if n == 1 else "cluster"  # both keys are accepted
        lines += [json.dumps({key: cluster, "id": rid, "source": rid.title(), "text": text})
                  for rid, text in reports]
    lines.reverse()  # clusters need not be contiguous or ordered
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl", CLUSTERS)


def outputs(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.json"))}


def test_read_corpus_groups_lines_by_cluster(corpus: Path) -> None:
    clusters = read_corpus(corpus)
    assert list(clusters) == sorted(CLUSTERS)
    for name, reports in clusters.items():
        assert sorted(r.id for r in reports) == sorted(rid for rid, _ in CLUSTERS[name])
        assert all(r.text in dict(CLUSTERS[name]).values() for r in reports)


def test_each_cluster_written_as_its_own_comparison(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    results = run_corpus(corpus, out, model="hashing", use_cache=False)
    assert [(r.cluster, r.status) for r in results] == [(c, "ok") for c in sorted(CLUSTERS)]
    files = outputs(out)
    assert sorted(files) == sorted(cluster_filename(c) for c in CLUSTERS)
    for name, reports in read_corpus(corpus).items():
        expected = compare(reports, encoder=HashingEncoder()).to_json()
        assert files[cluster_filename(name)] == expected + "\n"
        data = json.loads(files[cluster_filename(name)])
        assert sorted(r["id"] for r in data["reports"]) == sorted(rid for rid, _ in
                                                                  CLUSTERS[name])
    raid = next(r for r in results if r.cluster == "raid")
    assert raid.reports == 3 and raid.sentences == 6 and raid.groups >= 1
    raid_json = json.loads(files["raid.json"])
    assert raid.divergences["figure"] == sum(d["kind"] == "figure"
                                             for d in raid_json["divergences"])
    summary = (out / SUMMARY_FILE).read_text(encoding="utf-8").splitlines()
    assert summary[0].split("\t")[:3] == ["cluster", "file", "status"]
    assert [row.split("\t")[0] for row in summary[1:]] == sorted(CLUSTERS)
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_a_rerun_skips_written_clusters(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_corpus(corpus, out, model="hashing", use_cache=False)
    (out / "storm.json").unlink()
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    second = run_corpus(corpus, out, model="hashing", use_cache=False)
    status = {r.cluster: r.status for r in second}
    assert status == {"raid": "skipped", "market/crash": "skipped", "storm": "ok"}
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")
            if p.name in before} == before
    # the summary still counts the skipped clusters' divergences
    assert [r.divergences for r in second] == [r.divergences for r in first]


def test_process_pool_gives_the_same_files(corpus: Path, tmp_path: Path) -> None:
    run_corpus(corpus, tmp_path / "serial", model="hashing", use_cache=False)
    results = run_corpus(corpus, tmp_path / "pool", workers=2, model="hashing",
                         use_cache=False)
    assert all(r.status == "ok" for r in results)
    assert outputs(tmp_path / "pool") == outputs(tmp_path / "serial")


def test_dask_cluster_gives_the_same_files(corpus: Path, tmp_path: Path) -> None:
    from dask.distributed import LocalCluster  # in the dev extra: this test always runs

    run_corpus(corpus, tmp_path / "serial", model="hashing", use_cache=False)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,  # type: ignore[no-untyped-call]
                      dashboard_address=None) as cluster:
        results = run_corpus(corpus, tmp_path / "dask", scheduler=cluster.scheduler_address,
                             model="hashing", use_cache=False)
    assert all(r.status == "ok" for r in results)
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "serial")


@pytest.mark.parametrize(("n", "workers"), [(1, 2), (7, 2), (40, 2), (400, 2), (33, 1)])
def test_dask_runs_keep_every_cluster_once_in_order(n: int, workers: int) -> None:
    report = Report(id="a", text="Five died.")
    tasks = [ClusterTask(cluster=f"c{k}", reports=(report,), model="hashing")
             for k in range(n)]
    runs = _chunks(tasks, workers)
    assert [t for run in runs for t in run] == tasks
    assert max(len(run) for run in runs) <= CHUNK
    assert len(runs) >= min(n, 4 * workers)


def test_bad_clusters_and_options(tmp_path: Path) -> None:
    path = write_corpus(tmp_path / "c.jsonl", {**CLUSTERS, "alone": [("z", "Only me.")]})
    results = run_corpus(path, tmp_path / "out", model="hashing", use_cache=False,
                         config=Config(kinds=("figure",)))
    alone = next(r for r in results if r.cluster == "alone")
    assert alone.status == "error" and "at least 2" in (alone.error or "")
    assert not (tmp_path / "out" / "alone.json").exists()
    assert sum(r.status == "ok" for r in results) == 3
    with pytest.raises(ConfigError, match="--workers 0"):
        run_corpus(path, tmp_path / "o2", workers=0)
    with pytest.raises(ConfigError, match="--scheduler 'threads'"):
        run_corpus(path, tmp_path / "o2", scheduler="threads")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"cluster": "a", "text": "x"}\n{"text": "no cluster"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2: no 'cluster'"):
        read_corpus(bad)


def test_cli_corpus(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = main(["corpus", str(corpus), "-o", str(out), "--model", "hashing", "--no-cache",
                   "-q"])
    assert status == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("cluster\tfile\tstatus") and len(rows) == 1 + len(CLUSTERS)
    assert sorted(outputs(out)) == sorted(cluster_filename(c) for c in CLUSTERS)
    assert main(["corpus", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2


def test_the_encoder_is_made_once_per_worker(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.encoders as encoders
    from newsdiff.corpus import _worker_encoder

    made: list[str] = []
    real = encoders.encoder_for

    def counting(name: str, **kwargs: object) -> encoders.Encoder:
        made.append(name)
        return real(name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(encoders, "encoder_for", counting)
    _worker_encoder.cache_clear()
    results = run_corpus(corpus, tmp_path / "out", model="hashing", use_cache=False)
    _worker_encoder.cache_clear()
    assert len(results) == 3 and made == ["hashing"]


def test_odd_cluster_ids_and_a_bug_in_one_cluster(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bool.jsonl"
    bad.write_text('{"cluster": true, "text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="no 'cluster'"):
        read_corpus(bad)
    assert cluster_filename("x\ud800").startswith("x-")  # a lone surrogate still hashes
    import newsdiff.pipeline

    real_compare = newsdiff.pipeline.compare

    def buggy(reports: list[object], **kwargs: object) -> object:
        if any("storm" in r.text for r in reports):  # type: ignore[attr-defined]
            raise ZeroDivisionError("a bug")
        return real_compare(reports, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newsdiff.pipeline, "compare", buggy)
    results = run_corpus(write_corpus(tmp_path / "c.jsonl", CLUSTERS), tmp_path / "out",
                         model="hashing", use_cache=False)
    storm = next(r for r in results if r.cluster == "storm")
    assert storm.status == "error" and "internal error: ZeroDivisionError" in (storm.error or "")
    assert sum(r.status == "ok" for r in results) == 2
    assert (tmp_path / "out" / SUMMARY_FILE).exists()


def test_local_workers_use_one_thread_each(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.corpus as corpus_module

    seen: dict[str, set[int | None]] = {}

    def record(tasks: list[corpus_module.ClusterTask], *, workers: int,
               scheduler: str) -> Iterator[tuple[corpus_module.ClusterResult, str | None]]:
        seen[f"{workers} {scheduler}"] = {t.threads for t in tasks}
        return iter(())

    monkeypatch.setattr(corpus_module, "_execute", record)
    for n, (workers, scheduler) in enumerate([(1, "processes"), (2, "processes"),
                                              (2, "dask"), (2, "tcp://127.0.0.1:1")]):
        run_corpus(corpus, tmp_path / str(n), workers=workers, scheduler=scheduler,
                   model="hashing", use_cache=False)
    assert seen == {"1 processes": {None}, "2 processes": {1}, "2 dask": {1},
                    "2 tcp://127.0.0.1:1": {None}}


def test_limit_threads_caps_torch_and_blas_in_a_fresh_process() -> None:
    code = ("from newsdiff.corpus import limit_threads; limit_threads(1); import numpy, torch, "
            "threadpoolctl; print(torch.get_num_threads(), "
            "sorted({i['num_threads'] for i in threadpoolctl.threadpool_info()}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split(maxsplit=1)
    assert out == ["1", "[1]\n"]
