"""Answers as bytes for stores without native serialization (the remote backend).

The store returns rdflib terms (``Store.query``); they are written as SPARQL
JSON, then pyoxigraph converts that to the requested format, so every format
is written by the same serializers as on the native path.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from vnst.graph.native_query import GRAPH_FORMATS, RESULT_FORMATS, QueryAnswer, QueryJob
from vnst.graph.store import QueryResult
from vnst.graph.terms import to_ox
from vnst.ontology import PREFIXES


def answer_bytes(result: QueryResult, job: QueryJob) -> QueryAnswer:
    if result.kind == "graph":
        fmt = job.format if job.format in GRAPH_FORMATS else "turtle"
        triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in result.triples]
        prefixes = {k: str(v) for k, v in PREFIXES.items()} if fmt in ("turtle", "trig") else None
        body = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
        return QueryAnswer("graph", fmt, body, truncated=result.truncated)
    fmt = job.format if job.format in RESULT_FORMATS else "json"
    text = json.dumps(result.to_sparql_json(), ensure_ascii=False).encode("utf-8")
    parsed = ox.parse_query_results(text, format=ox.QueryResultsFormat.JSON)
    body = parsed.serialize(format=RESULT_FORMATS[fmt]) or b""
    if result.truncated and fmt == "json":
        body = body.rstrip()[:-1] + b',"vnst":{"truncated":true,"maxRows":%d}}' % job.max_rows
    return QueryAnswer(result.kind, fmt, body, truncated=result.truncated)


def terms_runner(store: Any) -> Callable[[QueryJob, float], QueryAnswer]:
    def run(job: QueryJob, deadline: float) -> QueryAnswer:
        started = time.monotonic()
        result = store.query(job.sparql, timeout_s=max(0.001, deadline - time.monotonic()),
                             max_rows=job.max_rows, default_graphs=job.default_graphs,
                             named_graphs=job.named_graphs,
                             union_default_graph=job.union_default_graph)
        answer = answer_bytes(result, job)
        answer.elapsed_s = time.monotonic() - started
        return answer
    return run


__all__ = ["answer_bytes", "terms_runner"]
