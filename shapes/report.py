"""A validation report as text, JSON, a standard sh:ValidationReport graph, or one HTML page.

Text and HTML group results by severity, then by the sources whose quotes they cite,
and name each focus node by its label, the constraint, both messages and the quotes.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterator

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, RDFS, XSD
from rdflib.util import from_n3

from vnst.ontology import VNST
from vnst.shapes.model import SEVERITIES, ValidationReport, ValidationResult

SHN = Namespace("http://www.w3.org/ns/shacl#")
NO_SOURCE = "(không có trích dẫn / no quoted source)"


def constraint_name(result: ValidationResult) -> str:
    shape = result.shape.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    component = result.component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return shape if result.is_check else f"{shape} / {component}"


def grouped(report: ValidationReport) -> Iterator[tuple[str, list[tuple[str, list[ValidationResult]]]]]:
    for severity in SEVERITIES:
        by_source: dict[str, list[ValidationResult]] = defaultdict(list)
        for result in report.results:
            if result.severity == severity:
                by_source[", ".join(result.sources) or NO_SOURCE].append(result)
        if by_source:
            yield severity, sorted(by_source.items())


def summary(report: ValidationReport) -> str:
    counts = ", ".join(f"{report.counts.get(s, 0)} {s}" for s in SEVERITIES)
    verdict = "conforms" if report.conforms else "does not conform"
    return (f"vnst validate: {verdict} — {counts} "
            f"({report.data_triples} triples, {len(report.graphs)} graphs, engine {report.engine}, "
            f"{report.elapsed_s:.2f} s, shapes {report.shapes_version})")


def to_text(report: ValidationReport) -> str:
    lines = [summary(report), ""]
    for severity, sources in grouped(report):
        lines.append(f"== {severity} ({report.counts.get(severity, 0)}) ==")
        for source, results in sources:
            lines.append(f"-- nguồn / source: {source}")
            for result in results:
                lines.append(f"  * {result.focus_label or result.focus}")
                if result.focus_label:
                    lines.append(f"    <{result.focus}>")
                path = f"  path {result.path}" if result.path else ""
                lines.append(f"    constraint: {constraint_name(result)}{path}")
                lines.append(f"    vi: {result.message_vi}")
                lines.append(f"    en: {result.message_en}")
                for item in result.evidence:
                    lines.append(f"    quote: «{item.exact}» — {item.source_id}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_json(report: ValidationReport) -> str:
    return json.dumps({
        "conforms": report.conforms, "counts": report.counts, "engine": report.engine,
        "started": report.started.isoformat(), "elapsed_s": round(report.elapsed_s, 3),
        "shapes_version": report.shapes_version, "graphs": list(report.graphs),
        "data_triples": report.data_triples,
        "results": [{
            "severity": r.severity, "focus": r.focus, "focus_label": r.focus_label,
            "shape": r.shape, "component": r.component, "path": r.path, "value": r.value,
            "message": {"vi": r.message_vi, "en": r.message_en}, "sources": list(r.sources),
            "evidence": [{"source": e.source, "graph": e.graph, "exact": e.exact} for e in r.evidence],
        } for r in report.results],
    }, ensure_ascii=False, indent=2) + "\n"


def _node(text: str):  # type: ignore[no-untyped-def]
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


_STEP = re.compile(r"(\^?)<([^>]+)>")


def _path(graph: Graph, text: str):  # type: ignore[no-untyped-def]
    """SPARQL path text as written by vnst.shapes.compile.path_text -> a SHACL path node."""
    steps = []
    for inverse, iri in _STEP.findall(text):
        if inverse:
            node = BNode()
            graph.add((node, SHN.inversePath, URIRef(iri)))
            steps.append(node)
        else:
            steps.append(URIRef(iri))
    if len(steps) == 1:
        return steps[0]
    head = BNode()
    Collection(graph, head, steps)
    return head


def to_graph(report: ValidationReport, *, node: URIRef | BNode | None = None) -> Graph:
    """The standard sh:ValidationReport (with the quoted evidence as rdfs:comment)."""
    graph = Graph()
    graph.bind("sh", SHN)
    root = node if node is not None else BNode()
    graph.add((root, RDF.type, SHN.ValidationReport))
    graph.add((root, SHN.conforms, Literal(report.conforms)))
    for result in report.results:
        item = BNode()
        graph.add((root, SHN.result, item))
        graph.add((item, RDF.type, SHN.ValidationResult))
        graph.add((item, SHN.focusNode, _node(result.focus)))
        graph.add((item, SHN.resultSeverity, SHN[result.severity]))
        graph.add((item, SHN.sourceConstraintComponent, URIRef(result.component)))
        graph.add((item, SHN.sourceShape, URIRef(result.shape)))
        graph.add((item, SHN.resultMessage, Literal(result.message_vi, lang="vi")))
        graph.add((item, SHN.resultMessage, Literal(result.message_en, lang="en")))
        if result.path:
            graph.add((item, SHN.resultPath, _path(graph, result.path)))
        if result.value is not None:
            graph.add((item, SHN.value, from_n3(result.value)))
        for evidence in result.evidence:
            graph.add((item, RDFS.comment,
                       Literal(f"«{evidence.exact}» — {evidence.source}", lang="vi")))
    return graph


def to_turtle(report: ValidationReport) -> str:
    return to_graph(report).serialize(format="turtle")


def run_graph(report: ValidationReport, *, run: URIRef) -> Graph:
    """One stored run: a vnst:ValidationRun with its counts, and its sh:ValidationReport."""
    report_node = URIRef(str(run) + "/report")
    graph = to_graph(report, node=report_node)
    graph.add((run, RDF.type, VNST.ValidationRun))
    graph.add((run, RDF.type, PROV.Activity))
    graph.add((run, PROV.startedAtTime, Literal(report.started, datatype=XSD.dateTime)))
    graph.add((run, VNST.shapesVersion, Literal(report.shapes_version)))
    graph.add((run, VNST.violationCount, Literal(report.counts.get("Violation", 0))))
    graph.add((run, VNST.warningCount, Literal(report.counts.get("Warning", 0))))
    graph.add((run, VNST.infoCount, Literal(report.counts.get("Info", 0))))
    graph.add((run, PROV.generated, report_node))
    graph.add((run, RDFS.comment, Literal(f"engine {report.engine}, {report.data_triples} triples, "
                                          f"{report.elapsed_s:.2f} s", lang="en")))
    for iri in report.graphs:
        graph.add((run, PROV.used, URIRef(iri)))
    return graph


_CSS = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
h1{font-size:1.4rem}h2{margin-top:2rem}.Violation h2{color:#b00020}.Warning h2{color:#9a6700}
.Info h2{color:#0b5cad}article{border-left:4px solid #ccc;padding:.4rem .8rem;margin:.6rem 0}
.Violation article{border-color:#b00020}.Warning article{border-color:#d4a72c}
.Info article{border-color:#0b5cad}code{font-size:.85em;color:#555;word-break:break-all}
blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic}.en{color:#555}"""


