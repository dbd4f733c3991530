"""Run one query on a pyoxigraph store and serialize the answer natively.

Used inside the query worker processes (graph.worker) and, for the in-memory
backend, in the server process. The answer is bytes in the requested format,
so no Python object is made per solution: rows are counted on a TSV (or
N-Triples) stream, which has one solution (triple) per line, and the stream is
stopped after ``max_rows + 1`` lines; only then, if needed, the kept part is
re-serialized into the requested format.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from vnst.errors import InputError, QueryTimeout, StoreError, VnstError
from vnst.graph.rewrite import rewrite_not_exists
from vnst.graph.search import CUSTOM_FUNCTIONS
from vnst.graph.store import GraphInfo, QueryResult
from vnst.graph.terms import query_syntax_error
from vnst.ontology import PREFIXES

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
}


def media_type(fmt: str) -> str:
    if fmt in RESULT_FORMATS:
        return RESULT_FORMATS[fmt].media_type.split(";")[0]
    return GRAPH_FORMATS[fmt].media_type


@dataclass(frozen=True)
class QueryJob:
    sparql: str
    format: str                     # a key of RESULT_FORMATS (select/ask) or GRAPH_FORMATS
    timeout_s: float
    max_rows: int
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    union_default_graph: bool = True
    base_iri: str | None = None


@dataclass
class QueryAnswer:
    kind: str          # select, ask, graph
    format: str
    body: bytes
    truncated: bool = False
    elapsed_s: float = 0.0

    @property
    def media_type(self) -> str:
        return media_type(self.format)


class _Enough(Exception):
    """Raised from the counting writer to stop serialization at the row cap."""


class _LineCounter:
    """A binary sink that keeps the first ``limit`` lines; it stops the writer (and
    says ``cut``) only when a byte beyond them shows that more output exists."""

    def __init__(self, limit: int, deadline: float | None, timeout_s: float) -> None:
        self.limit, self.deadline, self.timeout_s = limit, deadline, timeout_s
        self.parts: list[bytes] = []
        self.lines = 0
        self.cut = False

    def write(self, chunk: bytes) -> int:
        data = bytes(chunk)
        if not data:
            return 0
        if self.lines >= self.limit:  # everything kept already; this is more
            self.cut = True
            raise _Enough()
        newlines = data.count(b"\n")
        if self.lines + newlines >= self.limit:
            offset = -1
            for _ in range(self.limit - self.lines):
                offset = data.index(b"\n", offset + 1)
            self.parts.append(data[:offset + 1])
            self.lines = self.limit
            if offset + 1 < len(data):
                self.cut = True
                raise _Enough()
            return len(data)
        self.parts.append(data)
        self.lines += newlines
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise QueryTimeout(f"query stopped at its time limit of {self.timeout_s:g} s",
                               limit_s=self.timeout_s)
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return b"".join(self.parts)


def custom_functions() -> dict:
    """vnst's SPARQL extension functions (vnst:fold, vnst:matches; graph.search)."""
    from vnst.graph.search import CUSTOM_FUNCTIONS

    return CUSTOM_FUNCTIONS


def run_query(store: ox.Store, job: QueryJob, *, deadline: float | None = None) -> QueryAnswer:
    """Run ``job`` on ``store``; ``deadline`` (monotonic) is checked between output chunks."""
    started = time.monotonic()
    options: dict[str, object] = {"base_iri": job.base_iri,
                                  "custom_functions": CUSTOM_FUNCTIONS}  # vnst:fold, vnst:matches
    if job.default_graphs is not None:
        options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = job.union_default_graph
    if job.named_graphs is not None:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    text = rewrite_not_exists(job.sparql)
    try:
        try:
            answer = store.query(text, **options)
        except SyntaxError:
            if text == job.sparql:
                raise
            answer = store.query(job.sparql, **options)  # report the user's own positions
    except SyntaxError as exc:
        raise query_syntax_error(exc) from exc
    except (OSError, ValueError) as exc:
        raise StoreError(f"query failed: {exc}") from exc
    except RuntimeError as exc:
        raise unsupported(exc) from exc
    try:
        result = _serialize(answer, job, deadline)
    except OSError as exc:  # evaluation errors surface while iterating
        raise StoreError(f"query failed: {exc}") from exc
    except RuntimeError as exc:
        raise unsupported(exc) from exc
    result.elapsed_s = time.monotonic() - started
    return result


