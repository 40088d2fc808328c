package io.github.miniflare4j.assertj;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.scheduled.ScheduledResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScheduledResultAssert}: what passes, and the messages of what fails. */
class ScheduledResultAssertTest {

  static final Instant TIME = Instant.parse("2026-01-01T03:00:00Z");
  final ScheduledResult ok = new ScheduledResult("jobs", "0 3 * * *", TIME, null, false, List.of());
  final ScheduledResult failed = new ScheduledResult("jobs", "0 3 * * *", TIME,
      new WorkerException("jobs", "TypeError", "nothing to clean", "    at scheduled (index.js:3:11)"), true, List.of());

  @Test
  void passing_assertions_chain() {
    assertThat(ok).succeeded().didNotCallNoRetry().hasCron("0 3 * * *").hasScheduledTime(TIME);
    assertThat(failed).failed().failedWith("TypeError", "nothing to clean").calledNoRetry();
  }

  @Test
  void a_failed_run_asserted_to_succeed_shows_its_error_and_frames() {
    assertThatThrownBy(() -> assertThat(failed).succeeded())
        .isInstanceOf(AssertionError.class)
        .hasMessage(("%nExpecting scheduled run:%n  scheduled(\"0 3 * * *\", 2026-01-01T03:00:00Z) of worker \"jobs\": "
            + "exception (TypeError: nothing to clean), noRetry%nto succeed, but it failed with:%n  TypeError: nothing to clean%n"
            + "    at scheduled (index.js:3:11)").formatted());
  }

  @Test
  void a_different_error_is_shown_beside_the_expected_one() {
    assertThatThrownBy(() -> assertThat(failed).failedWith("Error", "boom"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to fail with:%n  Error: boom%nbut it failed with:%n  TypeError: nothing to clean".formatted());
  }

  @Test
  void a_success_asserted_to_fail_says_so() {
    assertThatThrownBy(() -> assertThat(ok).failed())
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("to fail, but it succeeded");
    assertThatThrownBy(() -> assertThat(ok).calledNoRetry())
        .hasMessageEndingWith("to have called controller.noRetry(), but it did not");
  }
}
