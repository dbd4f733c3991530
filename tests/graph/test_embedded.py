"""The embedded Oxigraph store: atomic replace, persistence, kill safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from vnst.batch import RdfPayload
from vnst.errors import ParseError, QuerySyntaxError
from vnst.graph.embedded import STAGING_PREFIX, OxigraphStore

G = "https://w3id.org/vnst/graph/src/test"
EX = "http://example.org/"


def triples(n: int, tag: str = "v") -> Graph:
    graph = Graph()
    for i in range(n):
        graph.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f"{tag}{i}")))
    return graph


def size(store: OxigraphStore, iri: str) -> int:
    return {info.iri: info.triples for info in store.graphs()}.get(iri, 0)


def test_replace_replaces_and_never_duplicates(memory_store):
    memory_store.replace_graphs({G: triples(3)})
    memory_store.replace_graphs({G: triples(3)})
    assert size(memory_store, G) == 3
    memory_store.replace_graphs({G: triples(2, "w")})
    result = memory_store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G}> {{ ?s ?p ?o }} }}",
                                timeout_s=5, max_rows=100)
    assert isomorphic(result.as_graph(), triples(2, "w"))


def test_failed_replace_leaves_every_graph_intact(memory_store):
    other = "https://w3id.org/vnst/graph/src/other"
    memory_store.replace_graphs({G: triples(4), other: triples(1)})
    bad = RdfPayload(path="bad.ttl", data=b"<a> <b> \"unterminated .\n", format="turtle",
                     graph=other)
    with pytest.raises(ParseError) as info:
        memory_store.replace_graphs({G: triples(9)}, payloads=[bad])
    assert info.value.path == "bad.ttl"
    assert size(memory_store, G) == 4 and size(memory_store, other) == 1
    assert not [g for g in memory_store.graphs() if g.iri.startswith(STAGING_PREFIX)]


def test_quad_payload_keeps_its_graphs_and_maps_default(memory_store):
    data = (f"<{EX}a> <{EX}p> <{EX}b> .\n"
            f"<{EX}a> <{EX}p> <{EX}c> <{EX}g1> .\n").encode()
    written = memory_store.replace_graphs({}, payloads=[
        RdfPayload(path="x.nq", data=data, format="nquads", graph=G)])
    assert written == sorted([G, f"{EX}g1"])
    assert size(memory_store, G) == 1 and size(memory_store, f"{EX}g1") == 1


def test_persists_across_restart(disk_store_path: Path):
    store = OxigraphStore(disk_store_path)
    store.replace_graphs({G: triples(5)})
    before = store.graphs()
    store.close()
    reopened = OxigraphStore(disk_store_path)
    try:
        assert reopened.graphs() == before
        assert size(reopened, G) == 5
    finally:
        reopened.close()


def test_query_row_cap_says_it_cut(memory_store):
    memory_store.replace_graphs({G: triples(10)})
    result = memory_store.query("SELECT ?s WHERE { ?s ?p ?o }", timeout_s=5, max_rows=4)
    assert len(result.rows) == 4 and result.truncated
    full = memory_store.query("SELECT ?s WHERE { ?s ?p ?o }", timeout_s=5, max_rows=10)
    assert len(full.rows) == 10 and not full.truncated


@pytest.mark.parametrize("query,line,columns", [
    # the parser may point at the offending token or just past it
    ("SELECT * WHERE { ?s ?p }", 1, (24, 25)),
    ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER( }", 3, (11, 12)),
])
def test_syntax_errors_carry_the_position(memory_store, query, line, columns):
    with pytest.raises(QuerySyntaxError) as info:
        memory_store.query(query, timeout_s=5, max_rows=10)
    assert info.value.line == line and info.value.column in columns


def test_drop_graph(memory_store):
    memory_store.replace_graphs({G: triples(2)})
    assert memory_store.drop_graph(G) is True
    assert memory_store.drop_graph(G) is False
    assert size(memory_store, G) == 0


@pytest.mark.slow
@pytest.mark.parametrize("existing", [True, False], ids=["replacing", "creating"])
def test_load_killed_half_way_leaves_the_old_graph(tmp_path: Path, existing: bool):
    """SIGKILL `vnst load` while it stores a large file: after reopening, the graph is
    exactly the old one (or, when the load got through, the new one), never a mix."""
    store_dir = tmp_path / "store"
    data = tmp_path / "dump.nt"
    env = {**os.environ, "VNST_STORE": str(store_dir)}
    vnst = [sys.executable, "-m", "vnst.api.cli"]
    old_size = 1000 if existing else 0
    if existing:
        data.write_text("".join(f"<{EX}s{i}> <{EX}p> \"old{i}\" .\n" for i in range(old_size)))
        subprocess.run([*vnst, "load", str(data)], env=env, check=True, capture_output=True)
    new_size = 400_000
    with data.open("w") as handle:
        for i in range(new_size):
            handle.write(f"<{EX}s{i}> <{EX}p> \"new{i}\" .\n")
    process = subprocess.Popen([*vnst, "load", str(data)], env=env, stderr=subprocess.PIPE,
                               stdout=subprocess.DEVNULL)
    seen = b""
    assert process.stderr is not None
    while b"storing" not in seen:
        chunk = process.stderr.read(1)
        if not chunk:
            break
        seen += chunk
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert b"storing" in seen, seen.decode(errors="replace")
    assert process.returncode == -signal.SIGKILL, "the load finished before it could be killed"
    store = OxigraphStore(store_dir)
    try:
        graph = "https://w3id.org/vnst/graph/src/dump"
        assert size(store, graph) in (old_size, new_size)
        assert not [g for g in store.graphs() if g.iri.startswith("urn:vnst:")]
    finally:
        store.close()


def test_creating_rolls_back_on_error(memory_store):
    bad = RdfPayload(path="bad.nt", data=b"<http://x/a> <http://x/b> <http://x/c> .\n<a> <b",
                     format="ntriples", graph=G)
    with pytest.raises(ParseError):
        memory_store.replace_graphs({}, payloads=[bad])
    assert memory_store.graphs() == []
