#!/usr/bin/env bash
# The one-command rollback: traffic back to the previous colour, then the post-switch error-rate
# check on it. Nothing in the database moves: migrations are expand-only, so the previous colour
# runs on the current schema (docs/runbooks/rollback.md).
#
# Usage: scripts/rollback.sh [--dry-run] [--yes] ENV
#   ENV        staging or production
#   --dry-run  print the commands without running them
#   --yes      no confirmation question (production asks one at a terminal)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/ops.sh
. scripts/lib/ops.sh

assume_yes=0
env_arg=''
while [ $# -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    --yes) assume_yes=1 ;;
    -h | --help) usage 0 ;;
    -*) usage ;;
    *) [ -z "$env_arg" ] || usage; env_arg=$1 ;;
  esac
  shift
done
ops_environment "$env_arg"
BLUE_GREEN=${BLUE_GREEN:-scripts/blue-green.sh} # another path only in tests

run "$BLUE_GREEN" "$ENVIRONMENT" status
if [ "$ENVIRONMENT" = production ] && [ "$assume_yes" = 0 ] && [ "$DRY_RUN" = 0 ]; then
  [ -t 0 ] || die "production: confirm with --yes when there is no terminal"
  read -r -p "Move production traffic back to the previous colour? [y/N] " answer
  [ "$answer" = y ] || [ "$answer" = Y ] || die "not rolled back"
fi

echo "== rolling $ENVIRONMENT back"
run "$BLUE_GREEN" "$ENVIRONMENT" rollback
echo "== verifying $ENVIRONMENT after the rollback"
if ! run "$BLUE_GREEN" "$ENVIRONMENT" verify; then
  echo "rollback.sh: traffic is back on the previous colour, but its verify failed too: the fault is" >&2
  echo "probably not in the release (database, Redis, a dependency). docs/runbooks/rollback.md, 'Verify fails'." >&2
  exit 1
fi
run "$BLUE_GREEN" "$ENVIRONMENT" status
echo "rollback.sh: $ENVIRONMENT is on the previous colour and verified."
