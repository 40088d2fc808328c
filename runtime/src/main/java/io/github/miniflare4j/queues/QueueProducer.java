package io.github.miniflare4j.queues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A queue seen from Java through a producer binding ({@code Miniflare.getBinding(QueueProducer.class,
 * "QUEUE")}, Node Miniflare's {@code getQueueProducer}): send messages as a worker would, read
 * what the consumer was delivered, and wait for deliveries. Thread-safe.
 *
 * <pre>{@code
 * QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
 * jobs.send(Map.of("order", 42));
 * List<QueueDelivery> batches = jobs.awaitDeliveries(Duration.ofSeconds(10));
 * }</pre>
 */
public final class QueueProducer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final QueueBroker broker;
  private final Integer deliveryDelay;

  QueueProducer(QueueBroker broker, Integer deliveryDelay) {
    this.broker = broker;
    this.deliveryDelay = deliveryDelay;
  }

  /**
   * The queue's name.
   *
   * @return the name the producer binding sends to
   */
  public String queueName() {
    return broker.name();
  }

  /**
   * Sends a value as JSON (the default content type of current workers), written by Jackson.
   *
   * @param body any value Jackson can write; the consumer sees it as {@code JSON.parse} would
   * @throws MiniflareException {@code ERR_VALIDATION} when the body cannot be written or breaks a limit
   */
  public void send(Object body) {
    send(body, 0);
  }

  /**
   * Sends a value as JSON after a delay.
   *
   * @param body any value Jackson can write
   * @param delaySeconds seconds on the instance clock before it can be delivered, 0 to 86400
   */
  public void send(Object body, int delaySeconds) {
    String text;
    try {
      text = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Queue send failed: the body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
    put("json", text, text.getBytes(StandardCharsets.UTF_8).length, delaySeconds);
  }

  /**
   * Sends text ({@code contentType: "text"}).
   *
   * @param text the body
   */
  public void sendText(String text) {
    put("text", text, text.getBytes(StandardCharsets.UTF_8).length, 0);
  }

  /**
   * Sends bytes ({@code contentType: "bytes"}); the consumer gets an {@code ArrayBuffer}.
   *
   * @param bytes the body
   */
  public void sendBytes(byte[] bytes) {
    put("bytes", new String(bytes, StandardCharsets.ISO_8859_1), bytes.length, 0);
  }

  private void put(String contentType, String body, long size, int delaySeconds) {
    if (!broker.hasConsumer()) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Queue \"" + broker.name() + "\" has no consumer: "
          + "a message sent to it would be dropped. Declare one with WorkerOptions.Builder.bind(QueueConsumer.of(\""
          + broker.name() + "\")) or the worker option queueConsumers.");
    }
    String refusal = broker.send(List.of(new QueueMessageData(contentType, body, size, delaySeconds == 0 ? null : delaySeconds)),
        false, null, deliveryDelay, Runnable::run);
    if (refusal != null) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Queue send failed: " + refusal);
    }
  }

  /**
   * The batches delivered to the queue's consumer so far, oldest first, with each message's outcome.
   *
   * @return a copy
   */
  public List<QueueDelivery> deliveries() {
    return broker.deliveries();
  }

  /**
   * Waits until every delivery that is due on the instance clock has run (and the consumer's
   * decisions are applied, retries with no delay included), then returns the deliveries so far.
   * A full batch is due at once; a batch still filling is due when its {@code maxBatchTimeout}
   * has passed, and a delayed or retried message when its delay has: advance the instance clock
   * to make them due ({@code clock.advance(Duration.ofSeconds(1))} flushes a batch under the
   * default timeout).
   *
   * @param timeout how long to wait at most
   * @return {@link #deliveries()}
   * @throws MiniflareException {@code ERR_TIMEOUT} saying what is still pending
   */
  public List<QueueDelivery> awaitDeliveries(Duration timeout) {
    broker.awaitIdle(timeout);
    return broker.deliveries();
  }

  /**
   * Messages held by the queue: waiting for a batch, being delivered, waiting out a delay, or sent
   * by a worker and not yet taken in.
   *
   * @return the count
   */
  public int backlog() {
    return broker.held();
  }

  @Override
  public String toString() {
    return "QueueProducer[" + broker.name() + "]";
  }
}
