package io.github.miniflare4j.storage;

import java.util.Objects;

/**
 * Which entries a {@link KeyValueStore#list} returns: keys with a prefix, between a start and an
 * end, in ascending or descending UTF-8 byte order, up to a limit, optionally skipping entries
 * that have expired at a given instant. Immutable; start from {@link #all()} and narrow it.
 *
 * <pre>{@code
 * KeyRange.all().prefix("user:").startAfter(cursor).limit(100).liveAt(clock.millis())
 * }</pre>
 */
public final class KeyRange {

  private static final KeyRange ALL = new KeyRange("", null, false, null, false, 0, Long.MIN_VALUE, true);

  private final String prefix;
  private final String start;
  private final boolean startExclusive;
  private final String end;
  private final boolean reverse;
  private final int limit;
  private final long liveAt;
  private final boolean withValues;

  private KeyRange(
      String prefix,
      String start,
      boolean startExclusive,
      String end,
      boolean reverse,
      int limit,
      long liveAt,
      boolean withValues) {
    this.prefix = prefix;
    this.start = start;
    this.startExclusive = startExclusive;
    this.end = end;
    this.reverse = reverse;
    this.limit = limit;
    this.liveAt = liveAt;
    this.withValues = withValues;
  }

  /**
   * Every entry, ascending, without limit, expired ones included.
   *
   * @return the unbounded range
   */
  public static KeyRange all() {
    return ALL;
  }

  /**
   * Only keys starting with {@code prefix} ({@code ""} for all).
   *
   * @param prefix the prefix; not {@code null}
   * @return a new range; this one is unchanged
   */
  public KeyRange prefix(String prefix) {
    return new KeyRange(Objects.requireNonNull(prefix, "prefix"), start, startExclusive, end, reverse, limit, liveAt, withValues);
  }

  /**
   * Only keys {@code >= start}; {@code null} removes the bound.
   *
   * @param start the inclusive lower bound, or {@code null}
   * @return a new range; this one is unchanged
   */
  public KeyRange start(String start) {
    return new KeyRange(prefix, start, false, end, reverse, limit, liveAt, withValues);
  }

  /**
   * Only keys {@code > key} (a list cursor); {@code null} removes the bound.
   *
   * @param key the exclusive lower bound, or {@code null}
   * @return a new range; this one is unchanged
   */
  public KeyRange startAfter(String key) {
    return new KeyRange(prefix, key, true, end, reverse, limit, liveAt, withValues);
  }

  /**
   * Only keys {@code < end}; {@code null} removes the bound.
   *
   * @param end the exclusive upper bound, or {@code null}
   * @return a new range; this one is unchanged
   */
  public KeyRange end(String end) {
    return new KeyRange(prefix, start, startExclusive, end, reverse, limit, liveAt, withValues);
  }

  /**
   * Descending order when {@code true}; the limit then keeps the last keys of the range.
   *
   * @param reverse {@code true} for descending order
   * @return a new range; this one is unchanged
   */
  public KeyRange reverse(boolean reverse) {
    return new KeyRange(prefix, start, startExclusive, end, reverse, limit, liveAt, withValues);
  }

  /**
   * At most {@code limit} entries; {@code 0} or less means no limit.
   *
   * @param limit the maximum number of entries; {@code 0} or less for no limit
   * @return a new range; this one is unchanged
   */
  public KeyRange limit(int limit) {
    return new KeyRange(prefix, start, startExclusive, end, reverse, limit, liveAt, withValues);
  }

  /**
   * Skips entries that have expired at {@code nowMillis} ({@link StoredValue#expiredAt}); they do
   * not count towards the limit.
   *
   * @param nowMillis the instant, in epoch milliseconds
   * @return a new range; this one is unchanged
   */
  public KeyRange liveAt(long nowMillis) {
    return new KeyRange(prefix, start, startExclusive, end, reverse, limit, nowMillis, withValues);
  }

  /**
   * Whether listed entries carry their bytes. With {@code false} the store may skip reading them
   * and {@link StoredValue#value()} of listed entries is an empty array.
   *
   * @param withValues whether listed entries carry their bytes
   * @return a new range; this one is unchanged
   */
  public KeyRange withValues(boolean withValues) {
    return new KeyRange(prefix, start, startExclusive, end, reverse, limit, liveAt, withValues);
  }

  /**
   * The key prefix, {@code ""} for none.
   *
   * @return the prefix, never {@code null}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * The lower bound, or {@code null}.
   *
   * @return the lower bound, or {@code null} for none
   */
  public String start() {
    return start;
  }

  /**
   * Whether {@link #start()} itself is excluded.
   *
   * @return {@code true} when the lower bound is exclusive
   */
  public boolean startExclusive() {
    return startExclusive;
  }

  /**
   * The exclusive upper bound, or {@code null}.
   *
   * @return the upper bound, or {@code null} for none
   */
  public String end() {
    return end;
  }

  /**
   * Whether the order is descending.
   *
   * @return {@code true} for descending order
   */
  public boolean reverse() {
    return reverse;
  }

  /**
   * The limit; {@code 0} or less for none.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * Whether a limit applies.
   *
   * @return {@code true} when {@link #limit()} is positive
   */
  public boolean limited() {
    return limit > 0;
  }

  /**
   * The instant (epoch ms) at which expired entries are skipped; {@link Long#MIN_VALUE} for never.
   *
   * @return epoch milliseconds, or {@link Long#MIN_VALUE}
   */
  public long liveAt() {
    return liveAt;
  }

  /**
   * Whether listed entries carry their bytes.
   *
   * @return {@code true} when values are read
   */
  public boolean withValues() {
    return withValues;
  }

  /**
   * Whether a key lies within the prefix and the bounds (expiry aside).
   *
   * @param key the key to test
   * @return {@code true} when the key starts with the prefix and lies within the bounds
   */
  public boolean contains(String key) {
    if (!key.startsWith(prefix)) {
      return false;
    }
    if (start != null) {
      int c = Utf8Order.INSTANCE.compare(key, start);
      if (c < 0 || (c == 0 && startExclusive)) {
        return false;
      }
    }
    return end == null || Utf8Order.INSTANCE.compare(key, end) < 0;
  }

  /**
   * The lowest key of the range as an inclusive bound: the larger of the prefix and the start
   * (exclusivity of the start is checked with {@link #contains}).
   */
  String lowerBound() {
    if (start == null) {
      return prefix;
    }
    return Utf8Order.INSTANCE.compare(start, prefix) >= 0 ? start : prefix;
  }

  /** The exclusive upper bound: the smaller of the end and the prefix's successor, or null. */
  String upperBound() {
    String afterPrefix = Utf8Order.successorOfPrefix(prefix);
    if (end == null) {
      return afterPrefix;
    }
    if (afterPrefix == null) {
      return end;
    }
    return Utf8Order.INSTANCE.compare(end, afterPrefix) <= 0 ? end : afterPrefix;
  }

  @Override
  public String toString() {
    return "KeyRange[prefix=" + prefix + ", start=" + start + (startExclusive ? " (exclusive)" : "")
        + ", end=" + end + ", reverse=" + reverse + ", limit=" + limit + "]";
  }
}
