#!/usr/bin/env bash
# Prints a development bearer token signed with the local dev key (created on first use):
#   bash scripts/token.sh --role advisor --org 0100 [--sub advisor-1] [--name "Aino"] [--ttl 8h]
# Only the token goes to stdout, so `TOKEN=$(bash scripts/token.sh ...)` works. Runs from the
# repository root: the dev key path (AUTH_DEV_KEY_PATH) is relative to it, as for the services.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=./node24.sh
source scripts/node24.sh
cli=dist/libs/auth/src/dev-token.cli.js
if [ ! -f "$cli" ]; then
  node scripts/build.mjs >&2
fi
exec node "$cli" "$@"
