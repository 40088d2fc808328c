package io.github.miniflare4j.ratelimit;

import io.github.miniflare4j.MiniflareClock;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;

/**
 * The counters of one rate limiting binding, shared by its worker and by Java: fixed windows of
 * {@code period} seconds on the instance clock, counted per key. Thread-safe.
 */
public final class RateLimiter {

  private final RateLimitBinding binding;
  private final MiniflareClock clock;
  private Map<String, long[]> windows = new HashMap<>(); // key -> {window start ms, calls}

  RateLimiter(RateLimitBinding binding, MiniflareClock clock) {
    this.binding = binding;
    this.clock = clock;
  }

  /**
   * Counts one call for {@code key}, as the worker's {@code limit({ key })} does.
   *
   * @param key the key
   * @return {@code true} when the call is within the limit
   */
  @HostAccess.Export
  public synchronized boolean limit(String key) {
    long periodMs = binding.period() * 1000L;
    long windowStart = Math.floorDiv(clock.millis(), periodMs) * periodMs;
    long[] window = windows.computeIfAbsent(key, k -> new long[] {windowStart, 0});
    if (window[0] != windowStart) {
      window[0] = windowStart;
      window[1] = 0;
    }
    window[1]++;
    return window[1] <= binding.limit();
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
    windows = new HashMap<>();
  }

  synchronized Map<String, long[]> snapshot() {
    Map<String, long[]> copy = new HashMap<>();
    windows.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  synchronized void restore(Map<String, long[]> snapshot) {
    windows = new HashMap<>();
    snapshot.forEach((k, v) -> windows.put(k, v.clone()));
  }
}
