"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol (indirect identification).

``?graph=IRI`` names a graph, ``?default`` the default graph. GET and HEAD are
for everyone; PUT (replace), POST (merge) and DELETE need the bearer token.
A body that does not parse is a 400 naming the line, and nothing is written.
"""

from __future__ import annotations

import time

import pyoxigraph as ox
from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response

from vnst.api.auth import require_writer
from vnst.api.writes import after_write
from vnst.api.negotiation import GRAPH_KEYS, MEDIA_TYPES, choose
from vnst.api.requests import media_type_of
from vnst.api.routes_sparql import content_type
from vnst.batch import RdfPayload
from vnst.errors import InputError, NotFound, UnsupportedInput
from vnst.graph.native_query import QueryJob
from vnst.graph.terms import parse_error, rdf_format

router = APIRouter(tags=["Graph Store"])

_BY_MEDIA = {media: key for key, medias in MEDIA_TYPES.items() if key in GRAPH_KEYS
             for media in medias}


def _target(request: Request) -> str | None:
    """The graph IRI, or None for the default graph."""
    params = request.query_params
    graph = params.get("graph")
    if graph is not None and "default" in params:
        raise InputError("give either ?graph=IRI or ?default, not both")
    if graph is None and "default" not in params:
        raise InputError("name the graph: ?graph=IRI, or ?default for the default graph")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise InputError(f"?graph= needs an absolute IRI, not {graph!r}") from exc
    return graph


async def _read_graph(request: Request, graph: str | None, fmt: str) -> bytes:
    state = request.app.state
    if graph is None:
        pattern = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        job = QueryJob(sparql=pattern, format=fmt, timeout_s=state.settings.query_timeout,
                       max_rows=2**62, union_default_graph=False)
    else:
        iri = graph  # a valid IRI (checked by _target): it cannot close the <...>
        exists = QueryJob(sparql=f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}", format="json",
                          timeout_s=state.settings.query_timeout, max_rows=1)
        answer = await to_thread.run_sync(state.executor.run, exists)
        if b"true" not in answer.body:
            raise NotFound(f"no graph named <{graph}> (or it is empty)")
        job = QueryJob(sparql=f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}",
                       format=fmt, timeout_s=state.settings.query_timeout, max_rows=2**62)
    answer = await to_thread.run_sync(state.executor.run, job)
    return answer.body


@router.get("/store", summary="Read a graph (Graph Store Protocol)")
async def store_get(request: Request) -> Response:
    graph = _target(request)
    fmt = choose(GRAPH_KEYS, request.headers.get("accept"), request.query_params.get("format"))
    body = await _read_graph(request, graph, fmt)
    return Response(body, media_type=content_type(fmt), headers={"Vary": "Accept"})


@router.head("/store", summary="Does a graph exist (Graph Store Protocol)")
async def store_head(request: Request) -> Response:
    graph = _target(request)
    fmt = choose(GRAPH_KEYS, request.headers.get("accept"), request.query_params.get("format"))
    body = await _read_graph(request, graph, fmt)
    return Response(media_type=content_type(fmt),
                    headers={"Vary": "Accept", "Content-Length": str(len(body))})


async def _payload(request: Request, graph: str | None) -> tuple[bytes, str]:
    media = media_type_of(request)
    fmt = _BY_MEDIA.get(media)
    if fmt is None or fmt == "ntriples" and media == "text/plain":
        fmt = "ntriples" if media == "text/plain" else None
    if fmt is None:
        raise UnsupportedInput(f"send RDF as one of {', '.join(sorted(_BY_MEDIA))}, "
                               f"not {media or 'a body without Content-Type'}")
    data = await request.body()
    try:  # check it all parses before anything is written
        for _ in ox.parse(data, format=rdf_format(fmt), base_iri=graph or None):
            pass
    except SyntaxError as exc:
        raise parse_error(exc, path="request body") from exc
    return data, fmt


def _writes(request: Request) -> tuple[object, object]:
    state = request.app.state
    require_writer(request, state.settings, what="Graph Store writes")
    return state, state.store


@router.put("/store", summary="Replace a graph (needs the token)")
async def store_put(request: Request) -> Response:
    state, store = _writes(request)
    graph = _target(request)
    data, fmt = await _payload(request, graph)
    started = time.monotonic()
    existed = graph is None or graph in {info.iri for info in
                                         await to_thread.run_sync(store.graphs)}  # type: ignore[attr-defined]
    if graph is None:
        def replace_default() -> None:
            store.update("CLEAR SILENT DEFAULT")  # type: ignore[attr-defined]
            store.import_data(data, format=fmt, graph=None, path="request body")  # type: ignore[attr-defined]
        await to_thread.run_sync(replace_default)
    else:
        payload = RdfPayload(path="request body", data=data, format=fmt, graph=graph)
        await to_thread.run_sync(lambda: store.replace_graphs({}, payloads=[payload]))  # type: ignore[attr-defined]
    after_write(state)
    state.metrics.query("store", time.monotonic() - started)  # type: ignore[attr-defined]
    return Response(status_code=204 if existed else 201)


@router.post("/store", summary="Add to a graph (needs the token)")
async def store_post(request: Request) -> Response:
    state, store = _writes(request)
    graph = _target(request)
    data, fmt = await _payload(request, graph)
    started = time.monotonic()
    await to_thread.run_sync(lambda: store.import_data(data, format=fmt, graph=graph,  # type: ignore[attr-defined]
                                                       path="request body"))
    after_write(state)
    state.metrics.query("store", time.monotonic() - started)  # type: ignore[attr-defined]
    return Response(status_code=204)


@router.delete("/store", summary="Delete a graph (needs the token)")
async def store_delete(request: Request) -> Response:
    state, store = _writes(request)
    graph = _target(request)
    if graph is None:
        await to_thread.run_sync(store.update, "CLEAR DEFAULT")  # type: ignore[attr-defined]
        after_write(state)
        return Response(status_code=204)
    existed = await to_thread.run_sync(store.drop_graph, graph)  # type: ignore[attr-defined]
    if not existed:
        raise NotFound(f"no graph named <{graph}>")
    after_write(state)
    return Response(status_code=204)


__all__ = ["router"]
