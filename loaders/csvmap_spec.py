"""The declarative mapping of a CSV table: a small YAML file or CSVW metadata, one model.

Beside ``x.csv`` vnst looks for ``x.mapping.yaml`` (or ``.yml``) and then
``x.csv-metadata.json`` (CSVW, https://www.w3.org/TR/tabular-metadata/). Both
say: the subject IRI template, its classes, and per column a property, a
datatype or language, an IRI template, or a link to an administrative unit
("admin": the column holds a place name or code, resolved in the table's era).

YAML form::

    subject: "https://w3id.org/vnst/id/org/{name|slug}"   # {col} (%-encoded), {col|slug}, {col|iri}
    class: [org:Organization]
    era: pre2025                          # era of the place names (default pre2025)
    columns:
      name:     {property: skos:prefLabel, lang: vi}
      founded:  {property: schema:foundingDate, datatype: xsd:date}
      website:  {property: vnst:website, iri: "{website|iri}"}
      province: {property: vnst:location, admin: {level: province}}
      district: {property: vnst:location, admin: {level: district, within: province}}
      note:     {skip: true}

CSVW form: ``tableSchema.aboutUrl`` is the subject template, ``columns[].propertyUrl``,
``datatype`` (CSVW built-in names), ``lang``, ``valueUrl`` (IRI template), ``required``,
``suppressOutput``; a virtual column ``{"propertyUrl": "rdf:type", "valueUrl": CLASS}`` gives
the class; ``dialect.delimiter``; vnst's additions are ``"vnst:era"`` on the table and
``"x-vnst-admin": {"level": ..., "within": ..., "by_code": ...}`` on a column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rdflib import URIRef
from rdflib.namespace import XSD

from vnst.errors import ParseError
from vnst.ontology import PREFIXES

CSVW_DATATYPES = {"string": None, "integer": XSD.integer, "decimal": XSD.decimal,
                  "double": XSD.double, "boolean": XSD.boolean, "date": XSD.date,
                  "dateTime": XSD.dateTime, "gYear": XSD.gYear, "anyURI": XSD.anyURI,
                  "number": XSD.double}


@dataclass(frozen=True)
class AdminLink:
    level: str
    within: str | None = None   # another column that names the containing unit
    by_code: bool = False


@dataclass(frozen=True)
class ColumnMap:
    name: str
    property: URIRef | None = None
    datatype: URIRef | None = None
    lang: str | None = None
    iri: str | None = None        # a template that makes the value an IRI
    admin: AdminLink | None = None
    required: bool = False


@dataclass(frozen=True)
class Mapping:
    path: str
    subject: str
    classes: tuple[URIRef, ...] = ()
    columns: tuple[ColumnMap, ...] = ()
    era: str = "pre2025"
    delimiter: str = ","
    skipped: frozenset[str] = field(default_factory=frozenset)


def expand_term(text: str, *, path: str) -> URIRef:
    """``skos:prefLabel`` or a full IRI; an unknown prefix is a mapping error."""
    value = text.strip()
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES:
        return URIRef(PREFIXES[prefix] + local)
    raise ParseError(f"unknown prefix in {value!r}; known: {', '.join(sorted(PREFIXES))}", path=path)


def find_mapping(csv_path: Path) -> Path | None:
    stem = csv_path.with_suffix("")
    for candidate in (stem.with_name(stem.name + ".mapping.yaml"),
                      stem.with_name(stem.name + ".mapping.yml"),
                      csv_path.with_name(csv_path.name + "-metadata.json")):
        if candidate.is_file():
            return candidate
    return None


def read_mapping(path: Path) -> Mapping:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read the mapping: {exc}", path=str(path)) from exc
    if path.suffix == ".json":
        try:
            return _from_csvw(json.loads(text), path=str(path))
        except json.JSONDecodeError as exc:
            raise ParseError(exc.msg, path=str(path), line=exc.lineno, column=exc.colno) from exc
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ParseError(f"not valid YAML: {exc}", path=str(path),
                         line=mark.line + 1 if mark else None) from exc
    return _from_yaml(spec, path=str(path))


def _from_yaml(spec: Any, *, path: str) -> Mapping:
    if not isinstance(spec, dict) or "subject" not in spec or "columns" not in spec:
        raise ParseError("a mapping needs 'subject' (an IRI template) and 'columns'", path=path)
    classes = spec.get("class") or []
    columns, skipped = [], set()
    for name, options in (spec["columns"] or {}).items():
        options = options or {}
        if options.get("skip"):
            skipped.add(str(name))
            continue
        admin = options.get("admin")
        columns.append(ColumnMap(
            name=str(name),
            property=expand_term(options["property"], path=path) if options.get("property") else None,
            datatype=expand_term(options["datatype"], path=path) if options.get("datatype") else None,
            lang=options.get("lang"), iri=options.get("iri"), required=bool(options.get("required")),
            admin=AdminLink(level=admin.get("level", "province"), within=admin.get("within"),
                            by_code=bool(admin.get("by_code"))) if isinstance(admin, dict) else None))
    return _checked(Mapping(path=path, subject=str(spec["subject"]),
                            classes=tuple(expand_term(c, path=path) for c in
                                          ([classes] if isinstance(classes, str) else classes)),
                            columns=tuple(columns), era=str(spec.get("era", "pre2025")),
                            delimiter=str(spec.get("delimiter", ",")), skipped=frozenset(skipped)))


def _from_csvw(meta: Any, *, path: str) -> Mapping:
    schema = meta.get("tableSchema") if isinstance(meta, dict) else None
    if not isinstance(schema, dict) or "aboutUrl" not in schema:
        raise ParseError("CSVW metadata needs tableSchema.aboutUrl (the subject template)", path=path)
    columns, classes, skipped = [], [], set()
    for column in schema.get("columns", []):
        if column.get("virtual"):
            if column.get("propertyUrl") == "rdf:type" and column.get("valueUrl"):
                classes.append(expand_term(column["valueUrl"], path=path))
            continue
        name = column.get("name") or column.get("titles")
        if column.get("suppressOutput"):
            skipped.add(name)
            continue
        datatype = column.get("datatype")
        admin = column.get("x-vnst-admin")
        columns.append(ColumnMap(
            name=name,
            property=expand_term(column["propertyUrl"], path=path) if column.get("propertyUrl") else None,
            datatype=CSVW_DATATYPES.get(datatype) if isinstance(datatype, str) else None,
            lang=column.get("lang"), iri=column.get("valueUrl"), required=bool(column.get("required")),
            admin=AdminLink(level=admin.get("level", "province"), within=admin.get("within"),
                            by_code=bool(admin.get("by_code"))) if isinstance(admin, dict) else None))
    dialect = meta.get("dialect") or {}
    return _checked(Mapping(path=path, subject=schema["aboutUrl"], classes=tuple(classes),
                            columns=tuple(columns), era=str(meta.get("vnst:era", "pre2025")),
                            delimiter=dialect.get("delimiter", ","), skipped=frozenset(skipped)))


def _checked(mapping: Mapping) -> Mapping:
    for column in mapping.columns:
        if column.property is None and column.admin is None:
            raise ParseError(f"column {column.name!r} has no property (or 'skip: true')",
                             path=mapping.path)
        if column.admin and column.admin.level not in ("province", "district", "commune"):
            raise ParseError(f"column {column.name!r}: admin level must be province, district "
                             "or commune", path=mapping.path)
    if mapping.era not in ("pre2025", "2025"):
        raise ParseError(f"era must be pre2025 or 2025, not {mapping.era!r}", path=mapping.path)
    return mapping


__all__ = ["AdminLink", "ColumnMap", "Mapping", "expand_term", "find_mapping", "read_mapping"]
