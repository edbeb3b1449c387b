"""Many clusters at once: ``newsdiff corpus CORPUS.jsonl -o OUT_DIR``.

A corpus is a JSON Lines file of reports; the ``cluster`` (or ``event``) key of each line
says which reports cover the same event.  Every cluster is compared on its own and
written to ``OUT_DIR/<cluster>.json`` (the same JSON as ``newsdiff compare``), atomically;
clusters whose file already exists are skipped, so an interrupted run resumes where it
stopped.  ``OUT_DIR/summary.tsv`` lists every cluster with its divergences per kind.

Clusters run in this process (``workers=1``), in a local process pool (``workers>1``),
or on a Dask distributed cluster (``scheduler="dask"`` starts a local one;
``"tcp://HOST:PORT"`` joins a running scheduler).  Each worker loads the model once and
keeps it for every cluster it gets; results come back to this process, which writes them.

>>> import json, tempfile
>>> from pathlib import Path
>>> lines = [{"cluster": "c1", "id": "a", "text": "Five died. It rained."},
...          {"cluster": "c1", "id": "b", "text": "It rained. Six died."}]
>>> with tempfile.TemporaryDirectory() as d:
...     corpus = Path(d, "corpus.jsonl")
...     _ = corpus.write_text("\\n".join(json.dumps(x) for x in lines))
...     results = run_corpus(corpus, Path(d, "out"), model="hashing", use_cache=False)
...     written = sorted(p.name for p in Path(d, "out").iterdir())
>>> [(r.cluster, r.status, r.reports) for r in results], written
([('c1', 'ok', 2)], ['c1.json', 'summary.tsv'])
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsdiff.config import ALL_KINDS, Config
from newsdiff.errors import ConfigError, InputError, NewsdiffError
from newsdiff.ingest import iter_jsonl, parse_json_object
from newsdiff.models import Report

if TYPE_CHECKING:
    from newsdiff.encoders import Encoder

SUMMARY_FILE = "summary.tsv"
CLUSTER_KEYS = ("cluster", "event")
CHUNK = 16  # clusters per Dask task at most (see _chunks)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ClusterTask(_Frozen):
    """One cluster to compare, with everything a worker needs (picklable)."""

    cluster: str
    reports: tuple[Report, ...]
    model: str = Field(description="An encoder name for newsdiff.encoders.encoder_for.")
    cache_dir: Path | None = None
    use_cache: bool = True
    config: Config = Field(default_factory=Config)
    threads: int | None = Field(
        default=None, ge=1,
        description="Threads the worker's numeric libraries (BLAS, OpenMP, torch, "
        "onnxruntime) may use; None: their defaults (one per core).")


class ClusterResult(_Frozen):
    """What happened to one cluster (one row of the summary)."""

    cluster: str
    file: str = Field(description="The output file name inside OUT_DIR.")
    status: Literal["ok", "skipped", "error"]
    reports: int = 0
    sentences: int = 0
    groups: int = 0
    divergences: dict[str, int] = Field(default_factory=dict, description="Count per kind.")
    seconds: float = 0.0
    error: str | None = None


def read_corpus(path: str | Path) -> dict[str, list[Report]]:
    """The reports of a corpus JSON Lines file, grouped by cluster (sorted by cluster id).

    Each line is a report object as ``newsdiff compare`` reads it, plus a ``cluster``
    (or ``event``) key.  Raises :class:`InputError` naming the file and line.
    """
    path = Path(path)
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({exc}); "
                         "save the corpus as UTF-8 JSON Lines") from None
    clusters: dict[str, list[Report]] = {}
    for lineno, obj in iter_jsonl(content, where=str(path)):
        key = next((obj[k] for k in CLUSTER_KEYS if obj.get(k) not in (None, "")), None)
        if isinstance(key, bool) or not isinstance(key, str | int):
            raise InputError(f"{path}:{lineno}: no 'cluster' (or 'event') key; give every "
                             "line the id of the event it reports")
        body = {k: v for k, v in obj.items() if k not in CLUSTER_KEYS}
        report = parse_json_object(body, default_id=f"line-{lineno}", where=f"{path}:{lineno}")
        clusters.setdefault(str(key), []).append(report)
    if not clusters:
        raise InputError(f"{path}: no reports in this corpus; add one JSON object per line")
    return dict(sorted(clusters.items()))


def cluster_filename(cluster: str) -> str:
    """A safe file name for a cluster id (a hash is added when characters were replaced).

    >>> cluster_filename("caracas-raid"), cluster_filename("a/b")
    ('caracas-raid.json', 'a_b-c14cddc0.json')
    """
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", cluster).strip("._") or "cluster"
    if safe != cluster:
        digest = hashlib.sha256(cluster.encode("utf-8", "surrogatepass")).hexdigest()
        safe = f"{safe[:80]}-{digest[:8]}"
    return safe + ".json"


def run_corpus(
    path: str | Path,
    out_dir: str | Path,
    *,
    workers: int = 1,
    scheduler: str = "processes",
    model: str = "default",
    cache_dir: Path | None = None,
    use_cache: bool = True,
    config: Config | None = None,
    progress: Callable[[ClusterResult], None] | None = None,
) -> list[ClusterResult]:
    """Compare every cluster of a corpus and write one JSON per cluster plus a summary.

    ``workers`` processes (or Dask workers for ``scheduler="dask"``); ``scheduler`` is
    ``"processes"`` (local pool), ``"dask"`` (a local Dask cluster) or a Dask scheduler
    address such as ``"tcp://10.0.0.5:8786"``.  ``model`` is an encoder name as for
    ``--model``; ``cache_dir`` the embedding cache (None: the default one).  Clusters
    whose output exists are skipped.  ``progress(result)`` is called as each finishes.
    Returns one result per cluster, sorted by cluster id.
    """
    if workers < 1:
        raise ConfigError(f"--workers {workers}: give a number of workers of 1 or more")
    if scheduler not in ("processes", "dask") and "://" not in scheduler:
        raise ConfigError(f"--scheduler {scheduler!r}: use processes, dask, or a Dask "
                          "scheduler address such as tcp://HOST:8786")
    config = config or Config()
    clusters = read_corpus(path)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"-o {out}: cannot create the output directory ({exc.strerror}); "
                          "choose a writable place") from None
    results: list[ClusterResult] = []
    tasks: list[ClusterTask] = []
    # Several local workers each running one thread per core would oversubscribe the cores;
    # workers of a remote scheduler are left to its own settings.
    threads = 1 if workers > 1 and "://" not in scheduler else None
    for cluster, reports in clusters.items():
        target = out / cluster_filename(cluster)
        if target.exists():
            results.append(_skipped(cluster, target))
        else:
            tasks.append(ClusterTask(cluster=cluster, reports=tuple(reports), model=model,
                                     cache_dir=cache_dir, use_cache=use_cache, config=config,
                                     threads=threads))
    for done in results:
        if progress is not None:
            progress(done)
    for result, text in _execute(tasks, workers=workers, scheduler=scheduler):
        if text is not None:
            _write_atomic(out / result.file, text)
        results.append(result)
        if progress is not None:
            progress(result)
    results.sort(key=lambda r: r.cluster)
    _write_atomic(out / SUMMARY_FILE, summary_table(results))
    return results


def summary_table(results: Iterable[ClusterResult]) -> str:
    """The summary as tab-separated values: one row per cluster, divergences per kind."""
    head = ["cluster", "file", "status", "reports", "sentences", "groups", *ALL_KINDS,
            "seconds", "error"]
    rows = ["\t".join(head)]
    for r in results:
        cells = [r.cluster, r.file, r.status, str(r.reports), str(r.sentences), str(r.groups),
                 *(str(r.divergences.get(k, 0)) for k in ALL_KINDS), f"{r.seconds:.3f}",
                 r.error or ""]
        rows.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return "\n".join(rows) + "\n"


def compare_cluster(task: ClusterTask) -> tuple[ClusterResult, str | None]:
    """Compare one cluster (in a worker): its result row and its JSON (None on error)."""
    from newsdiff.cache import EmbeddingCache
    from newsdiff.encoders import default_cache_dir
    from newsdiff.pipeline import compare

    start = time.perf_counter()
    name = cluster_filename(task.cluster)
    cache = None
    try:
        limit_threads(task.threads)
        encoder = _worker_encoder(task.model, task.cache_dir, task.config.batch_size,
                                  task.threads)
        if task.use_cache:
            cache = EmbeddingCache(task.cache_dir or default_cache_dir())
        result = compare(list(task.reports), encoder=encoder, config=task.config, cache=cache)
        text = result.to_json()
    except NewsdiffError as exc:
        return ClusterResult(cluster=task.cluster, file=name, status="error",
                             reports=len(task.reports), error=str(exc),
                             seconds=time.perf_counter() - start), None
    except Exception as exc:  # a bug must not cost the other clusters their results
        detail = " ".join(str(exc).split())[:300]
        return ClusterResult(cluster=task.cluster, file=name, status="error",
                             reports=len(task.reports),
                             error=f"internal error: {type(exc).__name__}: {detail}",
                             seconds=time.perf_counter() - start), None
    finally:
        if cache is not None:
            cache.close()
    counts = {k: sum(1 for d in result.divergences if d.kind == k) for k in ALL_KINDS}
    return ClusterResult(
        cluster=task.cluster, file=name, status="ok", reports=len(result.reports),
        sentences=sum(len(s) for s in result.sentences), groups=len(result.groups),
        divergences=counts, seconds=time.perf_counter() - start), text


def compare_clusters(
    tasks: tuple[ClusterTask, ...]
) -> list[tuple[ClusterResult, str | None]]:
    """Compare several clusters in one worker call (one scheduler round trip for all)."""
    return [compare_cluster(t) for t in tasks]


def _chunks(tasks: list[ClusterTask], workers: int) -> list[tuple[ClusterTask, ...]]:
    """Tasks in runs of up to ``CHUNK`` clusters, at least four runs per worker.

    Each Dask task costs a scheduler round trip and its own (de)serialisation; on small
    clusters that was a fifth of the work, so clusters travel in runs.  Four runs per
    worker keep the workers evenly loaded at the end and progress reports coming.
    """
    size = max(1, min(CHUNK, len(tasks) // (4 * workers)))
    return [tuple(tasks[i:i + size]) for i in range(0, len(tasks), size)]


def limit_threads(threads: int | None) -> None:
    """Cap this (worker) process's numeric libraries at ``threads`` threads (None: no cap).

    Libraries loaded later read the environment (``OMP_NUM_THREADS`` and friends, as Dask
    sets them for its workers); those already loaded are capped with threadpoolctl and
    ``torch.set_num_threads``.  Called in worker processes only, never in the caller's.
    """
    if threads is None:
        return
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # installed with sentence-transformers; harmless without it
        pass
    else:
        threadpool_limits(threads)
    torch: Any = sys.modules.get("torch")
    if torch is not None and torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


@functools.cache
def _worker_encoder(model: str, cache_dir: Path | None, batch_size: int,
                    threads: int | None = None) -> Encoder:
    """One encoder per worker process (and per model name), loaded on first use."""
    from newsdiff.encoders import encoder_for

    return encoder_for(model, cache_dir=cache_dir, batch_size=batch_size, threads=threads)


def _execute(
    tasks: list[ClusterTask], *, workers: int, scheduler: str
) -> Iterator[tuple[ClusterResult, str | None]]:
    if not tasks:
        return
    if scheduler != "processes":
        yield from _execute_dask(tasks, workers=workers, address=scheduler)
    elif workers == 1:
        yield from map(compare_cluster, tasks)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        # spawn, not fork: a forked copy of a process that has started torch threads can hang
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=min(workers, len(tasks)),
                                 mp_context=context) as pool:
            futures = [pool.submit(compare_cluster, t) for t in tasks]
            for future in as_completed(futures):
                yield future.result()


def _execute_dask(
    tasks: list[ClusterTask], *, workers: int, address: str
) -> Iterator[tuple[ClusterResult, str | None]]:
    try:
        import dask.distributed
    except ImportError:
        raise ConfigError("--scheduler dask needs Dask: run `pip install 'newsdiff[dask]'` "
                          "or use --scheduler processes") from None
    dd: Any = dask.distributed  # untyped library
    cluster: Any = None
    if address == "dask":
        cluster = dd.LocalCluster(n_workers=workers, threads_per_worker=1,
                                  dashboard_address=None)
        client = dd.Client(cluster)
    else:
        try:
            client = dd.Client(address, timeout="20s")
        except OSError as exc:
            raise ConfigError(f"--scheduler {address}: cannot reach the Dask scheduler "
                              f"({exc}); check the address and that it is running") from None
    try:
        # a running scheduler may have more workers than --workers says
        known = len(client.scheduler_info().get("workers", {}))
        futures = client.map(compare_clusters, _chunks(tasks, max(workers, known)), pure=False)
        for future in dd.as_completed(futures):
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _skipped(cluster: str, target: Path) -> ClusterResult:
    """The summary row of a cluster written by an earlier run (counts read back)."""
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        counts = {k: sum(1 for d in data.get("divergences", []) if d.get("kind") == k)
                  for k in ALL_KINDS}
        return ClusterResult(
            cluster=cluster, file=target.name, status="skipped",
            reports=len(data.get("reports", [])),
            sentences=sum(len(r.get("sentences", [])) for r in data.get("reports", [])),
            groups=len(data.get("groups", [])), divergences=counts)
    except (OSError, ValueError, AttributeError, TypeError):
        return ClusterResult(cluster=cluster, file=target.name, status="skipped",
                             error="existing output could not be read; delete it to redo")


def _write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``target``, then rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
