"""The query worker process: opens the store read-only and answers requests.

A worker is killed (not asked) when a query passes its deadline, which is the
only way to stop a pyoxigraph query from Python; the pool starts a fresh one.
Messages are tuples; answers are ("ok", value) or ("error", ErrorInfo), because
vnst's exceptions take keyword arguments that pickle does not carry.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from vnst.errors import (InputError, NotFound, ParseError, QuerySyntaxError, QueryTimeout,
                         StoreError, VnstError)


@dataclass(frozen=True)
class ErrorInfo:
    kind: str
    message: str
    line: int | None = None
    column: int | None = None
    http_status: int | None = None

    @classmethod
    def of(cls, error: BaseException) -> "ErrorInfo":
        if isinstance(error, QuerySyntaxError):
            return cls("QuerySyntaxError", error.detail, error.line, error.column)
        if isinstance(error, VnstError):
            return cls(type(error).__name__, error.message,
                       http_status=getattr(error, "http_status", None))
        return cls("StoreError", f"{type(error).__name__} in a query worker: {error}")

    def error(self) -> VnstError:
        if self.kind == "QuerySyntaxError":
            return QuerySyntaxError(self.message, line=self.line, column=self.column)
        if self.kind == "QueryTimeout":
            return QueryTimeout(self.message, limit_s=0.0)
        known = {"NotFound": NotFound, "ParseError": ParseError, "InputError": InputError}
        error = known.get(self.kind, StoreError)(self.message)
        if self.http_status is not None:
            error.http_status = self.http_status  # type: ignore[attr-defined]
        return error


def handle(store: ox.Store, message: tuple[Any, ...]) -> Any:
    """One request: ("query", QueryJob) | ("terms", kwargs) | ("graphs",) | ("dump", graph, fmt)."""
    action = message[0]
    if action == "query":
        from vnst.graph.native_query import run_query
        return run_query(store, message[1])
    if action == "terms":
        from vnst.graph.native_query import query_terms
        return query_terms(store, **message[1])
    if action == "graphs":
        from vnst.graph.native_query import graph_sizes
        return graph_sizes(store)
    if action == "dump":
        from vnst.graph.native_query import dump_graph
        return dump_graph(store, graph=message[1], format=message[2])
    if action == "pid":
        return os.getpid()
    raise ValueError(f"unknown worker request {action!r}")


def serve(connection: Any, path: str) -> None:
    """Worker main loop (the target of the worker process)."""
    store: ox.Store | None
    try:
        store = ox.Store.read_only(path)
    except OSError as exc:
        connection.send(("error", ErrorInfo("StoreError", f"cannot open the store: {exc}")))
        return
    connection.send(("ok", os.getpid()))
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        try:
            if message[0] == "close":  # a write is coming: let go of the store
                store = None
                reply: tuple[str, Any] = ("ok", None)
            elif message[0] == "open":  # the write is done: see the new state
                store = ox.Store.read_only(path)
                reply = ("ok", None)
            elif store is None:
                raise StoreError("the store is closed for a write")
            else:
                reply = ("ok", handle(store, message))
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the server
            reply = ("error", ErrorInfo.of(error))
        try:
            connection.send(reply)
        except (BrokenPipeError, OSError):
            return


__all__ = ["ErrorInfo", "handle", "serve"]
