package io.github.miniflare4j.internal;

import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.server.HttpServer;
import java.util.Objects;

/**
 * What {@code Miniflare.setOptions} does with the HTTP server, decided before the new options
 * take over so that a port that cannot be bound rejects the call with the old configuration
 * untouched: the running server is kept when the server options are unchanged ({@code port(0)}
 * twice keeps the chosen port); a server on another port starts beside the old one at once; one
 * on the very port the old server holds can only start once that one closed ({@link #complete()}).
 */
public final class ServerSwitch {

  private final HttpServer previous;
  private final MiniflareOptions after;
  private final HttpServer.Dispatcher dispatcher;
  private final HttpServer started;
  private final boolean keep;

  private ServerSwitch(HttpServer previous, MiniflareOptions after, HttpServer.Dispatcher dispatcher,
      HttpServer started, boolean keep) {
    this.previous = previous;
    this.after = after;
    this.dispatcher = dispatcher;
    this.started = started;
    this.keep = keep;
  }

  /**
   * Keeps the server or starts the new one when its port is free.
   *
   * @param running the server running now, or {@code null}
   * @param before the options running now
   * @param after the new options
   * @param dispatcher answers requests of a new server
   * @return the plan, to {@link #complete()} once the new options took over, or {@link #abandon()}
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_ADDRESS_IN_USE} when the new port is taken
   */
  public static ServerSwitch prepare(
      HttpServer running, MiniflareOptions before, MiniflareOptions after, HttpServer.Dispatcher dispatcher) {
    if (running != null && sameServer(before, after)) {
      return new ServerSwitch(running, after, dispatcher, running, true);
    }
    if (after.port() == null || (running != null && after.port() == running.port())) {
      return new ServerSwitch(running, after, dispatcher, null, false);
    }
    return new ServerSwitch(running, after, dispatcher, start(after, dispatcher), false);
  }

  private static boolean sameServer(MiniflareOptions before, MiniflareOptions after) {
    return Objects.equals(before.port(), after.port()) && Objects.equals(before.host(), after.host())
        && before.serverLimits().equals(after.serverLimits()) && before.logRequests() == after.logRequests();
  }

  private static HttpServer start(MiniflareOptions options, HttpServer.Dispatcher dispatcher) {
    return HttpServer.start(options.host(), options.port(), options.serverLimits(), options.logRequests(), dispatcher);
  }

  /**
   * Closes the old server when replaced and starts one still to start.
   *
   * @return the server of the new options, or {@code null} when they set no port
   * @throws io.github.miniflare4j.MiniflareException when the port the old server held cannot be
   *     bound again
   */
  public HttpServer complete() {
    if (keep) {
      return previous;
    }
    if (previous != null) {
      previous.close();
    }
    return started != null || after.port() == null ? started : start(after, dispatcher);
  }

  /** Closes a server started for new options that do not take over. */
  public void abandon() {
    if (!keep && started != null) {
      started.close();
    }
  }
}
