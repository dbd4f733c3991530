"""Integration: the bundled corpus, loaded by the loaders and resolved as `vnst load` does,
gives the real problems and no Violation a careful reader would call false."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
S = "https://w3id.org/vnst/shapes#"
ID = "https://w3id.org/vnst/id/"
SIGNED = ID + "agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/2022-2025"
DRAFT = ID + "agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/2021-2025/draft"


def _load_corpus():
    from vnst.api.cli import after_load
    from vnst.graph.embedded import OxigraphStore
    from vnst.loaders import load_file
    from vnst.settings import Settings

    store = OxigraphStore(None)
    facts = 0
    for path in sorted(CORPUS.glob("*.txt")):
        batch = load_file(path)
        facts += sum(len(graph) for iri, graph in batch.graphs.items() if "/graph/src/" in iri)
        store.replace_graphs(batch.graphs, payloads=batch.payloads)
    after_load(store, settings=Settings())
    return store, facts


@pytest.fixture(scope="module")
def corpus_store():
    store, facts = _load_corpus()
    if facts == 0:
        pytest.skip("the loaders extract no facts from the corpus yet")
    return store


@pytest.fixture(scope="module")
def report(corpus_store):
    from vnst.shapes import validate

    return validate(corpus_store)


def _by_check(report, check):
    return [r for r in report.results if r.shape == S + check]


def test_the_vice_chairmans_name_he_ha(report):
    (result,) = _by_check(report, "VariantSpellingCheck")
    assert result.severity == "Violation"
    assert {result.focus, result.value.strip("<>")} == {ID + "person/nguyen-ngoc-he",
                                                        ID + "person/nguyen-ngoc-ha"}
    assert {e.exact for e in result.evidence} == {"Nguyễn Ngọc Hè", "Nguyễn Ngọc Hà"}
    assert len(result.sources) == 2


def test_the_truncated_directors_name(report):
    (result,) = _by_check(report, "TruncatedNameCheck")
    assert (result.focus, result.value) == (ID + "person/ngo-anh", f"<{ID}person/ngo-anh-tin>")
    assert "«Ngô Anh» — 000-" in result.message_en and "«Ngô Anh Tín» — 001-" in result.message_en


@pytest.mark.parametrize("check, fragments", [
    ("RevisionPeriodCheck", ["2022–2025", "2021–2025"]),
    ("RevisionClauseCountCheck", ["11", "8"]),
])
def test_the_draft_against_the_signed_programme(report, check, fragments):
    (result,) = _by_check(report, check)
    assert (result.focus, result.value) == (SIGNED, f"<{DRAFT}>")
    assert result.severity == "Warning"
    for fragment in fragments:
        assert fragment in result.message_vi and fragment in result.message_en
    assert {source[:3] for source in result.sources} == {"000", "004"}


# Violations that are true of the data: the text names a web site ("CATEX.VN") that the
# loader stores as a literal, where the data model wants an IRI (reported to the loaders).
KNOWN_DATA_DEFECTS = {(S + "ProjectShape", ID + "project/san-giao-dich-cong-nghe-can-tho")}


def test_no_false_violation(report):
    violations = {(r.shape, r.focus) for r in report.results if r.severity == "Violation"}
    spelling = {(r.shape, r.focus) for r in _by_check(report, "VariantSpellingCheck")}
    assert violations - spelling <= KNOWN_DATA_DEFECTS, sorted(violations - spelling)


@pytest.mark.slow
def test_both_engines_agree_on_the_corpus(corpus_store):
    from vnst.shapes import validate

    reference = validate(corpus_store, engine="pyshacl")
    compiled = validate(corpus_store, engine="sparql")
    key = lambda r: (r.focus, r.path, r.component, r.severity)  # noqa: E731
    assert sorted(map(key, compiled.results)) == sorted(map(key, reference.results))
