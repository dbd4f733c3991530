"""The page at /: editor assets served locally, the gallery, and every example query."""

from __future__ import annotations

from markupsafe import escape
import re

import pytest
from fastapi.testclient import TestClient

from pages_harness import build_app, fixture_store
from vnst.api.routes_pages import examples


@pytest.fixture(scope="module")
def store():
    return fixture_store()


@pytest.fixture(scope="module")
def client(store) -> TestClient:
    return TestClient(build_app(store))


def test_page_lists_every_example(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert len(examples()) >= 15
    for example in examples():
        assert f'data-name="{example.name}"' in page
        assert str(escape(example.title_vi)) in page


def test_page_loads_nothing_from_the_network(client: TestClient) -> None:
    page = client.get("/").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert any(s.endswith("yasgui.min.js") for s in sources)
    for source in sources:
        assert not source.startswith(("http:", "https:", "//")), source
    for asset in ("/static/vendor/yasgui/yasgui.min.js", "/static/vendor/yasgui/yasgui.min.css",
                  "/static/page.js", "/static/search.js", "/static/vnst.css"):
        assert client.get(asset).status_code == 200, asset


def test_static_files_stay_inside_the_folder(client: TestClient) -> None:
    assert client.get("/static/../page_support.py").status_code == 404
    assert client.get("/static/%2e%2e/page_support.py").status_code == 404
    assert client.get("/static/vendor").status_code == 404


def test_vendored_licence_and_record(client: TestClient) -> None:
    assert "MIT" in client.get("/static/vendor/yasgui/LICENSE").text
    assert "@zazuko/yasgui" in client.get("/static/vendor/README.md").text


def test_prefixes_for_completion(client: TestClient) -> None:
    prefixes = client.get("/prefixes.json").json()
    assert prefixes["vnst"] == "https://w3id.org/vnst/def#"


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.name)
def test_example_titles_are_bilingual(example) -> None:
    first = example.query.splitlines()[0]
    assert first.startswith("# ") and " | " in first
    assert example.title_vi and example.title_en and example.title_vi != example.title_en


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.name)
def test_example_answers_over_the_fixture(store, example) -> None:
    result = store.query(example.query, timeout_s=10, max_rows=1000)
    assert result.kind == "select"
    assert result.rows, f"{example.name} returned no rows"


@pytest.mark.parametrize("name", ["01-agreements-ministry-can-tho", "06-provenance-quoted-source",
                                  "10-search-fold", "11-search-matches-abbreviations"])
def test_examples_with_search_functions_run_through_sparql(client: TestClient, name: str) -> None:
    """vnst:fold and vnst:matches are known to the endpoint, not only to the store."""
    example = next(example for example in examples() if example.name == name)
    response = client.post("/sparql", data={"query": example.query},
                           headers={"accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"]


def test_download_links_answer_csv_and_json(client: TestClient) -> None:
    example = next(example for example in examples() if example.name == "14-signing-events")
    csv = client.get("/sparql", params={"query": example.query, "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "Trần Việt Trường" in csv.text
    data = client.get("/sparql", params={"query": example.query, "format": "json"})
    assert data.json()["head"]["vars"] == ["agreement", "title", "date", "place", "signatory"]
