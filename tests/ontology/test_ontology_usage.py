"""Tests of the vnst ontology: terms used by the project are declared, standard superclasses, reasoning, the package loader."""

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
# 4. Every vnst: term the project uses is declared
# --------------------------------------------------------------------------------------------

SCAN_DIRS = ("ontology", "graph", "shapes", "loaders", "api", "vnst")
SCAN_SUFFIXES = {".py", ".ttl", ".rq", ".yaml", ".yml", ".json", ".html", ".js"}

_NAME = r"([A-Za-z_][A-Za-z0-9_\-]*)"
FULL_IRI_RE = re.compile(r"https?://w3id\.org/vnst/def#" + _NAME)
# "vnst:Name" not preceded by a character that would make it part of a URL or another name.
PREFIXED_RE = re.compile(r"(?<![\w.:/#@\-])vnst:" + _NAME)
ATTR_RE = re.compile(r"\bVNST\.([A-Za-z_]\w*)\b(?!\s*\()")
ITEM_RE = re.compile(r"""\bVNST\[\s*(['"])([^'"]+)\1\s*\]""")
PREFIX_DECL_RE = re.compile(r"(?:@prefix|PREFIX)\s+vnst:\s*<([^>]*)>", re.IGNORECASE)


def names_in_line(line: str, suffix: str, prefix_is_vnst: bool = True) -> list[str]:
    """vnst term names a line of a file with the given suffix uses."""
    names = [m.group(1).rstrip("-") for m in FULL_IRI_RE.finditer(line)]
    if prefix_is_vnst:
        names += [m.group(1).rstrip("-") for m in PREFIXED_RE.finditer(line)]
    if suffix == ".py":
        names += [m.group(1) for m in ATTR_RE.finditer(line)]
        names += [m.group(2) for m in ITEM_RE.finditer(line)]
    return names


def scan_project() -> list[tuple[str, int, str]]:
    uses = []
    for directory in SCAN_DIRS:
        base = ROOT / directory
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.suffix not in SCAN_SUFFIXES or "__pycache__" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            bound = PREFIX_DECL_RE.findall(text)
            prefix_is_vnst = all(iri == VNST_NS for iri in bound)
            for number, line in enumerate(text.splitlines(), start=1):
                for name in names_in_line(line, path.suffix, prefix_is_vnst):
                    uses.append((str(path.relative_to(ROOT)), number, name))
    return uses


@pytest.mark.parametrize("line,suffix,expected", [
    ("a vnst:Clause ;", ".ttl", ["Clause"]),
    ("<https://w3id.org/vnst/def#SigningEvent>", ".ttl", ["SigningEvent"]),
    ('q = "SELECT ?x WHERE { ?x vnst:party ?p }"', ".py", ["party"]),
    ("g.add((s, VNST.signatory, o))", ".py", ["signatory"]),
    ('g.add((s, VNST["declaredClauseCount"], o))', ".py", ["declaredClauseCount"]),
    ("x = VNST.term('a')", ".py", []),
    ("BASE = 'https://w3id.org/vnst/'", ".py", []),
    ("see https://w3id.org/vnst/id/role/bo-truong", ".html", []),
    ("@prefix vnst: <https://w3id.org/vnst/def#> .", ".ttl", []),
    ("PREFIX vnst: <https://w3id.org/vnst/def#>", ".rq", []),
    ("os.environ['VNST_STORE']", ".py", []),
    ("foo.vnst:bar xvnst:Baz", ".ttl", []),
    ('"vnst": str(VNST)', ".py", []),
])
def test_scanner_boundaries(line, suffix, expected):
    assert names_in_line(line, suffix) == expected


def test_scanner_respects_rebound_prefix():
    assert names_in_line("a vnst:Foo", ".ttl", prefix_is_vnst=False) == []


def test_all_used_vnst_terms_are_declared():
    declared = {_local(t) for t in declared_terms(_g())}
    uses = scan_project()
    assert any(path.endswith("vnst.ttl") for path, _, _ in uses), "scanner found nothing in vnst.ttl"
    offending = [f"{path}:{line}: vnst:{name}" for path, line, name in uses if name not in declared]
    assert not offending, "vnst terms used but not declared in ontology/vnst.ttl:\n" + \
        "\n".join(offending)


