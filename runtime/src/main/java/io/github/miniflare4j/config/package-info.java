/**
 * Wrangler configuration: {@code wrangler.toml}, {@code wrangler.json} and {@code
 * wrangler.jsonc} read into {@link io.github.miniflare4j.WorkerOptions} and {@link
 * io.github.miniflare4j.MiniflareOptions}, with Wrangler's environment inheritance and {@code
 * .dev.vars}. {@link io.github.miniflare4j.config.WranglerConfig} is the entry point.
 */
package io.github.miniflare4j.config;
