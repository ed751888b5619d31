#!/usr/bin/env bash
# Measures the suite: start-up time to readiness, RSS after start and after load,
# send-otp throughput (wrk) and send-otp + verify-otp login pairs (Python harness).
# Needs: a built suite (./mvnw -DskipTests package), wrk, python3; uses a real redis-server
# when one is installed, else the suite's in-JVM stand-in. Writes bench/results/<timestamp>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
PAIRS=${PAIRS:-2000}
JAR=suite/target/bizsuite.jar
[ -f "$JAR" ] || ./mvnw -B -q -ntp -DskipTests -pl suite -am package
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)
[ -n "$JAVA" ] || JAVA=java

work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cleanup() { [ -n "${SUITE_PID:-}" ] && kill "$SUITE_PID" 2>/dev/null; [ -n "${REDIS_PID:-}" ] && kill "$REDIS_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

redis_desc="in-JVM stand-in"
if command -v redis-server >/dev/null; then
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >/dev/null 2>&1 &
  REDIS_PID=$!
  export REDIS_URI="redis://127.0.0.1:$redis_port"
  redis_desc="redis-server"
  sleep 0.5
fi

port=$(free_port)
base="http://127.0.0.1:$port"
export PORT=$port BIZSUITE_DATA_DIR="$work/data" AUTH_SMS_OUTBOX_FILE="$work/outbox.jsonl"
export BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_PHONE=1000000 BIZSUITE_AUTH_RATE_LIMITS_SEND_PER_IP=100000000
export BIZSUITE_AUTH_RATE_LIMITS_VERIFY_PER_PHONE=1000000 BIZSUITE_AUTH_RATE_LIMITS_VERIFY_PER_IP=100000000

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$SUITE_PID/status"; }

# First start initialises the embedded database cluster; time the second, as a user restarting would.
for attempt in initialise measure; do
  started=$(date +%s%N)
  "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" > "$work/suite-$attempt.log" 2>&1 &
  SUITE_PID=$!
  until curl -sf "$base/health/readiness" >/dev/null; do
    kill -0 "$SUITE_PID" 2>/dev/null || { cat "$work/suite-$attempt.log"; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  if [ "$attempt" = initialise ]; then kill "$SUITE_PID"; wait "$SUITE_PID" 2>/dev/null || true; fi
done
rss_start=$(rss_mb)

# warm up, then measure
wrk -t2 -c10 -d3s -s bench/send-otp.lua "$base/api/v1/auth/send-otp" >/dev/null
python3 bench/login_pairs.py "$base" "$AUTH_SMS_OUTBOX_FILE" 300 8 >/dev/null
wrk -t2 -c20 -d"$DURATION" --latency -s bench/send-otp.lua "$base/api/v1/auth/send-otp" > "$work/wrk.txt"
wrk -t2 -c20 -d"$DURATION" --latency "$base/health/liveness" > "$work/wrk-live.txt"
pairs_json=$(python3 bench/login_pairs.py "$base" "$AUTH_SMS_OUTBOX_FILE" "$PAIRS" 10)
read -r token business party < <(python3 bench/seed_business.py "$base" "$AUTH_SMS_OUTBOX_FILE" 50 200 "$work/items.txt")
head -1 "$work/items.txt" > "$work/hot-item.txt"
tenant=(-H "Authorization: Bearer $token" -H "x-business-id: $business")
wrk -t2 -c20 -d3s "${tenant[@]}" "$base/api/v1/parties?limit=50" >/dev/null
wrk -t2 -c20 -d"$DURATION" --latency "${tenant[@]}" "$base/api/v1/parties?limit=50" > "$work/wrk-parties.txt"
ITEMS_FILE="$work/items.txt" wrk -t2 -c10 -d3s -s bench/stock-adjust.lua "${tenant[@]}" "$base/api/v1/stock/adjust" >/dev/null
ITEMS_FILE="$work/hot-item.txt" wrk -t2 -c10 -d"$DURATION" --latency -s bench/stock-adjust.lua "${tenant[@]}" "$base/api/v1/stock/adjust" > "$work/wrk-hot.txt"
ITEMS_FILE="$work/items.txt" wrk -t2 -c10 -d"$DURATION" --latency -s bench/stock-adjust.lua "${tenant[@]}" "$base/api/v1/stock/adjust" > "$work/wrk-many.txt"
export PARTY_ID="$party"
ITEMS_FILE="$work/items.txt" wrk -t1 -c1 -d3s -s bench/create-invoice.lua "${tenant[@]}" "$base/api/v1/invoices" >/dev/null
ITEMS_FILE="$work/items.txt" wrk -t1 -c1 -d"$DURATION" --latency -s bench/create-invoice.lua "${tenant[@]}" "$base/api/v1/invoices" > "$work/wrk-issue-1.txt"
ITEMS_FILE="$work/items.txt" wrk -t2 -c10 -d"$DURATION" --latency -s bench/create-invoice.lua "${tenant[@]}" "$base/api/v1/invoices" > "$work/wrk-issue-10.txt"
wrk -t2 -c10 -d"$DURATION" --latency "${tenant[@]}" "$base/api/v1/invoices?limit=20" > "$work/wrk-invoices.txt"
gaps_json=$(curl -s "${tenant[@]}" "$base/api/v1/invoices/number-gaps?series=sale&fy=2026-27" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(json.dumps({"first": d["first"], "last": d["last"], "gaps": len(d["gaps"])}))')
ledger_json=$(python3 bench/ledger_check.py "$base" "$token" "$business" "$(cat "$work/hot-item.txt")")
rss_load=$(rss_mb)

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1=="99%" {print $2}' "$1"; }
non2xx() { awk '/Non-2xx/ {print $4}' "$1"; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="bench/results/$stamp.md"
{
  echo "# Bench $stamp"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; JDK: $("$JAVA" -version 2>&1 | head -1); Redis: $redis_desc; PostgreSQL: embedded 17"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| start to ready (restart, existing data) | ${ready_ms} ms |"
  echo "| RSS after start | ${rss_start} MB |"
  echo "| GET /health/liveness, 20 connections | $(rps "$work/wrk-live.txt") req/s, p99 $(p99 "$work/wrk-live.txt") |"
  echo "| POST send-otp, 20 connections | $(rps "$work/wrk.txt") req/s, p99 $(p99 "$work/wrk.txt"), non-2xx $(non2xx "$work/wrk.txt" || true) |"
  echo "| send-otp + verify-otp pairs, 10 clients | $pairs_json |"
  echo "| GET /api/v1/parties (50 per page), 20 connections | $(rps "$work/wrk-parties.txt") req/s, p99 $(p99 "$work/wrk-parties.txt"), non-2xx $(non2xx "$work/wrk-parties.txt" || true) |"
  echo "| POST /api/v1/stock/adjust, one hot item, 10 connections | $(rps "$work/wrk-hot.txt") req/s, p99 $(p99 "$work/wrk-hot.txt"), non-2xx $(non2xx "$work/wrk-hot.txt" || true) |"
  echo "| POST /api/v1/stock/adjust, 200 items, 10 connections | $(rps "$work/wrk-many.txt") req/s, p99 $(p99 "$work/wrk-many.txt"), non-2xx $(non2xx "$work/wrk-many.txt" || true) |"
  echo "| hot item: stock equals ledger sum afterwards | $ledger_json |"
  echo "| POST /api/v1/invoices (3 lines, issued), 1 connection | $(rps "$work/wrk-issue-1.txt") req/s, p99 $(p99 "$work/wrk-issue-1.txt"), non-2xx $(non2xx "$work/wrk-issue-1.txt" || true) |"
  echo "| POST /api/v1/invoices (3 lines, issued), 10 connections | $(rps "$work/wrk-issue-10.txt") req/s, p99 $(p99 "$work/wrk-issue-10.txt"), non-2xx $(non2xx "$work/wrk-issue-10.txt" || true) |"
  echo "| sale numbers afterwards | $gaps_json |"
  echo "| GET /api/v1/invoices (page of 20), 10 connections | $(rps "$work/wrk-invoices.txt") req/s, p99 $(p99 "$work/wrk-invoices.txt"), non-2xx $(non2xx "$work/wrk-invoices.txt" || true) |"
  echo "| RSS after load | ${rss_load} MB |"
} > "$out"
cat "$out"
