"""Encoders: the --model factory, the ONNX path (same embeddings as torch), the distilled
static model (cached after the first use) and encode_unique's cache behaviour."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff.cache import EmbeddingCache
from newsdiff.cli import main
from newsdiff.encoders import (
    HashingEncoder,
    SentenceTransformerEncoder,
    Vectors,
    encode_unique,
    encoder_for,
    models_dir,
)
from newsdiff.errors import ModelError
from newsdiff.ingest import load_reports
from newsdiff.onnx_encoder import OnnxEncoder
from newsdiff.pipeline import compare, sentences_of
from newsdiff.static_encoder import StaticEncoder

LONG = "The army said the raid on the capital lasted two hours. " * 60  # > 256 word pieces


@pytest.fixture(scope="module")
def example_sentences(examples_dir: Path) -> list[str]:
    reports = load_reports(examples_dir)
    return [s.text_in(r) for r in reports for s in sentences_of(r)]


@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary cache folder; the ONNX export goes to its models/ folder."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def onnx_encoder(onnx_cache: Path) -> OnnxEncoder:
    """The bundled MiniLM exported to ONNX once for this module, in a temporary folder."""
    encoder = OnnxEncoder(models_dir(onnx_cache))
    encoder.load()
    return encoder


# ---------------------------------------------------------------------------- factory


def test_encoder_for_maps_names_to_encoders(tmp_path: Path) -> None:
    assert isinstance(encoder_for("default", cache_dir=tmp_path), SentenceTransformerEncoder)
    assert encoder_for("all-MiniLM-L6-v2", cache_dir=tmp_path).model_id == "all-MiniLM-L6-v2"
    onnx = encoder_for("onnx", cache_dir=tmp_path)
    assert isinstance(onnx, OnnxEncoder) and onnx.path.parent == tmp_path / "models"
    fast = encoder_for("fast", cache_dir=tmp_path)
    assert isinstance(fast, StaticEncoder) and fast.path.parent == models_dir(tmp_path)
    assert encoder_for("hashing-64", cache_dir=None).model_id == "hashing-64"
    # nothing was exported or distilled just by naming the encoders
    assert not (tmp_path / "models").exists()


def test_encoder_for_local_folder_and_unknown_name(tmp_path: Path) -> None:
    assert encoder_for(str(tmp_path), cache_dir=None).model_id == tmp_path.name
    with pytest.raises(ModelError, match=r"'no-such-model'.*onnx, fast"):
        encoder_for("no-such-model", cache_dir=tmp_path)


def test_model_ids_differ_so_cached_vectors_never_mix(tmp_path: Path) -> None:
    ids = {encoder_for(n, cache_dir=tmp_path).model_id for n in ("default", "onnx", "fast")}
    assert len(ids) == 3


# ------------------------------------------------------------------------------- ONNX


@pytest.mark.model
def test_onnx_matches_torch(
    onnx_encoder: OnnxEncoder, real_encoder: SentenceTransformerEncoder,
    example_sentences: list[str],
) -> None:
    texts = [*example_sentences[::4], LONG, "", "Fifty-five soldiers were killed."]
    torch_vectors = real_encoder.encode(texts)
    onnx_vectors = onnx_encoder.encode(texts)
    assert onnx_vectors.shape == torch_vectors.shape == (len(texts), 384)
    assert onnx_vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    cosines = (onnx_vectors * torch_vectors).sum(axis=1)
    assert cosines.min() >= 0.999


@pytest.mark.model
def test_onnx_export_is_reused(onnx_encoder: OnnxEncoder, monkeypatch: pytest.MonkeyPatch
                               ) -> None:
    import newsdiff.onnx_encoder as module

    def no_export(*args: object, **kwargs: object) -> Path:
        raise AssertionError("exported again although the export is cached")

    monkeypatch.setattr(module, "export_onnx", no_export)
    again = OnnxEncoder(onnx_encoder.path.parent)
    assert again.path == onnx_encoder.path
    vectors = again.encode(["The raid began before dawn."])
    np.testing.assert_allclose(vectors, onnx_encoder.encode(["The raid began before dawn."]),
                               atol=1e-6)
    # the folder holds the model and its tokenizer, and no left-over temporary folder
    names = sorted(p.name for p in onnx_encoder.path.parent.iterdir())
    assert names == [onnx_encoder.path.name]
    assert {"model.onnx", "tokenizer.json"} <= {p.name for p in onnx_encoder.path.iterdir()}


@pytest.mark.model
def test_cli_compare_with_onnx_gives_the_torch_groups(
    onnx_encoder: OnnxEncoder, onnx_cache: Path, real_encoder: SentenceTransformerEncoder,
    examples_dir: Path, tmp_path: Path,
) -> None:
    out = tmp_path / "out.json"
    status = main(["compare", str(examples_dir), "--model", "onnx", "--cache", str(onnx_cache),
                   "--format", "json", "-o", str(out), "-q"])
    assert status == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["model"] == "all-MiniLM-L6-v2+onnx"
    torch_result = compare(load_reports(examples_dir), encoder=real_encoder)
    torch_groups = [[(m.report, list(m.sentences)) for m in g.members]
                    for g in torch_result.groups]
    assert [[(m["report"], m["sentences"]) for m in g["members"]]
            for g in data["groups"]] == torch_groups


@pytest.mark.model
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_onnx_vectors_do_not_depend_on_batch_neighbours(
    onnx_encoder: OnnxEncoder, example_sentences: list[str], data: st.DataObject
) -> None:
    """Padding to the longest text in a batch must not change any text's vector."""
    batch = data.draw(st.lists(st.sampled_from(example_sentences), min_size=1, max_size=6))
    together = onnx_encoder.encode(batch)
    alone = np.vstack([onnx_encoder.encode([t]) for t in batch])
    assert ((together * alone).sum(axis=1) >= 0.9999).all()


