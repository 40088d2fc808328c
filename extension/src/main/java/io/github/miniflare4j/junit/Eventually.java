package io.github.miniflare4j.junit;

import io.github.miniflare4j.Miniflare;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/**
 * Waiting for work that happens after a response: {@code ctx.waitUntil} promises, and state
 * that changes later. Import statically.
 *
 * <pre>{@code
 * api.fetch("/orders");                                  // the worker writes in waitUntil
 * settled(mf);                                           // every waitUntil promise settled
 * settled(api.fetch("/orders"));                         // only this request's promises
 * eventually(() -> assertThat(kv.get("last")).isEqualTo("order-1"));
 * }</pre>
 */
public final class Eventually {

  /** How long {@link #eventually(ThrowingRunnable)} and {@link #settled(Miniflare)} wait. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private Eventually() {}

  /**
   * Retries the assertion (every 10 ms, through Awaitility) until it passes, for up to {@link
   * #DEFAULT_TIMEOUT}; then fails with the assertion's last error.
   *
   * @param assertion the assertion to retry; it passes when it returns without throwing
   */
  public static void eventually(ThrowingRunnable assertion) {
    eventually(DEFAULT_TIMEOUT, assertion);
  }

  /**
   * Same as {@link #eventually(ThrowingRunnable)} with a timeout of your own.
   *
   * @param timeout how long to retry at most
   * @param assertion the assertion to retry; it passes when it returns without throwing
   */
  public static void eventually(Duration timeout, ThrowingRunnable assertion) {
    Awaitility.await()
        .atMost(timeout)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(assertion);
  }

  /**
   * Waits until every {@code ctx.waitUntil} promise of every worker has settled.
   *
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} after {@link
   *     #DEFAULT_TIMEOUT}, naming the workers still busy and how many promises each has pending
   * @param miniflare the instance whose workers to wait for
   */
  public static void settled(Miniflare miniflare) {
    settled(miniflare, DEFAULT_TIMEOUT);
  }

  /**
   * Same as {@link #settled(Miniflare)} with a timeout of your own.
   *
   * @param miniflare the instance whose workers to wait for
   * @param timeout how long to wait at most
   */
  public static void settled(Miniflare miniflare, Duration timeout) {
    miniflare.waitUntilSettled(timeout);
  }

  /**
   * Waits until the {@code ctx.waitUntil} promises of one response's request have settled (not
   * those of other requests); the same as {@link WorkerResponse#waitUntilSettled()}.
   *
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} after {@link
   *     #DEFAULT_TIMEOUT}, naming the request, its worker and how many promises are pending
   * @param response a response returned by a {@link WorkerClient}
   */
  public static void settled(WorkerResponse response) {
    response.waitUntilSettled();
  }

  /**
   * Same as {@link #settled(WorkerResponse)} with a timeout of your own.
   *
   * @param response a response returned by a {@link WorkerClient}
   * @param timeout how long to wait
   */
  public static void settled(WorkerResponse response, Duration timeout) {
    response.waitUntilSettled(timeout);
  }
}
