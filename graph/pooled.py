"""The on-disk store as the server sees it: reads in worker processes, writes in
a short exclusive section (see ``vnst.graph.executor`` for why).

While serving, the server holds the store's RocksDB ``LOCK`` (a POSIX record
lock, the one Oxigraph takes when it opens a store for writing), so another
process (``vnst load`` on the same directory) is refused with "the store is
open in another process" instead of writing beside the read-only workers.
Oxigraph's own open in this process shares that lock; its close releases it,
so it is taken again after every write.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, TypeVar

from rdflib import Graph
from rdflib.term import Node

from vnst.batch import RdfPayload
from vnst.errors import NotFound, StoreError
from vnst.graph.executor import WorkerPool
from vnst.graph.store import Capabilities, GraphInfo, QueryResult

T = TypeVar("T")


class PooledStore:
    """``Store`` over a ``WorkerPool``; the primary store is open only while writing."""

    def __init__(self, path: Path | str, pool: WorkerPool, *, write_wait_s: float) -> None:
        self.path = Path(path)
        self.pool = pool
        self.write_wait_s = write_wait_s
        self._lock_fd: int | None = None
        self._hold_lock()
        self.capabilities = Capabilities(
            name="oxigraph", persistent=True, transactional_replace=True,
            cancellable_queries=True, isolated_workers=True, native_serialization=True)

    # -- reads (worker processes) ----------------------------------------------

    def query(self, sparql: str, *, timeout_s: float, max_rows: int,
              default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None,
              union_default_graph: bool = True) -> QueryResult:
        request = dict(sparql=sparql, timeout_s=timeout_s, max_rows=max_rows,
                       default_graphs=default_graphs, named_graphs=named_graphs,
                       union_default_graph=union_default_graph)
        return self.pool.call(("terms", request), timeout_s=timeout_s)

    def graphs(self) -> list[GraphInfo]:
        return self.pool.call(("graphs",), timeout_s=self.write_wait_s)

    def dump(self, *, graph: str | None, format: str, timeout_s: float) -> bytes | None:
        return self.pool.call(("dump", graph, format), timeout_s=timeout_s)

    def export(self, out: IO[bytes], *, format: str, graph: str | None = None) -> None:
        data = self.dump(graph=graph, format=format, timeout_s=self.write_wait_s)
        if data is None:
            raise NotFound(f"no graph named <{graph}>")
        out.write(data)

    # -- writes (exclusive section) ----------------------------------------------

    def _write(self, action: Callable[[object], T]) -> T:
        from vnst.graph.embedded import OxigraphStore

        with self.pool.exclusive(wait_s=self.write_wait_s):
            primary = OxigraphStore(self.path)
            try:
                return action(primary)
            finally:
                primary.close()
                self._hold_lock()

    def _hold_lock(self) -> None:
        if self._lock_fd is None:
            self._lock_fd = os.open(self.path / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise StoreError(f"the store at {self.path} is open in another process "
                             "(a `vnst load`?); stop it first") from exc

    def replace_graphs(self, graphs: Mapping[str, Graph | Iterable[tuple[Node, Node, Node]]],
                       *, payloads: Sequence[RdfPayload] = ()) -> list[str]:
        return self._write(lambda db: db.replace_graphs(graphs, payloads=payloads))  # type: ignore[attr-defined]

    def drop_graph(self, iri: str) -> bool:
        return self._write(lambda db: db.drop_graph(iri))  # type: ignore[attr-defined]

    def update(self, sparql: str) -> None:
        self._write(lambda db: db.update(sparql))  # type: ignore[attr-defined]

    def import_data(self, data: bytes, *, format: str, graph: str | None = None,
                    path: str = "<data>") -> list[str]:
        return self._write(lambda db: db.import_data(data, format=format, graph=graph,  # type: ignore[attr-defined]
                                                     path=path))

    def close(self) -> None:
        self.pool.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the lock
            self._lock_fd = None


__all__ = ["PooledStore"]
