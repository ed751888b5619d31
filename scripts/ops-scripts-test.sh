#!/usr/bin/env bash
# Tests of the operations scripts (rollback, db-backup, db-restore, db-shell, deployed-tag) against
# stand-ins for aws, kubectl and blue-green.sh that record their arguments and answer as a real
# environment would: what each script asks for, in which order, and what it refuses.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
passed=0
failed=0

# Stand-ins: every call is appended to $work/calls; answers come from the STUB_* variables.
cat >"$work/bin/aws" <<'EOF'
#!/usr/bin/env bash
echo "aws $*" >>"$STUB_CALLS"
case "$*" in
  *"describe-db-instances --db-instance-identifier bizsuite-staging --query DBInstances[0].[DBInstanceClass"*)
    echo "db.t4g.medium	bizsuite-staging	bizsuite-staging-postgres17	False" ;;
  *"describe-db-instances --db-instance-identifier bizsuite-staging --query DBInstances[0].VpcSecurityGroups"*)
    echo "sg-0aaa	sg-0bbb" ;;
  *"describe-db-instances --db-instance-identifier bizsuite-staging-restore-"*"Endpoint"*)
    echo "restored.example" ;;
  *"describe-db-instances --db-instance-identifier ${STUB_EXISTING_INSTANCE:-none}") echo "{}" ;;
  *"describe-db-instances --db-instance-identifier "*) exit 254 ;;
  *) ;;
esac
EOF
cat >"$work/bin/kubectl" <<'EOF'
#!/usr/bin/env bash
echo "kubectl $*" >>"$STUB_CALLS"
case "$*" in
  *" get deployments "*) printf '%b' "${STUB_IMAGES:-}" ;;
  *" exec "*pg_dump*) printf 'PGDMP-archive' ;;
  *) ;;
esac
EOF
cat >"$work/bin/blue-green.sh" <<'EOF'
#!/usr/bin/env bash
echo "blue-green.sh $*" >>"$STUB_CALLS"
[ "$2" != "${STUB_FAIL_ACTION:-none}" ]
EOF
chmod +x "$work/bin/"*
export PATH="$work/bin:$PATH" STUB_CALLS="$work/calls" BLUE_GREEN="$work/bin/blue-green.sh"

# expect NAME accepted|refused CALLS-PATTERN|- COMMAND...: the exit status, and (unless -) an
# extended regular expression the recorded calls, joined by " | ", must match.
expect() {
  local name=$1 outcome=$2 pattern=$3 status=0 output calls
  shift 3
  : >"$STUB_CALLS"
  output=$(cd "$work" && "$@" 2>&1 </dev/null) || status=$?
  calls=$(paste -sd'|' "$STUB_CALLS" | sed 's/|/ | /g')
  if { [ "$outcome" = accepted ] && [ "$status" -eq 0 ]; } || { [ "$outcome" = refused ] && [ "$status" -ne 0 ]; }; then
    if [ "$pattern" = - ] || [[ $calls =~ $pattern ]]; then
      passed=$((passed + 1))
      return
    fi
  fi
  failed=$((failed + 1))
  printf 'FAILED %s: expected %s matching %s, got exit %s\n  calls: %s\n  output: %s\n' "$name" "$outcome" "$pattern" "$status" "$calls" "$output" >&2
}

repo=$PWD
expect rollback-order accepted 'blue-green.sh production status \| blue-green.sh production rollback \| blue-green.sh production verify \| blue-green.sh production status$' \
  "$repo/scripts/rollback.sh" --yes production
expect rollback-verify-fails refused 'rollback \| blue-green.sh staging verify$' \
  env STUB_FAIL_ACTION=verify "$repo/scripts/rollback.sh" staging
expect rollback-production-asks refused '^blue-green.sh production status$' \
  "$repo/scripts/rollback.sh" production
expect rollback-dry-run accepted '^$' "$repo/scripts/rollback.sh" --dry-run --yes production
expect rollback-unknown-env refused '^$' "$repo/scripts/rollback.sh" qa

expect backup-snapshot accepted 'create-db-snapshot --db-instance-identifier bizsuite-staging --db-snapshot-identifier bizsuite-staging-manual-[0-9-]+ .* \| aws rds wait db-snapshot-available' \
  "$repo/scripts/db-backup.sh" staging
expect backup-logical accepted 'run db-dump-[0-9]+-[0-9]+ .*default_transaction_read_only=on.* \| .*wait --for=condition=Ready.* \| .*exec db-dump-.*pg_dump --format=custom.* \| .*delete pod db-dump-' \
  "$repo/scripts/db-backup.sh" --no-snapshot --logical --output "$work/staging.dump" staging
expect backup-nothing refused '^$' "$repo/scripts/db-backup.sh" --no-snapshot staging

expect restore-new-instance accepted 'restore-db-instance-from-db-snapshot --db-instance-identifier bizsuite-staging-restore-[0-9-]+ --db-snapshot-identifier snap-1 --db-instance-class db.t4g.medium --db-subnet-group-name bizsuite-staging --vpc-security-group-ids sg-0aaa sg-0bbb --db-parameter-group-name bizsuite-staging-postgres17 --no-multi-az .*--deletion-protection.* \| aws rds wait db-instance-available .* \| aws rds modify-db-instance .*--manage-master-user-password' \
  "$repo/scripts/db-restore.sh" staging snap-1
expect restore-over-live refused '^$' "$repo/scripts/db-restore.sh" --target bizsuite-staging staging snap-1
expect restore-existing-target refused '^aws rds describe-db-instances --db-instance-identifier taken$' \
  env STUB_EXISTING_INSTANCE=taken "$repo/scripts/db-restore.sh" --target taken staging snap-1
expect restore-missing-snapshot refused '^$' "$repo/scripts/db-restore.sh" staging

expect shell-read-only accepted 'run db-shell-.*PGOPTIONS.*default_transaction_read_only=on -c statement_timeout=60s.* \| .*exec -i db-shell-.* psql -c select 1 \| .*delete pod db-shell-' \
  "$repo/scripts/db-shell.sh" staging -- -c 'select 1'
expect shell-bad-timeout refused '^$' "$repo/scripts/db-shell.sh" --timeout forever staging

sha=0123456789abcdef0123456789abcdef01234567
other=89abcdef0123456789abcdef0123456789abcdef
expect deployed-one-tag accepted 'kubectl --context bizsuite-production --namespace bizsuite get deployments' \
  env STUB_IMAGES="1.dkr.ecr.ap-south-1.amazonaws.com/bizsuite/auth:$sha\n1.dkr.ecr.ap-south-1.amazonaws.com/bizsuite/gateway:$sha\nregistry.k8s.io/coredns:v1.11.3\n" \
  "$repo/scripts/deployed-tag.sh" production
expect deployed-two-tags refused - \
  env STUB_IMAGES="r/bizsuite/auth:$sha\nr/bizsuite/auth:$other\n" "$repo/scripts/deployed-tag.sh" production
expect deployed-none refused - env STUB_IMAGES="registry.k8s.io/coredns:v1.11.3\n" "$repo/scripts/deployed-tag.sh" production

output=$(cd "$work" && STUB_IMAGES="r/bizsuite/auth:$sha\n" "$repo/scripts/deployed-tag.sh" staging)
if [ "$output" = "$sha" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED deployed-tag-output: got '$output'" >&2; fi
if [ "$(head -c 5 "$work/staging.dump" 2>/dev/null)" = PGDMP ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED backup-logical-file" >&2; fi

echo "ops-scripts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
