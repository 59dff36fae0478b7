#!/usr/bin/env bash
# `npm run test:faults`: the fault suite (faults/README.md). Installs and builds like `npm test`,
# then runs faults/src/main.ts, which starts its OWN Kafka, FerretDB and Mailpit on free ports in
# .data/faults/infra (never the shared ones on 9092/27017/1025), the six services against them and
# a SQLite event store of its own, and injects one fault after another under load.
# FAULTS_PROFILE=ci is the shorter run CI makes; FAULTS_ONLY=<part>[,<part>] runs a few scenarios.
#
# It runs inside a user + mount namespace of its own (`unshare --user --map-root-user --mount`,
# no root needed where unprivileged user namespaces are allowed): there it mounts a small tmpfs
# for the event store, so "disk full" is a real full file system. Without such a namespace that
# one scenario is reported as skipped, with the reason.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"

# One run per clone at a time: a second one would purge the first one's folder and servers.
mkdir -p .data
exec 9>.data/faults.lock
flock -n 9 || { echo "faults: another run of the fault suite is using .data/faults in this clone" >&2; exit 1; }

infra_dir="$root/.data/faults/infra"
# Whatever happens, the private servers stop with the suite (the suite stops them itself too).
cleanup() { CAREER_DATA_DIR="$infra_dir" INFRA_STOP_TIMEOUT=20 bash infra/local/down.sh >/dev/null 2>&1 || true; }
trap cleanup EXIT

suite=(node --enable-source-maps -r ./libs/testing/src/child-process/ts-register.js faults/src/main.ts)
if unshare --user --map-root-user --mount true 2>/dev/null; then
  FAULTS_NAMESPACE=1 unshare --user --map-root-user --mount "${suite[@]}"
else
  echo "faults: unshare --user --map-root-user --mount is not allowed here; the disk-full scenario will be skipped" >&2
  FAULTS_NAMESPACE=0 "${suite[@]}"
fi
