#!/usr/bin/env bash
# `npm test`: lint (incl. module boundaries), type check, unit, integration and end-to-end
# tests against real Kafka and a real MongoDB-compatible server, which it starts when they
# are not up (and stops again afterwards if it started them), then schemathesis against every
# service's OpenAPI document (scripts/api-fuzz.mjs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
source "$root/scripts/local-infra.sh"
cd "$root"
use_local_infra_for_this_run

step() { printf '\n=== %s\n' "$*"; }
# Every phase runs even after a failure, so one run shows everything that is broken.
status=0
run() { "$@" || { status=1; echo "FAILED: $*"; }; }

step "lint (eslint + Nx module boundaries)"
run npx nx run-many -t lint --parallel=2 --skip-nx-cache --outputStyle=static
step "type check"
run npx tsc -p tsconfig.json --noEmit
results=.data/test-results
rm -rf "$results" && mkdir -p "$results"
step "unit tests"
run npx jest --selectProjects unit --ci --json --outputFile="$results/unit.json"
step "integration tests (real SQLite, Kafka, FerretDB)"
run npx jest --selectProjects int --ci --runInBand --json --outputFile="$results/int.json"
step "end-to-end tests (services as separate processes)"
# --forceExit: after a failed start a test may leave a service process behind (killed on
# exit by libs/testing); the run must end and report rather than wait for it.
run npx jest --selectProjects e2e --ci --runInBand --forceExit --json --outputFile="$results/e2e.json"
step "API fuzzing (schemathesis against every service's OpenAPI, as each role it serves)"
run node scripts/api-fuzz.mjs --results "$results/api-fuzz.json"
step "summary"
run node scripts/summarise-tests.mjs "$results/unit.json" "$results/int.json" "$results/e2e.json" "$results/api-fuzz.json"
exit $status
