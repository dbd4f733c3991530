"""CSV tables of open data -> a LoadBatch, by the table's declarative mapping (csvmap_spec).

The facts land in ``graph:src/{source-id}`` and the provenance in
``graph:prov/{source-id}``: the table as a source document (its text and
hash), the load run, and one annotation per row whose selector is the row
(RFC 7111 fragment ``row=N``, N the line where the record starts). Place
columns link to administrative units of the mapping's era. A bad row is
reported with its line; ``on_bad_row="refuse"`` (the default) refuses the
whole file, ``"skip"`` leaves the row out and says so. Either way the batch
is stored in one transaction, so nothing half-loads.
"""

from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from vnst.batch import LoadBatch, LoadWarning
from vnst.errors import ParseError, UnsupportedInput
from vnst.loaders import adminunits
from vnst.loaders.csvmap_spec import ColumnMap, Mapping, find_mapping, read_mapping
from vnst.loaders.decode import decode_text
from vnst.loaders.sources import describe_source, source_ref
from vnst.ontology import ID, OA, VNST
from vnst.textnorm import collapse_spaces, slug

ON_BAD_ROW = ("refuse", "skip")
RFC7111 = URIRef("http://tools.ietf.org/rfc/rfc7111")
_PLACEHOLDER = re.compile(r"\{([^{}|]+)(?:\|(slug|iri))?\}")
_NOT_IN_IRI = re.compile(r"[\s<>\"{}|\\^`]")
_TZ = r"(Z|[+-]\d{2}:\d{2})?"
# Lexical forms checked here because rdflib accepts some ill-formed ones (e.g. any gYear).
_LEXICAL = {XSD.integer: r"[+-]?\d+", XSD.decimal: r"[+-]?(\d+(\.\d*)?|\.\d+)",
            XSD.boolean: r"true|false|1|0", XSD.gYear: r"-?\d{4,}" + _TZ,
            XSD.date: r"-?\d{4,}-\d{2}-\d{2}" + _TZ,
            XSD.dateTime: r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?" + _TZ}


class BadRow(Exception):
    """One row that cannot be mapped; the message says which column and why."""


def expand_template(template: str, row: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        column, modifier = match.group(1).strip(), match.group(2)
        raw = collapse_spaces(row.get(column) or "")
        if not raw:
            raise BadRow(f"column {column!r} is empty but the IRI template {template!r} needs it")
        if modifier == "iri":  # the value is an IRI already ("https://...")
            if _NOT_IN_IRI.search(raw) or ":" not in raw:
                raise BadRow(f"column {column!r}: {raw!r} is not an IRI")
            return raw
        return slug(raw) if modifier == "slug" else quote(raw, safe="-._~")
    return _PLACEHOLDER.sub(value, template)


def _place(column: ColumnMap, value: str, row: dict[str, str], era: str) -> URIRef:
    link = column.admin
    assert link is not None
    if link.by_code:
        unit = adminunits.get_unit(value, level=link.level, era=era)
        if unit is None:
            raise BadRow(f"column {column.name!r}: no {link.level} with code {value!r} in era {era}")
        return adminunits.place_iri(unit)
    within = collapse_spaces(row.get(link.within) or "") if link.within else None
    found = adminunits.find_places(value, level=link.level, within=within or None, era=era)
    if not found:
        where = f" in {within!r}" if within else ""
        raise BadRow(f"column {column.name!r}: no {link.level} named {value!r}{where} in era {era}")
    if len(found) > 1:
        codes = ", ".join(f"{u.name} ({u.code})" for u in found[:5])
        raise BadRow(f"column {column.name!r}: {value!r} is ambiguous ({codes}); "
                     "add an 'admin: within' column")
    return adminunits.place_iri(found[0])


def _object(column: ColumnMap, value: str, row: dict[str, str], era: str) -> URIRef | Literal:
    if column.admin is not None:
        return _place(column, value, row, era)
    if column.iri:
        return URIRef(expand_template(column.iri, {**row, column.name: value}))
    if column.datatype is not None:
        literal = Literal(value, datatype=column.datatype)
        pattern = _LEXICAL.get(column.datatype)
        if literal.ill_typed or (pattern is not None and not re.fullmatch(pattern, value)):
            name = str(column.datatype).replace(str(XSD), "xsd:")
            raise BadRow(f"column {column.name!r}: {value!r} is not a valid {name}")
        return literal
    return Literal(value, lang=column.lang) if column.lang else Literal(value)


def map_row(mapping: Mapping, row: dict[str, str]) -> tuple[URIRef, list[tuple[URIRef, URIRef, object]]]:
    subject = URIRef(expand_template(mapping.subject, row))
    triples: list[tuple[URIRef, URIRef, object]] = [(subject, RDF.type, c) for c in mapping.classes]
    for column in mapping.columns:
        value = collapse_spaces(row.get(column.name) or "")
        if not value:
            if column.required:
                raise BadRow(f"column {column.name!r} is required but empty")
            continue
        triples.append((subject, column.property or VNST.location, _object(column, value, row, mapping.era)))
    return subject, triples


def _records(text: str, mapping: Mapping, *, path: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    reader = csv.reader(text.splitlines(keepends=True), delimiter=mapping.delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise ParseError("the table is empty (no header row)", path=path, line=1) from None
    except csv.Error as exc:
        raise ParseError(str(exc), path=path, line=1) from exc
    missing = [c.name for c in mapping.columns if c.name not in header]
    if missing:
        raise ParseError(f"the mapping {mapping.path} names columns the header lacks: {', '.join(missing)}",
                         path=path, line=1)
    records, start = [], reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ParseError(str(exc), path=path, line=start) from exc
        if any(cell.strip() for cell in cells):
            if len(cells) != len(header):
                records.append((start, {"\0width": f"{len(cells)} cells, the header has {len(header)}"}))
            else:
                records.append((start, dict(zip(header, cells))))
        start = reader.line_num + 1
    return header, records


def csv_batch(path: Path, data: bytes, *, on_bad_row: str = "refuse",
              loaded_at: datetime | None = None) -> LoadBatch:
    """Read one CSV table with its mapping; never touches the store."""
    if on_bad_row not in ON_BAD_ROW:
        raise ValueError(f"on_bad_row must be one of {ON_BAD_ROW}")
    mapping_path = find_mapping(path)
    if mapping_path is None:
        raise UnsupportedInput(f"{path}: a CSV table needs its mapping beside it: "
                               f"{path.with_suffix('').name}.mapping.yaml or {path.name}-metadata.json")
    mapping = read_mapping(mapping_path)
    text = decode_text(data, path=str(path)).lstrip("\ufeff")
    _, records = _records(text, mapping, path=str(path))
    ref = source_ref(str(path))
    facts = Graph()
    prov = describe_source(ref, text, kind=VNST.SourceDocument, title=path.name, issued=None,
                           loaded_at=loaded_at)
    prov.add((ref.iri, DCTERMS.format, Literal("text/csv")))
    prov.add((ref.iri, DCTERMS.conformsTo, URIRef(mapping_path.resolve().as_uri())))
    warnings: list[LoadWarning] = []
    for line, row in records:
        try:
            if "\0width" in row:
                raise BadRow(row["\0width"])
            subject, triples = map_row(mapping, row)
        except BadRow as bad:
            if on_bad_row == "refuse":
                raise ParseError(f"{bad} (use --on-bad-row skip to load the other rows)",
                                 path=str(path), line=line) from None
            warnings.append(LoadWarning(path=str(path), line=line, message=f"row skipped: {bad}"))
            continue
        for triple in triples:
            facts.add(triple)  # type: ignore[arg-type]
        _annotate(prov, ref, subject, line)
    return LoadBatch(source=str(path), graphs={str(ref.facts_graph): facts, str(ref.prov_graph): prov},
                     warnings=warnings)


def _annotate(prov: Graph, ref, subject: URIRef, line: int) -> None:
    note = ID[f"annotation/{ref.id}/row-{line}"]
    target, selector = BNode(), BNode()
    prov.add((note, RDF.type, OA.Annotation))
    prov.add((note, OA.motivatedBy, OA.identifying))
    prov.add((note, OA.hasBody, subject))
    prov.add((note, VNST.inGraph, ref.facts_graph))
    prov.add((note, OA.hasTarget, target))
    prov.add((target, RDF.type, OA.SpecificResource))
    prov.add((target, OA.hasSource, ref.iri))
    prov.add((target, OA.hasSelector, selector))
    prov.add((selector, RDF.type, OA.FragmentSelector))
    prov.add((selector, DCTERMS.conformsTo, RFC7111))
    prov.add((selector, RDF.value, Literal(f"row={line}")))


__all__ = ["ON_BAD_ROW", "csv_batch", "expand_template", "map_row"]
