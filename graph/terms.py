"""Conversions between rdflib terms (the building API) and pyoxigraph terms (the store)."""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from vnst.batch import RdfPayload
from vnst.errors import ParseError, QuerySyntaxError

_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"nquads", "nq", "trig", "jsonld", "json-ld"}


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return _RDF_FORMATS[name.lower()]
    except KeyError as exc:
        raise ParseError(f"unknown RDF format {name!r}") from exc


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def from_ox(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"cannot convert {term!r}")


_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term_json(term: Node) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if not isinstance(term, Literal):
        raise TypeError(f"not an RDF term: {term!r}")
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and str(term.datatype) != _XSD_STRING:
        out["datatype"] = str(term.datatype)
    return out


def payload_graph_names(payload: RdfPayload) -> tuple[str, ...]:
    """The named graphs an RDF file fills: its own graph names, and ``payload.graph`` for
    triples in its default graph. Reads the whole file, so a syntax error surfaces here as a
    ParseError with the file, line and column."""
    names: set[str] = set()
    default = payload.format.lower() not in QUAD_FORMATS
    try:
        for quad in ox.parse(payload.data, format=rdf_format(payload.format)):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                default = True
            elif isinstance(quad.graph_name, ox.NamedNode):
                names.add(quad.graph_name.value)
    except SyntaxError as exc:
        raise parse_error(exc, path=payload.path) from exc
    if default:
        names.add(payload.graph)
    return tuple(sorted(names))


def query_syntax_error(exc: SyntaxError) -> QuerySyntaxError:
    """Turn pyoxigraph's 'error at L:C: ...' into a QuerySyntaxError with the position."""
    text = str(exc.msg if getattr(exc, "msg", None) else exc)
    match = _AT.search(text)
    if match:
        return QuerySyntaxError(match.group(3).strip(), line=int(match.group(1)),
                                column=int(match.group(2)))
    return QuerySyntaxError(text)


_BETWEEN = re.compile(r"line (\d+) column (\d+)")


def parse_error(exc: SyntaxError, *, path: str) -> ParseError:
    """Turn a pyoxigraph parser error into a ParseError naming the file and line."""
    text = str(exc.msg if getattr(exc, "msg", None) else exc)
    line, column = getattr(exc, "lineno", None), getattr(exc, "offset", None)
    if line is None:
        match = _BETWEEN.search(text)
        if match:
            line, column = int(match.group(1)), int(match.group(2))
    detail = text.split(": ", 1)[1] if text.startswith("Parser error") and ": " in text else text
    return ParseError(detail, path=path, line=line, column=column)


__all__ = ["QUAD_FORMATS", "from_ox", "parse_error", "payload_graph_names", "query_syntax_error", "rdf_format",
           "term_json", "to_ox"]
