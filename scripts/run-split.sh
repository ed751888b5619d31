#!/usr/bin/env bash
# Split mode on this machine: the five services as separate JVMs (auth, business, inventory,
# invoice, then the gateway in front) on one PostgreSQL and one Redis, as production runs them.
#
#   scripts/run-split.sh        builds the jars when their sources changed, migrates, starts, and
#                               prints the gateway URL once every service is ready; Ctrl-C or
#                               SIGTERM stops everything it started
#
# Environment: PORT (gateway, 8080; the services take the four ports after it), JDBC_URL (+ JDBC_USER,
# JDBC_PASSWORD) and REDIS_URI (else a PostgreSQL from Debian's `postgresql` package and a
# `redis-server` are started, their data under BIZSUITE_DATA_DIR/split, default ./data/split),
# AUTH_SMS_OUTBOX_FILE (where OTPs are written; default BIZSUITE_DATA_DIR/split/sms-outbox.jsonl),
# JAVA_OPTS (added to every JVM, after suite/jvm.options), JAVA (a JDK 25), LOG_DIR (service logs),
# GATEWAY=0 (the four services alone, each on its own port, for debugging), JAR_DIR (run the jars in
# this directory, named as the build names them, e.g. bizsuite-auth.jar, and build nothing),
# MIGRATE (1: migrate, then start; 0: start without migrating, as after a migration Job; only: migrate
# and exit, the Job itself), INFRA_ONLY=1 (build the jars when stale, start only PostgreSQL and Redis,
# print `JDBC_URL=... JDBC_USER=... REDIS_URI=...` and wait: for scripts that start the services themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 3 -path '*25*/bin/java' 2>/dev/null | sort | head -1)}
[ -n "$JAVA" ] || { echo "run-split.sh needs a JDK 25 (JAVA=/path/to/bin/java)" >&2; exit 2; }
PORT=${PORT:-8080}
data=$(realpath -m "${BIZSUITE_DATA_DIR:-data}/split")
LOG_DIR=${LOG_DIR:-$data/logs}
mkdir -p "$data" "$LOG_DIR"
export AUTH_SMS_OUTBOX_FILE=${AUTH_SMS_OUTBOX_FILE:-$data/sms-outbox.jsonl}
say() { echo "[run-split $(date -u +%T)] $*"; }

services=(auth business inventory invoice)
gateway=(gateway)
[ "${GATEWAY:-1}" = 0 ] && gateway=()
jar_of() {
  if [ -n "${JAR_DIR:-}" ]; then echo "$JAR_DIR/bizsuite-$1.jar"
  elif [ "$1" = gateway ]; then echo gateway/target/bizsuite-gateway.jar
  else echo "$1/app/target/bizsuite-$1.jar"; fi
}
MIGRATE=${MIGRATE:-1}
case $MIGRATE in 0 | 1 | only) ;; *) echo "MIGRATE is 1, 0 or only" >&2; exit 2 ;; esac
stale=no
built=("${services[@]}" "${gateway[@]}")
[ -n "${JAR_DIR:-}" ] && built=()
for s in "${built[@]}"; do
  jar=$(jar_of "$s")
  if [ ! -f "$jar" ] || [ -n "$(find . -path ./data -prune -o -path '*/target' -prune -o \( -name '*.java' -o -name '*.yml' -o -name '*.sql' -o -name 'pom.xml' \) -newer "$jar" -print -quit)" ]; then
    stale=yes
  fi
