#!/usr/bin/env bash
# Blue-green releases on EKS (ADR 0014). Each environment runs two complete stacks of the five
# services, blue and green; the ALB's one rule forwards to the blue and the green gateway with
# weights, and the Ingress says which colour is live.
#
#   scripts/blue-green.sh [--dry-run] ENV deploy TAG   the images at TAG into the idle colour, sized like the live one;
#                                                      waits for every Deployment's rollout
#   scripts/blue-green.sh [--dry-run] ENV smoke        the idle colour through its own gateway Service (port-forward;
#                                                      SMOKE_URL=http://... tests that gateway instead):
#                                                      readiness of the whole stack, JWKS, answers to unauthenticated reads
#   scripts/blue-green.sh [--dry-run] ENV switch       all traffic to the idle colour, in one apply of the Ingress
#   scripts/blue-green.sh [--dry-run] ENV verify       the live colour's 5xx ratio from Prometheus; exit 1 above the limit
#   scripts/blue-green.sh [--dry-run] ENV rollback     all traffic back to the previous colour (it must still run)
#   scripts/blue-green.sh [--dry-run] ENV retire       the idle colour scaled to zero, once the rollback window has passed
#   scripts/blue-green.sh [--dry-run] ENV status       the live colour and both colours' images and replicas
#
# ENV is staging or production. --dry-run (or DRY_RUN=1) needs no cluster: it prints the rendered
# objects and the kubectl commands, taking the live colour from BLUE_GREEN_LIVE (default blue).
# Settings: PROMETHEUS_SERVICE (namespace/name:port, default
# monitoring/kube-prometheus-stack-prometheus:9090), VERIFY_MAX_ERROR_RATIO (0.01), VERIFY_WINDOW
# (5m), VERIFY_CHECKS (5) every VERIFY_INTERVAL (60 s), ROLLBACK_WINDOW (seconds after a switch
# before retire may run, 3600), ROLLOUT_TIMEOUT (600s).
set -euo pipefail
# shellcheck source=lib/k8s-release.sh
. "$(dirname "$0")/lib/k8s-release.sh"
usage="usage: $0 [--dry-run] ENV deploy TAG | ENV smoke|switch|verify|rollback|retire|status"
release_arguments "$usage" 2 3 "$@"
set -- "${ARGUMENTS[@]}"
action=$2
overlay=$K8S_ROOT/overlays/$ENVIRONMENT
ingress_annotation=alb.ingress.kubernetes.io/actions.gateway

other() { if [ "$1" = blue ]; then echo green; else echo blue; fi; }

# the colour the Ingress sends traffic to: "none" before the first switch
live_colour() {
  if [ "$DRY_RUN" = 1 ]; then
    echo "${BLUE_GREEN_LIVE:-blue}"
    return
  fi
  local action_json
  # only a missing Ingress means "none": any other failure to read it stops the script
  action_json=$(kubectl -n "$NAMESPACE" get ingress bizsuite --ignore-not-found \
    -o "jsonpath={.metadata.annotations.alb\.ingress\.kubernetes\.io/actions\.gateway}") \
    || die "could not read the Ingress bizsuite in $NAMESPACE"
  [ -n "$action_json" ] || { echo none; return; }
  jq -r '[.forwardConfig.targetGroups[] | select(.weight > 0) | .serviceName] | if length == 1 then .[0] | sub("^gateway-"; "") else "split" end' \
    <<<"$action_json"
}

annotation() {  # annotation KEY: the Ingress's value, empty when it or the Ingress is missing
  local json
  [ "$DRY_RUN" = 1 ] && return 0
  json=$(kubectl -n "$NAMESPACE" get ingress bizsuite --ignore-not-found -o json) || die "could not read the Ingress bizsuite in $NAMESPACE"
  [ -n "$json" ] || return 0
  jq -r --arg k "$1" '.metadata.annotations[$k] // empty' <<<"$json"
}

idle_colour() {
  local live
  live=$(live_colour)
  case "$live" in
    blue | green) other "$live" ;;
    none) echo blue ;;
    *) die "the Ingress splits traffic between the colours ($live); finish with switch or rollback first" ;;
  esac
}

# every Deployment of COLOUR has all its replicas available, and at least one
colour_available() {
  local colour=$1 service ready wanted
  [ "$DRY_RUN" = 1 ] && return 0
  for service in "${SERVICES[@]}"; do
    # jsonpath ends without a newline, on which read reports the end of its input
    read -r wanted ready < <(kubectl -n "$NAMESPACE" get deployment "$service-$colour" \
      -o 'jsonpath={.spec.replicas} {.status.availableReplicas}' 2>/dev/null || echo "0 0") || true
    if [ "${wanted:-0}" -eq 0 ] || [ "${ready:-0}" -lt "$wanted" ]; then
      echo "$service-$colour has ${ready:-0} of ${wanted:-0} replicas available" >&2
      return 1
    fi
  done
}

