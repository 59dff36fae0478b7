#!/usr/bin/env bash
# `npm run bench:<name> [-- args]`: like `npm start`, installs the dependencies when missing and
# builds dist/ first (setup.sh), so every benchmark runs on a fresh clone; then runs it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: bench.sh <event-store|pipeline|read-model-queries> [args]}"
shift
source "$root/scripts/setup.sh"
source "$root/scripts/local-infra.sh"
cd "$root"
case "$name" in
  event-store) exec node --expose-gc dist/bench/event-store/main.js "$@" ;;
  pipeline) exec bash bench/pipeline/run.sh "$@" ;;
  read-model-queries)
    # Against infra/local's FerretDB (not exec: the servers it starts are stopped on exit).
    use_local_infra_for_this_run
    node dist/bench/read-model-queries/main.js "$@"
    ;;
  *) echo "bench: unknown benchmark '$name' (event-store | pipeline | read-model-queries)" >&2; exit 2 ;;
esac
