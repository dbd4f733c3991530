"""Deadlines that really stop queries.

pyoxigraph cannot cancel a running query from Python. So, for the on-disk
store, queries run in worker processes (``query_workers`` of them) that open
the store read-only; at a query's deadline its worker is killed, which frees
its CPU and memory at once, and a fresh worker takes its place. The server
process never keeps the store open for writing while workers read (Oxigraph
leaves a reader beside another process's writer undefined): a write stops
dispatch, waits for running queries (each has a deadline), stops the workers,
opens the store, writes, closes it and starts the workers again. Writes are
rare on a published endpoint, so they pay the cost (about a second).

The in-memory store cannot be shared with another process: its queries run
on a thread of the server, the deadline answers the client on time, and the
output is stopped between chunks; a query that computes long before its first
answer keeps its thread busy until it ends (tests and small data only).
Remote backends enforce the deadline on the remote server
(``capabilities.cancellable_queries``).
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vnst.errors import QueryTimeout, StoreError
from vnst.graph.native_query import QueryAnswer, QueryJob, run_query
from vnst.graph.worker import ErrorInfo

_START_TIMEOUT_S = 120.0
log = logging.getLogger("vnst.graph.executor")


def timeout_error(limit_s: float) -> QueryTimeout:
    return QueryTimeout(f"query stopped at its time limit of {limit_s:g} s "
                        f"(ask for less work, or set a larger limit up to the server's)",
                        limit_s=limit_s)


class _Worker:
    def __init__(self, context: Any, path: str) -> None:
        from vnst.graph.worker import serve

        self.connection, child = context.Pipe()
        self.process = context.Process(target=serve, args=(child, path), daemon=True,
                                       name="vnst-query-worker")
        self.process.start()
        child.close()
        if not self.connection.poll(_START_TIMEOUT_S):
            self.kill()
            raise StoreError("a query worker did not start")
        status, value = self.connection.recv()
        if status != "ok":
            self.kill()
            raise value.error()
        self.pid: int = value

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        finally:
            self.connection.close()

    def stop(self) -> None:
        try:
            self.connection.send(None)
            self.process.join(5)
        except (OSError, ValueError):
            pass
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.connection.close()


class WorkerPool:
    """Worker processes over the on-disk store at ``path``."""

    def __init__(self, path: Path | str, *, size: int = 2) -> None:
        self.path = str(path)
        self.size = max(1, size)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["vnst.graph.worker", "vnst.graph.native_query",
                                              "vnst.graph.search", "vnst.graph.embedded"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._gate = threading.Condition()
        self._writing = False
        self._busy = 0
        self._workers: set[_Worker] = set()
        self._generation = 0  # bumped by every write: replacements of older workers are dropped
        self.restarts = 0
        self._starting = 0

    # -- life cycle -----------------------------------------------------------

    def start(self) -> "WorkerPool":
        for _ in range(self.size):
            self._add(_Worker(self._context, self.path))
        return self

    def _add(self, worker: _Worker, *, generation: int | None = None) -> None:
        with self._gate:
            if generation is not None and (generation != self._generation or self._writing):
                stale = True
            else:
                stale = False
                self._workers.add(worker)
        if stale:
            worker.stop()
            return
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self._gate:
            self._workers.discard(worker)
        worker.kill()
        self.restarts += 1
        self._ensure()

    def _top_up(self, *, count: int, generation: int | None = None) -> None:
        """Start ``count`` workers; a start that fails is retried, then left to the next
        call. Background starts (``generation`` given) are dropped if a write began."""
        for _ in range(count):
            for attempt in range(3):
                try:
                    self._add(_Worker(self._context, self.path), generation=generation)
                    break
                except Exception:  # noqa: BLE001 - logged; the pool keeps serving
                    log.warning("a query worker failed to start (attempt %d)", attempt + 1,
                                exc_info=True)

    def _ensure(self) -> None:
        """Start missing workers in the background (after a kill or a crash)."""
        with self._gate:
            missing = self.size - len(self._workers) - self._starting
            if missing <= 0 or self._writing:
                return
            self._starting += missing
            generation = self._generation

        def run() -> None:
            try:
                self._top_up(count=missing, generation=generation)
            finally:
                with self._gate:
                    self._starting -= missing
        threading.Thread(target=run, daemon=True, name="vnst-worker-start").start()

    def close(self) -> None:
        with self._gate:
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            worker.stop()

    def pids(self) -> list[int]:
        with self._gate:
            return sorted(worker.pid for worker in self._workers if worker.process.is_alive())

    # -- calls ------------------------------------------------------------------

    def call(self, message: tuple[Any, ...], *, timeout_s: float) -> Any:
        """Send ``message`` to a free worker; kill it if no answer comes within the time."""
        deadline = time.monotonic() + timeout_s
        with self._gate:
            while self._writing:
                if not self._gate.wait(max(0.0, deadline - time.monotonic())):
                    raise timeout_error(timeout_s)
            self._busy += 1
        try:
            self._ensure()
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty as exc:
                raise timeout_error(timeout_s) from exc
            try:
                worker.connection.send(message)
                ready = worker.connection.poll(max(0.0, deadline - time.monotonic()))
                if not ready:
                    self._replace(worker)
                    raise timeout_error(timeout_s)
                status, value = worker.connection.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._replace(worker)
                raise StoreError("a query worker stopped unexpectedly (out of memory?)") from exc
            self._idle.put(worker)
            if status != "ok":
                raise value.error()
            return value
        finally:
            with self._gate:
                self._busy -= 1
                self._gate.notify_all()

    @contextmanager
    def exclusive(self, *, wait_s: float) -> Iterator[None]:
        """No worker has the store open inside this block (for a write).

        Idle workers are asked to close the store and to reopen it after the write
        (cheaper than new processes); a worker that does not answer is replaced."""
        with self._gate:
            while self._writing:
                self._gate.wait()
            self._writing = True
            self._generation += 1
            end = time.monotonic() + wait_s
            while self._busy and time.monotonic() < end:
                self._gate.wait(max(0.0, end - time.monotonic()))
        paused: list[_Worker] = []
        try:
            while True:
                try:
                    paused.append(self._idle.get_nowait())
                except queue.Empty:
                    break
            with self._gate:
                stuck = [worker for worker in self._workers if worker not in paused]
                self._workers = set(paused)
            for worker in stuck:  # still running a query past the wait: stopped here
                worker.kill()
            for worker in list(paused):
                if not self._ask(worker, ("close",)):
                    paused.remove(worker)
            yield
        finally:
            try:
                for worker in paused:
                    if self._ask(worker, ("open",)):
                        self._idle.put(worker)
                self._top_up(count=self.size - len(self._alive(paused)))
            finally:
                with self._gate:
                    self._writing = False
                    self._gate.notify_all()

    def _alive(self, workers: list[_Worker]) -> list[_Worker]:
        with self._gate:
            return [worker for worker in workers if worker in self._workers]

    def _ask(self, worker: _Worker, message: tuple[Any, ...]) -> bool:
        """Send a control message; a worker that fails it is killed (and forgotten)."""
        try:
            worker.connection.send(message)
            if worker.connection.poll(_START_TIMEOUT_S):
                status, _ = worker.connection.recv()
                if status == "ok":
                    return True
        except (EOFError, OSError):
            pass
        with self._gate:
            self._workers.discard(worker)
        worker.kill()
        return False


class InProcessExecutor:
    """Queries on a thread of this process (in-memory store, remote store)."""

    def __init__(self, run: Callable[[QueryJob, float], QueryAnswer]) -> None:
        self._run = run

    def run(self, job: QueryJob) -> QueryAnswer:
        box: dict[str, Any] = {}
        deadline = time.monotonic() + job.timeout_s

        def target() -> None:
            try:
                box["answer"] = self._run(job, deadline)
            except BaseException as error:  # noqa: BLE001 - re-raised in the caller
                # pyoxigraph results may only be dropped on their own thread: drop the
                # frames that hold them here, before the error crosses to the caller
                link: BaseException | None = error
                while link is not None:
                    link.__traceback__ = None
                    link = link.__cause__ or link.__context__
                box["error"] = error
        thread = threading.Thread(target=target, daemon=True, name="vnst-query")
        thread.start()
        thread.join(job.timeout_s)
        if thread.is_alive():
            raise timeout_error(job.timeout_s)
        if "error" in box:
            raise box["error"]
        return box["answer"]

    def close(self) -> None:
        pass


class PoolExecutor:
    """Queries in the worker processes of a ``WorkerPool``."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def run(self, job: QueryJob) -> QueryAnswer:
        return self.pool.call(("query", job), timeout_s=job.timeout_s)

    def close(self) -> None:
        self.pool.close()


def native_runner(native: Any) -> Callable[[QueryJob, float], QueryAnswer]:
    return lambda job, deadline: run_query(native, job, deadline=deadline)


__all__ = ["ErrorInfo", "InProcessExecutor", "PoolExecutor", "WorkerPool", "native_runner",
           "timeout_error"]
