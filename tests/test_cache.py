"""The sqlite embedding cache: reuse, model separation, damage is never trusted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from newsdiff.cache import EmbeddingCache
from newsdiff.encoders import HashingEncoder, encode_unique


class CountingEncoder(HashingEncoder):
    def __init__(self) -> None:
        super().__init__(dim=32)
        self.seen: list[str] = []

    def encode(self, texts):  # type: ignore[no-untyped-def]
        self.seen.extend(texts)
        return super().encode(texts)


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
    with EmbeddingCache(tmp_path) as cache:
        cache.put_many("model-a", {"x": np.ones(4, dtype=np.float32)})
        assert cache.get_many("model-b", ["x"]) == {}
        assert list(cache.get_many("model-a", ["x"])) == ["x"]


def test_damaged_rows_are_recomputed_not_trusted(tmp_path: Path) -> None:
    with EmbeddingCache(tmp_path) as cache:
        cache.put_many("m", {"x": np.ones(4, dtype=np.float32)})
    conn = sqlite3.connect(tmp_path / EmbeddingCache.FILENAME)
    conn.execute("UPDATE embeddings SET vector = ?", (b"\x00\x01",))
    conn.commit()
    conn.close()
    with EmbeddingCache(tmp_path) as cache:
        assert cache.get_many("m", ["x"]) == {}


def test_corrupt_file_is_bypassed_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / EmbeddingCache.FILENAME).write_bytes(b"this is not a database" * 100)
    with pytest.warns(RuntimeWarning, match="cache bypassed"):
        cache = EmbeddingCache(tmp_path)
    assert not cache.enabled
    vecs = encode_unique(HashingEncoder(dim=8), ["a", "b"], cache=cache)
    assert vecs.shape == (2, 8)
