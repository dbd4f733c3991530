"""Markdown tables from a bench/results/*.json file (run.py prints them too).

    .venv/bin/python bench/report.py bench/results/<file>.json [more.json ...]

Several files are merged by size label (e.g. a 10k-1m run and a later 10m run).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _ms(entry: dict | None, query: str) -> float | None:
    figures = ((entry or {}).get("queries") or {}).get(query) or {}
    return figures.get("median_ms")


def _fmt_ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.1f}" if value >= 1 else f"{value:.2f}"


def _ratio(mine: float | None, other: float | None) -> str:
    if mine is None or other is None or other == 0:
        return "n/a"
    return f"{mine / other:.2f}x"


def _step(entry: dict, key: str) -> str:
    figures = entry.get("vnst", {}).get(key) or {}
    if "seconds" in figures:
        return f"{figures['seconds']:.1f} s"
    return figures.get("skipped", "n/a")


def markdown(results: dict) -> str:
    machine = results.get("machine", {})
    lines = [f"## vnst benchmark, {results.get('date', '?')}",
             f"Machine: {machine.get('cpus')} cores, {machine.get('memory_gib')} GiB, "
             f"Python {machine.get('python')}.", ""]
    sizes = results["sizes"]
    lines += ["| size | quads | graphs | load (Store.replace_graphs) | triples/s | `vnst load` (CLI, incl. reasoning) "
              "| pyoxigraph bulk_load disk / memory | store on disk | peak RSS load / all | reasoning | validation |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for entry in sizes:
        vnst, ox, cli = entry.get("vnst", {}), entry.get("pyoxigraph", {}), entry.get("cli_load", {})
        if "error" in vnst:
            lines.append(f"| {entry['label']} | {entry['quads']:,} | error: {vnst['error'][:120]} |")
            continue
        rate = entry["quads"] / vnst["load_s"] if vnst.get("load_s") else 0
        cli_text = (f"{cli['seconds']:.1f} s ({cli['peak_mib']} MiB)" if "seconds" in cli
                    else cli.get("skipped") or f"error: {cli.get('error', '?')[:80]}")
        validation = _step(entry, "validation")
        results_count = (vnst.get("validation") or {}).get("results")
        if results_count is not None:
            validation += f", {results_count} results"
        reasoning = _step(entry, "reasoning")
        inferred = (vnst.get("reasoning") or {}).get("inferred_triples")
        if inferred is not None:
            reasoning += f", {inferred:,} inferred"
        lines.append(
            f"| {entry['label']} | {entry['quads']:,} | {vnst.get('graphs', 0):,} | {vnst['load_s']:.1f} s "
            f"| {rate:,.0f} | {cli_text} | {ox.get('load_s', 'n/a')} s / {ox.get('memory_load_s', 'n/a')} s "
            f"| {vnst.get('disk_mib')} MiB | {vnst.get('peak_after_load_mib')} / {vnst.get('peak_mib')} MiB "
            f"| {reasoning} | {validation} |")
    lines += ["", "Query latency, median ms in process through vnst (rows); then vnst over HTTP, "
              "and vnst's time as a ratio of pyoxigraph's and rdflib's (below 1: vnst faster).", ""]
    header = "| query | " + " | ".join(
        f"{e['label']} vnst | {e['label']} HTTP | {e['label']} ÷ox | {e['label']} ÷rdflib" for e in sizes)
    lines += [header, "|---|" + "---|" * (4 * len(sizes))]
    queries = sorted({q for e in sizes for q in (e.get("vnst", {}).get("queries") or {})})
    for query in queries:
        cells = []
        for entry in sizes:
            mine = _ms(entry.get("vnst"), query)
            rows = ((entry.get("vnst", {}).get("queries") or {}).get(query) or {}).get("rows")
            cells.append(f"{_fmt_ms(mine)} ({rows})")
            cells.append(_fmt_ms(_ms(entry.get("http"), query)))
            cells.append(_ratio(mine, _ms(entry.get("pyoxigraph"), query)))
            rdflib = (entry.get("rdflib") or {})
            if "skipped" in rdflib:
                cells.append("skipped")
            elif ((rdflib.get("queries") or {}).get(query) or {}).get("timeout_s"):
                cells.append("rdflib > 60 s")
            else:
                cells.append(_ratio(mine, _ms(rdflib, query)))
        lines.append(f"| {query} | " + " | ".join(cells) + " |")
    lines += scaling(sizes)
    loaders = results.get("loaders")
    if loaders:
        lines += ["", f"Loaders: {loaders['documents']} documents (copies of the corpus texts) in "
                  f"{loaders['seconds']} s: **{loaders['documents_per_s']} documents/s**, "
                  f"{loaders['characters_per_s']:,} characters/s, {loaders['triples']:,} triples."]
    return "\n".join(lines)


def scaling(sizes: list[dict]) -> list[str]:
    """Growth from each size to the next: time ratio beside answer-size ratio."""
    lines: list[str] = []
    for small, large in zip(sizes, sizes[1:]):
        small_q = (small.get("vnst", {}).get("queries") or {})
        large_q = (large.get("vnst", {}).get("queries") or {})
        if not small_q or not large_q:
            continue
        lines += ["", f"Growth {small['label']} → {large['label']} "
                  f"({large['quads'] / small['quads']:.1f}x the data): time ratio (answer-size ratio)", ""]
        cells = []
        for query in sorted(set(small_q) & set(large_q)):
            a, b = small_q[query], large_q[query]
            time_ratio = b["median_ms"] / a["median_ms"] if a["median_ms"] else float("nan")
            rows_ratio = (b["rows"] / a["rows"]) if a["rows"] else float("inf") if b["rows"] else 1.0
            cells.append(f"{query}: {time_ratio:.1f}x ({rows_ratio:.1f}x)")
        lines.append("; ".join(cells))
    return lines


def merge(files: list[Path]) -> dict:
    merged: dict = {"sizes": []}
    seen: dict[str, dict] = {}
    for path in files:
        data = json.loads(path.read_text())
        merged.setdefault("date", data.get("date"))
        merged["machine"] = data.get("machine")
        merged["loaders"] = data.get("loaders") or merged.get("loaders")
        for entry in data["sizes"]:
            seen[entry["label"]] = entry
    merged["sizes"] = sorted(seen.values(), key=lambda entry: entry["quads"])
    return merged


if __name__ == "__main__":
    print(markdown(merge([Path(arg) for arg in sys.argv[1:]])))
