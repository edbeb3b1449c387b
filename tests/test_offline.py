"""The offline guarantee: with every network connection refused, the real model loads and
the example reports are compared; no connection is even attempted."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from contract import check_contract

from newsdiff import compare
from newsdiff.encoders import SentenceTransformerEncoder
from newsdiff.ingest import load_reports

ROOT = Path(__file__).resolve().parent.parent

BLOCK_NETWORK = """
import socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(args[1:2] or args[:1])
    raise OSError("network blocked by the offline test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from newsdiff.cli import main
status = main(sys.argv[1:])
sys.stderr.write(f"connection attempts: {len(attempts)}\\n")
sys.exit(status)
"""


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Refuse every connection and DNS lookup; return the list of attempts."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network blocked by the offline test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.model
def test_examples_compare_offline_with_a_freshly_loaded_model(
    no_network: list[Any], real_encoder: SentenceTransformerEncoder, examples_dir: Path
) -> None:
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("huggingface.co", 443), timeout=1)
    no_network.clear()
    fresh = SentenceTransformerEncoder()
    fresh.load()
    reports = load_reports(examples_dir)
    result = compare(reports, encoder=fresh)
    doc = check_contract(result.to_json())
    assert doc["model"] == "all-MiniLM-L6-v2"
    assert len(doc["reports"]) == 6 and doc["divergences"]
    probe = [result.sentence_text(r.id, 0) for r in result.reports]
    np.testing.assert_allclose(fresh.encode(probe), real_encoder.encode(probe), atol=1e-5)
    assert no_network == []


@pytest.mark.model
def test_cli_in_a_clean_process_makes_no_connection(tmp_path: Path, examples_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("HF_", "TRANSFORMERS_", "SENTENCE_TRANSFORMERS"))}
    env["HOME"] = str(tmp_path)  # no Hugging Face cache or token of this machine
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    out = tmp_path / "out.json"
    proc = subprocess.run(
        [sys.executable, "-c", BLOCK_NETWORK, "compare", str(examples_dir / "wire.txt"),
         str(examples_dir / "globe.txt"), "--format", "json", "-o", str(out), "-q"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "connection attempts: 0" in proc.stderr
    doc = check_contract(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in doc["reports"]] == ["globe", "wire"]
    assert doc["model"] == "all-MiniLM-L6-v2"
    assert any(len(g["members"]) == 2 for g in doc["groups"])
