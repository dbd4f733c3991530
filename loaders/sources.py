"""Source documents: identity, graph names and the provenance of a load run.

A source is identified by its file name (without extension): reloading a
changed file replaces its graphs, and nothing else. Each source has two
named graphs, replaced together: ``graph/src/{id}`` holds the facts it
states, ``graph/prov/{id}`` the source itself (text, hash, title, date), the
load run and the annotations that tie facts to character spans.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import PurePath

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.plugins.stores.memory import SimpleMemory

from vnst import __version__
from vnst.ontology import GRAPH, ID, SOURCE, VNST
from vnst.textnorm import collapse_spaces, slug

SOFTWARE_AGENT = ID[f"software/vnst-{__version__}"]


@dataclass(frozen=True)
class SourceRef:
    """The IRIs of one source document."""

    id: str
    path: str

    @property
    def iri(self) -> URIRef:
        return SOURCE[self.id]

    @property
    def facts_graph(self) -> URIRef:
        return GRAPH[f"src/{self.id}"]

    @property
    def prov_graph(self) -> URIRef:
        return GRAPH[f"prov/{self.id}"]


def source_ref(path: str) -> SourceRef:
    stem = PurePath(path).stem or "source"
    return SourceRef(id=slug(stem) or hashlib.sha1(stem.encode()).hexdigest()[:16], path=path)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Lines that open a page but are not its title: datelines ('Thứ năm, 23/06/2022 12:46 GMT+7',
# '- Thứ Bảy, 22/10/2022, 22:58 - Chia sẻ'), the national motto, and issuing-body headers in
# capitals ('ỦY BAN NHÂN DÂN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ').
_DATELINE = re.compile(r"^[-–\s]*(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*\d{1,2}/\d{1,2}/\d{4}", re.I)
_MOTTO = re.compile(r"^(?:cộng hòa xã hội chủ nghĩa|độc lập\s*-\s*tự do)", re.I)
_BODY_HEADER = re.compile(r"^(?:ỦY BAN|UBND|SỞ|BỘ|THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|TRƯỜNG|VIỆN|BAN|"
                          r"TRUNG TÂM|HỘI ĐỒNG|THÀNH ỦY|TỈNH ỦY|ĐẢNG BỘ|CHÍNH PHỦ)\b")
# The subject may wrap: it runs to a blank line or 'Kính gửi'.
_SUBJECT = re.compile(r"^[ \t*]*V/v\.?[ \t]*(.+?)\s*(?:\n[ \t]*\n|\n[ \t*]*Kính gửi|\Z)",
                      re.M | re.S)
_MAX_TITLE = 300


def first_title(text: str) -> str | None:
    """A person's title for the document: an official letter's subject ('V/v ...'), else the
    first line with words that is not a dateline, the national motto or an issuing-body header;
    a long first sentence is cut at its colon."""
    subject = _SUBJECT.search(text)
    if subject:
        return _clip(collapse_spaces(subject.group(1)))
    fallback = None
    for line in text.splitlines():
        cleaned = collapse_spaces(line.replace("*", "").replace("#", ""))
        if not re.search(r"\w{2}", cleaned):
            continue
        fallback = fallback or cleaned
        if _DATELINE.match(cleaned) or _MOTTO.match(cleaned):
            continue
        if cleaned.isupper() and _BODY_HEADER.match(cleaned) and len(cleaned.split()) <= 10:
            continue
        head, colon, _ = cleaned.partition(": ")
        return _clip(head if colon and len(head) >= 30 else cleaned)
    return _clip(fallback) if fallback else None


def _clip(title: str) -> str:
    if len(title) <= _MAX_TITLE:
        return title
    return title[:_MAX_TITLE].rsplit(" ", 1)[0] + "…"


def run_iri(ref: SourceRef, loaded_at: datetime) -> URIRef:
    return ID[f"run/{ref.id}/{loaded_at.strftime('%Y%m%dT%H%M%S%fZ')}"]


def add_run(graph: Graph, ref: SourceRef, *, graphs: Iterable[str | URIRef],
            loaded_at: datetime) -> URIRef:
    """The load run that made ``graphs`` from the source, and the software that ran it."""
    run, stamp = run_iri(ref, loaded_at), Literal(loaded_at, datatype=XSD.dateTime)
    for name in graphs:
        named = URIRef(name)
        graph.add((named, RDF.type, PROV.Entity))
        graph.add((named, PROV.wasDerivedFrom, ref.iri))
        graph.add((named, PROV.wasGeneratedBy, run))
        graph.add((named, PROV.generatedAtTime, stamp))
    graph.add((run, RDF.type, VNST.LoadRun))
    graph.add((run, RDF.type, PROV.Activity))
    graph.add((run, PROV.used, ref.iri))
    graph.add((run, PROV.startedAtTime, stamp))
    graph.add((run, PROV.wasAssociatedWith, SOFTWARE_AGENT))
    graph.add((SOFTWARE_AGENT, RDF.type, PROV.SoftwareAgent))
    graph.add((SOFTWARE_AGENT, DCTERMS.hasVersion, Literal(f"vnst {__version__}")))
    graph.add((SOFTWARE_AGENT, RDFS.label, Literal(f"vnst {__version__}", lang="en")))
    return run


def describe_source(ref: SourceRef, text: str, *, kind: URIRef, title: str | None,
                    issued: date | None, loaded_at: datetime | None = None) -> Graph:
    """The provenance graph of one source: the document, its text and hash, and the run."""
    # (a store without the context indexes a named graph of one source never uses: the annotations' sixteen
    # triples each are most of a load's time in rdflib)
    graph = Graph(store=SimpleMemory())
    source = ref.iri
    graph.add((source, RDF.type, VNST.SourceDocument))
    graph.add((source, RDF.type, kind))
    graph.add((source, RDF.type, PROV.Entity))
    graph.add((source, VNST.text, Literal(text)))
    graph.add((source, VNST.sha256, Literal(sha256(text))))
    graph.add((source, DCTERMS.source, Literal(PurePath(ref.path).name)))
    if title:
        graph.add((source, DCTERMS.title, Literal(title, lang="vi")))
        graph.add((source, RDFS.label, Literal(title, lang="vi")))
    if issued:
        graph.add((source, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    add_run(graph, ref, graphs=(ref.facts_graph, ref.prov_graph),
            loaded_at=loaded_at or datetime.now(timezone.utc))
    return graph


__all__ = ["SOFTWARE_AGENT", "SourceRef", "add_run", "describe_source", "first_title", "run_iri",
           "sha256", "source_ref"]