@pytest.mark.model
def test_onnx_runs_sorted_by_word_pieces_keep_input_order(
    onnx_encoder: OnnxEncoder, example_sentences: list[str]
) -> None:
    """A call longer than one run (16 texts) is split into length-sorted runs; every
    vector still comes back in its text's row and equals the text encoded alone."""
    texts = [*example_sentences[:40], LONG, "", "Short."]
    vectors = onnx_encoder.encode(texts)
    one_run = OnnxEncoder(onnx_encoder.path.parent, run_size=len(texts))
    assert one_run.path == onnx_encoder.path
    np.testing.assert_allclose(vectors, one_run.encode(texts), atol=1e-5)
    for i in (0, 17, 40, 41, 42):
        assert float(vectors[i] @ onnx_encoder.encode([texts[i]])[0]) >= 0.9999


# ----------------------------------------------------------------------- static model

WORDS = re.findall(r"\w+", """the a of in was were said soldiers killed died troops raid capital
city president captured seized night rain weather market stocks fell rose bank people army
police fifty five leader forces attack dawn morning shares prices trading""")


@pytest.fixture(scope="module")
def small_static(tmp_path_factory: pytest.TempPathFactory) -> StaticEncoder:
    """A static model distilled from the bundled MiniLM over a small vocabulary (fast);
    the real ``--model fast`` keeps the whole vocabulary and is measured in
    benchmarks/speed.py."""
    keep = "|".join(map(re.escape, WORDS))
    encoder = StaticEncoder(tmp_path_factory.mktemp("static"), pca_dims=16,
                            token_remove_pattern=rf"\[unused\d+\]|(?!\[|(?:{keep})$)")
    encoder.load()
    return encoder


@pytest.mark.model
def test_static_model_distils_and_encodes(small_static: StaticEncoder) -> None:
    texts = ["Soldiers were killed in the raid on the capital.",
             "Troops died in the attack on the city.",
             "Stocks fell as bank shares rose.",
             "zzzz qqqq"]
    vectors = small_static.encode(texts)
    assert vectors.shape == (4, 16) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any()  # no known word piece: a zero vector, not NaN
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2] + 0.2  # meaning survives the distillation
    assert small_static.encode([]).shape == (0, 16)
    assert small_static.model_id.startswith("all-MiniLM-L6-v2-m2v16-")


@pytest.mark.model
def test_static_model_is_cached(small_static: StaticEncoder, monkeypatch: pytest.MonkeyPatch
                                ) -> None:
    import newsdiff.static_encoder as module

    def no_distill(*args: object, **kwargs: object) -> Path:
        raise AssertionError("distilled again although the model is cached")

    monkeypatch.setattr(module, "distill_static", no_distill)
    again = StaticEncoder(small_static.path.parent, pca_dims=16,
                          token_remove_pattern=small_static._pattern)
    assert again.path == small_static.path
    text = ["The president was captured at night."]
    np.testing.assert_array_equal(again.encode(text), small_static.encode(text))
    assert [p.name for p in small_static.path.parent.iterdir()] == [small_static.path.name]


# ---------------------------------------------------------------------- encode_unique


class CountingEncoder:
    """Wraps an encoder and records every text it is asked to encode."""

    def __init__(self, inner: HashingEncoder) -> None:
        self.inner = inner
        self.seen: list[str] = []

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.seen.extend(texts)
        return self.inner.encode(texts)


def test_encode_unique_deduplicates_and_a_warm_run_encodes_nothing(
    tmp_path: Path, hashing_encoder: HashingEncoder
) -> None:
    wire = "Fifty-five soldiers were killed, the army said."
    texts = [wire, "The raid began before dawn.", wire, "Caracas was dark.", wire]
    counting = CountingEncoder(hashing_encoder)
    with EmbeddingCache(tmp_path) as cache:
        cold = encode_unique(counting, texts, cache=cache, batch_size=2)
        assert sorted(counting.seen) == sorted(set(texts))  # each distinct text once
        counting.seen.clear()
        warm = encode_unique(counting, texts, cache=cache, batch_size=2)
    assert counting.seen == []
    np.testing.assert_allclose(cold, warm, atol=1e-7)
    np.testing.assert_allclose(cold, hashing_encoder.encode(texts), atol=1e-6)
