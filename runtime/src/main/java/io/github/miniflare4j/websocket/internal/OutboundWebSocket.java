package io.github.miniflare4j.websocket.internal;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.webapi.WhatwgUris;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A worker's WebSocket handshake ({@code Upgrade: websocket}) to a real server, through the JDK's
 * WebSocket client: a 101 response carrying the socket when the server accepts, the server's
 * own response when it answers without upgrading, a failure ({@code Network connection lost.},
 * workerd's message) when it cannot be reached.
 */
public final class OutboundWebSocket {

  /** Headers the JDK's client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions", "sec-websocket-protocol",
      "sec-websocket-accept");

  private static final class Holder {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  private OutboundWebSocket() {}

  /**
   * Whether a request is a WebSocket handshake.
   *
   * @param request a worker's outbound request
   * @return {@code true} when it carries {@code Upgrade: websocket}
   */
  public static boolean isHandshake(FetchRequest request) {
    String upgrade = request.header("upgrade");
    return upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket");
  }

  /**
   * Performs the handshake.
   *
   * @param request the worker's request, with an {@code http:} or {@code https:} URL
   * @return the worker's response
   */
  public static CompletableFuture<FetchResponse> connect(FetchRequest request) {
    URI uri;
    try {
      uri = WhatwgUris.toUri(request.url().replaceFirst("^http", "ws"));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    WebSocket.Builder builder = Holder.CLIENT.newWebSocketBuilder();
    request.headers().entries().stream()
        .filter(h -> !RESTRICTED.contains(h.getKey()))
        .forEach(h -> builder.header(h.getKey(), h.getValue()));
    String offered = request.header("sec-websocket-protocol");
    if (offered != null && !offered.isBlank()) {
      List<String> protocols = Arrays.stream(offered.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      builder.subprotocols(protocols.get(0), protocols.subList(1, protocols.size()).toArray(String[]::new));
    }
    RemoteSocketEnd remote = new RemoteSocketEnd();
    return builder.buildAsync(uri, remote).handle((socket, error) -> {
      if (error == null) {
        remote.connected(socket);
        FetchResponse.Builder response = FetchResponse.builder().status(101).statusText("Switching Protocols")
            .header("upgrade", "websocket").header("connection", "Upgrade")
            .webSocket(JavaSocketEnd.linkedTo(remote));
        if (!socket.getSubprotocol().isEmpty()) {
          response.header("sec-websocket-protocol", socket.getSubprotocol());
        }
        return response.build();
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause instanceof WebSocketHandshakeException refused) {
        return plainResponse(refused.getResponse());
      }
      throw new CompletionException(new IOException("Network connection lost.", cause));
    });
  }

  private static FetchResponse plainResponse(HttpResponse<?> answer) {
    FetchResponse.Builder response = FetchResponse.builder().status(answer.statusCode());
    answer.headers().map().forEach((name, values) -> {
      if (!name.startsWith(":")) {
        values.forEach(v -> response.header(name, v));
      }
    });
    Object body = answer.body();
    if (body instanceof byte[] bytes) {
      response.body(bytes);
    } else if (body instanceof String text) {
      response.body(text.getBytes(StandardCharsets.UTF_8));
    }
    return response.build();
  }
}
