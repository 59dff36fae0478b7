#!/usr/bin/env bash
# Starts the local infrastructure without Docker, idempotently (reuses healthy running servers):
#   Apache Kafka (KRaft, single node) on 127.0.0.1:${KAFKA_PORT:-9092}
#   FerretDB (SQLite backend, MongoDB wire protocol) on 127.0.0.1:${MONGO_PORT:-27017}
#   Mailpit (local SMTP server + HTTP API) on 127.0.0.1:${MAILPIT_SMTP_PORT:-1025} / :${MAILPIT_HTTP_PORT:-8025}
# Usage: infra/local/up.sh [kafka|ferretdb|mailpit]...   (default: all three)
# Env: KAFKA_PORT, MONGO_PORT, MAILPIT_SMTP_PORT, MAILPIT_HTTP_PORT, KAFKA_VERSION, FERRETDB_VERSION,
#      MAILPIT_VERSION, MAILPIT_MAX_MESSAGES, CAREER_CACHE, INFRA_WAIT_TIMEOUT,
#      USE_DOCKER=1 (use `docker compose up -d kafka mongodb` when a Docker engine answers; the compose
#      file has no mail server, so Mailpit still runs from here).
set -euo pipefail

# shellcheck source=infra/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=infra/local/kafka.sh
source "${INFRA_DIR}/kafka.sh"
# shellcheck source=infra/local/postgresql.sh
source "${INFRA_DIR}/postgresql.sh"
# shellcheck source=infra/local/ferretdb.sh
source "${INFRA_DIR}/ferretdb.sh"
# shellcheck source=infra/local/mailpit.sh
source "${INFRA_DIR}/mailpit.sh"

services=("$@")
((${#services[@]})) || services=(kafka ferretdb mailpit)
start=${SECONDS}

if [[ "${USE_DOCKER:-0}" == "1" ]] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  info "USE_DOCKER=1 and a Docker engine answers: docker compose up -d kafka mongodb"
  (cd "${REPO_ROOT}" && docker compose up -d kafka mongodb)
  # Compose has no mail server: keep only the requested services it does not provide.
  rest=()
  for svc in "${services[@]}"; do
    case "${svc}" in
      kafka | ferretdb | mongo | mongodb) ;;
      *) rest+=("${svc}") ;;
    esac
  done
  services=("${rest[@]+"${rest[@]}"}")
fi

for svc in "${services[@]+"${services[@]}"}"; do
  case "${svc}" in
    kafka) kafka_up ;;
    ferretdb | mongo | mongodb) ferretdb_up ;;
    mailpit | smtp | mail) mailpit_up ;;
    *) die "unknown service '${svc}' (expected: kafka, ferretdb, mailpit)" ;;
  esac
done
ok "up in $((SECONDS - start))s: KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT} MONGO_URL=mongodb://127.0.0.1:${MONGO_PORT} SMTP_URL=${SMTP_URL} MAILPIT_URL=${MAILPIT_URL}"
