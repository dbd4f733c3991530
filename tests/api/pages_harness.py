"""The app (``vnst.api.app.create_app``) over the hand-written corpus slice.

``python -m uvicorn --factory pages_harness:app_from_env`` serves the TriG file
named by ``VNST_PAGES_FIXTURE`` (the browser test's fallback when `vnst serve`
is missing).
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "corpus.trig"


def fixture_store(path: Path = FIXTURE):
    from vnst.graph.embedded import OxigraphStore

    store = OxigraphStore(None)
    store.import_data(path.read_bytes(), format="trig", path=str(path))
    return store


def build_app(store, settings=None) -> FastAPI:
    from vnst.api.app import create_app
    from vnst.settings import Settings

    settings = settings or Settings(backend="memory", query_timeout=10.0, max_rows=1000)
    return create_app(settings, store)


def app_from_env() -> FastAPI:
    return build_app(fixture_store(Path(os.environ.get("VNST_PAGES_FIXTURE", str(FIXTURE)))))
