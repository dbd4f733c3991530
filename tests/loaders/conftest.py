"""Loader test fixtures: the five seeds loaded once per session (pure, no store)."""

from __future__ import annotations

import pytest
from loader_helpers import SEED_DIR


@pytest.fixture(scope="session")
def seed_batches() -> dict[str, object]:
    from vnst.loaders.document import text_batch

    return {p.name[:3]: text_batch(p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(SEED_DIR.glob("*.txt"))}
