package io.github.miniflare4j.assertj;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.scheduled.ScheduledResult;
import java.time.Instant;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one run of a worker's {@code scheduled()} handler: its outcome, its error, and
 * whether it called {@code controller.noRetry()}.
 *
 * <pre>{@code
 * assertThat(worker.scheduled("0 3 * * *")).succeeded();
 * assertThat(mf.dispatchScheduled("bad", now)).failedWith("TypeError", "nothing to clean").calledNoRetry();
 * }</pre>
 */
public class ScheduledResultAssert extends AbstractAssert<ScheduledResultAssert, ScheduledResult> {

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(ScheduledResult)}.
   *
   * @param actual the run under test
   */
  public ScheduledResultAssert(ScheduledResult actual) {
    super(actual, ScheduledResultAssert.class);
  }

  /**
   * Verifies the handler and its {@code ctx.waitUntil} work succeeded (Miniflare's {@code "ok"}).
   *
   * @return this assertion
   */
  public ScheduledResultAssert succeeded() {
    isNotNull();
    if (!actual.succeeded()) {
      WorkerException error = actual.error().orElseThrow();
      failWithMessage("%nExpecting scheduled run:%n  %s%nto succeed, but it failed with:%n  %s: %s%s", actual,
          error.errorName(), error.errorMessage(), error.jsStack().isEmpty() ? "" : System.lineSeparator() + error.jsStack());
    }
    return this;
  }

  /**
   * Verifies the run failed (Miniflare's {@code "exception"}), whatever the error.
   *
   * @return this assertion
   */
  public ScheduledResultAssert failed() {
    isNotNull();
    if (actual.succeeded()) {
      failWithMessage("%nExpecting scheduled run:%n  %s%nto fail, but it succeeded", actual);
    }
    return this;
  }

  /**
   * Verifies the run failed with an error of this name and message (the handler's, or a
   * rejected {@code waitUntil} promise's).
   *
   * @param errorName the JavaScript error's name, e.g. {@code "TypeError"}
   * @param message its exact message
   * @return this assertion
   */
  public ScheduledResultAssert failedWith(String errorName, String message) {
    failed();
    WorkerException error = actual.error().orElseThrow();
    if (!error.errorName().equals(errorName) || !error.errorMessage().equals(message)) {
      failWithMessage("%nExpecting scheduled run:%n  %s%nto fail with:%n  %s: %s%nbut it failed with:%n  %s: %s", actual,
          errorName, message, error.errorName(), error.errorMessage());
    }
    return this;
  }

  /**
   * Verifies the handler called {@code controller.noRetry()}.
   *
   * @return this assertion
   */
  public ScheduledResultAssert calledNoRetry() {
    isNotNull();
    if (!actual.noRetry()) {
      failWithMessage("%nExpecting scheduled run:%n  %s%nto have called controller.noRetry(), but it did not", actual);
    }
    return this;
  }

  /**
   * Verifies the handler did not call {@code controller.noRetry()}.
   *
   * @return this assertion
   */
  public ScheduledResultAssert didNotCallNoRetry() {
    isNotNull();
    if (actual.noRetry()) {
      failWithMessage("%nExpecting scheduled run:%n  %s%nnot to have called controller.noRetry(), but it did", actual);
    }
    return this;
  }

  /**
   * Verifies the cron the handler saw.
   *
   * @param cron the expected {@code controller.cron}
   * @return this assertion
   */
  public ScheduledResultAssert hasCron(String cron) {
    isNotNull();
    if (!actual.cron().equals(cron)) {
      failWithMessage("%nExpecting scheduled run:%n  %s%nto have cron:%n  \"%s\"%nbut it had:%n  \"%s\"", actual, cron, actual.cron());
    }
    return this;
  }

  /**
   * Verifies the scheduled time the handler saw.
   *
   * @param time the expected {@code controller.scheduledTime}
   * @return this assertion
   */
  public ScheduledResultAssert hasScheduledTime(Instant time) {
    isNotNull();
    if (!actual.scheduledTime().equals(time)) {
      failWithMessage("%nExpecting scheduled run:%n  %s%nto have scheduled time:%n  %s%nbut it had:%n  %s", actual, time,
          actual.scheduledTime());
    }
    return this;
  }
}
