"""Provenance of an RDF file from another publisher: where its triples came from.

The dump's triples go to ``graph:src/{source-id}`` (quads keep their own
graphs); ``graph:prov/{source-id}`` gets the file as a source (name, format,
SHA-256 of the bytes, size; not its text, dumps can be large), the load run,
and for every graph the file fills ``prov:wasDerivedFrom`` the file.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import PurePath

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from vnst.batch import RdfPayload
from vnst.loaders.rdf import inspect_payload
from vnst.loaders.sources import SourceRef, add_run
from vnst.ontology import VNST

MEDIA = {"turtle": "text/turtle", "ntriples": "application/n-triples", "nquads": "application/n-quads",
         "trig": "application/trig", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


def payload_graphs(payload: RdfPayload) -> list[str]:
    """The named graphs the file fills: its own graph names, and ``payload.graph`` for triples."""
    graphs = payload.graphs if payload.graphs is not None else inspect_payload(payload).graphs
    return list(graphs or ())


def describe_payload(ref: SourceRef, payload: RdfPayload, *,
                     loaded_at: datetime | None = None) -> Graph:
    graph = Graph()
    source = ref.iri
    graph.add((source, RDF.type, VNST.SourceDocument))
    graph.add((source, RDF.type, PROV.Entity))
    graph.add((source, DCTERMS.source, Literal(PurePath(payload.path).name)))
    graph.add((source, DCTERMS.format, Literal(MEDIA.get(payload.format, payload.format))))
    graph.add((source, VNST.sha256, Literal(hashlib.sha256(payload.data).hexdigest())))
    graph.add((source, DCTERMS.extent, Literal(len(payload.data), datatype=XSD.integer)))
    add_run(graph, ref, graphs=[*payload_graphs(payload), str(ref.prov_graph)],
            loaded_at=loaded_at or datetime.now(timezone.utc))
    return graph


__all__ = ["describe_payload", "payload_graphs"]
