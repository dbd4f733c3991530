"""``validate``: run the core shapes and the cross-source checks over a store.

The data validated is the union of the asserted graphs (sources, provenance, resolver,
reference data) plus the ontology, never the inferred closure nor past validation runs;
with ``graph=`` it is that one graph, its provenance graph and the ontology. Core shapes
run in pyshacl (the reference) for graphs up to ``PYSHACL_LIMIT`` triples and compiled
to SPARQL on the store above it (``engine=`` forces one). The cross-source checks
(consistency.ttl) read named graphs, so they always run on the store.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Literal as Kind

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.term import Node

from vnst.errors import ConfigError, InputError
from vnst.ontology import GRAPH, ONTOLOGY_GRAPH, load_ontology, sparql_prologue
from vnst.shapes.compile import compile_shapes
from vnst.shapes.engines import RawResult, fill, run_compiled, run_pyshacl
from vnst.shapes.messages import default_message
from vnst.shapes.model import (CHECKS, CORE_SHAPES, Evidence, ValidationReport, ValidationResult,
                               shapes_path, shapes_version)

PYSHACL_LIMIT = 5_000
EXCLUDED_PREFIXES = (str(GRAPH["inferred"]), str(GRAPH["validation/"]), "urn:vnst:staging:")
Engine = Kind["auto", "pyshacl", "sparql"]


@lru_cache(maxsize=8)
def _parsed(path: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many types for bad Turtle
        raise InputError(f"{path}: cannot read the shapes: {exc}") from exc
    return graph


def load_shapes(path: Path | str | None = None) -> tuple[Graph, Graph]:
    """(core shapes, checks). A user's shapes file replaces the core shapes."""
    core = _parsed(str(path or shapes_path(CORE_SHAPES)))
    return core, _parsed(str(shapes_path(CHECKS)))


def data_graphs(store: object, *, graph: str | None = None) -> list[str]:
    """The named graphs one validation reads."""
    present = [info.iri for info in store.graphs()]  # type: ignore[attr-defined]
    if graph is not None:
        if graph not in present:
            from vnst.errors import NotFound
            raise NotFound(f"no graph named <{graph}>")
        chosen = [graph, graph.replace("/graph/src/", "/graph/prov/", 1), str(ONTOLOGY_GRAPH)]
        return [iri for iri in dict.fromkeys(chosen) if iri in present]
    return [iri for iri in present if not iri.startswith(EXCLUDED_PREFIXES)]


def _as_store(dataset: object) -> object:
    if hasattr(dataset, "query") and hasattr(dataset, "capabilities"):
        return dataset
    if isinstance(dataset, Graph):
        from vnst.graph.embedded import OxigraphStore

        store = OxigraphStore(None)
        if isinstance(dataset, Dataset):
            contexts = {str(ctx.identifier): ctx for ctx in dataset.graphs()
                        if isinstance(ctx.identifier, URIRef) and len(ctx)}
        else:
            contexts = {str(GRAPH["src/data"]): dataset}
        store.replace_graphs(contexts)
        return store
    raise ConfigError(f"cannot validate a {type(dataset).__name__}: give a Store or an rdflib graph")


def ensure_ontology(store: object) -> None:
    """The class hierarchy and the role scheme live in graph/ontology; write it if missing."""
    if not any(info.iri == str(ONTOLOGY_GRAPH) for info in store.graphs()):  # type: ignore[attr-defined]
        store.replace_graphs({str(ONTOLOGY_GRAPH): load_ontology()})  # type: ignore[attr-defined]


def validate(dataset: object, *, shapes: Path | str | None = None, graph: str | None = None,
             engine: Engine = "auto", checks: bool = True, timeout_s: float = 300.0,
             max_rows: int = 1_000_000) -> ValidationReport:
    started_at = datetime.now(timezone.utc)
    started = time.monotonic()
    source = _as_store(dataset)
    ensure_ontology(source)
    core, consistency = load_shapes(shapes)
    validated = data_graphs(source, graph=graph)
    size = sum(info.triples for info in source.graphs() if info.iri in validated)  # type: ignore[attr-defined]
    store = working_copy(source, validated)
    graphs: list[str] = []  # the copy holds exactly the validated graphs: query their union
    chosen = engine if engine != "auto" else ("pyshacl" if size <= PYSHACL_LIMIT else "sparql")
    if chosen == "pyshacl":
        raw = run_pyshacl(union_graph(store, graphs, max_rows=max(size, 1) + 1), core)
    elif chosen == "sparql":
        raw = run_compiled(store, compile_shapes(core), graphs=graphs, timeout_s=timeout_s,
                           max_rows=max_rows)
    else:
        raise ConfigError(f"unknown validation engine {engine!r}")
    if checks:
        raw += run_compiled(store, compile_shapes(consistency), graphs=graphs,
                            timeout_s=timeout_s, max_rows=max_rows)
    results = tuple(sorted(set(enrich(store, raw, graphs=graphs)), key=_order))
    return ValidationReport(
        results=results, started=started_at, elapsed_s=time.monotonic() - started,
        shapes_version=shapes_version(core) + (f"+checks-{shapes_version(consistency)}" if checks else ""),
        engine=chosen, graphs=tuple(validated), data_triples=size,
        counts=ValidationReport.count(results))


