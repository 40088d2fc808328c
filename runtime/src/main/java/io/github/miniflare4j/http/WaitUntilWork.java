package io.github.miniflare4j.http;

import java.util.concurrent.CompletableFuture;

/**
 * The {@code ctx.waitUntil} promises that one request's handler registered, as seen from Java
 * through {@link FetchResponse#waitUntilWork()}. Wait for them with {@code
 * Miniflare.waitUntilSettled(response, timeout)}. Thread-safe.
 */
public interface WaitUntilWork {

  /** Work of a response that no worker handler produced (built in Java): always settled. */
  WaitUntilWork NONE = new WaitUntilWork() {
    @Override
    public String workerName() {
      return "";
    }

    @Override
    public String request() {
      return "";
    }

    @Override
    public int pending() {
      return 0;
    }

    @Override
    public CompletableFuture<Void> whenIdle() {
      return CompletableFuture.completedFuture(null);
    }
  };

  /**
   * The worker whose handler registered the promises.
   *
   * @return the worker's name; empty for {@link #NONE}
   */
  String workerName();

  /**
   * The request the handler answered.
   *
   * @return {@code METHOD url}; empty for {@link #NONE}
   */
  String request();

  /**
   * How many of the promises have not settled.
   *
   * @return the count, 0 when settled
   */
  int pending();

  /**
   * A future completing when none of the promises is pending; also when the worker is closed or
   * restarted, which abandons them.
   *
   * @return the future; already complete when nothing is pending
   */
  CompletableFuture<Void> whenIdle();
}
