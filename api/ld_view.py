"""What a Linked Data page shows about one IRI, gathered through the Store protocol:
its description (CBD), labels, incoming links, the graphs that state it and the
sources that mention it with their quoted spans."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from vnst.graph.store import QueryResult
from vnst.ontology import PREFIXES
from vnst.textnorm import collapse_spaces

Runner = Callable[..., QueryResult]

# Label properties in the order a page prefers them.
LABEL_ORDER = tuple(PREFIXES[p] + local for p, local in (
    ("skos", "prefLabel"), ("foaf", "name"), ("rdfs", "label"), ("eli", "title"),
    ("dct", "title"), ("eli", "id_local"), ("skos", "altLabel")))
_LABEL_VALUES = " ".join(f"<{iri}>" for iri in LABEL_ORDER)
_PAGE_ROWS = 500


@dataclass
class Quote:
    source: str
    title: str | None
    exact: str
    prefix: str
    suffix: str
    graph: str | None


@dataclass
class Value:
    term: Node
    children: list["Property"] = field(default_factory=list)  # for blank nodes


@dataclass
class Property:
    predicate: str
    values: list[Value]


@dataclass
class ResourceView:
    iri: str
    description: Graph
    properties: list[Property]
    incoming: list[tuple[str, str]]          # (subject, predicate)
    graphs: list[str]
    quotes: list[Quote]
    members: list[tuple[str, int]]           # for a named graph: its subjects
    graph_size: int | None
    labels: dict[str, str]
    truncated: bool

    @property
    def title(self) -> str:
        return self.labels.get(self.iri, self.iri)

    @property
    def types(self) -> list[str]:
        return [str(o) for o in self.description.objects(URIRef(self.iri), _RDF_TYPE)]

    @property
    def exists(self) -> bool:
        return bool(len(self.description) or self.incoming or self.graph_size is not None)


_RDF_TYPE = URIRef(PREFIXES["rdf"] + "type")


def describe(run: Runner, iri: str) -> ResourceView:
    ref = f"<{iri}>"
    described = run(f"DESCRIBE {ref}")
    description = described.as_graph()
    incoming = run(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {ref} FILTER(!isBLANK(?s)) }} "
                   f"ORDER BY ?p ?s LIMIT {_PAGE_ROWS}")
    graphs = run(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {ref} ?p ?o }} }} ORDER BY ?g")
    quotes = run(
        "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX dct: <http://purl.org/dc/terms/> "
        f"PREFIX vnst: <{PREFIXES['vnst']}> "
        "SELECT DISTINCT ?src ?title ?exact ?prefix ?suffix ?g WHERE { "
        f"?ann oa:hasBody {ref} ; oa:hasTarget ?t . ?t oa:hasSource ?src ; oa:hasSelector ?sel . "
        "?sel oa:exact ?exact . OPTIONAL { ?sel oa:prefix ?prefix } "
        "OPTIONAL { ?sel oa:suffix ?suffix } OPTIONAL { ?ann vnst:inGraph ?g } "
        "OPTIONAL { ?src dct:title ?title } } ORDER BY ?src ?exact "
        f"LIMIT {_PAGE_ROWS}")
    size = run(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} }}")
    graph_size = int(size.rows[0][0]) if size.rows and size.rows[0][0] is not None else 0
    members: list[tuple[str, int]] = []
    if graph_size:
        listed = run(f"SELECT ?s (COUNT(*) AS ?n) WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} "
                     f"FILTER(!isBLANK(?s)) }} GROUP BY ?s ORDER BY ?s LIMIT {_PAGE_ROWS}")
        members = [(str(s), int(n)) for s, n in listed.rows if s is not None]
    view = ResourceView(
        iri=iri, description=description,
        properties=_properties(description, URIRef(iri), seen=set()),
        incoming=[(str(s), str(p)) for s, p in incoming.rows if s is not None],
        graphs=[str(g) for (g,) in graphs.rows if g is not None],
        quotes=[Quote(str(src), _text(title), collapse_spaces(str(exact)),
                      _spaced(prefix, lead=True), _spaced(suffix, lead=False), _text(g))
                for src, title, exact, prefix, suffix, g in quotes.rows],
        members=members, graph_size=graph_size or None, labels={},
        truncated=described.truncated or incoming.truncated or quotes.truncated)
    view.labels = labels(run, _iris_of(view))
    return view


def _spaced(term: Node | None, *, lead: bool) -> str:
    """A quote's context on one line, keeping the space next to the quoted text."""
    if term is None:
        return ""
    text = str(term)
    kept = collapse_spaces(text)
    if lead and text[-1:].isspace():
        kept += " "
    if not lead and text[:1].isspace():
        kept = " " + kept
    return kept


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _properties(graph: Graph, subject: Node, *, seen: set[Node]) -> list[Property]:
    seen.add(subject)
    grouped: dict[str, list[Value]] = {}
    for predicate, obj in sorted(graph.predicate_objects(subject), key=_order):
        value = Value(obj)
        if isinstance(obj, BNode) and obj not in seen:
            value.children = _properties(graph, obj, seen=seen)
        grouped.setdefault(str(predicate), []).append(value)
    return [Property(predicate, values) for predicate, values in grouped.items()]


