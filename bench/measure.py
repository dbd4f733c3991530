"""One measurement, run in its own process by bench/run.py (so its peak memory is its own).

    measure.py vnst|pyoxigraph|rdflib --data FILE.nq --workdir DIR --repeat N --result OUT.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import shutil
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
QUERIES = sorted((HERE / "queries").glob("*.rq"))
QUERY_LIMIT_S = 120.0
RDFLIB_LIMIT_S = 60.0  # warm-up and repeats together


def tests_module(name: str) -> ModuleType:
    """A launcher of the test suite (tests/vnst_server.py, tests/virtuoso_server.py), loaded by
    file: putting tests/ on sys.path would let its tests/vnst folder shadow the vnst package."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE.parent / "tests" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module   # dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules[name]


def peak_mib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def disk_mib(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return round(total / 2**20, 1)


def timed(run: Callable[[], int], repeat: int) -> dict:
    """Median of ``repeat`` runs after one warm-up; the answer's row count."""
    rows = run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return {"median_ms": round(statistics.median(times) * 1000, 3), "rows": rows}


def vnst_worker(data: Path, workdir: Path, repeat: int, skip: frozenset[str] = frozenset()) -> dict:
    from vnst.graph.embedded import OxigraphStore
    from vnst.loaders import load_file

    out: dict = {}
    started = time.perf_counter()
    batch = load_file(data)
    out["read_s"] = round(time.perf_counter() - started, 2)
    store = OxigraphStore(workdir)
    started = time.perf_counter()
    store.replace_graphs({}, payloads=batch.payloads)
    out["load_s"] = round(time.perf_counter() - started, 2)
    del batch
    out["graphs"] = len(store.graphs())
    out["disk_mib"] = disk_mib(workdir)
    out["peak_after_load_mib"] = peak_mib()
    out["queries"] = {}
    for path in QUERIES:
        text = path.read_text()
        out["queries"][path.stem] = timed(
            lambda: len(store.query(text, timeout_s=QUERY_LIMIT_S, max_rows=10**8).rows), repeat)
    out["reasoning"] = _skipped("reasoning") if "reasoning" in skip else _optional(lambda: _reason(store))
    out["peak_after_reasoning_mib"] = peak_mib()
    out["validation"] = _skipped("validation") if "validation" in skip else _optional(lambda: _validate(store))
    out["peak_after_validation_mib"] = peak_mib()
    store.close()
    out["disk_final_mib"] = disk_mib(workdir)
    return out


def _skipped(step: str) -> dict:
    return {"skipped": f"not run (--skip {step})"}


def _optional(step: Callable[[], dict]) -> dict:
    try:
        return step()
    except ImportError as exc:
        return {"skipped": f"n/a (not available: {exc})"}


def _reason(store: object) -> dict:
    from vnst.graph.reasoning import recompute

    started = time.perf_counter()
    stats = recompute(store)
    return {"seconds": round(time.perf_counter() - started, 2),
            "inferred_triples": stats.inferred_triples, "asserted_graphs": stats.asserted_graphs}


def _validate(store: object) -> dict:
    from vnst.shapes import validate

    started = time.perf_counter()
    report = validate(store, timeout_s=3600.0)
    kinds: dict[str, int] = {}
    for result in report.results:
        key = result.component.rsplit("#", 1)[-1]
        kinds[key] = kinds.get(key, 0) + 1
    return {"seconds": round(time.perf_counter() - started, 2), "results": len(report.results),
            "by_kind": kinds}


def pyoxigraph_worker(data: Path, workdir: Path, repeat: int, skip: frozenset[str] = frozenset()) -> dict:
    import pyoxigraph as ox

    out: dict = {}
    memory = ox.Store()
    started = time.perf_counter()
    memory.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    out["memory_load_s"] = round(time.perf_counter() - started, 2)
    del memory
    folder = workdir / "ox-disk"
    shutil.rmtree(folder, ignore_errors=True)
    store = ox.Store(str(folder))
    started = time.perf_counter()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.flush()
    out["load_s"] = round(time.perf_counter() - started, 2)
    out["disk_mib"] = disk_mib(folder)
    out["queries"] = {}
    for path in QUERIES:
        text = path.read_text()
        out["queries"][path.stem] = timed(
            lambda: len(list(store.query(text, use_default_graph_as_union=True))), repeat)
    del store
    shutil.rmtree(folder, ignore_errors=True)
    return out


class _Late(Exception):
    pass


def rdflib_worker(data: Path, workdir: Path, repeat: int, skip: frozenset[str] = frozenset()) -> dict:
    from rdflib import Dataset

    out: dict = {}
    dataset = Dataset(default_union=True)
    started = time.perf_counter()
    dataset.parse(str(data), format="nquads")
    out["load_s"] = round(time.perf_counter() - started, 2)
    out["queries"] = {}

    def alarm(*_: object) -> None:
        raise _Late()

    signal.signal(signal.SIGALRM, alarm)
    for path in QUERIES:
        text = path.read_text()
        signal.setitimer(signal.ITIMER_REAL, RDFLIB_LIMIT_S)
        try:
            out["queries"][path.stem] = timed(lambda: len(list(dataset.query(text))), repeat)
        except _Late:
            out["queries"][path.stem] = {"timeout_s": RDFLIB_LIMIT_S}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return out


def http_queries(store_dir: Path, *, repeat: int) -> dict:
    """Start `vnst serve` on the store and time each query over HTTP (POST /sparql)."""
    import httpx
    start_server = tests_module("vnst_server").start_server

    env = {"VNST_ACCESS_LOG": "false", "VNST_QUERY_TIMEOUT": str(QUERY_LIMIT_S), "VNST_MAX_ROWS": "1000000"}
    try:
        server = start_server(store=store_dir, env=env, log_path=store_dir.parent / "serve.log", ready_s=120)
    except RuntimeError as exc:
        return {"skipped": f"n/a ({str(exc).strip()[-300:]})"}
    base = server.url
    try:
        out: dict = {"queries": {}}
        with httpx.Client(timeout=QUERY_LIMIT_S + 10) as client:
            for path in QUERIES:
                text = path.read_text()

                def ask() -> int:
                    response = client.post(f"{base}/sparql", data={"query": text},
                                           headers={"Accept": "application/sparql-results+json"})
                    response.raise_for_status()
                    return len(response.json()["results"]["bindings"])
                try:
                    out["queries"][path.stem] = timed(ask, repeat)
                except httpx.HTTPError as exc:
                    out["queries"][path.stem] = {"error": str(exc)[:200]}
        return out
    finally:
        server.stop()


def loader_throughput(folder: Path, *, copies: int) -> dict:
    """Copies of the corpus texts under varied file names through vnst.loaders.load_file."""
    from vnst.loaders import load_file

    corpus = sorted((HERE.parent / "corpus").glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(copies):
        source = corpus[i % len(corpus)]
        target = folder / f"{i:05d}_{source.stem[:24]}_ban-sao-{i}.txt"
        shutil.copyfile(source, target)
        paths.append(target)
    characters = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    started = time.perf_counter()
    triples = 0
    for path in paths:
        batch = load_file(path)
        triples += sum(len(graph) for graph in batch.graphs.values())
    elapsed = time.perf_counter() - started
    return {"documents": copies, "seconds": round(elapsed, 2),
            "documents_per_s": round(copies / elapsed, 1),
            "characters_per_s": round(characters / elapsed), "triples": triples}


WORKERS = {"vnst": vnst_worker, "pyoxigraph": pyoxigraph_worker, "rdflib": rdflib_worker}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=sorted(WORKERS))
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--skip", default="", help="comma-separated steps: reasoning, validation")
    args = parser.parse_args()
    figures = WORKERS[args.kind](args.data, args.workdir, args.repeat,
                                 frozenset(filter(None, args.skip.split(","))))
    args.result.write_text(json.dumps(figures))


if __name__ == "__main__":
    main()
