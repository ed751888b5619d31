# shellcheck shell=bash
# shellcheck disable=SC2034 # DRY_RUN, PG_CONNECT and the names are read by the scripts that source this
# Shared by the operations scripts (rollback, db-backup, db-restore, db-shell, deployed-tag):
# the names an environment's resources go by, dry runs, and a short-lived PostgreSQL client pod.
# Every name can be overridden from the environment:
#   KUBE_CONTEXT        kubectl context of the environment's cluster (default bizsuite-ENV, as
#                       `aws eks update-kubeconfig --name bizsuite-ENV --alias bizsuite-ENV` names it)
#   BIZSUITE_NAMESPACE  namespace of the services (default bizsuite)
#   BIZSUITE_DB_SECRET  Kubernetes Secret with JDBC_URL, JDBC_USER, JDBC_PASSWORD, which External
#                       Secrets syncs from bizsuite/ENV/database (default bizsuite-database)
#   DB_INSTANCE         RDS instance (default bizsuite-ENV)
#   AWS_REGION          region (default ap-south-1)
#   PSQL_IMAGE          image of the client pod (default the PostgreSQL image docker-compose.yml runs)

DRY_RUN=${DRY_RUN:-0}

# usage [STATUS]: the script's header comment (line 2 up to `set -euo pipefail`), then exit.
usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
  exit "${1:-2}"
}

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# ops_environment ENV: checks ENV and sets the names above.
ops_environment() {
  case ${1:-} in
    staging | production) ENVIRONMENT=$1 ;;
    *) die "ENV must be staging or production, not '${1:-}'" ;;
  esac
  KUBE_CONTEXT=${KUBE_CONTEXT:-bizsuite-$ENVIRONMENT}
  BIZSUITE_NAMESPACE=${BIZSUITE_NAMESPACE:-bizsuite}
  BIZSUITE_DB_SECRET=${BIZSUITE_DB_SECRET:-bizsuite-database}
  DB_INSTANCE=${DB_INSTANCE:-bizsuite-$ENVIRONMENT}
  AWS_REGION=${AWS_REGION:-ap-south-1}
  PSQL_IMAGE=${PSQL_IMAGE:-postgres:17.11-bookworm}
  export AWS_REGION
}

# run COMMAND...: runs it, or only prints it in a dry run.
run() {
  if [ "$DRY_RUN" = 1 ]; then
    printf '[dry run]'
    printf ' %q' "$@"
    printf '\n'
  else
    "$@"
  fi
}

# kubectl on the environment's cluster and namespace (printed only, in a dry run)
kube() {
  run kubectl --context "$KUBE_CONTEXT" --namespace "$BIZSUITE_NAMESPACE" "$@"
}

# A shell line for the client pod: libpq's settings from the services' JDBC ones. The JDBC URL's
# parameters are dropped (libpq refuses some) and TLS is required, as RDS requires it; DB_HOST, when
# set inside the pod, names another instance (a restored one) with the same credentials.
# shellcheck disable=SC2016 # expanded inside the pod
PG_CONNECT='url=${JDBC_URL#jdbc:}; url=${url%%\?*}; [ -z "${DB_HOST:-}" ] || url="postgresql://$DB_HOST:5432/${url##*/}"; export DATABASE_URI="$url" PGUSER="$JDBC_USER" PGPASSWORD="$JDBC_PASSWORD" PGSSLMODE=require'

PG_POD=''
pg_pod_delete() {
  if [ -n "$PG_POD" ]; then
    kube delete pod "$PG_POD" --wait=false --ignore-not-found >/dev/null 2>&1 || true
    PG_POD=''
  fi
}

# pg_pod_start PURPOSE PGOPTIONS: a client pod with the services' database secret in its
# environment, deleted when the script exits (and by Kubernetes after an hour whatever happens).
pg_pod_start() {
  local purpose=$1 options=$2 overrides
  PG_POD="db-$purpose-$(date -u +%Y%m%d%H%M%S)-$RANDOM"
  overrides=$(cat <<JSON
{
  "apiVersion": "v1",
  "metadata": {"labels": {"app.kubernetes.io/name": "db-$purpose", "app.kubernetes.io/part-of": "bizsuite"}},
  "spec": {
    "restartPolicy": "Never",
    "activeDeadlineSeconds": 3600,
    "automountServiceAccountToken": false,
    "securityContext": {"runAsNonRoot": true, "runAsUser": 999, "runAsGroup": 999, "seccompProfile": {"type": "RuntimeDefault"}},
    "containers": [{
      "name": "psql",
      "image": "$PSQL_IMAGE",
      "command": ["sleep", "3600"],
      "envFrom": [{"secretRef": {"name": "$BIZSUITE_DB_SECRET"}}],
      "env": [
        {"name": "PGOPTIONS", "value": "$options"},
        {"name": "PGAPPNAME", "value": "db-$purpose"}
      ],
      "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}},
      "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "512Mi"}}
    }]
  }
}
JSON
)
  if [ "$DRY_RUN" = 1 ]; then
    kube run "$PG_POD" --image "$PSQL_IMAGE" --restart Never --overrides "<pod spec: $BIZSUITE_DB_SECRET in the environment, PGOPTIONS=$options>"
    return
  fi
  trap pg_pod_delete EXIT
  kube run "$PG_POD" --image "$PSQL_IMAGE" --restart Never --overrides "$overrides" >/dev/null
  kube wait --for=condition=Ready "pod/$PG_POD" --timeout=120s >/dev/null \
    || die "the client pod $PG_POD did not start (kubectl --context $KUBE_CONTEXT -n $BIZSUITE_NAMESPACE describe pod $PG_POD)"
}
