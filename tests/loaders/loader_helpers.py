"""Shared helpers for the loader tests (paths of the seeds and test documents, graph pickers)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from vnst.loaders.orgs import find_orgs
from vnst.loaders.places import province_named

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO / "corpus"
FIXTURE_DIR = REPO / "tests" / "fixtures" / "documents"


def facts_of(batch) -> Graph:
    return next(g for name, g in batch.graphs.items() if "/graph/src/" in name)


def org_names(text: str, home: str = "Nghệ An") -> list[str]:
    """The names of the organisations found in ``text``, the document's province ``home``."""
    return [o.name for o in find_orgs(text, home=province_named(home))]


def project_names(text: str) -> set[str]:
    """The folded names of the projects and facilities found in ``text``."""
    from vnst.loaders.extract import gather
    from vnst.textnorm import fold

    return {fold(p.name) for p in gather(text).projects}


def prov_of(batch) -> Graph:
    return next(g for name, g in batch.graphs.items() if "/graph/prov/" in name)
