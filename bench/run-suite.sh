#!/usr/bin/env bash
# The `suite` group of run-side-by-side.sh: the whole-test-suite benchmark. The same 10, 50 and
# 100 tests (a KV item store with a background audit log) run on Vitest with
# @cloudflare/vitest-pool-workers and as JUnit classes with miniflare4j's extension
# (io.github.miniflare4j.bench.suite.SuiteMain), each run a fresh process tree, interleaved
# (round after round, every size and side in turn), so machine load hits both sides alike.
# Reports wall time, CPU time and peak RSS of the process tree per side and size.
#
# Java sides: `java` (the defaults: the extension asks for quick-start compilation when the JUnit
# launcher session opens), `java-noquick` (the defaults without it: -Dminiflare4j.quickStart=false),
# `java-c1` (with -XX:TieredStopAtLevel=1, the README's Surefire snippet), `java-keep` (the defaults
# with -Dminiflare4j.keepWorkersBetweenTests=true: storage reset before each test, module globals
# kept within a class, Vitest's isolation); with BENCH_AOT_JAVA_HOME set to a JDK 25 or newer also
# `jdk25-c1`, `jdk25-aot-c1` (C1 plus an ahead-of-time cache written by one training run first) and
# `jdk25-aot-c1-keep` (the same with the workers kept between tests).
# The Vitest side needs the suite of the performance anchor (read-only; copied to
# bench/target/vitest-suite, where the pinned versions of its package.json are installed):
# BENCH_VITEST_SUITE names it (default ../shared/anchors/vitest-suite beside the checkout);
# without it the Vitest side is skipped, with a message.
# Environment: BENCH_SUITE_RUNS (3 rounds), BENCH_SUITE_SIZES ("10 50 100"), BENCH_JAVA_OPTS.
#   bench/run-suite.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
out="$here/target/side-by-side"
work="$here/target/suite"
mkdir -p "$out" "$work"
rounds="${BENCH_SUITE_RUNS:-3}"
sizes="${BENCH_SUITE_SIZES:-10 50 100}"
timer=(node "$here/node/suite-time.mjs")
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"

(cd "$repo" && ./mvnw -B -ntp -q -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2)
# jars only (no class directories, no .pom entries of pom-type dependencies), so that an
# ahead-of-time cache or a class-data archive accepts the class path (JDK 17 turns an archive off
# when a .pom is on it: "shared class paths mismatch")
classpath="$(ls "$here"/target/miniflare4j-bench-*.jar | head -1):$(tr ':' '\n' < "$here/target/classpath.txt" | grep '\.jar$' | paste -sd: -)"

vitest_source="${BENCH_VITEST_SUITE:-$repo/../shared/anchors/vitest-suite}"
vitest_dir="$here/target/vitest-suite"
vitest=0
if [ -f "$vitest_source/package.json" ]; then
  if [ ! -d "$vitest_dir/node_modules/vitest" ]; then
    rm -rf "$vitest_dir" && mkdir -p "$vitest_dir"
    (cd "$vitest_source" && tar --exclude=node_modules --exclude=gen --exclude=runs -cf - .) | (cd "$vitest_dir" && tar -xf -)
    (cd "$vitest_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
  (cd "$vitest_dir" && node gen.mjs >&2)
  vitest=1
else
  echo "suite: Vitest side SKIPPED: no suite at $vitest_source (set BENCH_VITEST_SUITE to the vitest-suite folder)" >&2
fi
vitest_dir_of() { case "$1" in 10) echo gen/one ;; 50) echo test ;; 100) echo gen/ten ;; esac; }

sides=(java java-noquick java-c1 java-keep)
aot_cache="$work/suite.aot"
if [ -n "${BENCH_AOT_JAVA_HOME:-}" ]; then
  sides+=(jdk25-c1 jdk25-aot-c1 jdk25-aot-c1-keep)
  rm -f "$aot_cache"
  echo "suite: training run for the ahead-of-time cache ($aot_cache)" >&2
  "$BENCH_AOT_JAVA_HOME/bin/java" -Xss4m -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$aot_cache" \
    -cp "$classpath" io.github.miniflare4j.bench.suite.SuiteMain 100 >&2
fi
java_side() {
  local side="$1" tests="$2" jvm="$java_cmd" opts=(-Xss4m ${BENCH_JAVA_OPTS:-})
  case "$side" in
    java-noquick) opts+=(-Dminiflare4j.quickStart=false) ;;
    java-c1) opts+=(-XX:TieredStopAtLevel=1) ;;
    java-keep) opts+=(-Dminiflare4j.keepWorkersBetweenTests=true) ;;
    jdk25-c1) jvm="$BENCH_AOT_JAVA_HOME/bin/java"; opts+=(-XX:TieredStopAtLevel=1) ;;
    jdk25-aot-c1) jvm="$BENCH_AOT_JAVA_HOME/bin/java"; opts+=(-XX:TieredStopAtLevel=1 -XX:AOTCache="$aot_cache") ;;
    jdk25-aot-c1-keep) jvm="$BENCH_AOT_JAVA_HOME/bin/java"
      opts+=(-XX:TieredStopAtLevel=1 -XX:AOTCache="$aot_cache" -Dminiflare4j.keepWorkersBetweenTests=true) ;;
  esac
  "${timer[@]}" run "$side" "$tests" "$repo" "$jvm" "${opts[@]}" -cp "$classpath" io.github.miniflare4j.bench.suite.SuiteMain "$tests"
}

runs="$out/suite-runs.tsv"
: > "$runs"
for round in $(seq 1 "$rounds"); do
  for tests in $sizes; do
    if [ "$vitest" = 1 ]; then
      SUITE="$(vitest_dir_of "$tests")" "${timer[@]}" run vitest "$tests" "$vitest_dir" node node_modules/vitest/vitest.mjs run \
        | tee -a "$runs" >&2
    fi
    for side in "${sides[@]}"; do
      java_side "$side" "$tests" | tee -a "$runs" >&2
    done
  done
done
echo "Suite: $rounds interleaved rounds; vitest = Vitest $( [ "$vitest" = 1 ] && (cd "$vitest_dir" && node -p 'require("vitest/package.json").version') || echo n/a)" \
  "with @cloudflare/vitest-pool-workers $( [ "$vitest" = 1 ] && (cd "$vitest_dir" && node -p 'JSON.parse(require("fs").readFileSync("node_modules/@cloudflare/vitest-pool-workers/package.json", "utf8")).version') || echo n/a)" \
  "on node $(node --version); java = $("$java_cmd" -version 2>&1 | head -1)${BENCH_AOT_JAVA_HOME:+; jdk25 = $("$BENCH_AOT_JAVA_HOME/bin/java" -version 2>&1 | head -1)}."
echo
"${timer[@]}" summary "$runs" "$( [ "$vitest" = 1 ] && echo vitest || echo java)"
