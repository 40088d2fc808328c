/** Durable Objects: namespace bindings, stubs and per-object storage. */
package io.github.miniflare4j.durable;
