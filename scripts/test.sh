#!/usr/bin/env bash
# Sets up the machine (idempotent) and runs the whole test suite: lint, types, tests on SQLite, then
# the database tests again on a real PostgreSQL server started from Debian's packages, then the
# `dossier worker` tests on a real Redis server (the jobs' broker), also from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff"; ruff check dossier api tests bench
echo "== mypy"; mypy
echo "== import layers"; lint-imports

# the courts' families' own corpus tests in twentieths, one twentieth per commit (tests/corpus/shards.py: they test how the
# corpus draws a family, not the reader; so do two costly shared stories, which go with them; the stories of how each
# family's dossiers are judged run in every run); DOSSIER_CORPUS_SHARD= runs them all
if [ -z "${DOSSIER_CORPUS_SHARD+set}" ] && head="$(git rev-parse HEAD 2>/dev/null)"; then
  export DOSSIER_CORPUS_SHARD="$(( 16#${head: -2} % 20 ))/20"
  echo "== families' own corpus tests: twentieth $DOSSIER_CORPUS_SHARD (DOSSIER_CORPUS_SHARD= for all)"
fi

echo "== tests (SQLite)"
pytest -n 2 -q --durations=25 "$@"

if [ -x scripts/postgres.sh ]; then
  echo "== tests (PostgreSQL)"
  # A server this run starts is stopped (and its throwaway cluster removed) when the run ends.
  ./scripts/postgres.sh url >/dev/null 2>&1 || stop_servers="./scripts/postgres.sh stop; ${stop_servers:-}"
  trap 'eval "${stop_servers:-}"' EXIT
  url="$(./scripts/postgres.sh start)"
  # two workers, each test in its own schema (dossier/store/scratch.py: pg_trgm shared from public)
  DATABASE_URL="$url" pytest -n 2 -q -m postgres -p no:randomly
fi

if [ -x scripts/redis.sh ]; then
  echo "== tests (Redis: dossier workers sharing jobs, one killed with -9; timing tests, run alone)"
  ./scripts/redis.sh url >/dev/null 2>&1 || stop_servers="./scripts/redis.sh stop; ${stop_servers:-}"
  trap 'eval "${stop_servers:-}"' EXIT
  redis_url="$(./scripts/redis.sh start)"
  DOSSIER_TEST_REDIS_URL="$redis_url" DATABASE_URL="${url:-}" pytest -q -m "redis or timing" -p no:randomly
fi
