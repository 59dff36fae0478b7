#!/usr/bin/env bash
# Sourced: puts a Node 24 binary first on PATH. Uses the machine's node when it already is 24;
# otherwise provisions the npm registry's `node@24` package into the git-ignored .tools/ folder
# (npm's own cache makes the second provisioning a copy, not a download).
_career_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_career_node_dir="$_career_root/.tools/node24"
_career_node_bin="$_career_node_dir/node_modules/node/bin"

_career_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_career_node_major node)" != "24" ]; then
  if [ ! -x "$_career_node_bin/node" ] || [ "$(_career_node_major "$_career_node_bin/node")" != "24" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "node24: npm is needed once to provision Node 24 (no npm on PATH)" >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "node24: provisioning Node 24 into .tools/node24 (machine node is $(node --version 2>/dev/null || echo missing))" >&2
    mkdir -p "$_career_node_dir"
    npm install --prefix "$_career_node_dir" --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$_career_node_bin:$PATH"
fi
unset -f _career_node_major
