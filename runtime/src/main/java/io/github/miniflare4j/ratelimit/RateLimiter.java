package io.github.miniflare4j.ratelimit;

import io.github.miniflare4j.MiniflareClock;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The counters of one rate limiting binding, shared by its worker and by Java, as Miniflare keeps
 * them: one fixed window of {@code period} seconds on the instance clock for all keys (a call in
 * a new window forgets every count), a count per key that grows only with accepted calls.
 * Thread-safe.
 */
public final class RateLimiter {

  private final RateLimitBinding binding;
  private final MiniflareClock clock;
  private long window;
  private Map<String, Long> counts = new HashMap<>();

  RateLimiter(RateLimitBinding binding, MiniflareClock clock) {
    this.binding = binding;
    this.clock = clock;
  }

  /**
   * Counts one call for {@code key} with the binding's limit and period, as the worker's
   * {@code limit({ key })} does.
   *
   * @param key the key
   * @return {@code true} when the call is within the limit
   */
  public boolean limit(String key) {
    return limitWith(key, binding.limit(), binding.period());
  }

  /**
   * Counts one call for {@code key}, as {@code limit({ key, limit, period })} does: the call
   * fails, without being counted, once the key has {@code limit} accepted calls in the window.
   *
   * @param key the key
   * @param limit the most calls a window accepts (NaN accepts every call)
   * @param period the window in seconds (10 or 60, checked by the script)
   * @return {@code true} when the call is within the limit
   */
  @HostAccess.Export
  public synchronized boolean limitWith(String key, double limit, int period) {
    long current = Math.floorDiv(clock.millis(), period * 1000L);
    if (current != window) {
      window = current;
      counts = new HashMap<>();
    }
    long count = counts.getOrDefault(key, 0L);
    if (count >= limit) {
      return false;
    }
    counts.put(key, count + 1);
    return true;
  }

  /**
   * The binding's limit, for a call that gives none.
   *
   * @return the most calls a window accepts per key
   */
  @HostAccess.Export
  public int defaultLimit() {
    return binding.limit();
  }

  /**
   * The binding's period, for a call that gives none.
   *
   * @return the window in seconds
   */
  @HostAccess.Export
  public int defaultPeriod() {
    return binding.period();
  }

  /**
   * The binding's settings.
   *
   * @return the limit and period
   */
  public RateLimitBinding settings() {
    return binding;
  }

  /** Forgets every count, as at the start of a fresh instance. */
  public synchronized void reset() {
    counts = new HashMap<>();
  }

  /** The counts, each as {window, count}. */
  synchronized Map<String, long[]> snapshot() {
    Map<String, long[]> copy = new HashMap<>();
    counts.forEach((k, v) -> copy.put(k, new long[] {window, v}));
    return copy;
  }

  synchronized void restore(Map<String, long[]> snapshot) {
    counts = new HashMap<>();
    snapshot.forEach((k, v) -> {
      window = v[0];
      counts.put(k, v[1]);
    });
  }
}
