"""`vnst validate`: exit codes, the four formats, --out, --graph, stored runs and --history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from vnst.api.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "validation"
SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture
def vnst(tmp_path: Path):
    env = {"VNST_STORE": str(tmp_path / "store")}

    def run(*args: str):
        return CliRunner().invoke(main, list(args), env=env)
    return run


def test_exit_1_with_violations_and_0_without(vnst):
    assert vnst("load", str(FIXTURES / "clean.trig")).exit_code == 0
    clean = vnst("validate")
    assert clean.exit_code == 0, clean.output
    assert "conforms" in clean.stdout and "0 Violation" in clean.stdout
    assert vnst("load", str(FIXTURES / "problems.trig")).exit_code == 0
    problems = vnst("validate")
    assert problems.exit_code == 1
    assert "does not conform" in problems.stdout


@pytest.mark.parametrize("args", [
    ["validate", "--format", "xml"],
    ["validate", "--graph", "https://w3id.org/vnst/graph/src/no-such-source"],
    ["validate", "--shapes", "/no/such/file.ttl"],
])
def test_bad_usage_exits_2(vnst, args):
    vnst("load", str(FIXTURES / "clean.trig"))
    result = vnst(*args)
    assert result.exit_code == 2, result.output


def test_unreadable_shapes_file_exits_2_naming_it(vnst, tmp_path):
    vnst("load", str(FIXTURES / "clean.trig"))
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = vnst("validate", "--shapes", str(bad))
    assert result.exit_code == 2
    assert "bad.ttl" in result.output


def test_text_report_groups_by_severity_and_source_with_labels_and_quotes(vnst):
    vnst("load", str(FIXTURES / "problems.trig"))
    text = vnst("validate", "--format", "text").stdout
    violations = text.index("== Violation")
    warnings = text.index("== Warning")
    assert violations < warnings
    block = text[violations:warnings]
    assert "-- nguồn / source: fx-draft, fx-visit" in block
    assert "* Nguyễn Ngọc Hà" in block or "* Nguyễn Ngọc Hè" in block
    assert "constraint: VariantSpellingCheck" in block
    assert "quote: «Nguyễn Ngọc Hè» — fx-visit" in block
    assert "vi: Tên của cùng một người" in block and "en: One person's name" in block


def test_json_report(vnst):
    vnst("load", str(FIXTURES / "problems.trig"))
    data = json.loads(vnst("validate", "--format", "json").stdout)
    assert data["conforms"] is False
    assert data["counts"]["Violation"] == sum(r["severity"] == "Violation" for r in data["results"])
    spelling = next(r for r in data["results"] if r["shape"].endswith("VariantSpellingCheck"))
    assert {e["exact"] for e in spelling["evidence"]} == {"Nguyễn Ngọc Hè", "Nguyễn Ngọc Hà"}


def test_turtle_report_is_a_standard_validation_report(vnst):
    vnst("load", str(FIXTURES / "problems.trig"))
    result = vnst("validate", "--format", "turtle")
    graph = Graph().parse(data=result.stdout, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms).toPython() is False
    results = list(graph.objects(report, SH.result))
    assert results and all(graph.value(r, SH.focusNode) is not None
                           and graph.value(r, SH.resultSeverity) is not None
                           and graph.value(r, SH.sourceConstraintComponent) is not None
                           for r in results)


def test_html_report_is_one_self_contained_file(vnst, tmp_path):
    vnst("load", str(FIXTURES / "problems.trig"))
    out = tmp_path / "report.html"
    result = vnst("validate", "--format", "html", "--out", str(out))
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "«Nguyễn Ngọc Hè» — fx-visit" in page
    for external in ("<script src", "<link ", "src=\"http", "@import"):
        assert external not in page


def test_one_graph_only(vnst):
    vnst("load", str(FIXTURES / "problems.trig"))
    data = json.loads(vnst("validate", "--format", "json", "--graph",
                           "https://w3id.org/vnst/graph/src/fx-report").stdout)
    assert "https://w3id.org/vnst/graph/src/fx-visit" not in data["graphs"]
    assert {r["focus"] for r in data["results"] if r["severity"] == "Violation"} == \
        {"https://w3id.org/vnst/id/obs/fx-report/6",
         "https://w3id.org/vnst/id/membership/pham-van-c/uy-ban-nhan-dan-thanh-pho-can-tho/chu-tich"}


def test_runs_are_stored_and_listed(vnst):
    vnst("load", str(FIXTURES / "problems.trig"))
    vnst("validate")
    vnst("validate", "--no-checks")
    vnst("validate", "--no-record")
    history = vnst("validate", "--history")
    assert history.exit_code == 0
    lines = [line for line in history.stdout.splitlines() if "graph/validation/" in line]
    assert len(lines) == 2
    assert "(V -" in lines[1]  # fewer violations without the cross-source checks
    stored = vnst("query", "--format", "csv",
                  "PREFIX vnst: <https://w3id.org/vnst/def#> SELECT ?v WHERE { GRAPH ?g { "
                  "?run a vnst:ValidationRun ; vnst:violationCount ?v } } ORDER BY DESC(?v)")
    counts = [int(v) for v in stored.stdout.split()[1:]]
    assert len(counts) == 2 and counts[0] > counts[1]


def test_stored_runs_are_not_validated_or_reasoned_over(vnst):
    vnst("load", str(FIXTURES / "clean.trig"))
    vnst("validate")
    data = json.loads(vnst("validate", "--format", "json").stdout)
    assert not [g for g in data["graphs"] if "/graph/validation/" in g or g.endswith("/inferred")]
