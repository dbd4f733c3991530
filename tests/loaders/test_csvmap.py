"""CSV tables with a declarative mapping, and RDF dumps from other publishers: graphs and provenance."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from vnst.errors import ParseError, UnsupportedInput
from vnst.loaders import load_file
from vnst.ontology import OA, VNST

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"
PLACE = "https://w3id.org/vnst/id/place/vn/"
ORG = "https://w3id.org/vnst/id/org/"
SRC = "https://w3id.org/vnst/graph/src/"
PROVG = "https://w3id.org/vnst/graph/prov/"


def _places(graph, org: str) -> set[str]:
    return {str(o)[len(PLACE):] for o in graph.objects(URIRef(ORG + org), VNST.location)}


def test_example_organisations_link_to_pre2025_units() -> None:
    batch = load_file(FIXTURES / "st_organisations.csv")
    facts = batch.graphs[SRC + "st-organisations"]
    assert _places(facts, "truong-dai-hoc-can-tho") == {
        "pre2025/commune/31144", "pre2025/district/916", "pre2025/province/92"}  # Xuân Khánh
    assert _places(facts, "so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho") == {
        "pre2025/commune/31135", "pre2025/district/916", "pre2025/province/92"}  # Tân An
    assert _places(facts, "trung-tam-ung-dung-tien-bo-khoa-hoc-va-cong-nghe-hau-giang") == {
        "pre2025/district/930", "pre2025/province/93"}
    ctu = URIRef(ORG + "truong-dai-hoc-can-tho")
    assert (ctu, SKOS.prefLabel, Literal("Trường Đại học Cần Thơ", lang="vi")) in facts
    assert (ctu, VNST.website, URIRef("https://www.ctu.edu.vn/")) in facts
    assert str(facts.value(ctu, URIRef("https://schema.org/foundingDate"))) == "1966"


def test_csvw_table_of_the_2025_era_links_to_2025_units() -> None:
    batch = load_file(FIXTURES / "st_organisations_2025.csv")
    facts = batch.graphs[SRC + "st-organisations-2025"]
    assert _places(facts, "truong-dai-hoc-can-tho") == {"2025/commune/31135", "2025/province/92"}


def test_each_row_has_a_provenance_annotation() -> None:
    batch = load_file(FIXTURES / "st_organisations.csv")
    prov = batch.graphs[PROVG + "st-organisations"]
    notes = list(prov.subjects(RDF.type, OA.Annotation))
    assert len(notes) == 4
    rows = sorted(str(v) for v in prov.objects(None, RDF.value))
    assert rows == ["row=2", "row=3", "row=4", "row=5"]
    facts_graph = URIRef(SRC + "st-organisations")
    assert (facts_graph, PROV.wasDerivedFrom, URIRef("https://w3id.org/vnst/source/st-organisations")) in prov


def _table(tmp_path: Path, rows: str, name: str = "orgs") -> Path:
    shutil.copy(FIXTURES / "st_organisations.mapping.yaml", tmp_path / f"{name}.mapping.yaml")
    path = tmp_path / f"{name}.csv"
    path.write_text("name,abbreviation,street,ward,district,province,website,founded\n" + rows,
                    encoding="utf-8")
    return path


BAD_ROWS = [
    ("Viện A,,,,,Tỉnh Không Có,,\n", "no province named"),
    ("Viện A,,,,,Cần Thơ,,năm ngoái\n", "xsd:gYear"),
    (",,,,,Cần Thơ,,\n", "column 'name' is empty"),
    ("Viện A,,,phường Tân An,,,,\n", "ambiguous"),
    ("Viện A,,,,,Cần Thơ,not a url,\n", "not an IRI"),
    ("Viện A,,,,,Cần Thơ\n", "cells"),
]


@pytest.mark.parametrize(("row", "message"), BAD_ROWS)
def test_bad_row_refuses_the_file_with_its_line(tmp_path: Path, row: str, message: str) -> None:
    path = _table(tmp_path, "Viện B,,,,,Cần Thơ,,\n\"Viện\nC\",,,,,Cần Thơ,,\n" + row)
    with pytest.raises(ParseError) as info:
        load_file(path)
    assert info.value.line == 5 and message in str(info.value)  # the quoted newline spans lines 3-4


def test_skip_loads_the_other_rows_and_reports_the_bad_one(tmp_path: Path) -> None:
    path = _table(tmp_path, "Viện B,,,,,Cần Thơ,,\nViện A,,,,,Tỉnh Không Có,,\nViện D,,,,,Sóc Trăng,,\n")
    batch = load_file(path, on_bad_row="skip")
    facts = batch.graphs[SRC + "orgs"]
    assert {str(s)[len(ORG):] for s in facts.subjects(RDF.type, None)} == {"vien-b", "vien-d"}
    assert [(w.line, "Tỉnh Không Có" in w.message) for w in batch.warnings] == [(3, True)]


def test_a_table_without_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lonely.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UnsupportedInput, match="mapping"):
        load_file(path)


def test_mapping_naming_a_missing_column_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.mapping.yaml").write_text(
        "subject: 'https://e.org/{id}'\ncolumns:\n  nope: {property: skos:prefLabel}\n", encoding="utf-8")
    (tmp_path / "t.csv").write_text("id\n1\n", encoding="utf-8")
    with pytest.raises(ParseError, match="nope"):
        load_file(tmp_path / "t.csv")


def _vnst(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vnst.api.cli", *args], capture_output=True,
                          text=True, env=env)


def test_cli_refuse_leaves_the_store_as_it_was_and_skip_loads(tmp_path: Path, cli_env) -> None:
    good = _table(tmp_path, "Viện B,,,,,Cần Thơ,,\n", name="good")
    bad = _table(tmp_path, "Viện C,,,,,Cần Thơ,,\nViện A,,,,,Tỉnh Không Có,,\n", name="bad")
    assert _vnst("load", str(good), env=cli_env).returncode == 0
    before = _vnst("graphs", env=cli_env).stdout
    run = _vnst("load", str(good), str(bad), env=cli_env)
    assert run.returncode == 2 and "bad.csv:3" in run.stderr
    assert _vnst("graphs", env=cli_env).stdout == before
    run = _vnst("load", "--on-bad-row", "skip", str(bad), env=cli_env)
    assert run.returncode == 0 and "bad.csv:3" in run.stderr
    assert SRC + "bad" in _vnst("graphs", env=cli_env).stdout


def test_loaded_places_resolve_in_the_reference_graph_across_eras(tmp_path: Path, cli_env) -> None:
    assert _vnst("load", str(FIXTURES / "st_organisations.csv"), env=cli_env).returncode == 0
    assert _vnst("load-reference", env=cli_env).returncode == 0
    query = """PREFIX vnst: <https://w3id.org/vnst/def#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?old ?new WHERE { <https://w3id.org/vnst/id/org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho>
      vnst:location ?p . ?p a vnst:Commune ; skos:prefLabel ?old ; vnst:mergedInto/skos:prefLabel ?new }"""
    run = _vnst("query", "--format", "csv", query, env=cli_env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[1:] == ["Phường Tân An,Phường Ninh Kiều"]


@pytest.mark.parametrize(("name", "data"), [
    ("dump.nt", b"<https://e.org/a> <https://e.org/p> \"x\" .\n"),
    ("dump.ttl", b"<https://e.org/a> <https://e.org/p> \"x\" .\n"),
    ("dump.nq", b"<https://e.org/a> <https://e.org/p> \"x\" <https://e.org/g1> .\n"),
])
def test_rdf_dump_lands_in_its_own_graph_with_provenance(tmp_path: Path, memory_store,
                                                         name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    batch = load_file(path)
    memory_store.replace_graphs(batch.graphs, payloads=batch.payloads)
    graphs = {info.iri for info in memory_store.graphs()}
    facts = "https://e.org/g1" if name.endswith(".nq") else SRC + "dump"
    assert graphs == {facts, PROVG + "dump"}
    result = memory_store.query(
        f"ASK {{ GRAPH <{PROVG}dump> {{ <{facts}> <{PROV}wasDerivedFrom> ?s ; <{PROV}generatedAtTime> ?t . "
        f"?s <https://w3id.org/vnst/def#sha256> ?h }} }}", timeout_s=5, max_rows=10)
    assert result.boolean is True
