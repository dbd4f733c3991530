"""JSON-LD export with vnst's published context (``ontology/context.jsonld``, served at /context.jsonld).

The output's ``@context`` is the context's URL, so a consumer fetches the same
file the package ships; rdflib compacts with the local copy. Named graphs are
kept (``@graph`` entries with their ``@id``).
"""

from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from rdflib import Dataset

from vnst.graph.store import Store
from vnst.ontology import BASE

CONTEXT_URL = BASE + "context.jsonld"


@lru_cache(maxsize=1)
def context_text() -> str:
    return resources.files("vnst.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")


def context() -> dict[str, Any]:
    return json.loads(context_text())["@context"]


def write_jsonld(store: Store, out: IO[bytes], *, graph: str | None = None) -> None:
    """The store (or one named graph) as JSON-LD compacted with the vnst context."""
    buffer = io.BytesIO()
    store.export(buffer, format="nquads", graph=None)
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format="nquads")
    if graph is not None:
        selected = Dataset()
        for quad in dataset.quads((None, None, None, None)):
            if quad[3] is not None and str(quad[3]) == graph:
                selected.add(quad)
        dataset = selected
    text = dataset.serialize(format="json-ld", context=context(), auto_compact=True)
    document = json.loads(text)
    if isinstance(document, dict):
        document["@context"] = CONTEXT_URL
    out.write(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


__all__ = ["CONTEXT_URL", "context", "context_text", "write_jsonld"]
