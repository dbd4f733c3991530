"""The SPARQL 1.1 Service Description of this endpoint, with the dataset's graphs and sizes."""

from __future__ import annotations

from collections.abc import Sequence

import pyoxigraph as ox

from vnst.graph.native_query import GRAPH_FORMATS
from vnst.graph.store import GraphInfo
from vnst.settings import Settings

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                  "SPARQL_Results_TSV", "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD",
                  "RDF_XML")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def service_description(*, settings: Settings, endpoint: str, graphs: Sequence[GraphInfo],
                        fmt: str) -> bytes:
    service = _n(endpoint)
    dataset = ox.BlankNode("dataset")
    default_graph = ox.BlankNode("defaultGraph")
    triples = [
        ox.Triple(service, RDF_TYPE, _n(SD + "Service")),
        ox.Triple(service, _n(SD + "endpoint"), service),
        ox.Triple(service, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
        ox.Triple(service, _n(DCT + "publisher"), ox.Literal(settings.publisher)),
        ox.Triple(service, _n(DCT + "license"), _n(settings.license)),
        ox.Triple(service, _n(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _n(SD + "Dataset")),
        ox.Triple(dataset, _n(SD + "defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _n(SD + "Graph")),
    ]
    if settings.union_default_graph:
        triples.append(ox.Triple(service, _n(SD + "feature"), _n(SD + "UnionDefaultGraph")))
        triples.append(ox.Triple(default_graph, _n(VOID + "triples"), ox.Literal(
            str(sum(info.triples for info in graphs)),
            datatype=_n("http://www.w3.org/2001/XMLSchema#integer"))))
    if settings.update_token:
        triples.append(ox.Triple(service, _n(SD + "supportedLanguage"),
                                 _n(SD + "SPARQL11Update")))
    for name in RESULT_FORMATS:
        triples.append(ox.Triple(service, _n(SD + "resultFormat"), _n(FORMATS + name)))
    for index, info in enumerate(graphs):
        named = ox.BlankNode(f"named{index}")
        graph = ox.BlankNode(f"graph{index}")
        triples += [
            ox.Triple(dataset, _n(SD + "namedGraph"), named),
            ox.Triple(named, RDF_TYPE, _n(SD + "NamedGraph")),
            ox.Triple(named, _n(SD + "name"), _n(info.iri)),
            ox.Triple(named, _n(SD + "graph"), graph),
            ox.Triple(graph, RDF_TYPE, _n(SD + "Graph")),
            ox.Triple(graph, _n(VOID + "triples"), ox.Literal(
                str(info.triples), datatype=_n("http://www.w3.org/2001/XMLSchema#integer"))),
        ]
    prefixes = {"sd": SD, "void": VOID, "dct": DCT} if fmt in ("turtle", "trig") else None
    return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b""


__all__ = ["service_description"]
