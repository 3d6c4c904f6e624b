#!/usr/bin/env bash
# A throwaway PostgreSQL cluster from Debian's packages, for the test suite.
#   ./scripts/postgres.sh start   → starts it (if not running) and prints its DATABASE_URL on stdout
#   ./scripts/postgres.sh stop    → stops it and removes the cluster
#   ./scripts/postgres.sh url     → prints the DATABASE_URL of the running cluster
# Idempotent. As root (CI) the cluster runs as the `postgres` OS user created by the Debian package;
# otherwise as the calling user. It listens on 127.0.0.1 on a free port, trust auth, nothing exposed.
set -euo pipefail

DIR="${DOSSIER_PG_DIR:-/tmp/dossier-pg}"
DATA="$DIR/data"
PORT_FILE="$DIR/port"
DB="dossier_test"

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  RUN_AS=(runuser -u postgres --)
  OWNER=postgres
else
  RUN_AS=()
  OWNER="$(id -un)"
fi

as_owner() { "${RUN_AS[@]}" "$@"; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url() { echo "postgresql://$OWNER@127.0.0.1:$(cat "$PORT_FILE")/$DB"; }

running() { [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  if running; then url; return; fi
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$DIR"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U "$OWNER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  free_port > "$PORT_FILE"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$PORT_FILE") -c unix_socket_directories=$DIR -c fsync=off" \
    start >/dev/null
  if ! as_owner "$BIN/psql" -h 127.0.0.1 -p "$(cat "$PORT_FILE")" -U "$OWNER" -d postgres -Atc \
      "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$(cat "$PORT_FILE")" -U "$OWNER" "$DB"
  fi
  url
}

stop() {
  if running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
  rm -rf "$DIR"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  url) running && url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
