"""Annotations: every entity and fact points at the exact characters it came from.

One ``oa:Annotation`` per (entity, span) in the source's provenance graph, with a
TextPositionSelector (code points of the stored NFC text) and a TextQuoteSelector
whose ``oa:exact`` is ``text[start:end]``."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from vnst.loaders.sources import SourceRef
from vnst.ontology import ID, OA, VNST

_CONTEXT = 32


class Annotator:
    def __init__(self, ref: SourceRef, text: str, prov: Graph) -> None:
        self.ref, self.text, self.prov = ref, text, prov
        self.count = 0
        self._seen: dict[tuple[URIRef, int, int], URIRef] = {}
        self.annotated: set[URIRef] = set()

    def mark(self, entity: URIRef, start: int, end: int) -> URIRef | None:
        """Annotate ``entity`` at text[start:end] (once per entity and span)."""
        if not (0 <= start < end <= len(self.text)):
            return None
        key = (entity, start, end)
        if key in self._seen:
            return self._seen[key]
        self.count += 1
        ann = ID[f"annotation/{self.ref.id}/{self.count}"]
        target, position, quote = URIRef(f"{ann}#target"), URIRef(f"{ann}#position"), URIRef(f"{ann}#quote")
        add = self.prov.add
        add((ann, RDF.type, OA.Annotation))
        add((ann, OA.motivatedBy, OA.identifying))
        add((ann, OA.hasBody, entity))
        add((ann, VNST.inGraph, self.ref.facts_graph))
        add((ann, OA.hasTarget, target))
        add((target, RDF.type, OA.SpecificResource))
        add((target, OA.hasSource, self.ref.iri))
        add((target, OA.hasSelector, position))
        add((target, OA.hasSelector, quote))
        add((position, RDF.type, OA.TextPositionSelector))
        add((position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        add((position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, Literal(self.text[start:end])))
        add((quote, OA.prefix, Literal(self.text[max(0, start - _CONTEXT):start])))
        add((quote, OA.suffix, Literal(self.text[end:end + _CONTEXT])))
        self._seen[key] = ann
        self.annotated.add(entity)
        return ann

    def annotations_of(self, entity: URIRef) -> list[URIRef]:
        return [ann for (ent, _, _), ann in self._seen.items() if ent == entity]


__all__ = ["Annotator"]
