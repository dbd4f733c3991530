"""The loaders -> store path on Virtuoso, through the real CLI in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.virtuoso

VNST = [sys.executable, "-m", "vnst.api.cli"]


def vnst(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VNST, *args], env=env, capture_output=True, text=True, timeout=300)


def graph_sizes(output: str) -> dict[str, int]:
    sizes = {}
    for line in output.splitlines():
        count, iri = line.split()
        sizes[iri] = int(count)
    return sizes


@pytest.fixture
def remote_env(virtuoso, cli_env):  # type: ignore[no-untyped-def]
    env = {**cli_env, **virtuoso.env()}
    yield env
    from vnst.graph.remote import RemoteStore

    db = RemoteStore(query_url=virtuoso.query_url)
    for info in db.graphs():
        db.drop_graph(info.iri)
    db.close()


@pytest.mark.parametrize("store_url", [True, False], ids=["graph-store", "updates-only"])
def test_loading_the_corpus_gives_the_same_graphs_as_the_embedded_store(
        remote_env, cli_env, virtuoso, store_url):
    env = {**cli_env, **virtuoso.env(store_url=store_url)}
    embedded = vnst("load", env=cli_env)
    assert embedded.returncode == 0, embedded.stderr
    expected = graph_sizes(vnst("graphs", env=cli_env).stdout)
    assert expected, "the corpus loads into at least one graph"

    for _ in range(2):  # loading again replaces, never duplicates
        loaded = vnst("load", env=env)
        assert loaded.returncode == 0, loaded.stderr
        listed = vnst("graphs", env=env)
        assert listed.returncode == 0, listed.stderr
        assert graph_sizes(listed.stdout) == expected


def test_query_and_export_through_the_cli(remote_env):
    assert vnst("load", env=remote_env).returncode == 0
    answer = vnst("query", "--format", "json",
                  "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                  "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/vnst/graph/')) }", env=remote_env)
    assert answer.returncode == 0, answer.stderr
    listed = graph_sizes(vnst("graphs", env=remote_env).stdout)
    count = json.loads(answer.stdout)["results"]["bindings"][0]["n"]["value"]
    assert int(count) == len(listed)
    dump = vnst("export", "--format", "nquads", env=remote_env)
    assert dump.returncode == 0, dump.stderr
    assert len([line for line in dump.stdout.splitlines() if line.strip()]) == sum(listed.values())


def test_bad_queries_and_unreachable_servers_exit_with_a_clear_message(remote_env, cli_env):
    bad = vnst("query", "SELECT * WHERE { ?s ?p }", env=remote_env)
    assert bad.returncode == 2 and "syntax error" in bad.stderr.lower()
    nowhere = {**cli_env, "VNST_BACKEND": "remote",
               "VNST_REMOTE_QUERY_URL": "http://127.0.0.1:9/sparql"}
    down = vnst("graphs", env=nowhere)
    assert down.returncode == 2 and "cannot reach" in down.stderr
