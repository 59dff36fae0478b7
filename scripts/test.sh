#!/usr/bin/env bash
# `npm test`: lint (incl. module boundaries), type check, unit, integration and end-to-end
# tests against real Kafka and a real MongoDB-compatible server, which it starts when they
# are not up (and stops again afterwards if it started them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"

started_infra=0
if ! bash infra/local/status.sh >/dev/null 2>&1; then
  bash infra/local/up.sh
  started_infra=1
fi
cleanup() { [ "$started_infra" = 1 ] && bash infra/local/down.sh || true; }
trap cleanup EXIT

step() { printf '\n=== %s\n' "$*"; }
step "lint (eslint + Nx module boundaries)"
npx nx run-many -t lint --parallel=2 --skip-nx-cache --outputStyle=static
step "type check"
npx tsc -p tsconfig.json --noEmit
step "unit tests"
npx jest --selectProjects unit --ci
step "integration tests (real SQLite, Kafka, FerretDB)"
npx jest --selectProjects int --ci --runInBand
step "end-to-end tests (services as separate processes)"
npx jest --selectProjects e2e --ci --runInBand
