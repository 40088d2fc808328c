package io.github.miniflare4j;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one clock of an instance. KV expiry, Durable Object alarms and the workers' {@code
 * Date.now()} read it, so a test can move time forward instead of sleeping.
 *
 * <p>It follows the system clock plus an offset that {@link #advance(Duration)} grows; {@link
 * #set(Instant)} jumps to a given instant. Thread-safe.
 */
public final class MiniflareClock {

  private final Clock base;
  private final AtomicLong offsetMillis = new AtomicLong();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** A clock following the system clock. */
  public MiniflareClock() {
    this(Clock.systemUTC());
  }

  /**
   * A clock following the given base clock.
   *
   * @param base the clock this one follows at an offset; not {@code null}
   */
  public MiniflareClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * The current time in epoch milliseconds.
   *
   * @return base time plus offset, in epoch milliseconds
   */
  public long millis() {
    return base.millis() + offsetMillis.get();
  }

  /**
   * The current instant.
   *
   * @return base time plus offset
   */
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  /**
   * Moves the clock forward (or back, for a negative duration).
   *
   * @param duration the amount, in milliseconds precision; negative moves back
   */
  public void advance(Duration duration) {
    offsetMillis.addAndGet(duration.toMillis());
    changed();
  }

  /**
   * Moves the clock so that it reads {@code instant} now.
   *
   * @param instant the time the clock reads now
   */
  public void set(Instant instant) {
    offsetMillis.set(instant.toEpochMilli() - base.millis());
    changed();
  }

  /**
   * How far this clock is ahead of its base clock (negative when behind).
   *
   * @return the offset, millisecond precision
   */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  /** Undoes every {@link #advance} and {@link #set}: the clock follows its base again. */
  public void reset() {
    offsetMillis.set(0);
    changed();
  }

  /**
   * Registers a listener run (on the calling thread) after every {@link #advance}, {@link #set}
   * and {@link #reset}: how Durable Object alarms notice that their time has come.
   *
   * @param listener runs after each change; not {@code null}; must not block
   */
  public void addListener(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener added with {@link #addListener}.
   *
   * @param listener the listener; unknown listeners are ignored
   */
  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }

  /**
   * This clock as a {@link java.time.Clock}.
   *
   * @return a UTC {@link java.time.Clock} reading this clock
   */
  public Clock asClock() {
    return new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        throw new UnsupportedOperationException("MiniflareClock is always UTC");
      }

      @Override
      public long millis() {
        return MiniflareClock.this.millis();
      }

      @Override
      public Instant instant() {
        return MiniflareClock.this.instant();
      }
    };
  }
}
