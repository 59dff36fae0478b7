# shellcheck shell=bash
# Mailpit: a local SMTP server that keeps every mail it receives and serves it over an HTTP API
# (the notifications service sends through it; tests read the delivered mail back).
# Built from the Go module github.com/axllent/mailpit. Sourced by up.sh / down.sh / status.sh /
# smoke-mailpit.sh; needs lib.sh first.

MAILPIT_VERSION="${MAILPIT_VERSION:-v1.33.1}"
MAILPIT_SMTP_PORT="${MAILPIT_SMTP_PORT:-1025}"
MAILPIT_HTTP_PORT="${MAILPIT_HTTP_PORT:-8025}"
MAILPIT_MAX_MESSAGES="${MAILPIT_MAX_MESSAGES:-5000}"
MAILPIT_HOME="${CAREER_CACHE}/mailpit-${MAILPIT_VERSION}"
MAILPIT_BIN="${MAILPIT_HOME}/mailpit"
MAILPIT_DATA="${DATA_DIR}/mailpit"
MAILPIT_DB="${MAILPIT_DATA}/mailpit.db"
MAILPIT_LOG="${LOG_DIR}/mailpit.log"
MAILPIT_PROC_PATTERN="mailpit"
MAILPIT_URL="http://127.0.0.1:${MAILPIT_HTTP_PORT}"
SMTP_URL="smtp://127.0.0.1:${MAILPIT_SMTP_PORT}"

export MAILPIT_SMTP_PORT MAILPIT_HTTP_PORT MAILPIT_URL SMTP_URL

# Builds the mailpit binary into the cache (once), with `go install` into a temporary GOBIN.
# Unlike FerretDB, the module zip is enough to build a working server: Mailpit's version string is
# only an -ldflags -X value (otherwise it reports "dev"), and the go:embed'ed server/ui directory
# exists in the zip. Only the web UI bundle (server/ui/dist, built with npm at release time) is
# missing, so the browser UI shows an empty page; the SMTP server and the HTTP API are complete.
mailpit_install() {
  if [[ -x "${MAILPIT_BIN}" ]] && "${MAILPIT_BIN}" version --no-release-check >/dev/null 2>&1; then
    return 0
  fi
  command -v go >/dev/null 2>&1 ||
    die "go not found on PATH: needed once to build Mailpit ${MAILPIT_VERSION} into ${MAILPIT_HOME}"
  info "mailpit: building github.com/axllent/mailpit ${MAILPIT_VERSION} with $(go version | awk '{print $3}') (first run only, about 1 min)"
  mkdir -p "${MAILPIT_HOME}"
  local build_log="${MAILPIT_HOME}/build.log" gobin="${MAILPIT_HOME}/bin.tmp" start=${SECONDS}
  rm -rf "${gobin}"
  mkdir -p "${gobin}"
  # GOTOOLCHAIN=local: never download another Go toolchain (v1.33.1 needs go >= 1.26.0);
  # GOWORK=off: ignore any go.work; CGO_ENABLED=0: its SQLite driver is pure Go (modernc.org).
  if ! (cd "${MAILPIT_HOME}" && GOTOOLCHAIN=local GOWORK=off GOFLAGS='' CGO_ENABLED=0 GOBIN="${gobin}" \
    go install -trimpath -ldflags "-s -w -X github.com/axllent/mailpit/config.Version=${MAILPIT_VERSION}" \
    "github.com/axllent/mailpit@${MAILPIT_VERSION}") >"${build_log}" 2>&1; then
    show_log_tail "${build_log}" 30
    die "mailpit: go install failed (full log: ${build_log})"
  fi
  [[ -x "${gobin}/mailpit" ]] || die "mailpit: go install produced no ${gobin}/mailpit (see ${build_log})"
  mv -f "${gobin}/mailpit" "${MAILPIT_BIN}"
  rm -rf "${gobin}"
  ok "mailpit: built ${MAILPIT_BIN} in $((SECONDS - start))s ($("${MAILPIT_BIN}" version --no-release-check | head -n 1 | awk '{print $2, $3, $4, $5}'))"
}

# mailpit_http_get PATH -> prints the body of GET ${MAILPIT_URL}PATH; fails on non-2xx.
mailpit_http_get() {
  local url="${MAILPIT_URL}$1"
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 3 "${url}" 2>/dev/null
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, urllib.request
sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=3).read().decode())' "${url}" 2>/dev/null
  else
    return 1
  fi
}

mailpit_check_tcp() {
  port_open "${MAILPIT_HTTP_PORT}"
}

# Ready: /readyz answers 200 (HTTP server up and its database pings), /api/v1/info is Mailpit's,
# and the SMTP port accepts connections (the SMTP listener starts separately from the HTTP one).
mailpit_check_ready() {
  mailpit_http_get /readyz >/dev/null || return 1
  mailpit_http_get /api/v1/info | grep -q '"Version"' || return 1
  port_open "${MAILPIT_SMTP_PORT}"
}

# mailpit_info_field NAME -> a top-level number/string field of GET /api/v1/info (e.g. Messages).
mailpit_info_field() {
  mailpit_http_get /api/v1/info | sed -nE "s/.*\"$1\":\"?([^\",}]*)\"?[,}].*/\\1/p" | head -n 1
}

