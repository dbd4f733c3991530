"""Shared parsing and helpers for the ontology tests (not a test module)."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[2]
TTL = ROOT / "ontology" / "vnst.ttl"

VNST_NS = "https://w3id.org/vnst/def#"
VNST = Namespace(VNST_NS)
ONTOLOGY_IRI = URIRef("https://w3id.org/vnst/def")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # open namespace: pytest probes closed ones
ID = Namespace("https://w3id.org/vnst/id/")

SCHEMES = {
    "role": URIRef("https://w3id.org/vnst/id/role/"),
    "doctype": URIRef("https://w3id.org/vnst/id/doctype/"),
    "status": URIRef("https://w3id.org/vnst/id/status/"),
    "era": URIRef("https://w3id.org/vnst/id/era/"),
}

# SPARQL extension functions (vnst:fold, vnst:matches) are declared as sd:Function.
SD_FUNCTION = URIRef("http://www.w3.org/ns/sparql-service-description#Function")
TERM_TYPES = (OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
              OWL.AnnotationProperty, RDF.Property, SD_FUNCTION)
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


def _parse() -> Graph | None:
    try:
        return Graph().parse(TTL, format="turtle")
    except Exception:  # reported by test_ttl_parses; keeps collection alive
        return None


GRAPH = _parse()
EMPTY = Graph()


def _g() -> Graph:
    return GRAPH if GRAPH is not None else EMPTY


def _is_vnst(node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(VNST_NS)


def _local(node) -> str:
    return str(node)[len(VNST_NS):]


def declared_terms(graph: Graph) -> set[URIRef]:
    terms = set()
    for term_type in TERM_TYPES:
        terms.update(s for s in graph.subjects(RDF.type, term_type) if _is_vnst(s))
    return terms


def vnst_subjects(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if _is_vnst(s)}


def vnst_classes(graph: Graph) -> list[URIRef]:
    return sorted(s for s in declared_terms(graph)
                  if (s, RDF.type, OWL.Class) in graph or (s, RDF.type, RDFS.Class) in graph)


def vnst_properties(graph: Graph) -> list[URIRef]:
    return sorted(s for s in declared_terms(graph)
                  if any((s, RDF.type, t) in graph for t in PROPERTY_TYPES))


ALL_TERMS = sorted(declared_terms(_g()) | vnst_subjects(_g()))


