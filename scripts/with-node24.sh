#!/usr/bin/env bash
# Runs a command with Node 24 first on PATH (see node24.sh): `bash scripts/with-node24.sh npx jest`.
set -euo pipefail
# shellcheck source=./node24.sh
source "$(dirname "${BASH_SOURCE[0]}")/node24.sh"
exec "$@"
