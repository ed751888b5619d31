#!/usr/bin/env bash
# One schema action of a release as a Kubernetes Job (ADR 0015), run with the environment's
# secrets: the auth, business, inventory and invoice images at TAG each act on the schemas they
# own, one after the other. Waits for the Job, prints its logs, exits 1 when it failed.
#
#   scripts/migrate.sh [--dry-run] ENV migrate TAG    apply TAG's pending migrations (before traffic moves)
#   scripts/migrate.sh [--dry-run] ENV info TAG       each schema's version and every migration's state
#   scripts/migrate.sh [--dry-run] ENV validate TAG   fails unless the schemas match TAG: nothing pending or changed
#                                                     (migrations of a newer release are accepted)
#   scripts/migrate.sh [--dry-run] ENV rollback TAG   TAG is the release to go back to: touches no schema; checks that
#                                                     TAG validates against the schema as it now is, so its app can
#                                                     take traffic again (scripts/blue-green.sh ENV rollback)
#
# ENV is staging or production. --dry-run (or DRY_RUN=1) prints the Job and the kubectl commands
# without a cluster. MIGRATE_TIMEOUT (seconds, default 900) bounds the wait.
set -euo pipefail
# shellcheck source=lib/k8s-release.sh
. "$(dirname "$0")/lib/k8s-release.sh"
release_arguments "usage: $0 [--dry-run] ENV migrate|info|validate|rollback TAG" 3 3 "$@"
set -- "${ARGUMENTS[@]}"
action=$2
tag=$3
check_tag "$tag"
case "$action" in
  migrate | info | validate) mode=$action ;;
  # going back never changes a schema: Flyway OSS has no undo, and the previous release must run
  # on the expanded schema as it is (expand and contract)
  rollback) mode=validate ;;
  *) die "ACTION must be migrate, info, validate or rollback, not '$action'" ;;
esac

# a DNS label: the action, the tag made safe, and the time
job=$(printf 'bizsuite-%s-%s' "$action" "$tag" | tr 'A-Z_.' 'a-z--' | cut -c1-48)
job=${job%-}-$(date -u +%m%d%H%M%S)
patches=$WORK/job-patch.yaml
{
  echo "  - target:"
  echo "      kind: Job"
  echo "      name: bizsuite-migrate"
  echo "    patch: |-"
  echo "      - op: replace"
  echo "        path: /metadata/name"
  echo "        value: $job"
  for i in 0 1 2; do
    echo "      - op: replace"
    echo "        path: /spec/template/spec/initContainers/$i/args"
    echo "        value: [$mode]"
  done
  echo "      - op: replace"
  echo "        path: /spec/template/spec/containers/0/args"
  echo "        value: [$mode]"
} >"$patches"
rendered=$WORK/job.yaml
render "$K8S_ROOT/overlays/$ENVIRONMENT/migration" "$rendered" "$tag" "$patches"

say "$action with $tag: Job $job ($mode)"
kube_apply "$rendered"
if [ "$DRY_RUN" = 1 ]; then
  kube -n "$NAMESPACE" wait "job/$job" --for=condition=Complete --timeout="${MIGRATE_TIMEOUT:-900}s"
  kube -n "$NAMESPACE" logs "job/$job" --all-containers --prefix
  exit 0
fi

deadline=$((SECONDS + ${MIGRATE_TIMEOUT:-900}))
outcome=
while [ -z "$outcome" ]; do
  # "succeeded/failed", either side empty until it counts a pod (a space would be lost on a blank
  # side); read meets the end of the answer before a newline and says so, hence || true
  IFS=/ read -r succeeded failed < <(kubectl -n "$NAMESPACE" get "job/$job" -o 'jsonpath={.status.succeeded}/{.status.failed}') || true
  if [ "${succeeded:-0}" -ge 1 ]; then
    outcome=succeeded
  elif [ "${failed:-0}" -ge 1 ]; then
    outcome=failed
  elif [ "$SECONDS" -ge "$deadline" ]; then
    outcome="not finished after ${MIGRATE_TIMEOUT:-900}s"
  else
    sleep 5
  fi
done
kubectl -n "$NAMESPACE" logs "job/$job" --all-containers --prefix --ignore-errors || true
if [ "$outcome" != succeeded ]; then
  kubectl -n "$NAMESPACE" describe "job/$job" | tail -n 20 >&2 || true
  die "$action with $tag: $outcome"
fi
case "$action" in
  rollback) say "$tag validates against the current schemas: traffic may go back to it (scripts/blue-green.sh $ENVIRONMENT rollback)" ;;
  *) say "$action with $tag: done" ;;
esac
