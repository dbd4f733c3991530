"""/sparql includes the OWL RL closure or leaves it out per request (reasoning=true|false)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from vnst.api.app import create_app
from vnst.batch import RdfPayload
from vnst.graph.embedded import OxigraphStore
from vnst.graph.reasoning import recompute
from vnst.settings import Settings

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "validation" / "reasoning.trig"
ORGS = "SELECT ?x WHERE { ?x a <http://www.w3.org/ns/org#Organization> }"
DEPARTMENT = "https://w3id.org/vnst/id/org/so-khoa-hoc-va-cong-nghe-tinh-mau"


def client_for(*, reasoning_default: bool) -> TestClient:
    store = OxigraphStore(None)
    store.replace_graphs({}, payloads=[RdfPayload(path=str(FIXTURE), data=FIXTURE.read_bytes(),
                                                  format="trig", graph="urn:unused")])
    recompute(store)
    settings = Settings(backend="memory", reasoning=reasoning_default, update_token="t")
    return TestClient(create_app(settings, store))


def organisations(client: TestClient, **params: str) -> set[str]:
    response = client.get("/sparql", params={"query": ORGS, **params},
                          headers={"accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    return {row["x"]["value"] for row in response.json()["results"]["bindings"]}


@pytest.mark.parametrize("default, param, found", [
    (True, None, True),
    (True, "false", False),
    (False, None, False),
    (False, "true", True),
    (False, "1", True),
])
def test_per_request_reasoning(default: bool, param: str | None, found: bool):
    client = client_for(reasoning_default=default)
    params = {} if param is None else {"reasoning": param}
    assert (DEPARTMENT in organisations(client, **params)) is found


def test_a_bad_flag_is_a_400():
    response = client_for(reasoning_default=True).get(
        "/sparql", params={"query": ORGS, "reasoning": "perhaps"})
    assert response.status_code == 400
    assert "reasoning must be true or false" in response.json()["error"]["message"]


def test_graphs_written_later_are_seen_without_reasoning():
    client = client_for(reasoning_default=False)
    before = organisations(client)
    added = client.post("/update", headers={"authorization": "Bearer t"}, data={"update": """
        INSERT DATA { GRAPH <https://w3id.org/vnst/graph/src/new> {
          <https://w3id.org/vnst/id/org/x> a <http://www.w3.org/ns/org#Organization> } }"""})
    assert added.status_code == 204
    assert organisations(client) == before | {"https://w3id.org/vnst/id/org/x"}
