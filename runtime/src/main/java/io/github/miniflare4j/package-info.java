/**
 * The public face of the emulator: {@link io.github.miniflare4j.Miniflare} runs one or more
 * Cloudflare Workers inside the JVM, built from {@link io.github.miniflare4j.MiniflareOptions}
 * and {@link io.github.miniflare4j.WorkerOptions}.
 */
package io.github.miniflare4j;
