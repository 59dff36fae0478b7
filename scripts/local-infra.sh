#!/usr/bin/env bash
# Sourced by scripts that need infra/local's servers (Kafka, FerretDB, Mailpit) for their run.

# Starts infra/local when it is not up, and stops it again when the sourcing script exits, only
# then: servers someone else started (`npm start`, `npm run infra:up`) are left running.
# Call from the repository root.
use_local_infra_for_this_run() {
  if ! bash infra/local/status.sh >/dev/null 2>&1; then
    bash infra/local/up.sh
    trap 'bash infra/local/down.sh || true' EXIT
  fi
}
