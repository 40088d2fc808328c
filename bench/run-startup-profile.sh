#!/usr/bin/env bash
# Where the fixed cost of a test run goes, and paired comparisons of ways to cut it. Runs the
# suite benchmark's JUnit side (SuiteMain, 10 tests by default) in fresh JVMs with
# -Dminiflare4j.startupProfile, which records marks from the JVM's start to the end (JUnit
# discovery, engine, prelude, first Context, first worker, first response, first and last test)
# with the CPU time of every kind of thread in between.
#
#   bench/run-startup-profile.sh                       # the profile of the defaults
#   bench/run-startup-profile.sh "<A opts>" "<B opts>"  # A and B alternately (A B B A ...), ratios A/B
#
# Each side's options are JVM options; `java=<path>` among them picks the java launcher of that
# side (e.g. a JDK 25 for its ahead-of-time cache), `cp=<file>` a file holding another class path
# (to compare two builds: copy the jars of one aside first). Environment: BENCH_PROFILE_RUNS (rounds, 5),
# BENCH_PROFILE_TESTS (10, 50 or 100, or `cold`: the `cold` group's child instead of the suite, a fresh
# JVM to the first response of a hello-world worker), BENCH_SKIP_BUILD=1 to reuse the last build,
# BENCH_PROFILE_OUT (the folder for the raw figures, bench/target/startup-profile).
# Prints the phases (median per side), then wall time, CPU time and peak RSS of the processes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
out="${BENCH_PROFILE_OUT:-$here/target/startup-profile}"
rm -rf "$out" && mkdir -p "$out"
rounds="${BENCH_PROFILE_RUNS:-5}"
tests="${BENCH_PROFILE_TESTS:-10}"
if [ "$tests" = cold ]; then main=(io.github.miniflare4j.bench.ColdStart); else main=(io.github.miniflare4j.bench.suite.SuiteMain "$tests"); fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  (cd "$repo" && ./mvnw -B -ntp -q -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2)
fi
# jars only (no class directories, no .pom entries of pom-type dependencies), so that an
# ahead-of-time cache or a class-data archive accepts the class path (JDK 17 turns an archive off
# when a .pom is on it: "shared class paths mismatch")
classpath="$(ls "$here"/target/miniflare4j-bench-*.jar | head -1):$(tr ':' '\n' < "$here/target/classpath.txt" | grep '\.jar$' | paste -sd: -)"
sides=("${1:-}")
[ $# -ge 2 ] && sides+=("$2")

run_side() {
  local index="$1" spec="$2" jvm="${JAVA_HOME:+$JAVA_HOME/bin/}java" opts=(-Xss4m) cp="$classpath"
  for word in $spec; do
    case "$word" in
      java=*) jvm="${word#java=}" ;;
      cp=*) cp="$(cat "${word#cp=}")" ;;
      *) opts+=("$word") ;;
    esac
  done
  node "$here/node/suite-time.mjs" run "$(label "$index")" "$tests" "$repo" "$jvm" "${opts[@]}" \
    -Dminiflare4j.startupProfile="$out/profile-$index.tsv" -cp "$cp" "${main[@]}" \
    | tee -a "$out/runs.tsv" >&2
}
label() { if [ "${#sides[@]}" = 1 ]; then echo "${sides[0]:-defaults}"; else echo "$([ "$1" = 0 ] && echo A || echo B)"; fi; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  if [ "${#sides[@]}" = 1 ]; then
    run_side 0 "${sides[0]}"
  elif [ $((round % 2)) = 1 ]; then
    run_side 0 "${sides[0]}"; run_side 1 "${sides[1]}"
  else
    run_side 1 "${sides[1]}"; run_side 0 "${sides[0]}"
  fi
done
echo "Machine: $(nproc) cores; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg); $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)."
if [ "${#sides[@]}" = 1 ]; then
  echo "Side: ${sides[0]:-defaults}"
  node "$here/node/startup-profile.mjs" "$out/runs.tsv" "${sides[0]:-defaults}=$out/profile-0.tsv"
  node "$here/node/suite-time.mjs" summary "$out/runs.tsv" "$(label 0)"
else
  echo "A: ${sides[0]:-defaults}"
  echo "B: ${sides[1]:-defaults}"
  node "$here/node/startup-profile.mjs" "$out/runs.tsv" "A=$out/profile-0.tsv" "B=$out/profile-1.tsv"
  node "$here/node/suite-time.mjs" summary "$out/runs.tsv" A
fi
