#!/usr/bin/env bash
# `npm run bench:<name> [-- args]`: like `npm start`, installs the dependencies when missing and
# builds dist/ first (setup.sh), so every benchmark runs on a fresh clone; then runs it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: bench.sh <event-store|pipeline> [args]}"
shift
source "$root/scripts/setup.sh"
cd "$root"
case "$name" in
  event-store) exec node --expose-gc dist/bench/event-store/main.js "$@" ;;
  pipeline) exec bash bench/pipeline/run.sh "$@" ;;
  *) echo "bench: unknown benchmark '$name' (event-store | pipeline)" >&2; exit 2 ;;
esac
