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
