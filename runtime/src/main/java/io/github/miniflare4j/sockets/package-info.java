/**
 * TCP sockets for workers: {@code connect()} of {@code cloudflare:sockets} over Java sockets
 * ({@code sockets.internal.SocketsHost}, one per worker isolate), with TLS and
 * {@code startTls()} through the JDK's {@code SSLSocketFactory}. Hyperdrive bindings reach their
 * database through the same sockets.
 */
package io.github.miniflare4j.sockets;
