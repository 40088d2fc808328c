/**
 * Whole-process benchmarks of miniflare4j: cold and warm start, dispatch throughput and
 * latency, per-test KV reset, the HTTP server and peak memory. {@link
 * io.github.miniflare4j.bench.Bench} is the entry point; {@code bench/run-side-by-side.sh}
 * runs the same scenarios on the real Miniflare and prints both with their ratio. Nothing here
 * runs during {@code mvn verify}.
 */
package io.github.miniflare4j.bench;
