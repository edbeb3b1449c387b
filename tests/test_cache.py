"""The sqlite embedding cache: reuse, model separation, and faults that never give wrong
embeddings (damaged or truncated files, another model, concurrent writers, read-only)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsdiff.cache import EmbeddingCache
from newsdiff.encoders import HashingEncoder, encode_unique

TEXTS = [f"Sentence number {i} about {i % 13} soldiers in Caracas." for i in range(400)]


class CountingEncoder(HashingEncoder):
    def __init__(self, dim: int = 32) -> None:
        super().__init__(dim=dim)
        self.seen: list[str] = []

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.seen.extend(texts)
        return super().encode(texts)


def fresh(texts: list[str], dim: int = 32) -> np.ndarray[Any, Any]:
    """The right vectors: encoded without any cache."""
    return encode_unique(HashingEncoder(dim=dim), texts)


def fill(directory: Path, texts: list[str] = TEXTS, dim: int = 32) -> None:
    with EmbeddingCache(directory) as cache:
        encode_unique(HashingEncoder(dim=dim), texts, cache=cache)


def forget_results(directory: Path) -> int:
    """Delete the whole comparisons stored in the cache (newsdiff.results); how many."""
    with sqlite3.connect(directory / EmbeddingCache.FILENAME) as conn:
        return conn.execute("DELETE FROM texts WHERE key LIKE 'result:%'").rowcount


def test_duplicates_encoded_once_longest_first_and_warm_run_encodes_nothing(tmp_path: Path) -> None:
    enc = CountingEncoder()
    texts = ["b", "a longer text", "b", "mid text"]
    with EmbeddingCache(tmp_path) as cache:
        cold = encode_unique(enc, texts, cache=cache, batch_size=2)
    assert enc.seen == ["a longer text", "mid text", "b"]
    enc.seen.clear()
    with EmbeddingCache(tmp_path) as cache:
        warm = encode_unique(enc, texts, cache=cache)
    assert enc.seen == []
    np.testing.assert_array_equal(cold, warm)
    np.testing.assert_array_equal(cold[0], cold[2])


def test_models_do_not_share_entries(tmp_path: Path) -> None:
    unit = np.array([0.6, 0.8, 0.0, 0.0], dtype=np.float32)
    with EmbeddingCache(tmp_path) as cache:
        cache.put_many("model-a", {"x": unit})
        assert cache.get_many("model-b", ["x"]) == {}
        assert list(cache.get_many("model-a", ["x"])) == ["x"]


def test_a_cache_written_by_another_model_gives_that_models_own_vectors(tmp_path: Path) -> None:
    fill(tmp_path, dim=32)
    other = CountingEncoder(dim=48)
    with EmbeddingCache(tmp_path) as cache:
        got = encode_unique(other, TEXTS[:50], cache=cache)
    assert len(other.seen) == 50  # nothing taken from the 32-dimensional model's rows
    np.testing.assert_array_equal(got, fresh(TEXTS[:50], dim=48))


def test_rows_of_one_name_with_two_sizes_are_not_trusted(tmp_path: Path) -> None:
    with EmbeddingCache(tmp_path) as cache:
        cache.put_many("same-name", {"a": np.array([1.0, 0.0], dtype=np.float32),
                                     "b": np.array([0.0, 1.0, 0.0], dtype=np.float32)})
        with pytest.warns(RuntimeWarning, match="different sizes"):
            assert cache.get_many("same-name", ["a", "b"]) == {}
        assert list(cache.get_many("same-name", ["a"])) == ["a"]


@pytest.mark.parametrize("blob", [b"\x00\x01", np.full(4, np.nan, dtype=np.float32).tobytes(),
                                  np.full(4, 3.0, dtype=np.float32).tobytes()],
                         ids=["wrong-length", "nan", "not-unit-length"])
def test_damaged_rows_are_recomputed_not_trusted(tmp_path: Path, blob: bytes) -> None:
    fill(tmp_path, TEXTS[:5], dim=4)
    conn = sqlite3.connect(tmp_path / EmbeddingCache.FILENAME)
    conn.execute("UPDATE embeddings SET vector = ?", (blob,))
    conn.commit()
    conn.close()
    enc = CountingEncoder(dim=4)
    with EmbeddingCache(tmp_path) as cache:
        assert cache.get_many("hashing-4", TEXTS[:5]) == {}
        got = encode_unique(enc, TEXTS[:5], cache=cache)
    assert len(enc.seen) == 5
    np.testing.assert_array_equal(got, fresh(TEXTS[:5], dim=4))


def test_a_file_that_is_not_a_database_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / EmbeddingCache.FILENAME).write_bytes(b"this is not a database" * 100)
    with pytest.warns(RuntimeWarning, match="damaged.*started a new one"):
        cache = EmbeddingCache(tmp_path)
    assert cache.enabled
    assert (tmp_path / "embeddings.sqlite3.damaged").read_bytes().startswith(b"this is not")
    got = encode_unique(HashingEncoder(dim=8), ["a", "b"], cache=cache)
    cache.close()
    np.testing.assert_array_equal(got, fresh(["a", "b"], dim=8))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new cache is healthy
        with EmbeddingCache(tmp_path) as again:
            assert sorted(again.get_many("hashing-8", ["a", "b"])) == ["a", "b"]


@pytest.mark.parametrize("keep", [0.5, 0.1, 0.02])
def test_a_truncated_file_never_gives_wrong_vectors(tmp_path: Path, keep: float) -> None:
    fill(tmp_path)
    path = tmp_path / EmbeddingCache.FILENAME
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    enc = CountingEncoder()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with EmbeddingCache(tmp_path) as cache:
            got = encode_unique(enc, TEXTS, cache=cache)
    np.testing.assert_array_equal(got, fresh(TEXTS))
    assert enc.seen  # what was lost was recomputed ...
    assert any("damaged" in str(w.message) or "bypassed" in str(w.message) for w in caught)


def _writer(directory: str, offset: int, rounds: int) -> None:
    """Write overlapping vectors in many small transactions (run in another process)."""
    enc = HashingEncoder(dim=32)
    with EmbeddingCache(directory) as cache:
        for r in range(rounds):
            batch = TEXTS[(offset + 10 * r) % 400 : (offset + 10 * r) % 400 + 10]
            vectors = encode_unique(enc, batch)  # exactly what a run would store
            cache.put_many(enc.model_id, dict(zip(batch, vectors, strict=True)))
            assert cache.enabled


def test_two_processes_writing_one_cache_at_once(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(str(tmp_path), offset, 40))
               for offset in (0, 5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]
    enc = CountingEncoder()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with EmbeddingCache(tmp_path) as cache:
            got = encode_unique(enc, TEXTS, cache=cache)
    assert enc.seen == []  # every text was written by one process or the other
    np.testing.assert_array_equal(got, fresh(TEXTS))


def test_a_read_only_cache_is_read_and_writes_are_bypassed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(tmp_path, TEXTS[:100])
    connect = sqlite3.connect

    def read_only(path: Any, **kwargs: Any) -> sqlite3.Connection:
        # The tests run as root, for whom chmod does not stop writes: open read-only.
        return connect(f"file:{path}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr("newsdiff.cache.sqlite3.connect", read_only)
    enc = CountingEncoder()
    with pytest.warns(RuntimeWarning, match="bypassed.*cannot write"), \
            EmbeddingCache(tmp_path) as cache:
        got = encode_unique(enc, TEXTS[:150], cache=cache)
    assert sorted(enc.seen) == sorted(TEXTS[100:150])
    np.testing.assert_array_equal(got, fresh(TEXTS[:150]))


def test_a_cache_directory_that_cannot_be_created_is_bypassed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.warns(RuntimeWarning, match="bypassed"):
        cache = EmbeddingCache(blocker / "cache")
    assert not cache.enabled
    np.testing.assert_array_equal(encode_unique(HashingEncoder(dim=8), ["a"], cache=cache),
                                  fresh(["a"], dim=8))


def test_local_model_folders_of_one_name_do_not_share_cached_vectors(tmp_path: Path) -> None:
    from newsdiff.encoders import SentenceTransformerEncoder, cache_key

    one, two = tmp_path / "a" / "mymodel", tmp_path / "b" / "mymodel"
    for folder, weights in ((one, b"first"), (two, b"second model")):
        folder.mkdir(parents=True)
        (folder / "model.safetensors").write_bytes(weights)
    a, b = SentenceTransformerEncoder(one), SentenceTransformerEncoder(two)
    assert a.model_id == b.model_id == "mymodel"  # what the JSON shows
    assert cache_key(a) != cache_key(b) and cache_key(a).startswith("mymodel@")
    before = cache_key(a)
    (one / "model.safetensors").write_bytes(b"first, retrained")
    assert cache_key(SentenceTransformerEncoder(one)) != before  # a replaced model
    assert cache_key(SentenceTransformerEncoder("not/a/folder")) == "folder"  # no cwd digest
    assert cache_key(SentenceTransformerEncoder()) == "all-MiniLM-L6-v2"


def test_a_warm_run_reuses_the_extraction_and_gives_the_same_result(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdiff.pipeline as pipeline
    from newsdiff import Report, compare
    from newsdiff.extraction import extraction_key, rules_digest

    reports = [Report(id="a", text="At least 55 soldiers died on Saturday. \"We mourn them,\" "
                      "the minister said.", published="2026-01-07"),
               Report(id="b", text="Fifty-six soldiers were killed, Cuba said.")]
    encoder = HashingEncoder(dim=64)
    with EmbeddingCache(tmp_path) as cache:
        cold = compare(reports, encoder=encoder, cache=cache)
    assert cold.figures and cold.quotes

    def no_split(*_: object, **__: object) -> None:
        raise AssertionError("a warm run must not split sentences again")

    monkeypatch.setattr(pipeline, "split_sentences", no_split)
    monkeypatch.setattr(pipeline, "extract_figures", no_split)
    assert forget_results(tmp_path) == 1  # else the whole result is reused (see below)
    with EmbeddingCache(tmp_path) as cache:
        warm = compare(reports, encoder=encoder, cache=cache)
    assert warm.to_json() == cold.to_json()
    monkeypatch.undo()

    # a damaged stored extraction is recomputed, never trusted
    from newsdiff.config import Config

    key = extraction_key(reports[0], Config(), rules_digest())
    with sqlite3.connect(tmp_path / EmbeddingCache.FILENAME) as conn:
        assert conn.execute("UPDATE texts SET payload = ? WHERE key = ?",
                            ('{"sentences": [{"report": "a", "index": 0, "start": 0, '
                             '"end": 999}], "figures": [], "quotes": []}', key)).rowcount == 1
    forget_results(tmp_path)
    with EmbeddingCache(tmp_path) as cache:
        again = compare(reports, encoder=encoder, cache=cache)
    assert again.to_json() == cold.to_json()
    # another text, date or rule set is another key
    other = reports[0].model_copy(update={"published": "2026-01-08"})
    assert extraction_key(other, Config(), rules_digest()) != key
    assert extraction_key(reports[0], Config(), "other rules") != key


def test_a_reports_extraction_is_stored_with_the_currencies_of_its_comparison(
        tmp_path: Path) -> None:
    """A currency word one report names as such ('a reward of 500,000 dravs') is read in
    the others too, so a report's stored figures hold only for the same currencies."""
    from newsdiff import Report, compare

    plain = Report(id="b", text="The government has offered half a million dravs for help.")
    named = Report(id="a", text="The government offered a reward of 500,000 dravs for help.")
    other = Report(id="a", text="The government offered help to the families in need.")
    encoder = HashingEncoder(dim=64)
    with EmbeddingCache(tmp_path) as cache:
        first = compare([named, plain], encoder=encoder, cache=cache)
        second = compare([other, plain], encoder=encoder, cache=cache)
    forget_results(tmp_path)  # 'again' must come from the stored extractions
    with EmbeddingCache(tmp_path) as cache:
        again = compare([named, plain], encoder=encoder, cache=cache)
    assert [(f.report, f.kind) for f in first.figures] == [("a", "money"), ("b", "money")]
    assert [(f.report, f.kind) for f in second.figures] == [("b", "count")]
    assert again.to_json() == first.to_json()


