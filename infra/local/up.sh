#!/usr/bin/env bash
# Starts the local infrastructure without Docker, idempotently (reuses healthy running servers):
#   Apache Kafka (KRaft, single node) on 127.0.0.1:${KAFKA_PORT:-9092}
#   FerretDB (SQLite backend, MongoDB wire protocol) on 127.0.0.1:${MONGO_PORT:-27017}
# Usage: infra/local/up.sh [kafka|ferretdb]...   (default: both)
# Env: KAFKA_PORT, MONGO_PORT, KAFKA_VERSION, FERRETDB_VERSION, CAREER_CACHE, INFRA_WAIT_TIMEOUT,
#      USE_DOCKER=1 (use `docker compose up -d kafka mongodb` when a Docker engine answers).
set -euo pipefail

# shellcheck source=infra/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=infra/local/kafka.sh
source "${INFRA_DIR}/kafka.sh"
# shellcheck source=infra/local/ferretdb.sh
source "${INFRA_DIR}/ferretdb.sh"

if [[ "${USE_DOCKER:-0}" == "1" ]] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  info "USE_DOCKER=1 and a Docker engine answers: docker compose up -d kafka mongodb"
  cd "${REPO_ROOT}"
  exec docker compose up -d kafka mongodb
fi

services=("$@")
((${#services[@]})) || services=(kafka ferretdb)
start=${SECONDS}
for svc in "${services[@]}"; do
  case "${svc}" in
    kafka) kafka_up ;;
    ferretdb | mongo | mongodb) ferretdb_up ;;
    *) die "unknown service '${svc}' (expected: kafka, ferretdb)" ;;
  esac
done
ok "up in $((SECONDS - start))s: KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT} MONGO_URL=mongodb://127.0.0.1:${MONGO_PORT}"
