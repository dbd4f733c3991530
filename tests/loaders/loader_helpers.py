"""Shared helpers for the loader tests (paths of the seeds and test documents, graph pickers)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO / "corpus"
FIXTURE_DIR = REPO / "tests" / "fixtures" / "documents"


def facts_of(batch) -> Graph:
    return next(g for name, g in batch.graphs.items() if "/graph/src/" in name)


def prov_of(batch) -> Graph:
    return next(g for name, g in batch.graphs.items() if "/graph/prov/" in name)
