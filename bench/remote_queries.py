"""The benchmark queries on the remote backend: a real Virtuoso, bulk-loaded per size.

    .venv/bin/python bench/remote_queries.py --sizes 1m,10m --repeat 7

Starts ``virtuoso-t`` (Debian ``virtuoso-opensource``) in a scratch folder on
loopback with the test suite's launcher (tests/virtuoso_server.py), loads ``bench/data/vnst-{size}.nq`` with Virtuoso's own bulk loader
(``ld_dir`` + ``rdf_loader_run``: the way a clustered store is filled, not
through vnst), then runs every ``bench/queries/*.rq`` through
``vnst.graph.remote.RemoteStore`` (the path vnst's endpoint and CLI take on the
remote backend). Prints load time, each query's median and row count, and the
growth between consecutive sizes; writes ``bench/results/{stamp}-remote-{sizes}.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import measure  # noqa: E402

VIRTUOSO = measure.tests_module("virtuoso_server").VIRTUOSO
running_virtuoso = measure.tests_module("virtuoso_server").running_virtuoso   # the test suite's launcher

# 10M quads need about 1.5 GiB of pages (8 KiB each); Virtuoso's guide: at most 2/3 of free
# memory, and this leaves the machine room for the vnst client
BUFFERS = 400_000


def size_one(label: str, *, repeat: int, scratch: Path) -> dict:
    from vnst.graph.remote import RemoteStore

    data = generate.DEFAULT_OUT / f"vnst-{label}.nq"
    if not data.exists():
        generate.generate(generate.parse_scale(label), data)
    folder = scratch / label
    folder.mkdir()
    with running_virtuoso(folder, buffers=BUFFERS, extra_dirs=(str(data.parent),),
                          max_rows=10_000_000, max_seconds=300) as server:
        started = time.perf_counter()
        # the graph argument is the fallback for triples without one: N-Quads carry their own
        server.isql(f"ld_dir('{data.parent}', '{data.name}', 'urn:vnst:bench:default');", timeout_s=7200)
        server.isql("rdf_loader_run();", timeout_s=7200)
        server.isql("checkpoint;", timeout_s=7200)
        out: dict = {"load_s": round(time.perf_counter() - started, 1)}
        store = RemoteStore(query_url=server.query_url, timeout_s=300)
        count = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                            timeout_s=300, max_rows=1).rows[0][0]
        out["quads"] = int(count)
        out["disk_mib"] = measure.disk_mib(folder)
        out["queries"] = {}
        for path in measure.QUERIES:
            text = path.read_text()
            out["queries"][path.stem] = measure.timed(
                lambda: len(store.query(text, timeout_s=300, max_rows=10**8).rows), repeat)
            print(label, path.stem, out["queries"][path.stem], flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1m,10m")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    sizes = args.sizes.split(",")
    results: dict = {"machine": {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                 "backend": "remote (Virtuoso, " + _version() + ")"}, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="vnst-remote-bench-") as scratch:
        for label in sizes:
            results["sizes"][label] = size_one(label, repeat=args.repeat, scratch=Path(scratch))
            print(label, "load", results["sizes"][label]["load_s"], "s,",
                  results["sizes"][label]["quads"], "quads", flush=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    out = BENCH / "results" / f"{stamp}-remote-{'-'.join(sizes)}.json"
    out.write_text(json.dumps(results, indent=1) + "\n")
    for small, big in zip(sizes, sizes[1:]):
        print(f"growth {small} -> {big}: time ratio (answer-size ratio)")
        for name, fig in results["sizes"][big]["queries"].items():
            before = results["sizes"][small]["queries"][name]
            time_ratio = fig["median_ms"] / max(before["median_ms"], 1e-3)
            rows = fig["rows"] / before["rows"] if before["rows"] else float("inf")
            print(f"  {name}: {time_ratio:.1f}x ({rows:.1f}x)")
    print("written", out)


def _version() -> str:
    done = subprocess.run([str(VIRTUOSO), "-?"], capture_output=True, text=True)
    for line in (done.stdout + done.stderr).splitlines():
        if "Version" in line:
            return line.strip()
    return "version unknown"


if __name__ == "__main__":
    main()
