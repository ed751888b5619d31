#!/usr/bin/env bash
# A blue-green release rehearsed on this machine with real processes and no cluster: the steps the
# production switch takes on EKS (two colours behind the ALB, whose weighted forward action moves the
# traffic in one change), played with split mode and an nginx standing in for the ALB, under load.
#
#   scripts/rehearse-blue-green.sh     prints each step, a table and one summary line; exits 1 unless
#                                      every request through the proxy was answered 2xx/3xx
#
#  1. One PostgreSQL and one redis-server (scripts/run-split.sh with INFRA_ONLY=1, which also builds
#     the jars when stale); the jars are copied twice, blue's and green's release.
#  2. Blue: split mode (scripts/run-split.sh: five JVMs) on BLUE_PORT..+4, then nginx on PROXY_PORT
#     with one upstream per colour (the target groups) and a split_clients table of weights (the
#     weighted forward action), all to blue. A business is seeded through the proxy, and load runs
#     through it from then on (scripts/rehearse-load.py: list parties, items, invoices; create and
#     issue invoices), each request on its own connection and never retried.
#  3. The new release's migration step while blue serves: green's jars with `migrate`, as the
#     migration Job runs them (run-split.sh MIGRATE=only).
#  4. Green on GREEN_PORT..+4, started without migrating (services never migrate on start here, as
#     in production). A switch asked for before green is ready is refused: readiness gates it. Once
#     ready, a smoke test on green's own gateway port (a preview Service's part), which warms it too.
#  5. Switch to green: the gate (the colour's gateway readiness, which is every service's), one
#     atomic change (the weights file replaced by a rename, checked with nginx -t, put back if the
#     check fails), a graceful reload (nginx -s reload), done once the old workers have finished
#     what they had. Verified: HOLD seconds of answers, every one from green (the proxy names the
#     colour in X-Bizsuite-Colour), none failed.
#  6. Rollback: the same switch back to blue; verified. Then to green again; verified.
#  7. Blue stopped: SIGTERM to its five JVMs once traffic has moved. With SHUTDOWN_DELAY their
#     readiness turns DOWN while they still serve, then they finish what is in flight and exit;
#     the step reports when blue's readiness read DOWN and when it exited. Green alone; verified.
#
# Environment: PROXY_PORT (18400), BLUE_PORT (18410), GREEN_PORT (18420), HOLD (seconds of load per
# verification, 5), CLIENTS (concurrent load clients, 4), SHUTDOWN_DELAY (2s, both colours), WORK_DIR
# (logs, configuration and data; default a new /tmp/bizsuite-rehearsal.* removed after a clean run, kept
# after a failed one), JAVA (a JDK 25). Needs nginx (apt-get install -y nginx-light), postgresql,
# redis-server, curl, openssl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_PORT=${PROXY_PORT:-18400}
HOLD=${HOLD:-5}
CLIENTS=${CLIENTS:-4}
declare -A port_of=([blue]=${BLUE_PORT:-18410} [green]=${GREEN_PORT:-18420})
declare -A pid_of=()
export SHUTDOWN_DELAY=${SHUTDOWN_DELAY:-2s}

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
[ -x "$NGINX" ] || missing+=(nginx-light)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
for tool in redis-server curl openssl python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "rehearse-blue-green.sh needs: apt-get install -y ${missing[*]}" >&2
  exit 2
fi
for port in "$PROXY_PORT" $(seq "${port_of[blue]}" $((port_of[blue] + 4))) $(seq "${port_of[green]}" $((port_of[green] + 4))); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken (PROXY_PORT, BLUE_PORT, GREEN_PORT move the rehearsal)" >&2
    exit 2
  fi
done

