package io.github.miniflare4j.server;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.engine.ResponseBodySink;
import io.github.miniflare4j.engine.StreamedRequestBody;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.net.BindException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An HTTP/1.1 server (Jetty 12) that hands every request to a {@link Dispatcher}: the way
 * {@code Miniflare} serves its workers on a port. Keep-alive, chunked bodies and {@code HEAD}
 * work as in any HTTP/1.1 server. Bodies stream both ways: the worker reads the request body as
 * it arrives, and a response body that is a stream is sent chunk by chunk as the worker
 * produces it. Closing it closes every connection, also one in the middle of a body.
 *
 * <p>Users do not start one themselves: set {@code MiniflareOptions.Builder.port(...)} and read
 * {@code Miniflare.url()}.
 */
public final class HttpServer implements AutoCloseable {

  /** Answers one request that arrived over HTTP; the URL's host is the request's Host header. */
  @FunctionalInterface
  public interface Dispatcher {
    /**
     * Starts answering.
     *
     * @param request the request; its body when it had fully arrived
     * @param body the body as it arrives, or {@code null} when {@code request} holds it (or has none)
     * @param sink receives a response whose body is a stream, as it is produced
     * @return the response (only its head counts when {@code sink} received it), or a failure
     */
    CompletableFuture<FetchResponse> dispatch(FetchRequest request, StreamedRequestBody body, ResponseBodySink sink);
  }

  private final Server server;
  private final ServerConnector connector;
  private final String host;

  private HttpServer(Server server, ServerConnector connector, String host) {
    this.server = server;
    this.connector = connector;
    this.host = host;
  }

  /**
   * Binds and starts the server.
   *
   * @param host the interface to bind, e.g. {@code 127.0.0.1}, {@code 0.0.0.0}, {@code ::1}
   * @param port the port; {@code 0} picks a free one
   * @param logRequests whether to log one line per request ({@code GET /path 200 OK (3ms)},
   *     Miniflare's format) to the SLF4J logger {@code miniflare4j.requests}
   * @throws MiniflareException {@code ERR_ADDRESS_IN_USE} with Miniflare's message when the
   *     port is taken, {@code ERR_RUNTIME_FAILURE} for any other failure to start
   * @param limits the header and body limits; requests over them are answered 431 or 413
   * @param dispatcher answers each request
   * @return the running server; close it to stop
   */
  public static HttpServer start(
      String host, int port, ServerLimits limits, boolean logRequests, Dispatcher dispatcher) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(dispatcher, "dispatcher");
    QueuedThreadPool threads = new QueuedThreadPool(64, 2);
    threads.setName("miniflare4j-http");
    threads.setDaemon(true);
    threads.setStopTimeout(1000);
    Server server = new Server(threads);
    server.setStopTimeout(0);

    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(limits.maxRequestHeaderBytes());
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    // as workerd: no Date field of the server's own, and field values as the client wrote them
    // (Jetty's cache of common fields would otherwise hand `Accept-Encoding: GZIP` on as `gzip`)
    config.setSendDateHeader(false);
    config.setHeaderCacheCaseSensitive(true);
    // workers see the path as the client sent it, as workerd passes it on
    config.setUriCompliance(UriCompliance.UNSAFE);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new WorkerHandler(dispatcher, limits, logRequests));
    org.eclipse.jetty.websocket.core.server.WebSocketServerComponents.ensureWebSocketComponents(server);
    server.setErrorHandler(new PlainErrorHandler(limits));
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      if (hasCause(e, BindException.class)) {
        throw new MiniflareException(
            ErrorCode.ERR_ADDRESS_IN_USE,
            "Address already in use (" + host + ":" + port + "). Please check that you are not already "
                + "running a server on this address or specify a different port with --port.",
            e);
      }
      throw new MiniflareException(
          ErrorCode.ERR_RUNTIME_FAILURE, "Could not start the HTTP server on " + host + ":" + port + ": " + e, e);
    }
    return new HttpServer(server, connector, host);
  }

  /**
   * The port the server listens on (the chosen one when started with port 0).
   *
   * @return the bound port
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * The server's address with a trailing slash, e.g. {@code http://127.0.0.1:8787/}. A
   * wildcard bind address ({@code 0.0.0.0}, {@code ::}) is shown as the loopback address.
   *
   * @return the URL
   */
  public URI url() {
    return URI.create("http://" + authority() + "/");
  }

  /**
   * {@code host:port} of {@link #url()}.
   *
   * @return {@code host:port}
   */
  public String authority() {
    String shown = switch (host) {
      case "", "0.0.0.0" -> "127.0.0.1";
      case "::", "[::]" -> "[::1]";
      default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    };
    return shown + ":" + port();
  }

  /** Stops accepting, closes every open connection, and stops the server's threads. */
  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // nothing useful to do: the server is going away either way
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
