#!/usr/bin/env bash
# Runs the benchmark groups (all, or those named) on the real Miniflare (Node.js, the oracle's
# miniflare version, installed into bench/node at the first run) and on miniflare4j, then
# prints each figure side by side with the ratio, as a Markdown table. Needs node and npm.
# Every group runs in a fresh process on each side. All groups take about 15 minutes (d1 and r2
# add a few more: the r2 group moves a 100 MiB object twice on each side).
# The `suite` group (whole test suites on Vitest and on JUnit, only when named) is
# bench/run-suite.sh; see there. The `cold` group also reports miniflare4j's cold start under the
# README's faster JVM configurations (keys `cold.*[setup]`, each compared with the real Miniflare's
# `cold.*`); BENCH_AOT_JAVA_HOME (a JDK 25) adds the ahead-of-time-cache setups. The `warm` group
# also reports miniflare4j's warm starts under C1 only (keys `warm.*[c1]`, from a child JVM).
#   bench/run-side-by-side.sh [group...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
groups=()
suite=0
for group in "$@"; do
  if [ "$group" = suite ]; then suite=1; else groups+=("$group"); fi
done
if [ "$suite" = 1 ]; then
  "$here/run-suite.sh"
  [ "${#groups[@]}" = 0 ] && exit 0
  echo
fi
set -- "${groups[@]}"
out="$here/target/side-by-side"
mkdir -p "$out"
if [ ! -d "$here/node/node_modules/miniflare" ]; then
  (cd "$here/node" && npm install --no-audit --no-fund --loglevel=error >&2)
fi
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
miniflare_version="$(cd "$here/node" && node -p 'require("miniflare/package.json").version')"

echo "== real Miniflare $miniflare_version on node $(node --version)" >&2
(cd "$here/node" && node bench.mjs "$@") | tee "$out/node.tsv" >&2
echo "== miniflare4j on $("$java_cmd" -version 2>&1 | head -1)" >&2
"$here/run.sh" "$@" | tee "$out/java.tsv" >&2

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr);" \
  "load average before the run: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)."
echo "Real Miniflare $miniflare_version on Node.js $(node --version); miniflare4j on $("$java_cmd" -version 2>&1 | head -1)" \
  "${BENCH_JAVA_OPTS:+with $BENCH_JAVA_OPTS}${BENCH_JIT:+ (BENCH_JIT=$BENCH_JIT)}${BENCH_AOT_JAVA_HOME:+; the jdk25 setups of the cold group on $("$BENCH_AOT_JAVA_HOME/bin/java" -version 2>&1 | head -1)}."
echo "Cold-start setups (keys cold.*[setup]): c1 = -XX:TieredStopAtLevel=1; appcds+c1 = C1 with a class-data archive written by one" \
  "training run (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile); jdk25-aot+c1 = the JDK 25 ahead-of-time cache" \
  "(-XX:AOTCacheOutput, then -XX:AOTCache) with C1. Warm-start setup (keys warm.*[c1]): C1 only, in a child JVM."
echo
node "$here/node/compare.mjs" "$out/node.tsv" "$out/java.tsv"
