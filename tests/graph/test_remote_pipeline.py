"""Reasoning, validation and the endpoint on Virtuoso give what they give on the embedded store."""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from vnst_server import start_server

from vnst.graph.embedded import OxigraphStore
from vnst.graph.remote import RemoteStore
from vnst.loaders import load_file
from vnst.ontology import INFERRED_GRAPH

pytestmark = pytest.mark.virtuoso


def load_corpus(store, batches) -> None:  # type: ignore[no-untyped-def]
    for batch in batches:
        store.replace_graphs(batch.graphs, payloads=batch.payloads)


@pytest.fixture
def pair(virtuoso, corpus_paths):  # type: ignore[no-untyped-def]
    """The corpus in an in-memory store and in Virtuoso."""
    remote = RemoteStore(query_url=virtuoso.query_url, store_url=virtuoso.store_url)
    for info in remote.graphs():
        remote.drop_graph(info.iri)
    local = OxigraphStore(None)
    batches = [load_file(path) for path in corpus_paths]  # one read: the same load times in both
    load_corpus(local, batches)
    load_corpus(remote, batches)
    yield local, remote
    for info in remote.graphs():
        remote.drop_graph(info.iri)
    remote.close()


INTEGERS = {str(XSD[name]) for name in ("integer", "nonNegativeInteger", "positiveInteger", "int",
                                          "long", "short", "unsignedInt", "unsignedLong")}


def graph_of(store, iri: str) -> Graph:  # type: ignore[no-untyped-def]
    """The graph, with integer subtypes read as xsd:integer: Virtuoso stores numbers as
    SQL numbers and does not keep xsd:nonNegativeInteger apart from xsd:integer."""
    answer = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}",
                         timeout_s=60, max_rows=10_000_000)
    graph = Graph()
    for s, p, o in answer.triples:
        if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) in INTEGERS:
            o = Literal(str(o), datatype=XSD.integer)
        graph.add((s, p, o))
    return graph


def test_the_corpus_graphs_are_the_same(pair):
    local, remote = pair
    assert [(i.iri, i.triples) for i in remote.graphs()] == [(i.iri, i.triples) for i in local.graphs()]
    for info in local.graphs():
        assert isomorphic(graph_of(remote, info.iri), graph_of(local, info.iri)), info.iri


def test_reasoning_gives_the_same_closure(pair):
    from vnst.graph.reasoning import recompute

    local, remote = pair
    on_local, on_remote = recompute(local), recompute(remote)
    assert on_local.inferred_triples > 0
    assert on_remote.inferred_triples == on_local.inferred_triples
    assert isomorphic(graph_of(remote, str(INFERRED_GRAPH)), graph_of(local, str(INFERRED_GRAPH)))


def test_validation_gives_the_same_results(pair):
    from vnst.shapes import validate

    local, remote = pair
    here, there = validate(local), validate(remote)
    assert here.data_triples == there.data_triples > 0
    assert sorted(r.key for r in there.results) == sorted(r.key for r in here.results)


@pytest.mark.server
def test_vnst_serve_on_the_remote_store(pair, virtuoso, cli_env, tmp_path):
    server = start_server(store=None, env={**cli_env, **virtuoso.env()}, log_path=tmp_path / "serve.log")
    base = server.url
    try:
        local, _ = pair
        expected = len(local.graphs())
        answer = httpx.post(f"{base}/sparql", timeout=60,
                            data={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                           "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/vnst/')) }"},
                            headers={"Accept": "application/sparql-results+json"})
        assert answer.status_code == 200, answer.text
        assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) == expected
        bad = httpx.post(f"{base}/sparql", data={"query": "SELECT * WHERE { ?s ?p }"}, timeout=60)
        assert bad.status_code == 400
        page = httpx.get(f"{base}/", headers={"Accept": "text/html"}, timeout=60)
        assert page.status_code == 200 and "<html" in page.text.lower()
    finally:
        server.stop()
