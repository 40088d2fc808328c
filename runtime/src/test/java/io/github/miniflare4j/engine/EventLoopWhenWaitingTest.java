package io.github.miniflare4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code whenWaiting} work runs once the worker waits on its own timers only, as workerd fires a
 * 0 ms timer once its loop ran out of ready events: after due I/O results, before due timers of
 * the code, not while an operation within the instance is under way and another loop of the group
 * has work ready, and before a request from outside, which waits for the loop's ready events.
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
  void waitsForAnOperationWhileAnotherLoopOfTheGroupHasWorkReadyAndRunsBeforeARequestFromOutside()
      throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicBoolean operation = new AtomicBoolean(true);
    CountDownLatch release = new CountDownLatch(1);
    LoopGroup group = new LoopGroup();
    try (EventLoop loop = new EventLoop("when-waiting-test"); EventLoop other = new EventLoop("other")) {
      loop.joinGroup(group);
      other.joinGroup(group);
      // no patience limit: on a loaded machine the other loop may get no CPU for a while
      loop.outsidePatience(TimeUnit.HOURS.toNanos(1));
      // the other worker is busy with the call whose answer the first one awaits
      other.execute(() -> {
        awaitQuietly(release);
        loop.execute(() -> {
          operation.set(false);
          seen.add("operation's result");
        });
      });
      loop.submit(() -> {
        loop.trackOperations(operation::get);
        loop.whenWaiting(() -> seen.add("waiting"));
        return null;
      }).get(10, TimeUnit.SECONDS);
      CompletableFuture<Void> request = new CompletableFuture<>();
      loop.executeFromOutside(() -> {
        seen.add("request");
        request.complete(null);
      });
      release.countDown();
      request.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("operation's result", "waiting", "request");
  }

  @Test
  void aRequestFromOutsideDoesNotWaitForAnotherLoopWhileARequestOfItsOwnIsUnderway() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    LoopGroup group = new LoopGroup();
    try (EventLoop loop = new EventLoop("when-waiting-test"); EventLoop other = new EventLoop("other")) {
      loop.joinGroup(group);
      other.joinGroup(group);
      loop.outsidePatience(TimeUnit.HOURS.toNanos(1));
      // the other worker stays busy until the second request has run
      other.execute(() -> awaitQuietly(release));
      CompletableFuture<Void> second = new CompletableFuture<>();
      loop.submit(() -> {
        // a first request awaits the other worker's answer
        loop.trackOperations(() -> true);
        loop.trackRequests(() -> true);
        loop.executeFromOutside(() -> second.complete(null));
        return null;
      }).get(10, TimeUnit.SECONDS);
      second.get(10, TimeUnit.SECONDS);
      assertThat(release.getCount()).isEqualTo(1);
      release.countDown();
    }
  }

  @Test
  void aRequestHeldForAnotherLoopsWorkIsReadAsSoonAsThatLoopGoesIdle() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    LoopGroup group = new LoopGroup();
    try (EventLoop loop = new EventLoop("when-waiting-test"); EventLoop other = new EventLoop("other")) {
      loop.joinGroup(group);
      other.joinGroup(group);
      // neither patience nor the watch's bound can release the request: only the group's wake-up
      loop.outsidePatience(TimeUnit.HOURS.toNanos(1));
      loop.groupWatchBound(TimeUnit.HOURS.toNanos(1));
      other.execute(() -> {
        awaitQuietly(release);
        seen.add("other worker's work");
      });
      CompletableFuture<Void> request = new CompletableFuture<>();
      loop.submit(() -> {
        loop.trackOperations(() -> true); // an answer of the other worker stays awaited
        loop.executeFromOutside(() -> {
          seen.add("request");
          request.complete(null);
        });
        return null;
      }).get(10, TimeUnit.SECONDS);
      awaitWatching(loop);
      release.countDown();
      request.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("other worker's work", "request");
  }

  @Test
  void twoLoopsAwaitingEachOtherWithNothingReadyBothReadTheirRequests() throws Exception {
    LoopGroup group = new LoopGroup();
    try (EventLoop first = new EventLoop("first"); EventLoop second = new EventLoop("second")) {
      List<CompletableFuture<Void>> requests = new CopyOnWriteArrayList<>();
      for (EventLoop loop : List.of(first, second)) {
        loop.joinGroup(group);
        loop.outsidePatience(TimeUnit.HOURS.toNanos(1));
        loop.groupWatchBound(TimeUnit.HOURS.toNanos(1));
        CompletableFuture<Void> request = new CompletableFuture<>();
        requests.add(request);
        loop.submit(() -> {
          loop.trackOperations(() -> true);
          loop.executeFromOutside(() -> request.complete(null));
          return null;
        }).get(10, TimeUnit.SECONDS);
      }
      CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void anOperationHoldsNothingBackOnceEveryOtherLoopWaits() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    LoopGroup group = new LoopGroup();
    try (EventLoop loop = new EventLoop("when-waiting-test"); EventLoop other = new EventLoop("other")) {
      loop.joinGroup(group);
      other.joinGroup(group);
      CompletableFuture<Void> request = new CompletableFuture<>();
      loop.submit(() -> {
        // the other loop has nothing ready (a callee awaiting its own timer)
        loop.trackOperations(() -> true);
        loop.whenWaiting(() -> seen.add("waiting"));
        loop.executeFromOutside(() -> {
          seen.add("request");
          request.complete(null);
        });
        return null;
      }).get(10, TimeUnit.SECONDS);
      request.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("waiting", "request");
  }

  @Test
  void aRequestFromOutsideRunsAfterTheIoResultsAndTimersDueBeforeIt() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> request = new CompletableFuture<>();
    try (EventLoop loop = new EventLoop("when-waiting-test")) {
      loop.submit(() -> {
        loop.deliverIo(() -> {
          seen.add("io");
          loop.setTimer(0, 0, () -> {
            seen.add("timer");
            loop.deliverIo(() -> seen.add("io after the timer"));
          });
        });
        loop.executeFromOutside(() -> {
          seen.add("request");
          request.complete(null);
        });
        return null;
      }).get(10, TimeUnit.SECONDS);
      request.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("io", "timer", "io after the timer", "request");
  }

  /** Waits until {@code loop} blocks until its group wakes it, for at most 10 seconds. */
  private static void awaitWatching(EventLoop loop) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!loop.watchingGroup()) {
      assertThat(System.nanoTime()).as("the loop watches its group").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
