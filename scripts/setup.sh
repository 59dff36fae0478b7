#!/usr/bin/env bash
# Sourced by start/test: Node 24 on PATH, dependencies installed from the lock file when
# missing or older than it, then a fresh build of dist/. Safe to run repeatedly.
set -euo pipefail
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=./node24.sh
source "$_root/scripts/node24.sh"
cd "$_root"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  node scripts/build.mjs
fi
