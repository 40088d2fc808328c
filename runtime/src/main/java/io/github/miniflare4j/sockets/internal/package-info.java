/** The machinery of {@code cloudflare:sockets}: the script's host object and its TCP connections. Not API. */
package io.github.miniflare4j.sockets.internal;
