#!/usr/bin/env bash
# Training run that records the JDK AOT cache (ADR 0008) while the image is built. It starts the
# image's jar with the image's JVM options and -XX:AOTCacheOutput, waits until the HTTP server
# answers, sends a few requests so that the classes of the request path are cached too, then
# stops the process; the JVM writes the cache as it exits. A cache only matches the jar and the
# JDK it was recorded with, hence a run in the image build rather than a file in the repository.
#
# The split services need a PostgreSQL and a Redis to start: the training stage installs the
# distribution's packages and this script runs them on loopback for the length of the run. The
# suite brings its own (embedded PostgreSQL, in-JVM Redis stand-in). Nothing outside this script
# is reached: the other services' URLs point at a closed port.
#
# Usage: aot-training.sh [CACHE_FILE]   (BIZSUITE_SERVICE and PORT name the service)
set -euo pipefail

app=${APP_HOME:-/app}
service=${BIZSUITE_SERVICE:?BIZSUITE_SERVICE names the service}
port=${PORT:?PORT is the port the service listens on}
cache=${1:-$app/app.aot}
pg_port=${TRAINING_PG_PORT:-55432}
redis_port=${TRAINING_REDIS_PORT:-56379}
start_timeout=${TRAINING_START_TIMEOUT:-240}
base=http://127.0.0.1:$port
work=$(mktemp -d)
app_pid=
pg_bin=

stop_all() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -n "$pg_bin" ] && [ -f "$work/pg/postmaster.pid" ]; then
    "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -f "$work/redis.pid" ]; then kill "$(cat "$work/redis.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop_all EXIT

fail() {
  echo "AOT training of $service failed: $*" >&2
  if [ -f "$work/app.log" ]; then tail -n 40 "$work/app.log" >&2; fi
  exit 1
}

start_postgres() {
  pg_bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_bin" ] || fail "no PostgreSQL server under /usr/lib/postgresql"
  "$pg_bin/initdb" -D "$work/pg" -U bizsuite --auth=trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; fail "initdb"; }
  "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $pg_port -k $work -c fsync=off" start >/dev/null \
    || { cat "$work/pg.log" >&2; fail "PostgreSQL did not start"; }
}

start_redis() {
  command -v redis-server >/dev/null 2>&1 || fail "no redis-server"
  redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --dir "$work" \
    --daemonize yes --pidfile "$work/redis.pid" --logfile "$work/redis.log"
  for _ in $(seq 50); do
    redis-cli -p "$redis_port" ping >/dev/null 2>&1 && return
    sleep 0.2
  done
  fail "Redis did not start"
}

app_env=(PORT="$port")
closed=http://127.0.0.1:9
case "$service" in
  suite)
    app_env+=(BIZSUITE_DATA_DIR="$work/data")
    outbox=$work/data/sms-outbox.jsonl
    ;;
  gateway)
    start_redis
    app_env+=(REDIS_URI="redis://127.0.0.1:$redis_port"
      AUTH_URL="$closed" BUSINESS_URL="$closed" INVENTORY_URL="$closed" INVOICE_URL="$closed")
    outbox=
    ;;
  auth | business | inventory | invoice)
    start_postgres
    start_redis
    app_env+=(JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" JDBC_USER=bizsuite JDBC_PASSWORD=training
      REDIS_URI="redis://127.0.0.1:$redis_port"
      AUTH_URL="$closed" BUSINESS_URL="$closed" INVENTORY_URL="$closed" INVOICE_URL="$closed")
    outbox=
    if [ "$service" = auth ]; then
      outbox=$work/sms-outbox.jsonl
      app_env+=(AUTH_SMS_OUTBOX_FILE="$outbox")
    fi
    ;;
  *) fail "unknown service '$service' (suite, gateway, auth, business, inventory, invoice)" ;;
esac

rm -f "$cache"
# Not prod: the run migrates its own schema on start and may sign with a generated key.
env -u MICRONAUT_ENVIRONMENTS "${app_env[@]}" \
  java "@$app/jvm.options" -XX:AOTCacheOutput="$cache" -jar "$app/app.jar" >"$work/app.log" 2>&1 &
app_pid=$!

# Answers other than 2xx are expected here (no token, no other services); only the classes matter.
call() {
  curl -s -o "$work/body" -w '%{http_code}' --max-time 10 "$@" || true
}

started=$SECONDS
until curl -fs -o /dev/null --max-time 2 "$base/health/liveness"; do
  kill -0 "$app_pid" 2>/dev/null || { app_pid=; fail "the process exited before it answered"; }
  [ $((SECONDS - started)) -lt "$start_timeout" ] || fail "no answer on $base/health/liveness in ${start_timeout}s"
  sleep 1
done
echo "AOT training: $service answers after $((SECONDS - started))s"
# The gateway, with no service behind it, may never be ready; the others should be soon.
ready=
for _ in $(seq 60); do
  ready=$(call "$base/health/readiness")
  [ "$ready" != 200 ] || break
  sleep 1
done
echo "AOT training: readiness $ready $(head -c 400 "$work/body")"

json=(-H 'content-type: application/json')
for _ in $(seq 20); do
  call "$base/health/readiness" >/dev/null
  call "$base/health/liveness" >/dev/null
  call "$base/prometheus" >/dev/null
  call "$base/api/v1/businesses" >/dev/null
  call "$base/api/v1/users/me" >/dev/null
done
call "$base/openapi.yml" >/dev/null

if [ -n "$outbox" ]; then
  phone=9876543210
  sent=$(call "${json[@]}" -d "{\"phone\":\"$phone\",\"purpose\":\"login\"}" "$base/api/v1/auth/send-otp")
  line=$(tail -n 1 "$outbox" 2>/dev/null || true)
  otp=$(sed -n 's/.*"otp":"\([0-9]*\)".*/\1/p' <<<"$line")
  otp_id=$(sed -n 's/.*"otp_\{0,1\}[iI]d":"\([^"]*\)".*/\1/p' <<<"$line")
  verified=$(call "${json[@]}" -d "{\"phone\":\"$phone\",\"otp\":\"$otp\",\"otp_id\":\"$otp_id\"}" "$base/api/v1/auth/verify-otp")
  token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' "$work/body")
  echo "AOT training: send-otp $sent, verify-otp $verified"
  if [ -n "$token" ]; then
    for _ in $(seq 20); do
      call -H "authorization: Bearer $token" "$base/api/v1/users/me" >/dev/null
      call -H "authorization: Bearer $token" "$base/api/v1/businesses" >/dev/null
      call -H "authorization: Bearer $token" "$base/api/v1/auth/sessions" >/dev/null
    done
  fi
fi

kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=
[ -s "$cache" ] || fail "no cache was written to $cache"
echo "AOT training: cache $cache, $(du -h "$cache" | cut -f1)"
