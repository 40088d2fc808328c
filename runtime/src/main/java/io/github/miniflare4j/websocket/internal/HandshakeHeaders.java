package io.github.miniflare4j.websocket.internal;

import io.github.miniflare4j.http.FetchResponse;

/**
 * The headers Miniflare's answer to a WebSocket upgrade carries besides the worker's own: a 101
 * response with a socket, seen from outside the workers (dispatchFetch), names the upgrade and
 * the extension workerd negotiates.
 */
public final class HandshakeHeaders {

  private HandshakeHeaders() {}

  /**
   * Adds the handshake headers to a response that carries a WebSocket; returns others unchanged.
   *
   * @param response a worker's response
   * @return the response, with {@code upgrade} and {@code sec-websocket-extensions} when it
   *     carries a socket
   */
  public static FetchResponse apply(FetchResponse response) {
    if (response.webSocket() == null) {
      return response;
    }
    FetchResponse.Builder builder = response.toBuilder();
    if (response.header("upgrade") == null) {
      builder.header("upgrade", "websocket");
    }
    if (response.header("sec-websocket-extensions") == null) {
      builder.header("sec-websocket-extensions", "permessage-deflate; client_max_window_bits=15");
    }
    return builder.build();
  }
}
