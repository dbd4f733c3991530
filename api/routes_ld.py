"""Linked Data: every IRI vnst mints under ``https://w3id.org/vnst/`` resolves here.

``/id/...``, ``/eli/...``, ``/source/...`` and ``/graph/...`` map to
``https://w3id.org/vnst/{path}``. Browsers get an HTML page (labels,
properties with clickable values, incoming links, the sources with their
quoted spans); ``Accept: text/turtle`` / ``application/ld+json`` /
``application/n-triples`` (or ``?format=ttl|jsonld|nt``) get the description
(CBD plus the labels of linked resources). Unknown IRIs are a 404: an HTML
page for browsers, a JSON error for API clients.
"""

from __future__ import annotations

import functools

from fastapi import APIRouter, Request
from fastapi.responses import Response

from vnst.api.errors import json_error
from vnst.api.ld_view import describe, rdf_description
from vnst.api.negotiation import ranked_media
from vnst.api.page_support import LD_FAMILIES, run_query, templates
from vnst.ontology import BASE

router = APIRouter(tags=["linked data"])

# Media type -> (rdflib format, response media type).
RDF_MEDIA = {
    "text/turtle": ("turtle", "text/turtle; charset=utf-8"),
    "application/ld+json": ("json-ld", "application/ld+json"),
    "application/n-triples": ("nt", "application/n-triples"),
    "application/rdf+xml": ("xml", "application/rdf+xml"),
}
FORMAT_PARAM = {"ttl": "text/turtle", "turtle": "text/turtle", "jsonld": "application/ld+json",
                "json-ld": "application/ld+json", "nt": "application/n-triples",
                "rdfxml": "application/rdf+xml", "html": "text/html"}
_UNSAFE = set('<>"{}|^`\\ \n\t')


def choose_media(request: Request) -> str:
    """HTML, or the RDF media type the client ranks highest (Turtle when it says */*)."""
    asked = request.query_params.get("format")
    if asked:
        return FORMAT_PARAM.get(asked.lower(), "text/html")
    for media in ranked_media(request.headers.get("accept")):
        if media in ("text/html", "application/xhtml+xml"):
            return "text/html"
        if media in RDF_MEDIA:
            return media
        if media in ("application/json", "application/ld+json"):
            return "application/ld+json"
        if media in ("*/*", "text/*"):
            return "text/turtle"
    return "text/turtle"


def resource(request: Request, family: str, path: str) -> Response:
    iri = f"{BASE}{family}/{path}"
    media = choose_media(request)
    html = media == "text/html"
    if not path or _UNSAFE & set(iri):
        return not_found(request, iri, html=html)
    run = functools.partial(run_query, request)
    view = describe(run, iri)
    if not view.exists:
        return not_found(request, iri, html=html)
    if html:
        return templates().TemplateResponse(request, "resource.html", {"view": view})
    rdf_format, content_type = RDF_MEDIA[media]
    body = rdf_description(run, view).serialize(format=rdf_format)
    return Response(body, media_type=content_type, headers={"Vary": "Accept"})


def not_found(request: Request, iri: str, *, html: bool) -> Response:
    message = f"no resource <{iri}> in this dataset"
    if html:
        return templates().TemplateResponse(request, "not_found.html", {"iri": iri},
                                            status_code=404)
    return json_error(404, "not_found", message)


def _route(family: str) -> None:
    def handler(request: Request, path: str) -> Response:
        return resource(request, family, path)

    handler.__name__ = f"linked_data_{family}"
    router.add_api_route(f"/{family}/{{path:path}}", handler, methods=["GET"],
                         summary=f"The resource {BASE}{family}/... (HTML, Turtle or JSON-LD)",
                         response_class=Response)


for _family in LD_FAMILIES:
    _route(_family)

__all__ = ["choose_media", "not_found", "resource", "router"]
