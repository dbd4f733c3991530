#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs vnst into it; idempotent.
# Usage: scripts/setup.sh [extra]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python_bin="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip setuptools wheel
fi
stamp=".venv/.vnst-installed${extra:+-$extra}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet -e ".${extra:+[$extra]}"
  touch "$stamp"
fi
# The ontology's HTML page (served at /def); generated, git-ignored.
if [ ! -f ontology/vnst.html ] || [ ontology/vnst.ttl -nt ontology/vnst.html ]; then
  .venv/bin/python scripts/build_docs.py 2>/dev/null || echo "setup: warning: ontology/vnst.html not built" >&2
fi
