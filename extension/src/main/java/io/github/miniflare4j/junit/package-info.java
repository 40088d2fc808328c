/**
 * The JUnit 5 extension: {@link io.github.miniflare4j.junit.MiniflareTest} and {@link
 * io.github.miniflare4j.junit.Worker} to declare workers, {@link
 * io.github.miniflare4j.junit.MiniflareExtension} for {@code @RegisterExtension}, the injected
 * {@link io.github.miniflare4j.junit.WorkerClient}, and the annotations that qualify
 * parameters and declare Java handlers.
 */
package io.github.miniflare4j.junit;