# --------------------------------------------------------------------------------------------
# 5. Every vnst class reaches a standard class
# --------------------------------------------------------------------------------------------

# Classes deliberately without a standard superclass: name -> reason. (None today.)
CLASS_EXCEPTIONS: dict[str, str] = {}

# Properties deliberately without a standard superproperty: name -> reason.
PROPERTY_EXCEPTIONS: dict[str, str] = {
    "honorific": "a form of address; no standard property for it (schema:honorificPrefix is for titles)",
    "mergeKind": "a code of the resolver's own decision kinds; no standard property fits",
    "viaPost": "Popolo's opengov:post has no published definition",
    "observedInPost": "a date of observation, not prov:atTime of an activity",
    "heldBefore": "a date by which a post had been left, as a source shows; not time:hasEnd of the term",
    "issuerCode": "Vietnamese numbering convention; no standard counterpart",
    "sha256": "no standard plain-literal digest property",
    "intendedSignatory": "must NOT imply eli:passed_by",
    "declaredClauseCount": "a count stated by a source, no standard counterpart",
    "declaredFieldCount": "a count stated by a source, no standard counterpart",
    "section": "Roman-numeral section label, no standard counterpart",
    "responsibilityOf": "eli:responsibility_of_agent means authorship, not duties",
    "area": "schema:size is for products/creative works, not land area",
    "budget": "no standard property for an amount of funding of a project",
    "projectStatus": "free-text status; adms:status expects a concept",
    "expectedCompletion": "an expected date is not schema:endDate",
    "era": "administrative era concept; dct:temporal would mean the unit's coverage",
    "partlyMergedInto": "partial succession is not dct:isReplacedBy",
    "measure": "qb:measureType expects a measure property, not a concept",
    "originalValue": "the number as written; no standard counterpart",
    "approximate": "no standard flag for approximate values",
    "percentOfTarget": "no standard counterpart",
    "target": "no standard counterpart",
    "inGraph": "links evidence to a named graph; no standard counterpart",
    "mergedEntity": "resolver bookkeeping",
    "canonicalEntity": "resolver bookkeeping",
    "reason": "skos:note is an annotation property; this is data",
    "shapesVersion": "validation bookkeeping",
    "violationCount": "validation bookkeeping",
    "warningCount": "validation bookkeeping",
    "infoCount": "validation bookkeeping",
}

_IGNORED_SUPERS = {OWL.Thing, RDFS.Resource, RDFS.Class, OWL.Class, OWL.topObjectProperty,
                   OWL.topDataProperty}


def reaches_standard(graph: Graph, term: URIRef, *predicates) -> bool:
    seen, queue = {term}, deque([term])
    while queue:
        node = queue.popleft()
        for predicate in predicates:
            for sup in graph.objects(node, predicate):
                if sup in seen or isinstance(sup, BNode):
                    continue
                if not _is_vnst(sup) and sup not in _IGNORED_SUPERS:
                    return True
                seen.add(sup)
                queue.append(sup)
    return False


@pytest.mark.parametrize("cls", vnst_classes(_g()), ids=_local)
def test_class_reaches_standard_superclass(cls):
    if _local(cls) in CLASS_EXCEPTIONS:
        pytest.skip(CLASS_EXCEPTIONS[_local(cls)])
    assert reaches_standard(_g(), cls, RDFS.subClassOf, OWL.equivalentClass), \
        f"vnst:{_local(cls)} has no standard superclass"


@pytest.mark.parametrize("prop", vnst_properties(_g()), ids=_local)
def test_property_reaches_standard_superproperty(prop):
    name = _local(prop)
    has_super = reaches_standard(_g(), prop, RDFS.subPropertyOf, OWL.equivalentProperty)
    if name in PROPERTY_EXCEPTIONS:
        assert not has_super, f"vnst:{name} now has a superproperty; drop it from the exceptions"
    else:
        assert has_super, f"vnst:{name} has no standard superproperty (or list it as an exception)"


def test_exceptions_name_declared_terms():
    declared = {_local(t) for t in declared_terms(_g())}
    stale = sorted((set(CLASS_EXCEPTIONS) | set(PROPERTY_EXCEPTIONS)) - declared)
    assert not stale, f"exceptions for undeclared terms: {stale}"


