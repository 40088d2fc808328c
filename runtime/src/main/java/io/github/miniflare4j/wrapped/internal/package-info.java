/** The script host and JavaScript binding of wrapped bindings. */
package io.github.miniflare4j.wrapped.internal;
