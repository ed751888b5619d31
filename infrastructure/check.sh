#!/usr/bin/env bash
# Offline checks of the Terraform under infrastructure/ (no terraform binary, no provider or
# module download): every .tf file parses and is formatted as `terraform fmt` writes it, variables,
# locals, module calls and module outputs agree, and every module source, provider and
# required_version is pinned to one exact version. Then the checker's own tests, which feed it
# deliberately broken configurations. See tools/delivery-checks/terraform-check.mjs.
#
# Usage: infrastructure/check.sh        (installs the checker's npm packages on first use)
set -euo pipefail
cd "$(dirname "$0")/.."

tools=tools/delivery-checks
if [ ! -f "$tools/node_modules/.package-lock.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$tools/terraform-check.mjs" infrastructure
node --test --test-reporter=spec "$tools/terraform-check.test.mjs"
