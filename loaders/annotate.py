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
# the terms every annotation uses, made once: a namespace's attribute builds (and checks) a new URIRef each time,
# and an annotation takes sixteen triples
(_TYPE, _ANNOTATION, _MOTIVATED_BY, _IDENTIFYING, _HAS_BODY, _IN_GRAPH, _HAS_TARGET, _SPECIFIC, _HAS_SOURCE,
 _HAS_SELECTOR, _POSITION, _START, _END, _QUOTE, _EXACT, _PREFIX, _SUFFIX) = (
    RDF.type, OA.Annotation, OA.motivatedBy, OA.identifying, OA.hasBody, VNST.inGraph, OA.hasTarget,
    OA.SpecificResource, OA.hasSource, OA.hasSelector, OA.TextPositionSelector, OA.start, OA.end,
    OA.TextQuoteSelector, OA.exact, OA.prefix, OA.suffix)


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
        add((ann, _TYPE, _ANNOTATION))
        add((ann, _MOTIVATED_BY, _IDENTIFYING))
        add((ann, _HAS_BODY, entity))
        add((ann, _IN_GRAPH, self.ref.facts_graph))
        add((ann, _HAS_TARGET, target))
        add((target, _TYPE, _SPECIFIC))
        add((target, _HAS_SOURCE, self.ref.iri))
        add((target, _HAS_SELECTOR, position))
        add((target, _HAS_SELECTOR, quote))
        add((position, _TYPE, _POSITION))
        add((position, _START, Literal(start, datatype=XSD.nonNegativeInteger)))
        add((position, _END, Literal(end, datatype=XSD.nonNegativeInteger)))
        add((quote, _TYPE, _QUOTE))
        add((quote, _EXACT, Literal(self.text[start:end])))
        add((quote, _PREFIX, Literal(self.text[max(0, start - _CONTEXT):start])))
        add((quote, _SUFFIX, Literal(self.text[end:end + _CONTEXT])))
        self._seen[key] = ann
        self.annotated.add(entity)
        return ann

    def annotations_of(self, entity: URIRef) -> list[URIRef]:
        return [ann for (ent, _, _), ann in self._seen.items() if ent == entity]


__all__ = ["Annotator"]
