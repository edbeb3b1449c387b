"""An on-disk embedding cache: sqlite3, keyed by (model id, sha256 of the text).

Vectors are stored as raw float32 bytes with their dimension (no pickle).  A cache
that cannot be opened or read is bypassed with a warning, never trusted: a row whose
blob does not match its recorded dimension is ignored and recomputed.

>>> import tempfile, numpy as np
>>> with tempfile.TemporaryDirectory() as d:
...     c = EmbeddingCache(d)
...     c.put_many("m", {"hello": np.ones(3, dtype=np.float32)})
...     got = c.get_many("m", ["hello", "other"])
...     c.close()
>>> sorted(got), got["hello"].tolist()
(['hello'], [1.0, 1.0, 1.0])
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import numpy.typing as npt

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, sha256)
)
"""


def text_key(text: str) -> str:
    """sha256 of the text's UTF-8 bytes (lone surrogates escaped)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class EmbeddingCache:
    """Embeddings on disk in ``DIR/embeddings.sqlite3``."""

    FILENAME = "embeddings.sqlite3"

    def __init__(self, directory: str | Path) -> None:
        self.path = Path(directory) / self.FILENAME
        self._conn: sqlite3.Connection | None = None
        try:
            Path(directory).mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute(_SCHEMA)
            conn.commit()
            self._conn = conn
        except (OSError, sqlite3.Error) as exc:
            self._disable(f"cannot open {self.path} ({exc})")

    def _disable(self, why: str) -> None:
        warnings.warn(f"embedding cache bypassed: {why}; embeddings are recomputed",
                      RuntimeWarning, stacklevel=3)
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def get_many(self, model: str, texts: Iterable[str]) -> dict[str, npt.NDArray[np.float32]]:
        """The cached vectors of those texts that are in the cache."""
        if self._conn is None:
            return {}
        keys = {text_key(t): t for t in texts}
        out: dict[str, npt.NDArray[np.float32]] = {}
        items = list(keys.items())
        try:
            for start in range(0, len(items), 500):
                chunk = [k for k, _ in items[start : start + 500]]
                marks = ",".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT sha256, dim, vector FROM embeddings WHERE model = ? "
                    f"AND sha256 IN ({marks})",
                    [model, *chunk],
                ).fetchall()
                for sha, dim, blob in rows:
                    if not isinstance(blob, bytes) or len(blob) != 4 * int(dim) or dim <= 0:
                        continue  # damaged row: recompute rather than trust it
                    vec = np.frombuffer(blob, dtype=np.float32).copy()
                    if np.isfinite(vec).all():
                        out[keys[sha]] = vec
        except sqlite3.Error as exc:
            self._disable(f"cannot read {self.path} ({exc})")
            return {}
        return out

    def put_many(self, model: str, vectors: Mapping[str, npt.NDArray[np.float32]]) -> None:
        """Store vectors (float32) for texts."""
        if self._conn is None or not vectors:
            return
        rows = [
            (model, text_key(t), int(v.shape[-1]), np.asarray(v, dtype=np.float32).tobytes())
            for t, v in vectors.items()
        ]
        try:
            self._conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model, sha256, dim, vector) VALUES (?,?,?,?)",
                rows,
            )
            self._conn.commit()
        except sqlite3.Error as exc:
            self._disable(f"cannot write {self.path} ({exc})")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