def working_copy(store: object, graphs: Sequence[str]) -> object:
    """An in-memory store holding just the validated graphs, each as a named graph (the
    checks compare sources with GRAPH ?g) and all merged into the default graph. Oxigraph's
    union default graph repeats a triple once per graph stating it, which multiplies joins
    (an organisation named in 4,000 sources); the merged default graph is a set. It is also
    about six times faster than querying over an explicit list of graphs, and it keeps the
    closure and past runs out of the data."""
    from io import BytesIO

    import pyoxigraph as ox

    from vnst.graph.embedded import OxigraphStore

    buffer = BytesIO()
    store.export(buffer, format="nquads")  # type: ignore[attr-defined]
    wanted = set(graphs)
    copy = OxigraphStore(None)
    copy.native.bulk_load(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)
    for name in list(copy.native.named_graphs()):
        if name.value not in wanted:
            copy.native.remove_graph(name)
    copy.native.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return copy


def _scope(graphs: Sequence[str]) -> dict[str, object]:
    if graphs:
        return {"default_graphs": list(graphs), "named_graphs": list(graphs)}
    return {"union_default_graph": False}


def union_graph(store: object, graphs: Sequence[str], *, max_rows: int) -> Graph:
    answer = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",  # type: ignore[attr-defined]
                         timeout_s=600.0, max_rows=max_rows, **_scope(graphs))
    data = Graph()
    for triple in answer.triples:
        data.add(triple)
    return data


_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def _order(result: ValidationResult) -> tuple:
    return (_SEVERITY_ORDER.get(result.severity, 3), result.shape, result.focus, result.path or "",
            result.value or "")


def _n3(node: Node | None) -> str | None:
    return None if node is None else node.n3()


def enrich(store: object, raw: Iterable[RawResult], *, graphs: Sequence[str]) -> list[ValidationResult]:
    raw = list(raw)
    nodes = {item.focus for item in raw} | {item.value for item in raw if isinstance(item.value, URIRef)}
    labels, quotes = describe(store, [node for node in nodes if isinstance(node, URIRef)], graphs=graphs)
    out = []
    for item in raw:
        focus_label = labels.get(item.focus)
        value_text = labels.get(item.value) or (str(item.value) if item.value is not None else "")
        variables = {name: labels.get(node) or str(node) for name, node in item.bindings.items()}
        variables.setdefault("this", focus_label or str(item.focus))
        variables["value"] = value_text
        vi, en = item.template_vi, item.template_en
        if not vi and not en:
            vi, en = default_message(item.component, path=item.path, value=value_text)
        evidence = quotes.get(item.focus, ()) + (quotes.get(item.value, ()) if item.value is not None else ())
        out.append(ValidationResult(
            focus=str(item.focus) if not isinstance(item.focus, BNode) else item.focus.n3(),
            severity=item.severity, component=item.component, shape=item.shape,
            message_vi=fill(vi or en, variables), message_en=fill(en or vi, variables),
            path=item.path, value=_n3(item.value), focus_label=focus_label,
            evidence=tuple(dict.fromkeys(evidence))))
    return out


_LABELS = """
SELECT ?node ?label WHERE {
  VALUES ?node { %s }
  OPTIONAL { ?node skos:prefLabel ?l1 . FILTER (LANG(?l1) = "vi") }
  OPTIONAL { ?node foaf:name ?l2 }
  OPTIONAL { ?node eli:title ?l3 }
  OPTIONAL { ?node eli:id_local ?l4 }
  OPTIONAL { ?node rdfs:label|dct:title ?l5 }
  OPTIONAL { ?node org:member/foaf:name ?memberName ; org:role/skos:prefLabel ?roleName .
             FILTER (LANG(?roleName) = "vi") }
  BIND (IF(BOUND(?memberName), CONCAT(STR(?memberName), " — ", STR(?roleName)), ?unbound) AS ?l6)
  OPTIONAL { ?node vnst:originalValue ?l7 }
  BIND (COALESCE(?l1, ?l2, ?l4, ?l3, ?l5, ?l6, ?l7) AS ?label)
}"""

# A membership is quoted through its member. No OPTIONAL: driven by the VALUES rows.
_QUOTES = """
SELECT ?node ?exact ?source ?graph WHERE {
  VALUES ?node { %s }
  { ?ann oa:hasBody ?node } UNION { ?node org:member ?member . ?ann oa:hasBody ?member }
  ?ann oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?selector .
  ?selector oa:exact ?exact .
  OPTIONAL { ?ann vnst:inGraph ?graph }
}"""


def describe(store: object, nodes: Sequence[URIRef], *, graphs: Sequence[str]
             ) -> tuple[dict[Node, str], dict[Node, tuple[Evidence, ...]]]:
    """Labels and quoted spans of the given nodes, read from the validated graphs."""
    labels: dict[Node, str] = {}
    quotes: dict[Node, list[Evidence]] = {}
    ordered = sorted(nodes)
    for start in range(0, len(ordered), 500):
        chunk = " ".join(node.n3() for node in ordered[start:start + 500])
        answer = store.query(sparql_prologue() + _LABELS % chunk, timeout_s=120.0,  # type: ignore[attr-defined]
                             max_rows=1_000_000, **_scope(graphs))
        for node, label in answer.rows:
            if label is not None and node not in labels:
                labels[node] = str(label)
        answer = store.query(sparql_prologue() + _QUOTES % chunk, timeout_s=120.0,  # type: ignore[attr-defined]
                             max_rows=1_000_000, **_scope(graphs))
        for node, exact, source, graph in answer.rows:
            item = Evidence(source=str(source), exact=str(exact),
                            graph=str(graph) if graph is not None else None)
            if item not in quotes.setdefault(node, []):
                quotes[node].append(item)
    return labels, {node: tuple(items) for node, items in quotes.items()}


__all__ = ["PYSHACL_LIMIT", "data_graphs", "ensure_ontology", "load_shapes", "validate"]
