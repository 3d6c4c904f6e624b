#!/usr/bin/env bash
# Sets up the machine (idempotent) and starts the whole service on embedded defaults: SQLite and
# files under ./data, the samples loaded on first start. Extra arguments go to `dossier serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/dossier serve "$@"
