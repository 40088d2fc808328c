package io.github.miniflare4j.queues;

/**
 * The limits of Miniflare's queue broker and its messages, worded as Miniflare words them; the
 * consumer settings' defaults and bounds.
 */
public final class QueueLimits {

  /** Largest message body, in bytes (after serialisation). */
  public static final int MAX_MESSAGE_BYTES = 128_000;
  /** Most messages in one {@code sendBatch}. */
  public static final int MAX_BATCH_MESSAGES = 100;
  /** Largest {@code sendBatch} in total; Miniflare enforces 288000 while its message says 256000. */
  public static final int MAX_BATCH_BYTES = 288_000;
  /** Longest delay of a message or a retry, in seconds. */
  public static final int MAX_DELAY_SECONDS = 86_400;
  /** Messages per batch when the consumer sets none. */
  public static final int DEFAULT_BATCH_SIZE = 5;
  /** Seconds a batch waits to fill when the consumer sets none. */
  public static final int DEFAULT_BATCH_TIMEOUT_SECONDS = 1;
  /** Retries before a message is dead-lettered or dropped when the consumer sets none. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** Upper bounds of the consumer settings. */
  static final int MAX_BATCH_SIZE = 100;
  static final int MAX_BATCH_TIMEOUT_SECONDS = 60;
  static final int MAX_RETRIES = 100;

  /** What the producer reports when the broker refuses a message it cannot read or a delay out of range. */
  public static final String INTERNAL_ERROR = "Internal Server Error";

  private QueueLimits() {}

  static String messageTooLarge(long bytes) {
    return "message length of " + bytes + " bytes exceeds limit of " + MAX_MESSAGE_BYTES;
  }

  static String batchTooManyMessages(int count) {
    return "batch message count of " + count + " exceeds limit of " + MAX_BATCH_MESSAGES;
  }

  static String batchMessageTooLarge(long bytes) {
    return "message in batch has length " + bytes + " bytes which exceeds single message size limit of " + MAX_MESSAGE_BYTES;
  }

  static String batchTooLarge(long bytes) {
    return "batch size of " + bytes + " bytes exceeds limit of 256000";
  }
}