def unsupported(exc: RuntimeError) -> VnstError:
    """The engine's refusal of a well-formed query (e.g. an unknown function): a 501."""
    message = str(exc)
    if "not supported" in message:
        error = InputError(message)
        error.http_status = 501  # type: ignore[attr-defined]  # read by vnst.api.errors
        return error
    return StoreError(f"query failed: {message}")


def _serialize(answer: object, job: QueryJob, deadline: float | None) -> QueryAnswer:
    if isinstance(answer, ox.QueryBoolean):
        fmt = job.format if job.format in RESULT_FORMATS else "json"
        return QueryAnswer("ask", fmt, answer.serialize(format=RESULT_FORMATS[fmt]) or b"")
    if isinstance(answer, ox.QuerySolutions):
        fmt = job.format if job.format in RESULT_FORMATS else "json"
        sink = _LineCounter(job.max_rows + 1, deadline, job.timeout_s)  # + the header line
        try:
            answer.serialize(sink, format=ox.QueryResultsFormat.TSV)
        except _Enough:
            pass
        tsv = sink.value()
        if fmt == "tsv" and not sink.cut:
            return QueryAnswer("select", fmt, tsv)
        parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        body = parsed.serialize(format=RESULT_FORMATS[fmt]) or b""
        if sink.cut and fmt == "json":
            body = body.rstrip()[:-1] + (
                b',"vnst":{"truncated":true,"maxRows":%d}}' % job.max_rows)
        return QueryAnswer("select", fmt, body, truncated=sink.cut)
    fmt = job.format if job.format in GRAPH_FORMATS else "turtle"
    sink = _LineCounter(job.max_rows, deadline, job.timeout_s)
    try:
        answer.serialize(sink, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[attr-defined]
    except _Enough:
        pass
    ntriples = sink.value()
    if fmt == "ntriples":
        return QueryAnswer("graph", fmt, ntriples, truncated=sink.cut)
    triples = (quad.triple for quad in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    prefixes = {k: str(v) for k, v in PREFIXES.items()} if fmt in ("turtle", "trig") else None
    body = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
    return QueryAnswer("graph", fmt, body, truncated=sink.cut)


def query_terms(store: ox.Store, *, sparql: str, timeout_s: float, max_rows: int,
                default_graphs: Sequence[str] | None = None,
                named_graphs: Sequence[str] | None = None,
                union_default_graph: bool = True) -> QueryResult:
    """The Store protocol's ``query`` (rdflib terms) over a native store."""
    from vnst.graph.embedded import _collect  # the one conversion of answers to terms

    started = time.monotonic()
    options: dict[str, object] = {"custom_functions": CUSTOM_FUNCTIONS}
    if default_graphs is not None:
        options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
    else:
        options["use_default_graph_as_union"] = union_default_graph
    if named_graphs is not None:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    try:
        answer = store.query(rewrite_not_exists(sparql), **options)
    except SyntaxError as exc:
        raise query_syntax_error(exc) from exc
    except OSError as exc:
        raise StoreError(f"query failed: {exc}") from exc
    result = _collect(answer, max_rows=max_rows, deadline=started + timeout_s,
                      timeout_s=timeout_s)
    result.elapsed_s = time.monotonic() - started
    return result


def graph_sizes(store: ox.Store) -> list[GraphInfo]:
    """Named graphs and their sizes (the store's own urn:vnst: graphs — staging of unfinished
    loads, the load journal — left out)."""
    from vnst.graph.embedded import INTERNAL_PREFIX

    counts = {
        solution["g"].value: int(solution["n"].value)  # type: ignore[union-attr]
        for solution in store.query(  # type: ignore[union-attr]
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    for name in store.named_graphs():
        counts.setdefault(name.value, 0)
    return [GraphInfo(iri, n) for iri, n in sorted(counts.items())
            if not iri.startswith(INTERNAL_PREFIX)]


def dump_graph(store: ox.Store, *, graph: str | None, format: str) -> bytes | None:
    """One graph (None: the default graph) serialized; None when a named graph does not exist."""
    if graph is not None and not store.contains_named_graph(ox.NamedNode(graph)):
        return None
    name = ox.NamedNode(graph) if graph is not None else ox.DefaultGraph()
    prefixes = {k: str(v) for k, v in PREFIXES.items()} if format in ("turtle", "trig") else None
    triples = (quad.triple for quad in store.quads_for_pattern(None, None, None, name))
    return ox.serialize(triples, format=GRAPH_FORMATS[format], prefixes=prefixes) or b""


__all__ = ["GRAPH_FORMATS", "QueryAnswer", "QueryJob", "RESULT_FORMATS", "dump_graph",
           "graph_sizes", "media_type", "query_terms", "run_query"]
