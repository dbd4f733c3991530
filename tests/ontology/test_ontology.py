"""Tests of the vnst ontology (ontology/vnst.ttl): header, terms, labels, alignments, schemes."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS


from ontology_common import (  # noqa: F401
    ALL_TERMS, ELI, EMPTY, GRAPH, ID, ONTOLOGY_IRI, ORG, PROPERTY_TYPES, ROOT, SCHEMA, SCHEMES, SD_FUNCTION, TERM_TYPES, TTL, VNST, VNST_NS, XSD, _g, _is_vnst, _local, _parse, declared_terms, vnst_classes, vnst_properties, vnst_subjects,
)

# --------------------------------------------------------------------------------------------
# 1. Parsing and the ontology header
# --------------------------------------------------------------------------------------------

def test_ttl_parses_and_declares_ontology():
    graph = Graph().parse(TTL, format="turtle")  # raises on a syntax error
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert len(declared_terms(graph)) > 50


def test_ontology_header():
    g = _g()
    langs = lambda p: {o.language for o in g.objects(ONTOLOGY_IRI, p) if isinstance(o, Literal)}
    assert {"vi", "en"} <= langs(DCTERMS.title)
    assert {"vi", "en"} <= langs(DCTERMS.description)
    assert Literal("0.1.0") in set(g.objects(ONTOLOGY_IRI, OWL.versionInfo))
    assert any(isinstance(o, URIRef) for o in g.objects(ONTOLOGY_IRI, DCTERMS.license))
    comments = " ".join(str(o) for o in g.objects(ONTOLOGY_IRI, RDFS.comment))
    for needle in ("qb:Observation", "sdmx-measure:obsValue", "sdmx-attribute:unitMeasure",
                   "sdmx-dimension:refArea", "sdmx-dimension:refPeriod",
                   "schema:QuantitativeValue", "schema:unitCode", "owl:sameAs"):
        assert needle in comments, f"modelling comment does not mention {needle}"


def test_no_owl_imports_no_sameas_and_https_schema_org():
    g = _g()
    text = TTL.read_text(encoding="utf-8")
    assert not list(g.triples((None, OWL.imports, None))), "owl:imports would make Protégé fetch"
    assert not list(g.triples((None, OWL.sameAs, None)))
    assert "http://schema.org/" not in text, "schema.org must be bound to https"


# --------------------------------------------------------------------------------------------
# 2. Labels and definitions in Vietnamese and English
# --------------------------------------------------------------------------------------------

def _languages(graph: Graph, subject, *predicates) -> set[str | None]:
    return {o.language for p in predicates for o in graph.objects(subject, p)
            if isinstance(o, Literal) and str(o).strip()}


@pytest.mark.parametrize("term", ALL_TERMS, ids=_local)
def test_term_is_declared(term):
    assert any((term, RDF.type, t) in _g() for t in TERM_TYPES), \
        f"vnst:{_local(term)} is described but not declared as a class or property"


@pytest.mark.parametrize("term", ALL_TERMS, ids=_local)
def test_term_has_vi_and_en_label(term):
    missing = {"vi", "en"} - _languages(_g(), term, RDFS.label)
    assert not missing, f"vnst:{_local(term)} lacks rdfs:label in {sorted(missing)}"


@pytest.mark.parametrize("term", ALL_TERMS, ids=_local)
def test_term_has_vi_and_en_definition(term):
    missing = {"vi", "en"} - _languages(_g(), term, SKOS.definition, RDFS.comment)
    assert not missing, f"vnst:{_local(term)} lacks a definition in {sorted(missing)}"


@pytest.mark.parametrize("term", ALL_TERMS, ids=_local)
def test_term_has_one_label_per_language(term):
    labels = [o.language for o in _g().objects(term, RDFS.label) if isinstance(o, Literal)]
    assert sorted(labels) == sorted(set(labels)), f"vnst:{_local(term)} has duplicate labels"


def test_every_vnst_iri_in_the_graph_is_declared():
    g = _g()
    used = {n for triple in g for n in triple if _is_vnst(n)}
    undeclared = sorted(_local(n) for n in used - declared_terms(g))
    assert not undeclared, f"used but not declared in vnst.ttl: {undeclared}"


# Names other engineers code against: they must exist with the right kind.
REQUIRED_CLASSES = """
Ministry Government PeoplesCommittee PeoplesCouncil Department MinistryUnit University
ResearchInstitute Centre PartyCommittee Committee Company ManagementBoard Association SourceDocument
NewsArticle ProgressReport OfficialDocumentText CooperationAgreement SigningEvent WorkingVisit
Event Clause Project Facility TechnologyExchange Incubator HighTechZone ITPark
HighTechAgricultureZone InnovationCentre ConstructionProject AdministrativeUnit Province District
Commune Region LoadRun Merge ValidationRun
""".split()

REQUIRED_OBJECT_PROPERTIES = """
viaPost documentKind describes party period status signatory intendedSignatory signingEvent
coversField visitor host mentions responsibilityOf location area budget foundingDocument operator
investor website era mergedInto partlyMergedInto measure componentOf inGraph mergedEntity
canonicalEntity sameEntityAs
""".split()

REQUIRED_DATATYPE_PROPERTIES = """
officialCode honorific observedInPost issuerCode text sha256 signingDate eventDate
declaredClauseCount declaredFieldCount section projectStatus startDate expectedCompletion
validFrom validUntil originalValue approximate percentOfTarget target reason shapesVersion
violationCount warningCount infoCount
""".split()

# Literal-valued properties whose standard superproperty is an OWL annotation property.
REQUIRED_ANNOTATION_PROPERTIES = ["abbreviation", "clauseText"]


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_required_class(name):
    assert (VNST[name], RDF.type, OWL.Class) in _g(), f"vnst:{name} must be an owl:Class"


@pytest.mark.parametrize("name", REQUIRED_OBJECT_PROPERTIES)
def test_required_object_property(name):
    assert (VNST[name], RDF.type, OWL.ObjectProperty) in _g(), \
        f"vnst:{name} must be an owl:ObjectProperty"


@pytest.mark.parametrize("name", REQUIRED_DATATYPE_PROPERTIES)
def test_required_datatype_property(name):
    assert (VNST[name], RDF.type, OWL.DatatypeProperty) in _g(), \
        f"vnst:{name} must be an owl:DatatypeProperty"


@pytest.mark.parametrize("name", REQUIRED_ANNOTATION_PROPERTIES)
def test_required_annotation_property(name):
    assert (VNST[name], RDF.type, OWL.AnnotationProperty) in _g(), \
        f"vnst:{name} must be an owl:AnnotationProperty"


@pytest.mark.parametrize("term", vnst_properties(_g()), ids=_local)
def test_property_has_exactly_one_owl_kind(term):
    kinds = [t for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
             if (term, RDF.type, t) in _g()]
    assert len(kinds) == 1, f"vnst:{_local(term)} has kinds {kinds}"


def _kind(graph: Graph, prop) -> URIRef | None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        if (prop, RDF.type, kind) in graph:
            return kind
    return None


@pytest.mark.parametrize("prop", vnst_properties(_g()), ids=_local)
def test_superproperty_has_same_owl_kind(prop):
    """OWL 2 DL (Protégé): a data property cannot specialise an annotation property, etc."""
    g = _g()
    for sup in g.objects(prop, RDFS.subPropertyOf):
        sup_kind = _kind(g, sup)
        assert sup_kind is not None, f"superproperty {sup.n3()} of vnst:{_local(prop)} is not declared"
        assert sup_kind == _kind(g, prop), \
            f"vnst:{_local(prop)} is {_kind(g, prop).n3()} but {sup.n3()} is {sup_kind.n3()}"


@pytest.mark.parametrize("cls", vnst_classes(_g()), ids=_local)
def test_superclasses_are_declared(cls):
    g = _g()
    for sup in g.objects(cls, RDFS.subClassOf):
        assert (sup, RDF.type, OWL.Class) in g, f"superclass {sup.n3()} of vnst:{_local(cls)} undeclared"


# Alignments the rest of the code relies on (e.g. queries over eli:passed_by).
REQUIRED_AXIOMS = [
    ("Ministry", RDFS.subClassOf, ORG.FormalOrganization),
    ("Government", RDFS.subClassOf, ORG.FormalOrganization),
    ("PeoplesCommittee", RDFS.subClassOf, ORG.FormalOrganization),
    ("PeoplesCouncil", RDFS.subClassOf, ORG.FormalOrganization),
    ("Department", RDFS.subClassOf, ORG.FormalOrganization),
    ("MinistryUnit", RDFS.subClassOf, ORG.OrganizationalUnit),
    ("University", RDFS.subClassOf, ORG.FormalOrganization),
    ("University", RDFS.subClassOf, SCHEMA.CollegeOrUniversity),
    ("ResearchInstitute", RDFS.subClassOf, ORG.FormalOrganization),
    ("Centre", RDFS.subClassOf, ORG.FormalOrganization),
    ("PartyCommittee", RDFS.subClassOf, ORG.Organization),
    ("Committee", RDFS.subClassOf, ORG.Organization),
    ("Company", RDFS.subClassOf, ORG.FormalOrganization),
    ("ManagementBoard", RDFS.subClassOf, ORG.OrganizationalUnit),
    ("Association", RDFS.subClassOf, ORG.FormalOrganization),
    ("SourceDocument", RDFS.subClassOf, PROV.Entity),
    ("NewsArticle", RDFS.subClassOf, VNST.SourceDocument),
    ("NewsArticle", RDFS.subClassOf, SCHEMA.NewsArticle),
    ("ProgressReport", RDFS.subClassOf, VNST.SourceDocument),
    ("ProgressReport", RDFS.subClassOf, SCHEMA.Report),
    ("OfficialDocumentText", RDFS.subClassOf, VNST.SourceDocument),
    ("CooperationAgreement", RDFS.subClassOf, ELI.LegalResource),
    ("SigningEvent", RDFS.subClassOf, PROV.Activity),
    ("WorkingVisit", RDFS.subClassOf, PROV.Activity),
    ("Event", RDFS.subClassOf, PROV.Activity),
    ("Clause", RDFS.subClassOf, ELI.LegalResourceSubdivision),
    ("Project", RDFS.subClassOf, PROV.Entity),
    ("Project", RDFS.subClassOf, SCHEMA.Project),
    ("Facility", RDFS.subClassOf, VNST.Project),
    ("ConstructionProject", RDFS.subClassOf, VNST.Project),
    ("AdministrativeUnit", RDFS.subClassOf, SCHEMA.AdministrativeArea),
    ("AdministrativeUnit", RDFS.subClassOf, DCTERMS.Location),
    ("Region", RDFS.subClassOf, SCHEMA.Place),
    ("LoadRun", RDFS.subClassOf, PROV.Activity),
    ("Merge", RDFS.subClassOf, PROV.Entity),
    ("ValidationRun", RDFS.subClassOf, PROV.Activity),
    ("abbreviation", RDFS.subPropertyOf, SKOS.altLabel),
    ("officialCode", RDFS.subPropertyOf, SKOS.notation),
    ("text", RDFS.subPropertyOf, PROV.value),
    ("party", RDFS.subPropertyOf, ELI.responsibility_of_agent),
    ("period", RDFS.subPropertyOf, DCTERMS.temporal),
    ("signatory", RDFS.subPropertyOf, ELI.passed_by),
    ("signingEvent", RDFS.subPropertyOf, PROV.wasGeneratedBy),
    ("signingDate", RDFS.subPropertyOf, ELI.date_document),
    ("visitor", RDFS.subPropertyOf, PROV.wasAssociatedWith),
    ("host", RDFS.subPropertyOf, PROV.wasAssociatedWith),
    ("clauseText", RDFS.subPropertyOf, DCTERMS.description),
    ("mentions", RDFS.subPropertyOf, DCTERMS.references),
    ("location", RDFS.subPropertyOf, PROV.atLocation),
    ("foundingDocument", RDFS.subPropertyOf, DCTERMS.references),
    ("operator", RDFS.subPropertyOf, PROV.wasAttributedTo),
    ("investor", RDFS.subPropertyOf, PROV.wasAttributedTo),
    ("sameEntityAs", RDFS.subPropertyOf, SKOS.closeMatch),
]
for _name in ("TechnologyExchange", "Incubator", "HighTechZone", "ITPark",
              "HighTechAgricultureZone", "InnovationCentre"):
    REQUIRED_AXIOMS.append((_name, RDFS.subClassOf, VNST.Facility))
for _name in ("Province", "District", "Commune"):
    REQUIRED_AXIOMS.append((_name, RDFS.subClassOf, VNST.AdministrativeUnit))


@pytest.mark.parametrize("name,predicate,obj", REQUIRED_AXIOMS,
                         ids=[f"{n}-{str(o).rsplit('/', 1)[-1]}" for n, _, o in REQUIRED_AXIOMS])
def test_required_alignment(name, predicate, obj):
    assert (VNST[name], predicate, obj) in _g(), f"missing vnst:{name} {predicate.n3()} {obj.n3()}"


def test_intended_signatory_is_not_a_signer():
    g = _g()
    supers = set(g.transitive_objects(VNST.intendedSignatory, RDFS.subPropertyOf))
    assert ELI.passed_by not in supers and VNST.signatory not in supers


def test_same_entity_as_is_not_owl_same_as():
    supers = set(_g().transitive_objects(VNST.sameEntityAs, RDFS.subPropertyOf))
    assert OWL.sameAs not in supers and SKOS.closeMatch in supers


# --------------------------------------------------------------------------------------------
# 3. SKOS concept schemes
# --------------------------------------------------------------------------------------------

def scheme_concepts(graph: Graph) -> list[tuple[str, URIRef]]:
    found = set()
    for key, scheme in SCHEMES.items():
        found.update((key, c) for c in graph.subjects(SKOS.inScheme, scheme))
        found.update((key, c) for c in graph.subjects(RDF.type, SKOS.Concept)
                     if str(c).startswith(str(scheme)))
    return sorted(found)


CONCEPTS = scheme_concepts(_g())


@pytest.mark.parametrize("key,scheme", sorted(SCHEMES.items()))
def test_scheme_is_declared(key, scheme):
    g = _g()
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    assert {"vi", "en"} <= _languages(g, scheme, SKOS.prefLabel)


@pytest.mark.parametrize("key,concept", CONCEPTS, ids=[str(c) for _, c in CONCEPTS])
def test_concept_labels_and_scheme(key, concept):
    g = _g()
    assert (concept, RDF.type, SKOS.Concept) in g, f"{concept} is not a skos:Concept"
    for lang in ("vi", "en"):
        labels = [o for o in g.objects(concept, SKOS.prefLabel)
                  if isinstance(o, Literal) and o.language == lang]
        assert len(labels) == 1, f"{concept} needs exactly one skos:prefLabel@{lang}"
    assert (concept, SKOS.inScheme, SCHEMES[key]) in g, f"{concept} lacks skos:inScheme"
    assert list(g.objects(concept, SKOS.notation)), f"{concept} lacks skos:notation"


REQUIRED_CONCEPTS = [("role", n) for n in """
bo-truong thu-truong thu-tuong pho-thu-tuong chu-tich pho-chu-tich giam-doc pho-giam-doc
vu-truong pho-vu-truong cuc-truong hieu-truong pho-hieu-truong bi-thu pho-bi-thu vien-truong
truong-ban pho-truong-ban truong-phong chanh-van-phong tong-giam-doc""".split()]
REQUIRED_CONCEPTS += [("doctype", n) for n in
                      "nd qd nq kh cv ctht tt ct tb bc to-trinh luat de-an ttlt bb hd hop-dong quy-che quy-dinh "
                      "phuong-an cong-dien ban-ghi-nho ban-thoa-thuan ket-luan bang-doc-quyen".split()]
REQUIRED_CONCEPTS += [("status", "draft"), ("status", "signed"),
                      ("era", "pre2025"), ("era", "2025")]


@pytest.mark.parametrize("key,local", REQUIRED_CONCEPTS,
                         ids=[f"{k}/{n}" for k, n in REQUIRED_CONCEPTS])
def test_required_concept(key, local):
    concept = URIRef(str(SCHEMES[key]) + local)
    assert (concept, SKOS.inScheme, SCHEMES[key]) in _g(), f"missing concept {concept}"
    if key == "role":
        assert (concept, RDF.type, ORG.Role) in _g(), f"{concept} must also be an org:Role"


@pytest.mark.parametrize("local,notation", [
    ("nd", "NĐ"), ("qd", "QĐ"), ("nq", "NQ"), ("kh", "KH"), ("cv", "CV"),
    ("ctht", "CTHT"), ("tt", "TT"), ("ttlt", "TTLT"),
])
def test_doctype_notation(local, notation):
    concept = URIRef(str(SCHEMES["doctype"]) + local)
    assert Literal(notation) in set(_g().objects(concept, SKOS.notation))


def test_era_dates():
    g = _g()
    era = SCHEMES["era"]
    assert (URIRef(str(era) + "2025"), VNST.validFrom, Literal("2025-07-01", datatype=XSD.date)) in g
    assert (URIRef(str(era) + "pre2025"), VNST.validUntil,
            Literal("2025-06-30", datatype=XSD.date)) in g


def test_role_broader_targets_are_in_scheme():
    g = _g()
    role = SCHEMES["role"]
    for concept, broader in g.subject_objects(SKOS.broader):
        if str(concept).startswith(str(role)):
            assert (broader, SKOS.inScheme, role) in g, f"{concept} broader {broader} outside scheme"

