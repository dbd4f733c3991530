"""The dataset's own description: a DCAT 3 / DCAT-AP 3 catalogue and VoID, read from the store.

One catalogue holds one dataset (the whole store), its distributions (the
dumps served under ``/dump/``: N-Quads, TriG, JSON-LD and the per-class CSV
tables), the SPARQL endpoint as a ``dcat:DataService``, one ``void:subset``
per named graph with its triple count, the vocabularies used, and one
``void:Linkset`` per external target with its link count. Everything is
counted from the store through the ``Store`` protocol, so any backend works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, XSD

from vnst.graph.store import Store
from vnst.ontology import BASE, DCAT, ID, PREFIXES, SD, VOID, sparql_prologue
from vnst.settings import Settings

CATALOG = URIRef(BASE + "catalog")
DATASET = URIRef(BASE + "dataset")
SERVICE = URIRef(BASE + "service/sparql")
PUBLISHER = ID["agent/publisher"]
COUNTRY = ID["place/vn"]
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
IANA = "http://www.iana.org/assignments/media-types/"
LINK_PREDICATES = ("http://www.w3.org/2004/02/skos/core#exactMatch",
                   "http://www.w3.org/2004/02/skos/core#closeMatch",
                   "http://www.w3.org/2002/07/owl#sameAs")
ELI_TEMPLATE = "https://w3id.org/vnst/eli/vn/{issuer}/{year}{/month,day}/{type}/{number}"
PLACE_TEMPLATE = "https://w3id.org/vnst/id/place/vn/{era}/{level}/{code}"
KNOWN_TARGETS = {"http://www.wikidata.org/entity/": "wikidata"}


@dataclass(frozen=True)
class Dump:
    """A file the server offers under /dump/ and the catalogue lists as a distribution."""

    name: str
    title: str
    media_type: str
    file_type: str


DUMPS = (
    Dump("vnst.nq", "Whole store as N-Quads", "application/n-quads", "NQUADS"),
    Dump("vnst.trig", "Whole store as TriG", "application/trig", "TRIG"),
    Dump("vnst.jsonld", "Whole store as JSON-LD", "application/ld+json", "JSON_LD"),
    Dump("csv/agreements.csv", "Cooperation agreements (CSV table)", "text/csv", "CSV"),
    Dump("csv/clauses.csv", "Clauses of agreements (CSV table)", "text/csv", "CSV"),
    Dump("csv/people.csv", "People with their posts (CSV table)", "text/csv", "CSV"),
    Dump("csv/documents.csv", "Legal and policy documents (CSV table)", "text/csv", "CSV"),
)


def _namespace(iri: str) -> str:
    return iri[:max(iri.rfind("#"), iri.rfind("/")) + 1]


def _select(store: Store, sparql: str, settings: Settings) -> list[tuple]:
    result = store.query(sparql_prologue() + sparql, timeout_s=settings.query_timeout,
                         max_rows=settings.max_rows)
    return result.rows


def vocabularies(store: Store, settings: Settings) -> list[str]:
    """Namespaces of the predicates and classes used in any named graph."""
    rows = _select(store, "SELECT DISTINCT ?term WHERE { { GRAPH ?g { ?s ?term ?o } } UNION "
                          "{ GRAPH ?g { ?s a ?term } } }", settings)
    found = {_namespace(str(row[0])) for row in rows if row[0] is not None}
    return sorted(ns for ns in found if ns and not ns.startswith(BASE + "id/")
                  and not ns.startswith(BASE + "graph/"))


def linksets(store: Store, settings: Settings) -> dict[tuple[str, str], int]:
    """(link predicate, target namespace) -> number of links to outside our IRIs."""
    values = " ".join(f"<{p}>" for p in LINK_PREDICATES)
    rows = _select(store, f"SELECT ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
                          f"FILTER(isIRI(?o) && !STRSTARTS(STR(?o), \"{BASE}\")) }}", settings)
    counts: dict[tuple[str, str], int] = {}
    for predicate, target in rows:
        key = (str(predicate), _namespace(str(target)))
        counts[key] = counts.get(key, 0) + 1
    return counts


def last_update(store: Store, settings: Settings) -> datetime:
    rows = _select(store, "SELECT (MAX(?t) AS ?latest) WHERE { GRAPH ?g { ?x prov:generatedAtTime ?t } }",
                   settings)
    value = rows[0][0] if rows and rows[0] else None
    if value is not None and isinstance(value.toPython(), datetime):
        return value.toPython()
    return datetime.now(timezone.utc)


def _typed(graph: Graph, iri: str, kind: URIRef) -> URIRef:
    node = URIRef(iri)
    graph.add((node, RDF.type, kind))
    return node


def _web(graph: Graph, url: str) -> URIRef:
    """A web address; DCAT-AP's shapes want it typed (rdfs:Resource) as RDFS would infer."""
    return _typed(graph, url, RDFS.Resource)


