"""The resolver step that follows every ``vnst load``: read every source's facts and
provenance graphs through the Store protocol, resolve identities across them (a pure
function, ``vnst.loaders.resolve``), and replace the resolver graph."""

from __future__ import annotations

import io

from rdflib import Graph

from vnst.loaders.resolve import resolve
from vnst.ontology import GRAPH, OA, RESOLVER_GRAPH

_SRC, _PROV = str(GRAPH["src/"]), str(GRAPH["prov/"])


def _read(db: object, iri: str) -> Graph:
    buffer = io.BytesIO()
    db.export(buffer, format="ntriples", graph=iri)
    graph = Graph()
    graph.parse(data=buffer.getvalue(), format="nt")
    return graph


def _annotation_bodies(db: object, iri: str, *, settings: object) -> Graph:
    """Only what the resolver needs from a provenance graph: which annotation names which entity."""
    result = db.query(f"CONSTRUCT {{ ?a <{OA.hasBody}> ?b }} WHERE {{ GRAPH <{iri}> {{ ?a <{OA.hasBody}> ?b }} }}",
                      timeout_s=getattr(settings, "query_timeout", 60.0) or 60.0,
                      max_rows=10_000_000)
    return result.as_graph()


def resolve_step(db: object, *, settings: object) -> None:
    names = [info.iri for info in db.graphs()]
    sources = {}
    for iri in names:
        if iri.startswith(_SRC):
            source_id = iri[len(_SRC):]
            prov_iri = _PROV + source_id
            prov = _annotation_bodies(db, prov_iri, settings=settings) if prov_iri in names else Graph()
            sources[source_id] = (_read(db, iri), prov)
    db.replace_graphs({str(RESOLVER_GRAPH): resolve(sources)})


__all__ = ["resolve_step"]
