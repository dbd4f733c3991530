"""Stores filled with the hand-written validation fixtures (tests/fixtures/validation).

A plain module rather than conftest.py: test modules import ``fixture_store`` by name, and
several test folders have a conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "validation"


def fixture_store(name: str):
    from vnst.batch import RdfPayload
    from vnst.graph.embedded import OxigraphStore

    store = OxigraphStore(None)
    path = FIXTURES / name
    store.replace_graphs({}, payloads=[RdfPayload(path=str(path), data=path.read_bytes(),
                                                  format="trig", graph="urn:unused")])
    return store


@pytest.fixture
def problems_store():
    return fixture_store("problems.trig")


@pytest.fixture(scope="module")
def problems_report():
    from vnst.shapes import validate

    return validate(fixture_store("problems.trig"))
