"""GET /search: the JSON API and the HTML list, over the hand-written corpus slice."""

from __future__ import annotations

import unicodedata

import pytest
from fastapi.testclient import TestClient

from pages_harness import build_app, fixture_store


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(build_app(fixture_store()))


def search(client: TestClient, q: str, **params) -> dict:
    response = client.get("/search", params={"q": q, **params},
                          headers={"accept": "application/json"})
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize("query, iri", [
    ("can tho", "https://w3id.org/vnst/id/place/vn/pre2025/province/92"),
    ("so khcn", "https://w3id.org/vnst/id/org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho"),
    ("huynh thanh dat", "https://w3id.org/vnst/id/person/huynh-thanh-dat"),
    ("do duc", "https://w3id.org/vnst/id/person/do-duc-lam"),
    (unicodedata.normalize("NFD", "Nguyễn Ngọc Hè"), "https://w3id.org/vnst/id/person/nguyen-ngoc-he"),
])
def test_finds_resources(client: TestClient, query: str, iri: str) -> None:
    hits = search(client, query)["hits"]
    found = {hit["iri"]: hit for hit in hits}
    assert iri in found
    assert found[iri]["page"] == iri.removeprefix("https://w3id.org/vnst")


def test_exact_spelling_first(client: TestClient) -> None:
    hits = search(client, "Nguyễn Ngọc Hà")["hits"]
    assert hits[0]["iri"] == "https://w3id.org/vnst/id/person/nguyen-ngoc-ha"
    assert hits[0]["exact"] is True
    assert "https://w3id.org/vnst/id/person/nguyen-ngoc-he" not in [h["iri"] for h in hits]


def test_source_text_passages(client: TestClient) -> None:
    hits = search(client, "tren 4.600")["hits"]
    passages = [hit for hit in hits if hit["kind"] == "passage"]
    assert passages[0]["iri"] == "https://w3id.org/vnst/source/001-0aed7de9cb9b6fdf"
    assert "trên 4.600" in passages[0]["matched"]


def test_limit_and_empty(client: TestClient) -> None:
    assert len(search(client, "can tho", limit=2)["hits"]) == 2
    assert search(client, "")["hits"] == []
    refused = client.get("/search", params={"q": "x", "limit": 0})
    assert 400 <= refused.status_code < 500


def test_browsers_get_a_linked_list(client: TestClient) -> None:
    response = client.get("/search", params={"q": "so khcn"}, headers={"accept": "text/html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert 'href="/id/org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho"' in response.text


def test_a_write_is_searchable_at_once() -> None:
    """An update that changes a label but no graph's size is still seen by the next search."""
    from vnst.settings import Settings

    store = fixture_store()
    settings = Settings(backend="memory", query_timeout=10.0, max_rows=1000, update_token="t")
    client = TestClient(build_app(store, settings))
    person = "https://w3id.org/vnst/id/person/huynh-thanh-dat"
    assert person in {hit["iri"] for hit in search(client, "huynh thanh dat")["hits"]}
    renamed = client.post("/update", headers={"authorization": "Bearer t"}, data={"update": f"""
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        DELETE {{ GRAPH ?g {{ <{person}> foaf:name ?n }} }}
        INSERT {{ GRAPH ?g {{ <{person}> foaf:name "Trương Quang Nghĩa"@vi }} }}
        WHERE {{ GRAPH ?g {{ <{person}> foaf:name ?n }} }}"""})
    assert renamed.status_code == 204, renamed.text
    hits = {hit["iri"] for hit in search(client, "truong quang nghia")["hits"]}
    assert person in hits
