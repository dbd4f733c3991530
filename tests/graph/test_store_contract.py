"""The Store protocol, the same tests on every backend (memory, Oxigraph on disk, Virtuoso)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from vnst.batch import RdfPayload
from vnst.errors import ParseError, QuerySyntaxError, QueryTimeout, VnstError

EX = "http://example.org/"
G1 = "https://w3id.org/vnst/graph/src/contract-one"
G2 = "https://w3id.org/vnst/graph/src/contract-two"
STAGING = "urn:vnst:staging:"


def people(n: int, tag: str = "v", *, blank_nodes: bool = True) -> Graph:
    """n subjects with a label and an integer; every tenth has a blank-node address."""
    graph = Graph()
    for i in range(n):
        subject = URIRef(f"{EX}person/{i}")
        graph.add((subject, URIRef(f"{EX}name"), Literal(f"Người {tag}{i}", lang="vi")))
        graph.add((subject, URIRef(f"{EX}age"), Literal(i, datatype=XSD.integer)))
        if blank_nodes and i % 10 == 0:
            address = BNode()
            graph.add((subject, URIRef(f"{EX}address"), address))
            graph.add((address, URIRef(f"{EX}city"), Literal(f"Cần Thơ {tag}{i}")))
    return graph


def sizes(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {info.iri: info.triples for info in store.graphs()}


def graph_content(store, iri: str) -> Graph:  # type: ignore[no-untyped-def]
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}",
                         timeout_s=30, max_rows=1_000_000)
    return result.as_graph()


def test_replace_writes_exactly_the_new_content(store):
    first = people(700)  # more than one upload chunk, with blank nodes
    assert store.replace_graphs({G1: first}) == [G1]
    assert sizes(store)[G1] == len(first)
    assert isomorphic(graph_content(store, G1), first)
    second = people(30, "w")
    store.replace_graphs({G1: second})
    assert sizes(store)[G1] == len(second)
    assert isomorphic(graph_content(store, G1), second)


def test_graphs_are_sorted_with_their_sizes(store):
    store.replace_graphs({G2: people(3, blank_nodes=False), G1: people(5, blank_nodes=False)})
    infos = [info for info in store.graphs() if info.iri in (G1, G2)]
    assert [(info.iri, info.triples) for info in infos] == [(G1, 10), (G2, 6)]


def test_a_failing_payload_leaves_every_graph_as_it_was(store):
    store.replace_graphs({G1: people(20), G2: people(4)})
    before = sizes(store)
    bad = RdfPayload(path="bad.ttl", data=b'<a> <b> "unterminated .\n', format="turtle", graph=G2)
    with pytest.raises(ParseError) as info:
        store.replace_graphs({G1: people(50, "new")}, payloads=[bad])
    assert info.value.path == "bad.ttl"
    assert sizes(store) == before
    assert not [iri for iri in sizes(store) if iri.startswith(STAGING)]


def test_a_source_that_fails_half_way_leaves_the_old_graph(store):
    store.replace_graphs({G1: people(10, blank_nodes=False)})
    old = graph_content(store, G1)

    def breaks_after_many() -> Iterator[tuple]:
        yield from people(900, "new")
        raise RuntimeError("the loader failed half-way")

    with pytest.raises(RuntimeError):
        store.replace_graphs({G1: breaks_after_many()})
    assert isomorphic(graph_content(store, G1), old)
    assert not [iri for iri in sizes(store) if iri.startswith(STAGING)]


def test_replacing_one_graph_leaves_the_others_alone(store):
    store.replace_graphs({G1: people(5), G2: people(7)})
    store.replace_graphs({G1: people(2, "w", blank_nodes=False)})
    assert sizes(store)[G2] == len(people(7))
    only_one = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{G1}> {{ ?s <{EX}name> ?name }} }}",
        timeout_s=10, max_rows=10)
    assert int(only_one.rows[0][0]) == 2


def test_quad_payloads_keep_their_graphs(store):
    data = (f"<{EX}a> <{EX}p> <{EX}b> .\n"
            f"<{EX}a> <{EX}p> <{EX}c> <{G2}> .\n").encode()
    written = store.replace_graphs({}, payloads=[
        RdfPayload(path="x.nq", data=data, format="nquads", graph=G1)])
    assert written == sorted([G1, G2])
    assert sizes(store)[G1] == 1 and sizes(store)[G2] == 1


def test_select_ask_and_construct(store):
    store.replace_graphs({G1: people(6, blank_nodes=False)})
    select = store.query(
        f"SELECT ?name WHERE {{ GRAPH <{G1}> {{ <{EX}person/3> <{EX}name> ?name }} }}",
        timeout_s=10, max_rows=10)
    assert select.kind == "select" and select.variables == ["name"]
    assert select.rows == [(Literal("Người v3", lang="vi"),)] and not select.truncated
    ask = store.query(f"ASK {{ GRAPH <{G1}> {{ ?s <{EX}age> 5 }} }}", timeout_s=10, max_rows=10)
    assert ask.kind == "ask" and ask.boolean is True
    no = store.query(f"ASK {{ GRAPH <{G1}> {{ ?s <{EX}age> 99 }} }}", timeout_s=10, max_rows=10)
    assert no.boolean is False
    construct = store.query(
        f"PREFIX ex: <{EX}>\n# a comment that says SELECT\n"
        f"CONSTRUCT {{ ?s ex:label ?n }} WHERE {{ GRAPH <{G1}> {{ ?s ex:name ?n }} }}",
        timeout_s=10, max_rows=100)
    assert construct.kind == "graph" and len(construct.triples) == 6


def test_the_row_cap_says_the_answer_was_cut(store):
    store.replace_graphs({G1: people(10, blank_nodes=False)})
    query = f"SELECT ?s WHERE {{ GRAPH <{G1}> {{ ?s <{EX}age> ?a }} }}"
    cut = store.query(query, timeout_s=10, max_rows=4)
    assert len(cut.rows) == 4 and cut.truncated
    whole = store.query(query, timeout_s=10, max_rows=10)
    assert len(whole.rows) == 10 and not whole.truncated


def test_update_inserts_and_deletes(store):
    store.update(f'INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}p> "one" , "two" }} }}')
    assert sizes(store)[G1] == 2
    store.update(f'DELETE DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}p> "one" }} }}')
    assert sizes(store)[G1] == 1


def test_drop_graph_says_whether_it_existed(store):
    store.replace_graphs({G1: people(2), G2: people(2)})
    assert store.drop_graph(G1) is True
    assert store.drop_graph(G1) is False
    assert G1 not in sizes(store) and G2 in sizes(store)


def test_export_then_import_gives_the_same_graphs(store):
    one, two = people(40), people(3, "w")
    store.replace_graphs({G1: one, G2: two})
    dump = io.BytesIO()
    store.export(dump, format="nquads")
    single = io.BytesIO()
    store.export(single, format="ntriples", graph=G2)
    store.drop_graph(G1)
    store.drop_graph(G2)
    touched = store.import_data(dump.getvalue(), format="nquads", path="dump.nq")
    assert set(touched) >= {G1, G2}
    assert isomorphic(graph_content(store, G1), one)
    assert isomorphic(graph_content(store, G2), two)
    assert isomorphic(Graph().parse(data=single.getvalue().decode(), format="nt"), two)


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p }",
    "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER( }",
])
def test_query_syntax_errors_are_input_errors(store, text):
    with pytest.raises(QuerySyntaxError):
        store.query(text, timeout_s=10, max_rows=10)


def test_update_syntax_errors_are_input_errors(store):
    with pytest.raises(QuerySyntaxError):
        store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}x> <{EX}p> }} }}")


def test_a_long_query_stops_at_its_deadline(store):
    store.replace_graphs({G1: people(400, blank_nodes=False)})
    cross = (f"SELECT * WHERE {{ GRAPH <{G1}> {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }} }}")
    with pytest.raises(QueryTimeout) as info:
        store.query(cross, timeout_s=0.5, max_rows=10**9)
    assert info.value.limit_s >= 0.5


def test_capabilities_are_data(store):
    caps = store.capabilities
    assert caps.transactional_replace is True
    assert caps.persistent is (caps.name != "memory")
    assert isinstance(caps.cancellable_queries, bool)


def test_errors_belong_to_the_one_tree(store):
    with pytest.raises(VnstError):
        store.export(io.BytesIO(), format="ntriples", graph=f"{EX}no-such-graph")
