"""Every annotation quotes its span exactly; every typed entity in a facts graph is annotated."""

from __future__ import annotations

from pathlib import Path

import pytest
from loader_helpers import FIXTURE_DIR, SEED_DIR, facts_of, prov_of
from rdflib.namespace import RDF

from vnst.loaders.document import text_batch
from vnst.ontology import OA, VNST

DOCUMENTS = sorted(SEED_DIR.glob("*.txt")) + sorted(FIXTURE_DIR.glob("*.txt"))


@pytest.fixture(scope="module", params=DOCUMENTS, ids=lambda p: p.stem)
def batch(request):
    path: Path = request.param
    return text_batch(path.read_text(encoding="utf-8"), path=str(path))


def test_exact_equals_text_slice(batch) -> None:
    prov = prov_of(batch)
    [source] = prov.subjects(RDF.type, VNST.SourceDocument)
    text = str(prov.value(source, VNST.text))
    annotations = list(prov.subjects(RDF.type, OA.Annotation))
    for ann in annotations:
        target = prov.value(ann, OA.hasTarget)
        assert prov.value(target, OA.hasSource) == source
        selectors = list(prov.objects(target, OA.hasSelector))
        position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in prov)
        quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in prov)
        start, end = int(prov.value(position, OA.start)), int(prov.value(position, OA.end))
        assert text[start:end] == str(prov.value(quote, OA.exact))
        assert text[:start].endswith(str(prov.value(quote, OA.prefix)))
        assert text[end:].startswith(str(prov.value(quote, OA.suffix)))
        assert prov.value(ann, VNST.inGraph) is not None


def test_every_typed_entity_is_annotated(batch) -> None:
    facts, prov = facts_of(batch), prov_of(batch)
    bodies = set(prov.objects(None, OA.hasBody))
    typed = set(facts.subjects(RDF.type, None))
    missing = {str(node) for node in typed - bodies}
    assert not missing


def test_facts_and_prov_graphs_named_for_the_source(batch) -> None:
    names = sorted(batch.graphs)
    assert len(names) == 2
    assert names[0].split("/graph/prov/")[-1] == names[1].split("/graph/src/")[-1]
