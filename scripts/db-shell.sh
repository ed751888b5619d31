#!/usr/bin/env bash
# A read-only psql session on an environment's database, for debugging: a short-lived pod in the
# cluster (RDS is reachable only from there) with the services' database secret, every
# transaction read-only (default_transaction_read_only) and each statement limited in time.
# The pod is deleted when the session ends (docs/runbooks/db-shell.md).
#
# Usage: scripts/db-shell.sh [--dry-run] [--host HOST] [--timeout DURATION] ENV [-- PSQL-ARGS...]
#   ENV         staging or production
#   --host      another instance with the same credentials (a restored copy, scripts/db-restore.sh)
#   --timeout   statement_timeout of the session (default 60s)
#   PSQL-ARGS   passed to psql, e.g. -- -c 'select count(*) from invoice.invoices'
# Read-only by default only: `SET default_transaction_read_only = off` undoes it. It guards
# against slips, not against intent; never run writes through it.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/ops.sh
. scripts/lib/ops.sh

host='' timeout=60s env_arg=''
while [ $# -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    --host) host=${2:?--host needs a host name}; shift ;;
    --timeout) timeout=${2:?--timeout needs a duration}; shift ;;
    -h | --help) usage 0 ;;
    --) shift; break ;;
    -*) usage ;;
    *) [ -z "$env_arg" ] || usage; env_arg=$1 ;;
  esac
  shift
done
ops_environment "$env_arg"
[[ $timeout =~ ^[0-9]+(ms|s|min)?$ ]] || die "--timeout takes a duration such as 60s or 5min"

pg_pod_start shell "-c default_transaction_read_only=on -c statement_timeout=$timeout"
tty=(-i)
[ -t 0 ] && [ -t 1 ] && tty=(-it)
echo "read-only psql on $ENVIRONMENT${host:+ ($host)}; \\q to leave" >&2
# shellcheck disable=SC2016 # expanded inside the pod
kube exec "${tty[@]}" "$PG_POD" -- env DB_HOST="$host" sh -c "$PG_CONNECT"'; exec psql "$DATABASE_URI" "$@"' psql "$@"
