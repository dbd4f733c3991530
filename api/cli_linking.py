"""CLI commands of linking and publishing: load-reference, link, describe."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vnst.api.cli_common import EXIT_PROBLEMS, handles_errors, open_from, settings_from, store_options


@click.command("load-reference")
@store_options
@click.option("--links", "links_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Links file instead of the shipped loaders/data/links.csv.")
@click.option("--external-ids", "ids_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="External identifiers file instead of the shipped one.")
@handles_errors
def load_reference(store: Path | None, backend: str | None, links_path: Path | None,
                   ids_path: Path | None) -> None:
    """Load the reference data: administrative units of both eras with their 2025
    successions and regions (graph ref/admin-units), verified external links
    (ref/links) and external identifiers (ref/external-ids). Replaces those graphs."""
    from vnst.loaders.links import links_graph
    from vnst.loaders.reference import ADMIN_UNITS_GRAPH, admin_units_graph

    graphs = {str(ADMIN_UNITS_GRAPH): admin_units_graph(),
              **links_graph(links_path=links_path, ids_path=ids_path)}
    db = open_from(settings_from(store=store, backend=backend))
    try:
        written = db.replace_graphs(graphs)
    finally:
        db.close()
    for iri in written:
        click.echo(f"{len(graphs.get(iri, ())):>10}  {iri}")


@click.command("link")
@click.option("--check", is_flag=True, help="Check the links against --dump.")
@click.option("--dump", "dump_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="A dump of the target: Wikidata JSON (.json/.jsonl) or RDF (.nt, .ttl, ...).")
@click.option("--links", "links_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Links file instead of the shipped loaders/data/links.csv.")
@click.option("--namespace", "namespaces", multiple=True,
              help="Judge only targets under this IRI prefix (default: the namespaces the dump covers).")
@handles_errors
def link(check: bool, dump_path: Path | None, links_path: Path | None,
         namespaces: tuple[str, ...]) -> None:
    """List the curated external links, or with --check --dump FILE report the links
    whose targets vanished, were redirected or changed label in that dump (exit 1 if any)."""
    from vnst.errors import InputError
    from vnst.loaders.linkcheck import check_links, read_dump
    from vnst.loaders.links import read_links

    links = read_links(links_path)
    if not check:
        for item in links:
            state = "published" if item.published else "unverified"
            click.echo(f"{state:<10}  {item.subject}  {item.relation}  {item.target or '-'}")
        return
    if dump_path is None:
        raise InputError("--check needs --dump FILE (a dump of the link targets)")
    results = check_links(links, read_dump(dump_path), namespaces=namespaces or None)
    for result in results:
        click.echo(f"{result.status:<17}  line {result.link.line}  {result.link.target}  {result.detail}")
    problems = sum(result.problem for result in results)
    click.echo(f"{len(results)} links checked, {problems} with problems", err=True)
    if problems:
        sys.exit(EXIT_PROBLEMS)



@click.command("describe")
@store_options
@click.option("--format", "fmt", type=click.Choice(["turtle", "jsonld"]), default="turtle",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@handles_errors
def describe(store: Path | None, backend: str | None, fmt: str, out: Path | None) -> None:
    """The dataset description: a DCAT 3 / DCAT-AP 3 catalogue with VoID (graphs and
    their sizes, vocabularies, linksets, dumps, the SPARQL endpoint), from the store now.
    The public URLs come from VNST_BASE_URL; licence and publisher from their settings."""
    from vnst.graph.describe import describe_dataset

    settings = settings_from(store=store, backend=backend)
    db = open_from(settings)
    try:
        graph = describe_dataset(db, settings)
    finally:
        db.close()
    data = graph.serialize(format="json-ld" if fmt == "jsonld" else "turtle", encoding="utf-8")
    if out is None:
        sys.stdout.buffer.write(data)
    else:
        out.write_bytes(data)


def export_extra(db: object, *, fmt: str, graph_iri: str | None, out: Path | None,
                 settings: object) -> None:
    """`vnst export --format jsonld|csv`: JSON-LD with the vnst context, or the per-class
    CSV tables into the directory --out."""
    from vnst.errors import InputError

    if fmt == "jsonld":
        from vnst.graph.jsonld import write_jsonld

        if out is None:
            write_jsonld(db, sys.stdout.buffer, graph=graph_iri)  # type: ignore[arg-type]
        else:
            with out.open("wb") as handle:
                write_jsonld(db, handle, graph=graph_iri)  # type: ignore[arg-type]
        return
    if out is None:
        raise InputError("--format csv writes one file per table: give --out DIRECTORY")
    from vnst.graph.export_tables import write_tables

    for path in write_tables(db, out, settings):  # type: ignore[arg-type]
        click.echo(str(path), err=True)


__all__ = ["describe", "export_extra", "link", "load_reference"]
