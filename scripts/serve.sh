#!/usr/bin/env bash
# The main job: install, load the bundled corpus, serve the SPARQL endpoint and its page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export VNST_STORE="${VNST_STORE:-$PWD/.vnst-store}"
.venv/bin/vnst load
exec .venv/bin/vnst serve "$@"
