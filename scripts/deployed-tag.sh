#!/usr/bin/env bash
# Prints the image tag an environment runs: the one tag of the bizsuite/<service> images of its
# ready deployments. Fails when it finds none, or several (a deploy between its switch and the
# retirement of the old colour): then name the tag yourself.
#
# Usage: scripts/deployed-tag.sh ENV   (kubectl context bizsuite-ENV, namespace bizsuite: scripts/lib/ops.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/ops.sh
. scripts/lib/ops.sh

case ${1:-} in -h | --help) usage 0 ;; '') usage ;; esac
ops_environment "$1"

images=$(kube get deployments \
  -o jsonpath='{range .items[?(@.status.readyReplicas>0)]}{range .spec.template.spec.containers[*]}{.image}{"\n"}{end}{end}')
tags=$(printf '%s\n' "$images" | sed -n 's#^.*/bizsuite/[a-z]*:\([^@]*\).*$#\1#p' | sort -u)
count=$(printf '%s' "$tags" | grep -c . || true)
if [ "$count" -eq 0 ]; then
  die "no ready deployment runs a bizsuite image in $KUBE_CONTEXT, namespace $BIZSUITE_NAMESPACE"
elif [ "$count" -gt 1 ]; then
  die "ready deployments run several tags ($(echo "$tags" | tr '\n' ' ')): name the tag yourself"
fi
echo "$tags"
