"""Loader speed: documents per second through the pure loader (no store).

    python scripts/loader_speed.py [--copies 1000] [--cycle seeds|tests]

Times the five seeds once (target: under 5 s), then ``--copies`` documents made by
cycling the seeds under distinct file names (target for 1,000: under 2 minutes), and
prints the figures. Loader time only: reading text, extracting facts, building graphs.
``--cycle tests`` cycles the test documents instead (tests/fixtures: dozens of provinces,
so the per-province reference patterns are built and kept as a national corpus needs)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--cycle", choices=("seeds", "tests"), default="seeds",
                        help="documents to cycle through for the copies (default: the five seeds)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from vnst.loaders.document import text_batch  # import and pattern compilation count as start-up

    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((REPO / "corpus").glob("*.txt"))]
    warm = time.perf_counter()
    for name, text in seeds:
        text_batch(text, path=name)
    five = time.perf_counter() - warm
    print(f"start-up (imports, reference data): {warm - started:.2f} s")
    print(f"five seeds: {five:.2f} s ({len(seeds) / five:.1f} docs/s); with start-up {time.perf_counter() - started:.2f} s")
    cycled = seeds if args.cycle == "seeds" else [
        (p.name, p.read_text(encoding="utf-8")) for p in sorted((REPO / "tests" / "fixtures").rglob("*.txt"))]
    chars = 0
    t0 = time.perf_counter()
    for i in range(args.copies):
        name, text = cycled[i % len(cycled)]
        chars += len(text)
        batch = text_batch(text, path=f"copy{i:05d}_{name}")
        if not batch.graphs:
            raise SystemExit(f"no graphs for copy {i}")
    elapsed = time.perf_counter() - t0
    print(f"{args.copies} documents cycling {len(cycled)} {args.cycle} ({chars / 1e6:.1f} M characters): {elapsed:.1f} s, "
          f"{args.copies / elapsed:.1f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
