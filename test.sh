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

# --- evidence servers (TEST-SERVERS.md): Prometheus with a backfilled incident, Alertmanager, Azurite ---------------
start_prometheus() {
  ensure_apt prometheus prometheus || return 1
  python3 "$ROOT/tests/servers/gen_openmetrics.py" -o "$WORK/incident.om" || return 1
  # After publication (days later, so the incident's own window is untouched): the same series at 1 min steps, with a
  # second spike on 2025-02-14 12:00-12:30Z; the recurrence-check tests read it.
  python3 "$ROOT/tests/servers/gen_openmetrics.py" -o "$WORK/recurrence.om" --start 2025-02-11T22:00:00Z --hours 98 --step 60 \
    --spike-start 2025-02-14T12:00:00Z --spike-end 2025-02-14T12:30:00Z --alert-firing 2025-02-14T12:03:00Z --alert-end 2025-02-14T12:32:00Z \
    || return 1
  for om in incident recurrence; do
    promtool tsdb create-blocks-from openmetrics "$WORK/$om.om" "$WORK/prom-data" >>"$WORK/promtool.log" 2>&1 \
      || { log "promtool backfill of $om.om failed (see $WORK/promtool.log)"; return 1; }
  done
  printf 'global:\n  evaluation_interval: 15s\n' >"$WORK/prometheus.yml"
  prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/prom-data" \
    --storage.tsdb.retention.time=100y --web.listen-address=127.0.0.1:19090 >"$WORK/prometheus.log" 2>&1 &
  PIDS+=($!)
  wait_until prometheus 30 curl -fs http://127.0.0.1:19090/-/ready || return 1
  export PMF_TEST_PROMETHEUS="http://127.0.0.1:19090"
}

start_alertmanager() {
  ensure_apt prometheus-alertmanager prometheus-alertmanager || return 1
  prometheus-alertmanager --config.file="$ROOT/tests/servers/alertmanager.yml" --storage.path="$WORK/am-data" \
    --web.listen-address=127.0.0.1:19093 --web.external-url=http://127.0.0.1:19093 \
    --cluster.listen-address= >"$WORK/alertmanager.log" 2>&1 &
  PIDS+=($!)
  wait_until alertmanager 30 curl -fs http://127.0.0.1:19093/-/ready || return 1
  export PMF_TEST_ALERTMANAGER="http://127.0.0.1:19093"
}

AZURITE_VERSION=3.35.0 # the newest that runs on Node 20
start_azurite() {
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/postmortemflow/azurite-$AZURITE_VERSION"
  if [ ! -x "$cache/node_modules/.bin/azurite" ]; then
    command -v npm >/dev/null 2>&1 || { log "npm is missing: cannot install Azurite"; return 1; }
    log "installing azurite@$AZURITE_VERSION"
    mkdir -p "$cache"
    (cd "$cache" && npm install --no-audit --no-fund "azurite@$AZURITE_VERSION") >"$WORK/npm-azurite.log" 2>&1 \
      || { log "could not install Azurite (see $WORK/npm-azurite.log)"; return 1; }
  fi
  "$cache/node_modules/.bin/azurite" --location "$WORK/azurite-data" --silent --skipApiVersionCheck --loose \
    --disableTelemetry --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 \
    --tableHost 127.0.0.1 --tablePort 10002 >"$WORK/azurite.log" 2>&1 &
  PIDS+=($!)
  wait_until azurite 30 sh -c 'curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:10000/devstoreaccount1?comp=list" | grep -q "^[1-5]"' || return 1
  # Azurite's published development account key, not a secret.
  export PMF_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;"
}

start_redis || log "Redis is not available: the tests that need it will fail"
start_prometheus || log "Prometheus is not available: the tests that need it will fail under CI"
start_alertmanager || log "Alertmanager is not available: the tests that need it will fail under CI"
start_azurite || log "Azurite is not available: the tests that need it will fail under CI"

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