def _order(pair: tuple[Node, Node]) -> tuple[int, str, str]:
    predicate, obj = pair
    first = 0 if predicate == _RDF_TYPE else (1 if str(predicate) in LABEL_ORDER else 2)
    return first, str(predicate), str(obj)


def _iris_of(view: ResourceView) -> set[str]:
    found = {view.iri, *view.graphs}
    found.update(subject for subject, _ in view.incoming)
    found.update(quote.source for quote in view.quotes)
    found.update(iri for iri, _ in view.members)
    for _, _, obj in view.description:
        if isinstance(obj, URIRef):
            found.add(str(obj))
    return found


def labels(run: Runner, iris: Iterable[str], *, lang: str = "vi") -> dict[str, str]:
    """The best label of each IRI (preferred property first, Vietnamese first)."""
    wanted = sorted(iri for iri in iris if _safe(iri))
    best: dict[str, tuple[int, int, str]] = {}
    for start in range(0, len(wanted), 200):
        values = " ".join(f"<{iri}>" for iri in wanted[start:start + 200])
        result = run(f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} "
                     f"VALUES ?p {{ {_LABEL_VALUES} }} ?x ?p ?l FILTER(isLITERAL(?l)) }}")
        for x, p, label in result.rows:
            if x is None or p is None or label is None:
                continue
            language = label.language if isinstance(label, Literal) else None
            rank = (LABEL_ORDER.index(str(p)), 0 if language in (lang, None) else 1, str(label))
            if str(x) not in best or rank < best[str(x)]:
                best[str(x)] = rank
    return {iri: rank[2] for iri, rank in best.items()}


def _safe(iri: str) -> bool:
    return not any(char in iri for char in '<>"{}|^`\\ \n\t')


def rdf_description(run: Runner, view: ResourceView) -> Graph:
    """The CBD with the labels of the resources it links to."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in view.description:
        graph.add(triple)
    linked = sorted(str(o) for _, _, o in view.description if isinstance(o, URIRef)
                    and _safe(str(o)))
    for start in range(0, len(linked), 200):
        values = " ".join(f"<{iri}>" for iri in linked[start:start + 200])
        found = run(f"CONSTRUCT {{ ?x ?p ?l }} WHERE {{ VALUES ?x {{ {values} }} "
                    f"VALUES ?p {{ {_LABEL_VALUES} }} ?x ?p ?l FILTER(isLITERAL(?l)) }}")
        for triple in found.triples:
            graph.add(triple)
    return graph


__all__ = ["Property", "Quote", "ResourceView", "Value", "describe", "labels", "rdf_description"]
