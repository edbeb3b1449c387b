"""``--model fast``: a static model2vec model distilled from the bundled MiniLM.

model2vec passes every word piece of the MiniLM vocabulary through the transformer
once, reduces the outputs with PCA and weights them by estimated frequency; a sentence
vector is then the mean of its tokens' rows — a table look-up, no network.  The
distillation runs once, offline, at first use (a minute or two of CPU) and is kept in
``MODELS_DIR/m2v-all-MiniLM-L6-v2-<version>-pca<dims>[-<pattern hash>]/``; ``MODELS_DIR``
is ``models/`` in the embedding cache directory (:func:`newsdiff.encoders.models_dir`).
Distilling needs torch, transformers and ``skeletoken`` (all installed with newsdiff);
encoding needs only ``model2vec`` and numpy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsdiff.encoders import (
    DEFAULT_MODEL,
    Vectors,
    bundled_model_path,
    bundled_model_version,
    normalise,
)
from newsdiff.errors import ModelError

#: model2vec's own default: drop BERT's ``[unusedN]`` placeholder tokens.
DEFAULT_REMOVE_PATTERN = r"\[unused\d+\]"

log = logging.getLogger(__name__)


def distill_static(
    source: Path,
    target: Path,
    *,
    pca_dims: int = 256,
    token_remove_pattern: str = DEFAULT_REMOVE_PATTERN,
) -> Path:
    """Distill a model2vec static model from the sentence-transformers model in ``source``.

    Written beside ``target`` and renamed into place (a crash or a concurrent run never
    leaves half a model).  ``token_remove_pattern`` drops vocabulary entries that match
    it (a regular expression).  Returns ``target``.
    """
    try:
        from model2vec.distill import distill
    except ImportError as exc:
        raise ModelError(f"--model fast needs model2vec and skeletoken to distill ({exc}); "
                         "run `pip install 'newsdiff[fast]'` or use --model default"
                         ) from None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        model = distill(model_name=str(source), pca_dims=pca_dims,
                        token_remove_pattern=token_remove_pattern)
        model.save_pretrained(str(work))
        try:
            os.replace(work, target)
        except OSError:
            if not (target / "model.safetensors").is_file():
                raise
    except (OSError, RuntimeError, ValueError) as exc:
        raise ModelError(f"could not distill a static model from {source} into "
                         f"{target.parent} ({exc}); check that the folder is writable "
                         "or use --model default") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


class StaticEncoder:
    """The distilled static MiniLM (``--model fast``): distilled at first use, then cached.

    ``models_dir`` holds the distilled model; ``source`` is the sentence-transformers
    folder to distil (default: the bundled all-MiniLM-L6-v2); ``pca_dims`` is the vector
    size; ``token_remove_pattern`` drops vocabulary entries before distilling.
    """

    def __init__(
        self,
        models_dir: Path,
        *,
        source: Path | None = None,
        pca_dims: int = 256,
        token_remove_pattern: str = DEFAULT_REMOVE_PATTERN,
        batch_size: int = 1024,
    ) -> None:
        self._models_dir = Path(models_dir)
        self._source = source
        self._pca_dims = pca_dims
        self._pattern = token_remove_pattern
        self._batch_size = batch_size
        self._model: Any = None

    @property
    def model_id(self) -> str:
        return f"{DEFAULT_MODEL}-m2v{self._pca_dims}{self._suffix()}"

    def _suffix(self) -> str:
        parts = ""
        if self._pattern != DEFAULT_REMOVE_PATTERN:
            parts += "-" + hashlib.sha256(self._pattern.encode()).hexdigest()[:8]
        if self._source is not None:
            parts += "-" + hashlib.sha256(str(self._source).encode()).hexdigest()[:8]
        return parts

    @property
    def path(self) -> Path:
        """The folder of the distilled model (it may not exist yet)."""
        return self._models_dir / (
            f"m2v-{DEFAULT_MODEL}-{bundled_model_version()}-pca{self._pca_dims}{self._suffix()}")

    def load(self) -> Any:
        """Distil if needed, then load the static model."""
        if self._model is not None:
            return self._model
        folder = self.path
        if not (folder / "model.safetensors").is_file():
            log.info("distilling a static model from %s into %s (once)", DEFAULT_MODEL, folder)
            distill_static(self._source or bundled_model_path(), folder,
                           pca_dims=self._pca_dims, token_remove_pattern=self._pattern)
        try:
            from model2vec import StaticModel
        except ImportError:
            raise ModelError("--model fast needs model2vec: run `pip install 'newsdiff[fast]'` "
                             "or use --model default") from None
        try:
            self._model = StaticModel.from_pretrained(str(folder))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot load the static model in {folder} ({exc}); delete "
                             "that folder to distil it again") from None
        return self._model

    def encode(self, texts: Sequence[str]) -> Vectors:
        model = self.load()
        if not texts:
            return normalise(model.encode(["x"])[:0])
        vectors = model.encode(list(texts), show_progress_bar=False,
                               use_multiprocessing=False, batch_size=self._batch_size)
        return normalise(vectors)
