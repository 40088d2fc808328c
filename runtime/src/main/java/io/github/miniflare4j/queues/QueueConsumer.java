package io.github.miniflare4j.queues;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A worker's consumer of a queue ({@code queueConsumers}, Wrangler's {@code queues.consumers}):
 * batches of the queue's messages go to the worker's {@code queue(batch, env, ctx)} handler.
 * Unset settings ({@code null}) take Miniflare's defaults ({@link QueueLimits}).
 *
 * <pre>{@code
 * WorkerOptions.builder().bind(QueueConsumer.of("jobs").maxBatchSize(10).maxRetries(3).deadLetterQueue("jobs-dlq"))
 * }</pre>
 *
 * <p>Miniflare takes any number within the bounds, whole or not: a batch of a fractional size takes
 * the whole part of it in messages and is full (delivered at once) when the ready messages are not
 * fewer than the size; a message is retried while its failed attempts are fewer than
 * {@code maxRetries + 1}.
 *
 * @param queueName the queue consumed
 * @param maxBatchSize messages per batch, 0 to 100 (default 5)
 * @param maxBatchTimeout seconds a batch waits to fill, 0 to 60 (default 1)
 * @param maxRetries deliveries after the first before a message is dead-lettered or dropped,
 *     0 to 100 (default 2)
 * @param retryDelay seconds a retried message waits, 0 to 86400 (default 0)
 * @param deadLetterQueue the queue failed messages move to, or {@code null} to drop them
 */
public record QueueConsumer(String queueName, Number maxBatchSize, Double maxBatchTimeout, Number maxRetries,
    Integer retryDelay, String deadLetterQueue) implements BindingDeclaration {

  /**
   * Checks the queue name.
   *
   * @param queueName the queue consumed
   * @param maxBatchSize messages per batch, 0 to 100 (default 5)
   * @param maxBatchTimeout seconds a batch waits to fill, 0 to 60 (default 1)
   * @param maxRetries deliveries after the first before a message is dead-lettered or dropped, 0 to 100 (default 2)
   * @param retryDelay seconds a retried message waits, 0 to 86400 (default 0)
   * @param deadLetterQueue the queue failed messages move to, or {@code null} to drop them
   */
  public QueueConsumer {
    Objects.requireNonNull(queueName, "queueName");
  }

  /**
   * A consumer with Miniflare's default settings.
   *
   * @param queueName the queue consumed
   * @return the declaration
   */
  public static QueueConsumer of(String queueName) {
    return new QueueConsumer(queueName, null, null, null, null, null);
  }

  /**
   * This consumer with another batch size.
   *
   * @param size messages per batch, 0 to 100
   * @return a new declaration
   */
  public QueueConsumer maxBatchSize(int size) {
    return new QueueConsumer(queueName, size, maxBatchTimeout, maxRetries, retryDelay, deadLetterQueue);
  }

  /**
   * This consumer with another batch timeout.
   *
   * @param seconds how long a batch waits to fill, 0 to 60
   * @return a new declaration
   */
  public QueueConsumer maxBatchTimeout(double seconds) {
    return new QueueConsumer(queueName, maxBatchSize, seconds, maxRetries, retryDelay, deadLetterQueue);
  }

  /**
   * This consumer with another retry count.
   *
   * @param retries retries before dead-lettering, 0 to 100
   * @return a new declaration
   */
  public QueueConsumer maxRetries(int retries) {
    return new QueueConsumer(queueName, maxBatchSize, maxBatchTimeout, retries, retryDelay, deadLetterQueue);
  }

  /**
   * This consumer with another retry delay.
   *
   * @param seconds how long a retried message waits, 0 to 86400
   * @return a new declaration
   */
  public QueueConsumer retryDelay(int seconds) {
    return new QueueConsumer(queueName, maxBatchSize, maxBatchTimeout, maxRetries, seconds, deadLetterQueue);
  }

  /**
   * This consumer with a dead letter queue.
   *
   * @param queue where messages go after their last failed attempt
   * @return a new declaration
   */
  public QueueConsumer deadLetterQueue(String queue) {
    return new QueueConsumer(queueName, maxBatchSize, maxBatchTimeout, maxRetries, retryDelay, queue);
  }

  /** Messages per batch in force (possibly fractional, as Miniflare takes it). */
  double batchSize() {
    return maxBatchSize == null ? QueueLimits.DEFAULT_BATCH_SIZE : maxBatchSize.doubleValue();
  }

  /** Milliseconds a batch waits to fill, in force. */
  long batchTimeoutMillis() {
    return Math.round((maxBatchTimeout == null ? QueueLimits.DEFAULT_BATCH_TIMEOUT_SECONDS : maxBatchTimeout) * 1000);
  }

  /** Deliveries a message gets before it fails for good: it is retried while its failed attempts are fewer. */
  double maxAttempts() {
    return (maxRetries == null ? QueueLimits.DEFAULT_MAX_RETRIES : maxRetries.doubleValue()) + 1;
  }

  /** The binding name is the queue's: a consumer adds nothing to {@code env}. */
  @Override
  public String name() {
    return queueName;
  }

  @Override
  public boolean inEnv() {
    return false;
  }

  @Override
  public String kind() {
    return QueuesPlugin.KIND;
  }
}