mailpit_running_version() {
  cmdline_version "$1" '/mailpit-([^/ ]+)/mailpit '
}

mailpit_status() {
  local pid
  if pid="$(running_pid mailpit "${MAILPIT_PROC_PATTERN}")"; then
    if mailpit_check_ready; then
      printf 'mailpit   UP    pid %s, smtp 127.0.0.1:%s, HTTP API %s (Mailpit %s, %s messages, db %s, log %s)\n' "${pid}" "${MAILPIT_SMTP_PORT}" "${MAILPIT_URL}" "$(mailpit_running_version "${pid}")" "$(mailpit_info_field Messages)" "${MAILPIT_DB}" "${MAILPIT_LOG}"
    else
      printf 'mailpit   STARTING/UNHEALTHY  pid %s, %s/readyz or smtp 127.0.0.1:%s not answering yet\n' "${pid}" "${MAILPIT_URL}" "${MAILPIT_SMTP_PORT}"
      return 1
    fi
  elif mailpit_check_tcp || port_open "${MAILPIT_SMTP_PORT}"; then
    if mailpit_check_ready; then
      printf 'mailpit   UP?   %s and smtp 127.0.0.1:%s answer, but not started by infra/local (no pid file)\n' "${MAILPIT_URL}" "${MAILPIT_SMTP_PORT}"
    else
      printf 'mailpit   DOWN  port %s or %s is taken by something that is not a ready Mailpit\n' "${MAILPIT_HTTP_PORT}" "${MAILPIT_SMTP_PORT}"
      return 1
    fi
  else
    printf 'mailpit   DOWN\n'
    return 1
  fi
}

mailpit_up() {
  ensure_dirs
  local pid
  if pid="$(running_pid mailpit "${MAILPIT_PROC_PATTERN}")"; then
    info "mailpit: already running (pid ${pid}), checking health"
    local running
    running="$(mailpit_running_version "${pid}")"
    if [[ -n "${running}" && "${running}" != "${MAILPIT_VERSION}" ]]; then
      warn "mailpit: running version ${running} differs from MAILPIT_VERSION=${MAILPIT_VERSION}; stop it first to switch"
    fi
    wait_until "mailpit" "${INFRA_WAIT_TIMEOUT}" "${pid}" "${MAILPIT_LOG}" mailpit_check_ready
    ok "mailpit: ready on smtp 127.0.0.1:${MAILPIT_SMTP_PORT}, HTTP API ${MAILPIT_URL} (reused pid ${pid})"
    return 0
  fi
  if mailpit_check_tcp || port_open "${MAILPIT_SMTP_PORT}"; then
    if mailpit_check_ready; then
      warn "mailpit: ${MAILPIT_URL} and smtp 127.0.0.1:${MAILPIT_SMTP_PORT} already answer but were not started by infra/local; reusing them"
      return 0
    fi
    die "mailpit: port ${MAILPIT_HTTP_PORT} or ${MAILPIT_SMTP_PORT} is taken by another process; free it or set MAILPIT_HTTP_PORT / MAILPIT_SMTP_PORT"
  fi
  mailpit_install
  mkdir -p "${MAILPIT_DATA}"
  rotate_log "${MAILPIT_LOG}"
  info "mailpit: starting Mailpit ${MAILPIT_VERSION} on smtp 127.0.0.1:${MAILPIT_SMTP_PORT}, HTTP 127.0.0.1:${MAILPIT_HTTP_PORT} (log ${MAILPIT_LOG})"
  # No SMTP auth needed (--smtp-auth-accept-any), and if a client does send credentials they are
  # accepted over plain text (--smtp-auth-allow-insecure). --max keeps the newest N messages.
  # --smtp-disable-rdns: no reverse DNS lookup per connection; --disable-version-check: no calls
  # to GitHub. setsid: own session, so it outlives this script; subshell + exec keeps $! = its pid.
  (exec setsid "${MAILPIT_BIN}" \
    --database="${MAILPIT_DB}" \
    --smtp="127.0.0.1:${MAILPIT_SMTP_PORT}" \
    --listen="127.0.0.1:${MAILPIT_HTTP_PORT}" \
    --max="${MAILPIT_MAX_MESSAGES}" \
    --smtp-auth-accept-any \
    --smtp-auth-allow-insecure \
    --smtp-disable-rdns \
    --disable-version-check \
    --label=career-local) >>"${MAILPIT_LOG}" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "${pid}" >"${PID_DIR}/mailpit.pid"
  wait_until "mailpit" "${INFRA_WAIT_TIMEOUT}" "${pid}" "${MAILPIT_LOG}" mailpit_check_ready
  ok "mailpit: ready on smtp 127.0.0.1:${MAILPIT_SMTP_PORT}, HTTP API ${MAILPIT_URL} (pid ${pid})"
}

mailpit_stop() {
  stop_managed mailpit "${MAILPIT_PROC_PATTERN}"
}

# Same naming as kafka_down / ferretdb_down.
mailpit_down() {
  mailpit_stop
}
