/**
 * The machinery behind Durable Objects: per-object SQLite storage, namespaces, the registry of
 * an instance, and the alarm scheduler. Not for users; use {@link
 * io.github.miniflare4j.durable.DurableObjectNamespace}.
 */
package io.github.miniflare4j.durable.internal;
