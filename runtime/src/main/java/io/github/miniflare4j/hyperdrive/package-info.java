/**
 * Hyperdrive bindings ({@code hyperdrives}, Wrangler's {@code [[hyperdrive]]}): the binding's
 * connection details as workerd gives them, and {@code connect()} (or {@code cloudflare:sockets}
 * to the binding's host) reaching the local database of the connection string.
 */
package io.github.miniflare4j.hyperdrive;
