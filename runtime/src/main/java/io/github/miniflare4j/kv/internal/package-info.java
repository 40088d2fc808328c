/** The machinery of KV: what the binding's script calls, over the kind's operations. Not API. */
package io.github.miniflare4j.kv.internal;
