"""The bundled all-MiniLM-L6-v2 run through ONNX Runtime: the same embeddings, faster.

The model is exported once, offline, with ``torch.onnx`` (the transformer plus the
sentence-transformers head: mean pooling over the attention mask and L2 normalisation,
all inside the graph) into ``MODELS_DIR/all-MiniLM-L6-v2-onnx-<package version>/``
(``MODELS_DIR`` is ``models/`` in the embedding cache directory, see
:func:`newsdiff.encoders.models_dir`), together with the model's ``tokenizer.json``.
Later runs only load that folder with plain ``onnxruntime`` and ``tokenizers``; torch is
needed for the export only.  Inputs are truncated at the model's ``max_seq_length``
(256 word pieces) exactly as sentence-transformers does.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsdiff.encoders import (
    DEFAULT_MODEL,
    Vectors,
    bundled_model_path,
    bundled_model_version,
    normalise,
)
from newsdiff.errors import ModelError

ONNX_MODEL_ID = DEFAULT_MODEL + "+onnx"
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
SETTINGS_FILE = "newsdiff-onnx.json"

log = logging.getLogger(__name__)


def export_onnx(source: Path, target: Path, *, opset: int = 17) -> Path:
    """Export the sentence-transformers model in ``source`` to ``target`` (a new folder).

    The folder is built beside ``target`` and renamed into place, so a crash or a
    concurrent export never leaves a half-written model; if another process finished
    first, its folder is kept.  Returns ``target``.
    """
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:
        raise ModelError(f"ONNX export needs torch and transformers ({exc}); "
                         "install newsdiff's dependencies or use --model default") from None
    max_length = _max_seq_length(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        model = AutoModel.from_pretrained(str(source), attn_implementation="eager").eval()
        wrapped = _with_pooling(model)
        ids = torch.ones((2, 8), dtype=torch.long)
        inputs = ("input_ids", "attention_mask", "token_type_ids")
        axes: dict[str, dict[int, str]] = {name: {0: "batch", 1: "tokens"} for name in inputs}
        axes["embedding"] = {0: "batch"}
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                wrapped, (ids, torch.ones_like(ids), torch.zeros_like(ids)),
                str(work / MODEL_FILE), input_names=list(inputs), output_names=["embedding"],
                dynamic_axes=axes, opset_version=opset, dynamo=False,
            )
        shutil.copyfile(source / TOKENIZER_FILE, work / TOKENIZER_FILE)
        (work / SETTINGS_FILE).write_text(
            json.dumps({"source": str(source), "max_seq_length": max_length}), encoding="utf-8")
        try:
            os.replace(work, target)
        except OSError:
            if not (target / MODEL_FILE).is_file():
                raise
    except (ImportError, OSError, RuntimeError, ValueError) as exc:
        raise ModelError(f"could not export {source} to ONNX in {target.parent} ({exc}); "
                         "check that the onnx package is installed and the folder is "
                         "writable, or use --model default") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


class OnnxEncoder:
    """all-MiniLM-L6-v2 through onnxruntime (exported at first use, then cached).

    ``models_dir`` holds the export; ``source`` is the sentence-transformers folder to
    export (default: the bundled model).  ``threads`` caps onnxruntime's intra-op threads
    (default: onnxruntime's choice, one per physical core).

    Speed (measured in ``benchmarks/speed.py``, see docs/benchmarks.md): each call is
    tokenised once, sorted by word-piece count and run in batches of ``run_size`` texts
    (at most ``batch_size``), each padded only to its own longest text.  A run of 64
    mixed-length sentences spends about a third of its work on padding; runs of 16 taken
    from the length-sorted list spend under a tenth, and were the fastest of 8/12/16/24/32
    on two cores.  onnxruntime's worker threads do not spin while waiting (``spin``):
    spinning was a few percent faster on an idle machine and about a fifth slower on a
    busy one.  The vectors do not depend on the batching (padding is masked out).
    """

    def __init__(
        self,
        models_dir: Path,
        *,
        source: Path | None = None,
        batch_size: int = 64,
        threads: int | None = None,
        run_size: int = 16,
        spin: bool = False,
    ) -> None:
        self._models_dir = Path(models_dir)
        self._source = source
        self._batch_size = batch_size
        self._threads = threads
        self._run_size = run_size
        self._spin = spin
        self._session: Any = None
        self._tokenizer: Any = None

    @property
    def model_id(self) -> str:
        return ONNX_MODEL_ID

    @property
    def path(self) -> Path:
        """The folder of the export (it may not exist yet)."""
        tag = "custom" if self._source is not None else bundled_model_version()
        return self._models_dir / f"{DEFAULT_MODEL}-onnx-{tag}"

    def load(self) -> None:
        """Export if needed, then open the ONNX session and the tokenizer."""
        if self._session is not None:
            return
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError:
            raise ModelError("--model onnx needs onnxruntime: run `pip install 'newsdiff[fast]'` "
                             "or use --model default") from None
        folder = self.path
        if not (folder / MODEL_FILE).is_file():
            log.info("exporting %s to ONNX in %s (once)", DEFAULT_MODEL, folder)
            export_onnx(self._source or bundled_model_path(), folder)
        settings = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        tokenizer.enable_truncation(int(settings["max_seq_length"]))
        tokenizer.no_padding()  # tokenizer.json pads to 128: each run pads to its longest
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.add_session_config_entry("session.intra_op.allow_spinning",
                                         "1" if self._spin else "0")
        if self._threads:
            options.intra_op_num_threads = self._threads
        try:
            self._session = ort.InferenceSession(str(folder / MODEL_FILE), options,
                                                 providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"cannot load {folder / MODEL_FILE} ({exc}); delete that folder "
                             "to export the model again") from None
        self._tokenizer = tokenizer

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.load()
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        lengths = [len(e.ids) for e in encodings]
        # longest first by word pieces (not characters), so a run pads little
        order = sorted(range(len(texts)), key=lambda i: -lengths[i])
        size = max(1, min(self._batch_size, self._run_size))
        out = np.zeros((len(texts), 0), dtype=np.float32)
        for start in range(0, len(order), size):
            rows = order[start : start + size]
            vecs = self._run([encodings[i] for i in rows], lengths[rows[0]])
            if out.shape[1] == 0:
                out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
            out[rows] = vecs
        return normalise(out)

    def _run(self, encodings: list[Any], width: int) -> Vectors:
        """One onnxruntime run over ``encodings`` padded (with zeros) to ``width`` pieces."""
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = e.attention_mask
            types[row, :n] = e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        result = self._session.run(["embedding"], feed)[0]
        return np.asarray(result, dtype=np.float32)


def _max_seq_length(source: Path) -> int:
    """``max_seq_length`` from sentence_bert_config.json (as sentence-transformers uses it)."""
    try:
        config = json.loads((source / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(config["max_seq_length"])
    except (OSError, KeyError, ValueError, TypeError):
        return 512


def _with_pooling(model: Any) -> Any:
    """``model`` wrapped with sentence-transformers' head: masked mean pooling, L2 norm."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            summed = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(summed, p=2.0, dim=1)

    return Pooled(model)
