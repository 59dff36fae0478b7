#!/usr/bin/env bash
# The pipeline benchmark's own world: Kafka and FerretDB started by infra/local on free ports
# with a data folder of their own (never the shared 9092/27017), the services started by
# main.js on free ports with their own SQLite file; everything stopped and deleted at the end.
# Called by scripts/bench.sh after the build. Args go to main.js (--full: also 100k clients).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

work="$(mktemp -d "${TMPDIR:-/tmp}/bench-pipeline-XXXXXX")"
export CAREER_DATA_DIR="$work/infra"
export KAFKA_PORT="$(free_port)" KAFKA_CONTROLLER_PORT="$(free_port)" MONGO_PORT="$(free_port)"
export FERRETDB_LOG_LEVEL="${FERRETDB_LOG_LEVEL:-warn}"

cleanup() {
  local rc=$?
  echo "bench: stopping its Kafka (:$KAFKA_PORT) and FerretDB (:$MONGO_PORT)" >&2
  bash infra/local/down.sh >/dev/null 2>&1 || true
  if [[ "${BENCH_KEEP:-0}" == "1" ]]; then echo "bench: kept $work" >&2; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT INT TERM

echo "bench: starting its own Kafka on :$KAFKA_PORT and FerretDB on :$MONGO_PORT (data in $work)" >&2
bash infra/local/up.sh kafka ferretdb >"$work/infra-up.log" 2>&1 || { cat "$work/infra-up.log" >&2; exit 1; }

BENCH_DIR="$work" BENCH_KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" BENCH_MONGO_URL="mongodb://127.0.0.1:$MONGO_PORT" \
  node --enable-source-maps dist/bench/pipeline/main.js "$@"
