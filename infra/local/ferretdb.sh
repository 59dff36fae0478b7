# shellcheck shell=bash
# FerretDB v1 (MongoDB wire protocol) with its SQLite backend, built from the Go module.
# Sourced by up.sh / down.sh / status.sh; needs lib.sh first.

FERRETDB_VERSION="${FERRETDB_VERSION:-v1.24.2}"
# The build carries the patches below; the suffix makes a cache built without them rebuild.
FERRETDB_BUILD="${FERRETDB_VERSION}-idindex-eqpush"
FERRETDB_HOME="${CAREER_CACHE}/ferretdb-${FERRETDB_BUILD}"
FERRETDB_BIN="${FERRETDB_HOME}/ferretdb"
FERRETDB_DATA="${DATA_DIR}/ferretdb"
FERRETDB_LOG="${LOG_DIR}/ferretdb.log"
FERRETDB_PROC_PATTERN="ferretdb"
FERRETDB_LOG_LEVEL="${FERRETDB_LOG_LEVEL:-warn}"
# FerretDB's debug handler (Prometheus metrics at /debug/metrics: requests by command), off unless
# set, e.g. FERRETDB_DEBUG_ADDR=127.0.0.1:8088 to count what a run asks of it.
FERRETDB_DEBUG_ADDR="${FERRETDB_DEBUG_ADDR:--}"
# Where FerretDB keeps the documents: `sqlite` (files in .data/ferretdb) or `postgresql` (the
# local PostgreSQL of postgresql.sh, started first). See bench/README.md for the comparison.
FERRETDB_HANDLER="${FERRETDB_HANDLER:-sqlite}"

# Builds the ferretdb binary into the cache (once).
# A plain `go install ...@version` builds a binary that panics at start: FerretDB embeds
# build/version/version.txt, which is generated at release time and absent from the module zip.
# So: download the module, copy it, write version.txt, patch the lookups, build.
#
# The patch (FerretDB 1.24's SQLite backend; see bench/README.md, "FerretDB"): the backend creates
# the unique `_id` index on `_ferretdb_sjson->"_id"` but looks documents up with
# `_ferretdb_sjson->'$._id' = ?`, an expression SQLite cannot match to that index, so every find,
# update and delete by `_id` scanned the whole collection (the cost of each write grew with the
# number of documents: ~200 ms per update at 20,000 documents). Patched, the lookup spells the
# index's expression (`->'_id'`, the same JSON value) and is an index search. It also pushes the
# `_id` equality down when the filter has further conditions (`{_id, revision: {$lt: n}}`):
# FerretDB filters every fetched document by the whole filter afterwards, so this only narrows
# what is fetched.
#
# The second patch (infra/local/ferretdb-patch/career_equality_pushdown.go, read it for the
# details): a filter without an `_id` equality is narrowed in SQLite by its top-level string
# equalities (`{advisorId: "a-1", start: {$lt: ...}}`), answered from the field's index, instead
# of FerretDB decoding every document of the collection to filter them (scheduling's double-booking
# check read an advisor's meetings that way: ~40% of FerretDB's CPU in `npm run demo`).
ferretdb_patch_id_lookup() {
  local metadata="$1/internal/backends/sqlite/metadata/metadata.go" collection="$1/internal/backends/sqlite/collection.go"
  grep -qF "IDColumn = DefaultColumn + \"->'\$._id'\"" "${metadata}" &&
    grep -qF 'if params.Filter.Len() == 1 {' "${collection}" ||
    die "ferretdb: the _id lookup patch does not apply to ${FERRETDB_VERSION} (see ferretdb_patch_id_lookup)"
  sed -i "s|IDColumn = DefaultColumn + \"->'\$._id'\"|IDColumn = DefaultColumn + \"->'_id'\"|" "${metadata}"
  sed -i 's|if params.Filter.Len() == 1 {|if params.Filter.Len() >= 1 {|' "${collection}"
}

