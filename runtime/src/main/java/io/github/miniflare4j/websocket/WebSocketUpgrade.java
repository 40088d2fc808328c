package io.github.miniflare4j.websocket;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.websocket.internal.JavaSocketEnd;
import io.github.miniflare4j.websocket.internal.LinkedEnd;
import java.util.Locale;
import java.util.Objects;

/**
 * Accepting a worker's WebSocket in Java: an outbound handler ({@code
 * MiniflareOptions.outboundService}, the extension's {@code @OutboundHandler}) or a Java service
 * binding answers a worker's {@code fetch(url, { headers: { Upgrade: "websocket" } })} or {@code
 * new WebSocket(url)} with {@link #response()}, and talks to the worker's socket through {@link
 * #connection()}.
 *
 * <pre>{@code
 * FetchHandler echoServer = request -> {
 *   if (!WebSocketUpgrade.isRequested(request)) {
 *     return FetchResponse.text(426, "expected a WebSocket");
 *   }
 *   WebSocketUpgrade upgrade = WebSocketUpgrade.accept();
 *   WebSocketConnection socket = upgrade.connection();
 *   socket.onMessage(message -> socket.send("echo: " + message.asText()));
 *   return upgrade.response();
 * };
 * }</pre>
 *
 * <p>What the handler sends before the worker has its socket waits, in order, and reaches the
 * worker once it has; the worker's sends arrive at {@link #connection()} (listeners run on the
 * worker's thread: keep them short, and never wait there for the worker).
 */
public final class WebSocketUpgrade {

  private final JavaSocketEnd handlerEnd;
  private final JavaSocketEnd workerEnd;

  private WebSocketUpgrade() {
    handlerEnd = JavaSocketEnd.unlinked();
    workerEnd = JavaSocketEnd.unlinked();
    LinkedEnd.pair(handlerEnd, workerEnd);
  }

  /**
   * Whether a request asks for a WebSocket ({@code Upgrade: websocket}).
   *
   * @param request the request a worker made
   * @return {@code true} for a WebSocket handshake
   */
  public static boolean isRequested(FetchRequest request) {
    String upgrade = Objects.requireNonNull(request, "request").header("upgrade");
    return upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket");
  }

  /**
   * Accepts a WebSocket: a new socket pair, one end for this handler, the other for the worker.
   *
   * @return the accepted upgrade; return its {@link #response()} to the worker
   */
  public static WebSocketUpgrade accept() {
    return new WebSocketUpgrade();
  }

  /**
   * This handler's end of the socket.
   *
   * @return the connection to the worker's socket
   */
  public WebSocketConnection connection() {
    return handlerEnd;
  }

  /**
   * The {@code 101 Switching Protocols} response carrying the worker's end; return it from the
   * handler once.
   *
   * @return the response
   */
  public FetchResponse response() {
    return response(null);
  }

  /**
   * The {@code 101} response with a chosen subprotocol, seen by the worker as {@code
   * ws.protocol}.
   *
   * @param protocol one of the protocols the worker offered ({@code Sec-WebSocket-Protocol}), or
   *     {@code null} for none
   * @return the response
   */
  public FetchResponse response(String protocol) {
    FetchResponse.Builder response = FetchResponse.builder().status(101).statusText("Switching Protocols")
        .header("upgrade", "websocket").header("connection", "Upgrade").webSocket(workerEnd);
    if (protocol != null) {
      response.header("sec-websocket-protocol", protocol);
    }
    return response.build();
  }
}
