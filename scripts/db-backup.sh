#!/usr/bin/env bash
# A backup of an environment's database beside RDS's daily ones: a manual RDS snapshot (kept until
# deleted by hand, unlike the automated ones), and with --logical also a pg_dump in PostgreSQL's
# custom format, taken by a short-lived pod in the cluster and written here
# (docs/runbooks/db-backup.md).
#
# Usage: scripts/db-backup.sh [--dry-run] [--logical] [--output FILE] [--no-snapshot] ENV
#   ENV            staging or production
#   --logical      also a pg_dump (read-only transaction, consistent as of its start)
#   --output FILE  where the dump goes (default bizsuite-ENV-YYYYMMDD-HHMMSS.dump here)
#   --no-snapshot  the dump alone
# Needs the aws CLI with rights on RDS, and kubectl for --logical.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/ops.sh
. scripts/lib/ops.sh

logical=0 snapshot=1 output='' env_arg=''
while [ $# -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    --logical) logical=1 ;;
    --no-snapshot) snapshot=0 ;;
    --output) output=${2:?--output needs a file}; shift ;;
    -h | --help) usage 0 ;;
    -*) usage ;;
    *) [ -z "$env_arg" ] || usage; env_arg=$1 ;;
  esac
  shift
done
ops_environment "$env_arg"
[ "$snapshot" = 1 ] || [ "$logical" = 1 ] || die "--no-snapshot without --logical backs up nothing"
stamp=$(date -u +%Y%m%d-%H%M%S)

if [ "$snapshot" = 1 ]; then
  snapshot_id="$DB_INSTANCE-manual-$stamp"
  echo "== RDS snapshot $snapshot_id of $DB_INSTANCE"
  run aws rds create-db-snapshot --db-instance-identifier "$DB_INSTANCE" --db-snapshot-identifier "$snapshot_id" \
    --tags "Key=CreatedBy,Value=db-backup.sh" "Key=Requester,Value=${USER:-unknown}" --query 'DBSnapshot.Status' --output text
  run aws rds wait db-snapshot-available --db-snapshot-identifier "$snapshot_id"
  run aws rds describe-db-snapshots --db-snapshot-identifier "$snapshot_id" \
    --query 'DBSnapshots[0].[DBSnapshotIdentifier,Status,SnapshotCreateTime,AllocatedStorage,Encrypted]' --output text
fi

if [ "$logical" = 1 ]; then
  output=${output:-$DB_INSTANCE-$stamp.dump}
  [ ! -e "$output" ] || die "$output exists"
  echo "== pg_dump of $ENVIRONMENT to $output"
  pg_pod_start dump "-c default_transaction_read_only=on"
  if [ "$DRY_RUN" = 1 ]; then
    kube exec "$PG_POD" -- sh -c "$PG_CONNECT; pg_dump --format=custom --compress=6 \"\$DATABASE_URI\"" ">$output"
  else
    umask 077 # the dump holds every business's data
    # shellcheck disable=SC2016 # expanded inside the pod
    kube exec "$PG_POD" -- sh -c "$PG_CONNECT"'; exec pg_dump --format=custom --compress=6 "$DATABASE_URI"' >"$output" \
      || { rm -f "$output"; die "pg_dump failed"; }
    [ "$(head -c 5 "$output")" = PGDMP ] || { rm -f "$output"; die "$output is not a pg_dump archive"; }
    echo "$output: $(du -h "$output" | cut -f1), custom format (pg_restore --list $output shows its contents)"
  fi
fi
