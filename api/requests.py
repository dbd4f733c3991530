"""Reading SPARQL Protocol requests: GET parameters, urlencoded forms, direct bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.requests import Request

from vnst.errors import InputError, UnsupportedInput


@dataclass
class ProtocolRequest:
    """One request's parameters; ``params`` holds every value given, in order."""

    params: dict[str, list[str]] = field(default_factory=dict)
    body_text: str | None = None   # a direct application/sparql-query or -update body

    def first(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None

    def all(self, name: str) -> list[str]:
        return list(self.params.get(name, []))


def media_type_of(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def decode(body: bytes, *, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsupportedInput(f"the {what} is not UTF-8 text") from exc


async def read(request: Request, *, direct_type: str) -> ProtocolRequest:
    """Parameters of the URL, plus the form or the direct body of a POST."""
    parsed = ProtocolRequest(params=parse_qs(request.url.query, keep_blank_values=True))
    if request.method != "POST":
        return parsed
    media = media_type_of(request)
    body = await request.body()
    if media == direct_type:
        parsed.body_text = decode(body, what="request body")
    elif media == "application/x-www-form-urlencoded":
        form = parse_qs(decode(body, what="form"), keep_blank_values=True)
        for name, values in form.items():
            parsed.params.setdefault(name, []).extend(values)
    elif media == "multipart/form-data":
        form = await request.form()
        for name, value in form.multi_items():
            if isinstance(value, str):
                parsed.params.setdefault(name, []).append(value)
    else:
        raise UnsupportedInput(
            f"POST a form (application/x-www-form-urlencoded) or {direct_type}, "
            f"not {media or 'a body without Content-Type'}")
    return parsed


def requested_timeout(value: str | None, *, limit: float) -> float:
    """The request's ``timeout`` (seconds), never above the server's limit."""
    if value is None or value == "":
        return limit
    try:
        seconds = float(value)
    except ValueError as exc:
        raise InputError(f"timeout must be a number of seconds, not {value!r}") from exc
    if seconds <= 0:
        raise InputError("timeout must be positive")
    return min(seconds, limit)



def requested_flag(value: str | None, *, name: str, default: bool) -> bool:
    """A boolean request parameter: true/false, 1/0, yes/no, on/off; absent gives the default."""
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"true", "1", "yes", "on"}:
        return True
    if lowered in {"false", "0", "no", "off"}:
        return False
    raise InputError(f"{name} must be true or false, not {value!r}")


__all__ = ["ProtocolRequest", "decode", "media_type_of", "read", "requested_flag", "requested_timeout"]
