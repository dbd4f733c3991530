"""Every gallery example parses and answers over the real corpus.

The corpus is loaded with `vnst load` (the loaders, resolver and reasoning as
users run them) into a temporary store, then validated with `vnst validate`
so the validation example has a run to show; each example then runs on that
store in this process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vnst.api.routes_pages import examples

pytestmark = pytest.mark.slow

NEEDS_VALIDATION = {"05-latest-validation-findings"}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory):
    from vnst.graph.embedded import OxigraphStore

    path = tmp_path_factory.mktemp("corpus") / "store"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VNST_")}
    vnst = str(Path(sys.executable).with_name("vnst"))
    subprocess.run([vnst, "load", "--store", str(path)], check=True, capture_output=True, env=env)
    validated = subprocess.run([vnst, "validate", "--store", str(path)], capture_output=True,
                               env=env)
    store = OxigraphStore(path)
    store.validated = validated.returncode in (0, 1)  # 1: the run found a Violation
    yield store
    store.close()


@pytest.mark.parametrize("example", examples(), ids=lambda example: example.name)
def test_example_answers_over_the_corpus(corpus_store, example) -> None:
    result = corpus_store.query(example.query, timeout_s=30, max_rows=5000)
    assert result.kind == "select"
    if example.name in NEEDS_VALIDATION and not corpus_store.validated:
        pytest.skip("no `vnst validate` in this build: no validation run to show")
    assert result.rows, f"{example.name} returned no rows over the corpus"


def test_the_gallery_names_the_corpus_facts(corpus_store) -> None:
    by_name = {example.name: example for example in examples()}
    agreements = corpus_store.query(by_name["01-agreements-ministry-can-tho"].query,
                                    timeout_s=30, max_rows=5000)
    statuses = {str(row[2]).rsplit("/", 1)[-1] for row in agreements.rows}
    assert statuses == {"draft", "signed"}
    provenance = corpus_store.query(by_name["06-provenance-quoted-source"].query,
                                    timeout_s=30, max_rows=5000)
    assert all("【Nguyễn Ngọc Hè】" in str(row[-1]) for row in provenance.rows)
    variants = corpus_store.query(by_name["07-name-variants-resolver"].query,
                                  timeout_s=30, max_rows=5000)
    assert ("Nguyễn Ngọc Hè", "Nguyễn Ngọc Hà") in {(str(r[2]), str(r[3])) for r in variants.rows}


@pytest.mark.parametrize("typed, iri", [
    ("can tho", "https://w3id.org/vnst/id/place/vn/pre2025/province/92"),
    ("so khcn", "https://w3id.org/vnst/id/org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho"),
    ("huynh thanh dat", "https://w3id.org/vnst/id/person/huynh-thanh-dat"),
    ("nghi quyet 59", "https://w3id.org/vnst/eli/vn/tw/2020/08/05/nq/59"),
])
def test_search_over_the_corpus(corpus_store, typed: str, iri: str) -> None:
    from vnst.graph.search import SearchIndex

    index = getattr(corpus_store, "search_index", None) or SearchIndex.build(corpus_store)
    corpus_store.search_index = index
    assert iri in [hit.iri for hit in index.search(typed, limit=5)]
