"""The vnst ontology and the namespaces every layer shares.

``vnst.ttl`` (OWL 2, Turtle) declares the ``vnst:`` terms, each a subclass or
subproperty of a W3C/EU term where one exists, and the SKOS concept schemes
(roles, document types, statuses, eras). Data IRIs live under
``https://w3id.org/vnst/``; the families are below (``ID``, ``ELI_DATA``, ...).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/vnst/"

# Ontology terms.
VNST = Namespace(BASE + "def#")

# Standard vocabularies (rdflib's DCAT object is DCAT 2, so DCAT 3 is declared here).
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
VOID = Namespace("http://rdfs.org/ns/void#")
SCHEMA = Namespace("https://schema.org/")
QB = Namespace("http://purl.org/linked-data/cube#")
SDMX_DIM = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_ATTR = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
SDMX_MEAS = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
ADMS = Namespace("http://www.w3.org/ns/adms#")

# Data IRI families.
ID = Namespace(BASE + "id/")            # organisations, people, posts, places, ...
ELI_DATA = Namespace(BASE + "eli/")     # legal documents, ELI-style
SOURCE = Namespace(BASE + "source/")    # source documents (the texts)
GRAPH = Namespace(BASE + "graph/")      # named graphs
ROLE = Namespace(BASE + "id/role/")     # SKOS scheme of roles (posts)
DOCTYPE = Namespace(BASE + "id/doctype/")  # SKOS scheme of Vietnamese document types
STATUS = Namespace(BASE + "id/status/")    # SKOS scheme of document statuses
ERA = Namespace(BASE + "id/era/")          # SKOS scheme of administrative eras
MEASURE = Namespace(BASE + "id/measure/")  # SKOS scheme of statistical measures

# Well-known named graphs.
RESOLVER_GRAPH = GRAPH["resolver"]
INFERRED_GRAPH = GRAPH["inferred"]
ONTOLOGY_GRAPH = GRAPH["ontology"]

PREFIXES: dict[str, str] = {
    "vnst": str(VNST), "org": str(ORG), "eli": str(ELI), "prov": str(PROV), "oa": str(OA),
    "time": str(TIME), "skos": str(SKOS), "dcat": str(DCAT), "void": str(VOID),
    "dct": str(DCTERMS), "foaf": str(FOAF), "schema": str(SCHEMA), "qb": str(QB),
    "sdmx-dimension": str(SDMX_DIM), "sdmx-attribute": str(SDMX_ATTR),
    "sdmx-measure": str(SDMX_MEAS), "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS),
    "xsd": str(XSD), "sh": str(SH), "id": str(ID), "role": str(ROLE), "doctype": str(DOCTYPE),
    "status": str(STATUS), "era": str(ERA), "measure": str(MEASURE), "graph": str(GRAPH),
    "source": str(SOURCE),
}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, for queries written in code."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


def ontology_text() -> str:
    return resources.files(__package__).joinpath("vnst.ttl").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _parsed() -> Graph:
    graph = Graph()
    graph.parse(data=ontology_text(), format="turtle")
    return graph


def load_ontology() -> Graph:
    """A fresh copy of the ontology graph (callers may add to it)."""
    copy = Graph()
    for prefix, namespace in _parsed().namespaces():
        copy.bind(prefix, namespace)
    for triple in _parsed():
        copy.add(triple)
    return copy


__all__ = [
    "ADMS", "BASE", "DCAT", "DOCTYPE", "ELI", "ELI_DATA", "ERA", "GRAPH", "ID", "INFERRED_GRAPH",
    "MEASURE", "OA", "ONTOLOGY_GRAPH", "ORG", "PREFIXES", "QB", "RESOLVER_GRAPH", "ROLE",
    "SCHEMA", "SD", "SDMX_ATTR", "SDMX_DIM", "SDMX_MEAS", "SH", "SOURCE", "STATUS", "VNST",
    "VOID", "load_ontology", "ontology_text", "sparql_prologue",
]
