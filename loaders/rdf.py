"""RDF files: checked here so a bad file is refused before anything is written."""

from __future__ import annotations

import pyoxigraph as ox

from vnst.batch import RdfPayload
from vnst.graph.terms import parse_error, rdf_format


def check_payload(payload: RdfPayload) -> int:
    """Parse the whole file once; returns the number of statements or raises
    ParseError with the file, line and column of the first error."""
    count = 0
    try:
        for _ in ox.parse(payload.data, format=rdf_format(payload.format)):
            count += 1
    except SyntaxError as exc:
        raise parse_error(exc, path=payload.path) from exc
    return count


__all__ = ["check_payload"]
