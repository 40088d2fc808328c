package io.github.miniflare4j.workflows;

import java.time.Instant;

/**
 * What a workflow instance waits for when nothing of it runs: the end of a sleep or of a retry
 * delay on the instance clock (advance the clock to end it), an event ({@code sendEvent}), or
 * nothing because it stopped (finished, paused or terminated).
 *
 * @param kind what it waits for
 * @param step the step's name, or {@code null} when it waits for nothing
 * @param until when the wait ends on the instance clock (for an event: when it times out), or
 *     {@code null} when it waits for nothing
 * @param eventType the event type awaited, or {@code null}
 */
public record WorkflowWait(Kind kind, String step, Instant until, String eventType) {

  /** What an idle instance waits for. */
  public enum Kind {
    /** {@code step.sleep} or {@code step.sleepUntil}. */
    SLEEP,
    /** The delay before a failed {@code step.do} runs again. */
    RETRY_DELAY,
    /** {@code step.waitForEvent}. */
    EVENT,
    /** Nothing: the instance is not running (finished, paused, terminated). */
    NOTHING
  }

  /** The wait of an instance that does not run. */
  static final WorkflowWait NOTHING = new WorkflowWait(Kind.NOTHING, null, null, null);
}
