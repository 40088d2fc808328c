/**
 * The suite benchmark: the Vitest suite of the project's performance goal (a KV item store with
 * a background audit log, 50 tests in five files) written as JUnit classes with the extension,
 * one test method per Vitest test, and {@link io.github.miniflare4j.bench.suite.SuiteMain}, which
 * runs its 10-, 50- or 100-test variant in a fresh JVM.
 */
package io.github.miniflare4j.bench.suite;
