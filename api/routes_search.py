"""``GET /search?q=...&limit=``: diacritic-insensitive search as JSON (or an HTML
list for browsers), each hit with the path of its Linked Data page."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from vnst.api.page_support import local_path, search_holder, templates, wants_html

router = APIRouter(tags=["search"])

MAX_LIMIT = 200


@router.get("/search", summary="Search labels, names and source texts (diacritics optional)")
def search(request: Request,
           q: str = Query("", max_length=500, description="Words as people type them: "
                          "'can tho', 'so khcn', 'huynh thanh dat'."),
           limit: int = Query(20, ge=1, le=MAX_LIMIT)) -> Response:
    index = search_holder(request).current()
    hits = index.search(q, limit=limit) if q.strip() else []
    rows = [{**asdict(hit), "page": local_path(hit.iri) or hit.iri} for hit in hits]
    if wants_html(request):
        return templates().TemplateResponse(request, "search.html", {"q": q, "hits": rows})
    body = {"query": q, "count": len(rows), "truncated_index": index.truncated, "hits": rows}
    return JSONResponse(body)


__all__ = ["MAX_LIMIT", "router"]
