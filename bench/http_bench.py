#!/usr/bin/env python3
"""Speed of the SPARQL endpoint over HTTP, against pyoxigraph in process.

    .venv/bin/python bench/http_bench.py                  # 1M triples (generated into a temp dir)
    .venv/bin/python bench/http_bench.py --data kg-1m.nt --reps 5 --clients 8 --seconds 10

For each query of the shared workload (``--queries``, default
/work/shared/bench/queries/*.rq) it prints the median latency of
``vnst serve`` over HTTP (the whole answer read, SPARQL JSON or N-Triples) and
of the same query on pyoxigraph in this process (every solution read), their
ratio, and whether the endpoint meets "within 1.5x + 5 ms". Then a point
lookup from ``--clients`` concurrent clients (queries per second), and the
server's resident memory (server + query workers, from /proc). The rdflib
figures of the shared benchmark run (``--rdflib-results``) are shown as the
"better of rdflib and Oxigraph" reference. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

SHARED = Path("/work/shared/bench")
VNST = Path(sys.executable).with_name("vnst")
LOOKUP = "SELECT ?p ?o WHERE {{ <https://kg.example.vn/id/agreement/A{n:06d}> ?p ?o }}"


def generate(target: Path) -> Path:
    subprocess.run([sys.executable, str(SHARED / "gen.py"), "1m", "--out", str(target)], check=True)
    return next(target.glob("kg-1m.nt"))


def load(data: Path, store_dir: Path) -> int:
    store = ox.Store(str(store_dir))
    started = time.perf_counter()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    count = len(store)
    print(f"loaded {count:,} triples in {time.perf_counter() - started:.1f} s")
    del store
    return count


def run_local(store: ox.Store, text: str) -> int:
    answer = store.query(text, use_default_graph_as_union=True)
    rows = 0
    if not isinstance(answer, ox.QueryBoolean):
        for _ in answer:
            rows += 1
    return rows


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store_dir: Path, workers: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNST_")}
    command = [str(VNST), "serve", "--store", str(store_dir), "--port", str(port),
               "--query-workers", str(workers), "--no-access-log", "--max-rows", "100000000",
               "--query-timeout", "300"]
    process = subprocess.Popen(command, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise SystemExit(f"vnst serve exited: {log.read_text()[-2000:]}")
        time.sleep(0.1)
    raise SystemExit("vnst serve did not start")


def run_http(client: httpx.Client, text: str) -> int:
    graph = any(line.strip().upper().startswith(("CONSTRUCT", "DESCRIBE"))
                for line in text.splitlines())
    accept = "application/n-triples" if graph else "application/sparql-results+json"
    response = client.post("/sparql", data={"query": text}, headers={"Accept": accept})
    if response.status_code != 200:
        print(f"  HTTP {response.status_code} {response.text[:200]}")
        return -1
    if graph:
        return len(set(response.text.splitlines()))
    return len(response.json().get("results", {}).get("bindings", []))


def measure(store_dir: Path, url: str, queries: dict[str, str], reps: int,
            workers: int) -> dict[str, tuple[float, float, int, int]]:
    """Per query: (in-process median s, HTTP median s, in-process rows, HTTP rows).

    Runs alternate (local, HTTP, local, HTTP ...) so that load from other work on the
    machine hits both sides alike. The bench opens the store read-only, as the
    server's workers do: readers side by side are safe. Queries slower than 5 s get
    one timed run each; every worker is warmed up first."""
    store = ox.Store.read_only(str(store_dir))
    figures = {}
    with httpx.Client(base_url=url, timeout=900) as client:
        for name, text in queries.items():
            started = time.perf_counter()
            local_rows = run_local(store, text)
            slow = time.perf_counter() - started > 5.0
            for _ in range(1 if slow else workers):
                http_rows = run_http(client, text)
            local_times, http_times = [], []
            for _ in range(1 if slow else reps):
                started = time.perf_counter()
                run_local(store, text)
                local_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                run_http(client, text)
                http_times.append(time.perf_counter() - started)
            figures[name] = (statistics.median(local_times), statistics.median(http_times),
                             local_rows, http_rows)
            print(f"  {name}: done", flush=True)
    del store
    return figures


def throughput(url: str, clients: int, seconds: float) -> float:
    done = [0] * clients
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            n = index
            while time.monotonic() < stop:
                response = http.get("/sparql", params={"query": LOOKUP.format(n=1 + n % 500)})
                if response.status_code == 200:
                    done[index] += 1
                n += clients
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.monotonic() - started)


def tree_rss(pid: int) -> int:
    total, frontier = 0, [pid]
    while frontier:
        current = frontier.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            frontier += [int(c) for c in
                         Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except OSError:
            continue
    return total


def rdflib_reference(path: Path) -> dict[str, float]:
    try:
        results = json.loads(path.read_text())["query"]["queries"]
    except (OSError, KeyError, ValueError):
        return {}
    return {name: engines["rdflib"]["median_s"] for name, engines in results.items()
            if engines.get("rdflib", {}).get("status") == "ok"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="N-Triples file (default: generate 1M triples)")
    parser.add_argument("--queries", type=Path, default=SHARED / "queries")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--only", default="", help="query name prefix")
    parser.add_argument("--rdflib-results", type=Path, default=SHARED / "results" / "1m.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vnst-http-bench-") as tmp:
        folder = Path(tmp)
        data = args.data or generate(folder / "data")
        load(data, folder / "store")
        queries = {path.stem: path.read_text() for path in sorted(args.queries.glob("*.rq"))
                   if path.stem.startswith(args.only)}
        process, url = start_server(folder / "store", args.workers, folder / "server.log")
        try:
            idle_rss = tree_rss(process.pid)
            print(f"pyoxigraph {ox.__version__} in process and vnst serve ({args.workers} query "
                  f"workers) over HTTP, alternating, median of {args.reps} runs ...")
            figures = measure(folder / "store", url, queries, args.reps, args.workers)
            reference = rdflib_reference(args.rdflib_results)
            print(f"\n{'query':<28}{'in-proc ms':>11}{'HTTP ms':>10}{'ratio':>7}"
                  f"{'1.5x+5ms':>9}{'rdflib ms':>11}{'best ok':>8}{'rows':>9}{'same':>6}")
            for name, (local, remote, local_rows, remote_rows) in figures.items():
                target = 1.5 * local + 0.005
                best = min(local, reference.get(name, float("inf")))
                print(f"{name:<28}{local * 1e3:>11.1f}{remote * 1e3:>10.1f}"
                      f"{remote / max(local, 1e-9):>7.2f}"
                      f"{'yes' if remote <= target else 'NO':>9}"
                      f"{reference.get(name, float('nan')) * 1e3:>11.1f}"
                      f"{'yes' if remote <= 1.5 * best + 0.005 else 'NO':>8}"
                      f"{local_rows:>9}{'yes' if local_rows == remote_rows else 'NO':>6}")
            qps = throughput(url, args.clients, args.seconds)
            print(f"\npoint lookup, {args.clients} concurrent clients, {args.seconds:g} s: "
                  f"{qps:.0f} queries/s (target >= 500)")
            peak = tree_rss(process.pid)
            print(f"server RSS (server + workers): idle {idle_rss / 2**20:.0f} MiB, "
                  f"after the run {peak / 2**20:.0f} MiB (target < 2048 MiB)")
        finally:
            process.terminate()
            process.wait(15)


if __name__ == "__main__":
    main()
