package io.github.miniflare4j.queues;

/** What became of one message of a delivered batch. */
public enum QueueMessageOutcome {
  /** Acknowledged (explicitly, by {@code ackAll()}, or by a handler that returned without retrying it). */
  ACKED,
  /** To be delivered again, after its retry delay. */
  RETRIED,
  /** Out of attempts: moved to the consumer's dead letter queue. */
  DEAD_LETTERED,
  /** Out of attempts with no dead letter queue: dropped. */
  DROPPED
}
