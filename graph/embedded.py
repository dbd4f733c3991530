"""The embedded default: Oxigraph (pyoxigraph) on disk, or in memory for tests.

Atomic replace, two ways:

* Replacing graphs that exist: new content is first written to private
  staging graphs (``urn:vnst:staging:...``), then one SPARQL update drops each
  target and MOVEs its staging graph in; Oxigraph runs an update as one
  transaction. A crash while staging leaves only staging graphs behind, which
  the next open removes, so the old graphs stay intact.
* Creating graphs that do not exist yet (every first load, and every bulk
  load of a dump): the target names are first journaled in one atomic write,
  the data is bulk-loaded straight into them (Oxigraph's fast, non-transactional
  path: ~10x faster than a transactional MOVE, whose copy and delete run at
  ~15k quads/s), and the journal entry is removed. A crash in between is
  rolled back on the next open by removing the journaled graphs, which had no
  previous content to lose.

Readers in other processes do not open the store while it is written (the
server pauses its query workers during writes), so crash-atomicity is what
matters here.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from vnst.batch import RdfPayload
from vnst.errors import ParseError, QueryTimeout, StoreError
from vnst.graph.store import (STAGING_PREFIX, Capabilities, GraphInfo, QueryResult,
                              StagingNames)
from vnst.graph.terms import (QUAD_FORMATS, from_ox, parse_error, payload_graph_names,
                              query_syntax_error, rdf_format, to_ox)

INTERNAL_PREFIX = "urn:vnst:"
_JOURNAL = ox.NamedNode("urn:vnst:journal")
_CREATING = ox.NamedNode("urn:vnst:creating")
_CHUNK = 50_000


class OxigraphStore:
    """``Store`` over pyoxigraph. ``path=None`` keeps everything in memory."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.capabilities = Capabilities(
            name="oxigraph" if self.path else "memory",
            persistent=self.path is not None,
            transactional_replace=True,
            cancellable_queries=False,
            isolated_workers=self.path is not None,
            native_serialization=True,
        )
        try:
            if self.path is None:
                self._store = ox.Store()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the store at {self.path} is open in another process (is `vnst serve` "
                    "running?); stop it or load through the server") from exc
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        self._recover()

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store, for the graph layer's own fast paths."""
        return self._store

    # -- writes ---------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, Graph | Iterable[tuple[Node, Node, Node]]],
                       *, payloads: Sequence[RdfPayload] = ()) -> list[str]:
        targets = set(graphs)
        for payload in payloads:
            targets |= _payload_graphs(payload)
        if not any(self._store.contains_named_graph(ox.NamedNode(t)) for t in targets):
            return self._create_graphs(graphs, payloads, targets)
        return self._swap_graphs(graphs, payloads)

    def _create_graphs(self, graphs: Mapping[str, Graph | Iterable[tuple[Node, Node, Node]]],
                       payloads: Sequence[RdfPayload], targets: set[str]) -> list[str]:
        # One journal entry listing every target: a dump can fill 100,000+ graphs, and one
        # quad per graph cost seconds to write and to remove.
        journal = ox.Quad(ox.NamedNode(f"urn:vnst:run:{uuid.uuid4().hex}"), _CREATING,
                          ox.Literal("\n".join(sorted(targets))), _JOURNAL)
        self._store.add(journal)
        self._flush()
        try:
            for target, triples in graphs.items():
                name = ox.NamedNode(target)
                self._extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples)
            for payload in payloads:
                try:
                    self._store.bulk_load(payload.data, format=rdf_format(payload.format),
                                          to_graph=ox.NamedNode(payload.graph))
                except SyntaxError as exc:
                    raise parse_error(exc, path=payload.path) from exc
            self._flush()
        except BaseException:
            for target in targets:
                self._remove_graph(target)
            raise
        finally:
            self._store.remove(journal)
            self._flush()
        return sorted(t for t in targets if self._store.contains_named_graph(ox.NamedNode(t)))

    def _swap_graphs(self, graphs: Mapping[str, Graph | Iterable[tuple[Node, Node, Node]]],
                     payloads: Sequence[RdfPayload]) -> list[str]:
        stage_for = StagingNames(uuid.uuid4().hex)
        staged = stage_for.by_target

        try:
            for target, triples in graphs.items():
                stage = ox.NamedNode(stage_for(target))
                self._extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), stage) for s, p, o in triples)
            for payload in payloads:
                self._stage_payload(payload, stage_for)
            moves = "".join(
                f"DROP SILENT GRAPH <{target}> ;\nMOVE SILENT GRAPH <{stage}> TO GRAPH <{target}> ;\n"
                for target, stage in staged.items())
            if moves:
                self._store.update(moves.rstrip(" ;\n"))
        except BaseException:
            for stage in staged.values():
                self._remove_graph(stage)
            raise
        self._flush()
        return sorted(staged)

    def _stage_payload(self, payload: RdfPayload, stage_for) -> None:  # type: ignore[no-untyped-def]
        fmt = rdf_format(payload.format)
        if payload.format.lower() not in QUAD_FORMATS:
            stage = ox.NamedNode(stage_for(payload.graph))
            try:
                self._store.bulk_load(payload.data, format=fmt, to_graph=stage)
            except SyntaxError as exc:
                raise parse_error(exc, path=payload.path) from exc
            return

        def remapped() -> Iterator[ox.Quad]:
            for quad in ox.parse(payload.data, format=fmt):
                name = quad.graph_name
                target = payload.graph if isinstance(name, ox.DefaultGraph) else name.value
                if isinstance(name, ox.BlankNode):
                    raise ParseError("blank-node graph names are not supported", path=payload.path)
                yield ox.Quad(quad.subject, quad.predicate, quad.object,
                              ox.NamedNode(stage_for(target)))

        try:
            self._extend(remapped())
        except SyntaxError as exc:
            raise parse_error(exc, path=payload.path) from exc

    def _extend(self, quads: Iterable[ox.Quad]) -> None:
        chunk: list[ox.Quad] = []
        for quad in quads:
            chunk.append(quad)
            if len(chunk) >= _CHUNK:
                self._store.extend(chunk)
                chunk = []
        if chunk:
            self._store.extend(chunk)

    def drop_graph(self, iri: str) -> bool:
        existed = self._store.contains_named_graph(ox.NamedNode(iri))
        if existed:
            self._store.remove_graph(ox.NamedNode(iri))
            self._flush()
        return existed

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise query_syntax_error(exc) from exc
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from exc
        self._flush()

    def import_data(self, data: bytes, *, format: str, graph: str | None = None,
                    path: str = "<data>") -> list[str]:
        fmt = rdf_format(format)
        # Graph names only (graphs() counts every triple: quadratic over many imports).
        quads = format.lower() in QUAD_FORMATS
        before = self._graph_names() if quads else set()
        try:
            self._store.load(data, format=fmt,
                             to_graph=ox.NamedNode(graph) if graph else ox.DefaultGraph())
        except SyntaxError as exc:
            raise parse_error(exc, path=path) from exc
        self._flush()
        touched = (self._graph_names() - before if quads else set()) | ({graph} if graph else set())
        return sorted(touched)

    def _graph_names(self) -> set[str]:
        return {name.value for name in self._store.named_graphs()
                if not name.value.startswith(INTERNAL_PREFIX)}

    # -- reads ----------------------------------------------------------------

    def graphs(self) -> list[GraphInfo]:
        from vnst.graph.native_query import graph_sizes

        return graph_sizes(self._store)

    def query(self, sparql: str, *, timeout_s: float, max_rows: int,
              default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None,
              union_default_graph: bool = True) -> QueryResult:
        """Run a query in this process. The deadline is checked between answers: a
        query that computes long before its first answer is only stopped by the
        worker-process executor (``vnst.graph.executor``), which kills it."""
        from vnst.graph.native_query import query_terms  # one way to run a query natively

        return query_terms(self._store, sparql=sparql, timeout_s=timeout_s, max_rows=max_rows,
                           default_graphs=default_graphs, named_graphs=named_graphs,
                           union_default_graph=union_default_graph)

    def export(self, out: IO[bytes], *, format: str, graph: str | None = None) -> None:
        fmt = rdf_format(format)
        if graph is not None:
            if not self._store.contains_named_graph(ox.NamedNode(graph)):
                from vnst.errors import NotFound
                raise NotFound(f"no graph named <{graph}>")
            self._store.dump(out, format=fmt, from_graph=ox.NamedNode(graph))
            return
        if format.lower() not in QUAD_FORMATS:
            raise ParseError(f"format {format} holds one graph: name it with --graph")
        quads = (quad for quad in self._store.quads_for_pattern(None, None, None, None)
                 if not (isinstance(quad.graph_name, ox.NamedNode)
                         and quad.graph_name.value.startswith(INTERNAL_PREFIX)))
        ox.serialize(quads, out, format=fmt)

    def close(self) -> None:
        self._flush()
        del self._store

    # -- helpers --------------------------------------------------------------

    def _flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def _remove_graph(self, iri: str) -> None:
        try:
            self._store.remove_graph(ox.NamedNode(iri))
        except OSError:
            pass

    def _recover(self) -> None:
        """Undo what a crashed write left: journaled new graphs and staging graphs."""
        for quad in list(self._store.quads_for_pattern(None, _CREATING, None, _JOURNAL)):
            for target in quad.object.value.split("\n"):
                if target:
                    self._store.remove_graph(ox.NamedNode(target))
            self._store.remove(quad)
        for name in list(self._store.named_graphs()):
            if name.value.startswith(STAGING_PREFIX) or name == _JOURNAL:
                self._store.remove_graph(name)
        self._flush()