ferretdb_patch_equality_pushdown() {
  local collection="$1/internal/backends/sqlite/collection.go"
  # One `q += whereClause` in Query (Explain builds its query in one expression). GNU sed reads
  # \t and \n in the pattern and the replacement.
  [[ "$(grep -c -P '^\tq \+= whereClause$' "${collection}")" == 1 ]] ||
    die "ferretdb: the equality pushdown patch does not apply to ${FERRETDB_VERSION} (see ferretdb_patch_equality_pushdown)"
  sed -i 's|^\tq += whereClause$|\twhereClause, args = careerEqualityPushdown(params.Filter, whereClause, args)\n\tq += whereClause|' "${collection}"
  cp "${REPO_ROOT}/infra/local/ferretdb-patch/career_equality_pushdown.go" "$1/internal/backends/sqlite/"
}

ferretdb_install() {
  if [[ -x "${FERRETDB_BIN}" ]] && "${FERRETDB_BIN}" --version >/dev/null 2>&1; then
    return 0
  fi
  command -v go >/dev/null 2>&1 ||
    die "go not found on PATH: needed once to build FerretDB ${FERRETDB_VERSION} into ${FERRETDB_HOME}"
  info "ferretdb: building github.com/FerretDB/FerretDB ${FERRETDB_VERSION} (patched: ${FERRETDB_BUILD}) with $(go version | awk '{print $3}') (first run only, ~2 min)"
  mkdir -p "${FERRETDB_HOME}"
  local build_log="${FERRETDB_HOME}/build.log" mod_dir src="${FERRETDB_HOME}/src"
  # GOTOOLCHAIN=local: never download another Go toolchain; GOWORK=off: ignore any go.work.
  if ! mod_dir="$(cd "${FERRETDB_HOME}" && GOTOOLCHAIN=local GOWORK=off GOFLAGS=-mod=mod \
    go mod download -json "github.com/FerretDB/FerretDB@${FERRETDB_VERSION}" 2>"${build_log}" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')" || [[ -z "${mod_dir}" ]]; then
    show_log_tail "${build_log}" 30
    die "ferretdb: could not download the Go module github.com/FerretDB/FerretDB@${FERRETDB_VERSION}"
  fi
  rm -rf "${src}"
  cp -R "${mod_dir}" "${src}"
  chmod -R u+w "${src}"
  printf '%s\n' "${FERRETDB_VERSION}" >"${src}/build/version/version.txt"
  printf 'local-build\n' >"${src}/build/version/package.txt"
  ferretdb_patch_id_lookup "${src}"
  ferretdb_patch_equality_pushdown "${src}"
  if ! (cd "${src}" && GOTOOLCHAIN=local GOWORK=off GOFLAGS='' \
    go build -trimpath -o "${FERRETDB_BIN}.tmp" ./cmd/ferretdb) >>"${build_log}" 2>&1; then
    show_log_tail "${build_log}" 30
    die "ferretdb: go build failed (full log: ${build_log})"
  fi
  mv -f "${FERRETDB_BIN}.tmp" "${FERRETDB_BIN}"
  rm -rf "${src}"
  ok "ferretdb: built ${FERRETDB_BIN} ($("${FERRETDB_BIN}" --version | head -n 1))"
}

ferretdb_check_tcp() {
  port_open "${MONGO_PORT}"
}

# TCP connect, plus a real `ping` through the MongoDB driver if the repo has mongodb/mongoose.
ferretdb_check_ready() {
  ferretdb_check_tcp || return 1
  local driver=""
  if has_node_module mongodb; then
    driver='require("mongodb").MongoClient'
  elif has_node_module mongoose; then
    driver='require("mongoose").mongo.MongoClient'
  fi
  [[ -n "${driver}" ]] || return 0
  run_node_check "
    const MongoClient = ${driver};
    const c = new MongoClient('mongodb://127.0.0.1:' + process.env.MONGO_PORT + '/?directConnection=true',
      { serverSelectionTimeoutMS: 3000 });
    c.connect().then(() => c.db('admin').command({ ping: 1 })).then(
      () => c.close().then(() => process.exit(0)),
      () => process.exit(1));"
}

