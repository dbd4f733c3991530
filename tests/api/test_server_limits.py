"""Real-server tests: deadlines that stop queries, safety probes, settings as flags.

Each test starts `vnst serve` in a subprocess on a free port (fixture
``vnst_server``), on its own on-disk store, and polls /healthz for readiness.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from vnst.settings import SETTINGS

pytestmark = pytest.mark.server

EX = "http://example.org/"
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def make_store(path: Path, *, triples: int) -> None:
    store = ox.Store(str(path))
    graph = ox.NamedNode(EX + "g")
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"),
                         ox.Literal(str(i), datatype=ox.NamedNode(
                             "http://www.w3.org/2001/XMLSchema#integer")), graph)
                 for i in range(triples))
    store.flush()
    del store


def simple_query(i: int) -> str:
    return f"SELECT ?o WHERE {{ <{EX}s{i}> ?p ?o }}"


def test_cross_product_is_stopped_while_others_are_answered(tmp_path, vnst_server):
    make_store(tmp_path / "db", triples=3000)
    # a row cap this high lets the cross product run until the deadline stops it
    server = vnst_server(store=tmp_path / "db", args=["--query-timeout", "2", "--query-workers", "2",
                                                      "--max-rows", "1000000000"])
    with httpx.Client(base_url=server.url, timeout=30) as client:
        for i in range(20):  # warm up, so the baseline includes the workers' caches
            client.get("/sparql", params={"query": simple_query(i)})
        before = server.rss_bytes()
        results: dict[str, object] = {}

        def cross() -> None:
            started = time.monotonic()
            response = httpx.post(server.url + "/sparql", data={"query": CROSS}, timeout=30)
            results["cross"] = (response, time.monotonic() - started)

        def simple(i: int) -> httpx.Response:
            return httpx.get(server.url + "/sparql", params={"query": simple_query(i)}, timeout=30)

        heavy = threading.Thread(target=cross)
        heavy.start()
        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(simple, range(100, 110)))
        heavy.join()
        response, elapsed = results["cross"]  # type: ignore[misc]
        assert response.status_code == 503
        error = response.json()["error"]
        assert error["kind"] == "timeout" and error["limit_s"] == 2
        assert "2 s" in error["message"]
        assert elapsed < 8
        for i, answer in zip(range(100, 110), answers):
            assert answer.status_code == 200
            assert [b["o"]["value"] for b in answer.json()["results"]["bindings"]] == [str(i)]
        # the killed worker is replaced and memory comes back to its level before
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if client.get("/healthz").json()["workers"] == 2 and \
                    server.rss_bytes() < before * 1.25 + 30 * 2**20:
                break
            time.sleep(0.2)
        after = server.rss_bytes()
        print(f"cross product stopped after {elapsed:.2f} s; RSS before {before / 2**20:.0f} MiB, "
              f"after {after / 2**20:.0f} MiB")
        assert client.get("/healthz").json()["workers"] == 2
        assert after < before * 1.25 + 30 * 2**20
        metrics = client.get("/metrics").text
        assert "vnst_query_timeouts_total 1" in metrics


def test_a_request_may_ask_for_less_time(tmp_path, vnst_server):
    make_store(tmp_path / "db", triples=2000)
    server = vnst_server(store=tmp_path / "db", args=["--query-timeout", "30",
                                                      "--max-rows", "1000000000"])
    started = time.monotonic()
    response = httpx.get(server.url + "/sparql", params={"query": CROSS, "timeout": "1"}, timeout=30)
    assert response.status_code == 503 and response.json()["error"]["limit_s"] == 1
    assert time.monotonic() - started < 6


class Listener:
    """A TCP listener that records whether anyone connected."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        self.sock.close()


