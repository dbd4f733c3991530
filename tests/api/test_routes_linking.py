"""The publishing routes: description, dumps, context, ontology with content negotiation."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from vnst.api.routes_linking import router
from vnst.errors import NotFound
from vnst.ontology import DCAT
from vnst.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def client(memory_store) -> TestClient:
    memory_store.import_data((FIXTURES / "export" / "sample.trig").read_bytes(), format="trig")
    app = FastAPI()
    app.state.store = memory_store
    app.state.settings = Settings(base_url="https://kg.example.org")
    app.include_router(router)

    @app.exception_handler(NotFound)
    def not_found(_: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=404)
    return TestClient(app)


@pytest.mark.parametrize("path", ["/.well-known/void", "/catalog"])
@pytest.mark.parametrize(("accept", "fmt", "media"), [
    ("text/turtle", "turtle", "text/turtle"),
    ("application/ld+json", "json-ld", "application/ld+json"),
    ("*/*", "turtle", "text/turtle"),
])
def test_description_negotiates(client: TestClient, path: str, accept: str, fmt: str, media: str) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    graph = Graph().parse(data=response.text, format=fmt)
    assert (None, RDF.type, DCAT.Catalog) in graph
    assert (URIRef("https://w3id.org/vnst/service/sparql"), DCAT.endpointURL,
            URIRef("https://kg.example.org/sparql")) in graph


def test_every_listed_distribution_is_served(client: TestClient) -> None:
    graph = Graph().parse(data=client.get("/catalog").text, format="turtle")
    urls = [str(u) for u in graph.objects(None, DCAT.downloadURL)]
    assert len(urls) == 7
    for url in urls:
        response = client.get(url.replace("https://kg.example.org", ""))
        assert response.status_code == 200, url
        if url.endswith(".csv"):
            assert response.content.startswith(b"\xef\xbb\xbf")
            assert next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[0] in {"iri", "agreement"}


def test_context_is_served_as_json_ld(client: TestClient) -> None:
    response = client.get("/context.jsonld")
    assert response.headers["content-type"].startswith("application/ld+json")
    assert json.loads(response.text)["@context"]["vnst"] == "https://w3id.org/vnst/def#"


@pytest.mark.parametrize(("headers", "params", "check"), [
    ({"Accept": "text/turtle"}, {}, "turtle"),
    ({"Accept": "application/ld+json"}, {}, "json-ld"),
    ({}, {"format": "ttl"}, "turtle"),
])
def test_def_negotiates_to_rdf(client: TestClient, headers: dict, params: dict, check: str) -> None:
    response = client.get("/def", headers=headers, params=params)
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format=check)
    assert (None, RDF.type, OWL.Ontology) in graph


def test_def_html_is_the_pylode_page(client: TestClient) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_docs", Path(__file__).resolve().parents[2]
                                                  / "scripts" / "build_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    page = module.build()
    assert page.is_file()
    response = client.get("/def", headers={"Accept": "text/html,application/xhtml+xml;q=0.9"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "CooperationAgreement" in response.text and "<html" in response.text.lower()


def test_unknown_dump_is_404(client: TestClient) -> None:
    assert client.get("/dump/everything.zip").status_code == 404
    assert client.get("/dump/csv/secrets.csv").status_code == 404
