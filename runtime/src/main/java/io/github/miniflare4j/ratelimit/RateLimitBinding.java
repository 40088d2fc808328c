package io.github.miniflare4j.ratelimit;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A rate limiting binding ({@code env.LIMITER.limit({ key })}): at most {@code limit} calls per
 * key in each window of {@code period} seconds of the instance clock.
 *
 * @param name the binding name
 * @param limit the calls allowed per key and window
 * @param period the window in seconds (Cloudflare allows 10 or 60)
 */
public record RateLimitBinding(String name, int limit, int period) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "ratelimit";

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException when the limit is not positive or the period not 10 or 60
   * @param name the binding name
   * @param limit the calls allowed per key and window
   * @param period the window in seconds (Cloudflare allows 10 or 60)
   */
  public RateLimitBinding {
    if (limit <= 0) {
      throw new IllegalArgumentException("Rate limit \"" + name + "\": limit must be positive, was " + limit);
    }
    if (period != 10 && period != 60) {
      throw new IllegalArgumentException("Rate limit \"" + name + "\": period must be 10 or 60 seconds, was " + period);
    }
  }

  /**
   * A binding for the worker builder: {@code bind(RateLimitBinding.of("LIMITER", 100, 60))}.
   *
   * @param name the binding name
   * @param limit the calls allowed per key and window
   * @param period the window in seconds, 10 or 60
   * @return the declaration
   */
  public static RateLimitBinding of(String name, int limit, int period) {
    return new RateLimitBinding(name, limit, period);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
