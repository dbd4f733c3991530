"""``/sparql``: the SPARQL 1.1 Protocol query operation, and the Service Description.

GET with ``query=``, POST with a form, or POST with ``application/sparql-query``;
``default-graph-uri`` / ``named-graph-uri`` set the dataset (they override FROM /
FROM NAMED, as the protocol says); ``format=`` or ``Accept`` (q-values) choose
the answer's format; ``timeout=`` asks for a shorter limit than the server's.
Answers cut at the row cap say so in ``X-VNST-Truncated: true`` (and, in SPARQL
JSON, in an extra top-level ``"vnst"`` member that clients ignore).
"""

from __future__ import annotations

import time

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response

from vnst.api import requests as protocol
from vnst.api.writes import asserted_graphs
from vnst.api.negotiation import GRAPH_KEYS, MEDIA_TYPES, RESULT_KEYS, choose
from vnst.api.service_description import service_description
from vnst.errors import InputError, QueryTimeout
from vnst.graph.native_query import QueryJob, media_type
from vnst.graph.safety import inspect_query

router = APIRouter(tags=["SPARQL"])

_DIRECT = "application/sparql-query"


def content_type(fmt: str) -> str:
    return f"{media_type(fmt)}; charset=utf-8"  # every answer format is UTF-8 text


@router.get("/sparql", summary="SPARQL query (GET), or the Service Description without a query")
async def sparql_get(request: Request) -> Response:
    return await _answer(request)


@router.post("/sparql", summary="SPARQL query (POST form or application/sparql-query)")
async def sparql_post(request: Request) -> Response:
    return await _answer(request)


async def _answer(request: Request) -> Response:
    state = request.app.state
    settings = state.settings
    parsed = await protocol.read(request, direct_type=_DIRECT)
    if parsed.first("update") is not None and parsed.body_text is None:
        raise InputError("this is the query endpoint: send updates to /update")
    text = parsed.body_text if parsed.body_text is not None else parsed.first("query")
    if text is None:
        if request.method == "POST":
            raise InputError("no query: send query=... or a application/sparql-query body")
        return await _service_description(request, parsed.first("format"))
    if len(parsed.all("query")) > 1:
        raise InputError("give one query parameter, not several")
    inspection = inspect_query(text, allowlist=settings.service_allowlist)
    keys = GRAPH_KEYS if inspection.kind == "graph" else RESULT_KEYS
    fmt = choose(keys, request.headers.get("accept"), parsed.first("format"))
    limit = settings.query_timeout
    if inspection.services:
        limit = min(limit, settings.service_timeout)
    timeout_s = protocol.requested_timeout(parsed.first("timeout"), limit=limit)
    default_graphs: tuple[str, ...] | None = tuple(parsed.all("default-graph-uri"))
    named_graphs: tuple[str, ...] | None = tuple(parsed.all("named-graph-uri"))
    if not default_graphs and not named_graphs:
        default_graphs = named_graphs = None
        reasoning = protocol.requested_flag(parsed.first("reasoning"), name="reasoning",
                                            default=settings.reasoning)
        if not reasoning and settings.union_default_graph and not inspection.dataset:
            # the union of every graph but graph/inferred: the query leaves the closure out
            default_graphs = await to_thread.run_sync(asserted_graphs(state).names)
    job = QueryJob(
        sparql=inspection.text, format=fmt, timeout_s=timeout_s, max_rows=settings.max_rows,
        default_graphs=default_graphs, named_graphs=named_graphs,
        # a query naming its dataset (FROM) gets exactly that dataset
        union_default_graph=settings.union_default_graph and not inspection.dataset)
    started = time.monotonic()
    try:
        answer = await to_thread.run_sync(state.executor.run, job)
    except QueryTimeout as error:
        error.limit_s = timeout_s
        raise
    elapsed = time.monotonic() - started
    state.metrics.query(answer.kind, elapsed, truncated=answer.truncated)
    headers = {"Vary": "Accept", "X-VNST-Elapsed": f"{elapsed:.4f}"}
    if answer.truncated:
        headers["X-VNST-Truncated"] = "true"
        headers["X-VNST-Max-Rows"] = str(settings.max_rows)
    return Response(answer.body, media_type=content_type(answer.format), headers=headers)


async def _service_description(request: Request, format_param: str | None) -> Response:
    state = request.app.state
    fmt = choose(GRAPH_KEYS, request.headers.get("accept"), format_param)
    graphs = await to_thread.run_sync(state.store.graphs)
    endpoint = str(request.url.replace(query="", fragment=""))
    body = service_description(settings=state.settings, endpoint=endpoint, graphs=graphs, fmt=fmt)
    return Response(body, media_type=content_type(fmt), headers={"Vary": "Accept"})


__all__ = ["MEDIA_TYPES", "content_type", "router"]
