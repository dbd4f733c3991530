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

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from vnst.batch import RdfPayload
from vnst.graph.terms import parse_error, rdf_format
from vnst.loaders.sources import SOFTWARE_AGENT, SourceRef
from vnst.ontology import ID, VNST

QUAD_FORMATS = {"nquads", "trig", "jsonld"}
MEDIA = {"turtle": "text/turtle", "ntriples": "application/n-triples", "nquads": "application/n-quads",
         "trig": "application/trig", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


def payload_graphs(payload: RdfPayload) -> list[str]:
    """The named graphs the file fills: its own graph names, and ``payload.graph`` for triples."""
    names: set[str] = set()
    default = False
    if payload.format in QUAD_FORMATS:
        try:
            for quad in ox.parse(payload.data, format=rdf_format(payload.format)):
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    default = True
                else:
                    names.add(str(quad.graph_name.value))
        except SyntaxError as exc:
            raise parse_error(exc, path=payload.path) from exc
    else:
        default = True
    if default:
        names.add(payload.graph)
    return sorted(names)


def describe_payload(ref: SourceRef, payload: RdfPayload, *,
                     loaded_at: datetime | None = None) -> Graph:
    loaded_at = loaded_at or datetime.now(timezone.utc)
    graph = Graph()
    source, run = ref.iri, ID[f"run/{ref.id}/{loaded_at.strftime('%Y%m%dT%H%M%S%fZ')}"]
    graph.add((source, RDF.type, VNST.SourceDocument))
    graph.add((source, RDF.type, PROV.Entity))
    graph.add((source, DCTERMS.source, Literal(PurePath(payload.path).name)))
    graph.add((source, DCTERMS.format, Literal(MEDIA.get(payload.format, payload.format))))
    graph.add((source, VNST.sha256, Literal(hashlib.sha256(payload.data).hexdigest())))
    graph.add((source, DCTERMS.extent, Literal(len(payload.data), datatype=XSD.integer)))
    for name in [*payload_graphs(payload), str(ref.prov_graph)]:
        named = URIRef(name)
        graph.add((named, RDF.type, PROV.Entity))
        graph.add((named, PROV.wasDerivedFrom, source))
        graph.add((named, PROV.wasGeneratedBy, run))
        graph.add((named, PROV.generatedAtTime, Literal(loaded_at, datatype=XSD.dateTime)))
    graph.add((run, RDF.type, VNST.LoadRun))
    graph.add((run, RDF.type, PROV.Activity))
    graph.add((run, PROV.used, source))
    graph.add((run, PROV.startedAtTime, Literal(loaded_at, datatype=XSD.dateTime)))
    graph.add((run, PROV.wasAssociatedWith, SOFTWARE_AGENT))
    return graph


__all__ = ["describe_payload", "payload_graphs"]
