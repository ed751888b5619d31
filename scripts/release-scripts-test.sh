#!/usr/bin/env bash
# Tests of scripts/blue-green.sh and scripts/migrate.sh without a cluster: through their
# --dry-run (what each action would apply or run, for each live colour, and what they refuse),
# and against a stand-in kubectl that answers from files (how they read the cluster's state:
# the live colour, the replicas, the rollback window).
set -euo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0

# expect NAME STATUS TEXT... -- COMMAND...: COMMAND exits with STATUS (0, or "fail" for any
# other) and its output (stdout and stderr) contains every TEXT; a TEXT starting with ! must be absent
expect() {
  local name=$1 status=$2 output code=0 problems=()
  shift 2
  local texts=()
  while [ "$1" != -- ]; do texts+=("$1"); shift; done
  shift
  output=$("$@" 2>&1) || code=$?
  if [ "$status" = 0 ] && [ "$code" -ne 0 ]; then problems+=("exit $code"); fi
  if [ "$status" = fail ] && [ "$code" -eq 0 ]; then problems+=("exit 0"); fi
  for text in "${texts[@]}"; do
    if [[ $text == !* ]]; then
      [[ $output != *"${text#!}"* ]] || problems+=("has '${text#!}'")
    else
      [[ $output == *"$text"* ]] || problems+=("lacks '$text'")
    fi
  done
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED $name: ${problems[*]}" >&2
  fi
}

bg=scripts/blue-green.sh
export BLUE_GREEN_LIVE=blue
expect deploy-into-idle 0 'name: auth-green' 'name: gateway-green' 'bizsuite/invoice:2.3.1' 'rollout status deployment invoice-green' \
  'kind: ExternalSecret' '!name: auth-blue' '!:unreleased' -- $bg --dry-run staging deploy 2.3.1
BLUE_GREEN_LIVE=green expect deploy-into-blue 0 'name: business-blue' 'rollout status deployment gateway-blue' '!name: business-green' \
  -- $bg --dry-run production deploy 2.3.1
expect deploy-needs-tag fail 'deploy needs the TAG' -- $bg --dry-run staging deploy
expect deploy-refuses-bad-tag fail 'TAG must be an image tag' -- $bg --dry-run staging deploy '../x'
expect unknown-env fail 'ENV must be staging or production' -- $bg --dry-run prod deploy 1
expect unknown-action fail "unknown action 'promote'" -- $bg --dry-run staging promote
expect smoke-idle 0 'port-forward service/gateway-green' -- $bg --dry-run staging smoke
expect switch-to-idle 0 '"serviceName":"gateway-blue","servicePort":"http","weight":0' \
  '"serviceName":"gateway-green","servicePort":"http","weight":100' 'bizsuite.io/previous-colour: blue' '!kind: Deployment' \
  -- $bg --dry-run production switch
BLUE_GREEN_LIVE=green expect rollback-to-other 0 '"serviceName":"gateway-blue","servicePort":"http","weight":100' \
  'bizsuite.io/previous-colour: green' -- $bg --dry-run production rollback
expect verify-live 0 'colour=\"blue\"' 'http_server_requests_seconds_count' -- $bg --dry-run production verify
expect retire-idle 0 'scale deployment gateway-green --replicas=0' 'scale deployment invoice-green --replicas=0' '!blue --replicas=0' \
  -- $bg --dry-run production retire
expect status 0 'live colour: blue' -- $bg --dry-run staging status

mg=scripts/migrate.sh
expect migrate 0 'name: bizsuite-migrate-2-3-1-' 'bizsuite/auth:2.3.1' 'bizsuite/business:2.3.1' 'bizsuite/inventory:2.3.1' \
  'bizsuite/invoice:2.3.1' '- migrate' 'name: bizsuite-auth' 'logs job/bizsuite-migrate-2-3-1-' '!:unreleased' -- $mg --dry-run staging migrate 2.3.1
expect info 0 '- info' '!- migrate' -- $mg --dry-run production info 2.3.1
expect validate 0 '- validate' '!- migrate' -- $mg --dry-run production validate 2.3.1
expect rollback-validates-previous 0 'Job bizsuite-rollback-2-2-0-' '- validate' 'bizsuite/invoice:2.2.0' '!- migrate' \
  -- $mg --dry-run production rollback 2.2.0
expect migrate-needs-tag fail 'usage' -- $mg --dry-run production migrate
expect migrate-unknown-action fail 'ACTION must be migrate, info, validate or rollback' -- $mg --dry-run production undo 2.2.0

