#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need when missing, starts the real
# servers on loopback, runs every test of the solution and prints "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
WORK="$ROOT/.test-work"
rm -rf "$WORK"
mkdir -p "$WORK"

log() { printf '[test.sh] %s\n' "$*" >&2; }

APT_UPDATED=0
ensure_apt() { # ensure_apt COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$APT_UPDATED" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    APT_UPDATED=1
  fi
  log "installing $2"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >"$WORK/apt-$2.log" 2>&1 \
    || { log "could not install $2 (see $WORK/apt-$2.log)"; return 1; }
}

PIDS=()
stop_servers() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT

wait_until() { # wait_until NAME SECONDS COMMAND...
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then log "$name did not become ready"; return 1; fi
    sleep 0.1
  done
}

start_redis() {
  ensure_apt redis-server redis-server || return 1
  mkdir -p "$WORK/redis-data"
  redis-server --bind 127.0.0.1 --port 16379 --dir "$WORK/redis-data" --appendonly yes --save '' \
    --daemonize no --logfile "$WORK/redis.log" &
  PIDS+=($!)
  wait_until redis 20 sh -c 'redis-cli -h 127.0.0.1 -p 16379 ping | grep -q PONG' || return 1
  export PMF_TEST_REDIS="127.0.0.1:16379"
}

start_redis || log "Redis is not available: the tests that need it will fail"

# The webhook integration test starts its own Alertmanager pointing at its own server; it only needs the binary.
install_alertmanager() {
  ensure_apt prometheus-alertmanager prometheus-alertmanager
}

install_alertmanager || log "Alertmanager is not available: the webhook integration test will fail"

# The review UI's browser tests drive the Debian Chromium through Playwright (no browser download).
# Without it they are skipped on a developer machine and fail in CI (CI=true).
install_chromium() {
  ensure_apt chromium chromium || return 1
}

install_chromium || log "Chromium is not available: the browser tests will be skipped (or fail in CI)"

RESULTS="$WORK/results"
dotnet test "$ROOT/PostMortemFlow.sln" --logger "trx" --results-directory "$RESULTS" 2>&1 | tee "$WORK/dotnet-test.log"
status=${PIPESTATUS[0]}

counter() { # sums one attribute of the <Counters> element over every TRX file
  cat "$RESULTS"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' \
    | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(counter passed)
failed=$(counter failed)
total=$(counter total)
executed=$(counter executed)
skipped=$((total - executed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  log "dotnet test failed before reporting a failing test (build error or crashed host)"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
