/** The Stream binding's store, reached by its script only. */
package io.github.miniflare4j.stream.internal;
