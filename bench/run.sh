#!/usr/bin/env bash
# Builds the bench module and runs miniflare4j's benchmark groups (all, or those named), one
# TSV line per figure: key, median, min, max, unit. JVM options come from BENCH_JAVA_OPTS;
# BENCH_JIT=1 adds the Graal JIT opt-in (JDK 25 only; see the README's JIT section);
# BENCH_GRAALJS_VERSION builds everything against another GraalJS 25.0.x, for a JDK older than
# the project's GraalJS (the compiler refuses a JDK update older than itself). The cold group also
# starts its children with the README's faster configurations: BENCH_AOT_JAVA_HOME (a JDK 25 or
# newer) adds that JDK with and without its ahead-of-time cache; BENCH_COLD_SETUPS keeps some
# (e.g. "defaults,c1"; labels: defaults c1 appcds+c1 jdk25+c1 jdk25-aot+c1).
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
# jars only (no class directories, no .pom entries of pom-type dependencies): the cold group's
# class-data archive and ahead-of-time cache accept no other (JDK 17 turns an archive off when a
# .pom is on the class path: "shared class paths mismatch")
classpath="$(ls "$PWD"/bench/target/miniflare4j-bench-*.jar | head -1):$(tr ':' '\n' < bench/target/classpath.txt | grep '\.jar$' | paste -sd: -)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" "${opts[@]}" -cp "$classpath" \
  io.github.miniflare4j.bench.Bench "$@"