work=${WORK_DIR:-$(mktemp -d /tmp/bizsuite-rehearsal.XXXXXX)}
mkdir -p "$work"
chmod 755 "$work"   # PostgreSQL runs as postgres and nginx's workers as an unprivileged user
say() { echo "[rehearsal $(date -u +%T)] $*"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
started_ms=$(now_ms)

infra_pid='' nginx_pid='' load_pid='' smoke_pid=''
stop_pid() { if [ -n "$1" ] && kill "$1" 2>/dev/null; then wait "$1" 2>/dev/null || true; fi; }
cleanup() {
  local status=$?
  set +e
  stop_pid "$load_pid"
  stop_pid "$smoke_pid"
  stop_pid "$nginx_pid"
  for colour in green blue; do stop_pid "${pid_of[$colour]:-}"; done
  stop_pid "$infra_pid"
  if [ "$status" -ne 0 ]; then
    echo "rehearsal failed (exit $status); logs, configuration and data in $work" >&2
  elif [ -z "${WORK_DIR:-}" ]; then
    rm -rf "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- steps, phases and checks ----------------------------------------------------------------------------
# Each step is a phase of the load: a request counts in the phase it started in.
steps=() step_ms=()
step() {
  steps+=("$1")
  step_ms+=("$(now_ms)")
  printf '%s\n' "$1" >"$work/phase.new" && mv -f "$work/phase.new" "$work/phase"
  say "step: $1"
}
figures() {  # PHASE: "requests failures blue green slowest-ms" of the load in PHASE so far
  python3 -c 'import json, sys
p = json.load(open(sys.argv[1]))["phases"].get(sys.argv[2], {"requests": 0, "failures": 0, "colours": {}, "max_ms": 0})
print(p["requests"], p["failures"], p["colours"].get("blue", 0), p["colours"].get("green", 0), p["max_ms"])' "$work/load.json" "$1"
}
failed() { echo "FAILED: $*" >&2; exit 1; }
# verify COLOUR: HOLD more seconds of load, then every answer of this step came from COLOUR and none failed
verify() {
  sleep "$HOLD"
  sleep 0.5   # the load's figures are written every quarter second
  local requests failures blue green slowest other
  read -r requests failures blue green slowest <<<"$(figures "${steps[-1]}")"
  if [ "$1" = blue ]; then other=$((requests - blue)); else other=$((requests - green)); fi
  say "    $requests requests, $failures failed, blue $blue, green $green, the slowest $slowest ms"
  [ "$requests" -gt 0 ] || failed "no request was answered in step ${steps[-1]}"
  [ "$failures" = 0 ] || failed "$failures requests failed in step ${steps[-1]} (see $work/load.json.failures)"
  [ "$other" = 0 ] || failed "$other answers in step ${steps[-1]} did not come from $1"
}

# --- PostgreSQL, Redis and the two releases -----------------------------------------------------------
step infra
INFRA_ONLY=1 BIZSUITE_DATA_DIR="$work/infra" scripts/run-split.sh >"$work/infra.log" 2>&1 &
infra_pid=$!
until grep -q '^JDBC_URL=' "$work/infra.log"; do
  kill -0 "$infra_pid" 2>/dev/null || { cat "$work/infra.log" >&2; failed "PostgreSQL and Redis did not start"; }
  sleep 0.2
done
read -ra settings < <(grep -m1 '^JDBC_URL=' "$work/infra.log")
export "${settings[@]}"   # JDBC_URL, JDBC_USER, REDIS_URI
export JDBC_PASSWORD=${JDBC_PASSWORD:-}
say "PostgreSQL at $JDBC_URL, Redis at $REDIS_URI; logs and configuration in $work"
for colour in blue green; do
  mkdir -p "$work/$colour/jars"
  cp auth/app/target/bizsuite-auth.jar business/app/target/bizsuite-business.jar inventory/app/target/bizsuite-inventory.jar \
    invoice/app/target/bizsuite-invoice.jar gateway/target/bizsuite-gateway.jar "$work/$colour/jars/"
done
# What both colours share in production: the signing key, the OTP pepper, the database and Redis.
AUTH_JWT_PRIVATE_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)
AUTH_OTP_PEPPER=$(openssl rand -base64 32)
AUTH_JWT_KEY_ID=rehearsal-$(date +%s)
export AUTH_JWT_PRIVATE_KEY AUTH_OTP_PEPPER AUTH_JWT_KEY_ID
export AUTH_SMS_OUTBOX_FILE="$work/sms-outbox.jsonl"
export BIZSUITE_MIGRATIONS_ON_START=false   # the migration step migrates; a service only checks (readiness)
export GATEWAY_RATE_LIMIT=100000000         # every request comes from one address here

# split_env COLOUR: the environment of scripts/run-split.sh for one colour (its ports, its jars), in $split_env
split_env() {
  split_env=(PORT="${port_of[$1]}" JAR_DIR="$work/$1/jars" BIZSUITE_DATA_DIR="$work/$1" LOG_DIR="$work/$1/logs")
}
migrate() {  # COLOUR: the migration step with that colour's jars, as the migration Job runs it
  split_env "$1"
  env "${split_env[@]}" MIGRATE=only scripts/run-split.sh >"$work/$1/migrate.log" 2>&1 \
    || { cat "$work/$1/migrate.log" >&2; failed "the migration with $1's jars failed"; }
}
start_colour() {  # COLOUR: its five JVMs, started without migrating
  split_env "$1"
  env "${split_env[@]}" MIGRATE=0 scripts/run-split.sh >"$work/$1/run-split.log" 2>&1 &
  pid_of[$1]=$!
}
await_colour() {  # COLOUR: until run-split.sh says every service is ready
  until grep -q 'BizSuite (split mode) at' "$work/$1/run-split.log"; do
    kill -0 "${pid_of[$1]}" 2>/dev/null || { tail -30 "$work/$1/run-split.log" >&2; failed "$1 did not start"; }
    sleep 0.2
  done
}
ready() { curl -sf -o /dev/null --max-time 3 "http://127.0.0.1:${port_of[$1]}/health/readiness"; }

step migrate-blue
migrate blue
step start-blue
start_colour blue
await_colour blue

# --- the proxy: nginx in the ALB's place ---------------------------------------------------------------
step proxy
proxy=$work/nginx
mkdir -p "$proxy/temp"
cat >"$proxy/nginx.conf" <<EOF
# The ALB's stand-in (scripts/rehearse-blue-green.sh): one upstream per colour, as one target group per
# colour, and weights.conf as the listener's weighted forward action.
worker_processes 1;
daemon off;
pid $proxy/nginx.pid;
error_log $proxy/error.log notice;
events { worker_connections 1024; }
http {
    client_body_temp_path $proxy/temp/body;
    proxy_temp_path $proxy/temp/proxy;
    fastcgi_temp_path $proxy/temp/fastcgi;
    uwsgi_temp_path $proxy/temp/uwsgi;
    scgi_temp_path $proxy/temp/scgi;
    log_format colours '\$time_iso8601 \$colour \$upstream_addr \$status \$request_time "\$request"';
    include $proxy/weights.conf;
    upstream blue { server 127.0.0.1:${port_of[blue]}; keepalive 16; }
    upstream green { server 127.0.0.1:${port_of[green]}; keepalive 16; }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        access_log $proxy/access.log colours;
        location / {
            proxy_pass http://\$colour;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            add_header X-Bizsuite-Colour \$colour always;
        }
    }
}
EOF
nginx_options=(-p "$proxy" -e "$proxy/error.log" -c "$proxy/nginx.conf")

