/**
 * Throughput harnesses, run by hand ({@code exec:java}), never by the test phase: see
 * {@link io.github.miniflare4j.bench.DispatchBenchmark}.
 */
package io.github.miniflare4j.bench;
