"""The SPARQL 1.1 Protocol at /sparql, /update and /store, in process (in-memory store)."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from vnst.api.app import create_app
from vnst.graph.embedded import OxigraphStore
from vnst.settings import Settings

EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"
DATA = f"""
INSERT DATA {{
  GRAPH <{G1}> {{ <{EX}a> <{EX}p> "một"@vi , 1 . <{EX}b> <{EX}p> "hai"@vi . }}
  GRAPH <{G2}> {{ <{EX}c> <{EX}q> <{EX}a> . }}
}}"""
TOKEN = "s3cret-token"


@pytest.fixture
def store():
    db = OxigraphStore(None)
    db.update(DATA)
    return db


@pytest.fixture
def client(store):
    return TestClient(create_app(Settings(update_token=TOKEN, max_rows=100), store))


def bindings(response) -> list[dict[str, str]]:
    return [{name: term["value"] for name, term in row.items()}
            for row in response.json()["results"]["bindings"]]


SELECT_P = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?s ?o"


def test_get_post_form_and_direct_body_give_the_same_answer(client):
    by_get = client.get("/sparql", params={"query": SELECT_P})
    by_form = client.post("/sparql", data={"query": SELECT_P})
    by_body = client.post("/sparql", content=SELECT_P.encode(),
                          headers={"Content-Type": "application/sparql-query"})
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert bindings(by_get) == bindings(by_form) == bindings(by_body)
    assert {row["o"] for row in bindings(by_get)} == {"một", "1", "hai"}


@pytest.mark.parametrize("accept, fmt, media", [
    ("application/sparql-results+json", None, "application/sparql-results+json"),
    ("application/sparql-results+xml", None, "application/sparql-results+xml"),
    ("text/csv", None, "text/csv"),
    ("text/tab-separated-values", None, "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", None, "application/sparql-results+xml"),
    ("text/html, */*;q=0.1", None, "application/sparql-results+json"),
    (None, "csv", "text/csv"),
    ("application/sparql-results+xml", "tsv", "text/tab-separated-values"),
])
def test_select_formats_by_accept_or_format_parameter(client, accept, fmt, media):
    params = {"query": SELECT_P, **({"format": fmt} if fmt else {})}
    response = client.get("/sparql", params=params, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    if media == "text/csv":  # lossy: pyoxigraph does not parse it back
        assert len(list(csv.reader(io.StringIO(response.text)))) == 4
        return
    results_format = ox.QueryResultsFormat.from_media_type(media)
    parsed = ox.parse_query_results(response.content, format=results_format)
    assert len(list(parsed)) == 3


def test_csv_is_the_w3c_csv(client):
    response = client.get("/sparql", params={"query": SELECT_P, "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["s", "o"]
    assert [EX + "a", "một"] in rows


@pytest.mark.parametrize("accept, media", [
    ("text/turtle", "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/n-quads", "application/n-quads"), ("application/trig", "application/trig"),
    ("application/ld+json", "application/ld+json"), ("application/rdf+xml", "application/rdf+xml"),
])
def test_construct_formats(client, accept, media):
    query = f"CONSTRUCT {{ ?s <{EX}p> ?o }} WHERE {{ ?s <{EX}p> ?o }}"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    got = Graph().parse(data=response.content, format={
        "text/turtle": "turtle", "application/n-triples": "nt", "application/n-quads": "nquads",
        "application/trig": "trig", "application/ld+json": "json-ld",
        "application/rdf+xml": "xml"}[media])
    expected = Graph()
    expected.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal("một", lang="vi")))
    expected.add((URIRef(EX + "a"), URIRef(EX + "p"), Literal(1)))
    expected.add((URIRef(EX + "b"), URIRef(EX + "p"), Literal("hai", lang="vi")))
    assert isomorphic(got, expected)


def test_ask_and_describe(client):
    ask = client.get("/sparql", params={"query": f"ASK {{ <{EX}c> ?p ?o }}"})
    assert ask.json()["boolean"] is True
    describe = client.get("/sparql", params={"query": f"DESCRIBE <{EX}c>"},
                          headers={"Accept": "application/n-triples"})
    assert f"<{EX}c> <{EX}q> <{EX}a>" in describe.text


def test_default_and_named_graph_uris_set_the_dataset(client):
    query = "SELECT ?s WHERE { ?s ?p ?o }"
    only_g2 = client.get("/sparql", params={"query": query, "default-graph-uri": G2})
    assert {row["s"] for row in bindings(only_g2)} == {EX + "c"}
    named = client.get("/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                          "named-graph-uri": G1})
    assert [row["g"] for row in bindings(named)] == [G1]


def test_union_default_graph_sees_every_named_graph(client):
    response = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    assert bindings(response) == [{"n": "4"}]


def test_row_cap_cuts_and_says_so(store):
    client = TestClient(create_app(Settings(max_rows=2), store))
    response = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert response.headers["x-vnst-truncated"] == "true"
    body = response.json()
    assert len(body["results"]["bindings"]) == 2
    assert body["vnst"]["truncated"] is True
    whole = client.get("/sparql", params={"query": f"SELECT * {{ <{EX}c> ?p ?o }}"})
    assert "x-vnst-truncated" not in whole.headers and "vnst" not in whole.json()


def test_service_description_lists_graphs_with_sizes(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    sizes = dict(graph.query("""
        PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
        PREFIX void: <http://rdfs.org/ns/void#>
        SELECT ?name ?n { ?ng sd:name ?name ; sd:graph [ void:triples ?n ] }"""))
    assert {str(k): int(v) for k, v in sizes.items()} == {G1: 3, G2: 1}


def test_cors_for_browsers(client):
    response = client.options("/sparql", headers={
        "Origin": "https://example.net", "Access-Control-Request-Method": "POST"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] in ("*", "https://example.net")


def test_syntax_error_is_400_with_position(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["kind"] == "syntax" and error["line"] == 1 and error["column"] > 1


UPDATE = f"INSERT DATA {{ GRAPH <{EX}g3> {{ <{EX}d> <{EX}p> 4 }} }}"


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic abc"}, 401),
])
def test_update_needs_the_token(client, headers, status):
    response = client.post("/update", data={"update": UPDATE}, headers=headers)
    assert response.status_code == status
    check = client.get("/sparql", params={"query": f"ASK {{ <{EX}d> ?p ?o }}"})
    assert check.json()["boolean"] is False


def test_update_with_the_token_by_form_and_direct_body(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/update", data={"update": UPDATE}, headers=auth).status_code == 204
    direct = f"DELETE DATA {{ GRAPH <{EX}g3> {{ <{EX}d> <{EX}p> 4 }} }}"
    response = client.post("/update", content=direct.encode(),
                           headers={**auth, "Content-Type": "application/sparql-update"})
    assert response.status_code == 204
    check = client.get("/sparql", params={"query": f"ASK {{ <{EX}d> ?p ?o }}"})
    assert check.json()["boolean"] is False


def test_updates_are_off_without_a_configured_token(store):
    client = TestClient(create_app(Settings(), store))
    response = client.post("/update", data={"update": UPDATE},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert client.put("/store", params={"graph": EX + "x"}, content=b"",
                      headers={"Content-Type": "text/turtle"}).status_code == 403


def test_graph_store_protocol(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    target = {"graph": EX + "g9"}
    turtle = f"<{EX}s> <{EX}p> 'x' , 'y' .".encode()
    assert client.get("/store", params=target).status_code == 404
    assert client.put("/store", params=target, content=turtle,
                      headers={"Content-Type": "text/turtle"}).status_code == 401
    created = client.put("/store", params=target, content=turtle,
                         headers={**auth, "Content-Type": "text/turtle"})
    assert created.status_code == 201
    added = client.post("/store", params=target, content=f'<{EX}s> <{EX}p> "z" .'.encode(),
                        headers={**auth, "Content-Type": "application/n-triples"})
    assert added.status_code == 204
    got = client.get("/store", params=target, headers={"Accept": "application/n-triples"})
    assert sorted(got.text.strip().splitlines()) == sorted(
        f'<{EX}s> <{EX}p> "{v}" .' for v in "xyz")
    assert client.head("/store", params=target).status_code == 200
    bad = client.put("/store", params=target, content=b"<broken",
                     headers={**auth, "Content-Type": "text/turtle"})
    assert bad.status_code == 400 and bad.json()["error"]["kind"] == "parse"
    assert len(client.get("/store", params=target,
                          headers={"Accept": "application/n-triples"}).text.splitlines()) == 3
    assert client.delete("/store", params=target, headers=auth).status_code == 204
    assert client.get("/store", params=target).status_code == 404


def test_body_over_the_cap_is_413(store):
    client = TestClient(create_app(Settings(max_body_bytes=1000), store))
    response = client.post("/sparql", data={"query": "SELECT * {} # " + "x" * 2000})
    assert response.status_code == 413
    assert response.json()["error"]["kind"] == "too_large"


def test_from_a_local_file_reads_nothing(client):
    response = client.get("/sparql", params={
        "query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"})
    assert response.status_code == 200
    assert bindings(response) == []
    assert "root:" not in response.text
    named = client.get("/sparql", params={
        "query": "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert named.status_code == 200 and bindings(named) == []


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "PREFIX x: <http://127.0.0.1:9/>\nSELECT * WHERE { SERVICE x:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { SERVIC\\u0045 <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_service_is_refused_with_a_clear_400(client, query):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["kind"] == "forbidden" and "SERVICE" in error["message"]


def test_service_silent_behaves_as_a_failed_silent_call(client):
    query = f"SELECT ?s WHERE {{ ?s <{EX}q> ?o SERVICE SILENT <http://127.0.0.1:9/> {{ ?s ?x ?y }} }}"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200 and bindings(response) == [{"s": EX + "c"}]


@pytest.mark.parametrize("update, status", [
    ("LOAD <file:///etc/passwd>", 403),
    ("LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://example.org/x>", 403),
    ("LOAD <file:///etc/passwd> INTO GRAPH <http://example.org/x> ; LOAD", 400),
])
def test_load_is_refused(client, update, status):
    response = client.post("/update", data={"update": update},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == status
    check = client.get("/sparql", params={"query": "ASK { GRAPH <http://example.org/x> { ?s ?p ?o } }"})
    assert check.json()["boolean"] is False


def test_load_silent_of_a_refused_iri_does_nothing(client):
    response = client.post("/update", data={"update": "LOAD SILENT <file:///etc/passwd>"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204
    count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    assert bindings(count) == [{"n": "4"}]


def test_query_timeout_parameter_cannot_raise_the_limit(client):
    response = client.get("/sparql", params={"query": "ASK {}", "timeout": "abc"})
    assert response.status_code == 400
    assert client.get("/sparql", params={"query": "ASK {}", "timeout": "999"}).status_code == 200


def test_healthz_metrics_and_openapi(client):
    client.get("/sparql", params={"query": "ASK {}"})
    client.get("/sparql", params={"query": "SELECT"})
    assert client.get("/healthz").json()["ok"] is True
    metrics = client.get("/metrics").text
    assert 'vnst_queries_total{kind="ask"} 1' in metrics
    assert 'vnst_errors_total{kind="syntax"} 1' in metrics
    assert "vnst_query_duration_seconds_bucket" in metrics
    assert json.loads(client.get("/openapi.json").text)["paths"]["/sparql"]
    assert client.get("/docs").status_code == 200


def test_in_memory_backend_answers_at_the_deadline(store):
    for i in range(60):
        store.update(f"INSERT DATA {{ <{EX}n{i}> <{EX}p> {i} }}")
    client = TestClient(create_app(Settings(max_rows=10**9, query_timeout=1), store))
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    response = client.get("/sparql", params={"query": cross})
    assert response.status_code == 503
    assert response.json()["error"] == {
        "kind": "timeout", "status": 503, "limit_s": 1.0,
        "message": response.json()["error"]["message"]}
    assert "1 s" in response.json()["error"]["message"]


@pytest.mark.parametrize("max_rows, cut", [(3, False), (2, True), (4, False)])
def test_row_cap_says_cut_only_when_rows_were_dropped(store, max_rows, cut):
    client = TestClient(create_app(Settings(max_rows=max_rows), store))
    select = client.get("/sparql", params={"query": f"SELECT * {{ ?s <{EX}p> ?o }}"})
    assert len(select.json()["results"]["bindings"]) == min(3, max_rows)
    assert ("x-vnst-truncated" in select.headers) is cut
    construct = client.get("/sparql", params={"query": f"CONSTRUCT WHERE {{ ?s <{EX}p> ?o }}"},
                           headers={"Accept": "application/n-triples"})
    assert len(construct.text.splitlines()) == min(3, max_rows)
    assert ("x-vnst-truncated" in construct.headers) is cut


@pytest.mark.parametrize("graph", ["not an iri", "http://x/> } ASK { <y", ""])
def test_graph_store_refuses_bad_graph_names(client, graph):
    response = client.get("/store", params={"graph": graph})
    assert response.status_code == 400 and response.json()["error"]["kind"] == "input"
