"""SHACL shapes -> SPARQL SELECT queries that run on the store.

pyshacl walks an in-memory rdflib graph and is the reference engine; at a million
triples it takes minutes. The same shapes compiled to one SELECT per constraint run
in Oxigraph in seconds. Each query returns ``?this`` (the focus node), ``?value``
when the constraint names one, and any variables its message template uses.

Supported (what vnst-shapes.ttl and consistency.ttl use; anything else raises
``UnsupportedShape`` so a shape is never silently skipped): targets targetClass (with
rdfs:subClassOf*), targetSubjectsOf, targetObjectsOf, targetNode, sh:SPARQLTarget;
paths: IRI, sequence, inverse; node-level nodeKind and sh:sparql; property-level
minCount, maxCount, datatype, class, nodeKind, pattern (+flags), in, hasValue,
languageIn, uniqueLang, min/maxInclusive, min/maxExclusive, min/maxLength, lessThan,
qualifiedValueShape (of languageIn/datatype/class/nodeKind) with qualifiedMin/MaxCount.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.term import Node

from vnst.errors import ConfigError
from vnst.shapes.model import SH

S = lambda name: URIRef(SH + name)  # noqa: E731 - short alias for sh: terms
TYPE_PATH = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
IGNORED = {S(name) for name in ("path", "severity", "message", "name", "description", "property",
                                "deactivated", "order", "group", "targetClass", "targetNode",
                                "targetSubjectsOf", "targetObjectsOf", "target",
                                "qualifiedMinCount", "qualifiedMaxCount", "flags", "prefixes",
                                "qualifiedValueShapesDisjoint", "declare")}


class UnsupportedShape(ConfigError):
    """A shape uses a SHACL feature the SPARQL compiler does not handle."""


@dataclass(frozen=True)
class CompiledConstraint:
    shape: str                   # node shape IRI
    component: str               # constraint component IRI
    severity: str                # Violation | Warning | Info
    message_vi: str
    message_en: str
    query: str
    path: str | None = None


def term(node: Node) -> str:
    return node.n3()


def path_text(shapes: Graph, path: Node) -> str:
    if isinstance(path, URIRef):
        return term(path)
    inverse = shapes.value(path, S("inversePath"))
    if inverse is not None:
        return "^" + path_text(shapes, inverse)
    if shapes.value(path, RDF.first) is not None:
        return "/".join(path_text(shapes, step) for step in Collection(shapes, path))
    raise UnsupportedShape(f"unsupported sh:path {path!r}")


def prefixes_for(shapes: Graph, constraint: Node) -> str:
    lines = []
    for holder in shapes.objects(constraint, S("prefixes")):
        for declaration in shapes.objects(holder, S("declare")):
            lines.append(f"PREFIX {shapes.value(declaration, S('prefix'))}: "
                         f"<{shapes.value(declaration, S('namespace'))}>")
    return "\n".join(sorted(set(lines)))


def messages(shapes: Graph, node: Node) -> tuple[str, str]:
    found = {getattr(message, "language", None) or "": str(message)
             for message in shapes.objects(node, S("message"))}
    return found.get("vi", found.get("", "")), found.get("en", found.get("", ""))


def severity(shapes: Graph, node: Node) -> str:
    value = shapes.value(node, S("severity"))
    return str(value).rsplit("#", 1)[-1] if value is not None else "Violation"


def target_pattern(shapes: Graph, shape: Node) -> str | None:
    parts = []
    for cls in shapes.objects(shape, S("targetClass")):
        parts.append(f"?this {TYPE_PATH} {term(cls)} .")
    for prop in shapes.objects(shape, S("targetSubjectsOf")):
        parts.append(f"?this {term(prop)} ?targetAny .")
    for prop in shapes.objects(shape, S("targetObjectsOf")):
        parts.append(f"?targetAny {term(prop)} ?this .")
    for node in shapes.objects(shape, S("targetNode")):
        parts.append(f"VALUES ?this {{ {term(node)} }}")
    for target in shapes.objects(shape, S("target")):
        select = shapes.value(target, S("select"))
        if select is None:
            raise UnsupportedShape(f"{shape}: only sh:SPARQLTarget custom targets are supported")
        parts.append("{ " + str(select).replace("$this", "?this") + " }")
    if not parts:
        return None
    union = " UNION ".join("{ " + part + " }" for part in parts)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


def value_condition(shapes: Graph, shape: Node, var: str) -> str:
    """A FILTER expression true when ``var`` conforms to a simple value shape."""
    conditions = []
    for predicate, obj in shapes.predicate_objects(shape):
        if predicate == S("languageIn"):
            langs = [str(item) for item in Collection(shapes, obj)]
            conditions.append("(" + " || ".join(f'langMatches(lang({var}), "{lang}")'
                                                 for lang in langs) + ")")
        elif predicate == S("datatype"):
            conditions.append(f"(isLiteral({var}) && datatype({var}) = {term(obj)})")
        elif predicate == S("class"):
            conditions.append(f"EXISTS {{ {var} {TYPE_PATH} {term(obj)} }}")
        elif predicate == S("nodeKind"):
            conditions.append("!(" + node_kind_violation(obj, var) + ")")
        elif predicate != RDF.type:
            raise UnsupportedShape(f"unsupported constraint {predicate} in a qualified value shape")
    return " && ".join(conditions) or "true"


def node_kind_violation(kind: Node, var: str) -> str:
    local = str(kind).rsplit("#", 1)[-1]
    return {
        "IRI": f"!isIRI({var})", "Literal": f"!isLiteral({var})", "BlankNode": f"!isBlank({var})",
        "BlankNodeOrIRI": f"isLiteral({var})", "IRIOrLiteral": f"isBlank({var})",
        "BlankNodeOrLiteral": f"isIRI({var})",
    }[local]


def literal_text(node: Node) -> str:
    return term(node) if not isinstance(node, Literal) or node.datatype or node.language \
        else '"' + str(node).replace("\\", "\\\\").replace('"', '\\"') + '"'


def value_query(target: str, path: str, condition: str) -> str:
    return f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . FILTER ({condition}) }}"


def count_query(target: str, path: str, test: str, inner: str = "") -> str:
    inner_filter = f" FILTER ({inner})" if inner else ""
    return (f"SELECT ?this WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {target} "
            f"OPTIONAL {{ ?this {path} ?v .{inner_filter} }} }} GROUP BY ?this }} FILTER (?n {test}) }}")


def property_constraints(shapes: Graph, target: str, prop: Node) -> Iterator[tuple[str, str, str | None]]:
    """(component local name, query, path) for each constraint of one property shape."""
    path = path_text(shapes, shapes.value(prop, S("path")))
    for predicate, obj in sorted(shapes.predicate_objects(prop)):
        name = str(predicate).rsplit("#", 1)[-1] if str(predicate).startswith(SH) else None
        if predicate in IGNORED or predicate == RDF.type:
            continue
        if name == "minCount":
            yield "MinCount", count_query(target, path, f"< {int(obj)}"), path
        elif name == "maxCount":
            yield "MaxCount", count_query(target, path, f"> {int(obj)}"), path
        elif name == "datatype":
            yield "Datatype", value_query(target, path,
                                          f"!isLiteral(?value) || datatype(?value) != {term(obj)}"), path
        elif name == "class":
            # MINUS, not FILTER NOT EXISTS: Oxigraph evaluates the anti-join once, not per row.
            yield "Class", (f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . "
                            f"MINUS {{ ?value {TYPE_PATH} {term(obj)} }} }}"), path
        elif name == "nodeKind":
            yield "NodeKind", value_query(target, path, node_kind_violation(obj, "?value")), path
        elif name == "pattern":
            flags = shapes.value(prop, S("flags"))
            regex = literal_text(Literal(str(obj)))
            extra = f", {literal_text(Literal(str(flags)))}" if flags else ""
            yield "Pattern", value_query(target, path,
                                         f"isBlank(?value) || !REGEX(STR(?value), {regex}{extra})"), path
        elif name == "in":
            allowed = ", ".join(literal_text(item) for item in Collection(shapes, obj))
            yield "In", value_query(target, path, f"!(?value IN ({allowed}))"), path
        elif name == "hasValue":
            yield "HasValue", (f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS "
                               f"{{ ?this {path} {literal_text(obj)} }} }}"), path
        elif name == "languageIn":
            langs = [str(item) for item in Collection(shapes, obj)]
            ok = " || ".join(f'langMatches(lang(?value), "{lang}")' for lang in langs)
            yield "LanguageIn", value_query(target, path, f"!isLiteral(?value) || !({ok})"), path
        elif name == "uniqueLang":
            if bool(obj.toPython()):
                yield "UniqueLang", (
                    f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?a , ?b . "
                    f'FILTER (?a != ?b && lang(?a) != "" && lang(?a) = lang(?b)) }}'), path
        elif name in {"minInclusive", "maxInclusive", "minExclusive", "maxExclusive"}:
            op = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">",
                  "maxExclusive": "<"}[name]
            yield name[0].upper() + name[1:], value_query(
                target, path, f"!COALESCE(?value {op} {literal_text(obj)}, false)"), path
        elif name in {"minLength", "maxLength"}:
            op = "<" if name == "minLength" else ">"
            yield name[0].upper() + name[1:], value_query(
                target, path, f"isBlank(?value) || STRLEN(STR(?value)) {op} {int(obj)}"), path
        elif name == "lessThan":
            yield "LessThan", (f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . "
                               f"?this {term(obj)} ?other . FILTER (!COALESCE(?value < ?other, false)) }}"), path
        elif name == "qualifiedValueShape":
            condition = value_condition(shapes, obj, "?v")
            low, high = shapes.value(prop, S("qualifiedMinCount")), shapes.value(prop, S("qualifiedMaxCount"))
            if low is not None:
                yield "QualifiedMinCount", count_query(target, path, f"< {int(low)}", condition), path
            if high is not None:
                yield "QualifiedMaxCount", count_query(target, path, f"> {int(high)}", condition), path
        else:
            raise UnsupportedShape(f"unsupported constraint {predicate} in a property shape")


def target_test(shapes: Graph, shape: Node) -> str | None:
    """A FILTER EXISTS test that ?this is a focus node of the shape (simple targets only)."""
    parts = [f"?this {TYPE_PATH} {term(cls)} ." for cls in shapes.objects(shape, S("targetClass"))]
    parts += [f"?this {term(p)} ?targetAny ." for p in shapes.objects(shape, S("targetSubjectsOf"))]
    parts += [f"?targetAny {term(p)} ?this ." for p in shapes.objects(shape, S("targetObjectsOf"))]
    parts += [f"FILTER (?this = {term(n)})" for n in shapes.objects(shape, S("targetNode"))]
    if not parts or shapes.value(shape, S("target")) is not None:
        return None
    return "FILTER EXISTS { " + " UNION ".join("{ " + part + " }" for part in parts) + " }"


def sparql_constraint_query(shapes: Graph, shape: Node, target: str, constraint: Node) -> str:
    select = str(shapes.value(constraint, S("select"))).replace("$this", "?this")
    prologue = prefixes_for(shapes, constraint)
    body = select.split("SELECT", 1)
    # Keep the constraint's own projection and keep only answers about focus nodes. Oxigraph
    # re-evaluates a sub-select for every row of the one before it, so the constraint runs
    # once and each answer is tested against the target, rather than the other way round.
    test = target_test(shapes, shape)
    if test is not None:
        return f"{prologue}\nSELECT * WHERE {{ {{ SELECT{body[1]} }} {test} }}"
    return f"{prologue}\nSELECT * WHERE {{ {target} {{ SELECT{body[1]} }} }}"


def compile_shapes(shapes: Graph) -> list[CompiledConstraint]:
    compiled: list[CompiledConstraint] = []
    for shape in sorted(set(shapes.subjects(RDF.type, S("NodeShape")))):
        if shapes.value(shape, S("deactivated")) == Literal(True):
            continue
        target = target_pattern(shapes, shape)
        if target is None:
            continue
        name = str(shape)
        vi, en = messages(shapes, shape)
        kind = shapes.value(shape, S("nodeKind"))
        if kind is not None:
            compiled.append(CompiledConstraint(
                name, SH + "NodeKindConstraintComponent", severity(shapes, shape), vi, en,
                f"SELECT ?this ?value WHERE {{ {target} BIND (?this AS ?value) "
                f"FILTER ({node_kind_violation(kind, '?this')}) }}"))
        for constraint in shapes.objects(shape, S("sparql")):
            cvi, cen = messages(shapes, constraint)
            compiled.append(CompiledConstraint(
                name, SH + "SPARQLConstraintComponent",
                severity(shapes, constraint) if shapes.value(constraint, S("severity")) else severity(shapes, shape),
                cvi, cen, sparql_constraint_query(shapes, shape, target, constraint)))
        for prop in shapes.objects(shape, S("property")):
            pvi, pen = messages(shapes, prop)
            for component, query, path in property_constraints(shapes, target, prop):
                compiled.append(CompiledConstraint(
                    name, f"{SH}{component}ConstraintComponent", severity(shapes, prop),
                    pvi, pen, query, path))
        unknown = {str(p) for p in shapes.predicates(shape, None)
                   if str(p).startswith(SH) and URIRef(p) not in IGNORED
                   and URIRef(p) not in {S("nodeKind"), S("sparql")}}
        if unknown:
            raise UnsupportedShape(f"{shape}: unsupported node-level constraints {sorted(unknown)}")
    return compiled


__all__ = ["CompiledConstraint", "UnsupportedShape", "compile_shapes", "path_text"]
