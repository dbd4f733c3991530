"""The vnst CLI: the happy path, every documented error path, and --help everywhere."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from vnst.api.cli import main

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def run(tmp_path: Path):
    store = tmp_path / "store"

    def invoke(*args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), env={"VNST_STORE": str(store)}, input=input,
                                  catch_exceptions=False)
    return invoke


def count(run) -> int:
    result = run("query", "--format", "json", COUNT)
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"])


def graph_sizes(run) -> str:
    result = run("graphs")
    assert result.exit_code == 0
    return result.stdout


def test_load_bundled_corpus_then_count(run):
    result = run("load")
    assert result.exit_code == 0, result.output
    assert "loaded 5 sources" in result.stdout
    assert count(run) > 0


def test_loading_twice_replaces(run):
    run("load")
    first = count(run)
    run("load")
    assert count(run) == first


def test_query_from_rq_file_and_stdin(run, tmp_path: Path):
    run("load")
    rq = tmp_path / "count.rq"
    rq.write_text(COUNT)
    from_file = run("query", "--format", "csv", str(rq))
    from_stdin = run("query", "--format", "csv", "-", input=COUNT)
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert from_file.stdout == from_stdin.stdout
    rows = list(csv.reader(io.StringIO(from_file.stdout)))
    assert rows[0] == ["n"] and int(rows[1][0]) > 0


@pytest.mark.parametrize("fmt,check", [
    ("json", lambda out: json.loads(out)["head"]["vars"] == ["s"]),
    ("csv", lambda out: out.splitlines()[0] == "s"),
    ("tsv", lambda out: out.splitlines()[0] == "?s"),
    ("table", lambda out: out.splitlines()[0].strip() == "s" and "rows" in out.splitlines()[-1]),
])
def test_select_formats(run, fmt, check):
    run("load")
    result = run("query", "--format", fmt,
                 "SELECT ?s WHERE { ?s a <https://w3id.org/vnst/def#SourceDocument> }")
    assert result.exit_code == 0 and check(result.stdout), result.stdout


def test_construct_as_ntriples(run):
    run("load")
    result = run("query", "--format", "ntriples",
                 "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/vnst/def#SourceDocument> ; ?p ?o }")
    assert result.exit_code == 0
    assert result.stdout.count(" .\n") > 5


def test_row_cap_is_said(run):
    run("load")
    result = run("query", "--max-rows", "2", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert result.exit_code == 0
    assert "2 rows (cut at the row cap)" in result.stdout


def test_export_round_trips(run, tmp_path: Path):
    run("load")
    out = tmp_path / "dump.nq"
    assert run("export", "--format", "nquads", "--out", str(out)).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    quads = list(dataset.quads((None, None, None, None)))
    assert len(quads) == count(run)
    assert all(str(g).startswith("https://w3id.org/vnst/graph/") for *_, g in quads)


def test_graphs_and_stats(run):
    run("load")
    listing = run("graphs").stdout
    assert listing.count("https://w3id.org/vnst/graph/") >= 5
    stats = run("stats").stdout
    assert f"triples  {count(run)}" in stats


# -- error paths: one clear line, exit 2, the store unchanged --------------------------

def bad_turtle(tmp_path: Path) -> Path:
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "open .\n')
    return path


def binary(tmp_path: Path) -> Path:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02\x03" * 50)
    return path


def latin1(tmp_path: Path) -> Path:
    path = tmp_path / "old.txt"
    path.write_bytes("Dòng một\nCần Thơ".encode("utf-8") + b"\nna\xefve\n")
    return path


def missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere.txt"


def broken_link(tmp_path: Path) -> Path:
    link = tmp_path / "gone.ttl"
    link.symlink_to(tmp_path / "target-that-does-not-exist.ttl")
    return link


def unknown_kind(tmp_path: Path) -> Path:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x03\x04")
    return path


@pytest.mark.parametrize("make,expect", [
    (bad_turtle, "bad.ttl:3:"),
    (binary, "scan.txt: binary file"),
    (latin1, "old.txt:3: not UTF-8"),
    (missing, "nowhere.txt: no such file"),
    (broken_link, "gone.ttl: no such file"),
    (unknown_kind, "table.xlsx: unknown kind of file"),
])
def test_bad_input_is_refused_and_store_unchanged(run, tmp_path: Path, make, expect):
    run("load")
    before = graph_sizes(run)
    result = run("load", str(make(tmp_path)))
    assert result.exit_code == 2
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("vnst: ") and expect in message, result.stderr
    assert graph_sizes(run) == before


def test_bad_file_among_good_ones_writes_nothing(run, tmp_path: Path):
    good = tmp_path / "good.ttl"
    good.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    result = run("load", str(good), str(bad_turtle(tmp_path)))
    assert result.exit_code == 2
    assert "https://w3id.org/vnst/graph/src/good" not in graph_sizes(run)


@pytest.mark.parametrize("query,where", [
    ("SELECT * WHERE { ?s ?p }", "line 1, column"),
    ("SELECT *\nWHERE {\n  ?s ?p ?o .\n  FILTER( }", "line 4, column"),
    ("SELEKT ?s WHERE { ?s ?p ?o }", "line 1, column 1"),
])
def test_query_syntax_error_names_line_and_column(run, query, where):
    run("load")
    result = run("query", query)
    assert result.exit_code == 2
    assert "SPARQL syntax error at " + where in result.stderr


def test_unreadable_query_file(run, tmp_path: Path):
    result = run("query", str(tmp_path / "missing.rq"))
    assert result.exit_code == 2 and "missing.rq" in result.stderr


def test_bad_usage_exits_2(run):
    assert run("query").exit_code == 2
    assert run("load", "--kind", "poetry").exit_code == 2
    assert run("export", "--format", "turtle").exit_code == 2  # one graph formats need --graph


def test_help_on_every_command():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage: main " in result.output or "Usage:" in result.output, name
