"""The ``vnst`` command: load, query, graphs, stats, export (and the commands
other modules register). Exit codes: 0 ok, 1 the job found problems, 2 bad
usage or input. This is the one place that wires the layers together."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vnst import __version__
from vnst.api import formats
from vnst.api.cli_common import handles_errors, open_from, settings_from, store_options
from vnst.batch import LoadBatch
from vnst.errors import InputError
from vnst.graph.store import EXPORT_FORMATS
from vnst.loaders import discover, load_file


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="vnst")
def main() -> None:
    """vnst: the knowledge graph of Vietnam's science-and-technology governance.

    Load documents, query them with SPARQL, validate them, serve them."""


@main.command()
@store_options
@click.option("--kind", default=None,
              type=click.Choice(["auto", "official", "agreement", "news", "report", "source"]),
              help="Document kind for text files (default: detected from the text).")
@click.option("--on-bad-row", type=click.Choice(["refuse", "skip"]), default="refuse",
              show_default=True, help="CSV tables: refuse the whole file, or skip bad rows (reported).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@handles_errors
def load(store: Path | None, backend: str | None, kind: str | None, on_bad_row: str,
         paths: tuple[Path, ...]) -> None:
    """Load text documents (.txt, .md), RDF files (.ttl, .nt, .nq, .trig, .jsonld), CSV
    tables with their mapping (x.mapping.yaml or x.csv-metadata.json), or folders of them.
    With no PATH, load the bundled corpus. Loading a source again replaces it; a file
    that fails leaves the store as it was."""
    from vnst.corpus import bundled_paths

    settings = settings_from(store=store, backend=backend)
    files = discover(paths) if paths else bundled_paths()
    if not files:
        raise InputError("nothing to load: no supported files found")
    batches: list[LoadBatch] = []
    with click.progressbar(files, label="reading", file=sys.stderr,
                           item_show_func=lambda p: p.name if p else "") as bar:
        for path in bar:
            batches.append(load_file(path, kind=None if kind in (None, "auto") else kind,
                                     on_bad_row=on_bad_row))
    db = open_from(settings)
    try:
        written = 0
        with click.progressbar(batches, label="storing", file=sys.stderr) as bar:
            for batch in bar:
                written += len(db.replace_graphs(batch.graphs, payloads=batch.payloads))
        after_load(db, settings=settings)
    finally:
        db.close()
    for batch in batches:
        for warning in batch.warnings:
            click.echo(f"warning: {warning}", err=True)
    click.echo(f"loaded {len(batches)} source{'s' if len(batches) != 1 else ''} "
               f"into {written} graphs")


def after_load(db: object, *, settings: object) -> None:
    """Steps that follow every load (resolution, reasoning); registered by later layers."""
    for step in AFTER_LOAD:
        step(db, settings=settings)


AFTER_LOAD: list = []


@main.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(formats.choices()), default="table",
              show_default=True, help="Answer format; json is SPARQL 1.1 JSON results.")
@click.option("--timeout", type=float, default=None, help="Time limit in seconds.")
@click.option("--max-rows", type=int, default=None, help="Row cap (answers say when cut).")
@click.option("--reasoning/--no-reasoning", default=None,
              help="Include the OWL RL closure (graph/inferred) in the default graph "
                   "(env VNST_REASONING; off by default).")
@click.argument("query")
@handles_errors
def query(store: Path | None, backend: str | None, fmt: str, timeout: float | None,
          max_rows: int | None, reasoning: bool | None, query: str) -> None:
    """Run a SPARQL query. QUERY is SPARQL text, a .rq file, or - for standard input.
    The default graph is the union of all graphs (without graph/inferred unless --reasoning)."""
    from vnst.graph.reasoning import default_graphs_for

    settings = settings_from(store=store, backend=backend, query_timeout=timeout, max_rows=max_rows,
                             reasoning=reasoning)
    text = read_query(query)
    db = open_from(settings)
    try:
        result = db.query(text, timeout_s=settings.query_timeout, max_rows=settings.max_rows,
                          default_graphs=default_graphs_for(db, reasoning=settings.reasoning))
    finally:
        db.close()
    sys.stdout.write(formats.render(result, fmt))
    if result.truncated and fmt != "table":
        click.echo(f"vnst: answer cut at {settings.max_rows} rows", err=True)


def read_query(argument: str) -> str:
    if argument == "-":
        return sys.stdin.read()
    if argument.endswith(".rq") or (len(argument) < 4096 and "\n" not in argument
                                    and Path(argument).is_file()):
        path = Path(argument)
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the query: {exc}") from exc
    return argument


@main.command()
@store_options
@handles_errors
def graphs(store: Path | None, backend: str | None) -> None:
    """List the named graphs with their sizes."""
    db = open_from(settings_from(store=store, backend=backend))
    try:
        for info in db.graphs():
            click.echo(f"{info.triples:>10}  {info.iri}")
    finally:
        db.close()


@main.command()
@store_options
@handles_errors
def stats(store: Path | None, backend: str | None) -> None:
    """Counts: graphs, triples, sources, and triples per kind of graph."""
    db = open_from(settings_from(store=store, backend=backend))
    try:
        infos = db.graphs()
    finally:
        db.close()
    kinds: dict[str, list[int]] = {}
    for info in infos:
        family = info.iri.rsplit("/", 2)[-2] if info.iri.count("/") > 3 else info.iri
        kinds.setdefault(family, []).append(info.triples)
    click.echo(f"graphs   {len(infos)}")
    click.echo(f"triples  {sum(info.triples for info in infos)}")
    for family, sizes in sorted(kinds.items()):
        click.echo(f"  {family:<12} {len(sizes):>5} graphs {sum(sizes):>10} triples")


@main.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS + ("jsonld", "csv")),
              default="nquads", show_default=True)
@click.option("--graph", "graph_iri", default=None, help="Export only this named graph.")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Write to this file instead of standard output (csv: a directory).")
@handles_errors
def export(store: Path | None, backend: str | None, fmt: str, graph_iri: str | None,
           out: Path | None) -> None:
    """Write the store (or one graph) as N-Quads, TriG or JSON-LD (Turtle/N-Triples for one
    graph), or with --format csv --out DIR the per-class CSV tables (agreements, clauses,
    people, documents) for spreadsheets."""
    settings = settings_from(store=store, backend=backend)
    db = open_from(settings)
    try:
        if fmt in ("jsonld", "csv"):
            from vnst.api.cli_linking import export_extra
            export_extra(db, fmt=fmt, graph_iri=graph_iri, out=out, settings=settings)
        elif out is None:
            db.export(sys.stdout.buffer, format=fmt, graph=graph_iri)
        else:
            with out.open("wb") as handle:
                db.export(handle, format=fmt, graph=graph_iri)
    finally:
        db.close()


from vnst.api.cli_linking import describe, link, load_reference  # noqa: E402

main.add_command(load_reference)
main.add_command(link)
main.add_command(describe)

from vnst.api.cli_serve import serve  # noqa: E402

main.add_command(serve)

from vnst.api.cli_reason import reason_command, register as register_reasoning  # noqa: E402
from vnst.api.cli_validate import validate_command  # noqa: E402

main.add_command(validate_command)
main.add_command(reason_command)
from vnst.api.cli_resolve import resolve_step  # noqa: E402

AFTER_LOAD.append(resolve_step)
register_reasoning(AFTER_LOAD)  # keep last: the closure follows the resolver's step

if __name__ == "__main__":  # pragma: no cover
    main()
