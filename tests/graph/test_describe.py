"""The dataset description (DCAT-AP 3 shapes, VoID counts), JSON-LD and the per-class CSV export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyshacl
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, SKOS

from vnst.graph.describe import DATASET, SERVICE, describe_dataset
from vnst.graph.export_tables import table_csv, write_tables
from vnst.graph.jsonld import CONTEXT_URL, context, write_jsonld
from vnst.loaders.links import links_graph
from vnst.ontology import DCAT, VOID
from vnst.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHAPES = FIXTURES / "dcat-ap" / "dcat-ap-3.0.0-shacl.jsonld"
SETTINGS = Settings(base_url="https://kg.example.org", publisher="Test publisher")


@pytest.fixture
def sample_store(memory_store):
    memory_store.import_data((FIXTURES / "export" / "sample.trig").read_bytes(), format="trig")
    memory_store.replace_graphs(links_graph())
    return memory_store


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="json-ld")


def _conforms(data: Graph, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return conforms, text


def test_description_passes_the_dcat_ap_shapes(sample_store, shapes) -> None:
    conforms, text = _conforms(describe_dataset(sample_store, SETTINGS), shapes)
    assert conforms, text


def test_empty_store_description_passes_too(memory_store, shapes) -> None:
    conforms, text = _conforms(describe_dataset(memory_store, SETTINGS), shapes)
    assert conforms, text


def test_the_shapes_catch_a_dataset_without_title(sample_store, shapes) -> None:
    graph = describe_dataset(sample_store, SETTINGS)
    graph.remove((DATASET, DCTERMS.title, None))
    conforms, text = _conforms(graph, shapes)
    assert not conforms and "title" in text


def test_void_counts_graphs_vocabularies_and_linksets(sample_store) -> None:
    graph = describe_dataset(sample_store, SETTINGS)
    sizes = {str(info.iri): info.triples for info in sample_store.graphs()}
    subsets = {str(graph.value(node, URIRef("http://www.w3.org/ns/sparql-service-description#name"))):
               int(graph.value(node, VOID.triples)) for node in graph.objects(DATASET, VOID.subset)
               if (node, RDF.type, VOID.Linkset) not in graph}
    assert subsets == sizes
    assert int(graph.value(DATASET, VOID.triples)) == sum(sizes.values())
    vocabularies = {str(v) for v in graph.objects(DATASET, VOID.vocabulary)}
    assert {"http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/org#",
            "https://w3id.org/vnst/def#"} <= vocabularies
    linksets = [node for node in graph.subjects(RDF.type, VOID.Linkset)]
    assert len(linksets) == 1
    assert graph.value(linksets[0], VOID.linkPredicate) == SKOS.exactMatch
    assert int(graph.value(linksets[0], VOID.triples)) == 2  # GSO and Vietnam
    assert graph.value(SERVICE, DCAT.endpointURL) == URIRef("https://kg.example.org/sparql")
    assert graph.value(DATASET, DCTERMS.license) == URIRef(SETTINGS.license)
    modified = graph.value(DATASET, DCTERMS.modified).toPython()
    assert modified.isoformat() == "2026-01-15T10:00:00+00:00"  # the latest prov:generatedAtTime


def test_jsonld_export_uses_the_published_context_and_round_trips(sample_store) -> None:
    out = io.BytesIO()
    write_jsonld(sample_store, out)
    document = json.loads(out.getvalue())
    assert document["@context"] == CONTEXT_URL
    document["@context"] = context()
    back = Dataset()
    back.parse(data=json.dumps(document), format="json-ld")
    original = io.BytesIO()
    sample_store.export(original, format="nquads")
    expected = Dataset()
    expected.parse(data=original.getvalue(), format="nquads")
    name = URIRef("https://w3id.org/vnst/graph/src/sample-a")
    assert isomorphic(back.graph(name), expected.graph(name))


EXPECTED_COLUMNS = {
    "agreements": ["iri", "title", "status", "period_start", "period_end", "parties", "signatories",
                   "declared_clause_count", "clause_count", "sources"],
    "clauses": ["agreement", "iri", "number", "section", "text"],
    "people": ["iri", "name", "honorific", "role", "organisation", "organisation_name",
               "observed_in_post", "sources"],
    "documents": ["iri", "id_local", "number", "type", "issuer_code", "date", "title", "passed_by",
                  "sources"],
}


def _read(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("table", sorted(EXPECTED_COLUMNS))
def test_csv_tables_open_with_the_expected_columns(sample_store, table: str) -> None:
    data = table_csv(sample_store, table, SETTINGS)
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header == EXPECTED_COLUMNS[table]


def test_csv_rows_one_per_entity(sample_store, tmp_path: Path) -> None:
    paths = write_tables(sample_store, tmp_path / "tables", SETTINGS)
    rows = {path.stem: _read(path.read_bytes()) for path in paths}
    (agreement,) = rows["agreements"]
    assert agreement["title"] == "Chương trình phối hợp giai đoạn 2022 - 2025"
    assert (agreement["period_start"], agreement["period_end"]) == ("2022", "2025")
    assert agreement["parties"].count("|") == 1
    assert (agreement["declared_clause_count"], agreement["clause_count"]) == ("3", "2")
    assert [r["number"] for r in rows["clauses"]] == ["1", "2"]
    assert rows["clauses"][1]["text"] == "Phát triển thị trường\nkhoa học và công nghệ"
    people = {r["name"]: r for r in rows["people"]}
    assert set(people) == {"Trần Văn Á", "Lê Thị B"}  # the inferred graph is not exported
    assert people["Trần Văn Á"]["organisation_name"] == "Sở Khoa học và Công nghệ"
    assert people["Trần Văn Á"]["role"].endswith("/role/giam-doc")
    (document,) = rows["documents"]
    assert (document["id_local"], document["date"]) == ("3645/UBND-KGVX", "2021-08-31")


def test_place_iris_of_the_two_eras_are_distinct_and_linked_in_the_store(memory_store) -> None:
    from vnst.loaders.reference import ADMIN_UNITS_GRAPH, admin_units_graph

    memory_store.replace_graphs({str(ADMIN_UNITS_GRAPH): admin_units_graph()})
    result = memory_store.query(
        "PREFIX vnst: <https://w3id.org/vnst/def#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?old ?oldName ?new ?newName WHERE { ?old vnst:officialCode \"31135\" ; "
        "vnst:era <https://w3id.org/vnst/id/era/pre2025> ; skos:prefLabel ?oldName ; "
        "vnst:mergedInto ?new . ?new vnst:officialCode \"31135\" ; skos:prefLabel ?newName }",
        timeout_s=10, max_rows=10)
    [(old, old_name, new, new_name)] = result.rows
    assert old != new
    assert (str(old_name), str(new_name)) == ("Phường Tân An", "Phường Ninh Kiều")
    graph = describe_dataset(memory_store, SETTINGS)
    assert "https://w3id.org/vnst/def#" in {str(v) for v in graph.objects(DATASET, VOID.vocabulary)}
