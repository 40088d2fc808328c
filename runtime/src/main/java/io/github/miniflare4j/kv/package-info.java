/** KV namespaces: the worker binding, its semantics over the storage layer, and its limits. */
package io.github.miniflare4j.kv;
