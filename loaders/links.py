"""Curated external links and identifiers, published only when verified.

``data/links.csv`` links our IRIs to other registries (Wikidata, ...) with
``skos:exactMatch`` / ``skos:closeMatch``; ``data/external_ids.csv`` records
identifiers other systems give our resources (vbpl.vn ItemIDs, ISO 3166-2)
as ``schema:PropertyValue`` — never as our IRIs. Every row says who verified
it, when and from what; a row without all three (or marked unverified) is
kept in the file for later checking and never published.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from vnst.errors import ParseError
from vnst.ontology import BASE, ELI_DATA, GRAPH, ID, SCHEMA

LINKS_GRAPH = GRAPH["ref/links"]
EXTERNAL_IDS_GRAPH = GRAPH["ref/external-ids"]
RELATIONS = {"exactMatch": SKOS.exactMatch, "closeMatch": SKOS.closeMatch}
VERIFICATION = ("verified_by", "verified_on", "source")


@dataclass(frozen=True)
class Verification:
    by: str
    on: date
    source: str


@dataclass(frozen=True)
class Link:
    subject: URIRef
    relation: str          # exactMatch | closeMatch
    target: URIRef | None  # None while nobody has resolved it
    target_label: str
    verification: Verification | None
    line: int
    note: str = ""

    @property
    def published(self) -> bool:
        return self.verification is not None and self.target is not None


@dataclass(frozen=True)
class ExternalId:
    subject: URIRef
    property_id: str
    value: str
    url: str
    verification: Verification | None
    line: int


def expand(curie: str) -> URIRef:
    """``id:org/x`` -> ``https://w3id.org/vnst/id/org/x`` (``eli:`` likewise); absolute IRIs pass through."""
    text = curie.strip()
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    for prefix, namespace in (("id:", ID), ("eli:", ELI_DATA)):
        if text.startswith(prefix):
            return namespace[text[len(prefix):]]
    return URIRef(BASE + text.lstrip("/"))


def _rows(path: Path | None, default: str) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    if path is None:
        name = f"vnst/loaders/data/{default}"
        text = resources.files("vnst.loaders").joinpath(f"data/{default}").read_text(encoding="utf-8")
    else:
        name, text = str(path), path.read_text(encoding="utf-8")
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    # DictReader consumes the header first; each later record maps to its physical line.
    return name, [(numbered[index + 1][0], row) for index, row in enumerate(reader)]


def _verification(row: dict[str, str], *, path: str, line: int) -> Verification | None:
    status = (row.get("status") or "").strip()
    present = [field for field in VERIFICATION if (row.get(field) or "").strip()]
    if status == "unverified":
        return None
    if status != "verified":
        raise ParseError(f"status must be verified or unverified, not {status!r}", path=path, line=line)
    if len(present) != len(VERIFICATION):
        missing = ", ".join(field for field in VERIFICATION if field not in present)
        raise ParseError(f"a verified row needs {missing}", path=path, line=line)
    try:
        on = date.fromisoformat(row["verified_on"].strip())
    except ValueError as exc:
        raise ParseError(f"verified_on is not a date: {row['verified_on']!r}", path=path, line=line) from exc
    return Verification(by=row["verified_by"].strip(), on=on, source=row["source"].strip())


def read_links(path: Path | None = None) -> list[Link]:
    name, rows = _rows(path, "links.csv")
    links = []
    for line, row in rows:
        relation = row["relation"].strip()
        if relation not in RELATIONS:
            raise ParseError(f"relation must be exactMatch or closeMatch, not {relation!r}",
                             path=name, line=line)
        verification = _verification(row, path=name, line=line)
        target = row["target"].strip()
        if verification is not None and not target:
            raise ParseError("a verified link needs a target", path=name, line=line)
        links.append(Link(subject=expand(row["subject"]), relation=relation,
                          target=URIRef(target) if target else None,
                          target_label=(row.get("target_label") or "").strip(),
                          verification=verification, line=line, note=(row.get("note") or "").strip()))
    return links


def read_external_ids(path: Path | None = None) -> list[ExternalId]:
    name, rows = _rows(path, "external_ids.csv")
    return [ExternalId(subject=expand(row["subject"]), property_id=row["property_id"].strip(),
                       value=row["value"].strip(), url=(row.get("url") or "").strip(),
                       verification=_verification(row, path=name, line=line), line=line)
            for line, row in rows]


def _statement_node(*parts: str) -> URIRef:
    return ID["link/" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]]


def _add_verification(graph: Graph, node: URIRef | BNode, verification: Verification) -> None:
    graph.add((node, DCTERMS.creator, Literal(verification.by)))
    graph.add((node, DCTERMS.date, Literal(verification.on, datatype=XSD.date)))
    graph.add((node, DCTERMS.source, Literal(verification.source)))


def links_graph(*, links_path: Path | None = None,
                ids_path: Path | None = None) -> dict[str, Graph]:
    """The published graphs: verified links and verified external ids, each with its evidence."""
    links, ids = Graph(), Graph()
    for link in read_links(links_path):
        if not link.published or link.verification is None or link.target is None:
            continue
        predicate = RELATIONS[link.relation]
        links.add((link.subject, predicate, link.target))
        node = _statement_node(str(link.subject), str(predicate), str(link.target))
        links.add((node, RDF.type, RDF.Statement))
        links.add((node, RDF.subject, link.subject))
        links.add((node, RDF.predicate, predicate))
        links.add((node, RDF.object, link.target))
        _add_verification(links, node, link.verification)
    for ext in read_external_ids(ids_path):
        if ext.verification is None:
            continue
        value = _statement_node(str(ext.subject), ext.property_id, ext.value)
        ids.add((ext.subject, SCHEMA.identifier, value))
        ids.add((value, RDF.type, SCHEMA.PropertyValue))
        ids.add((value, SCHEMA.propertyID, Literal(ext.property_id)))
        ids.add((value, SCHEMA.value, Literal(ext.value)))
        if ext.url:
            ids.add((value, SCHEMA.url, URIRef(ext.url)))
        _add_verification(ids, value, ext.verification)
    for name, graph in ((LINKS_GRAPH, links), (EXTERNAL_IDS_GRAPH, ids)):
        graph.add((name, RDF.type, PROV.Entity))
        graph.add((name, DCTERMS.description, Literal(
            "Curated, verified external links and identifiers (loaders/data/links.csv, "
            "external_ids.csv); unverified rows are not published.", lang="en")))
    return {str(LINKS_GRAPH): links, str(EXTERNAL_IDS_GRAPH): ids}


__all__ = ["EXTERNAL_IDS_GRAPH", "ExternalId", "LINKS_GRAPH", "Link", "RELATIONS", "Verification",
           "expand", "links_graph", "read_external_ids", "read_links"]
