# shellcheck shell=bash
# What scripts/blue-green.sh and scripts/migrate.sh share: the environment's overlays, rendering
# an overlay with the release's image tag, and kubectl that only prints under --dry-run.
#
# Callers source this, then `release_arguments USAGE MIN MAX "$@"; set -- "${ARGUMENTS[@]}"`.

# a failure inside $(...) stops the script too
shopt -s inherit_errexit
K8S_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../k8s" && pwd)
# shellcheck disable=SC2034 # used by the scripts that source this
NAMESPACE=${BIZSUITE_NAMESPACE:-bizsuite}
# shellcheck disable=SC2034
SERVICES=(gateway auth business inventory invoice)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

DRY_RUN=${DRY_RUN:-0}
ENVIRONMENT=

# release_arguments USAGE MIN MAX ARGS...: --dry-run, wherever it stands, sets DRY_RUN=1;
# ARGUMENTS gets the others, MIN to MAX of them, the first being the environment
release_arguments() {
  local usage=$1 min=$2 max=$3 arg
  shift 3
  ARGUMENTS=()
  for arg in "$@"; do
    if [ "$arg" = --dry-run ]; then DRY_RUN=1; else ARGUMENTS+=("$arg"); fi
  done
  if [ ${#ARGUMENTS[@]} -lt "$min" ] || [ ${#ARGUMENTS[@]} -gt "$max" ]; then
    echo "$usage" >&2
    exit 2
  fi
  ENVIRONMENT=${ARGUMENTS[0]}
  check_environment "$ENVIRONMENT"
}

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

say() {
  echo "[$(basename "$0" .sh) ${ENVIRONMENT:-} $(date -u +%T)] $*" >&2
}

check_environment() {
  case "$1" in
    staging | production) ;;
    *) die "ENV must be staging or production, not '$1'" ;;
  esac
  [ -d "$K8S_ROOT/overlays/$1" ] || die "no overlay k8s/overlays/$1"
}

check_tag() {
  [[ $1 =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || die "TAG must be an image tag ([A-Za-z0-9_.-], at most 128), not '$1'"
}

# kubectl, or under --dry-run the command line it would run (reads of the cluster are not made)
kube() {
  if [ "$DRY_RUN" = 1 ]; then
    printf '+ kubectl'
    printf ' %q' "$@"
    printf '\n'
  else
    kubectl "$@"
  fi
}

# kubectl apply of a rendered file; under --dry-run the objects themselves are printed
kube_apply() {
  local file=$1
  if [ "$DRY_RUN" = 1 ]; then
    echo "+ kubectl apply --server-side --force-conflicts --field-manager=bizsuite-release -f - <<'EOF'"
    cat "$file"
    echo "EOF"
  else
    kubectl apply --server-side --force-conflicts --field-manager=bizsuite-release -f "$file"
  fi
}

# render DIR OUT [TAG [PATCH_FILE]]: the overlay in DIR built into OUT, every image tagged
# `unreleased` given TAG, and PATCH_FILE (a kustomize patches list) applied on top
render() {
  local dir=$1 out=$2 tag=${3:-} patches=${4:-} kdir names
  kdir=$(mktemp -d "$WORK/render.XXXXXX")
  {
    echo "apiVersion: kustomize.config.k8s.io/v1beta1"
    echo "kind: Kustomization"
    echo "resources:"
    # kustomize takes a directory only by a relative path
    echo "  - $(realpath --relative-to="$kdir" "$dir")"
    if [ -n "$tag" ]; then
      names=$(kubectl kustomize "$dir" | sed -n 's/^ *image: \(.*\):unreleased$/\1/p' | sort -u)
      if [ -n "$names" ]; then
        echo "images:"
        while IFS= read -r name; do
          printf '  - name: %s\n    newTag: "%s"\n' "$name" "$tag"
        done <<<"$names"
      fi
    fi
    if [ -n "$patches" ]; then
      echo "patches:"
      cat "$patches"
    fi
  } >"$kdir/kustomization.yaml"
  kubectl kustomize "$kdir" >"$out" || die "kustomize could not build $dir"
  if [ -n "$tag" ] && grep -q ':unreleased$' "$out"; then
    die "an image of $dir is still tagged unreleased"
  fi
}
