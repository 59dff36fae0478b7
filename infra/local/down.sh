#!/usr/bin/env bash
# Stops the servers started by infra/local/up.sh (SIGTERM, then SIGKILL after INFRA_STOP_TIMEOUT
# seconds, default 30). Data is kept; --purge also deletes .data/kafka, .data/ferretdb and .data/mailpit.
# Usage: infra/local/down.sh [--purge]
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

purge=0
for arg in "$@"; do
  case "${arg}" in
    --purge) purge=1 ;;
    -h | --help)
      sed -n '2,4p' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *) die "unknown argument '${arg}' (expected: --purge)" ;;
  esac
done

if [[ "${USE_DOCKER:-0}" == "1" ]] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  info "USE_DOCKER=1: docker compose stop kafka mongodb"
  (cd "${REPO_ROOT}" && docker compose stop kafka mongodb)
fi

mailpit_stop
ferretdb_down
kafka_down

if ((purge)); then
  info "purging ${KAFKA_DATA}, ${FERRETDB_DATA}, ${MAILPIT_DATA} and ${POSTGRES_DATA}"
  rm -rf -- "${KAFKA_DATA}" "${FERRETDB_DATA}" "${MAILPIT_DATA}" "${POSTGRES_DATA}"
  ok "data purged"
fi
