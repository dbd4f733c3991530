"""The JSON error shape (pinned), the status of each error kind, and Accept parsing."""

from __future__ import annotations

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient

from vnst.api.app import create_app
from vnst.api.errors import error_body, status_and_kind
from vnst.api.negotiation import GRAPH_KEYS, RESULT_KEYS, choose
from vnst.errors import (AuthError, ConfigError, ForbiddenOperation, InputError, NotFound,
                         ParseError, PayloadTooLarge, QuerySyntaxError, QueryTimeout,
                         StoreError, UnsupportedInput)
from vnst.graph.embedded import OxigraphStore
from vnst.settings import Settings


def test_error_shape_is_pinned():
    status, body = error_body(QuerySyntaxError("expected '}'", line=3, column=7))
    assert status == 400
    assert body == {"ok": False, "error": {
        "kind": "syntax", "message": "SPARQL syntax error at line 3, column 7: expected '}'",
        "status": 400, "line": 3, "column": 7}}
    status, body = error_body(QueryTimeout("query stopped at its time limit of 2 s", limit_s=2.0))
    assert (status, body["error"]["kind"], body["error"]["limit_s"]) == (503, "timeout", 2.0)


@pytest.mark.parametrize("error, status, kind", [
    (ParseError("bad", path="x.ttl", line=1), 400, "parse"),
    (InputError("bad"), 400, "input"),
    (UnsupportedInput("binary"), 415, "unsupported"),
    (ForbiddenOperation("SERVICE refused"), 400, "forbidden"),
    (AuthError("no token", missing=True), 401, "auth"),
    (AuthError("wrong token", missing=False), 403, "auth"),
    (NotFound("nothing"), 404, "not_found"),
    (PayloadTooLarge("big"), 413, "too_large"),
    (QueryTimeout("slow", limit_s=1), 503, "timeout"),
    (StoreError("disk"), 500, "store"),
    (ConfigError("bad setting"), 500, "config"),
])
def test_status_of_each_kind(error, status, kind):
    assert status_and_kind(error) == (status, kind)


def test_server_errors_say_nothing_about_the_server():
    status, body = error_body(StoreError("cannot open /srv/secret/store on db-host-7"))
    assert status == 500
    assert "/srv" not in body["error"]["message"] and "db-host-7" not in body["error"]["message"]


def test_unexpected_exception_is_a_generic_500():
    app = create_app(Settings(), OxigraphStore(None))
    router = APIRouter()

    @router.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret at /home/admin/.config on host db-7")

    app.include_router(router)
    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["kind"] == "internal" and error["status"] == 500
    assert "/home" not in response.text and "db-7" not in response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize("keys, accept, fmt, expected", [
    (RESULT_KEYS, None, None, "json"),
    (RESULT_KEYS, "*/*", None, "json"),
    (RESULT_KEYS, "application/sparql-results+xml", None, "xml"),
    (RESULT_KEYS, "application/json;q=0.5, text/csv", None, "csv"),
    (RESULT_KEYS, "text/*;q=0.9, application/sparql-results+json;q=0.2", None, "csv"),
    (RESULT_KEYS, "text/tab-separated-values;q=0, text/csv;q=0.1", None, "csv"),
    (RESULT_KEYS, "image/png", None, "json"),
    (RESULT_KEYS, "text/csv", "xml", "xml"),
    (RESULT_KEYS, None, "application/sparql-results+json", "json"),
    (GRAPH_KEYS, None, None, "turtle"),
    (GRAPH_KEYS, "application/ld+json", None, "jsonld"),
    (GRAPH_KEYS, "application/rdf+xml;q=0.4, application/n-triples;q=0.6", None, "ntriples"),
    (GRAPH_KEYS, None, "ttl", "turtle"),
    (GRAPH_KEYS, None, "nq", "nquads"),
])
def test_choose(keys, accept, fmt, expected):
    assert choose(keys, accept, fmt) == expected


def test_unknown_format_parameter_is_a_clear_400():
    with pytest.raises(InputError, match="turtle"):
        choose(GRAPH_KEYS, None, "json")