# the Ingress with all traffic on COLOUR, applied in one go; FROM is recorded for rollback
route_to() {
  local colour=$1 from=$2 blue=0 green=0 patches=$WORK/ingress-patch.yaml out=$WORK/ingress.yaml forward
  if [ "$colour" = blue ]; then blue=100; else green=100; fi
  forward=$(printf '{"type":"forward","forwardConfig":{"targetGroups":[{"serviceName":"gateway-blue","servicePort":"http","weight":%d},{"serviceName":"gateway-green","servicePort":"http","weight":%d}],"targetGroupStickinessConfig":{"enabled":false}}}' "$blue" "$green")
  cat >"$patches" <<PATCH
  - target:
      kind: Ingress
      name: bizsuite
    patch: |-
      - op: add
        path: /metadata/annotations/alb.ingress.kubernetes.io~1actions.gateway
        value: '$forward'
      - op: add
        path: /metadata/annotations/bizsuite.io~1previous-colour
        value: $from
      - op: add
        path: /metadata/annotations/bizsuite.io~1switched-at
        value: "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
PATCH
  render "$overlay/ingress" "$out" "" "$patches"
  kube_apply "$out"
  say "traffic: 100 % to $colour (was $from)"
}

deploy() {
  local tag=$1 idle live service live_replicas idle_out=$WORK/stack.yaml shared_out=$WORK/shared.yaml
  check_tag "$tag"
  live=$(live_colour)
  idle=$(idle_colour)
  say "deploying $tag into $idle (live: $live)"
  render "$overlay/shared" "$shared_out"
  kube_apply "$shared_out"
  render "$overlay/$idle" "$idle_out" "$tag"
  kube_apply "$idle_out"
  # the idle colour takes all traffic at once on switch: start it as large as the live one is now
  if [ "$live" = blue ] || [ "$live" = green ]; then
    for service in "${SERVICES[@]}"; do
      live_replicas=0
      if [ "$DRY_RUN" = 0 ]; then
        live_replicas=$(kubectl -n "$NAMESPACE" get deployment "$service-$live" -o 'jsonpath={.spec.replicas}' 2>/dev/null || echo 0)
      fi
      if [ "${live_replicas:-0}" -gt "$(replicas_in "$idle_out" "$service-$idle")" ]; then
        kube -n "$NAMESPACE" scale deployment "$service-$idle" --replicas="$live_replicas"
      fi
    done
  fi
  for service in "${SERVICES[@]}"; do
    kube -n "$NAMESPACE" rollout status deployment "$service-$idle" --timeout="${ROLLOUT_TIMEOUT:-600s}"
  done
  say "$tag is running in $idle; next: smoke, then switch"
}

# replicas_in FILE NAME: the replicas the rendered Deployment NAME asks for
replicas_in() {
  awk -v name="$2" '
    /^kind: / { deployment = ($2 == "Deployment") }
    /^---/ { deployment = 0; mine = 0 }
    deployment && /^  name: / { mine = ($2 == name) }
    deployment && mine && /^  replicas: / { print $2; exit }
  ' "$1"
}

# SMOKE_URL names a gateway to test instead of the idle colour (CI: the split mode on loopback)
smoke() {
  local idle port=${SMOKE_PORT:-18480} base pf_pid failures=0
  if [ -n "${SMOKE_URL:-}" ]; then
    idle=$SMOKE_URL
    base=$SMOKE_URL
  else
    idle=$(idle_colour)
    base=http://127.0.0.1:$port
    say "smoke test of $idle through service gateway-$idle"
    if [ "$DRY_RUN" = 1 ]; then
      kube -n "$NAMESPACE" port-forward "service/gateway-$idle" "$port:http"
      echo "+ curl $base/health/readiness (200, every service UP), $base/.well-known/jwks.json (200, keys), $base/api/v1/users/me and $base/api/v1/businesses without a token (401)"
      return 0
    fi
    kubectl -n "$NAMESPACE" port-forward "service/gateway-$idle" "$port:http" >"$WORK/port-forward.log" 2>&1 &
    pf_pid=$!
    trap 'kill "$pf_pid" 2>/dev/null || true; rm -rf "$WORK"' EXIT
  fi
  for _ in $(seq 50); do
    curl -s -o /dev/null --max-time 1 "$base/health/liveness" && break
    sleep 0.2
  done
  expect() {  # expect STATUS PATH [TEXT]: the answer's status and a text its body contains
    local status body
    status=$(curl -s -o "$WORK/body" -w '%{http_code}' --max-time 10 "$base$2" || true)
    body=$(head -c 300 "$WORK/body" 2>/dev/null || true)
    if [ "$status" = "$1" ] && { [ -z "${3:-}" ] || grep -q "$3" "$WORK/body"; }; then
      echo "ok   $2 -> $status"
    else
      echo "FAIL $2 -> $status (wanted $1${3:+ with $3}): $body" >&2
      failures=$((failures + 1))
    fi
  }
  expect 200 /health/liveness
  expect 200 /health/readiness '"UP"'
  expect 200 /.well-known/jwks.json '"keys"'
  expect 401 /api/v1/users/me
  expect 401 /api/v1/businesses
  expect 404 /internal/v1/businesses
  [ "$failures" -eq 0 ] || die "$failures smoke check(s) failed on $idle"
  say "$idle passed the smoke test"
}

