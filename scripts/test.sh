#!/usr/bin/env bash
# The test command: installs everything the tests need, then runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
bash scripts/test-deps.sh
exec .venv/bin/python -m pytest -q "$@"
