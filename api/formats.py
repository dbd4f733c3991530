"""Writing a ``QueryResult`` in the formats people ask for.

SPARQL 1.1 Query Results JSON, CSV and TSV follow the W3C specs; ``table`` is
for people at a terminal. Graph results use rdflib's serializers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from rdflib import BNode, URIRef
from rdflib.term import Node

from vnst.errors import InputError
from vnst.graph.store import QueryResult
from vnst.ontology import PREFIXES

TABULAR = ("table", "json", "csv", "tsv")
GRAPH_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                 "jsonld": "json-ld", "rdfxml": "xml"}


def sparql_json(result: QueryResult) -> str:
    return json.dumps(result.to_sparql_json(), ensure_ascii=False)


def term_tsv(term: Node | None) -> str:
    if term is None:
        return ""
    return term.n3()


def term_csv(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def delimited(result: QueryResult, *, tsv: bool) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    if tsv:
        lines = ["\t".join(f"?{name}" for name in result.variables)]
        lines += ["\t".join(term_tsv(value) for value in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([term_csv(value) for value in row])
    return buffer.getvalue()


def short(term: Node | None) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in PREFIXES.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def table(result: QueryResult, *, max_width: int = 60) -> str:
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    headers = list(result.variables)
    cells = [[_clip(short(value), max_width) for value in row] for row in result.rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    rule = "+".join("-" * (w + 2) for w in widths)
    lines = [" | ".join(h.ljust(w) for h, w in zip(headers, widths)), rule]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)) for row in cells]
    count = f"{len(cells)} row{'s' if len(cells) != 1 else ''}"
    if result.truncated:
        count += " (cut at the row cap)"
    return "\n".join(lines + [count]) + "\n"


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def render(result: QueryResult, fmt: str) -> str:
    """One result in one format; graph results need a graph format and vice versa."""
    if result.kind == "graph":
        if fmt == "table":
            fmt = "turtle"
        if fmt not in GRAPH_FORMATS:
            raise InputError(f"a CONSTRUCT or DESCRIBE answer is a graph: use one of "
                             f"{', '.join(GRAPH_FORMATS)}, not {fmt}")
        graph = result.as_graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        return graph.serialize(format=GRAPH_FORMATS[fmt])
    if fmt == "table":
        return table(result)
    if fmt == "json":
        return sparql_json(result) + "\n"
    if fmt in ("csv", "tsv"):
        return delimited(result, tsv=fmt == "tsv")
    raise InputError(f"a SELECT or ASK answer is a table: use one of {', '.join(TABULAR)}, not {fmt}")


def choices() -> Sequence[str]:
    return (*TABULAR, *GRAPH_FORMATS)


__all__ = ["choices", "delimited", "render", "sparql_json", "table"]
