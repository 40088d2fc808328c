package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Timers set within one task count from one time, and fire in order of their times even when the
 * loop falls behind: a stall (here the frozen
 * instance clock moved ahead at once) is caught up tick by tick, as workerd orders its timers,
 * up to a bound beyond which a repeating timer resumes from now.
 */
class EventLoopTimersTest {

  @Test
  void timersSetInOneTaskAreDueFromOneTimeWhateverTheTaskSpentBetweenThem() throws Exception {
    List<String> fired = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    try (EventLoop loop = new EventLoop("timers-test")) {
      loop.submit(() -> {
        loop.setTimer(2, 0, () -> {
          fired.add("2 ms");
          done.complete(null);
        });
        // the interpreter's slowness between two calls: more real time than the delays differ by
        long spinUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        while (System.nanoTime() < spinUntil) {
          Thread.onSpinWait();
        }
        loop.setTimer(1, 0, () -> fired.add("1 ms"));
        return null;
      }).get(10, TimeUnit.SECONDS);
      done.get(10, TimeUnit.SECONDS);
    }
    assertThat(fired).containsExactly("1 ms", "2 ms");
  }

  @Test
  void anIntervalThatFellBehindFiresItsMissedTicksBeforeLaterTimers() throws Exception {
    MiniflareClock clock = MiniflareClock.frozenAt(Instant.EPOCH);
    List<String> fired = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    try (EventLoop loop = new EventLoop("timers-test")) {
      loop.useClock(clock);
      loop.submit(() -> {
        int[] ticks = {0};
        int[] interval = new int[1];
        interval[0] = loop.setTimer(1, 1, () -> {
          fired.add("iv" + ticks[0]);
          if (++ticks[0] == 3) {
            loop.clearTimer(interval[0]);
          }
        });
        loop.setTimer(20, 0, () -> fired.add("t20"));
        loop.setTimer(60, 0, () -> {
          fired.add("t60");
          done.complete(null);
        });
        return null;
      }).get(10, TimeUnit.SECONDS);

      clock.advance(Duration.ofMillis(70)); // the loop wakes 70 ms late: every timer is overdue
      loop.clockChanged();
      done.get(10, TimeUnit.SECONDS);
    }
    assertThat(fired).containsExactly("iv0", "iv1", "iv2", "t20", "t60");
  }

  @Test
  void anIntervalFarBehindResumesFromNowInsteadOfFiringEveryMissedTick() throws Exception {
    MiniflareClock clock = MiniflareClock.frozenAt(Instant.EPOCH);
    List<String> fired = new CopyOnWriteArrayList<>();
    try (EventLoop loop = new EventLoop("timers-test")) {
      loop.useClock(clock);
      loop.submit(() -> loop.setTimer(100, 100, () -> fired.add("tick"))).get(10, TimeUnit.SECONDS);

      clock.advance(Duration.ofSeconds(5)); // 50 intervals, far more than the catch-up bound
      loop.clockChanged();
      // a task queued after the wake-up runs once the due timers ran
      loop.submit(() -> null).get(10, TimeUnit.SECONDS);
      loop.submit(() -> null).get(10, TimeUnit.SECONDS);
      assertThat(fired).hasSize(1);

      clock.advance(Duration.ofMillis(100));
      loop.clockChanged();
      loop.submit(() -> null).get(10, TimeUnit.SECONDS);
      loop.submit(() -> null).get(10, TimeUnit.SECONDS);
      assertThat(fired).hasSize(2);
    }
  }
}
