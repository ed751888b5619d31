#!/usr/bin/env bash
# Starts the image's service the way run.sh starts the suite: suite/jvm.options, the AOT cache
# recorded when the image was built, then JAVA_OPTS, last so that its options win (for example
# JAVA_OPTS=-Xmx512m). Arguments go to the application (`migrate` applies the service's schemas
# and exits). A cache that does not match the JVM options is ignored with a warning.
set -euo pipefail

app=${APP_HOME:-/app}
options=("@$app/jvm.options")
if [ -f "$app/app.aot" ]; then
  options+=("-XX:AOTCache=$app/app.aot")
fi
# shellcheck disable=SC2086 # JAVA_OPTS may hold several options
exec java "${options[@]}" ${JAVA_OPTS:-} -jar "$app/app.jar" "$@"