# route BLUE GREEN: the weights (percent, 100 in all), as blue-green.sh sets the ALB's forward action.
# Refused unless every colour given a weight is ready; one atomic change of weights.conf, checked by
# nginx -t (the old file back if it fails), a graceful reload; returns once the old workers are gone,
# so that every request from then on is routed by the new weights.
route() {
  local -A weight=([blue]=$1 [green]=$2)
  local colour lines=() last=''
  [ $(($1 + $2)) = 100 ] || failed "weights $1/$2 do not add up to 100"
  for colour in blue green; do
    [ "${weight[$colour]}" -gt 0 ] || continue
    ready "$colour" || { say "    switch refused: $colour is not ready"; return 1; }
    [ -n "$last" ] && lines+=("    ${weight[$last]}% $last;")
    last=$colour
  done
  lines+=("    * $last;")
  {
    echo "# the weighted forward action: blue ${weight[blue]}, green ${weight[green]}"
    echo "split_clients \"\${request_id}\" \$colour {"
    printf '%s\n' "${lines[@]}"
    echo "}"
  } >"$proxy/weights.conf.new"
  [ -f "$proxy/weights.conf" ] && cp -p "$proxy/weights.conf" "$proxy/weights.conf.old"
  mv -f "$proxy/weights.conf.new" "$proxy/weights.conf"
  if ! "$NGINX" "${nginx_options[@]}" -t -q; then
    mv -f "$proxy/weights.conf.old" "$proxy/weights.conf"
    failed "nginx refused the weights blue ${weight[blue]}, green ${weight[green]}"
  fi
  [ -n "$nginx_pid" ] || return 0
  local old_workers switched
  old_workers=$(pgrep -P "$nginx_pid" || true)
  [ -n "$old_workers" ] || failed "nginx has no workers"
  switched=$(now_ms)
  "$NGINX" "${nginx_options[@]}" -s reload
  while pgrep -P "$nginx_pid" | grep -qxF "$old_workers" || [ -z "$(pgrep -P "$nginx_pid" || true)" ]; do
    [ $(($(now_ms) - switched)) -lt 30000 ] || failed "nginx did not finish its reload within 30 s"
    sleep 0.05
  done
  say "    weights blue ${weight[blue]}, green ${weight[green]}: in effect $(($(now_ms) - switched)) ms after the reload"
}
switch_to() { if [ "$1" = blue ]; then route 100 0; else route 0 100; fi; }

