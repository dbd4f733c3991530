"""An app with the page, search and Linked Data routers over a fixture store.

Uses the project's ``create_app`` when it exists; before that (and if it does
not include these routers) a bare FastAPI app with a minimal ``/sparql`` so
the page can run queries. ``python -m uvicorn --factory pages_harness:app_from_env``
serves the TriG file named by ``VNST_PAGES_FIXTURE`` (used by the browser test).
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "corpus.trig"


def fixture_store(path: Path = FIXTURE):
    from vnst.graph.embedded import OxigraphStore

    store = OxigraphStore(None)
    store.import_data(path.read_bytes(), format="trig", path=str(path))
    return store


def build_app(store, settings=None) -> FastAPI:
    from vnst.settings import Settings

    settings = settings or Settings(backend="memory", query_timeout=10.0, max_rows=1000)
    try:
        from vnst.api.app import create_app
    except ImportError:
        create_app = None
    if create_app is not None:
        app = create_app(settings, store)
        paths = {getattr(route, "path", None) for route in app.routes}
        if "/search" in paths and "/id/{path:path}" in paths:
            return app
    else:
        app = FastAPI()
        app.state.settings = settings
        app.state.store = store
        _minimal_sparql(app)
    from vnst.api import routes_ld, routes_pages, routes_search

    for router in (routes_pages.router, routes_search.router, routes_ld.router):
        app.include_router(router)
    return app


def _minimal_sparql(app: FastAPI) -> None:
    """Just enough of the SPARQL protocol for the page (the real one is vnst.api.app's)."""
    from vnst.api import formats
    from vnst.errors import InputError, NotFound, VnstError

    @app.exception_handler(VnstError)
    def _error(request: Request, error: VnstError) -> JSONResponse:
        status = 404 if isinstance(error, NotFound) else 400 if isinstance(error, InputError) else 500
        return JSONResponse({"error": type(error).__name__, "message": str(error)}, status_code=status)

    @app.api_route("/sparql", methods=["GET", "POST"])
    async def sparql(request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "POST":
            params.update({k: str(v) for k, v in (await request.form()).items()})
        settings = request.app.state.settings
        result = request.app.state.store.query(params["query"], timeout_s=settings.query_timeout,
                                               max_rows=settings.max_rows)
        fmt = params.get("format") or ("csv" if "text/csv" in request.headers.get("accept", "")
                                       else "json")
        media = {"json": "application/sparql-results+json", "csv": "text/csv",
                 "turtle": "text/turtle"}
        if result.kind == "graph":
            fmt = "turtle"
        return Response(formats.render(result, fmt), media_type=media.get(fmt, "text/plain"))


def app_from_env() -> FastAPI:
    return build_app(fixture_store(Path(os.environ.get("VNST_PAGES_FIXTURE", str(FIXTURE)))))