def _texts(graph: Graph, node: URIRef, predicate: URIRef, vi: str, en: str) -> None:
    graph.add((node, predicate, Literal(vi, lang="vi")))
    graph.add((node, predicate, Literal(en, lang="en")))


def describe_dataset(store: Store, settings: Settings) -> Graph:
    """The catalogue graph (DCAT 3 / DCAT-AP 3 and VoID) of what the store holds now."""
    graph = Graph()
    for prefix in ("dcat", "dct", "void", "foaf", "xsd"):
        graph.bind(prefix, PREFIXES[prefix])
    graph.bind("sd", str(SD))
    public = settings.public_url
    modified = Literal(last_update(store, settings), datatype=XSD.dateTime)
    license_ = _typed(graph, settings.license, DCTERMS.LicenseDocument)
    publisher = _typed(graph, str(PUBLISHER), FOAF.Agent)
    graph.add((publisher, FOAF.name, Literal(settings.publisher)))
    spatial = _typed(graph, str(COUNTRY), DCTERMS.Location)
    languages = [_typed(graph, LANGUAGE + code, DCTERMS.LinguisticSystem) for code in ("VIE", "ENG")]

    graph.add((CATALOG, RDF.type, DCAT.Catalog))
    _texts(graph, CATALOG, DCTERMS.title, "Danh mục dữ liệu vnst",
           "vnst data catalogue")
    _texts(graph, CATALOG, DCTERMS.description,
           "Đồ thị tri thức về quản lý khoa học và công nghệ của Việt Nam và các dịch vụ truy cập.",
           "The knowledge graph of Vietnam's science-and-technology governance and its services.")
    for predicate, value in ((DCTERMS.publisher, publisher), (DCTERMS.license, license_),
                             (DCTERMS.modified, modified), (DCAT.dataset, DATASET),
                             (DCAT.service, SERVICE), (DCTERMS.spatial, spatial),
                             (FOAF.homepage, URIRef(public + "/"))):
        graph.add((CATALOG, predicate, value))
    _typed(graph, public + "/", FOAF.Document)
    for language in languages:
        graph.add((CATALOG, DCTERMS.language, language))

    graph.add((DATASET, RDF.type, DCAT.Dataset))
    graph.add((DATASET, RDF.type, VOID.Dataset))
    _texts(graph, DATASET, DCTERMS.title, "Đồ thị tri thức vnst", "vnst knowledge graph")
    _texts(graph, DATASET, DCTERMS.description,
           "Văn bản, tổ chức, con người, chương trình hợp tác và số liệu khoa học và công nghệ "
           "trích từ văn bản tiếng Việt, kèm nguồn gốc của từng dữ kiện.",
           "Documents, bodies, people, cooperation programmes and S&T figures extracted from "
           "Vietnamese texts, with the provenance of every fact.")
    for predicate, value in ((DCTERMS.publisher, publisher), (DCTERMS.license, license_),
                             (DCTERMS.modified, modified), (DCTERMS.spatial, spatial),
                             (VOID.sparqlEndpoint, URIRef(public + "/sparql")),
                             (VOID.uriSpace, Literal(BASE)),
                             (VOID.rootResource, CATALOG)):
        graph.add((DATASET, predicate, value))
    for language in languages:
        graph.add((DATASET, DCTERMS.language, language))
    graph.add((DATASET, DCTERMS.conformsTo, URIRef(BASE + "def")))
    graph.add((DATASET, RDFS.comment, Literal(
        f"IRI templates (RFC 6570): legal documents {ELI_TEMPLATE} (number as written in "
        f"eli:id_local); administrative units {PLACE_TEMPLATE}. See ontology/IDENTIFIERS.md.",
        lang="en")))
    _typed(graph, BASE + "def", DCTERMS.Standard)

    _add_service(graph, public, license_)
    _add_dumps(graph, public, license_)
    _add_subsets(graph, store)
    for namespace in vocabularies(store, settings):
        graph.add((DATASET, VOID.vocabulary, URIRef(namespace)))
    _add_linksets(graph, linksets(store, settings))
    return graph


