"""The FastAPI app: ``create_app(settings, store, executor=...)``.

The CLI (``vnst serve``) opens the store and, for the on-disk backend, the
query worker pool, then calls this factory; tests call it with an in-memory
store. ``app.state`` carries ``settings``, ``store``, ``executor`` and ``metrics``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from vnst import __version__
from vnst.api import errors, routes_ops, routes_sparql, routes_store, routes_update
from vnst.api.routes_ops import Metrics
from vnst.graph.store import Store
from vnst.settings import Settings

log = logging.getLogger("vnst.api")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Routers of other modules, included when present: (module, attribute).
OPTIONAL_ROUTERS = (
    # --- registration block: other engineers add their router modules here ---
    "vnst.api.routes_pages",    # the page at / (issue 5, section 4)
    "vnst.api.routes_search",   # /search (issue 5, section 5)
    "vnst.api.routes_ld",       # Linked Data pages /id/..., /eli/... (issue 5, section 6)
    "vnst.api.routes_linking",  # /.well-known/void, /catalog, /def (issue 6)
    # --- end of registration block ---
)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with a 413, before reading them whole."""

    def __init__(self, app: Callable[..., Awaitable[None]], *, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await self._refuse(scope, send)
                    return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    from vnst.errors import PayloadTooLarge
                    raise PayloadTooLarge(self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"request body over the limit of {self.limit} bytes"

    async def _refuse(self, scope: Scope, send: Send) -> None:
        from fastapi.responses import JSONResponse

        response = errors.json_error(413, "too_large", self._message())
        assert isinstance(response, JSONResponse)
        await response(scope, _empty_receive, send)


async def _empty_receive() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def create_app(settings: Settings, store: Store, *, executor: Any = None) -> FastAPI:
    """The app over ``store``; ``executor`` runs /sparql queries (default: in this process)."""
    if executor is None:
        executor = default_executor(store)
    app = FastAPI(title="vnst SPARQL endpoint", version=__version__,
                  description="The knowledge graph of Vietnam's science-and-technology "
                              "governance: SPARQL 1.1 Protocol, Update, Graph Store.")
    app.state.settings = settings
    app.state.store = store
    app.state.executor = executor
    app.state.metrics = Metrics()
    pool = getattr(executor, "pool", None)
    app.state.worker_pids = (lambda: pool.pids()) if pool is not None else (lambda: [])
    app.state.worker_restarts = (lambda: pool.restarts) if pool is not None else (lambda: 0)
    errors.install(app)
    for router_module in (routes_sparql, routes_update, routes_store, routes_ops):
        app.include_router(router_module.router)
    for name in OPTIONAL_ROUTERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        app.include_router(module.router)
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                       allow_methods=["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"],
                       allow_headers=["*"],
                       expose_headers=["X-VNST-Truncated", "X-VNST-Max-Rows", "X-VNST-Elapsed"])
    app.add_middleware(errors.CatchAll, on_error=app.state.metrics.error)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app


def default_executor(store: Store) -> Any:
    """In-process execution: native serialization when the store offers it."""
    from vnst.graph.executor import InProcessExecutor, native_runner
    from vnst.graph.fallback_query import terms_runner

    native = getattr(store, "native", None)
    if store.capabilities.native_serialization and native is not None:
        return InProcessExecutor(native_runner(native))
    return InProcessExecutor(terms_runner(store))


__all__ = ["OPTIONAL_ROUTERS", "create_app", "default_executor"]
