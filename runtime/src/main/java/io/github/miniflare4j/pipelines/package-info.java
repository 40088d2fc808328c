/**
 * Pipelines bindings ({@code pipelines}): {@code send(records)} accepted as in Miniflare, the
 * records kept for assertions through {@link io.github.miniflare4j.pipelines.Pipeline}.
 */
package io.github.miniflare4j.pipelines;