switch_to blue
"$NGINX" "${nginx_options[@]}" &
nginx_pid=$!
base=http://127.0.0.1:$PROXY_PORT
until curl -sf -o /dev/null --max-time 3 "$base/health/readiness"; do
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$proxy/error.log" >&2; failed "nginx did not start"; }
  sleep 0.1
done
python3 bench/seed_business.py "$base" "$AUTH_SMS_OUTBOX_FILE" "$work/seed" --parties 10 --items 20 --invoices 0 \
  --threads 2 >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; failed "seeding through the proxy failed"; }
python3 scripts/rehearse-load.py "$base" "$work/seed" "$work/phase" "$work/load.json" --clients "$CLIENTS" &
load_pid=$!

step on-blue
verify blue

step migrate-green
migrate green
verify blue

step start-green
start_colour green
sleep 1
if switch_to green; then failed "the switch to green was not refused while green was starting"; fi
await_colour green
verify blue

# A smoke test of green on its own gateway port before it takes traffic (a preview Service in the
# cluster); it also warms green's JVMs, whose first requests are slow.
step smoke-green
echo smoke-green >"$work/smoke-phase"
python3 scripts/rehearse-load.py "http://127.0.0.1:${port_of[green]}" "$work/seed" "$work/smoke-phase" "$work/smoke.json" \
  --clients 2 &
smoke_pid=$!
verify blue
stop_pid "$smoke_pid"
smoke_pid=''
read -r requests failures slowest < <(python3 -c 'import json, sys; s = json.load(open(sys.argv[1]))
print(s["requests"], s["failures"], max([p["max_ms"] for p in s["phases"].values()] or [0]))' "$work/smoke.json")
say "    smoke test on green's own port: $requests requests, $failures failed, the slowest $slowest ms"
if [ "$requests" = 0 ] || [ "$failures" != 0 ]; then failed "green failed its smoke test (see $work/smoke.json.failures)"; fi

step switch-to-green
switch_to green
step on-green
verify green

step rollback-to-blue
switch_to blue
step on-blue-again
verify blue

step switch-to-green-again
switch_to green
step on-green-again
verify green

step stop-blue
stop_signalled=$(now_ms)
kill "${pid_of[blue]}"
down_ms='' refused_ms=''
while kill -0 "${pid_of[blue]}" 2>/dev/null; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:${port_of[blue]}/health/readiness" || true)
  [ -z "$down_ms" ] && [ "$code" = 503 ] && down_ms=$(($(now_ms) - stop_signalled))
  [ -z "$refused_ms" ] && [ "$code" = 000 ] && refused_ms=$(($(now_ms) - stop_signalled))
  sleep 0.1
done
wait "${pid_of[blue]}" || true
pid_of[blue]=''
say "    blue's readiness DOWN after ${down_ms:-(never seen)} ms, its gateway refusing after ${refused_ms:-(never seen)} ms," \
  "all five JVMs gone after $(($(now_ms) - stop_signalled)) ms (SHUTDOWN_DELAY $SHUTDOWN_DELAY)"
verify green

step green-alone
verify green

# --- results -------------------------------------------------------------------------------------------
step results
stop_pid "$load_pid"
load_pid=''
step_ms+=("$(now_ms)")
echo
printf '%-22s %8s %9s %7s %7s %7s %11s\n' step seconds requests failed blue green slowest-ms
for i in "${!steps[@]}"; do
  [ "${steps[i]}" = results ] && continue
  read -r requests failures blue green slowest <<<"$(figures "${steps[i]}")"
  printf '%-22s %8s %9s %7s %7s %7s %11s\n' "${steps[i]}" \
    "$(awk -v ms=$((step_ms[i + 1] - step_ms[i])) 'BEGIN { printf "%.1f", ms / 1000 }')" "$requests" "$failures" "$blue" "$green" "$slowest"
done
read -r total failures < <(python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); print(s["requests"], s["failures"])' "$work/load.json")
echo
echo "Blue-green rehearsal: $total requests through the proxy, $failures failed; 3 switches (one a rollback)," \
  "blue stopped under load; $(( ($(now_ms) - started_ms) / 1000 )) s in all"
[ "$failures" = 0 ] || failed "$failures requests failed (see $work/load.json.failures)"
