"""vnst: the knowledge graph of Vietnam's science-and-technology governance.

The root package holds what every layer shares: the version, the settings
object, the exception tree and the value types that cross layer seams.
The layers themselves live in sibling packages installed under this name:
``vnst.loaders`` -> ``vnst.shapes`` -> ``vnst.graph`` -> ``vnst.api``.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
