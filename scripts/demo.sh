#!/usr/bin/env bash
# `npm run demo`: fictional clients of two demo organisations through the whole process, over
# the public APIs of the services `npm start` runs (tools/demo). Safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=./node24.sh
source scripts/node24.sh
if [ ! -f dist/tools/demo/src/main.js ]; then
  node scripts/build.mjs >&2
fi
exec node --enable-source-maps dist/tools/demo/src/main.js "$@"
