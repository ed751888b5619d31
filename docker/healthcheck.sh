#!/usr/bin/env bash
# HEALTHCHECK of the images. The JRE base image has neither curl nor wget, and a JVM per probe
# would cost more than the service it checks, so this is one HTTP request over bash's /dev/tcp:
# healthy only when the readiness endpoint (database, Redis, migrations) answers 200.
set -euo pipefail

path=${1:-/health/readiness}
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
status=
IFS= read -r -t 5 status <&3 || true
status=${status%$'\r'}
case "$status" in
  "HTTP/1."?" 200"*) exit 0 ;;
esac
echo "$path answered: ${status:-nothing}" >&2
exit 1