ferretdb_running_version() {
  cmdline_version "$1" '/ferretdb-([^/ ]+)/ferretdb '
}

ferretdb_status() {
  local pid
  if pid="$(running_pid ferretdb "${FERRETDB_PROC_PATTERN}")"; then
    if ferretdb_check_tcp; then
      printf 'ferretdb  UP    pid %s, 127.0.0.1:%s (FerretDB %s, sqlite %s/, log %s)\n' "${pid}" "${MONGO_PORT}" "$(ferretdb_running_version "${pid}")" "${FERRETDB_DATA}" "${FERRETDB_LOG}"
    else
      printf 'ferretdb  STARTING/UNHEALTHY  pid %s, 127.0.0.1:%s not answering yet\n' "${pid}" "${MONGO_PORT}"
      return 1
    fi
  elif ferretdb_check_tcp; then
    printf 'ferretdb  UP?   127.0.0.1:%s answers, but not started by infra/local (no pid file)\n' "${MONGO_PORT}"
  else
    printf 'ferretdb  DOWN\n'
    return 1
  fi
}

ferretdb_up() {
  ensure_dirs
  local pid
  if pid="$(running_pid ferretdb "${FERRETDB_PROC_PATTERN}")"; then
    info "ferretdb: already running (pid ${pid}), checking health"
    wait_until "ferretdb" "${INFRA_WAIT_TIMEOUT}" "${pid}" "${FERRETDB_LOG}" ferretdb_check_ready
    ok "ferretdb: ready on 127.0.0.1:${MONGO_PORT} (reused pid ${pid})"
    return 0
  fi
  if ferretdb_check_tcp; then
    if ferretdb_check_ready; then
      warn "ferretdb: 127.0.0.1:${MONGO_PORT} already answers but was not started by infra/local; reusing it"
      return 0
    fi
    die "ferretdb: port ${MONGO_PORT} is taken by another process; free it or set MONGO_PORT"
  fi
  ferretdb_install
  local backend
  case "${FERRETDB_HANDLER}" in
    sqlite) backend=(--handler=sqlite --sqlite-url="file:${FERRETDB_DATA}/") ;;
    postgresql)
      postgres_up
      backend=(--handler=postgresql --postgresql-url="${POSTGRES_URL}")
      ;;
    *) die "FERRETDB_HANDLER must be sqlite or postgresql, got '${FERRETDB_HANDLER}'" ;;
  esac
  mkdir -p "${FERRETDB_DATA}/state"
  rotate_log "${FERRETDB_LOG}"
  info "ferretdb: starting FerretDB ${FERRETDB_VERSION} (${FERRETDB_HANDLER}) on 127.0.0.1:${MONGO_PORT} (log ${FERRETDB_LOG})"
  # setsid: own session, so it outlives this script; subshell + exec keeps $! = ferretdb's pid.
  (exec setsid "${FERRETDB_BIN}" \
    "${backend[@]}" \
    --state-dir="${FERRETDB_DATA}/state" \
    --listen-addr="127.0.0.1:${MONGO_PORT}" \
    --debug-addr="${FERRETDB_DEBUG_ADDR}" \
    --telemetry=disable \
    --log-level="${FERRETDB_LOG_LEVEL}") >>"${FERRETDB_LOG}" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "${pid}" >"${PID_DIR}/ferretdb.pid"
  wait_until "ferretdb" "${INFRA_WAIT_TIMEOUT}" "${pid}" "${FERRETDB_LOG}" ferretdb_check_ready
  ok "ferretdb: ready on 127.0.0.1:${MONGO_PORT} (pid ${pid})"
}

ferretdb_down() {
  stop_managed ferretdb "${FERRETDB_PROC_PATTERN}"
  postgres_down
}
