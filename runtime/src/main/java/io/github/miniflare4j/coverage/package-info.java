/**
 * Line and branch coverage of worker code (JavaScript and TypeScript, by original file and line),
 * measured by a Truffle instrument while tests run, with no instrumenting build: switched on by
 * the system property {@code -Dminiflare4j.coverage=true} (report in {@code
 * target/miniflare4j-coverage/lcov.info} and {@code summary.txt} when the JVM exits) or from
 * code with {@link io.github.miniflare4j.coverage.WorkerCoverage}.
 */
package io.github.miniflare4j.coverage;
