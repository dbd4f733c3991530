"""Value types that cross the loaders -> graph seam.

A loader turns bytes into a ``LoadBatch``: the named graphs it built (as
rdflib graphs) and the RDF files it was given (as ``RdfPayload``, parsed by
the store's native parser so large dumps load fast). The store replaces
every graph of one batch in one transaction, so a source is never half
written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph


@dataclass(frozen=True)
class LoadWarning:
    """Something a loader skipped or could not understand, and where."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class RdfPayload:
    """An RDF file as given. Triples in its default graph go to ``graph``;
    quads keep their own graph names."""

    path: str
    data: bytes
    format: str  # one of: turtle, ntriples, nquads, trig, jsonld, rdfxml
    graph: str
    # The graphs the file fills, when a loader has already read it (``vnst.loaders.rdf``);
    # None makes the store read the file once more to find out.
    graphs: tuple[str, ...] | None = None


@dataclass
class LoadBatch:
    """Everything one source contributes, replaced together and atomically."""

    source: str  # the path or name the user gave, for messages
    graphs: dict[str, Graph] = field(default_factory=dict)
    payloads: list[RdfPayload] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)

    @property
    def graph_names(self) -> list[str]:
        return sorted(set(self.graphs) | {payload.graph for payload in self.payloads})


__all__ = ["LoadBatch", "LoadWarning", "RdfPayload"]
