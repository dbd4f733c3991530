"""Per-class CSV tables for spreadsheet users: agreements, clauses, people with posts, documents.

One row per entity (several values of one column joined with " | "),
a header row, UTF-8 with a byte-order mark so Excel opens Vietnamese text
correctly, CRLF line ends as RFC 4180 says. Queried through the Store
protocol over the union of the source graphs (never the inferred graph).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from vnst.errors import InputError
from vnst.graph.store import Store
from vnst.ontology import sparql_prologue
from vnst.settings import Settings

SEPARATOR = " | "
_SOURCES = 'FILTER(STRSTARTS(STR(?g), "https://w3id.org/vnst/graph/src/"))'


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    query: str


def _group(var: str) -> str:
    return f'(GROUP_CONCAT(DISTINCT STR(?{var}); SEPARATOR="{SEPARATOR}") AS ?{var}s)'


TABLES: tuple[Table, ...] = (
    Table("agreements", ("iri", "title", "status", "period_start", "period_end", "parties",
                         "signatories", "declared_clause_count", "clause_count", "sources"), f"""
SELECT ?iri (SAMPLE(STR(?t)) AS ?title) (SAMPLE(STR(?st)) AS ?status) (SAMPLE(STR(?b)) AS ?start)
       (SAMPLE(STR(?e)) AS ?end) {_group("party")} {_group("signer")}
       (SAMPLE(STR(?declared)) AS ?declared_count) (COUNT(DISTINCT ?clause) AS ?clauses) {_group("g")}
WHERE {{ GRAPH ?g {{ ?iri a vnst:CooperationAgreement .
  OPTIONAL {{ ?iri eli:title ?t }} OPTIONAL {{ ?iri vnst:status ?st }}
  OPTIONAL {{ ?iri vnst:period ?p . OPTIONAL {{ ?p time:hasBeginning/time:inXSDgYear ?b }}
             OPTIONAL {{ ?p time:hasEnd/time:inXSDgYear ?e }} }}
  OPTIONAL {{ ?iri vnst:party ?party }}
  OPTIONAL {{ ?iri vnst:signatory|vnst:intendedSignatory ?signer }}
  OPTIONAL {{ ?iri vnst:declaredClauseCount ?declared }}
  OPTIONAL {{ ?iri eli:has_part ?clause }} }} {_SOURCES} }}
GROUP BY ?iri ORDER BY ?iri"""),
    Table("clauses", ("agreement", "iri", "number", "section", "text"), f"""
SELECT ?agreement ?iri (SAMPLE(STR(?n)) AS ?number) (SAMPLE(STR(?s)) AS ?section)
       (SAMPLE(STR(?text)) AS ?clause_text)
WHERE {{ GRAPH ?g {{ ?iri a vnst:Clause . OPTIONAL {{ ?iri eli:is_part_of ?agreement }}
  OPTIONAL {{ ?iri eli:number ?n }} OPTIONAL {{ ?iri vnst:section ?s }}
  OPTIONAL {{ ?iri vnst:clauseText ?text }} }} {_SOURCES} }}
GROUP BY ?agreement ?iri ORDER BY ?agreement xsd:integer(?number) ?iri"""),
    Table("people", ("iri", "name", "honorific", "role", "organisation", "organisation_name",
                     "observed_in_post", "sources"), f"""
SELECT ?iri (SAMPLE(STR(?name)) AS ?person_name) (SAMPLE(STR(?h)) AS ?honorific)
       (SAMPLE(STR(?role)) AS ?role_iri) ?org (SAMPLE(STR(?orgName)) AS ?org_name)
       (SAMPLE(STR(?seen)) AS ?observed) {_group("g")}
WHERE {{ GRAPH ?g {{ ?iri a foaf:Person . OPTIONAL {{ ?iri foaf:name ?name }}
  OPTIONAL {{ ?iri vnst:honorific ?h }}
  OPTIONAL {{ ?m org:member ?iri ; org:organization ?org . OPTIONAL {{ ?m org:role ?role }}
             OPTIONAL {{ ?m vnst:observedInPost ?seen }} OPTIONAL {{ ?org skos:prefLabel ?orgName }} }} }}
  {_SOURCES} }}
GROUP BY ?iri ?org ORDER BY ?iri ?org"""),
    Table("documents", ("iri", "id_local", "number", "type", "issuer_code", "date", "title",
                        "passed_by", "sources"), f"""
SELECT ?iri (SAMPLE(STR(?id)) AS ?id_local) (SAMPLE(STR(?n)) AS ?number) (SAMPLE(STR(?ty)) AS ?type)
       (SAMPLE(STR(?ic)) AS ?issuer) (SAMPLE(STR(?d)) AS ?date) (SAMPLE(STR(?t)) AS ?title)
       {_group("by")} {_group("g")}
WHERE {{ GRAPH ?g {{ ?iri a eli:LegalResource . FILTER NOT EXISTS {{ ?iri a vnst:CooperationAgreement }}
  OPTIONAL {{ ?iri eli:id_local ?id }} OPTIONAL {{ ?iri eli:number ?n }}
  OPTIONAL {{ ?iri eli:type_document ?ty }} OPTIONAL {{ ?iri vnst:issuerCode ?ic }}
  OPTIONAL {{ ?iri eli:date_document ?d }} OPTIONAL {{ ?iri eli:title ?t }}
  OPTIONAL {{ ?iri eli:passed_by ?by }} }} {_SOURCES} }}
GROUP BY ?iri ORDER BY ?iri"""),
)
TABLE_NAMES = tuple(table.name for table in TABLES)


def table_rows(store: Store, table: Table, settings: Settings) -> list[list[str]]:
    result = store.query(sparql_prologue() + table.query, timeout_s=settings.query_timeout,
                         max_rows=settings.max_rows)
    if result.truncated:
        raise InputError(f"table {table.name}: more than {settings.max_rows} rows; "
                         "raise --max-rows (VNST_MAX_ROWS) to export it whole")
    return [["" if value is None else str(value) for value in row] for row in result.rows]


def table_csv(store: Store, name: str, settings: Settings) -> bytes:
    """One table as CSV bytes (BOM, header, CRLF)."""
    table = next((t for t in TABLES if t.name == name), None)
    if table is None:
        raise InputError(f"no table {name!r}; tables: {', '.join(TABLE_NAMES)}")
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.columns)
    writer.writerows(table_rows(store, table, settings))
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def write_tables(store: Store, directory: Path, settings: Settings) -> list[Path]:
    """Every table into ``directory`` (created), each written whole or not at all."""
    directory.mkdir(parents=True, exist_ok=True)
    contents = {name: table_csv(store, name, settings) for name in TABLE_NAMES}
    written = []
    for name, data in contents.items():
        path = directory / f"{name}.csv"
        partial = path.with_suffix(".csv.part")
        partial.write_bytes(data)
        partial.replace(path)
        written.append(path)
    return written


__all__ = ["SEPARATOR", "TABLES", "TABLE_NAMES", "Table", "table_csv", "write_tables"]
