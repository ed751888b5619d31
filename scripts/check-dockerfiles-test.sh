#!/usr/bin/env bash
# Tests of scripts/check-dockerfiles.sh: Dockerfiles it must pass and Dockerfiles it must refuse
# with the expected reason.
set -euo pipefail
cd "$(dirname "$0")/.."

check=scripts/check-dockerfiles.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

good_tail='USER 10001:10001
HEALTHCHECK CMD ["/app/bin/healthcheck.sh"]'

# expect NAME accepted|"reason the checker must give" DOCKERFILE-TEXT
expect() {
  local name=$1 expected=$2 file="$work/$1.Dockerfile" output status=0
  printf '%s\n' "$3" >"$file"
  output=$("$check" "$file" 2>&1) || status=$?
  if [ "$expected" = accepted ] && [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
  elif [ "$expected" != accepted ] && [ "$status" -ne 0 ] && [[ $output == *"$expected"* ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED $name: expected $expected, got exit $status: $output" >&2
  fi
}

expect pinned accepted "FROM eclipse-temurin:25.0.3_9-jre-noble
$good_tail"
expect pinned-with-digest accepted "FROM eclipse-temurin:25.0.3_9-jre-noble@sha256:$(printf '0%.0s' {1..64})
$good_tail"
expect stages-and-arguments accepted "ARG JRE=eclipse-temurin:25.0.3_9-jre-noble
ARG FLAVOUR=a
FROM \${JRE} AS base
USER 10001
HEALTHCHECK --interval=5s \\
  CMD true
FROM base AS flavour-a
FROM flavour-\${FLAVOUR}
EXPOSE 8080"
expect latest "is not pinned" "FROM eclipse-temurin:latest
$good_tail"
expect bare-major "is not pinned" "FROM eclipse-temurin:25-jre
$good_tail"
expect no-tag "is not pinned" "FROM eclipse-temurin
$good_tail"
expect unpinned-build-stage "is not pinned" "FROM maven:3 AS build
FROM eclipse-temurin:25.0.3_9-jre-noble
$good_tail"
expect argument-without-default "without a default" "ARG IMAGE
FROM \${IMAGE}
$good_tail"
expect no-user "runs as root" 'FROM eclipse-temurin:25.0.3_9-jre-noble
HEALTHCHECK CMD true'
expect user-root "is root" 'FROM eclipse-temurin:25.0.3_9-jre-noble
USER root
HEALTHCHECK CMD true'
expect user-zero "is root" 'FROM eclipse-temurin:25.0.3_9-jre-noble
USER 0:0
HEALTHCHECK CMD true'
expect user-name "numeric uid" 'FROM eclipse-temurin:25.0.3_9-jre-noble
USER app
HEALTHCHECK CMD true'
expect user-only-in-build-stage "runs as root" 'FROM eclipse-temurin:25.0.3_9-jdk-noble AS build
USER 10001
FROM eclipse-temurin:25.0.3_9-jre-noble
HEALTHCHECK CMD true'
expect no-healthcheck "no HEALTHCHECK" 'FROM eclipse-temurin:25.0.3_9-jre-noble
USER 10001'
expect healthcheck-none "no HEALTHCHECK" 'FROM eclipse-temurin:25.0.3_9-jre-noble
USER 10001
HEALTHCHECK NONE'

echo "check-dockerfiles: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
