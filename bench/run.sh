#!/usr/bin/env bash
# Builds the bench module and runs miniflare4j's benchmark groups (all, or those named), one
# TSV line per figure: key, median, min, max, unit. JVM options come from BENCH_JAVA_OPTS;
# BENCH_JIT=1 adds the Graal JIT opt-in (JDK 25 only; see the README's JIT section);
# BENCH_GRAALJS_VERSION builds everything against another GraalJS 25.0.x, for a JDK older than
# the project's GraalJS (the compiler refuses a JDK update older than itself).
#   bench/run.sh [group...]
set -euo pipefail
cd "$(dirname "$0")/.."
version=()
if [ -n "${BENCH_GRAALJS_VERSION:-}" ]; then version=(-Dgraaljs.version="$BENCH_GRAALJS_VERSION"); fi
./mvnw -B -ntp -q -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true "${version[@]}" \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
opts=(-Xss4m ${BENCH_JAVA_OPTS:-})
if [ "${BENCH_JIT:-0}" = 1 ]; then
  rm -rf bench/target/jit
  ./mvnw -B -ntp -q -pl bench -Pjit-compiler dependency:copy "${version[@]}" >&2
  opts+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=bench/target/jit
         --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" "${opts[@]}" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  io.github.miniflare4j.bench.Bench "$@"
