"""The bundled corpus: five real documents of Cần Thơ's S&T governance (UTF-8, NFC).

``vnst load`` with no path loads these. They are data, kept verbatim; no code
in vnst knows what they say.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_paths() -> list[Path]:
    folder = Path(str(resources.files(__package__)))
    return sorted(folder.glob("*.txt"))


__all__ = ["bundled_paths"]
