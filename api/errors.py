"""The one place where vnst's errors become HTTP statuses and JSON bodies.

Every error answer has the shape
``{"ok": false, "error": {"kind": ..., "message": ..., "status": N, ...}}``
with ``line``/``column`` for query syntax errors and ``limit_s`` for timeouts.
Unexpected exceptions are a 500 with a generic message: the body never carries
a stack trace, a file path or a host name (the log has the details).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from vnst.errors import (AuthError, ConfigError, ForbiddenOperation, InputError, NotFound,
                         ParseError, PayloadTooLarge, QuerySyntaxError, QueryTimeout,
                         StoreError, UnsupportedInput, VnstError)

log = logging.getLogger("vnst.api")

# (class, status, kind); the first class the error is an instance of wins.
_TABLE: tuple[tuple[type[VnstError], int, str], ...] = (
    (QuerySyntaxError, 400, "syntax"),
    (ParseError, 400, "parse"),
    (UnsupportedInput, 415, "unsupported"),
    (ForbiddenOperation, 400, "forbidden"),
    (InputError, 400, "input"),
    (AuthError, 401, "auth"),
    (NotFound, 404, "not_found"),
    (PayloadTooLarge, 413, "too_large"),
    (QueryTimeout, 503, "timeout"),
    (ConfigError, 500, "config"),
    (StoreError, 500, "store"),
)
_GENERIC_500 = "internal error: the server failed to answer; the operator's log has the details"


def status_and_kind(error: VnstError) -> tuple[int, str]:
    for cls, status, kind in _TABLE:
        if isinstance(error, cls):
            if isinstance(error, AuthError) and not error.missing:
                return 403, kind
            hint = getattr(error, "http_status", None)
            if hint in (403, 409, 501) and isinstance(error, InputError):
                # understood, well-formed, and refused: by policy (LOAD), by the store's
                # state (CREATE of an existing graph) or as a feature the engine lacks
                return hint, {403: "forbidden", 409: "conflict", 501: "unsupported"}[hint]
            return status, kind
    return 500, "internal"


def error_body(error: VnstError) -> tuple[int, dict[str, Any]]:
    status, kind = status_and_kind(error)
    detail: dict[str, Any] = {"kind": kind, "message": error.message, "status": status}
    if status >= 500 and kind != "timeout":
        detail["message"] = _GENERIC_500
    if isinstance(error, QuerySyntaxError):
        detail["message"] = str(error)
        if error.line is not None:
            detail["line"], detail["column"] = error.line, error.column
    if isinstance(error, ParseError) and error.line is not None:
        detail["line"], detail["column"] = error.line, error.column
    if isinstance(error, QueryTimeout):
        detail["limit_s"] = error.limit_s
    return status, {"ok": False, "error": detail}


def json_error(status: int, kind: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"ok": False, "error": {"kind": kind, "message": message,
                                                "status": status, **extra}}, status_code=status)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``; ``app.state.metrics`` counts errors by kind."""

    def count(kind: str) -> None:
        metrics = getattr(app.state, "metrics", None)
        if metrics is not None:
            metrics.error(kind)

    @app.exception_handler(VnstError)
    async def vnst_error(request: Request, error: VnstError) -> JSONResponse:
        status, body = error_body(error)
        count(body["error"]["kind"])
        if status >= 500 and not isinstance(error, QueryTimeout):
            log.error("%s %s failed: %r", request.method, request.url.path, error,
                      exc_info=error)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(body, status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        kind = {404: "not_found", 405: "method", 413: "too_large"}.get(error.status_code, "http")
        count(kind)
        return json_error(error.status_code, kind, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        count("input")
        fields = ", ".join(".".join(str(p) for p in item.get("loc", ())) for item in error.errors())
        return json_error(400, "input", f"invalid request parameters: {fields}")



class CatchAll:
    """Unexpected exceptions become the generic 500 (logged with their traceback).

    A middleware rather than an ``Exception`` handler: Starlette re-raises after
    such a handler, which makes the server drop the connection."""

    def __init__(self, app: Any, *, on_error: Any = None) -> None:
        self.app, self.on_error = app, on_error

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:  # noqa: BLE001 - the one place unexpected errors end
            log.exception("%s %s: unexpected error", scope.get("method"), scope.get("path"))
            if self.on_error is not None:
                self.on_error("internal")
            if started:
                raise
            await json_error(500, "internal", _GENERIC_500)(scope, receive, send)


__all__ = ["CatchAll", "error_body", "install", "json_error", "status_and_kind"]
