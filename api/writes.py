"""Caches of store content kept by the app, and what happens after the app writes.

While the server runs it holds the store's lock, so every write goes through
the app (``/update``, ``/store``); dropping the caches after each one keeps them
exact without asking the store on every request.
"""

from __future__ import annotations

import threading
from typing import Any

from vnst.graph.reasoning import default_graphs_for


class AssertedGraphs:
    """The graph list of a query that leaves the OWL RL closure out, listed once per write."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._names: tuple[str, ...] | None = None

    def names(self) -> tuple[str, ...]:
        with self._lock:
            if self._names is None:
                self._names = tuple(default_graphs_for(self._store, reasoning=False) or ())
            return self._names

    def invalidate(self) -> None:
        with self._lock:
            self._names = None


def asserted_graphs(state: Any) -> AssertedGraphs:
    cache = getattr(state, "asserted_graphs", None)
    if cache is None:
        cache = state.asserted_graphs = AssertedGraphs(state.store)
    return cache


def after_write(state: Any) -> None:
    """Call after every successful write (update, Graph Store PUT/POST/DELETE)."""
    for name in ("search_index", "asserted_graphs"):
        cache = getattr(state, name, None)
        if cache is not None:
            cache.invalidate()


__all__ = ["AssertedGraphs", "after_write", "asserted_graphs"]
