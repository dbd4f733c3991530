"""`vnst load` end to end on a private store: facts, provenance, the resolver graph, --kind."""

from __future__ import annotations

from click.testing import CliRunner
from loader_helpers import SEED_DIR

from vnst.ontology import RESOLVER_GRAPH


def _run(args: list[str], env: dict[str, str]):
    from vnst.api.cli import main

    result = CliRunner().invoke(main, args, env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_load_fills_resolver_graph(tmp_path) -> None:
    env = {"VNST_STORE": str(tmp_path / "store")}
    _run(["load", str(SEED_DIR)], env)
    graphs = _run(["graphs"], env).output
    assert str(RESOLVER_GRAPH) in graphs
    query = ("PREFIX vnst: <https://w3id.org/vnst/def#> SELECT ?kind WHERE { GRAPH <%s> "
             "{ ?m vnst:mergeKind ?kind } } ORDER BY ?kind" % RESOLVER_GRAPH)
    out = _run(["query", "--format", "csv", query], env).output
    assert "truncated-name" in out and "variant-spelling" in out


def test_kind_override_reaches_the_loader(tmp_path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Ông Nguyễn Văn A, Giám đốc Sở Khoa học và Công nghệ tỉnh Cà Mau.\n", encoding="utf-8")
    env = {"VNST_STORE": str(tmp_path / "store")}
    _run(["load", "--kind", "report", str(doc)], env)
    query = ("ASK { GRAPH ?g { ?s a <https://w3id.org/vnst/def#ProgressReport> } }")
    assert "true" in _run(["query", "--format", "json", query], env).output
