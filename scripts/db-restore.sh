#!/usr/bin/env bash
# Restores an RDS snapshot of an environment's database to a NEW instance beside the live one,
# with the live one's network, security groups, parameter group and size; the live instance is
# never touched. Prints how to check the copy and how to move the services onto it
# (docs/runbooks/db-restore.md).
#
# Usage: scripts/db-restore.sh [--dry-run] [--target NAME] ENV SNAPSHOT
#   ENV        staging or production
#   SNAPSHOT   a DB snapshot identifier or ARN (aws rds describe-db-snapshots --db-instance-identifier bizsuite-ENV)
#   --target   name of the new instance (default bizsuite-ENV-restore-YYYYMMDD-HHMM)
# Needs the aws CLI with rights on RDS.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/ops.sh
. scripts/lib/ops.sh

target='' args=()
while [ $# -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    --target) target=${2:?--target needs a name}; shift ;;
    -h | --help) usage 0 ;;
    -*) usage ;;
    *) args+=("$1") ;;
  esac
  shift
done
[ ${#args[@]} -eq 2 ] || usage
ops_environment "${args[0]}"
snapshot=${args[1]}
target=${target:-$DB_INSTANCE-restore-$(date -u +%Y%m%d-%H%M)}
[ "$target" != "$DB_INSTANCE" ] || die "the target must not be the live instance $DB_INSTANCE"
if aws rds describe-db-instances --db-instance-identifier "$target" >/dev/null 2>&1; then
  die "an instance named $target exists already"
fi

echo "== the snapshot"
aws rds describe-db-snapshots --db-snapshot-identifier "$snapshot" \
  --query 'DBSnapshots[0].[DBSnapshotIdentifier,DBInstanceIdentifier,SnapshotCreateTime,Status,EngineVersion]' --output text \
  || die "no snapshot $snapshot"

echo "== settings of the live instance $DB_INSTANCE"
read -r instance_class subnet_group parameter_group multi_az < <(aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE" \
  --query 'DBInstances[0].[DBInstanceClass,DBSubnetGroup.DBSubnetGroupName,DBParameterGroups[0].DBParameterGroupName,MultiAZ]' --output text)
read -r -a security_groups < <(aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE" \
  --query 'DBInstances[0].VpcSecurityGroups[].VpcSecurityGroupId' --output text)
echo "class $instance_class, subnet group $subnet_group, parameters $parameter_group, Multi-AZ $multi_az, security groups ${security_groups[*]}"
multi_az_flag=--no-multi-az
[ "$multi_az" = True ] && multi_az_flag=--multi-az

echo "== restoring $snapshot to $target"
run aws rds restore-db-instance-from-db-snapshot \
  --db-instance-identifier "$target" \
  --db-snapshot-identifier "$snapshot" \
  --db-instance-class "$instance_class" \
  --db-subnet-group-name "$subnet_group" \
  --vpc-security-group-ids "${security_groups[@]}" \
  --db-parameter-group-name "$parameter_group" \
  "$multi_az_flag" \
  --no-publicly-accessible \
  --deletion-protection \
  --copy-tags-to-snapshot \
  --tags "Key=RestoredFrom,Value=${snapshot##*:}" "Key=CreatedBy,Value=db-restore.sh" "Key=Requester,Value=${USER:-unknown}" \
  --query 'DBInstance.DBInstanceStatus' --output text
echo "waiting until $target is available (often 10-30 minutes)"
run aws rds wait db-instance-available --db-instance-identifier "$target"
# the master password becomes one Secrets Manager manages again (the snapshot carries the old one)
run aws rds modify-db-instance --db-instance-identifier "$target" --manage-master-user-password --apply-immediately \
  --query 'DBInstance.DBInstanceStatus' --output text
endpoint='<endpoint>'
[ "$DRY_RUN" = 1 ] || endpoint=$(aws rds describe-db-instances --db-instance-identifier "$target" --query 'DBInstances[0].Endpoint.Address' --output text)

cat <<EOT

$target is available at $endpoint; $DB_INSTANCE still serves the services.
1. Check the copy (read-only):  scripts/db-shell.sh --host $endpoint $ENVIRONMENT
2. To move the services onto it, follow docs/runbooks/db-restore.md, "Moving the services":
   stop writes, swap the names (aws rds modify-db-instance --new-db-instance-identifier:
   $DB_INSTANCE -> $DB_INSTANCE-replaced, then $target -> $DB_INSTANCE), restart the services,
   and hand the new instance to Terraform (terraform state rm, terraform import).
3. Not needed after all: aws rds modify-db-instance --db-instance-identifier $target --no-deletion-protection --apply-immediately
   then aws rds delete-db-instance --db-instance-identifier $target --skip-final-snapshot
EOT
