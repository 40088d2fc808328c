package io.github.miniflare4j.queues;

import java.time.Instant;
import java.util.Objects;

/**
 * One message handed straight to a consumer's {@code queue()} handler by {@code
 * Miniflare.dispatchQueue}, as a message of Miniflare's {@code Fetcher.queue(queueName, messages)}
 * and Vitest's {@code createMessageBatch()} (a {@code ServiceBindingQueueMessage}).
 *
 * @param id the message's {@code id}
 * @param timestamp its {@code timestamp}, or {@code null} for the instance clock's time at dispatch
 * @param attempts its {@code attempts}, at least 1
 * @param body its {@code body}: a {@code byte[]} arrives as an {@code ArrayBuffer}; anything else
 *     Jackson writes arrives as {@code JSON.parse} would read it (strings as strings)
 */
public record QueueMessage(String id, Instant timestamp, int attempts, Object body) {

  /** The largest {@code attempts} workerd's {@code Fetcher.queue()} takes. */
  private static final int MAX_ATTEMPTS = 65_535;

  /**
   * Checks the values.
   *
   * @param id the message's {@code id}
   * @param timestamp its {@code timestamp}, or {@code null}
   * @param attempts its {@code attempts}, 0 to 65,535
   * @param body its {@code body}
   */
  public QueueMessage {
    Objects.requireNonNull(id, "id");
    if (attempts < 0 || attempts > MAX_ATTEMPTS) {
      throw new IllegalArgumentException("attempts must be between 0 and " + MAX_ATTEMPTS + ", was " + attempts);
    }
  }

  /**
   * A first delivery of a body, with a new random id (32 hex digits, as Miniflare makes them).
   *
   * @param body the body
   * @return the message
   */
  public static QueueMessage of(Object body) {
    return new QueueMessage(QueuesInstance.newId(), null, 1, body);
  }

  /**
   * The same message with another id.
   *
   * @param newId the id
   * @return a copy
   */
  public QueueMessage withId(String newId) {
    return new QueueMessage(newId, timestamp, attempts, body);
  }

  /**
   * The same message with another timestamp.
   *
   * @param newTimestamp the timestamp
   * @return a copy
   */
  public QueueMessage withTimestamp(Instant newTimestamp) {
    return new QueueMessage(id, newTimestamp, attempts, body);
  }

  /**
   * The same message as a later attempt.
   *
   * @param newAttempts the attempt number, 0 to 65,535
   * @return a copy
   */
  public QueueMessage withAttempts(int newAttempts) {
    return new QueueMessage(id, timestamp, newAttempts, body);
  }
}
