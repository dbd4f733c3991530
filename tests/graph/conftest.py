"""``store``: one fixture over every backend, so the contract tests run on each."""

from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = [
    pytest.param("memory", id="memory"),
    pytest.param("oxigraph", id="oxigraph"),
    pytest.param("virtuoso", id="virtuoso", marks=pytest.mark.virtuoso),
    pytest.param("virtuoso-updates", id="virtuoso-updates", marks=pytest.mark.virtuoso),
]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh store of each backend. ``virtuoso`` writes through the Graph Store
    Protocol; ``virtuoso-updates`` through SPARQL Update only (no store URL)."""
    backend = request.param
    if backend in ("memory", "oxigraph"):
        from vnst.graph.embedded import OxigraphStore

        db = OxigraphStore(None if backend == "memory" else tmp_path / "store")
        yield db
        db.close()
        return
    from vnst.graph.remote import RemoteStore

    server = request.getfixturevalue("virtuoso")
    db = RemoteStore(query_url=server.query_url,
                     store_url=server.store_url if backend == "virtuoso" else None,
                     timeout_s=60, chunk_triples=500)
    _wipe(db)
    yield db
    _wipe(db)
    db.close()


def _wipe(db) -> None:  # type: ignore[no-untyped-def]
    for info in db.graphs():
        db.drop_graph(info.iri)
