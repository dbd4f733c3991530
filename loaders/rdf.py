"""RDF files: read once here, so a bad file is refused before anything is written and
the store learns which graphs the file fills without reading it again."""

from __future__ import annotations

import dataclasses

from vnst.batch import RdfPayload
from vnst.graph.terms import payload_graph_names


def inspect_payload(payload: RdfPayload) -> RdfPayload:
    """The payload with the graphs it fills; raises ParseError (file, line, column) for a
    file that does not parse."""
    return dataclasses.replace(payload, graphs=payload_graph_names(payload))


__all__ = ["inspect_payload"]
