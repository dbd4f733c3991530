"""Publishing routes: the dataset description, the dumps it lists, the JSON-LD context, the ontology.

- ``/.well-known/void`` and ``/catalog``: the DCAT-AP 3 + VoID description (Turtle by
  default, JSON-LD on ``Accept: application/ld+json`` or ``?format=jsonld``).
- ``/dump/vnst.nq|vnst.trig|vnst.jsonld`` and ``/dump/csv/{table}.csv``: the distributions.
- ``/context.jsonld``: the JSON-LD context the JSON-LD dump names.
- ``/def``: the ontology, HTML (pyLODE page built by scripts/build_docs.py) for browsers,
  Turtle or JSON-LD by content negotiation.
"""

from __future__ import annotations

import io
from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from vnst.api.negotiation import ranked_media
from vnst.errors import NotFound

router = APIRouter(tags=["linking"])

_RDF = {"text/turtle": ("turtle", "text/turtle; charset=utf-8"),
        "application/ld+json": ("json-ld", "application/ld+json"),
        "application/n-triples": ("nt", "application/n-triples")}
_FORMAT_PARAM = {"ttl": "text/turtle", "turtle": "text/turtle", "jsonld": "application/ld+json",
                 "json-ld": "application/ld+json", "nt": "application/n-triples", "html": "text/html"}


def negotiate(request: Request, *, default: str, html: bool) -> str:
    """The media type to answer with: ?format= first, then the best-ranked Accept entry we offer."""
    asked = request.query_params.get("format")
    if asked:
        media = _FORMAT_PARAM.get(asked.lower())
        if media is None or (media == "text/html" and not html):
            raise NotFound(f"no format {asked!r} here; try ttl or jsonld")
        return media
    for media in ranked_media(request.headers.get("accept")):
        if media in _RDF or (html and media in ("text/html", "application/xhtml+xml")):
            return "text/html" if media == "application/xhtml+xml" else media
    return default


def _description(request: Request) -> Response:
    from vnst.graph.describe import describe_dataset

    media = negotiate(request, default="text/turtle", html=False)
    graph = describe_dataset(request.app.state.store, request.app.state.settings)
    fmt, content_type = _RDF[media]
    return Response(graph.serialize(format=fmt, encoding="utf-8"), media_type=content_type,
                    headers={"Vary": "Accept"})


@router.get("/.well-known/void", summary="VoID and DCAT-AP 3 description of the dataset")
def well_known_void(request: Request) -> Response:
    return _description(request)


@router.get("/catalog", summary="DCAT-AP 3 catalogue of the dataset, its dumps and the SPARQL service")
def catalog(request: Request) -> Response:
    return _description(request)


@router.get("/context.jsonld", summary="The JSON-LD context of vnst's JSON-LD")
def jsonld_context() -> Response:
    from vnst.graph.jsonld import context_text

    return Response(context_text(), media_type="application/ld+json",
                    headers={"Access-Control-Allow-Origin": "*"})


_DUMPS = {"vnst.nq": ("nquads", "application/n-quads"), "vnst.trig": ("trig", "application/trig"),
          "vnst.jsonld": ("jsonld", "application/ld+json")}


@router.get("/dump/{name}", summary="The whole store as N-Quads, TriG or JSON-LD")
def dump(name: str, request: Request) -> Response:
    if name not in _DUMPS:
        raise NotFound(f"no dump {name!r}; dumps: {', '.join(_DUMPS)}")
    fmt, media = _DUMPS[name]
    buffer = io.BytesIO()
    if fmt == "jsonld":
        from vnst.graph.jsonld import write_jsonld

        write_jsonld(request.app.state.store, buffer)
    else:
        request.app.state.store.export(buffer, format=fmt)
    return Response(buffer.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/dump/csv/{table}.csv", summary="One per-class CSV table (UTF-8 with BOM)")
def dump_table(table: str, request: Request) -> Response:
    from vnst.graph.export_tables import TABLE_NAMES, table_csv

    if table not in TABLE_NAMES:
        raise NotFound(f"no table {table!r}; tables: {', '.join(TABLE_NAMES)}")
    data = table_csv(request.app.state.store, table, request.app.state.settings)
    return Response(data, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{table}.csv"'})


@router.get("/def", summary="The vnst ontology: HTML documentation, or Turtle / JSON-LD")
def ontology(request: Request) -> Response:
    from vnst.ontology import load_ontology, ontology_text

    media = negotiate(request, default="text/html", html=True)
    headers = {"Vary": "Accept"}
    if media == "text/turtle":
        return Response(ontology_text(), media_type="text/turtle; charset=utf-8", headers=headers)
    if media != "text/html":
        fmt, content_type = _RDF[media]
        return Response(load_ontology().serialize(format=fmt, encoding="utf-8"),
                        media_type=content_type, headers=headers)
    page = resources.files("vnst.ontology").joinpath("vnst.html")
    if not page.is_file():
        raise NotFound("the ontology's HTML page is not built: run scripts/build_docs.py "
                       "(Turtle is at /def?format=ttl)")
    return HTMLResponse(page.read_text(encoding="utf-8"), headers=headers)


__all__ = ["negotiate", "router"]