done
if [ "$stale" = yes ]; then
  say "building the services (first run downloads dependencies)..."
  modules=auth/app,business/app,inventory/app,invoice/app
  [ ${#gateway[@]} -gt 0 ] && modules+=,gateway
  ./mvnw -B -q -ntp -DskipTests -pl "$modules" -am package
fi
if [ -z "${JAR_DIR:-}" ]; then
  # the services run from a private copy: a build during the run (the system tests' -am packages the
  # apps) rewrites target/*.jar, and a JVM whose jar changed under it fails to load its next class
  mkdir -p "$data/jars"
  for s in "${built[@]}"; do cp -p "$(jar_of "$s")" "$data/jars/"; done
  JAR_DIR=$data/jars
fi

pids=()
PG_DIR='' PG_BIN=''
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_all() {  # [STATUS to exit with: 0]
  trap - INT TERM EXIT
  say "stopping"
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_DIR" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 || true; fi
  exit "${1:-0}"
}
trap 'stop_all 0' INT TERM
trap 'stop_all $?' EXIT   # a failure stays one

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
await_port() {  # PORT SECONDS NAME PID
  for _ in $(seq $(($2 * 20))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    [ -n "${4:-}" ] && ! kill -0 "$4" 2>/dev/null && break
    sleep 0.05
  done
  echo "$3 did not open port $1" >&2
  exit 1
}

if [ -z "${JDBC_URL:-}" ]; then
  PG_BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || { echo "no JDBC_URL and no PostgreSQL: apt-get install -y postgresql" >&2; exit 2; }
  PG_DIR=$data/postgres
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$data"; then
    # the server runs as postgres, which cannot reach a folder private to root: keep its data in its own home
    PG_DIR=/var/lib/postgresql/bizsuite-split-$(printf %s "$data" | cksum | cut -d' ' -f1)
  fi
  pg_port=$(free_port)
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
    as_pg "$PG_BIN/initdb" -D "$PG_DIR" -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=trust -U postgres >"$LOG_DIR/initdb.log"
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$PG_DIR -c max_connections=200" start >/dev/null
  export JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" JDBC_USER=postgres JDBC_PASSWORD=
  say "PostgreSQL ($PG_BIN) on 127.0.0.1:$pg_port, data and log in $PG_DIR"
fi
if [ -z "${REDIS_URI:-}" ]; then
  command -v redis-server >/dev/null || { echo "no REDIS_URI and no redis-server: apt-get install -y redis-server" >&2; exit 2; }
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$LOG_DIR/redis.log" 2>&1 &
  pids+=($!)
  await_port "$redis_port" 10 redis-server "$!"
  export REDIS_URI="redis://127.0.0.1:$redis_port"
  say "redis-server on 127.0.0.1:$redis_port"
fi

if [ "${INFRA_ONLY:-0}" = 1 ]; then
  echo "JDBC_URL=$JDBC_URL JDBC_USER=${JDBC_USER:-} REDIS_URI=$REDIS_URI"
  sleep infinity &
  pids+=($!)
  wait -n "${pids[@]}" || true
  stop_all 0
fi

declare -A port_of=([gateway]=$PORT [auth]=$((PORT + 1)) [business]=$((PORT + 2)) [inventory]=$((PORT + 3)) [invoice]=$((PORT + 4)))
export AUTH_URL="http://127.0.0.1:${port_of[auth]}" BUSINESS_URL="http://127.0.0.1:${port_of[business]}"
export INVENTORY_URL="http://127.0.0.1:${port_of[inventory]}" INVOICE_URL="http://127.0.0.1:${port_of[invoice]}"
# the gateway is the services' only client-facing proxy here
export TRUSTED_PROXIES=${TRUSTED_PROXIES:-127.0.0.1/32}
jvm=(@"$root/suite/jvm.options")
# shellcheck disable=SC2206 # JAVA_OPTS may hold several options
[ -n "${JAVA_OPTS:-}" ] && jvm+=(${JAVA_OPTS})

if [ "$MIGRATE" != 0 ]; then
  for s in "${services[@]}"; do
    "$JAVA" "${jvm[@]}" -jar "$(jar_of "$s")" migrate >"$LOG_DIR/$s-migrate.log" 2>&1 \
      || { echo "migrating $s failed:" >&2; tail -20 "$LOG_DIR/$s-migrate.log" >&2; exit 1; }
  done
  say "schemas migrated"
  [ "$MIGRATE" = only ] && exit 0
fi

started=$(date +%s%N)
declare -A pid_of
for s in "${services[@]}" "${gateway[@]}"; do
  PORT=${port_of[$s]} "$JAVA" "${jvm[@]}" -jar "$(jar_of "$s")" >"$LOG_DIR/$s.log" 2>&1 &
  pids+=($!)
  pid_of[$s]=$!
done
for s in "${services[@]}" "${gateway[@]}"; do
  until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:${port_of[$s]}/health/readiness"; do
    if ! kill -0 "${pid_of[$s]}" 2>/dev/null || [ $(( ($(date +%s%N) - started) / 1000000000 )) -gt 180 ]; then
      echo "$s did not become ready; the end of its log:" >&2
      tail -30 "$LOG_DIR/$s.log" >&2
      exit 1
    fi
    sleep 0.1
  done
done
say "every service ready in $(( ($(date +%s%N) - started) / 1000000 )) ms (logs in $LOG_DIR, OTPs in $AUTH_SMS_OUTBOX_FILE)"
if [ ${#gateway[@]} -gt 0 ]; then
  echo "BizSuite (split mode) at http://127.0.0.1:$PORT"
else
  echo "BizSuite services (no gateway): auth $AUTH_URL, business $BUSINESS_URL, inventory $INVENTORY_URL, invoice $INVOICE_URL"
fi
wait -n "${pids[@]}" || true
say "a process exited; stopping the rest"
stop_all 0
