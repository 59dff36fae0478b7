#!/usr/bin/env bash
# `npm stop`: SIGTERM the services (they finish in-flight work), then the infrastructure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/services.sh"
cd "$root"
for name in "${CAREER_SERVICES[@]}"; do
  pidfile=".data/pids/$name.pid"
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { echo "stop: $name did not stop in 15 s, killing"; kill -KILL "$pid"; }
  fi
  rm -f "$pidfile"
  echo "stop: $name stopped"
done
if [ "${1:-}" != "--services-only" ]; then
  bash infra/local/down.sh
fi
