"""A text document -> its batch: the source with provenance, and the facts extracted."""

from __future__ import annotations

import re
from datetime import date, datetime

from rdflib import Graph
from rdflib.namespace import DCTERMS

from vnst.batch import LoadBatch, LoadWarning
from vnst.loaders.annotate import Annotator
from vnst.loaders.build import build_facts
from vnst.loaders.extract import gather
from vnst.loaders.kinds import KIND_CLASSES, KINDS
from vnst.loaders.orgs import find_orgs
from vnst.loaders.sources import describe_source, first_title, source_ref
from vnst.ontology import ID, VNST

_DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_NGAY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)


def first_date(text: str) -> date | None:
    """The first well-formed date written as dd/mm/yyyy or 'ngày d tháng m năm yyyy'."""
    candidates = []
    for pattern in (_DMY, _NGAY):
        for match in pattern.finditer(text):
            day, month, year = (int(group) for group in match.groups())
            try:
                candidates.append((match.start(), date(year, month, day)))
            except ValueError:
                continue
            break
    return min(candidates)[1] if candidates else None


def text_batch(text: str, *, path: str, kind: str | None = None,
               loaded_at: datetime | None = None) -> LoadBatch:
    """Source + provenance + facts. ``kind`` (official|agreement|news|report|source, or
    None/'auto' to detect) decides how the text is read; nothing here raises on odd text:
    what is not understood is reported as a warning."""
    ref = source_ref(path)
    wanted = kind if kind in KINDS else None
    warnings: list[LoadWarning] = []
    try:
        mentions = gather(text, kind=wanted)
    except Exception as exc:  # noqa: BLE001 - odd text must never stop a load; say what was skipped
        mentions = None
        warnings.append(LoadWarning(path, f"facts not extracted ({type(exc).__name__}: {exc}); "
                                          "stored as a source only"))
    doc_kind = mentions.kind if mentions else "source"
    issued = (mentions.issued if mentions else None) or first_date(text)
    prov = describe_source(ref, text, kind=KIND_CLASSES.get(doc_kind, VNST.SourceDocument),
                           title=first_title(text), issued=issued, loaded_at=loaded_at)
    annotator = Annotator(ref, text, prov)
    facts = None
    if mentions is not None:
        facts, more = build_facts(ref, mentions, annotator)
        warnings += more
        _publisher(prov, ref, text, mentions)
    return LoadBatch(source=path, graphs={str(ref.facts_graph): facts if facts is not None else Graph(),
                                          str(ref.prov_graph): prov}, warnings=warnings)


def _publisher(prov, ref, text, mentions) -> None:
    span = mentions.boilerplate.publisher
    if span is None:
        return
    named = find_orgs(text[:span[1]], home=mentions.home)
    org = next((o for o in named if o.start >= span[0]), None)
    if org is not None:
        prov.add((ref.iri, DCTERMS.publisher, ID[f"org/{org.key}"]))


__all__ = ["first_date", "text_batch"]
