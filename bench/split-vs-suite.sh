#!/usr/bin/env bash
# What split mode costs: the same load through the gateway of the five services and against the
# suite, both on one PostgreSQL and one redis-server, in one run, alternating so that both see the
# same machine. Per scenario it prints each run, the medians, the throughput ratio and the p99s, and
# each process's CPU milliseconds per request (bench/cpu_ticks.py). The gateway's per-client rate
# limit is on, as in production, with a limit the load never reaches; every run logs in afresh.
#
#   bench/split-vs-suite.sh
#
# Environment: RUNS (3 per side and scenario), DURATION (10s), WARMUP (15s per side and scenario),
# PORT (the gateway, 18180; the services take the four after it, the suite PORT+10).
# The suite jar and the services are built first when their sources changed.
# Needs what bench/run.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3} DURATION=${DURATION:-10s} WARMUP=${WARMUP:-15s} PORT=${PORT:-18180}
JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 3 -path '*25*/bin/java' 2>/dev/null | sort | head -1)}
work=$(mktemp -d /tmp/bizsuite-split-vs-suite.XXXXXX)
chmod 755 "$work"   # the PostgreSQL run-split.sh starts runs as the postgres user
say() { echo "[$(date -u +%T)] $*"; }
pids=()
stop() {
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

./mvnw -B -q -ntp -DskipTests -pl suite -am package   # incremental: quick when nothing changed
INFRA_ONLY=1 BIZSUITE_DATA_DIR="$work/infra" scripts/run-split.sh >"$work/infra.log" 2>&1 &
pids+=($!)
until grep -q '^JDBC_URL=' "$work/infra.log"; do
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$work/infra.log" >&2; exit 1; }
  sleep 0.5
done
# shellcheck disable=SC2046 # the line is JDBC_URL=... JDBC_USER=... REDIS_URI=...
export $(grep '^JDBC_URL=' "$work/infra.log")
export JDBC_PASSWORD=''
say "PostgreSQL and Redis up: $JDBC_URL, $REDIS_URI"

# all the load, and every login before a run, come from one address and one phone
export BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_PHONE=1000000 BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_IP=100000000
export BIZSUITE_AUTH_RATE_LIMITS_VERIFY_PER_PHONE=1000000 BIZSUITE_AUTH_RATE_LIMITS_VERIFY_PER_IP=100000000
suite_port=$((PORT + 10))
PORT=$suite_port BIZSUITE_DATA_DIR="$work/suite" AUTH_SMS_OUTBOX_FILE="$work/suite-outbox.jsonl" \
  "$JAVA" @suite/jvm.options -jar suite/target/bizsuite.jar >"$work/suite.log" 2>&1 &
pids+=($!)
GATEWAY_RATE_LIMIT=100000000 PORT=$PORT BIZSUITE_DATA_DIR="$work/split" AUTH_SMS_OUTBOX_FILE="$work/split-outbox.jsonl" \
  scripts/run-split.sh >"$work/split.log" 2>&1 &
pids+=($!)
for url in "http://127.0.0.1:$suite_port" "http://127.0.0.1:$PORT"; do
  for _ in $(seq 600); do curl -sf -o /dev/null "$url/health/readiness" && break; sleep 0.5; done
  curl -sf -o /dev/null "$url/health/readiness" || { tail -20 "$work"/*.log >&2; exit 1; }
done
say "suite on $suite_port, split mode's gateway on $PORT"

declare -A base=([suite]="http://127.0.0.1:$suite_port" [split]="http://127.0.0.1:$PORT")
declare -A outbox=([suite]="$work/suite-outbox.jsonl" [split]="$work/split-outbox.jsonl")
for side in suite split; do
  python3 bench/seed_business.py "${base[$side]}" "${outbox[$side]}" "$work/seed-$side" --parties 50 --items 200 --invoices 100 >/dev/null
done
say "a business seeded on each side (50 parties, 200 items, 100 invoices)"
jget() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

cpu_groups=(gateway=bizsuite-gateway.jar auth=bizsuite-auth.jar business=bizsuite-business.jar
  inventory=bizsuite-inventory.jar invoice=bizsuite-invoice.jar suite=suite/target/bizsuite.jar
  postgres=postgres redis=redis-server)

# load SIDE SCENARIO LENGTH RESULT: the wrk figures, and beside them (RESULT.cpu.json) each
# process group's CPU milliseconds per request during the run
load() {
  local side=$1 seed="$work/seed-$1" script connections path token
  case $2 in
    parties) script=get.lua connections=20 path="/api/v1/parties?limit=50" ;;
    invoices) script=create-invoice.lua connections=10 path=/api/v1/invoices ;;
  esac
  # a fresh access token for every run: they live 15 minutes, and a long warm-up outlasts the seed's
  token=$(python3 bench/api.py login "${base[$side]}" "${outbox[$side]}" 6999999999)
  python3 bench/cpu_ticks.py "${cpu_groups[@]}" >"$4.before"
  BENCH_DIR="$PWD/bench" TOKEN=$token BUSINESS_ID=$(jget "$seed/seed.json" business) \
    ITEMS_FILE="$seed/items.txt" PARTIES_FILE="$seed/parties.txt" INVOICE_DATE=2026-11-23 WRK_RESULT="$4" \
    wrk -t2 -c"$connections" -d"$3" --timeout 2s -s "bench/$script" "${base[$side]}$path" >/dev/null
  python3 bench/cpu_ticks.py "${cpu_groups[@]}" >"$4.after"
  python3 bench/cpu_ticks.py --diff "$4.before" "$4.after" "$(jget "$4" requests)" >"$4.cpu.json"
}

for scenario in parties invoices; do
  for side in suite split; do load "$side" "$scenario" "$WARMUP" "$work/warmup.json"; done
  for run in $(seq "$RUNS"); do
    for side in split suite; do
      load "$side" "$scenario" "$DURATION" "$work/$scenario-$side-$run.json"
    done
  done
done

say "start: $(grep -o 'every service ready in [0-9]* ms' "$work/split.log")"
rss() { ps -o rss= -p "$1" | awk '{printf "%d", $1 / 1024}'; }
for service in gateway auth business inventory invoice; do
  printf '%s %s MB, ' "$service" "$(rss "$(pgrep -f "bizsuite-$service.jar" | head -1)")"
done
echo "suite $(rss "$(pgrep -f 'suite/target/bizsuite.jar' | head -1)") MB (RSS after the load)"
python3 - "$work" "$RUNS" <<'EOF'
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
for scenario, label in (("parties", "GET /api/v1/parties?limit=50, 20 connections"),
                        ("invoices", "POST /api/v1/invoices (3 lines, issued), 10 connections")):
    sides = {side: [json.load(open(f"{work}/{scenario}-{side}-{k}.json")) for k in range(1, runs + 1)] for side in ("split", "suite")}
    median = {side: statistics.median(r["rps"] for r in rs) for side, rs in sides.items()}
    p99 = {side: statistics.median(r["p99_ms"] for r in rs) for side, rs in sides.items()}
    bad = sum(r["non2xx"] + r["errors"] for rs in sides.values() for r in rs)
    rates = {side: ", ".join("%.0f" % r["rps"] for r in rs) for side, rs in sides.items()}
    print(f"{label}: split {rates['split']} req/s; "
          f"suite {rates['suite']} req/s; ratio {median['split'] / median['suite'] * 100:.0f} %; "
          f"p99 split {p99['split']:.1f} ms, suite {p99['suite']:.1f} ms; non-2xx and errors {bad}")
    for side in ("split", "suite"):
        cpu = [json.load(open(f"{work}/{scenario}-{side}-{k}.json.cpu.json")) for k in range(1, runs + 1)]
        groups = {name: statistics.median(c[name] for c in cpu) for name in cpu[0]}
        shown = ", ".join(f"{name} {ms:.2f}" for name, ms in groups.items() if ms >= 0.005)
        print(f"  CPU ms per request, {side} (median of runs): {shown}; all {sum(groups.values()):.2f}")
EOF