def to_html(report: ValidationReport) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">",
             "<title>vnst — báo cáo kiểm tra / validation report</title>",
             f"<style>{_CSS}</style></head><body>",
             "<h1>Báo cáo kiểm tra dữ liệu / Validation report</h1>", f"<p>{e(summary(report))}</p>"]
    for severity, sources in grouped(report):
        parts.append(f"<section class=\"{severity}\"><h2>{severity} ({report.counts.get(severity, 0)})</h2>")
        for source, results in sources:
            parts.append(f"<h3>Nguồn / source: {e(source)}</h3>")
            for result in results:
                parts.append("<article>")
                parts.append(f"<strong>{e(result.focus_label or result.focus)}</strong> "
                             f"<code>{e(result.focus)}</code><br>")
                parts.append(f"<small>{e(constraint_name(result))}"
                             f"{' — ' + e(result.path) if result.path else ''}</small>")
                parts.append(f"<p>{e(result.message_vi)}</p><p class=\"en\">{e(result.message_en)}</p>")
                for item in result.evidence:
                    parts.append(f"<blockquote>«{e(item.exact)}» — {e(item.source_id)}</blockquote>")
                parts.append("</article>")
        parts.append("</section>")
    if not report.results:
        parts.append("<p>Không có vấn đề nào. / No problems found.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


RENDERERS = {"text": to_text, "json": to_json, "turtle": to_turtle, "html": to_html}

__all__ = ["RENDERERS", "run_graph", "summary", "to_graph", "to_html", "to_json", "to_text",
           "to_turtle"]
