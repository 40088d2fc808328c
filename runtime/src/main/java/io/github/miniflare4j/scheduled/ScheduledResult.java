package io.github.miniflare4j.scheduled;

import io.github.miniflare4j.WorkerException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of a worker's {@code scheduled()} handler came to, once the handler and every
 * promise it passed to {@code ctx.waitUntil} have settled. Immutable.
 *
 * <p>The run failed (Miniflare's outcome {@code "exception"}) when the handler threw or rejected,
 * when one of its {@code waitUntil} promises rejected, or when the worker has no {@code
 * scheduled()} handler; it was canceled (outcome {@code "exceededCpu"}, as workerd reports it) when
 * the handler or a {@code waitUntil} promise hung, waiting on nothing that could settle it; it
 * succeeded (outcome {@code "ok"}) otherwise.
 */
public final class ScheduledResult {

  private final String workerName;
  private final String cron;
  private final String outcome;
  private final Instant scheduledTime;
  private final WorkerException error;
  private final boolean noRetry;
  private final List<String> waitUntilFailures;

  /**
   * A result; runs build it, tests may too.
   *
   * @param workerName the worker whose handler ran
   * @param cron the {@code controller.cron} it saw (possibly empty)
   * @param scheduledTime the {@code controller.scheduledTime} it saw
   * @param error what the handler threw (or the first {@code waitUntil} rejection), {@code null}
   *     when it succeeded
   * @param noRetry whether the handler called {@code controller.noRetry()} (also {@code true}
   *     when the worker has no handler, as workerd reports it)
   * @param waitUntilFailures the rejections of its {@code waitUntil} promises, as rendered text
   */
  public ScheduledResult(String workerName, String cron, Instant scheduledTime, WorkerException error, boolean noRetry,
      List<String> waitUntilFailures) {
    this(workerName, cron, scheduledTime, error == null ? "ok" : "exception", error, noRetry, waitUntilFailures);
  }

  /**
   * A result with an outcome of its own, such as {@code "exceededCpu"} for a run that hung.
   *
   * @param workerName the worker whose handler ran
   * @param cron the {@code controller.cron} it saw (possibly empty)
   * @param scheduledTime the {@code controller.scheduledTime} it saw
   * @param outcome Miniflare's word for the outcome: {@code "ok"} (then {@code error} is {@code
   *     null}), {@code "exception"}, {@code "exceededCpu"}
   * @param error why the run did not succeed, {@code null} when it did
   * @param noRetry whether the handler called {@code controller.noRetry()}
   * @param waitUntilFailures the rejections of its {@code waitUntil} promises, as rendered text
   */
  public ScheduledResult(String workerName, String cron, Instant scheduledTime, String outcome, WorkerException error,
      boolean noRetry, List<String> waitUntilFailures) {
    this.workerName = Objects.requireNonNull(workerName, "workerName");
    this.cron = Objects.requireNonNull(cron, "cron");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    if ("ok".equals(outcome) != (error == null)) {
      throw new IllegalArgumentException("the outcome \"" + outcome + "\" does not go with " + (error == null ? "no error" : "an error"));
    }
    this.scheduledTime = Objects.requireNonNull(scheduledTime, "scheduledTime");
    this.error = error;
    this.noRetry = noRetry;
    this.waitUntilFailures = List.copyOf(waitUntilFailures);
  }

  /**
   * The worker whose handler ran.
   *
   * @return the worker's name ({@code ""} for an unnamed worker)
   */
  public String workerName() {
    return workerName;
  }

  /**
   * The cron expression the handler saw as {@code controller.cron}.
   *
   * @return the expression, empty when the trigger gave none
   */
  public String cron() {
    return cron;
  }

  /**
   * The time the handler saw as {@code controller.scheduledTime}.
   *
   * @return the scheduled time, millisecond precision
   */
  public Instant scheduledTime() {
    return scheduledTime;
  }

  /**
   * Whether the handler and its {@code waitUntil} work succeeded.
   *
   * @return {@code true} for Miniflare's outcome {@code "ok"}
   */
  public boolean succeeded() {
    return error == null;
  }

  /**
   * Miniflare's word for the outcome, as its trigger endpoint answers it.
   *
   * @return {@code "ok"}, {@code "exception"}, or {@code "exceededCpu"} for a run that hung
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Why the run failed: the error the handler threw or rejected with, else the first {@code
   * waitUntil} rejection; for a run that hung, workerd's error that it was canceled.
   *
   * @return the error, empty when the run succeeded
   */
  public Optional<WorkerException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Whether the handler called {@code controller.noRetry()}, asking Cloudflare not to retry a
   * failed run. Miniflare never retries; the flag is reported for assertions.
   *
   * @return {@code true} when called (and when the worker has no {@code scheduled()} handler)
   */
  public boolean noRetry() {
    return noRetry;
  }

  /**
   * The rejections of the promises the handler passed to {@code ctx.waitUntil}, each as {@code
   * Name: message} followed by its JavaScript frames.
   *
   * @return the failures, oldest first; empty when none rejected
   */
  public List<String> waitUntilFailures() {
    return waitUntilFailures;
  }

  @Override
  public String toString() {
    return "scheduled(\"" + cron + "\", " + scheduledTime + ") of worker \"" + workerName + "\": " + outcome()
        + (error == null ? "" : " (" + error.errorName() + ": " + error.errorMessage() + ")")
        + (noRetry ? ", noRetry" : "");
  }
}
