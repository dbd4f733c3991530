"""Loader test helpers: the seeds loaded once per session (pure, no store)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO / "corpus"
FIXTURE_DIR = REPO / "tests" / "fixtures" / "documents"


def seed_path(prefix: str) -> Path:
    return next(SEED_DIR.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seed_batches() -> dict[str, object]:
    from vnst.loaders.document import text_batch

    return {p.name[:3]: text_batch(p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(SEED_DIR.glob("*.txt"))}


def facts_of(batch) -> Graph:
    return next(g for name, g in batch.graphs.items() if "/graph/src/" in name)


def prov_of(batch) -> Graph:
    return next(g for name, g in batch.graphs.items() if "/graph/prov/" in name)
