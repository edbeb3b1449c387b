"""Shared fixtures: the real model is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdiff.encoders import HashingEncoder, SentenceTransformerEncoder

os.environ.setdefault("HF_HUB_OFFLINE", "1")

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
