"""Shared fixtures: the real model is loaded once per test session."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from newsdiff import Comparison, Config, compare, load_reports
from newsdiff.config import ALL_KINDS, Kind
from newsdiff.encoders import HashingEncoder, SentenceTransformerEncoder

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Property tests are reproducible by default (the same examples on every run, so CI is
# not flaky); HYPOTHESIS_PROFILE=explore draws new random examples on each run.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "caracas-raid"


@pytest.fixture(scope="session")
def real_encoder() -> SentenceTransformerEncoder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole session."""
    encoder = SentenceTransformerEncoder()
    encoder.load()
    return encoder


@pytest.fixture(scope="session")
def hashing_encoder() -> HashingEncoder:
    """A fast bag-of-words encoder for plumbing tests (no language understanding)."""
    return HashingEncoder()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def compare_examples(
    real_encoder: SentenceTransformerEncoder, examples_dir: Path
) -> Callable[..., Comparison]:
    """``compare_examples("framing")``: the example reports compared with the real model
    for those divergence kinds (all kinds when none are given), computed once per session."""
    done: dict[tuple[Kind, ...], Comparison] = {}

    def run(*kinds: Kind) -> Comparison:
        key = kinds or ALL_KINDS
        if key not in done:
            done[key] = compare(load_reports([examples_dir]), encoder=real_encoder,
                                config=Config(kinds=key))
        return done[key]

    return run
