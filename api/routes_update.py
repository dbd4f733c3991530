"""``/update``: SPARQL 1.1 Update (form or ``application/sparql-update``), with the token.

Off unless ``update_token`` is set; then only requests with
``Authorization: Bearer <token>`` (compared in constant time). LOAD is refused
unless its IRI is allow-listed (graph.safety); SERVICE likewise.
"""

from __future__ import annotations

import time

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response

from vnst.api import requests as protocol
from vnst.api.auth import require_writer
from vnst.api.writes import after_write
from vnst.errors import InputError, NotFound, StoreError, VnstError
from vnst.graph.safety import inspect_update

router = APIRouter(tags=["SPARQL"])


@router.post("/update", summary="SPARQL update (needs the bearer token)", status_code=204)
async def update(request: Request) -> Response:
    state = request.app.state
    require_writer(request, state.settings, what="SPARQL Update")
    parsed = await protocol.read(request, direct_type="application/sparql-update")
    text = parsed.body_text if parsed.body_text is not None else parsed.first("update")
    if text is None:
        raise InputError("no update: send update=... or an application/sparql-update body")
    if parsed.first("query") is not None and parsed.body_text is None:
        raise InputError("this is the update endpoint: send queries to /sparql")
    if parsed.all("using-graph-uri") or parsed.all("using-named-graph-uri"):
        raise InputError("using-graph-uri and using-named-graph-uri are not supported: "
                         "write USING / USING NAMED in the update")
    inspection = inspect_update(text, allowlist=state.settings.service_allowlist)
    started = time.monotonic()
    try:
        await to_thread.run_sync(state.store.update, inspection.text)
    except RuntimeError as exc:  # the engine's evaluation errors (graph exists / missing)
        raise evaluation_error(exc) from exc
    after_write(state)
    state.metrics.query("update", time.monotonic() - started)
    return Response(status_code=204)


def evaluation_error(exc: RuntimeError) -> VnstError:
    message = str(exc)
    if "does not exist" in message:
        return NotFound(message)
    if "already exists" in message:
        error = InputError(message)
        error.http_status = 409  # type: ignore[attr-defined]  # a conflict, not a bad request
        return error
    return StoreError(f"update failed: {message}")


__all__ = ["evaluation_error", "router"]
