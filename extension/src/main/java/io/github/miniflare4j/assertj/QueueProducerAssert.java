package io.github.miniflare4j.assertj;

import io.github.miniflare4j.queues.DeliveredMessage;
import io.github.miniflare4j.queues.QueueDelivery;
import io.github.miniflare4j.queues.QueueMessageOutcome;
import io.github.miniflare4j.queues.QueueProducer;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on what a queue delivered to its consumer so far (read through its producer
 * handle): messages, bodies, outcomes. Wait for due deliveries first with {@code
 * QueueProducer.awaitDeliveries}.
 *
 * <pre>{@code
 * jobs.awaitDeliveries(Duration.ofSeconds(10));
 * assertThat(jobs).hasDeliveredMessages(2).allAcked().deliveredBodies().containsExactly("{\"id\":1}", "{\"id\":2}");
 * }</pre>
 */
public class QueueProducerAssert extends AbstractAssert<QueueProducerAssert, QueueProducer> {

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(QueueProducer)}.
   *
   * @param actual the queue's producer handle
   */
  public QueueProducerAssert(QueueProducer actual) {
    super(actual, QueueProducerAssert.class);
  }

  private List<DeliveredMessage> delivered() {
    isNotNull();
    return actual.deliveries().stream().flatMap(d -> d.messages().stream()).toList();
  }

  /**
   * Verifies how many message deliveries the consumer got (a retried message counts once per attempt).
   *
   * @param count the expected number
   * @return this assertion
   */
  public QueueProducerAssert hasDeliveredMessages(int count) {
    List<DeliveredMessage> messages = delivered();
    if (messages.size() != count) {
      failWithMessage("%nExpecting queue \"%s\"%nto have delivered %s message(s) but it delivered %s:%n  %s",
          actual.queueName(), count, messages.size(), describe(messages));
    }
    return this;
  }

  /**
   * Verifies every delivered message was acknowledged (none retried, dead-lettered or dropped).
   *
   * @return this assertion
   */
  public QueueProducerAssert allAcked() {
    List<DeliveredMessage> others = delivered().stream().filter(m -> m.outcome() != QueueMessageOutcome.ACKED).toList();
    if (!others.isEmpty()) {
      failWithMessage("%nExpecting every message of queue \"%s\" to be acked, but these were not:%n  %s",
          actual.queueName(), describe(others));
    }
    return this;
  }

  /**
   * Verifies how many messages ended in the dead letter queue.
   *
   * @param count the expected number
   * @return this assertion
   */
  public QueueProducerAssert hasDeadLettered(int count) {
    List<DeliveredMessage> dead = delivered().stream().filter(m -> m.outcome() == QueueMessageOutcome.DEAD_LETTERED).toList();
    if (dead.size() != count) {
      failWithMessage("%nExpecting queue \"%s\"%nto have dead-lettered %s message(s) but it dead-lettered %s:%n  %s",
          actual.queueName(), count, dead.size(), describe(delivered()));
    }
    return this;
  }

  /**
   * The bodies of the delivered messages, in delivery order, as the queue keeps them (JSON text
   * for JSON messages).
   *
   * @return a list assertion on the bodies
   */
  public ListAssert<String> deliveredBodies() {
    return Assertions.assertThat(delivered().stream().map(DeliveredMessage::body).toList());
  }

  /**
   * The batches delivered so far.
   *
   * @return a list assertion on the deliveries
   */
  public ListAssert<QueueDelivery> deliveries() {
    isNotNull();
    return Assertions.assertThat(actual.deliveries());
  }

  private static String describe(List<DeliveredMessage> messages) {
    StringBuilder text = new StringBuilder();
    for (DeliveredMessage m : messages) {
      text.append(text.length() == 0 ? "" : System.lineSeparator() + "  ")
          .append(m.body()).append(" #").append(m.attempts()).append(' ').append(m.outcome());
    }
    return messages.isEmpty() ? "(none)" : text.toString();
  }
}
