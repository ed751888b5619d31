#!/usr/bin/env bash
# Benchmarks the packaged suite against a real PostgreSQL and a real Redis started for the run,
# with load from wrk on the same machine, then checks that the load left correct data.
#
#   bench/run.sh            full: a PREWARM pass over the scenarios (the JIT settles), then per scenario a WARMUP
#                           and RUNS runs of DURATION; the median run is reported
#   bench/run.sh --smoke    every scenario once for 2 s, 100 seeded invoices: checks correctness, not speed
#
# Environment: DURATION (10s), RUNS (3), START_RUNS (3: timed starts per kind, the median reported), WARMUP (5s), PREWARM (20s per scenario), PAIRS (2000 login pairs per run),
# WRK_TIMEOUT (2s), JAR (suite/target/bizsuite.jar, built when missing), JAVA (a JDK 25 under /usr/lib/jvm),
# JAVA_OPTS (for the suite; default @suite/jvm.options, as run.sh), AOT (1: the first start records an AOT cache
# and one more start is timed with it; 0: not), START_OPTS (extra JVM options for one more timed start), PG_BIN (newest
# /usr/lib/postgresql/*/bin), RESULTS_DIR (bench/results; a directory under /tmp for --smoke), SCENARIOS (names
# separated by spaces, e.g. "parties stock-adjust-hot": only these are prewarmed and run; default all; "redis-outage"
# stops Redis for OUTAGE seconds (10; 2 in --smoke) under load and reports what clients got during and after),
# FRESH_BUSINESS (1: each run of an invoice-issue scenario on a business seeded for it, as a new customer's first load).
# Needs root (PostgreSQL runs as the postgres user), wrk, redis-server, postgresql, curl and python3.
# Writes RESULTS_DIR/<UTC timestamp>.json and .md and prints the table; exits 1 when a check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

MODE=full
for arg in "$@"; do
  case $arg in
    --smoke) MODE=smoke ;;
    -h | --help) sed -n '2,18p' "$0" | cut -c3-; exit 0 ;;
    *) echo "unknown option: $arg (see bench/run.sh --help)" >&2; exit 2 ;;
  esac
done
if [ "$MODE" = smoke ]; then
  DURATION=2s RUNS=1 WARMUP=0 PREWARM=0 PAIRS=200 INVOICES=100 AOT=${AOT:-0} START_RUNS=1
else
  DURATION=${DURATION:-10s} RUNS=${RUNS:-3} WARMUP=${WARMUP:-5s} PREWARM=${PREWARM:-20s} PAIRS=${PAIRS:-2000} INVOICES=1000
  AOT=${AOT:-1} START_RUNS=${START_RUNS:-3}
fi
JAVA_OPTS=${JAVA_OPTS-@$root/suite/jvm.options}
WRK_TIMEOUT=${WRK_TIMEOUT:-2s}
PARTIES=50 ITEMS=200
FY=2026-27 SEED_MONTH=2026-10 DOC_DATE=2026-11-23   # seeded invoices are dated in October, new documents in November
OWNER_PHONE=6999999999

# --- prerequisites -------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v redis-server >/dev/null || missing+=(redis-server)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)}
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/run.sh needs: apt-get install -y ${missing[*]}" >&2
  exit 2
fi
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)}
[ -n "$JAVA" ] || JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
[ -n "$JAVA" ] && "$JAVA" -version 2>&1 | grep '"25' >/dev/null || { echo "bench/run.sh needs a JDK 25 (JAVA=/path/to/bin/java)" >&2; exit 2; }
if [ -z "${JAR:-}" ]; then
  JAR=suite/target/bizsuite.jar
  [ -f "$JAR" ] || ./mvnw -B -ntp -DskipTests -pl suite -am package
fi
[ -f "$JAR" ] || { echo "no jar at $JAR" >&2; exit 2; }

