#!/usr/bin/env bash
# Tests of scripts/blue-green.sh and scripts/migrate.sh through their --dry-run, which needs no
# cluster: what each action would apply or run, for each live colour, and what they refuse.
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

echo "release scripts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
