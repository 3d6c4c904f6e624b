#!/usr/bin/env bash
# A throwaway Redis server from Debian's package, for the test suite (the jobs' broker).
#   ./scripts/redis.sh start   → starts it (if not running) and prints its URL on stdout
#   ./scripts/redis.sh stop    → stops it and removes its folder
#   ./scripts/redis.sh url     → prints the URL of the running server
# Idempotent. It listens on 127.0.0.1 on a free port, no persistence, nothing exposed.
set -euo pipefail

DIR="${DOSSIER_REDIS_DIR:-/tmp/dossier-redis}"
PORT_FILE="$DIR/port"
PID_FILE="$DIR/redis.pid"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis.sh: redis-server not found (apt-get install redis-server)" >&2
  exit 1
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url() { echo "redis://127.0.0.1:$(cat "$PORT_FILE")/0"; }

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

start() {
  if running; then url; return; fi
  mkdir -p "$DIR"
  free_port > "$PORT_FILE"
  redis-server --bind 127.0.0.1 --port "$(cat "$PORT_FILE")" --daemonize yes --pidfile "$PID_FILE" \
    --dir "$DIR" --save "" --appendonly no --logfile "$DIR/server.log" >/dev/null
  for _ in $(seq 1 50); do
    if redis-cli -p "$(cat "$PORT_FILE")" ping 2>/dev/null | grep -q PONG; then url; return; fi
    sleep 0.1
  done
  echo "redis.sh: redis-server did not start (see $DIR/server.log)" >&2
  exit 1
}

stop() {
  if running; then
    pid="$(cat "$PID_FILE")"
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$DIR"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  url) running && url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
