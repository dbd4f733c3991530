"""Build the ontology's HTML page, ontology/vnst.html, with pyLODE 3.3.4 (served at /def).

Run by scripts/setup.sh after the install; by hand: .venv/bin/python scripts/build_docs.py.
The page is generated, not committed (.gitignore): it follows ontology/vnst.ttl, and a stale
committed copy would contradict it. pyLODE 3.3.4 is pinned because 3.4.1 fails on Python 3.11.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(source: Path = ROOT / "ontology" / "vnst.ttl", out: Path = ROOT / "ontology" / "vnst.html") -> Path:
    from pylode import OntPub

    html = OntPub(ontology=str(source)).make_html()
    partial = out.with_suffix(".html.part")
    partial.write_text(html, encoding="utf-8")
    partial.replace(out)
    return out


if __name__ == "__main__":
    try:
        path = build()
    except Exception as exc:  # pyLODE reports ontology problems as many exception types
        print(f"build_docs: could not build the ontology page: {exc}", file=sys.stderr)
        sys.exit(1)
    print(f"build_docs: wrote {path} ({path.stat().st_size} bytes)", file=sys.stderr)