def _add_service(graph: Graph, public: str, license_: URIRef) -> None:
    graph.add((SERVICE, RDF.type, DCAT.DataService))
    graph.add((SERVICE, RDF.type, SD.Service))
    _texts(graph, SERVICE, DCTERMS.title, "Điểm truy vấn SPARQL của vnst", "vnst SPARQL endpoint")
    endpoint = _web(graph, public + "/sparql")
    graph.add((SERVICE, DCAT.endpointURL, endpoint))
    graph.add((SERVICE, SD.endpoint, endpoint))
    graph.add((SERVICE, DCAT.servesDataset, DATASET))
    graph.add((SERVICE, DCTERMS.license, license_))
    graph.add((SERVICE, DCTERMS.conformsTo, _typed(graph, "https://www.w3.org/TR/sparql11-protocol/",
                                                    DCTERMS.Standard)))
    graph.add((SERVICE, DCAT.endpointDescription, _web(graph, public + "/.well-known/void")))


def _add_dumps(graph: Graph, public: str, license_: URIRef) -> None:
    for dump in DUMPS:
        node = URIRef(f"{BASE}dataset/distribution/{dump.name.replace('/', '-')}")
        url = _web(graph, f"{public}/dump/{dump.name}")
        graph.add((DATASET, DCAT.distribution, node))
        graph.add((node, RDF.type, DCAT.Distribution))
        graph.add((node, DCTERMS.title, Literal(dump.title, lang="en")))
        graph.add((node, DCAT.accessURL, url))
        graph.add((node, DCAT.downloadURL, url))
        graph.add((node, DCAT.mediaType, _typed(graph, IANA + dump.media_type, DCTERMS.MediaType)))
        graph.add((node, DCTERMS.format, _typed(graph, FILE_TYPE + dump.file_type,
                                                 DCTERMS.MediaTypeOrExtent)))
        graph.add((node, DCTERMS.license, license_))
        if dump.media_type != "text/csv":
            graph.add((DATASET, VOID.dataDump, url))
    endpoint = URIRef(f"{BASE}dataset/distribution/sparql")
    graph.add((DATASET, DCAT.distribution, endpoint))
    graph.add((endpoint, RDF.type, DCAT.Distribution))
    graph.add((endpoint, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
    graph.add((endpoint, DCAT.accessURL, _web(graph, public + "/sparql")))
    graph.add((endpoint, DCAT.accessService, SERVICE))
    graph.add((endpoint, DCTERMS.license, license_))


def _add_subsets(graph: Graph, store: Store) -> None:
    total = 0
    for info in store.graphs():
        total += info.triples
        node = URIRef(f"{BASE}dataset/graph/{info.iri[len(BASE):] if info.iri.startswith(BASE) else info.iri}")
        graph.add((DATASET, VOID.subset, node))
        graph.add((node, RDF.type, VOID.Dataset))
        graph.add((node, RDF.type, SD.NamedGraph))
        graph.add((node, SD.name, URIRef(info.iri)))
        graph.add((node, VOID.triples, Literal(info.triples, datatype=XSD.integer)))
    graph.add((DATASET, VOID.triples, Literal(total, datatype=XSD.integer)))


def _add_linksets(graph: Graph, counts: dict[tuple[str, str], int]) -> None:
    for (predicate, namespace), count in sorted(counts.items()):
        target_key = KNOWN_TARGETS.get(namespace) or _slug(namespace)
        target = URIRef(f"{BASE}dataset/external/{target_key}")
        graph.add((target, RDF.type, VOID.Dataset))
        graph.add((target, VOID.uriSpace, Literal(namespace)))
        node = URIRef(f"{BASE}dataset/linkset/{target_key}/{predicate.rsplit('#', 1)[-1]}")
        graph.add((DATASET, VOID.subset, node))
        graph.add((node, RDF.type, VOID.Linkset))
        graph.add((node, VOID.linkPredicate, URIRef(predicate)))
        graph.add((node, VOID.subjectsTarget, DATASET))
        graph.add((node, VOID.objectsTarget, target))
        graph.add((node, VOID.triples, Literal(count, datatype=XSD.integer)))


def _slug(namespace: str) -> str:
    from vnst.textnorm import slug

    return slug(namespace.split("://", 1)[-1])


__all__ = ["CATALOG", "DATASET", "DUMPS", "Dump", "ELI_TEMPLATE", "PLACE_TEMPLATE", "SERVICE", "describe_dataset", "last_update",
           "linksets", "vocabularies"]
