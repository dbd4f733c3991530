"""Validation: SHACL shapes for the ontology, cross-source consistency checks, reports.

``validate(store)`` runs the core shapes (vnst-shapes.ttl) and the cross-source checks
(consistency.ttl) and returns a ``ValidationReport``; ``vnst.shapes.report`` renders it.
"""

from vnst.shapes.model import Evidence, ValidationReport, ValidationResult
from vnst.shapes.validate import validate

__all__ = ["Evidence", "ValidationReport", "ValidationResult", "validate"]
