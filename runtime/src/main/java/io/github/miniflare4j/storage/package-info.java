/**
 * The storage layer under KV, Durable Objects and the Cache API: ordered key-value namespaces,
 * in memory by default.
 */
package io.github.miniflare4j.storage;
