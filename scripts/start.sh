#!/usr/bin/env bash
# `npm start`: real infrastructure (Kafka, FerretDB, Mailpit), then the six services (built), logs under .data/logs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
source "$root/scripts/services.sh"
cd "$root"
bash infra/local/up.sh
mkdir -p .data/logs .data/pids
for name in "${CAREER_SERVICES[@]}"; do
  pidfile=".data/pids/$name.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "start: $name already running (pid $(cat "$pidfile"))"
    continue
  fi
  PORT="${CAREER_PORTS[$name]}" nohup node --enable-source-maps "$(career_entry "$name")" >>".data/logs/$name.log" 2>&1 &
  echo $! >"$pidfile"
done
deadline=$((SECONDS + 90))
for name in "${CAREER_SERVICES[@]}"; do
  port="${CAREER_PORTS[$name]}"
  until curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$(cat ".data/pids/$name.pid")" 2>/dev/null; then
      echo "start: $name exited; last log lines:" >&2
      tail -n 30 ".data/logs/$name.log" >&2
      exit 1
    fi
    if [ $SECONDS -gt $deadline ]; then
      echo "start: $name not ready after 90 s; see .data/logs/$name.log" >&2
      exit 1
    fi
    sleep 1
  done
done
cat <<TXT

The career-guidance backend is running:
$(for name in "${CAREER_SERVICES[@]}"; do printf '  %-20s http://127.0.0.1:%s  (API docs: /docs)\n' "$name" "${CAREER_PORTS[$name]}"; done)
Mail (Mailpit): SMTP smtp://127.0.0.1:1025, delivered messages at http://127.0.0.1:8025/api/v1/messages
Logs: .data/logs/<service>.log    Stop: npm stop
A token for the API: npm run token -- --role advisor --org 0100
TXT