# PostgreSQL refuses to run as root: as root its tools run as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
say() { echo "[$(date -u +%T)] $*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
jget() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
started_at=$(date +%s)
work=$(mktemp -d /tmp/bizsuite-bench.XXXXXX)
pgdir=$(mktemp -d /tmp/bizsuite-bench-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdir"
if [ "$MODE" = smoke ]; then RESULTS_DIR=${RESULTS_DIR:-/tmp/bizsuite-bench-smoke-$stamp}; else RESULTS_DIR=${RESULTS_DIR:-bench/results}; fi
figure() { echo "$1 ${2:-}" >>"$work/figures.txt"; }

SUITE_PID= REDIS_PID= PG_STARTED=
stop_suite() {  # [SECONDS to wait before kill -9: 30]
  kill "$SUITE_PID" 2>/dev/null || true
  for _ in $(seq "$(( ${1:-30} * 10 ))"); do kill -0 "$SUITE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$SUITE_PID" 2>/dev/null || true
  wait "$SUITE_PID" 2>/dev/null || true
  SUITE_PID=
}
cleanup() {
  local status=$?
  set +e
  [ -n "$SUITE_PID" ] && stop_suite
  [ -n "$REDIS_PID" ] && { kill "$REDIS_PID"; wait "$REDIS_PID"; } 2>/dev/null
  [ -n "$PG_STARTED" ] && as_pg "$PG_BIN/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null
  if [ "$status" -ne 0 ]; then
    local keep=/tmp/bizsuite-bench-failed-$stamp
    mkdir -p "$keep" && cp "$work"/*.log "$work"/*.txt "$pgdir"/*.log "$keep"/ 2>/dev/null
    cp -r "$work/scenarios" "$keep"/ 2>/dev/null
    echo "bench failed (exit $status); logs kept in $keep" >&2
  fi
  rm -rf "$work" "$pgdir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A private copy of the jar, so that a rebuild during the run cannot change what runs; copied again
# if the jar changed while it was being copied (a build in progress), and checked to be a whole zip.
for attempt in $(seq 30); do
  before=$(stat -c %s:%Y "$JAR")
  cp -p "$JAR" "$work/bizsuite.jar"
  if [ "$before" = "$(stat -c %s:%Y "$JAR")" ] && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1])' "$work/bizsuite.jar" 2>/dev/null; then
    break
  fi
  [ "$attempt" = 30 ] && { echo "$JAR kept changing or is not a jar" >&2; exit 1; }
  sleep 2
done

figure mode "$MODE"; figure duration "$DURATION"; figure warmup "$WARMUP"; figure prewarm "$PREWARM"; figure aot "$AOT"; figure runs "$RUNS"; figure pairs "$PAIRS"
figure wrk_timeout "$WRK_TIMEOUT"; figure java_opts "${JAVA_OPTS//$root\//}"; figure start_opts "${START_OPTS:-}"
figure jdk "$("$JAVA" -version 2>&1 | sed -n 2p)"
figure redis "$(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p')"
figure wrk "$(wrk -v 2>&1 | head -1 | awk '{print $2}' || true)"
figure git_commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
figure git_dirty "$([ -n "$(git status --porcelain --untracked-files=no -- . ':!bench' 2>/dev/null)" ] && echo yes || echo no)"
figure jar "${JAR#$root/}"
figure jar_sha256 "$(sha256sum "$work/bizsuite.jar" | cut -d' ' -f1)"
figure jar_mtime "$(date -u -r "$work/bizsuite.jar" +%Y-%m-%dT%H:%M:%SZ)"
say "bench $MODE: $JAR, $("$JAVA" -version 2>&1 | head -1), work in $work"

# --- PostgreSQL: fsync and synchronous_commit stay on -----------------------------------------------
pg_port=$(free_port)
as_pg "$PG_BIN/initdb" -D "$pgdir/data" -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$pgdir/initdb.log"
cat >>"$pgdir/data/postgresql.conf" <<EOF

# bench/run.sh: a small box (2 cores) running the suite and the load generator too
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$pgdir'
max_connections = 100
shared_buffers = 256MB
effective_cache_size = 1GB
work_mem = 8MB
maintenance_work_mem = 128MB
wal_buffers = 16MB
max_wal_size = 2GB
checkpoint_timeout = 15min
checkpoint_completion_target = 0.9
random_page_cost = 1.1
fsync = on
synchronous_commit = on
full_page_writes = on
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.max = 5000
track_io_timing = on
log_lock_waits = on
log_min_duration_statement = 1000
EOF
as_pg "$PG_BIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/postgres.log" -w -t 60 start >/dev/null
PG_STARTED=1
psql_as_superuser() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$pgdir" -p "$pg_port" "$@"; }
pg_password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
psql_as_superuser -d postgres -c "CREATE ROLE bizsuite LOGIN PASSWORD '$pg_password'" -c "CREATE DATABASE bizsuite OWNER bizsuite"
psql_as_superuser -d bizsuite -c "CREATE EXTENSION pg_stat_statements"
figure postgresql "$(psql_as_superuser -d bizsuite -At -c 'SHOW server_version')"
say "PostgreSQL $(psql_as_superuser -d bizsuite -At -c 'SHOW server_version') on 127.0.0.1:$pg_port" \
  "(as superuser: runuser -u postgres -- $PG_BIN/psql -h $pgdir -p $pg_port bizsuite)"

# --- Redis --------------------------------------------------------------------------------------------
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 &
REDIS_PID=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break; sleep 0.05; done
kill -0 "$REDIS_PID" 2>/dev/null || { echo "redis-server did not start:" >&2; cat "$work/redis.log" >&2; exit 1; }
say "redis-server on 127.0.0.1:$redis_port"

# --- the suite ----------------------------------------------------------------------------------------
port=$(free_port)
base="http://127.0.0.1:$port"
export PORT=$port BIZSUITE_DATA_DIR="$work/data" AUTH_SMS_OUTBOX_FILE="$work/outbox.jsonl"
export JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/bizsuite" JDBC_USER=bizsuite JDBC_PASSWORD="$pg_password"
export REDIS_URI="redis://127.0.0.1:$redis_port"
# a signing key as production has one (without it the suite generates one on first use, a dev-only cost)
AUTH_JWT_PRIVATE_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)
export AUTH_JWT_PRIVATE_KEY AUTH_JWT_KEY_ID=bench-$stamp
# login is rate limited per phone and per IP; the load comes from one IP
export BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_PHONE=1000000 BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_IP=100000000
export BIZSUITE_AUTH_RATE_LIMITS_VERIFY_PER_PHONE=1000000 BIZSUITE_AUTH_RATE_LIMITS_VERIFY_PER_IP=100000000

# start_suite LOG [JVM options...]: starts the suite and waits for readiness; sets SUITE_PID and ready_ms.
start_suite() {
  local log=$1; shift
  local started
  started=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  (cd "$work" && exec "$JAVA" ${JAVA_OPTS:-} "$@" -jar "$work/bizsuite.jar") >"$log" 2>&1 &
  SUITE_PID=$!
  until curl -sf -o /dev/null --max-time 2 "$base/health/readiness"; do
    if ! kill -0 "$SUITE_PID" 2>/dev/null || [ $(( ($(date +%s%N) - started) / 1000000000 )) -gt 180 ]; then
      echo "the suite did not become ready; the end of its log:" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SUITE_PID/status" 2>/dev/null || echo; }
# timed_start NAME LOG [JVM options...]: START_RUNS starts (each but the last stopped again); figures NAME_ms (the
# median) and NAME_all_ms (every start, in order); the last start stays up, with ready_ms set to the median.
timed_start() {
  local name=$1 log=$2; shift 2
  local times=() k
  for k in $(seq "$START_RUNS"); do
    [ "$k" -gt 1 ] && stop_suite
    start_suite "$log" "$@"
    times+=("$ready_ms")
  done
  ready_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (START_RUNS + 1) / 2 ))p")
  figure "${name}_ms" "$ready_ms"; figure "${name}_all_ms" "${times[*]}"
}

aot_training=()
[ "$AOT" = 1 ] && aot_training=(-XX:AOTCacheOutput="$work/bizsuite.aot")
start_suite "$work/suite-first.log" "${aot_training[@]}"
figure first_start_ms "$ready_ms"
say "first start (migrations on an empty database$([ "$AOT" = 1 ] && echo ', recording an AOT cache')): $ready_ms ms;" \
  "extensions: $(psql_as_superuser -d bizsuite -At -c "SELECT string_agg(extname || ' owned by ' || extowner::regrole, ', ') FROM pg_extension WHERE extname <> 'plpgsql'")"
stop_suite 120   # the JVM writes the AOT cache as it exits
if [ "$AOT" = 1 ]; then
  [ -f "$work/bizsuite.aot" ] || { echo "the first start wrote no AOT cache:" >&2; grep -i aot "$work/suite-first.log" | tail -5 >&2; exit 1; }
  timed_start aot_start "$work/suite-aot.log" -XX:AOTCache="$work/bizsuite.aot"
  figure aot_start_rss_mb "$(rss_mb)"
  say "start with the AOT cache (schema migrated): median $ready_ms ms of $START_RUNS, RSS $(rss_mb) MB"
  stop_suite
fi
if [ -n "${START_OPTS:-}" ]; then
  # shellcheck disable=SC2086
  timed_start start_opts "$work/suite-start-opts.log" $START_OPTS
  figure start_opts_rss_mb "$(rss_mb)"
  say "start with START_OPTS ($START_OPTS): median $ready_ms ms of $START_RUNS, RSS $(rss_mb) MB"
  grep -iE 'aot|cds|shared archive' "$work/suite-start-opts.log" | head -5 | sed 's/^/    JVM: /' || true
  stop_suite
fi
timed_start restart "$work/suite.log"
figure rss_after_start_mb "$(rss_mb)"
say "restart (schema migrated): median $ready_ms ms of $START_RUNS, RSS $(rss_mb) MB"

# --- seed through the public API ---------------------------------------------------------------------------
[ "$MODE" = smoke ] && say "smoke: seeding $INVOICES invoices instead of 1000; the figures are not comparable with a full run"
python3 bench/seed_business.py "$base" "$AUTH_SMS_OUTBOX_FILE" "$work/seed" --parties "$PARTIES" --items "$ITEMS" \
  --invoices "$INVOICES" --month "$SEED_MONTH" >/dev/null
say "seeded $PARTIES parties, $ITEMS items, $INVOICES issued invoices in $(jget "$work/seed/seed.json" seconds) s"
export BUSINESS_ID TOKEN
BUSINESS_ID=$(jget "$work/seed/seed.json" business)
TOKEN=$(jget "$work/seed/seed.json" token)
head -1 "$work/seed/items.txt" >"$work/seed/hot-item.txt"
psql_as_superuser -d bizsuite -c "SELECT pg_stat_statements_reset()" >/dev/null   # the statistics cover the load only
log_lines_before_load=$(wc -l <"$work/suite.log")

# --- scenarios ----------------------------------------------------------------------------------------------
export BENCH_DIR="$root/bench"
scenario_no=0
# A fresh access token (they live 15 minutes) before every run.
refresh_token() {
  local token
  if token=$(python3 bench/api.py login "$base" "$AUTH_SMS_OUTBOX_FILE" "$OWNER_PHONE" 2>"$work/login-error.txt"); then
    TOKEN=$token
  else
    say "could not log in again, keeping the old token: $(tail -1 "$work/login-error.txt")"
  fi
}
show_run() {  # RESULT_JSON RUN UNIT: one line of progress
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))
groups = ", groups %s of %s on average, %s alone" % (r["groups"], r["group_mean"], r["alone"]) if r.get("groups") else ""
print("    %s: %.1f %s, p50 %s ms, p99 %s ms, non-2xx %s, errors %s%s" % (sys.argv[2], r["rps"], sys.argv[3], r["p50_ms"], r["p99_ms"], r["non2xx"], r["errors"], groups))' "$@"
}
new_scenario() {  # NAME LABEL CONNECTIONS THREADS REQUEST UNIT: creates $dir
  scenario_no=$((scenario_no + 1))
  dir=$work/scenarios/$(printf %02d "$scenario_no")-$1
  mkdir -p "$dir"
  printf 'name %s\nlabel %s\nconnections %s\nthreads %s\nrequest %s\nunit %s\n' "$@" >"$dir/scenario.txt"
  say "$2, $3 connection$([ "$3" = 1 ] || echo s)"
}
end_scenario() { echo "rss_mb $(rss_mb)" >>"$dir/scenario.txt"; }

# wrk_scenario NAME LABEL CONNECTIONS SCRIPT PATH [VAR=VALUE...]: a warm-up, then RUNS runs with wrk;
# the VAR=VALUE pairs are the script's environment.
wrk_scenario() {
  local name=$1 label=$2 connections=$3 script=$4 path=$5; shift 5
  local threads=$((connections < 2 ? 1 : 2))
  new_scenario "$name" "$label" "$connections" "$threads" "$path" "req/s"
  local run runs=()
  [ "$WARMUP" != 0 ] && runs+=(warmup)
  for run in $(seq "$RUNS"); do runs+=("run$run"); done
  for run in "${runs[@]}"; do
    refresh_token
    local length=$DURATION fresh=()
    [ "$run" = warmup ] && length=$WARMUP
    if [ "${FRESH_BUSINESS:-0}" = 1 ] && [[ $name == invoice-issue-* ]]; then
      python3 bench/seed_business.py "$base" "$AUTH_SMS_OUTBOX_FILE" "$dir/$run-seed" --parties "$PARTIES" --items "$ITEMS" \
        --invoices 0 >/dev/null
      fresh=(TOKEN="$(jget "$dir/$run-seed/seed.json" token)" BUSINESS_ID="$(jget "$dir/$run-seed/seed.json" business)"
        ITEMS_FILE="$dir/$run-seed/items.txt" PARTIES_FILE="$dir/$run-seed/parties.txt")
    fi
    python3 bench/group_figures.py snapshot "$base" "$dir/meters-$run.json"
    env TOKEN="$TOKEN" "$@" "${fresh[@]}" WRK_RESULT="$dir/$run.json" \
      wrk -t"$threads" -c"$connections" -d"$length" --timeout "$WRK_TIMEOUT" -s "bench/$script" "$base$path" >"$dir/$run.txt"
    python3 bench/group_figures.py add "$dir/meters-$run.json" "$base" "$dir/$run.json"
    show_run "$dir/$run.json" "$run" "req/s"
  done
  end_scenario
}

seed=$work/seed
selected() { [ -z "${SCENARIOS:-}" ] || [[ " $SCENARIOS " == *" $1 "* ]]; }
# every selected wrk scenario, each given to the runner $1 (wrk_scenario, or prewarm)
each_wrk_scenario() {
  local runner=$1
  each_selected() { if selected "$1"; then "$runner" "$@"; fi; }
  all_wrk_scenarios each_selected
}
all_wrk_scenarios() {
  "$1" liveness "GET /health/liveness" 20 get.lua /health/liveness TOKEN=
  "$1" parties "GET /api/v1/parties, 50 of $PARTIES" 20 get.lua "/api/v1/parties?limit=50"
  "$1" items-search "GET /api/v1/items?search=steel, 20 of $ITEMS match" 10 get.lua "/api/v1/items?search=steel&limit=50"
  "$1" invoices-list "GET /api/v1/invoices, page of 20 of $INVOICES (sale, issued, October)" 10 get.lua \
    "/api/v1/invoices?invoiceType=sale&status=issued&startDate=$SEED_MONTH-01&endDate=$SEED_MONTH-31&limit=20"
  "$1" invoice-issue-1 "POST /api/v1/invoices, 3 lines, issued at once" 1 create-invoice.lua /api/v1/invoices \
    ITEMS_FILE="$seed/items.txt" PARTIES_FILE="$seed/parties.txt" INVOICE_DATE="$DOC_DATE"
  "$1" invoice-issue-10 "POST /api/v1/invoices, 3 lines, issued at once" 10 create-invoice.lua /api/v1/invoices \
    ITEMS_FILE="$seed/items.txt" PARTIES_FILE="$seed/parties.txt" INVOICE_DATE="$DOC_DATE"
  "$1" stock-adjust-hot "POST /api/v1/stock/adjust, one hot item" 10 stock-adjust.lua /api/v1/stock/adjust \
    ITEMS_FILE="$seed/hot-item.txt"
  "$1" stock-adjust-many "POST /api/v1/stock/adjust, $ITEMS items" 10 stock-adjust.lua /api/v1/stock/adjust \
    ITEMS_FILE="$seed/items.txt"
  "$1" payments "POST /api/v1/payments, 1.00 against one of $INVOICES invoices" 10 payment.lua /api/v1/payments \
    INVOICES_FILE="$seed/invoices.txt" PAYMENT_DATE="$DOC_DATE" PAYMENT_AMOUNT=1.00
}

# A pass over every scenario before any is measured: on 2 cores the JIT compiler takes a large share
# of the CPU for the first minutes, and a figure taken then says more about the JIT than about the code.
prewarm() {
  local name=$1 connections=$3 script=$4 path=$5; shift 5
  refresh_token
  env TOKEN="$TOKEN" "$@" WRK_RESULT="$work/prewarm-$name.json" \
    wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"$PREWARM" --timeout "$WRK_TIMEOUT" -s "bench/$script" "$base$path" \
    >"$work/prewarm-$name.txt"
}
if [ "$PREWARM" != 0 ]; then
  say "prewarm: every scenario for $PREWARM, not reported"
  each_wrk_scenario prewarm
fi
each_wrk_scenario wrk_scenario

if selected login-pairs; then
  new_scenario login-pairs "login: send-otp + verify-otp pair (p50/p99 per call)" 10 10 \
    "/api/v1/auth/send-otp + /api/v1/auth/verify-otp" "pairs/s"
  [ "$WARMUP" != 0 ] && python3 bench/login_pairs.py "$base" "$AUTH_SMS_OUTBOX_FILE" $((PAIRS / 4)) 10 >"$dir/warmup.json" \
    && show_run "$dir/warmup.json" warmup "pairs/s"
  for run in $(seq "$RUNS"); do
    python3 bench/login_pairs.py "$base" "$AUTH_SMS_OUTBOX_FILE" "$PAIRS" 10 >"$dir/run$run.json"
    show_run "$dir/run$run.json" "run$run" "pairs/s"
  done
  end_scenario
fi

# --- Redis outage: load running, Redis stopped for OUTAGE seconds, then started again (ADR 0011) ------------------
# send_otp_probe: one send-otp, printed as "STATUS SECONDS"
send_otp_probe() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 -H 'content-type: application/json' \
    -d "{\"phone\":\"9$(printf %09d $(( (RANDOM * 32768 + RANDOM) % 1000000000 )))\",\"purpose\":\"login\"}" "$base/api/v1/auth/send-otp"
}
if selected redis-outage; then
  outage=${OUTAGE:-10}
  [ "$MODE" = smoke ] && outage=2
  new_scenario redis-outage "GET /api/v1/parties while Redis is stopped for ${outage} s (send-otp probed every 0.2 s)" 10 2 \
    "/api/v1/parties?limit=50" "req/s"
  refresh_token
  env TOKEN="$TOKEN" WRK_RESULT="$dir/before.json" wrk -t2 -c10 -d3s --timeout "$WRK_TIMEOUT" -s bench/get.lua \
    "$base/api/v1/parties?limit=50" >"$dir/before.txt"
  kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true
  env TOKEN="$TOKEN" WRK_RESULT="$dir/run1.json" wrk -t2 -c10 -d"${outage}s" --timeout "$WRK_TIMEOUT" -s bench/get.lua \
    "$base/api/v1/parties?limit=50" >"$dir/run1.txt" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do send_otp_probe >>"$dir/otp-during.txt"; sleep 0.2; done
  wait "$wrk_pid"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >>"$work/redis.log" 2>&1 &
  REDIS_PID=$!
  restarted=$(date +%s%N)
  until [ "$(send_otp_probe | cut -d' ' -f1)" = 200 ]; do
    [ $(( ($(date +%s%N) - restarted) / 1000000000 )) -gt 60 ] && { say "send-otp did not recover within 60 s"; break; }
    sleep 0.05
  done
  back_ms=$(( ($(date +%s%N) - restarted) / 1000000 ))
  env TOKEN="$TOKEN" WRK_RESULT="$dir/after.json" wrk -t2 -c10 -d3s --timeout "$WRK_TIMEOUT" -s bench/get.lua \
    "$base/api/v1/parties?limit=50" >"$dir/after.txt"
  otp_statuses=$(cut -d' ' -f1 "$dir/otp-during.txt" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')
  otp_max_ms=$(awk '{ if ($2 > m) m = $2 } END { printf "%d", m * 1000 }' "$dir/otp-during.txt")
  figure redis_outage_seconds "$outage"; figure redis_outage_otp_statuses "$otp_statuses"; figure redis_outage_otp_max_ms "$otp_max_ms"
  figure redis_outage_back_ms "$back_ms"
  for phase in before run1 after; do
    figure "redis_outage_${phase/run1/during}" "$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))
print("%.0f req/s, p99 %s ms, max %s ms, non-2xx %s, errors %s" % (r["rps"], r["p99_ms"], r["max_ms"], r["non2xx"], r["errors"]))' "$dir/$phase.json")"
  done
  say "    parties before: $(grep redis_outage_before "$work/figures.txt" | cut -d' ' -f2-)"
  say "    parties during: $(grep redis_outage_during "$work/figures.txt" | cut -d' ' -f2-); send-otp: $otp_statuses, slowest $otp_max_ms ms"
  say "    send-otp answered 200 again $back_ms ms after redis-server started; parties after: $(grep redis_outage_after "$work/figures.txt" | cut -d' ' -f2-)"
  end_scenario
fi

# --- checks and results ---------------------------------------------------------------------------------------
alive=no
kill -0 "$SUITE_PID" 2>/dev/null && alive=yes
figure rss_after_run_mb "$(rss_mb)"
refresh_token
say "checks"
python3 bench/checks.py "$base" "$TOKEN" "$BUSINESS_ID" "$seed" "$FY" "$alive" >"$work/checks.json" || true
psql_as_superuser -d bizsuite -At -F $'\t' -c "
  SELECT calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3), rows,
         left(regexp_replace(query, '\s+', ' ', 'g'), 200)
  FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'bizsuite')
  ORDER BY total_exec_time DESC LIMIT 10" >"$work/pgss.tsv" || true
tail -n +$((log_lines_before_load + 1)) "$work/suite.log" >"$work/suite-load.log"   # report.py lists its warnings and errors
say "results in $RESULTS_DIR/$stamp.{json,md} ($(( $(date +%s) - started_at )) s in all)"
echo
python3 bench/report.py "$work" "$RESULTS_DIR" "$stamp"