# ---- against a stand-in kubectl: $state/ingress.json is the Ingress, $state/<deployment> holds
# "replicas available"; what is applied is kept in $state/applied.yaml, every call in $state/calls
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
mkdir "$state/bin"
cat >"$state/bin/kubectl" <<'FAKE'
#!/usr/bin/env bash
set -euo pipefail
echo "$*" >>"$STATE/calls"
case "$*" in
  kustomize\ *) exec "$REAL_KUBECTL" "$@" ;;
  *"get ingress bizsuite"*)
    [ -f "$STATE/fail" ] && { echo "Unauthorized" >&2; exit 1; }
    [ -f "$STATE/ingress.json" ] || exit 0
    if [[ $* == *jsonpath* ]]; then jq -r '.metadata.annotations["alb.ingress.kubernetes.io/actions.gateway"]' "$STATE/ingress.json"; else cat "$STATE/ingress.json"; fi ;;
  *"get deployment"*)
    file=
    for arg in "$@"; do if [ -f "$STATE/$arg" ]; then file=$STATE/$arg; fi; done
    if [ -z "$file" ]; then
      [[ $* == *--ignore-not-found* ]] && exit 0
      echo "not found" >&2
      exit 1
    fi
    # like kubectl's jsonpath output, without a final newline
    if [[ $* == *"jsonpath={.spec.replicas}" ]]; then printf '%s' "$(cut -d' ' -f1 "$file")"; else printf '%s' "$(cat "$file")"; fi ;;
  *"get job/"*) printf '%s' "$(cat "$STATE/job")" ;;
  *"logs job/"*) echo "[pod/bizsuite-migrate/auth] Valid: platform, auth match this build" ;;
  *"describe job/"*) echo "Pods Statuses: 0 Active / 0 Succeeded / 1 Failed" ;;
  *apply*)
    while [ "$1" != -f ]; do shift; done
    cat "$2" >>"$STATE/applied.yaml" ;;
esac
FAKE
chmod +x "$state/bin/kubectl"
ingress() {  # ingress BLUE_WEIGHT GREEN_WEIGHT PREVIOUS SWITCHED_AT
  jq -n --arg a "{\"type\":\"forward\",\"forwardConfig\":{\"targetGroups\":[{\"serviceName\":\"gateway-blue\",\"weight\":$1},{\"serviceName\":\"gateway-green\",\"weight\":$2}]}}" \
    --arg p "$3" --arg t "$4" \
    '{metadata: {annotations: {"alb.ingress.kubernetes.io/actions.gateway": $a, "bizsuite.io/previous-colour": $p, "bizsuite.io/switched-at": $t}}}' \
    >"$state/ingress.json"
}
colour() {  # colour COLOUR "REPLICAS AVAILABLE"
  for service in gateway auth business inventory invoice; do echo "$2" >"$state/$service-$1"; done
}
live() {  # live ARGS...: the script against the stand-in, with a fresh record of what it applied
  local code=0
  rm -f "$state/applied.yaml" "$state/calls"
  env -u BLUE_GREEN_LIVE STATE="$state" REAL_KUBECTL="$(command -v kubectl)" PATH="$state/bin:$PATH" "$@" || code=$?
  if [ -f "$state/applied.yaml" ]; then cat "$state/applied.yaml"; fi
  if [ -f "$state/calls" ]; then sed 's/^/called: /' "$state/calls"; fi
  return "$code"
}

expect first-status 0 'live colour: none' -- live $bg staging status
expect first-deploy-into-blue 0 'name: gateway-blue' 'called: -n bizsuite rollout status deployment invoice-blue' -- live $bg staging deploy 3.0.0
touch "$state/fail"
expect unreadable-ingress-stops fail 'could not read the Ingress' '!name: gateway-blue' -- live $bg staging deploy 3.0.0
rm "$state/fail"
ingress 100 0 none 2026-01-01T00:00:00Z
colour blue "5 5"
expect deploy-sized-like-live 0 'name: gateway-green' 'called: -n bizsuite scale deployment gateway-green --replicas=5' \
  -- live $bg production deploy 3.0.0
colour green "3 1"
expect switch-refuses-unready fail 'gateway-green has 1 of 3 replicas available' '!kind: Ingress' -- live $bg production switch
colour green "3 3"
expect switch 0 '"serviceName":"gateway-green","servicePort":"http","weight":100' 'bizsuite.io/previous-colour: blue' -- live $bg production switch
ingress 0 100 blue "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
expect retire-waits-for-window fail 'stays for rollback' '!--replicas=0' -- live $bg production retire
expect rollback 0 '"serviceName":"gateway-blue","servicePort":"http","weight":100' 'bizsuite.io/previous-colour: green' \
  -- live $bg production rollback
colour blue "0 0"
expect rollback-refuses-retired fail 'blue no longer runs' '!kind: Ingress' -- live $bg production rollback
ingress 0 100 blue 2026-01-01T00:00:00Z
expect retire 0 'scale deployment gateway-blue --replicas=0' 'scale deployment invoice-blue --replicas=0' '!green --replicas=0' \
  -- live $bg production retire
ingress 50 50 blue 2026-01-01T00:00:00Z
expect split-traffic-refused fail 'splits traffic' -- live $bg production deploy 3.0.0

echo "1/" >"$state/job"
expect migrate-job-succeeds 0 'Valid: platform, auth match this build' 'called: -n bizsuite logs job/bizsuite-rollback-2-2-0-' \
  'may go back to it' -- live $mg production rollback 2.2.0
echo "/1" >"$state/job"
expect migrate-job-fails fail 'migrate with 2.3.0: failed' '1 Failed' -- live $mg production migrate 2.3.0

echo "release scripts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
