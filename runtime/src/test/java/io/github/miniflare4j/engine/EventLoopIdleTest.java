package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The idle hook runs only when nothing the worker scheduled is left: no task queued, no timer set. */
class EventLoopIdleTest {

  @Test
  void theIdleHandlerNeverRunsWhileATimerIsPendingAndRunsOnceTheLastTimerFired() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> idleAfterTimers = new CompletableFuture<>();
    try (EventLoop loop = new EventLoop("idle-test")) {
      loop.submit(() -> {
        loop.onIdle(() -> {
          seen.add("idle with " + loop.pendingTimers() + " timers");
          if (seen.contains("t2")) {
            idleAfterTimers.complete(null);
          }
          return false;
        });
        loop.setTimer(5, 0, () -> seen.add("t1"));
        loop.setTimer(10, 0, () -> seen.add("t2"));
        return null;
      }).get(10, TimeUnit.SECONDS);

      idleAfterTimers.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("t1", "t2", "idle with 0 timers");
  }
}
