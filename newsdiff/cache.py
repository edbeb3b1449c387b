"""An on-disk embedding cache: sqlite3, keyed by (model id, sha256 of the text).

The same file keeps text payloads (``get_text``/``put_texts``): the per-report
extraction of :mod:`newsdiff.extraction`.

Vectors are stored as raw float32 bytes with their dimension (no pickle).  Nothing in
the cache is trusted blindly:

- a damaged file (not a database, or a malformed one) is moved aside to
  ``embeddings.sqlite3.damaged`` and a new cache is started, with a warning;
- a cache that cannot be opened or written (read-only directory, locked too long) is
  bypassed with a warning: embeddings are recomputed;
- a row whose blob does not match its dimension, holds a non-finite number or is not
  unit length (every stored vector is L2-normalised) is ignored and recomputed;
- rows of one model with different dimensions (a cache filled by another model under
  the same name) are all ignored, with a warning.

Several processes may use one cache at once (sqlite locks, writes wait up to 30 s).

>>> import tempfile, numpy as np
>>> with tempfile.TemporaryDirectory() as d:
...     c = EmbeddingCache(d)
...     c.put_many("m", {"hello": np.array([0.6, 0.8], dtype=np.float32)})
...     got = c.get_many("m", ["hello", "other"])
...     c.close()
>>> sorted(got), [round(float(x), 2) for x in got["hello"]]
(['hello'], [0.6, 0.8])
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
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
_TEXT_SCHEMA = """
CREATE TABLE IF NOT EXISTS texts (
    key TEXT NOT NULL PRIMARY KEY,
    payload TEXT NOT NULL
)
"""


def text_key(text: str) -> str:
    """sha256 of the text's UTF-8 bytes (lone surrogates escaped)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _write_ahead(conn: sqlite3.Connection) -> None:
    """Keep a write-ahead log, synced at checkpoints only (with ``synchronous=NORMAL``): a
    commit (one per batch of vectors) costs a quarter to a tenth of a rollback journal's,
    and readers do not wait for a writer.  A power cut may lose the last vectors, never the
    file's consistency; the cache recomputes what it lacks.

    Two processes that open one new file at once may both switch it: sqlite answers the
    second 'database is locked' at once, without the connection's timeout, so the switch
    is tried again for up to about two seconds; after that the file keeps its journal (it
    works either way, only commits cost more).  Where the log cannot be used at all,
    sqlite keeps the journal the file had."""
    for delay in (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(delay)


class EmbeddingCache:
    """Embeddings on disk in ``DIR/embeddings.sqlite3``."""

    FILENAME = "embeddings.sqlite3"

    def __init__(self, directory: str | Path) -> None:
        self.path = Path(directory) / self.FILENAME
        self._conn: sqlite3.Connection | None = None
        try:
            Path(directory).mkdir(parents=True, exist_ok=True)
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:
            self._failed(exc, "open")
        except OSError as exc:
            self._disable(f"cannot open {self.path} ({exc})")

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            _write_ahead(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
            conn.execute(_TEXT_SCHEMA)
            conn.commit()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _rebuild(self, exc: sqlite3.Error) -> None:
        """Move a damaged cache file aside and start an empty one."""
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
        aside = self.path.with_name(self.FILENAME + ".damaged")
        try:
            os.replace(self.path, aside)
            for suffix in ("-journal", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            self._conn = self._open()
        except (OSError, sqlite3.Error) as again:
            self._disable(f"{self.path} is damaged ({exc}) and cannot be replaced ({again})")
            return
        warnings.warn(f"embedding cache {self.path} was damaged ({exc}); moved it to "
                      f"{aside.name} and started a new one", RuntimeWarning, stacklevel=3)

    def _failed(self, exc: sqlite3.DatabaseError, verb: str) -> None:
        """A database error: a damaged file is rebuilt, anything else bypasses the cache."""
        if _is_damage(exc):
            self._rebuild(exc)
        else:
            self._disable(f"cannot {verb} {self.path} ({exc})")

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
                    vec = _vector(dim, blob)
                    if vec is not None and sha in keys:
                        out[keys[sha]] = vec
        except sqlite3.DatabaseError as exc:
            self._failed(exc, "read")
            return {}
        if len({v.shape for v in out.values()}) > 1:
            warnings.warn(f"embedding cache {self.path}: vectors of different sizes stored "
                          f"for model {model!r} (another model under the same name?); "
                          "ignoring them and recomputing", RuntimeWarning, stacklevel=2)
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
        except sqlite3.DatabaseError as exc:
            self._failed(exc, "write")

    def get_text(self, key: str) -> str | None:
        """A stored text payload (see :mod:`newsdiff.extraction`), or None."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT payload FROM texts WHERE key = ?",
                                     (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            self._failed(exc, "read")
            return None
        return row[0] if row and isinstance(row[0], str) else None

    def put_texts(self, payloads: Mapping[str, str]) -> None:
        """Store text payloads by key (one transaction)."""
        if self._conn is None or not payloads:
            return
        try:
            self._conn.executemany("INSERT OR REPLACE INTO texts (key, payload) VALUES (?, ?)",
                                   list(payloads.items()))
            self._conn.commit()
        except sqlite3.DatabaseError as exc:
            self._failed(exc, "write")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> EmbeddingCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_damage(exc: sqlite3.Error) -> bool:
    """Whether sqlite says the file itself is damaged (rather than locked or read-only)."""
    name = getattr(exc, "sqlite_errorname", "")
    return name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or (
        type(exc) is sqlite3.DatabaseError and not name)


def _vector(dim: object, blob: object) -> npt.NDArray[np.float32] | None:
    """The stored vector, or None when the row cannot be right."""
    if not isinstance(dim, int) or dim <= 0 or not isinstance(blob, bytes):
        return None
    if len(blob) != 4 * dim:
        return None
    vec = np.frombuffer(blob, dtype=np.float32).copy()
    if not np.isfinite(vec).all():
        return None
    norm = float(np.linalg.norm(vec))
    if abs(norm - 1.0) > 1e-3 and norm != 0.0:  # vectors are stored L2-normalised
        return None
    return vec
