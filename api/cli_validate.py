"""``vnst validate``: shapes and cross-source checks over the store, with a stored history.

Exit 0 when no Violation, 1 when any, 2 on bad usage. Each run is kept as the named
graph ``graph/validation/{timestamp}`` (a vnst:ValidationRun with its counts and its
sh:ValidationReport), so ``vnst validate --history`` can list and compare past runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rdflib import URIRef

from vnst.api.cli_common import (EXIT_OK, EXIT_PROBLEMS, handles_errors, open_from,
                                 settings_from, store_options)
from vnst.ontology import GRAPH, ID, sparql_prologue

FORMATS = ("text", "turtle", "json", "html")

HISTORY = sparql_prologue() + """
SELECT ?graph ?started ?version ?violations ?warnings ?infos WHERE {
  GRAPH ?graph {
    ?run a vnst:ValidationRun ; prov:startedAtTime ?started ; vnst:shapesVersion ?version .
    OPTIONAL { ?run vnst:violationCount ?violations }
    OPTIONAL { ?run vnst:warningCount ?warnings }
    OPTIONAL { ?run vnst:infoCount ?infos }
  }
  FILTER (STRSTARTS(STR(?graph), "%s"))
} ORDER BY ?started""" % GRAPH["validation/"]


@click.command("validate")
@store_options
@click.option("--graph", "graph_iri", default=None,
              help="Validate only this source's graph (with its provenance), not the union.")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="A SHACL shapes file replacing the bundled core shapes.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--engine", type=click.Choice(["auto", "pyshacl", "sparql"]), default="auto",
              show_default=True, help="pyshacl (reference) or the shapes compiled to SPARQL.")
@click.option("--no-checks", is_flag=True, help="Run the core shapes only, not the cross-source checks.")
@click.option("--no-record", is_flag=True, help="Do not store this run in graph/validation/.")
@click.option("--history", is_flag=True, help="List past runs and their counts, then exit.")
@handles_errors
def validate_command(store: Path | None, backend: str | None, graph_iri: str | None,
                     shapes: Path | None, fmt: str, out: Path | None, engine: str,
                     no_checks: bool, no_record: bool, history: bool) -> None:
    """Validate the store: SHACL shapes for every class and cross-source consistency
    checks (name spellings, draft vs signed texts, dates, posts, figures, references).
    Exit 0 when there is no Violation, 1 when there is one, 2 on bad usage."""
    from vnst.shapes.report import RENDERERS, run_graph, summary
    from vnst.shapes.validate import validate

    settings = settings_from(store=store, backend=backend)
    db = open_from(settings)
    try:
        if history:
            show_history(db, timeout_s=settings.query_timeout)
            return
        report = validate(db, shapes=shapes, graph=graph_iri, engine=engine,  # type: ignore[arg-type]
                          checks=not no_checks, timeout_s=max(settings.query_timeout, 300.0))
        if not no_record:
            stamp = report.started.strftime("%Y%m%dT%H%M%S%fZ")
            run = URIRef(ID[f"validation-run/{stamp}"])
            stored = str(GRAPH[f"validation/{stamp}"])
            db.replace_graphs({stored: run_graph(report, run=run)})
            click.echo(f"vnst: run stored as <{stored}> (vnst validate --history)", err=True)
    finally:
        db.close()
    text = RENDERERS[fmt](report)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(summary(report), err=True)
    sys.exit(EXIT_OK if report.conforms else EXIT_PROBLEMS)


def show_history(db: object, *, timeout_s: float) -> None:
    answer = db.query(HISTORY, timeout_s=timeout_s, max_rows=100_000)  # type: ignore[attr-defined]
    if not answer.rows:
        click.echo("no validation runs stored yet")
        return
    click.echo(f"{'started':<34} {'V':>5} {'W':>5} {'I':>5}  shapes  graph")
    previous: tuple[int, int, int] | None = None
    for graph, started, version, violations, warnings, infos in answer.rows:
        counts = tuple(int(value) if value is not None else 0 for value in (violations, warnings, infos))
        change = "" if previous is None else "  (" + ", ".join(
            f"{name} {now - before:+d}" for name, now, before in zip("VWI", counts, previous)
            if now != before) + ")"
        click.echo(f"{started!s:<34} {counts[0]:>5} {counts[1]:>5} {counts[2]:>5}  {version}  "
                   f"{graph}{change if change != '  ()' else ''}")
        previous = counts  # type: ignore[assignment]


__all__ = ["validate_command"]
