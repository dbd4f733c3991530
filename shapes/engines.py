"""The two ways of running the core shapes, giving the same raw results.

``run_pyshacl``: the reference, pyshacl over an rdflib copy of the data (small graphs).
``run_compiled``: the shapes compiled to SPARQL (``vnst.shapes.compile``) and run on the
store, which scales to millions of triples. Raw results carry message templates; the
caller fills in labels, quotes and messages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from vnst.shapes.compile import CompiledConstraint, messages, path_text, severity
from vnst.shapes.model import SH

_S = lambda name: URIRef(SH + name)  # noqa: E731


@dataclass(frozen=True)
class RawResult:
    focus: Node
    severity: str
    component: str
    shape: str
    template_vi: str
    template_en: str
    path: str | None = None
    value: Node | None = None
    bindings: dict[str, Node] = field(default_factory=dict, hash=False, compare=False)


def run_compiled(store: object, constraints: Sequence[CompiledConstraint], *,
                 graphs: Sequence[str], timeout_s: float, max_rows: int) -> list[RawResult]:
    results: list[RawResult] = []
    for constraint in constraints:
        scope = ({"default_graphs": list(graphs), "named_graphs": list(graphs)} if graphs
                 else {"union_default_graph": False})
        answer = store.query(constraint.query, timeout_s=timeout_s, max_rows=max_rows,  # type: ignore[attr-defined]
                             **scope)
        names = answer.variables
        for row in answer.rows:
            bound = {name: node for name, node in zip(names, row) if node is not None}
            if "this" not in bound:
                continue
            results.append(RawResult(
                focus=bound["this"], severity=constraint.severity, component=constraint.component,
                shape=constraint.shape, template_vi=constraint.message_vi,
                template_en=constraint.message_en, path=constraint.path,
                value=bound.get("value"), bindings=bound))
    return results


def run_pyshacl(data: Graph, shapes: Graph) -> list[RawResult]:
    import pyshacl

    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                    allow_warnings=True, allow_infos=True)
    results = []
    for node in report.subjects(RDF.type, _S("ValidationResult")):
        source_shape = report.value(node, _S("sourceShape"))
        component = str(report.value(node, _S("sourceConstraintComponent")))
        owner = _node_shape(shapes, source_shape)
        message_node = source_shape
        if component == SH + "SPARQLConstraintComponent":
            message_node = report.value(node, _S("sourceConstraint")) or source_shape
        vi, en = messages(shapes, message_node)
        path = report.value(node, _S("resultPath"))
        results.append(RawResult(
            focus=report.value(node, _S("focusNode")),
            severity=str(report.value(node, _S("resultSeverity"))).rsplit("#", 1)[-1],
            component=component, shape=str(owner), template_vi=vi, template_en=en,
            path=path_text(report, path) if path is not None else None,
            value=report.value(node, _S("value"))))
    return results


def _node_shape(shapes: Graph, shape: Node) -> Node:
    if isinstance(shape, BNode):
        owner = shapes.value(predicate=_S("property"), object=shape)
        if owner is not None:
            return owner
    return shape


_VARIABLE = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template: str, bindings: dict[str, str]) -> str:
    filled = _VARIABLE.sub(lambda match: bindings.get(match.group(1), ""), template)
    return re.sub(r" {2,}", " ", filled).strip()


def display(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    return str(node)


__all__ = ["RawResult", "display", "fill", "run_compiled", "run_pyshacl", "severity"]
