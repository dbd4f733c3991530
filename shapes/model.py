"""The value types of a validation run: results, their evidence, the report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL, RDF

SEVERITIES = ("Violation", "Warning", "Info")
SH = "http://www.w3.org/ns/shacl#"


def shapes_path(name: str = "vnst-shapes.ttl") -> Path:
    return Path(str(resources.files(__package__).joinpath(name)))


CORE_SHAPES = "vnst-shapes.ttl"
CHECKS = "consistency.ttl"


def shapes_version(shapes: Graph) -> str:
    """owl:versionInfo of the shapes graph's ontology nodes, joined ('0.1.0')."""
    versions = sorted({str(version) for node in shapes.subjects(RDF.type, OWL.Ontology)
                       for version in shapes.objects(node, OWL.versionInfo)})
    return "+".join(versions) or "unversioned"


@dataclass(frozen=True)
class Evidence:
    """One quoted span: the source document, the named graph, the exact text."""

    source: str          # source IRI
    exact: str
    graph: str | None = None

    @property
    def source_id(self) -> str:
        return self.source.rsplit("/source/", 1)[-1]


@dataclass(frozen=True)
class ValidationResult:
    focus: str                      # IRI or blank-node label of the focus node
    severity: str                   # Violation | Warning | Info
    component: str                  # sh:...ConstraintComponent IRI
    shape: str                      # the node shape (or check) IRI
    message_vi: str
    message_en: str
    path: str | None = None         # SPARQL property path text, e.g. <p>/<q>
    value: str | None = None        # N3 form of the offending value
    focus_label: str | None = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def key(self) -> tuple[str, str | None, str, str | None]:
        """What two engines must agree on."""
        return (self.focus, self.path, self.component.rsplit("#", 1)[-1], self.value)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({item.source_id for item in self.evidence}))

    @property
    def is_check(self) -> bool:
        return self.component == SH + "SPARQLConstraintComponent"


@dataclass(frozen=True)
class ValidationReport:
    results: tuple[ValidationResult, ...]
    started: datetime
    elapsed_s: float
    shapes_version: str
    engine: str
    graphs: tuple[str, ...] = ()
    data_triples: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return self.counts.get("Violation", 0) == 0

    @staticmethod
    def count(results: tuple[ValidationResult, ...]) -> dict[str, int]:
        tally = Counter(result.severity for result in results)
        return {severity: tally.get(severity, 0) for severity in SEVERITIES}


__all__ = ["CHECKS", "CORE_SHAPES", "Evidence", "SEVERITIES", "ValidationReport",
           "ValidationResult", "shapes_path", "shapes_version"]
