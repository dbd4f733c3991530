"""HTTP for the remote store: one client, authentication, errors and SPARQL JSON results.

Servers differ in small ways; what is known is handled here so ``remote.py``
speaks plain SPARQL 1.1. Virtuoso answers a query that reaches its ``timeout``
parameter with partial results and the header ``X-SQL-State: S1TAT`` (its
"anytime" mode): vnst treats that as a timeout, never as a complete answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from vnst.errors import AuthError, QuerySyntaxError, QueryTimeout, StoreError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
_TIMEOUT_STATES = {"S1TAT", "S1T00"}
_LINE = re.compile(r"\bline (\d+)\b")


class ChallengeAuth(httpx.Auth):
    """Basic or Digest, whichever the server's first 401 asks for (Virtuoso's
    /sparql-auth wants Digest; Fuseki, GraphDB and most proxies want Basic)."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        if self._chosen is None:
            response = yield request
            if response.status_code != 401:
                return
            challenge = response.headers.get("www-authenticate", "").lower()
            self._chosen = self._digest if challenge.startswith("digest") else self._basic
        yield from self._chosen.auth_flow(request)


class SparqlClient:
    """POSTs to a SPARQL server and turns its failures into vnst errors."""

    def __init__(self, *, user: str | None, password: str | None, timeout_s: float) -> None:
        auth = ChallengeAuth(user, password or "") if user else None
        self.timeout_s = timeout_s
        self._http = httpx.Client(auth=auth, timeout=httpx.Timeout(timeout_s, connect=10.0),
                                  follow_redirects=True)

    def post(self, url: str, *, data: Mapping[str, Any] | None = None,
             content: bytes | None = None, headers: Mapping[str, str] | None = None,
             params: Mapping[str, Any] | None = None, timeout_s: float | None = None,
             what: str = "request") -> httpx.Response:
        return self._send("POST", url, data=data, content=content, headers=headers,
                          params=params, timeout_s=timeout_s, what=what)

    def get(self, url: str, *, params: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None, what: str = "request") -> httpx.Response:
        return self._send("GET", url, params=params, headers=headers, what=what)

    def _send(self, method: str, url: str, *, timeout_s: float | None = None, what: str,
              **kwargs: Any) -> httpx.Response:
        limit = timeout_s if timeout_s is not None else self.timeout_s
        try:
            response = self._http.request(method, url, timeout=httpx.Timeout(limit, connect=10.0),
                                          **kwargs)
        except httpx.TimeoutException as exc:
            raise QueryTimeout(f"the SPARQL server did not answer the {what} within {limit:g} s",
                               limit_s=limit) from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}") from exc
        if response.headers.get("x-sql-state", "").upper() in _TIMEOUT_STATES:
            raise QueryTimeout(f"the SPARQL server stopped the {what} at its time limit "
                               f"of {limit:g} s", limit_s=limit)
        if response.status_code >= 400:
            raise _http_error(response, what=what, limit_s=limit)
        return response

    def close(self) -> None:
        self._http.close()


def _http_error(response: httpx.Response, *, what: str, limit_s: float) -> Exception:
    text = response.text.strip()
    message = text.split("\n\nSPARQL query:", 1)[0].strip()[:800] or response.reason_phrase
    status = response.status_code
    if status in (401, 403):
        return AuthError(f"the SPARQL server refused the {what} ({status}): {message}",
                         missing=status == 401)
    timed_out = any(state in text for state in _TIMEOUT_STATES)
    if timed_out or (status in (503, 504) and "timeout" in text.lower()):
        return QueryTimeout(f"the SPARQL server stopped the {what} at its time limit",
                            limit_s=limit_s)
    if status == 400:
        match = _LINE.search(message)
        line = int(match.group(1)) if match and int(match.group(1)) > 0 else None
        return QuerySyntaxError(message, line=line)
    return StoreError(f"the SPARQL server failed the {what} ({status}): {message}")


def term_from_json(binding: Mapping[str, str] | None) -> Node | None:
    """One value of SPARQL 1.1 JSON results as an rdflib term."""
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value.removeprefix("nodeID://"))
    if kind in ("literal", "typed-literal"):
        language = binding.get("xml:lang")
        if language:
            return Literal(value, lang=language)
        datatype = binding.get("datatype")
        if datatype and datatype != XSD_STRING:
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    raise StoreError(f"the SPARQL server sent a value of unknown type {kind!r}")


__all__ = ["ChallengeAuth", "JSON_RESULTS", "N_TRIPLES", "SparqlClient", "term_from_json"]