def test_safety_probes_fail_safely(tmp_path, vnst_server):
    make_store(tmp_path / "db", triples=10)
    token = "probe-token"
    server = vnst_server(store=tmp_path / "db", args=["--update-token", token,
                                                      "--max-body-bytes", "5000"])
    listener = Listener()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            passwd = client.get("/sparql", params={
                "query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"})
            assert passwd.status_code == 200
            assert passwd.json()["results"]["bindings"] == [] and "root:" not in passwd.text

            service = client.get("/sparql", params={
                "query": f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"})
            assert service.status_code == 400
            assert "SERVICE" in service.json()["error"]["message"]

            auth = {"Authorization": f"Bearer {token}"}
            load = client.post("/update", data={"update": f"LOAD <http://127.0.0.1:{listener.port}/x>"},
                               headers=auth)
            assert load.status_code == 403
            load_file = client.post("/update", data={"update": "LOAD <file:///etc/passwd>"},
                                    headers=auth)
            assert load_file.status_code == 403

            insert = "INSERT DATA { <http://example.org/x> <http://example.org/y> 1 }"
            assert client.post("/update", data={"update": insert}).status_code == 401
            assert client.post("/update", data={"update": insert},
                               headers={"Authorization": "Bearer nope"}).status_code == 403
            ask = client.get("/sparql", params={"query": "ASK { <http://example.org/x> ?p ?o }"})
            assert ask.json()["boolean"] is False

            big = client.post("/sparql", data={"query": "ASK {} #" + "x" * 10_000})
            assert big.status_code == 413

            for response in (passwd, service, load, load_file, big):
                text = response.text
                assert "Traceback" not in text and "/work/" not in text and "/tmp/" not in text
                assert socket.gethostname() not in text or socket.gethostname() == "localhost"
        assert listener.connections == 0
    finally:
        listener.close()


def test_env_var_and_flag_set_the_server(tmp_path, vnst_server):
    make_store(tmp_path / "db", triples=50)
    server = vnst_server(store=tmp_path / "db", args=["--max-rows", "3"],
                         env={"VNST_QUERY_TIMEOUT": "7"})
    health = httpx.get(server.url + "/healthz").json()
    assert health["max_rows"] == 3 and health["query_timeout_s"] == 7
    response = httpx.get(server.url + "/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert response.headers["x-vnst-truncated"] == "true"
    assert len(response.json()["results"]["bindings"]) == 3


def test_updates_are_seen_by_later_queries(tmp_path, vnst_server):
    make_store(tmp_path / "db", triples=5)
    server = vnst_server(store=tmp_path / "db", args=["--update-token", "t"])
    auth = {"Authorization": "Bearer t"}
    with httpx.Client(base_url=server.url, timeout=30) as client:
        update = f"INSERT DATA {{ GRAPH <{EX}new> {{ <{EX}z> <{EX}p> 'new' }} }}"
        assert client.post("/update", data={"update": update}, headers=auth).status_code == 204
        answer = client.get("/sparql", params={"query": f"SELECT ?o {{ <{EX}z> ?p ?o }}"})
        assert [b["o"]["value"] for b in answer.json()["results"]["bindings"]] == ["new"]
        put = client.put("/store", params={"graph": EX + "put"}, headers={
            **auth, "Content-Type": "text/turtle"}, content=f"<{EX}w> <{EX}p> 2 .".encode())
        assert put.status_code == 201
        got = client.get("/store", params={"graph": EX + "put"},
                         headers={"Accept": "application/n-triples"})
        assert got.text.strip() == f'<{EX}w> <{EX}p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .'
        assert client.get("/healthz").json()["workers"] == 2


CONFORMANCE = Path("/work/shared/conformance/sparql11_runner.py")


@pytest.mark.slow
@pytest.mark.skipif(not CONFORMANCE.exists(), reason="W3C conformance runner not available")
def test_w3c_sparql11_conformance(tmp_path, vnst_server):
    server = vnst_server(store=tmp_path / "w3c", args=[
        "--update-token", "w3c", "--no-union-default-graph", "--no-access-log"])
    done = subprocess.run(
        [sys.executable, str(CONFORMANCE), "--endpoint", server.url + "/sparql",
         "--update-endpoint", server.url + "/update", "--header", "Authorization: Bearer w3c"],
        capture_output=True, text=True, timeout=1800)
    summary = re.search(r"(\d+) passed, (\d+) failed, (\d+) skipped", done.stdout)
    assert summary, done.stdout[-2000:] + done.stderr[-2000:]
    passed = int(summary.group(1))
    assert passed >= 485, done.stdout[-3000:]


def test_allow_listed_service_is_called(tmp_path, vnst_server):
    make_store(tmp_path / "remote", triples=5)
    remote = vnst_server(store=tmp_path / "remote")
    make_store(tmp_path / "local", triples=1)
    local = vnst_server(store=tmp_path / "local", args=[
        "--service-allowlist", remote.url + "/", "--service-timeout", "5"])
    query = f"SELECT ?o WHERE {{ SERVICE <{remote.url}/sparql> {{ <{EX}s3> ?p ?o }} }}"
    response = httpx.get(local.url + "/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 200, response.text
    assert [b["o"]["value"] for b in response.json()["results"]["bindings"]] == ["3"]
    other = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{remote.url.rsplit(':', 1)[1]}0/x> {{ ?s ?p ?o }} }}"
    assert httpx.get(local.url + "/sparql", params={"query": other}, timeout=30).status_code == 400


def test_the_store_cannot_be_written_by_another_process_while_served(tmp_path, vnst_server):
    from vnst.errors import StoreError
    from vnst.graph.embedded import OxigraphStore

    make_store(tmp_path / "db", triples=5)
    server = vnst_server(store=tmp_path / "db", args=["--update-token", "t"])
    with pytest.raises(StoreError, match="another process"):
        OxigraphStore(tmp_path / "db")
    update = f"INSERT DATA {{ <{EX}a> <{EX}b> 1 }}"
    assert httpx.post(server.url + "/update", data={"update": update},
                      headers={"Authorization": "Bearer t"}).status_code == 204
    with pytest.raises(StoreError, match="another process"):  # held again after the write
        OxigraphStore(tmp_path / "db")
    server.stop()
    OxigraphStore(tmp_path / "db").close()  # free once the server is gone
