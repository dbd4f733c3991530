"""RDF files: read once here, so a bad file is refused before anything is written and
the store learns which graphs the file fills without reading it again."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox

from vnst.batch import RdfPayload
from vnst.graph.terms import QUAD_FORMATS, parse_error, rdf_format


def inspect_payload(payload: RdfPayload) -> RdfPayload:
    """Parse the whole file; returns the payload with the graphs it fills (its own graph
    names, and ``payload.graph`` for triples), or raises ParseError with the file, line
    and column of the first error."""
    names: set[str] = set()
    default = payload.format.lower() not in QUAD_FORMATS
    try:
        for quad in ox.parse(payload.data, format=rdf_format(payload.format)):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                default = True
            else:
                names.add(str(quad.graph_name.value))
    except SyntaxError as exc:
        raise parse_error(exc, path=payload.path) from exc
    if default:
        names.add(payload.graph)
    return dataclasses.replace(payload, graphs=tuple(sorted(names)))


__all__ = ["inspect_payload"]
