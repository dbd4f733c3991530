"""Operations: ``/healthz`` and ``/metrics`` (Prometheus text format 0.0.4)."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse

router = APIRouter(tags=["operations"])

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """Counters and a duration histogram, kept in memory (one server process)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.queries: Counter[str] = Counter()     # by kind: select/ask/graph/update/store
        self.errors: Counter[str] = Counter()      # by error kind
        self.timeouts = 0
        self.truncated = 0
        self._bucket_counts = [0] * len(BUCKETS)
        self._sum = 0.0
        self._count = 0

    def query(self, kind: str, seconds: float, *, truncated: bool = False) -> None:
        with self._lock:
            self.queries[kind] += 1
            self.truncated += int(truncated)
            self._sum += seconds
            self._count += 1
            for index, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    self._bucket_counts[index] += 1

    def error(self, kind: str) -> None:
        with self._lock:
            self.errors[kind] += 1
            if kind == "timeout":
                self.timeouts += 1

    def render(self, *, worker_pids: list[int], restarts: int) -> str:
        workers = len(worker_pids)
        with self._lock:
            lines = ["# HELP vnst_queries_total Queries and updates answered, by kind.",
                     "# TYPE vnst_queries_total counter"]
            for kind in sorted(self.queries) or ["select"]:
                lines.append(f'vnst_queries_total{{kind="{kind}"}} {self.queries[kind]}')
            lines += ["# HELP vnst_query_duration_seconds Time to answer a query.",
                      "# TYPE vnst_query_duration_seconds histogram"]
            for bound, count in zip(BUCKETS, self._bucket_counts):
                lines.append(f'vnst_query_duration_seconds_bucket{{le="{bound:g}"}} {count}')
            lines.append(f'vnst_query_duration_seconds_bucket{{le="+Inf"}} {self._count}')
            lines.append(f"vnst_query_duration_seconds_sum {self._sum:.6f}")
            lines.append(f"vnst_query_duration_seconds_count {self._count}")
            lines += ["# HELP vnst_query_timeouts_total Queries stopped at their time limit.",
                      "# TYPE vnst_query_timeouts_total counter",
                      f"vnst_query_timeouts_total {self.timeouts}",
                      "# HELP vnst_query_truncated_total Answers cut at the row cap.",
                      "# TYPE vnst_query_truncated_total counter",
                      f"vnst_query_truncated_total {self.truncated}",
                      "# HELP vnst_errors_total Error answers, by kind.",
                      "# TYPE vnst_errors_total counter"]
            for kind in sorted(self.errors):
                lines.append(f'vnst_errors_total{{kind="{kind}"}} {self.errors[kind]}')
            lines += ["# HELP vnst_query_workers Live query worker processes.",
                      "# TYPE vnst_query_workers gauge", f"vnst_query_workers {workers}",
                      "# HELP vnst_query_worker_restarts_total Workers killed and replaced.",
                      "# TYPE vnst_query_worker_restarts_total counter",
                      f"vnst_query_worker_restarts_total {restarts}",
                      "# HELP vnst_resident_memory_bytes RSS of the server and its workers.",
                      "# TYPE vnst_resident_memory_bytes gauge",
                      f"vnst_resident_memory_bytes {resident_bytes(worker_pids)}"]
            return "\n".join(lines) + "\n"


def resident_bytes(pids: list[int]) -> int:
    """RSS of this process and ``pids``, from /proc (0 where unreadable)."""
    import os

    total = 0
    for pid in [os.getpid(), *pids]:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except (OSError, ValueError):
            continue
    return total


@router.get("/healthz", summary="Liveness and readiness")
def healthz(request: Request) -> JSONResponse:
    state = request.app.state
    pids = state.worker_pids()
    body = {"ok": True, "backend": state.store.capabilities.name, "workers": len(pids),
            "query_timeout_s": state.settings.query_timeout, "max_rows": state.settings.max_rows,
            "updates": state.settings.update_token is not None}
    return JSONResponse(body)


@router.get("/metrics", summary="Prometheus metrics", response_class=PlainTextResponse)
def metrics(request: Request) -> PlainTextResponse:
    state = request.app.state
    text = state.metrics.render(worker_pids=state.worker_pids(), restarts=state.worker_restarts())
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4; charset=utf-8")


__all__ = ["Metrics", "resident_bytes", "router"]
