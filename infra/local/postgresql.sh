# shellcheck shell=bash
# PostgreSQL from Debian's packages, as the storage of FerretDB's PostgreSQL backend
# (FERRETDB_HANDLER=postgresql). Sourced by up.sh / down.sh / status.sh; needs lib.sh first.
# The server runs as the `postgres` user the package creates (PostgreSQL refuses root), with its
# data in .data/postgresql, listening on 127.0.0.1 only, trust authentication, fsync and
# synchronous_commit on (a write FerretDB acknowledges is durable).

POSTGRES_PORT="${POSTGRES_PORT:-5432}"
POSTGRES_DATA="${DATA_DIR}/postgresql"
POSTGRES_LOG="${LOG_DIR}/postgresql.log"
POSTGRES_PROC_PATTERN="postgres"
POSTGRES_DATABASE="ferretdb"
POSTGRES_URL="postgres://postgres@127.0.0.1:${POSTGRES_PORT}/${POSTGRES_DATABASE}"

export POSTGRES_PORT POSTGRES_URL

# Newest installed server's bin folder (Debian keeps them in /usr/lib/postgresql/<major>/bin).
postgres_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "${dir}" && -x "${dir}/postgres" ]] || return 1
  printf '%s\n' "${dir}"
}

# Installs Debian's postgresql package when no server is installed (root with apt-get only).
postgres_install() {
  postgres_bindir >/dev/null && return 0
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    info "postgresql: installing Debian's postgresql package (first run only)"
    (apt-get install -y --no-install-recommends postgresql || { apt-get update && apt-get install -y --no-install-recommends postgresql; }) \
      >"${LOG_DIR}/postgresql-install.log" 2>&1 || { show_log_tail "${LOG_DIR}/postgresql-install.log"; die "postgresql: apt-get install postgresql failed"; }
    postgres_bindir >/dev/null || die "postgresql: installed, but no server found in /usr/lib/postgresql/*/bin"
  else
    die "postgresql: no server in /usr/lib/postgresql/*/bin; install Debian's postgresql package (apt-get install postgresql)"
  fi
}

# Runs a PostgreSQL program as the postgres user when we are root (the server refuses root).
as_postgres() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_check_ready() {
  port_open "${POSTGRES_PORT}" || return 1
  as_postgres "$(postgres_bindir)/pg_isready" -q -h 127.0.0.1 -p "${POSTGRES_PORT}" -d "${POSTGRES_DATABASE}" -U postgres
}

postgres_status() {
  local pid
  if pid="$(running_pid postgresql "${POSTGRES_PROC_PATTERN}")" && postgres_check_ready; then
    printf 'postgres  UP    pid %s, 127.0.0.1:%s (data %s, log %s)\n' "${pid}" "${POSTGRES_PORT}" "${POSTGRES_DATA}" "${POSTGRES_LOG}"
  else
    printf 'postgres  DOWN\n'
    return 1
  fi
}

postgres_up() {
  ensure_dirs
  local pid bindir
  if pid="$(running_pid postgresql "${POSTGRES_PROC_PATTERN}")"; then
    wait_until "postgresql" "${INFRA_WAIT_TIMEOUT}" "${pid}" "${POSTGRES_LOG}" postgres_check_ready
    ok "postgresql: ready on 127.0.0.1:${POSTGRES_PORT} (reused pid ${pid})"
    return 0
  fi
  port_open "${POSTGRES_PORT}" && die "postgresql: port ${POSTGRES_PORT} is taken; free it or set POSTGRES_PORT"
  postgres_install
  bindir="$(postgres_bindir)"
  mkdir -p "${POSTGRES_DATA}"
  if [[ "$(id -u)" == "0" ]]; then
    touch "${POSTGRES_LOG}"
    chown postgres "${POSTGRES_DATA}" "${POSTGRES_LOG}"
    chmod 700 "${POSTGRES_DATA}"
  fi
  if [[ ! -f "${POSTGRES_DATA}/PG_VERSION" ]]; then
    info "postgresql: initdb in ${POSTGRES_DATA}"
    as_postgres "${bindir}/initdb" -D "${POSTGRES_DATA}" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >>"${POSTGRES_LOG}" 2>&1 ||
      { show_log_tail "${POSTGRES_LOG}"; die "postgresql: initdb failed (the postgres user must be able to reach ${POSTGRES_DATA})"; }
  fi
  info "postgresql: starting $("${bindir}/postgres" --version | awk '{print $3}') on 127.0.0.1:${POSTGRES_PORT} (log ${POSTGRES_LOG})"
  as_postgres "${bindir}/pg_ctl" start -D "${POSTGRES_DATA}" -l "${POSTGRES_LOG}" -w -t "${INFRA_WAIT_TIMEOUT}" \
    -o "-p ${POSTGRES_PORT} -c listen_addresses=127.0.0.1 -k ${POSTGRES_DATA} -c fsync=on -c synchronous_commit=on -c max_connections=200" >/dev/null ||
    { show_log_tail "${POSTGRES_LOG}"; die "postgresql: pg_ctl start failed"; }
  pid="$(head -n 1 "${POSTGRES_DATA}/postmaster.pid")"
  printf '%s\n' "${pid}" >"${PID_DIR}/postgresql.pid"
  if ! as_postgres "${bindir}/psql" -h 127.0.0.1 -p "${POSTGRES_PORT}" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '${POSTGRES_DATABASE}'" | grep -q 1; then
    as_postgres "${bindir}/createdb" -h 127.0.0.1 -p "${POSTGRES_PORT}" -U postgres "${POSTGRES_DATABASE}"
  fi
  wait_until "postgresql" "${INFRA_WAIT_TIMEOUT}" "${pid}" "${POSTGRES_LOG}" postgres_check_ready
  ok "postgresql: ready on 127.0.0.1:${POSTGRES_PORT} (pid ${pid})"
}

# pg_ctl's fast shutdown (clients disconnected, a clean checkpoint); SIGTERM/SIGKILL if it fails.
postgres_down() {
  local bindir pid
  if pid="$(running_pid postgresql "${POSTGRES_PROC_PATTERN}")" && bindir="$(postgres_bindir)"; then
    info "postgresql: stopping pid ${pid} (pg_ctl stop -m fast)"
    as_postgres "${bindir}/pg_ctl" stop -D "${POSTGRES_DATA}" -m fast -w -t "${INFRA_STOP_TIMEOUT}" >/dev/null 2>&1 || true
    if ! kill -0 "${pid}" 2>/dev/null; then
      rm -f "${PID_DIR}/postgresql.pid"
      ok "postgresql: stopped"
      return 0
    fi
  fi
  stop_managed postgresql "${POSTGRES_PROC_PATTERN}"
}
