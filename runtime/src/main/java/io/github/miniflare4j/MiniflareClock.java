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
 * #set(Instant)} jumps to a given instant. A {@linkplain #freeze() frozen} clock stands still:
 * time moves only when the test advances or sets it, so timers ({@code setTimeout}, {@code
 * scheduler.wait}) and alarms fire only then, and "the work has not happened yet" can be asserted
 * without a race; {@code ctx.waitUntil} work waiting on such a timer settles after the advance
 * ({@code Miniflare.waitUntilSettled}). Thread-safe.
 */
public final class MiniflareClock {

  private final Clock base;
  private final AtomicLong offsetMillis = new AtomicLong();
  // the base readings at the time of freeze(), or null while following the base clock
  private volatile Frozen frozen;

  private record Frozen(long baseMillis, long baseNanos) { }
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
    Frozen f = frozen;
    return (f == null ? base.millis() : f.baseMillis()) + offsetMillis.get();
  }

  /**
   * The time base of the workers' timers, in nanoseconds: a monotonic reading moved by {@link
   * #advance} and {@link #set} like {@link #millis()}, standing still while the clock is frozen.
   * Only differences between two readings mean anything.
   *
   * @return monotonic nanoseconds plus this clock's offset
   */
  public long timerNanos() {
    Frozen f = frozen;
    return (f == null ? System.nanoTime() : f.baseNanos()) + offsetMillis.get() * 1_000_000L;
  }

  /**
   * A clock standing still at {@code instant} (see {@link #freeze()}).
   *
   * @param instant the time it reads until advanced
   * @return a frozen clock
   */
  public static MiniflareClock frozenAt(Instant instant) {
    MiniflareClock clock = new MiniflareClock();
    clock.freeze();
    clock.set(instant);
    return clock;
  }

  /**
   * Stops the clock at its current reading: from now on only {@link #advance} and {@link #set}
   * move it. Timers and alarms due later fire only when an advance reaches them. Freezing a
   * frozen clock does nothing.
   */
  public synchronized void freeze() {
    if (frozen == null) {
      long millisBefore = millis();
      frozen = new Frozen(base.millis(), System.nanoTime());
      offsetMillis.set(millisBefore - frozen.baseMillis());
      changed();
    }
  }

  /**
   * Lets a frozen clock run again from the time it reads now. Does nothing on a running clock.
   */
  public synchronized void unfreeze() {
    Frozen f = frozen;
    if (f != null) {
      long reading = millis();
      frozen = null;
      offsetMillis.set(reading - base.millis());
      changed();
    }
  }

  /**
   * Whether the clock stands still between advances ({@link #freeze()}).
   *
   * @return {@code true} when frozen
   */
  public boolean isFrozen() {
    return frozen != null;
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
  public synchronized void set(Instant instant) {
    Frozen f = frozen;
    offsetMillis.set(instant.toEpochMilli() - (f == null ? base.millis() : f.baseMillis()));
    changed();
  }

  /**
   * How far this clock is ahead of its base clock (negative when behind); while frozen, ahead of
   * the base clock's reading at the time of the freeze.
   *
   * @return the offset, millisecond precision
   */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  /**
   * Undoes every {@link #advance}, {@link #set} and {@link #freeze}: the clock follows its base
   * again.
   */
  public synchronized void reset() {
    frozen = null;
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
