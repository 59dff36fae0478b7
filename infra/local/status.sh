#!/usr/bin/env bash
# Prints whether the local Kafka, FerretDB and Mailpit are up. Exit code 0 only if all three are up.
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

rc=0
kafka_status || rc=1
ferretdb_status || rc=1
mailpit_status || rc=1
exit "${rc}"
