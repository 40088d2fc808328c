#!/usr/bin/env bash
# What loading a 200-module TypeScript project costs in miniflare4j, paired with esbuild bundling
# the same project (what Wrangler runs before Miniflare sees a TypeScript worker). Round 1 starts
# with an empty TypeScript cache (first load), round 2 reuses the disk cache of round 1's JVM
# (cached load); each miniflare4j JVM is run right after an esbuild run, and `uptime` is printed
# before each pair, since the machine may be shared. Needs Node.js/npm only for esbuild.
#   bench/run-typescript-load.sh [work-dir] [esbuild-version]
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(realpath -m "${1:-/tmp/miniflare4j-ts-load}")"
esbuild_version="${2:-0.25.12}"
mkdir -p "$work"
if [ ! -x "$work/esbuild/node_modules/.bin/esbuild" ]; then
  mkdir -p "$work/esbuild"
  (cd "$work/esbuild" && npm init -y >/dev/null && npm install --no-audit --no-fund "esbuild@$esbuild_version" >/dev/null)
fi
./mvnw -B -ntp -q -pl runtime test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
cp="runtime/target/test-classes:runtime/target/classes:$(cat runtime/target/test-classpath.txt)"
rm -rf "$work/cache" "$work/project"
# wall and CPU (user + system) seconds of a whole process
TIMEFORMAT='    process: %R s wall, %U s user + %S s system CPU'
bench() {
  time ("${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" io.github.miniflare4j.bench.TypeScriptLoadBenchmark "$work" \
    | grep -E "load average|200-module")
}
esbuild() {
  echo "esbuild bundles the 200-module project (--bundle --format=esm --platform=browser)"
  time "$work/esbuild/node_modules/.bin/esbuild" "$work/project/src/index.ts" --bundle --format=esm --platform=browser \
    --target=es2022 --outfile="$work/esbuild/out.js" --log-level=warning
}
echo "== round 1: empty TypeScript cache (first load)"; uptime
bench
esbuild
echo "== round 2: TypeScript cache of round 1 (cached load)"; uptime
esbuild
bench
esbuild
