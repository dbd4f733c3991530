"""Search as people type Vietnamese: folding, đ, NFD, abbreviations, ranking, SPARQL functions."""

from __future__ import annotations

import unicodedata

import pyoxigraph as ox
import pytest

from vnst.graph.search import (CUSTOM_FUNCTIONS, SearchIndex, SearchIndexHolder, sparql_fold,
                               sparql_matches)
from vnst.graph.search_text import canonical, canonical_with_offsets

SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
VNST = "https://w3id.org/vnst/def#"
ID = "https://w3id.org/vnst/id/"


@pytest.fixture
def index() -> SearchIndex:
    made = SearchIndex()
    for iri, prop, text in [
        (ID + "org/so", SKOS + "prefLabel", "Sở Khoa học và Công nghệ thành phố Cần Thơ"),
        (ID + "org/so", VNST + "abbreviation", "Sở KH&CN"),
        (ID + "org/ubnd", SKOS + "prefLabel", "Ủy ban nhân dân thành phố Cần Thơ"),
        (ID + "person/dat", FOAF + "name", "Huỳnh Thành Đạt"),
        (ID + "person/do-duc", FOAF + "name", "Đỗ Đức Lâm"),
        (ID + "person/do-duc-plain", FOAF + "name", "Do Duc Lam"),
        (ID + "person/do-duc-other", FOAF + "name", "Đô Đục Lâm"),
        (ID + "place/hn", SKOS + "prefLabel", "Hà Nội"),
        ("https://w3id.org/vnst/eli/vn/tw/2020/nq/59", "http://data.europa.eu/eli/ontology#id_local",
         "59-NQ/TW"),
        ("https://w3id.org/vnst/source/a", VNST + "text",
         "Ngày 21/6/2022, lãnh đạo UBND TP. Cần Thơ làm việc với Bộ KH&CN về vùng ĐBSCL."),
    ]:
        made.add(iri, prop, text)
    return made


def iris(hits) -> list[str]:
    return [hit.iri for hit in hits]


@pytest.mark.parametrize("query, expected", [
    ("can tho", ID + "org/so"),
    ("so khcn", ID + "org/so"),
    ("Sở KH&CN", ID + "org/so"),
    ("so khoa hoc va cong nghe", ID + "org/so"),
    ("huynh thanh dat", ID + "person/dat"),
    ("do duc", ID + "person/do-duc"),
    ("ubnd tp can tho", ID + "org/ubnd"),
    ("UBND TP. Cần Thơ", ID + "org/ubnd"),
    ("thanh dat huynh", ID + "person/dat"),   # words in another order
    ("nghi quyet 59", "https://w3id.org/vnst/eli/vn/tw/2020/nq/59"),
])
def test_finds_what_people_type(index: SearchIndex, query: str, expected: str) -> None:
    assert expected in iris(index.search(query))


def test_dd_is_folded_to_d(index: SearchIndex) -> None:
    # A naive accent strip leaves đ: "Đỗ Đức" -> "đo đuc", which "do duc" never finds.
    assert canonical("Đỗ Đức") == "do duc"
    assert ID + "person/do-duc" in iris(index.search("do duc"))


def test_nfd_input_finds_nfc_text(index: SearchIndex) -> None:
    query = unicodedata.normalize("NFD", "Huỳnh Thành Đạt")
    assert query != unicodedata.normalize("NFC", query)
    hits = index.search(query)
    assert hits[0].iri == ID + "person/dat" and hits[0].exact


def test_exact_diacritics_rank_first(index: SearchIndex) -> None:
    ranked = iris(index.search("Đỗ Đức"))
    assert ranked[0] == ID + "person/do-duc"
    assert set(ranked[1:3]) == {ID + "person/do-duc-plain", ID + "person/do-duc-other"}
    ranked = iris(index.search("Do Duc"))
    assert ranked[0] == ID + "person/do-duc-plain"


def test_no_match_is_empty(index: SearchIndex) -> None:
    assert index.search("ha noi can tho xyz") == []
    assert index.search("   ") == []


def test_passage_hit_quotes_the_source_span(index: SearchIndex) -> None:
    hits = [hit for hit in index.search("dong bang song cuu long") if hit.kind == "passage"]
    assert len(hits) == 1
    text = "Ngày 21/6/2022, lãnh đạo UBND TP. Cần Thơ làm việc với Bộ KH&CN về vùng ĐBSCL."
    assert text[hits[0].start:hits[0].end] == "ĐBSCL"
    assert "ĐBSCL" in hits[0].matched


def test_offsets_point_into_the_original() -> None:
    mapped = canonical_with_offsets("Sở KH&CN TP. Cần Thơ")
    at = mapped.text.index("can tho")
    start, end = mapped.span(at, at + len("can tho"))
    assert "Sở KH&CN TP. Cần Thơ"[start:end] == "Cần Thơ"


def test_sparql_functions_in_a_query() -> None:
    store = ox.Store()
    graph = ox.NamedNode("https://w3id.org/vnst/graph/test")
    for name in ("Đỗ Đức Lâm", "Sở KH&CN thành phố Cần Thơ", "Hà Nội"):
        store.add(ox.Quad(ox.BlankNode(), ox.NamedNode(FOAF + "name"), ox.Literal(name), graph))
    query = (f"PREFIX vnst: <{VNST}> PREFIX foaf: <{FOAF}> SELECT ?n WHERE {{ ?s foaf:name ?n "
             "FILTER(CONTAINS(vnst:fold(?n), 'do duc') || vnst:matches(?n, 'so khcn tp can tho')) }"
             " ORDER BY ?n")
    found = [s["n"].value for s in store.query(query, custom_functions=CUSTOM_FUNCTIONS,
                                              use_default_graph_as_union=True)]
    assert found == ["Sở KH&CN thành phố Cần Thơ", "Đỗ Đức Lâm"]


def test_sparql_function_values() -> None:
    assert sparql_fold(ox.Literal("Đồng bằng")) == ox.Literal("dong bang")
    assert sparql_matches(ox.Literal("Ủy ban nhân dân"), ox.Literal("ubnd")) == ox.Literal(True)
    assert sparql_matches(ox.Literal("Hà Nội"), ox.Literal("can tho")) == ox.Literal(False)
    assert sparql_fold(ox.BlankNode()) is None


def test_holder_rebuilds_when_the_store_changes(memory_store) -> None:
    from rdflib import Literal, URIRef

    now = [0.0]
    holder = SearchIndexHolder(memory_store, check_every_s=5.0, clock=lambda: now[0])
    assert holder.current().search("can tho") == []
    memory_store.replace_graphs({"https://w3id.org/vnst/graph/src/x": [
        (URIRef(ID + "org/ct"), URIRef(SKOS + "prefLabel"), Literal("Cần Thơ", lang="vi"))]})
    assert holder.current().search("can tho") == []       # checked less than 5 s ago
    now[0] = 6.0
    assert iris(holder.current().search("can tho")) == [ID + "org/ct"]
    memory_store.drop_graph("https://w3id.org/vnst/graph/src/x")
    holder.invalidate()
    assert holder.current().search("can tho") == []
