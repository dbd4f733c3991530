"""The bearer token that turns writes on (SPARQL Update, Graph Store writes)."""

from __future__ import annotations

import hmac

from starlette.requests import Request

from vnst.errors import AuthError
from vnst.settings import Settings


def require_writer(request: Request, settings: Settings, *, what: str) -> None:
    """Writes are off without a configured token; with one, the request must carry it."""
    token = settings.update_token
    if not token:
        raise AuthError(f"{what} is off on this server (no update token is configured)",
                        missing=False)
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise AuthError(f"{what} needs 'Authorization: Bearer <token>'", missing=True)
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise AuthError("wrong token", missing=False)


__all__ = ["require_writer"]
