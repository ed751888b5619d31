#!/usr/bin/env bash
# Builds the suite if its sources changed, then starts every module in one JVM on port 8080.
# With no JDBC_URL it starts an embedded PostgreSQL 17 (data in ./data/postgres, kept across
# restarts); with no REDIS_URI an in-JVM Redis stand-in; with no SMS provider the OTP outbox
# ./data/sms-outbox.jsonl. JVM options come from suite/jvm.options (JAVA_OPTS adds to them); the
# first start after a build records an AOT cache (./data/bizsuite.aot) as it exits, and later starts
# use it to start in about half the time (AOT=0 turns this off).
set -euo pipefail
cd "$(dirname "$0")"

find_java() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE '"(2[5-9]|[3-9][0-9])'; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  for dir in /usr/lib/jvm/*25* /usr/lib/jvm/*-2[5-9]* /opt/java/*25*; do
    [ -x "$dir/bin/java" ] && { echo "$dir/bin/java"; return; }
  done
  echo "No JDK 25 found: set JAVA_HOME to one" >&2
  exit 1
}

JAVA=$(find_java)
JAR=suite/target/bizsuite.jar
if [ ! -f "$JAR" ] || [ -n "$(find . -path ./data -prune -o -path '*/target' -prune -o \( -name '*.java' -o -name '*.yml' -o -name '*.sql' -o -name 'pom.xml' -o -name '*.xml' \) -newer "$JAR" -print -quit)" ]; then
  echo "Building the suite (first run downloads dependencies)..."
  ./mvnw -B -q -ntp -DskipTests -pl suite -am package
fi
jvm_options=(@suite/jvm.options)
if [ "${AOT:-1}" = 1 ]; then
  aot_cache=${BIZSUITE_DATA_DIR:-data}/bizsuite.aot
  if [ -f "$aot_cache" ] && [ "$aot_cache" -nt "$JAR" ]; then
    jvm_options+=(-XX:AOTCache="$aot_cache")
  else
    mkdir -p "$(dirname "$aot_cache")"
    rm -f "$aot_cache"
    echo "This run records an AOT cache as it exits ($aot_cache); the next start uses it."
    jvm_options+=(-XX:AOTCacheOutput="$aot_cache")
  fi
fi
# shellcheck disable=SC2086 # JAVA_OPTS may hold several options
exec "$JAVA" "${jvm_options[@]}" ${JAVA_OPTS:-} -jar "$JAR" "$@"