switch() {
  local live idle
  live=$(live_colour)
  idle=$(idle_colour)
  colour_available "$idle" || die "$idle is not fully available; deploy it first"
  route_to "$idle" "$live"
}

prometheus_query() {  # prometheus_query PROMQL: the first value of an instant query, or NaN
  local svc=${PROMETHEUS_SERVICE:-monitoring/kube-prometheus-stack-prometheus:9090}
  kubectl get --raw "/api/v1/namespaces/${svc%%/*}/services/${svc#*/}/proxy/api/v1/query?query=$(jq -rn --arg q "$1" '$q|@uri')" \
    | jq -r '.data.result[0].value[1] // "NaN"'
}

verify() {
  local live window=${VERIFY_WINDOW:-5m} max=${VERIFY_MAX_ERROR_RATIO:-0.01} checks=${VERIFY_CHECKS:-5} i ratio requests errors total
  live=$(live_colour)
  case "$live" in blue | green) ;; *) die "no single live colour to verify ($live)" ;; esac
  errors="sum(rate(http_server_requests_seconds_count{app=\"gateway\",colour=\"$live\",status=~\"5..\"}[$window]))"
  total="sum(rate(http_server_requests_seconds_count{app=\"gateway\",colour=\"$live\"}[$window]))"
  if [ "$DRY_RUN" = 1 ]; then
    kube get --raw "/api/v1/namespaces/monitoring/services/kube-prometheus-stack-prometheus:9090/proxy/api/v1/query?query=($errors or vector(0)) / $total"
    return 0
  fi
  colour_available "$live" || die "$live is not fully available"
  for ((i = 1; i <= checks; i++)); do
    requests=$(prometheus_query "$total")
    ratio=$(prometheus_query "($errors or vector(0)) / $total")
    say "check $i/$checks: $live gateway $requests req/s, 5xx ratio $ratio (limit $max)"
    if [ "$ratio" != NaN ] && awk -v r="$ratio" -v m="$max" 'BEGIN { exit !(r > m) }'; then
      die "the 5xx ratio of $live is $ratio, above $max: run '$0 $ENVIRONMENT rollback'"
    fi
    [ "$i" -eq "$checks" ] || sleep "${VERIFY_INTERVAL:-60}"
  done
  say "$live verified"
}

rollback() {
  local live previous
  live=$(live_colour)
  previous=$(annotation bizsuite.io/previous-colour)
  case "$previous" in
    blue | green) ;;
    *) previous=$(other "$live") ;;
  esac
  [ "$previous" != "$live" ] || die "$live is already live"
  colour_available "$previous" \
    || die "$previous no longer runs (retired?): deploy the previous tag into it, smoke, then switch"
  route_to "$previous" "$live"
}

retire() {
  local live idle switched age service
  live=$(live_colour)
  case "$live" in blue | green) ;; *) die "no single live colour ($live): nothing to retire" ;; esac
  idle=$(other "$live")
  switched=$(annotation bizsuite.io/switched-at)
  if [ -n "$switched" ]; then
    age=$(($(date -u +%s) - $(date -u -d "$switched" +%s)))
    [ "$age" -ge "${ROLLBACK_WINDOW:-3600}" ] \
      || die "the switch to $live was ${age}s ago; $idle stays for rollback until ${ROLLBACK_WINDOW:-3600}s have passed"
  fi
  # a Deployment at zero replicas is left alone by its HorizontalPodAutoscaler
  for service in "${SERVICES[@]}"; do
    kube -n "$NAMESPACE" scale deployment "$service-$idle" --replicas=0
  done
  say "$idle retired; $live serves"
}

status() {
  local live colour service
  live=$(live_colour)
  echo "environment $ENVIRONMENT, live colour: $live"
  [ "$DRY_RUN" = 1 ] && { kube -n "$NAMESPACE" get deployments,hpa -l app.kubernetes.io/part-of=bizsuite; return 0; }
  echo "previous colour: $(annotation bizsuite.io/previous-colour), switched at: $(annotation bizsuite.io/switched-at)"
  echo "ingress action: $(annotation "$ingress_annotation")"
  for colour in blue green; do
    for service in "${SERVICES[@]}"; do
      kubectl -n "$NAMESPACE" get deployment "$service-$colour" --ignore-not-found \
        -o "custom-columns=DEPLOYMENT:.metadata.name,IMAGE:.spec.template.spec.containers[0].image,WANTED:.spec.replicas,AVAILABLE:.status.availableReplicas" \
        --no-headers
    done
  done
}

case "$action" in
  deploy)
    [ $# -eq 3 ] || die "deploy needs the TAG: $usage"
    deploy "$3"
    ;;
  smoke | switch | verify | rollback | retire | status)
    [ $# -eq 2 ] || die "$action takes no further argument: $usage"
    "$action"
    ;;
  *) die "unknown action '$action': $usage" ;;
esac