# --------------------------------------------------------------------------------------------
# 6. Reasoning: the hierarchy works under RDFS and OWL RL
# --------------------------------------------------------------------------------------------

DATA = """
@prefix vnst: <https://w3id.org/vnst/def#> .
@prefix id:   <https://w3id.org/vnst/id/> .
@prefix eli:  <http://data.europa.eu/eli/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

id:org-so-khcn-ct a vnst:Department ;
    org:subOrganizationOf id:org-ubnd-ct ;
    vnst:website <https://sokhcn.cantho.gov.vn/> .
id:org-ubnd-ct a vnst:PeoplesCommittee .
id:org-bo-khcn a vnst:Ministry .
id:catex a vnst:TechnologyExchange ;
    vnst:operator id:org-so-khcn-ct ;
    vnst:website <https://sokhcn.cantho.gov.vn/> .
id:agr a vnst:CooperationAgreement ;
    vnst:party id:org-bo-khcn , id:org-ubnd-ct ;
    vnst:signatory id:person-dat ;
    vnst:intendedSignatory id:person-ha ;
    vnst:signingDate "2022-10-01"^^xsd:date ;
    vnst:declaredClauseCount 11 .
id:agr-1 a vnst:Clause ; eli:is_part_of id:agr ; eli:number "1" .
id:person-he vnst:sameEntityAs id:person-ha .
"""


@pytest.fixture(scope="module", params=["rdfs", "owlrl"])
def closure(request) -> Graph:
    owlrl = pytest.importorskip("owlrl")
    graph = Graph().parse(TTL, format="turtle")
    graph.parse(data=DATA, format="turtle")
    semantics = owlrl.RDFS_Semantics if request.param == "rdfs" else owlrl.OWLRL_Semantics
    owlrl.DeductiveClosure(semantics).expand(graph)
    return graph


def test_closure_types_department_as_organization(closure):
    assert (ID["org-so-khcn-ct"], RDF.type, ORG.FormalOrganization) in closure
    assert (ID["org-so-khcn-ct"], RDF.type, ORG.Organization) in closure
    assert (ID["org-bo-khcn"], RDF.type, ORG.Organization) in closure


def test_closure_derives_passed_by_from_signatory(closure):
    assert (ID.agr, ELI.passed_by, ID["person-dat"]) in closure
    assert (ID.agr, RDF.type, ELI.LegalResource) in closure
    assert (ID["person-dat"], RDF.type, FOAF.Person) in closure
    assert (ID.agr, ELI.date_document, Literal("2022-10-01", datatype=XSD.date)) in closure
    assert (ID.agr, ELI.responsibility_of_agent, ID["org-ubnd-ct"]) in closure


def test_closure_keeps_intended_signatory_apart(closure):
    assert (ID.agr, ELI.passed_by, ID["person-ha"]) not in closure
    assert (ID["person-dat"], RDF.type, ELI.LegalResource) not in closure


def test_closure_clause_and_facility(closure):
    assert (ID["agr-1"], RDF.type, ELI.LegalResource) in closure
    assert (ID.catex, RDF.type, PROV.Entity) in closure
    assert (ID.catex, PROV.wasAttributedTo, ID["org-so-khcn-ct"]) in closure


def test_closure_does_not_smush(closure):
    same = {(s, o) for s, o in closure.subject_objects(OWL.sameAs) if s != o}
    assert not same, f"unexpected owl:sameAs: {sorted(same)}"
    assert (ID["person-he"], SKOS.closeMatch, ID["person-ha"]) in closure


# --------------------------------------------------------------------------------------------
# 7. The package loader
# --------------------------------------------------------------------------------------------

def test_load_ontology_matches_file():
    try:
        from vnst.ontology import load_ontology
    except ModuleNotFoundError as exc:
        pytest.skip(f"vnst.ontology is not importable yet: {exc}")
    loaded = load_ontology()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in loaded
    assert len(loaded) == len(Graph().parse(TTL, format="turtle"))
    assert (VNST.signatory, RDFS.subPropertyOf, ELI.passed_by) in loaded
