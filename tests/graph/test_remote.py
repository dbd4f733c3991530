"""What only the remote backend has: authentication, server errors, settings, query forms."""

from __future__ import annotations

import pytest
from rdflib import Literal

from vnst.errors import AuthError, ConfigError, StoreError
from vnst.graph.remote import RemoteStore, _is_graph_query
from vnst.graph.store import open_store
from vnst.settings import Settings

G = "https://w3id.org/vnst/graph/src/remote-auth"


@pytest.mark.virtuoso
def test_digest_authentication_on_the_authenticated_endpoint(virtuoso):
    auth_url = f"{virtuoso.base}/sparql-auth"
    store = RemoteStore(query_url=auth_url, user="dba", password="dba")
    try:
        store.update(f'INSERT DATA {{ GRAPH <{G}> {{ <urn:x> <urn:p> "signed in" }} }}')
        rows = store.query(f"SELECT ?o WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}",
                           timeout_s=10, max_rows=10).rows
        assert rows == [(Literal("signed in"),)]
        assert store.drop_graph(G) is True
    finally:
        store.close()


@pytest.mark.virtuoso
def test_a_wrong_password_is_an_auth_error(virtuoso):
    with pytest.raises(AuthError) as info:  # the first request, which opening the store makes
        RemoteStore(query_url=f"{virtuoso.base}/sparql-auth", user="dba", password="wrong")
    assert info.value.missing is True and "401" in str(info.value)


def test_an_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError) as info:
        RemoteStore(query_url="http://127.0.0.1:9/sparql", timeout_s=2)
    assert "cannot reach" in str(info.value)


def test_settings_choose_the_backend():
    with pytest.raises(ConfigError):
        open_store(Settings(backend="remote"))
    with pytest.raises(StoreError):  # chosen, then fails to connect: the class was RemoteStore
        open_store(Settings(backend="remote", remote_query_url="http://127.0.0.1:9/sparql",
                            remote_timeout=2))


@pytest.mark.parametrize("text,graph", [
    ("SELECT * WHERE { ?s ?p ?o }", False),
    ("ASK { ?s ?p ?o }", False),
    ("PREFIX c: <http://example.org/construct#>\nSELECT ?s WHERE { ?s c:p ?o }", False),
    ("# CONSTRUCT in a comment\nSELECT ?s WHERE { ?s ?p 'DESCRIBE' }", False),
    ("PREFIX ex: <http://example.org/>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("describe <http://example.org/a>", True),
])
def test_the_query_form_picks_the_result_format(text, graph):
    assert _is_graph_query(text) is graph


def test_triples_that_share_blank_nodes_travel_together():
    from vnst.graph.remote import _blank_node_chunks

    # a-b-c chained through shared labels; d alone; e-f joined by one triple naming both
    items = [("1", ("a",)), ("2", ("d",)), ("3", ("a", "b")), ("4", ("e",)), ("5", ("b", "c")),
             ("6", ("f",)), ("7", ("e", "f")), ("8", ("c",))]
    chunks = list(_blank_node_chunks(items, limit=3))
    where = {line: n for n, chunk in enumerate(chunks) for line in chunk}
    assert sorted(where) == [str(i) for i in range(1, 9)]
    assert where["1"] == where["3"] == where["5"] == where["8"]
    assert where["4"] == where["6"] == where["7"]
    assert len(chunks) == 3  # the 4-triple group may exceed the limit but is never split
