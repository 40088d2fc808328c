package io.github.miniflare4j.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A value computed once, on the caller's thread or ahead of it on a background thread. */
class StartOnceTest {

  @Test
  void computes_the_value_once_on_the_first_callers_thread() {
    AtomicInteger runs = new AtomicInteger();
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    StartOnce<String> once = new StartOnce<>(() -> {
      runs.incrementAndGet();
      ranOn.set(Thread.currentThread());
      return "value";
    });

    assertThat(once.get()).isEqualTo("value");
    assertThat(once.get()).isEqualTo("value");
    assertThat(runs).hasValue(1);
    assertThat(ranOn.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void a_caller_waits_for_the_background_thread_instead_of_computing_again() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch nextRan = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    AtomicReference<String> thread = new AtomicReference<>();
    StartOnce<String> once = new StartOnce<>(() -> {
      runs.incrementAndGet();
      thread.set(Thread.currentThread().getName());
      release.await();
      return "engine";
    });

    once.startInBackground("start-once-test", nextRan::countDown);
    once.startInBackground("start-once-test-2", null); // started already: no second thread
    release.countDown();

    assertThat(once.get()).isEqualTo("engine");
    assertThat(nextRan.await(1, TimeUnit.MINUTES)).as("the follow-up ran on the background thread").isTrue();
    assertThat(runs).hasValue(1);
    assertThat(thread.get()).isEqualTo("start-once-test");
  }

  @Test
  void every_caller_gets_the_exception_the_computation_threw() throws Exception {
    IllegalStateException failure = new IllegalStateException("A language with id 'js' is not installed");
    StartOnce<String> once = new StartOnce<>(() -> {
      throw failure;
    });
    CountDownLatch done = new CountDownLatch(1);
    once.startInBackground("start-once-failing", done::countDown);
    assertThat(done.await(1, TimeUnit.MINUTES)).isTrue();

    assertThatThrownBy(once::get).isSameAs(failure);
    assertThatThrownBy(once::get).isSameAs(failure);
  }

  @Test
  void an_interrupt_while_waiting_is_kept_for_the_caller_not_thrown() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    StartOnce<String> once = new StartOnce<>(() -> {
      started.countDown();
      release.await();
      return "late";
    });
    once.startInBackground("start-once-slow", null);
    assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

    Thread.currentThread().interrupt();
    Thread releaser = new Thread(release::countDown);
    releaser.start();
    try {
      assertThat(once.get()).isEqualTo("late");
      assertThat(Thread.interrupted()).as("the interrupt is still set").isTrue();
    } finally {
      releaser.join();
    }
  }
}
