"""Shared fixtures: stores, the bundled corpus, a CLI runner with its own store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.fixture
def memory_store():
    from vnst.graph.embedded import OxigraphStore

    store = OxigraphStore(None)
    yield store


@pytest.fixture
def disk_store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def disk_store(disk_store_path: Path):
    from vnst.graph.embedded import OxigraphStore

    store = OxigraphStore(disk_store_path)
    yield store
    store.close()


@pytest.fixture
def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for running the vnst CLI against a private store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNST_")}
    env["VNST_STORE"] = str(tmp_path / "cli-store")
    return env


# A real Virtuoso for the remote-store tests (session scope; skips only when not installed).
from virtuoso_server import virtuoso  # noqa: E402,F401

# `vnst serve` in a subprocess on a free port (real-server tests of the endpoint).
from vnst_server import vnst_server  # noqa: E402,F401
