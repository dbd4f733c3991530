"""The vnst benchmark: load, size, memory, validation, reasoning and query latency per scale.

    .venv/bin/python bench/run.py                       # 10k, 100k, 1m
    .venv/bin/python bench/run.py --sizes 10m --no-rdflib --repeat 3

Every measurement that needs its own peak memory runs in a child process
(``os.wait4`` gives the child's peak RSS). Results go to bench/results/ as
JSON; a markdown report is printed (bench/report.py renders it again from JSON).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402

PYTHON = sys.executable
SKIPPABLE = frozenset({"reasoning", "validation", "cli", "http", "rdflib", "loaders"})
VNST = [PYTHON, "-m", "vnst.api.cli"]


def run_child(args: list[str], *, env: dict[str, str] | None = None,
              timeout_s: float = 7200) -> tuple[float, int, str, str, int]:
    """Run a command; returns (seconds, peak RSS in MiB, stdout, stderr, exit code)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, env=env, stdout=out, stderr=err, cwd=REPO)
        deadline = started + timeout_s
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.05)  # polling a child we started; not a readiness wait
        elapsed = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        code = os.waitstatus_to_exitcode(status)
        return (elapsed, usage.ru_maxrss // 1024, out.read().decode(errors="replace"),
                err.read().decode(errors="replace"), code)


def worker(kind: str, *, data: Path, workdir: Path, repeat: int, result: Path,
           skip: frozenset[str] = frozenset()) -> dict:
    args = [PYTHON, str(HERE / "measure.py"), kind, "--data", str(data), "--workdir", str(workdir),
            "--repeat", str(repeat), "--result", str(result), "--skip", ",".join(sorted(skip))]
    elapsed, peak, out, err, code = run_child(args)
    if code != 0 or not result.exists():
        return {"error": f"exit {code}: {err.strip()[-1500:]}", "peak_mib": peak}
    figures = json.loads(result.read_text())
    figures["peak_mib"] = peak
    figures["wall_s"] = round(elapsed, 2)
    return figures


def cli_load(data: Path, store: Path, *, limit_s: float) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNST_")}
    env["VNST_STORE"] = str(store)
    elapsed, peak, _, err, code = run_child([*VNST, "load", str(data)], env=env, timeout_s=limit_s)
    if elapsed >= limit_s:
        return {"error": f"did not finish in {limit_s:g} s", "peak_mib": peak}
    if code != 0:
        return {"error": err.strip()[-800:]}
    return {"seconds": round(elapsed, 2), "peak_mib": peak}


def size_one(label: str, args: argparse.Namespace, scratch: Path) -> dict:
    target = generate.parse_scale(label)
    data = args.data / f"vnst-{label}.nq"
    if not data.exists():
        print(f"generating {data.name} ...", file=sys.stderr)
        generate.generate(target, data)
    manifest = json.loads(data.with_suffix(".json").read_text())
    quads = int(manifest["quads"])
    print(f"[{label}] {quads} quads: store path ...", file=sys.stderr)
    store_dir = scratch / f"store-{label}"
    entry: dict = {"label": label, "quads": quads, "sources": manifest["sources"],
                   "file_mib": round(data.stat().st_size / 2**20, 1)}
    entry["vnst"] = worker("vnst", data=data, workdir=store_dir, repeat=args.repeat,
                           result=scratch / f"vnst-{label}.json", skip=args.skip)
    if args.http and "http" not in args.skip:
        print(f"[{label}] HTTP ...", file=sys.stderr)
        entry["http"] = measure.http_queries(store_dir, repeat=args.repeat)
    shutil.rmtree(store_dir, ignore_errors=True)
    if "cli" in args.skip:
        entry["cli_load"] = {"skipped": "not run (--skip cli)"}
    else:
        print(f"[{label}] vnst load (CLI) ...", file=sys.stderr)
        entry["cli_load"] = cli_load(data, scratch / f"cli-{label}", limit_s=args.cli_limit)
        shutil.rmtree(scratch / f"cli-{label}", ignore_errors=True)
    print(f"[{label}] pyoxigraph ...", file=sys.stderr)
    entry["pyoxigraph"] = worker("pyoxigraph", data=data, workdir=scratch, repeat=args.repeat,
                                 result=scratch / f"ox-{label}.json")
    if args.rdflib and quads <= args.rdflib_max and "rdflib" not in args.skip:
        print(f"[{label}] rdflib ...", file=sys.stderr)
        entry["rdflib"] = worker("rdflib", data=data, workdir=scratch, repeat=max(1, args.repeat // 2),
                                 result=scratch / f"rdflib-{label}.json")
    else:
        entry["rdflib"] = {"skipped": f"rdflib is not run above {args.rdflib_max:,} triples"}
    return entry


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--data", type=Path, default=generate.DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--no-http", dest="http", action="store_false")
    parser.add_argument("--no-rdflib", dest="rdflib", action="store_false")
    parser.add_argument("--rdflib-max", type=int, default=1_100_000)
    parser.add_argument("--documents", type=int, default=200, help="copies of corpus texts")
    parser.add_argument("--cli-limit", type=float, default=1800, help="seconds for `vnst load`")
    parser.add_argument("--skip", default="", type=lambda v: frozenset(filter(None, v.split(","))),
                        help="steps not to run, comma-separated: reasoning, validation, cli, http, rdflib, "
                             "loaders (e.g. re-measuring only load and queries at 10M)")
    args = parser.parse_args(argv)
    unknown = args.skip - SKIPPABLE
    if unknown:
        parser.error(f"--skip: unknown step(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(SKIPPABLE))}")
    started = datetime.now(timezone.utc)
    results = {"date": started.isoformat(timespec="seconds"), "machine": machine(),
               "sizes": [], "loaders": None}
    args.out.mkdir(parents=True, exist_ok=True)
    name = f"{started.strftime('%Y%m%dT%H%M%S')}-{args.sizes.replace(',', '-')}.json"
    with tempfile.TemporaryDirectory(prefix="vnst-bench-") as tmp:
        scratch = Path(tmp)
        for label in args.sizes.split(","):
            results["sizes"].append(size_one(label.strip().lower(), args, scratch))
            (args.out / name).write_text(json.dumps(results, indent=1, ensure_ascii=False))
        if args.documents and "loaders" not in args.skip:
            print("loaders ...", file=sys.stderr)
            results["loaders"] = measure.loader_throughput(scratch / "docs", copies=args.documents)
    (args.out / name).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(report.markdown(results))
    print(f"\n(results: {args.out / name})", file=sys.stderr)


def machine() -> dict:
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) // 1024 // 1024
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "memory_gib": memory, "python": platform.python_version(),
            "system": platform.platform()}


if __name__ == "__main__":
    main()
