"""Core shapes: every class covered, each constraint kind trips on the broken fixture,
and the SPARQL-compiled engine gives exactly pyshacl's results."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.util import from_n3

from validation_fixtures import fixture_store

ID = "https://w3id.org/vnst/id/"
VNST = "https://w3id.org/vnst/def#"
SHACL = "http://www.w3.org/ns/shacl#"


def comparable(result):
    """(focus, path, component, value, severity), numbers compared by value and blank
    nodes masked (each run validates its own copy, whose blank-node labels differ)."""
    value = result.value
    if value is not None:
        term = from_n3(value)
        if isinstance(term, Literal) and isinstance(term.toPython(), (int, float, Decimal)):
            value = (str(term.datatype), Decimal(str(term.toPython())))
    focus = "_:b" if result.focus.startswith("_:") else result.focus
    return (focus, result.path, result.component, value, result.severity)


@pytest.mark.parametrize("name", ["broken.trig", "problems.trig", "clean.trig"])
def test_compiled_sparql_gives_the_same_results_as_pyshacl(name):
    from vnst.shapes import validate

    store = fixture_store(name)
    reference = validate(store, engine="pyshacl", checks=False)
    compiled = validate(store, engine="sparql", checks=False)
    assert sorted(map(comparable, compiled.results), key=repr) == \
        sorted(map(comparable, reference.results), key=repr)
    assert compiled.counts == reference.counts


# focus, path (local name), component (local name), severity
BROKEN = [
    ("org/nameless", "prefLabel", "MinCount", "Violation"),
    ("org/nameless", "prefLabel", "QualifiedMinCount", "Violation"),
    ("org/nameless", "prefLabel", "QualifiedMinCount", "Info"),
    ("org/nameless", "subOrganizationOf", "Class", "Violation"),
    ("org/two-names", "prefLabel", "UniqueLang", "Warning"),
    ("person/x", "name", "Datatype", "Violation"),
    ("person/x", "name", "MaxCount", "Warning"),
    ("person/x", "honorific", "MaxLength", "Warning"),
    ("person/x", "sameAs", "MaxCount", "Violation"),
    ("post/two", "postIn", "MaxCount", "Violation"),
    ("post/two", "role", "Class", "Warning"),
    ("membership/m", "member", "MinCount", "Violation"),
    ("membership/m", "observedInPost", "Datatype", "Violation"),
    ("agreement/a", "party", "MinCount", "Violation"),
    ("agreement/a", "status", "In", "Violation"),
    ("agreement/a", "declaredClauseCount", "MinInclusive", "Violation"),
    ("agreement/a", "title", "LanguageIn", "Warning"),
    ("agreement/d", "signatory", "MaxCount", "Violation"),
    ("agreement/d/noi-dung/1", "is_part_of", "MinCount", "Violation"),
    ("agreement/d/noi-dung/1", "section", "Pattern", "Warning"),
    ("agreement/d/noi-dung/1", "mentions", "NodeKind", "Violation"),
    ("obs/bad/1", "obsValue", "Datatype", "Violation"),
    ("obs/bad/1", "measure", "MaxCount", "Violation"),
    ("place/bad", "officialCode", "Pattern", "Violation"),
    ("place/bad", "era", "In", "Violation"),
    ("place/bad", "validFrom", "LessThan", "Violation"),
    ("merge/bad", "mergedEntity", "MinCount", "Violation"),
    ("merge/bad", "mergeKind", "In", "Violation"),
    ("annotation/bad/1", None, "SPARQL", "Violation"),
    ("period/p", "inXSDgYear", "Datatype", "Violation"),
]


def _local(text: str | None) -> str | None:
    if text is None:
        return None
    return text.rstrip(">").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def broken_report():
    from vnst.shapes import validate

    return validate(fixture_store("broken.trig"), checks=False)


@pytest.mark.parametrize("focus, path, component, severity", BROKEN,
                         ids=[f"{f}-{c}-{s}" for f, _, c, s in BROKEN])
def test_broken_fixture_trips_each_constraint(broken_report, focus, path, component, severity):
    wanted = (ID + focus, path, component + "ConstraintComponent", severity)
    found = {(r.focus, _local(r.path), _local(r.component), r.severity) for r in broken_report.results}
    assert wanted in found


def test_numbered_document_needs_number_and_type(broken_report):
    focus = "https://w3id.org/vnst/eli/vn/x/2020/cv/1"
    missing = {_local(r.path) for r in broken_report.results
               if r.focus == focus and r.component.endswith("MinCountConstraintComponent")}
    assert missing == {"id_local", "type_document"}


def test_every_ontology_class_is_targeted_by_a_shape():
    from vnst.ontology import load_ontology
    from vnst.shapes.validate import load_shapes

    ontology = load_ontology()
    core, _ = load_shapes()
    targeted = {URIRef(c) for c in core.objects(None, URIRef(SHACL + "targetClass"))}
    vnst_classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(VNST)}
    assert vnst_classes, "the ontology declares no vnst: classes"

    def covered(cls):
        seen, stack = set(), [cls]
        while stack:
            current = stack.pop()
            if current in targeted:
                return True
            seen.add(current)
            stack.extend(p for p in ontology.objects(current, RDFS.subClassOf) if p not in seen)
        return False

    assert sorted(str(c) for c in vnst_classes if not covered(c)) == []


def test_a_shape_the_compiler_cannot_run_is_refused():
    from vnst.shapes.compile import UnsupportedShape, compile_shapes

    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:property [ sh:path <urn:p> ; sh:equals <urn:q> ] .""", format="turtle")
    with pytest.raises(UnsupportedShape, match="equals"):
        compile_shapes(shapes)


def test_a_user_shapes_file_replaces_the_core_shapes(tmp_path):
    from vnst.shapes import validate

    custom = tmp_path / "mine.ttl"
    custom.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        <urn:PeopleHaveHomepages> a sh:NodeShape ; sh:targetClass foaf:Person ;
            sh:property [ sh:path foaf:homepage ; sh:minCount 1 ; sh:severity sh:Info ] .""",
                      encoding="utf-8")
    report = validate(fixture_store("clean.trig"), shapes=custom, checks=False)
    assert {(r.shape, r.severity) for r in report.results} == {("urn:PeopleHaveHomepages", "Info")}
    assert len(report.results) == 2
