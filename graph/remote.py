"""The remote backend: a SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, Neptune, QLever).

Queries go to the SPARQL 1.1 Protocol endpoint, writes to the update endpoint,
and bulk writes (when ``remote_store_url`` is set) to the Graph Store Protocol.

Replace, and what is atomic. New content is first written, in chunks, to a
private staging graph (``urn:vnst:staging:{time}:{run}:{n}``) that nobody
queries; then ONE SPARQL Update operation swaps every target at once::

    DELETE { GRAPH ?t { ?s ?p ?o } } INSERT { GRAPH ?t { ?s2 ?p2 ?o2 } }
    WHERE { VALUES (?t ?stage) {...} { GRAPH ?t { ?s ?p ?o } } UNION { GRAPH ?stage { ?s2 ?p2 ?o2 } } }

It is one operation because Virtuoso commits each operation of a multi-operation
request on its own (measured with 7.2: in ``DROP …; INSERT …; DROP <missing>``
the failing third operation leaves the first two applied), while one operation
is one SQL transaction there, as it is on Fuseki/TDB2, GraphDB and Neptune. A
failure while staging leaves the targets untouched; staging graphs are dropped
on the way out and, if the process died, by the next open (after an hour, so a
concurrent loader's staging is left alone). Servers without transactions
(QLever) give no such promise: build the store offline there.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from vnst.batch import RdfPayload
from vnst.errors import ConfigError, NotFound, ParseError, StoreError
from vnst.graph.remote_http import JSON_RESULTS, N_TRIPLES, SparqlClient, term_from_json
from vnst.graph.store import STAGING_PREFIX, Capabilities, GraphInfo, QueryResult, StagingNames
from vnst.graph.terms import QUAD_FORMATS, from_ox, parse_error, rdf_format, to_ox
from vnst.settings import Settings

# Graphs a server keeps for itself (Virtuoso's schema and LDP graphs); never listed.
SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/schemas/virtrdf#",
                         "http://www.w3.org/ns/ldp#", "http://localuriqaserver/")
CHUNK_TRIPLES = 20_000
UPDATE_CHUNK = 400  # triples per INSERT without the Graph Store Protocol (Virtuoso's SQL-size limit)
STALE_STAGING_S = 3600


class RemoteStore:
    """``Store`` over the SPARQL 1.1 Protocol and Graph Store Protocol."""

    def __init__(self, *, query_url: str, update_url: str | None = None,
                 store_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout_s: float = 60.0,
                 chunk_triples: int = CHUNK_TRIPLES) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.store_url = store_url
        self.chunk_triples = chunk_triples
        self.capabilities = Capabilities(
            name="remote", persistent=True, transactional_replace=True,
            cancellable_queries=True, isolated_workers=False, native_serialization=False)
        self._client = SparqlClient(user=user, password=password, timeout_s=timeout_s)
        self._drop_stale_staging()

    @classmethod
    def from_settings(cls, settings: Settings) -> "RemoteStore":
        if not settings.remote_query_url:
            raise ConfigError("the remote backend needs VNST_REMOTE_QUERY_URL")
        return cls(query_url=settings.remote_query_url, update_url=settings.remote_update_url,
                   store_url=settings.remote_store_url, user=settings.remote_user,
                   password=settings.remote_password, timeout_s=settings.remote_timeout)

    # -- writes ---------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, Graph | Iterable[tuple[Node, Node, Node]]],
                       *, payloads: Sequence[RdfPayload] = ()) -> list[str]:
        # the time in the name lets a later open drop a crashed loader's staging graphs
        stage_for = StagingNames(f"{int(time.time())}:{uuid.uuid4().hex}")
        staged = stage_for.by_target

        try:
            for target, triples in graphs.items():
                stage = stage_for(target)
                self._write(((to_ox(s), to_ox(p), to_ox(o), stage) for s, p, o in triples))
            for payload in payloads:
                self._write(_payload_quads(payload, stage_for))
            if staged:
                self.update(_swap(staged))
        finally:
            for stage in staged.values():
                self._drop_quietly(stage)
        return sorted(staged)

    def drop_graph(self, iri: str) -> bool:
        existed = any(info.iri == iri for info in self._all_graphs())
        if existed:
            self.update(f"DROP SILENT GRAPH <{iri}>")
        return existed

    def update(self, sparql: str) -> None:
        self._client.post(self.update_url, data={"update": sparql}, what="update")

    def import_data(self, data: bytes, *, format: str, graph: str | None = None,
                    path: str = "<data>") -> list[str]:
        touched: set[str] = set()

        def target(name: str) -> str:
            touched.add(name)
            return name

        if graph is None and format.lower() not in QUAD_FORMATS:
            raise ParseError("the remote store keeps triples in named graphs: name one with --graph",
                             path=path)
        payload = RdfPayload(path=path, data=data, format=format, graph=graph or "")
        self._write(_payload_quads(payload, target))
        return sorted(touched)

    def _write(self, quads: Iterable[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode,
                                           ox.Term, str]]) -> None:
        """Send quads in chunks. A server maps a blank-node label to one node only within
        a request, so triples that share blank nodes (transitively) travel together."""
        # Virtuoso compiles an update into SQL and refuses one over 10,000 lines of it.
        limit = self.chunk_triples if self.store_url else min(self.chunk_triples, UPDATE_CHUNK)
        plain: dict[str, list[str]] = {}
        with_blanks: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for s, p, o, graph in quads:
            line = f"{s} {p} {o} ."
            labels = tuple(t.value for t in (s, o) if isinstance(t, ox.BlankNode))
            if labels:
                with_blanks.setdefault(graph, []).append((line, labels))
                continue
            lines = plain.setdefault(graph, [])
            lines.append(line)
            if len(lines) >= limit:
                self._send_chunk(graph, lines, blank_nodes=False)
                plain[graph] = []
        for graph, lines in plain.items():
            self._send_chunk(graph, lines, blank_nodes=False)
        for graph, items in with_blanks.items():
            for chunk in _blank_node_chunks(items, limit=limit):
                self._send_chunk(graph, chunk, blank_nodes=True)

    def _send_chunk(self, graph: str, lines: list[str], *, blank_nodes: bool) -> None:
        if not lines:
            return
        body = "\n".join(lines)
        if self.store_url:
            self._client.post(self.store_url, params={"graph": graph}, what="upload",
                              content=(body + "\n").encode("utf-8"),
                              headers={"Content-Type": N_TRIPLES})
        elif blank_nodes:
            # INSERT DATA forbids blank nodes on Virtuoso; a template with no WHERE does not.
            self.update(f"INSERT {{ GRAPH <{graph}> {{\n{body}\n}} }} WHERE {{}}")
        else:
            self.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")

    # -- reads ----------------------------------------------------------------

    def graphs(self) -> list[GraphInfo]:
        return [info for info in self._all_graphs() if not info.iri.startswith(STAGING_PREFIX)]

    def _all_graphs(self) -> list[GraphInfo]:
        result = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                            timeout_s=self._client.timeout_s, max_rows=10_000_000)
        infos = [GraphInfo(str(g), int(n)) for g, n in result.rows if g is not None]
        return sorted((info for info in infos if not info.iri.startswith(SYSTEM_GRAPH_PREFIXES)),
                      key=lambda info: info.iri)

    def query(self, sparql: str, *, timeout_s: float, max_rows: int,
              default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None,
              union_default_graph: bool = True) -> QueryResult:
        """The server enforces the deadline (Virtuoso's ``timeout`` in ms); the HTTP
        read timeout is the backstop. ``union_default_graph`` is the server's own
        setting (Virtuoso: always the union; Fuseki: ``tdb2:unionDefaultGraph``)."""
        started = time.monotonic()
        form: dict[str, object] = {"query": sparql, "timeout": str(int(timeout_s * 1000))}
        if default_graphs is not None:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs is not None:
            form["named-graph-uri"] = list(named_graphs)
        accept = N_TRIPLES if _is_graph_query(sparql) else JSON_RESULTS
        response = self._client.post(self.query_url, data=form, headers={"Accept": accept},
                                     timeout_s=timeout_s + 2.0, what="query")
        result = _result(response.headers.get("content-type", ""), response.content,
                         max_rows=max_rows)
        result.elapsed_s = time.monotonic() - started
        return result

    def export(self, out: IO[bytes], *, format: str, graph: str | None = None) -> None:
        fmt = rdf_format(format)
        names = [info.iri for info in self.graphs()]
        if graph is not None:
            if graph not in names:
                raise NotFound(f"no graph named <{graph}>")
            ox.serialize(self._graph_triples(graph), out, format=fmt)
            return
        if format.lower() not in QUAD_FORMATS:
            raise ParseError(f"format {format} holds one graph: name it with --graph")
        quads = (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
                 for name in names for t in self._graph_triples(name))
        ox.serialize(quads, out, format=fmt)

    def _graph_triples(self, graph: str) -> Iterator[ox.Triple]:
        if self.store_url:
            response = self._client.get(self.store_url, params={"graph": graph},
                                        headers={"Accept": N_TRIPLES}, what="download")
        else:
            response = self._client.post(
                self.query_url, what="export", headers={"Accept": N_TRIPLES},
                data={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
        fmt = _graph_format(response.headers.get("content-type", ""))
        yield from ox.parse(response.content, format=fmt)

    def close(self) -> None:
        self._client.close()

    # -- helpers --------------------------------------------------------------

    def _drop_quietly(self, graph: str) -> None:
        try:
            self.update(f"DROP SILENT GRAPH <{graph}>")
        except StoreError:
            pass  # left for the next open's clean-up

    def _drop_stale_staging(self) -> None:
        cutoff = time.time() - STALE_STAGING_S
        for info in self._all_graphs():
            if not info.iri.startswith(STAGING_PREFIX):
                continue
            stamp = info.iri[len(STAGING_PREFIX):].split(":", 1)[0]
            if stamp.isdigit() and int(stamp) < cutoff:
                self._drop_quietly(info.iri)


def _blank_node_chunks(items: list[tuple[str, tuple[str, ...]]], *, limit: int) -> Iterator[list[str]]:
    """Group triples that share blank nodes (union-find over labels), then pack whole
    groups into chunks of about ``limit`` triples."""
    parent: dict[str, str] = {}

    def root(label: str) -> str:
        parent.setdefault(label, label)
        while parent[label] != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    for _, labels in items:
        first = root(labels[0])
        for other in labels[1:]:
            parent[root(other)] = first
    groups: dict[str, list[str]] = {}
    for line, labels in items:
        groups.setdefault(root(labels[0]), []).append(line)
    chunk: list[str] = []
    for lines in groups.values():
        if chunk and len(chunk) + len(lines) > limit:
            yield chunk
            chunk = []
        chunk.extend(lines)
    if chunk:
        yield chunk


def _swap(staged: Mapping[str, str]) -> str:
    pairs = " ".join(f"(<{target}> <{stage}>)" for target, stage in staged.items())
    return ("DELETE { GRAPH ?target { ?s ?p ?o } }\n"
            "INSERT { GRAPH ?target { ?s2 ?p2 ?o2 } }\n"
            f"WHERE {{ VALUES (?target ?stage) {{ {pairs} }}\n"
            "  { GRAPH ?target { ?s ?p ?o } }\n"
            "  UNION { GRAPH ?stage { ?s2 ?p2 ?o2 } } }")


def _payload_quads(payload: RdfPayload, graph_for) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """Parse locally (so a bad file fails before anything is sent, with its line)."""
    fmt = rdf_format(payload.format)
    try:
        for quad in ox.parse(payload.data, format=fmt):
            name = quad.graph_name
            if isinstance(name, ox.BlankNode):
                raise ParseError("blank-node graph names are not supported", path=payload.path)
            target = payload.graph if isinstance(name, ox.DefaultGraph) else name.value
            yield quad.subject, quad.predicate, quad.object, graph_for(target)
    except SyntaxError as exc:
        raise parse_error(exc, path=payload.path) from exc


_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_NOISE = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")


def _is_graph_query(sparql: str) -> bool:
    """CONSTRUCT/DESCRIBE (asked for as N-Triples) or SELECT/ASK (as JSON results)."""
    match = _FORM.search(_NOISE.sub(" ", sparql))
    return bool(match) and match.group(1).upper() in {"CONSTRUCT", "DESCRIBE"}


def _graph_format(content_type: str) -> ox.RdfFormat:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in ("text/turtle", "application/x-turtle"):
        return ox.RdfFormat.TURTLE
    if kind in ("application/rdf+xml",):
        return ox.RdfFormat.RDF_XML
    return ox.RdfFormat.N_TRIPLES


def _result(content_type: str, body: bytes, *, max_rows: int) -> QueryResult:
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in (JSON_RESULTS, "application/json"):
        data = json.loads(body)
        if "boolean" in data:
            return QueryResult(kind="ask", boolean=bool(data["boolean"]))
        variables = list(data.get("head", {}).get("vars", []))
        bindings = data.get("results", {}).get("bindings", [])
        rows = [tuple(term_from_json(row.get(name)) for name in variables)
                for row in bindings[:max_rows]]
        return QueryResult(kind="select", variables=variables, rows=rows,
                           truncated=len(bindings) > max_rows)
    result = QueryResult(kind="graph")
    for triple in ox.parse(body, format=_graph_format(kind)):
        if len(result.triples) >= max_rows:
            result.truncated = True
            break
        result.triples.append((from_ox(triple.subject), from_ox(triple.predicate),
                               from_ox(triple.object)))
    return result


__all__ = ["RemoteStore", "STAGING_PREFIX", "SYSTEM_GRAPH_PREFIXES"]
