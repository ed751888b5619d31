#!/usr/bin/env bash
# Writes what the k8s validator reads from a running split mode (scripts/run-split.sh): each
# service's /prometheus as DIR/<service>.prom, and the status each answered on the paths the
# manifests probe, as DIR/endpoints.txt lines "<service> <path> <status>".
#
#   k8s/validate/scrape.sh GATEWAY_PORT DIR     the services listen on the four ports after it
set -euo pipefail
port=${1:?GATEWAY_PORT}
dir=${2:?DIR}
mkdir -p "$dir"
: >"$dir/endpoints.txt"
i=0
for service in gateway auth business inventory invoice; do
  base=http://127.0.0.1:$((port + i))
  i=$((i + 1))
  curl -sf --max-time 10 "$base/prometheus" >"$dir/$service.prom"
  for path in /health/liveness /health/readiness /prometheus; do
    echo "$service $path $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base$path" || true)" >>"$dir/endpoints.txt"
  done
done
echo "scraped the five services into $dir"
