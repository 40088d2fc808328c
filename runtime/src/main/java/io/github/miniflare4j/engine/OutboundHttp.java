package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.webapi.WhatwgUris;
import io.github.miniflare4j.websocket.internal.OutboundWebSocket;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A worker's global {@code fetch()} over the real network, through {@link HttpClient}; WebSocket
 * handshakes through {@link OutboundWebSocket}. A server that cannot be reached fails the fetch
 * with workerd's {@code Network connection lost.}, a host name that does not resolve with its
 * {@code internal error; reference = ...}.
 */
public final class OutboundHttp {

  /**
   * Headers that HttpClient sets itself and refuses from callers, the framing of the body
   * HttpClient chooses itself (a request forwarded from dispatchFetch says {@code chunked}), and
   * the other connection-level fields of the client's hop that a forwarded incoming request
   * carries (an HTTP/2 upstream refuses them).
   */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "transfer-encoding", "keep-alive", "te", "http2-settings", "proxy-connection");

  private static final class Holder {
    static final HttpClient CLIENT =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  private OutboundHttp() {}

  /**
   * Sends a request over the network (a WebSocket handshake opens a connection).
   *
   * @param request the request, with an absolute {@code http:}/{@code https:} URL
   * @return the response, or the failure with workerd's message
   */
  public static CompletableFuture<FetchResponse> send(FetchRequest request) {
    if (OutboundWebSocket.isHandshake(request)) {
      return OutboundWebSocket.connect(request);
    }
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(WhatwgUris.toUri(request.url()));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    request.headers().entries().stream()
        .filter(h -> !RESTRICTED.contains(h.getKey()))
        .forEach(h -> builder.header(h.getKey(), h.getValue()));
    builder.method(
        request.method(),
        request.hasBody()
            ? HttpRequest.BodyPublishers.ofByteArray(request.body())
            : HttpRequest.BodyPublishers.noBody());
    return Holder.CLIENT
        .sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(
            r -> {
              FetchResponse.Builder response = FetchResponse.builder().status(r.statusCode());
              r.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                  values.forEach(v -> response.header(name, v));
                }
              });
              return response.body(r.body()).build();
            })
        .exceptionallyCompose(
            error -> {
              Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
              return CompletableFuture.failedFuture(
                  cause instanceof IOException ? new IOException(failureMessage(cause), cause) : cause);
            });
  }

  /**
   * workerd's message for a request that could not be sent: a host name that does not resolve is
   * an internal error naming a random reference; anything else is a lost connection (recorded).
   */
  private static String failureMessage(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
        String digits = "0123456789abcdefghijklmnopqrstuv";
        StringBuilder reference = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 24; i++) {
          reference.append(digits.charAt(random.nextInt(32)));
        }
        return "internal error; reference = " + reference;
      }
    }
    return "Network connection lost.";
  }
}
