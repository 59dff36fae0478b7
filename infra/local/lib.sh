# shellcheck shell=bash
# Shared helpers for infra/local/*.sh. Sourced, never executed directly.
#
# Layout:
#   downloads/builds (outside the clone): ${CAREER_CACHE:-$HOME/.cache/career}
#   data, logs, pids (git-ignored):       ${CAREER_DATA_DIR:-<repo>/.data}/{kafka,ferretdb,mailpit,logs,pids}
#   (a benchmark or the fault suite gives its own CAREER_DATA_DIR and ports, so its servers are apart
#   from everyone's: their pid files are then its own, and down.sh with the same CAREER_DATA_DIR
#   stops only those)

if [[ -n "${_INFRA_LOCAL_LIB_LOADED:-}" ]]; then
  return 0
fi
_INFRA_LOCAL_LIB_LOADED=1

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${INFRA_DIR}/../.." && pwd)"
CAREER_CACHE="${CAREER_CACHE:-${HOME}/.cache/career}"
DATA_DIR="${CAREER_DATA_DIR:-${REPO_ROOT}/.data}"
LOG_DIR="${DATA_DIR}/logs"
PID_DIR="${DATA_DIR}/pids"

KAFKA_PORT="${KAFKA_PORT:-9092}"
MONGO_PORT="${MONGO_PORT:-27017}"
INFRA_WAIT_TIMEOUT="${INFRA_WAIT_TIMEOUT:-90}"
INFRA_STOP_TIMEOUT="${INFRA_STOP_TIMEOUT:-30}"

export REPO_ROOT CAREER_CACHE DATA_DIR LOG_DIR PID_DIR KAFKA_PORT MONGO_PORT

if [[ -t 2 ]]; then
  _c_info=$'\033[36m' _c_ok=$'\033[32m' _c_warn=$'\033[33m' _c_err=$'\033[31m' _c_off=$'\033[0m'
else
  _c_info='' _c_ok='' _c_warn='' _c_err='' _c_off=''
fi

info() { printf '%s[infra]%s %s\n' "${_c_info}" "${_c_off}" "$*" >&2; }
ok() { printf '%s[infra]%s %s\n' "${_c_ok}" "${_c_off}" "$*" >&2; }
warn() { printf '%s[infra] WARN:%s %s\n' "${_c_warn}" "${_c_off}" "$*" >&2; }
die() {
  printf '%s[infra] ERROR:%s %s\n' "${_c_err}" "${_c_off}" "$*" >&2
  exit 1
}

ensure_dirs() {
  mkdir -p "${LOG_DIR}" "${PID_DIR}"
}

# port_open PORT [HOST] -> 0 if something accepts TCP connections there.
port_open() {
  local port="$1" host="${2:-127.0.0.1}"
  timeout 2 bash -c "exec 3<>/dev/tcp/${host}/${port}" 2>/dev/null
}

# pid_from_file PIDFILE -> prints the pid if the file holds a live process.
pid_from_file() {
  local pidfile="$1" pid
  [[ -f "${pidfile}" ]] || return 1
  pid="$(tr -dc '0-9' <"${pidfile}")"
  [[ -n "${pid}" ]] || return 1
  kill -0 "${pid}" 2>/dev/null || return 1
  printf '%s\n' "${pid}"
}

