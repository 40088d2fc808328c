#!/usr/bin/env bash
# Writes runtime/src/main/resources/io/github/miniflare4j/engine/startup-classes.txt: the classes a
# cold JVM loads from jars on the way to a hello-world worker's first response (the `cold` group's
# child, with loading ahead turned off so that the order is the loop thread's own), which the
# runtime then loads ahead on its engine-start thread (StartupClasses). Run it after a GraalJS
# upgrade; StartupClassesTest fails when too many listed names are gone.
#   bench/write-startup-classes.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
(cd "$repo" && ./mvnw -B -ntp -q -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2)
classpath="$(ls "$here"/target/miniflare4j-bench-*.jar | head -1):$(tr ':' '\n' < "$here/target/classpath.txt" | grep '\.jar$' | paste -sd: -)"
log="$(mktemp)"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xss4m -Dminiflare4j.preloadClasses=false -Xlog:class+load=info:file="$log" \
  -cp "$classpath" io.github.miniflare4j.bench.ColdStart >/dev/null
out="$repo/runtime/src/main/resources/io/github/miniflare4j/engine/startup-classes.txt"
{
  echo "# Classes a cold JVM loads from jars up to a hello-world worker's first response, in order"
  echo "# (written by bench/write-startup-classes.sh; see StartupClasses)."
  # "<uptime> <class> source: file:<jar>": jar classes only, no hidden classes, none of the bench's
  grep ' source: file:' "$log" | awk '{print $2}' | grep -v '\$\$Lambda\|/0x' | grep -v '^io\.github\.miniflare4j\.bench\.'
} > "$out"
rm -f "$log"
echo "wrote $(grep -vc '^#' "$out") class names to $out" >&2