def test_the_same_reports_compared_again_reuse_the_whole_result(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm re-run of the same comparison is one lookup; anything that could change the
    result (a report's text or date, the configuration, the model, the code) is another key,
    and a damaged stored result is recomputed."""
    import newsdiff.pipeline as pipeline
    from newsdiff import Config, Report, compare
    from newsdiff.results import code_digest, result_key

    reports = [Report(id="a", text="In all, 55 soldiers were killed in the raid, Cuba said.",
                      published="2026-01-07"),
               Report(id="b", text="In all, 56 soldiers were killed in the raid, Cuba said.")]
    encoder = HashingEncoder(dim=64)
    with EmbeddingCache(tmp_path) as cache:
        cold = compare(reports, encoder=encoder, cache=cache)
    assert [d.kind for d in cold.divergences] == ["figure"] and "divergences" in cold.timings

    def never(*_: object, **__: object) -> None:
        raise AssertionError("a warm run of the same comparison must not align again")

    monkeypatch.setattr(pipeline, "align", never)
    monkeypatch.setattr(pipeline, "find_divergences", never)
    with EmbeddingCache(tmp_path) as cache:
        warm = compare(list(reversed(reports)), encoder=encoder, cache=cache)
    assert warm.to_json() == cold.to_json()
    assert set(warm.timings) == {"ingest", "cached"}
    monkeypatch.undo()

    key = result_key(reports, config=Config(), model=encoder.model_id, code=code_digest())
    assert key != result_key(reports, config=Config(group_threshold=0.5),
                             model=encoder.model_id, code=code_digest())
    assert key != result_key(reports, config=Config(), model="other", code=code_digest())
    assert key != result_key(reports, config=Config(), model=encoder.model_id, code="other")
    dated = [reports[0].model_copy(update={"published": "2026-01-08"}), reports[1]]
    assert key != result_key(dated, config=Config(), model=encoder.model_id,
                             code=code_digest())
    # a damaged or foreign stored result is recomputed, never trusted
    for payload in ("{not json", cold.model_copy(update={"reports": (
            reports[0].model_copy(update={"text": "Other words."}), reports[1])}
    ).model_dump_json()):
        with sqlite3.connect(tmp_path / EmbeddingCache.FILENAME) as conn:
            assert conn.execute("UPDATE texts SET payload = ? WHERE key = ?",
                                (payload, key)).rowcount == 1
        with EmbeddingCache(tmp_path) as cache:
            again = compare(reports, encoder=encoder, cache=cache)
        assert again.to_json() == cold.to_json()
        assert "divergences" in again.timings


def test_two_model_folders_of_one_name_do_not_share_stored_results(tmp_path: Path) -> None:
    """The stored comparison is keyed like the vectors: a local model folder's path and
    files, not only its name ('models/v1/minilm' and 'models/v2/minilm')."""
    from newsdiff import Report, compare

    class Folder(HashingEncoder):
        def __init__(self, key: str) -> None:
            super().__init__(dim=64)
            self.cache_key = key

    reports = [Report(id="a", text="In all, 55 soldiers were killed in the raid."),
               Report(id="b", text="In all, 56 soldiers were killed in the raid.")]
    with EmbeddingCache(tmp_path) as cache:
        first = compare(reports, encoder=Folder("minilm@v1"), cache=cache)
        other = compare(reports, encoder=Folder("minilm@v2"), cache=cache)
        again = compare(reports, encoder=Folder("minilm@v1"), cache=cache)
    assert first.model == other.model == "hashing-64"
    assert "divergences" in other.timings  # computed, not v1's stored result
    assert set(again.timings) == {"ingest", "cached"}


class _Locked:
    """A connection whose switch to the write-ahead log is refused ``times`` times, as
    sqlite refuses a second process switching one new file at the same moment."""

    def __init__(self, conn: sqlite3.Connection, times: int) -> None:
        self._conn, self.left = conn, times

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "PRAGMA journal_mode=WAL" and self.left > 0:
            self.left -= 1
            raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize(("refusals", "mode"), [(3, "wal"), (100, "delete")])
def test_a_refused_switch_to_the_write_ahead_log_is_tried_again_then_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusals: int, mode: str
) -> None:
    connect = sqlite3.connect
    monkeypatch.setattr("newsdiff.cache.time.sleep", lambda _: None)
    monkeypatch.setattr("newsdiff.cache.sqlite3.connect",
                        lambda *a, **k: _Locked(connect(*a, **k), refusals))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no 'bypassed': the cache works either way
        with EmbeddingCache(tmp_path) as cache:
            assert cache.enabled
            got = encode_unique(HashingEncoder(dim=8), ["a", "b"], cache=cache)
            assert cache._conn is not None
            assert cache._conn.execute("PRAGMA journal_mode").fetchone()[0] == mode
    np.testing.assert_array_equal(got, fresh(["a", "b"], dim=8))
    with EmbeddingCache(tmp_path) as again:
        assert sorted(again.get_many("hashing-8", ["a", "b"])) == ["a", "b"]
