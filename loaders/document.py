"""A text document -> its batch: the source with provenance, and the facts extracted."""

from __future__ import annotations

import re
from datetime import date, datetime

from rdflib import Graph

from vnst.batch import LoadBatch
from vnst.ontology import VNST
from vnst.loaders.sources import describe_source, first_title, source_ref

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
    ref = source_ref(path)
    prov = describe_source(ref, text, kind=VNST.SourceDocument, title=first_title(text),
                           issued=first_date(text), loaded_at=loaded_at)
    return LoadBatch(source=path, graphs={str(ref.facts_graph): Graph(),
                                          str(ref.prov_graph): prov})


__all__ = ["first_date", "text_batch"]
