#!/usr/bin/env bash
# Sets up the machine (idempotent) and runs the whole test suite: lint, types, tests on SQLite, then
# the database tests again on a real PostgreSQL server started from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff"; ruff check dossier api tests bench
echo "== mypy"; mypy

echo "== tests (SQLite)"
pytest -n 2 -q "$@"

if [ -x scripts/postgres.sh ]; then
  echo "== tests (PostgreSQL)"
  DATABASE_URL="$(./scripts/postgres.sh start)" pytest -q -m postgres -p no:randomly
fi
