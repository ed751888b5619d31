#!/usr/bin/env bash
# Offline checks of k8s/ (k8s/README.md, "Validation"): every overlay builds, every object
# validates against its schema, the cross-references hold, the rules and the dashboard use only
# metrics the services serve, and the release scripts' dry runs render what they should.
#
#   k8s/validate.sh --scrapes DIR     DIR holds <service>.prom and endpoints.txt from a split run
#                                     (k8s/validate/scrape.sh writes them)
#   k8s/validate.sh --skip-metrics    everything but the metric names
#
# Needs kubectl (with its kustomize), node 20 or later and npm.
set -euo pipefail
cd "$(dirname "$0")/validate"
started=$SECONDS
# npm ci when the lock file is newer than what is installed (or nothing is)
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node --test test/
node validate.mjs "$@"
../../scripts/release-scripts-test.sh
echo "k8s/validate.sh: done in $((SECONDS - started)) s"
