"""Linked Data: minted IRIs resolve here as HTML, Turtle or JSON-LD; unknown ones are a 404."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDFS, SKOS

from pages_harness import build_app, fixture_store

HA = "https://w3id.org/vnst/id/person/nguyen-ngoc-ha"
HE = "https://w3id.org/vnst/id/person/nguyen-ngoc-he"
HTML = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(build_app(fixture_store()))


def test_person_page_shows_labels_properties_links_and_quotes(client: TestClient) -> None:
    response = client.get("/id/person/nguyen-ngoc-ha", headers=HTML)
    assert response.status_code == 200
    page = response.text
    assert "<h1>Nguyễn Ngọc Hà</h1>" in page
    assert 'href="/id/person/nguyen-ngoc-he"' in page                    # a property value
    assert 'href="/eli/vn/ubnd-kgvx/2021/cv/3645"' in page               # an incoming link
    assert "<mark>Nguyễn Ngọc Hà</mark>" in page                         # the quoted span
    assert 'href="/source/004-b7e601633ef37b9e"' in page                 # its source


def test_clause_page_links_its_project(client: TestClient) -> None:
    path = ("/id/agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/"
            "2021-2025/draft/noi-dung/3")
    page = client.get(path, headers=HTML).text
    assert 'href="/id/project/vuon-uom-cong-nghe-cong-nghiep-viet-nam-han-quoc"' in page
    assert "Vườn ươm công nghệ công nghiệp Việt Nam – Hàn Quốc" in page


def test_blank_node_values_are_shown_nested(client: TestClient) -> None:
    page = client.get("/id/annotation/004-b7e601633ef37b9e/1", headers=HTML).text
    assert "oa:hasSelector" in page and "Nguyễn Ngọc Hà" in page and "548" in page


def test_graph_and_source_pages(client: TestClient) -> None:
    page = client.get("/graph/validation/2026-11-21T05-00-00Z", headers=HTML).text
    assert 'href="/id/validation/2026-11-21T05-00-00Z"' in page
    source = client.get("/source/001-0aed7de9cb9b6fdf", headers=HTML)
    assert source.status_code == 200 and "Đỗ Đức Lâm" in source.text


def test_turtle_is_the_description_with_labels(client: TestClient) -> None:
    response = client.get("/id/person/nguyen-ngoc-ha", headers={"accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    expected = Graph()
    expected.add((URIRef(HA), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), FOAF.Person))
    expected.add((URIRef(HA), FOAF.name, Literal("Nguyễn Ngọc Hà", lang="vi")))
    expected.add((URIRef(HA), URIRef("https://w3id.org/vnst/def#sameEntityAs"), URIRef(HE)))
    expected.add((URIRef(HE), FOAF.name, Literal("Nguyễn Ngọc Hè", lang="vi")))
    from rdflib.compare import isomorphic
    assert isomorphic(graph, expected)


@pytest.mark.parametrize("accept, param", [("application/ld+json", None), (None, "jsonld")])
def test_json_ld(client: TestClient, accept: str | None, param: str | None) -> None:
    response = client.get("/id/org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho",
                          headers={"accept": accept} if accept else {},
                          params={"format": param} if param else {})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    graph = Graph().parse(data=json.dumps(response.json()), format="json-ld")
    subject = URIRef("https://w3id.org/vnst/id/org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho")
    assert (subject, SKOS.prefLabel,
            Literal("Sở Khoa học và Công nghệ thành phố Cần Thơ", lang="vi")) in graph
    parent = URIRef("https://w3id.org/vnst/id/org/uy-ban-nhan-dan-thanh-pho-can-tho")
    assert (parent, SKOS.prefLabel, Literal("Ủy ban nhân dân thành phố Cần Thơ", lang="vi")) in graph


def test_q_values_are_respected(client: TestClient) -> None:
    response = client.get("/id/person/nguyen-ngoc-ha",
                          headers={"accept": "text/html;q=0.5, text/turtle;q=0.9"})
    assert response.headers["content-type"].startswith("text/turtle")


@pytest.mark.parametrize("path", ["/id/person/nobody", "/eli/vn/x/1999/qd/1", "/graph/none",
                                  "/source/nothing"])
def test_unknown_iris_are_404(client: TestClient, path: str) -> None:
    page = client.get(path, headers=HTML)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Không tìm thấy" in page.text
    api = client.get(path, headers={"accept": "application/json"})
    assert api.status_code == 404 and api.json()["error"]["kind"] == "not_found"


def test_unsafe_iri_is_404_not_an_injection(client: TestClient) -> None:
    response = client.get("/id/x> ?p ?o } #", headers={"accept": "application/json"})
    assert response.status_code == 404
    assert RDFS  # the page never built a query from it (no 400/500)