def _payload_graphs(payload: RdfPayload) -> set[str]:
    """The graphs a payload fills, as the loader found them, or read from the file here."""
    return set(payload.graphs if payload.graphs is not None else payload_graph_names(payload))


def _collect(answer: object, *, max_rows: int, deadline: float, timeout_s: float) -> QueryResult:
    if isinstance(answer, bool):
        return QueryResult(kind="ask", boolean=answer)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [variable.value for variable in answer.variables]
        result = QueryResult(kind="select", variables=variables)
        for solution in answer:
            if len(result.rows) >= max_rows:
                result.truncated = True
                break
            if time.monotonic() > deadline:
                raise QueryTimeout(f"query stopped at its time limit of {timeout_s:g} s",
                                   limit_s=timeout_s)
            result.rows.append(tuple(from_ox(solution[index]) for index in range(len(variables))))
        return result
    result = QueryResult(kind="graph")
    for triple in answer:  # type: ignore[attr-defined]
        if len(result.triples) >= max_rows:
            result.truncated = True
            break
        if time.monotonic() > deadline:
            raise QueryTimeout(f"query stopped at its time limit of {timeout_s:g} s",
                               limit_s=timeout_s)
        result.triples.append((from_ox(triple.subject), from_ox(triple.predicate),
                               from_ox(triple.object)))
    return result


__all__ = ["OxigraphStore", "STAGING_PREFIX"]
