#!/usr/bin/env bash
# `npm run bench:<name> [-- args]`: like `npm start`, installs the dependencies when missing and
# builds dist/ first (setup.sh), so every benchmark runs on a fresh clone; then runs it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: bench.sh <event-store|pipeline|read-model-queries> [args]}"
shift
source "$root/scripts/setup.sh"
cd "$root"
case "$name" in
  event-store) exec node --expose-gc dist/bench/event-store/main.js "$@" ;;
  pipeline) exec bash bench/pipeline/run.sh "$@" ;;
  read-model-queries)
    # Against infra/local's FerretDB: started for the run (and stopped after) when it is not up.
    started=0
    if ! bash infra/local/status.sh >/dev/null 2>&1; then bash infra/local/up.sh >&2 && started=1; fi
    status=0
    node dist/bench/read-model-queries/main.js "$@" || status=$?
    [ "$started" = 1 ] && bash infra/local/down.sh >&2
    exit "$status"
    ;;
  *) echo "bench: unknown benchmark '$name' (event-store | pipeline | read-model-queries)" >&2; exit 2 ;;
esac
