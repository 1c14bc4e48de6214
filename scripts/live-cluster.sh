#!/usr/bin/env bash
# Two live server processes sharing their rooms through one Redis, on this machine: a student can
# reach either process (either port) and lands in the right room. Ctrl-C stops all three.
#   REDIS_PORT (default 6390), PORTS (default "8081 8082"), HOST (default 0.0.0.0),
#   ADDRESS: the address other machines use for this one (default: 127.0.0.1).
# Needs Debian's redis-server (apt-get install redis-server) and a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
REDIS_PORT="${REDIS_PORT:-6390}"
PORTS="${PORTS:-8081 8082}"
HOST="${HOST:-0.0.0.0}"
ADDRESS="${ADDRESS:-127.0.0.1}"
[ -f dist/index.html ] || npm run build

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no &
pids+=($!)
until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do sleep 0.2; done

for port in $PORTS; do
  PORT="$port" HOST="$HOST" REDIS_URL="redis://127.0.0.1:$REDIS_PORT" PUBLIC_ADDRESS="$ADDRESS:$port" \
    node --import tsx server/main.ts &
  pids+=($!)
done
wait -n
