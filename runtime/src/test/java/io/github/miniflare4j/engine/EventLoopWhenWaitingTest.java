package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code whenWaiting} work runs once the worker waits on its own timers only, as workerd fires a
 * 0 ms timer once its loop ran out of ready events: after due I/O results, before due timers of
 * the code, not while an outside operation is under way, and before a request from outside.
 */
class EventLoopWhenWaitingTest {

  @Test
  void runsAfterDueIoResultsAndBeforeADueTimerOfTheCode() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    try (EventLoop loop = new EventLoop("when-waiting-test")) {
      loop.submit(() -> {
        loop.whenWaiting(() -> seen.add("waiting"));
        loop.deliverIo(() -> {
          seen.add("io");
          loop.setTimer(0, 0, () -> {
            seen.add("timer");
            done.complete(null);
          });
        });
        return null;
      }).get(10, TimeUnit.SECONDS);
      done.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("io", "waiting", "timer");
  }

  @Test
  void waitsWhileAnOutsideOperationIsUnderWayAndRunsBeforeARequestFromOutside() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicBoolean operation = new AtomicBoolean(true);
    try (EventLoop loop = new EventLoop("when-waiting-test")) {
      loop.submit(() -> {
        loop.trackOperations(operation::get);
        loop.whenWaiting(() -> seen.add("waiting"));
        return null;
      }).get(10, TimeUnit.SECONDS);
      loop.submit(() -> seen.add("operation's result")).get(10, TimeUnit.SECONDS);
      CompletableFuture<Void> request = new CompletableFuture<>();
      loop.executeFromOutside(() -> {
        seen.add("request");
        request.complete(null);
      });
      request.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("operation's result", "waiting", "request");
  }
}
