package io.github.miniflare4j.service.internal;

import io.github.miniflare4j.engine.OutboundHttp;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchResponse;
import java.net.URI;
import java.util.concurrent.ExecutionException;

/**
 * Miniflare's service designators that leave the instance: {@code { network }} sends each request
 * to its own URL, {@code { external: { address, http | https } }} to the server at {@code
 * address}, keeping the request's path and query. Both send over the network as the global {@code
 * fetch()} does; the network's {@code allow}/{@code deny} lists and TLS options are not applied.
 */
public final class NetworkServices {

  private NetworkServices() {}

  /**
   * The {@code { network }} service.
   *
   * @return a handler that sends each request to its URL
   */
  public static FetchHandler network() {
    return request -> await(OutboundHttp.send(request));
  }

  /**
   * The {@code { external }} service.
   *
   * @param address {@code host:port} of the server
   * @param https whether to speak HTTPS to it
   * @return a handler that sends each request to that server
   */
  public static FetchHandler external(String address, boolean https) {
    return request -> {
      URI uri = URI.create(request.url());
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String url = (https ? "https://" : "http://") + address + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      return await(OutboundHttp.send(request.toBuilder().url(url).build()));
    };
  }

  private static FetchResponse await(java.util.concurrent.CompletableFuture<FetchResponse> response) throws Exception {
    try {
      return response.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
