"""The ``Store`` protocol and the value types it returns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Literal, Protocol, runtime_checkable

from rdflib import Graph
from rdflib.term import Node

from vnst.batch import RdfPayload
from vnst.errors import ConfigError
from vnst.settings import Settings

ResultKind = Literal["select", "ask", "graph"]
STAGING_PREFIX = "urn:vnst:staging:"


class StagingNames:
    """Private staging graph names for one replace: one per target graph, in first-use order.
    ``run`` carries what a backend needs to find its own leftovers (a uuid, a time)."""

    def __init__(self, run: str) -> None:
        self._run = f"{STAGING_PREFIX}{run}:"
        self.by_target: dict[str, str] = {}

    def __call__(self, target: str) -> str:
        if target not in self.by_target:
            self.by_target[target] = f"{self._run}{len(self.by_target)}"
        return self.by_target[target]
EXPORT_FORMATS = ("nquads", "trig", "turtle", "ntriples")


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do; callers branch on these, never on the class."""

    name: str
    persistent: bool
    transactional_replace: bool  # replace_graphs is all-or-nothing
    cancellable_queries: bool    # the backend itself stops a query at its deadline
    isolated_workers: bool       # queries may run in worker processes that open the store
    native_serialization: bool   # serialize_query gives results without Python terms


@dataclass(frozen=True)
class GraphInfo:
    iri: str
    triples: int


@dataclass
class QueryResult:
    """A query's answer as rdflib terms, with the cut and timing said."""

    kind: ResultKind
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)
    truncated: bool = False
    elapsed_s: float = 0.0

    def to_sparql_json(self) -> dict[str, Any]:
        """The answer as a SPARQL 1.1 Query Results JSON document (SELECT and ASK)."""
        from vnst.graph.terms import term_json

        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        return {"head": {"vars": self.variables}, "results": {"bindings": [
            {name: term_json(value) for name, value in zip(self.variables, row) if value is not None}
            for row in self.rows]}}

    def as_graph(self) -> Graph:
        graph = Graph()
        for triple in self.triples:
            graph.add(triple)
        return graph


@runtime_checkable
class Store(Protocol):
    capabilities: Capabilities

    def replace_graphs(self, graphs: Mapping[str, Graph | Iterable[tuple[Node, Node, Node]]],
                       *, payloads: Sequence[RdfPayload] = ()) -> list[str]:
        """Replace every named graph given (and every graph the payloads fill) in one
        transaction; returns the graph IRIs written. A failure leaves all of them as before."""
        ...

    def drop_graph(self, iri: str) -> bool:
        """Remove a named graph; returns whether it existed."""
        ...

    def graphs(self) -> list[GraphInfo]:
        """Named graphs with their sizes, sorted by IRI."""
        ...

    def query(self, sparql: str, *, timeout_s: float, max_rows: int,
              default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None,
              union_default_graph: bool = True) -> QueryResult:
        ...

    def update(self, sparql: str) -> None:
        ...

    def export(self, out: IO[bytes], *, format: str, graph: str | None = None) -> None:
        ...

    def import_data(self, data: bytes, *, format: str, graph: str | None = None,
                    path: str = "<data>") -> list[str]:
        """Add RDF to the store (into ``graph`` for triples); returns the graphs touched."""
        ...

    def close(self) -> None:
        ...


def open_store(settings: Settings) -> Store:
    """The backend the settings name. The CLI calls this once."""
    if settings.backend in {"oxigraph", "memory"}:
        from vnst.graph.embedded import OxigraphStore

        path = None if settings.backend == "memory" else settings.store
        return OxigraphStore(path)
    if settings.backend == "remote":
        try:
            from vnst.graph.remote import RemoteStore
        except ImportError as exc:  # pragma: no cover - remote backend ships with the package
            raise ConfigError("the remote backend is not available in this build") from exc
        return RemoteStore.from_settings(settings)
    raise ConfigError(f"unknown backend {settings.backend!r}")


__all__ = ["Capabilities", "EXPORT_FORMATS", "STAGING_PREFIX", "StagingNames", "GraphInfo", "QueryResult", "ResultKind",
           "Store", "open_store"]