# pid_matches PID PATTERN -> 0 if the process command line contains PATTERN
# (guards against a recycled pid belonging to something else).
pid_matches() {
  local pid="$1" pattern="$2"
  [[ -r "/proc/${pid}/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -qF -- "${pattern}"
}

# cmdline_version PID REGEX -> prints the first capture of REGEX (ERE, one group) in PID's command
# line, e.g. the version in a cache path such as .../kafka-4.3.1/libs.
cmdline_version() {
  local pid="$1" regex="$2"
  [[ -r "/proc/${pid}/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/${pid}/cmdline" | sed -nE "s#.*${regex}.*#\\1#p" | head -n 1
}

# running_pid NAME PATTERN -> prints the pid of our managed process, cleaning a stale pid file.
running_pid() {
  local name="$1" pattern="$2" pidfile pid
  pidfile="${PID_DIR}/${name}.pid"
  if pid="$(pid_from_file "${pidfile}")" && pid_matches "${pid}" "${pattern}"; then
    printf '%s\n' "${pid}"
    return 0
  fi
  if [[ -f "${pidfile}" ]]; then
    warn "${name}: removing stale pid file ${pidfile}"
    rm -f "${pidfile}"
  fi
  return 1
}

# rotate_log FILE -> keeps one previous log as FILE.1
rotate_log() {
  local file="$1"
  if [[ -s "${file}" ]]; then
    mv -f "${file}" "${file}.1"
  fi
}

show_log_tail() {
  local file="$1" lines="${2:-40}"
  if [[ -f "${file}" ]]; then
    printf -- '----- last %s lines of %s -----\n' "${lines}" "${file}" >&2
    tail -n "${lines}" "${file}" >&2
    printf -- '-----\n' >&2
  else
    printf '(no log file at %s)\n' "${file}" >&2
  fi
}

# wait_until NAME TIMEOUT_SECONDS PID LOGFILE CHECK_CMD... -> polls CHECK_CMD once a second.
# Fails (with the log tail) on timeout or if PID dies (PID may be empty).
wait_until() {
  local name="$1" timeout_s="$2" pid="$3" logfile="$4"
  shift 4
  local start=${SECONDS}
  while ! "$@"; do
    if [[ -n "${pid}" ]] && ! kill -0 "${pid}" 2>/dev/null; then
      show_log_tail "${logfile}"
      die "${name} exited during startup (pid ${pid}); see ${logfile}"
    fi
    if ((SECONDS - start >= timeout_s)); then
      show_log_tail "${logfile}"
      die "${name} did not become ready within ${timeout_s}s; see ${logfile}"
    fi
    sleep 1
  done
}

# stop_managed NAME PATTERN -> SIGTERM, wait INFRA_STOP_TIMEOUT, then SIGKILL. Removes the pid file.
stop_managed() {
  local name="$1" pattern="$2" pid pidfile waited=0
  pidfile="${PID_DIR}/${name}.pid"
  if ! pid="$(running_pid "${name}" "${pattern}")"; then
    info "${name}: not running (no live pid file)"
    return 0
  fi
  info "${name}: stopping pid ${pid} (SIGTERM)"
  kill -TERM "${pid}" 2>/dev/null || true
  while kill -0 "${pid}" 2>/dev/null; do
    if ((waited >= INFRA_STOP_TIMEOUT)); then
      warn "${name}: still alive after ${INFRA_STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "${pid}" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "${pidfile}"
  ok "${name}: stopped"
}

# node_bin -> prints a node binary able to run the optional health checks, if any.
node_bin() {
  local candidate
  for candidate in "${NODE:-}" "$(command -v node 2>/dev/null || true)" \
    "${CAREER_CACHE}/node24/node_modules/node/bin/node"; do
    if [[ -n "${candidate}" && -x "${candidate}" ]]; then
      printf '%s\n' "${candidate}"
      return 0
    fi
  done
  return 1
}

# has_node_module NAME -> 0 if the repo's node_modules provides NAME and node exists.
has_node_module() {
  [[ -f "${REPO_ROOT}/node_modules/$1/package.json" ]] && node_bin >/dev/null
}

# run_node_check SCRIPT [ARGS...] -> runs an inline node script from the repo root (so require()
# resolves the repo's node_modules), bounded in time.
run_node_check() {
  local script="$1" node
  shift
  node="$(node_bin)" || return 1
  (cd "${REPO_ROOT}" && timeout 20 "${node}" -e "${script}" "$@") >/dev/null 2>&1
}
