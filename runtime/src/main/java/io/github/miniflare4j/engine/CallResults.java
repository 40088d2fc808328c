package io.github.miniflare4j.engine;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for the result of a call into a worker on behalf of Java (RPC stubs, module exports). */
public final class CallResults {

  private CallResults() {}

  /**
   * The call's result, or its failure as thrown by the worker's side.
   *
   * @param result the pending call
   * @param timeout how long to wait
   * @param call what the call was, for the timeout's message ({@code "RPC add() on RpcStub[...]"})
   * @param <T> the result type
   * @return the result
   * @throws RuntimeException the call's own failure (a {@link io.github.miniflare4j.WorkerException} for a
   *     JavaScript error)
   * @throws MiniflareException {@code ERR_TIMEOUT} when no result came in time, or the thread was
   *     interrupted while waiting
   */
  public static <T> T await(CompletableFuture<T> result, Duration timeout, String call) {
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    } catch (TimeoutException e) {
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, call + " got no answer within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for " + call, e);
    }
  }
}
