/**
 * Plain variables ({@code vars}): JSON values a worker reads from {@code env}. Declared with
 * {@code WorkerOptions.Builder.binding(name, value)}, Miniflare's {@code bindings} option or
 * Wrangler's {@code vars} (and {@code .dev.vars}).
 */
package io.github.miniflare4j.vars;
