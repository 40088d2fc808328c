/** The machinery of the Cache API: the stores by cache name and what the prelude's {@code Cache} calls. Not API. */
package io.github.miniflare4j.cache.internal;
