package io.github.miniflare4j.queues;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A queue producer binding ({@code queueProducers}, Wrangler's {@code queues.producers}): {@code
 * env.NAME.send(...)} puts messages on the queue {@code queueName}.
 *
 * <pre>{@code
 * WorkerOptions.builder().bind(QueueProducerBinding.of("JOBS", "jobs-queue"))
 * }</pre>
 *
 * @param name the binding name
 * @param queueName the queue the messages go to
 * @param deliveryDelay seconds every message waits before it can be delivered, or {@code null};
 *     as in Miniflare the delay belongs to the queue: the queue's first producer binding decides
 *     it for every binding of that queue
 */
public record QueueProducerBinding(String name, String queueName, Integer deliveryDelay) implements BindingDeclaration {

  /**
   * Checks the names.
   *
   * @param name the binding name
   * @param queueName the queue the messages go to
   * @param deliveryDelay seconds every message waits before it can be delivered, or {@code null}
   */
  public QueueProducerBinding {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queueName, "queueName");
  }

  /**
   * A producer binding without a delivery delay.
   *
   * @param name the binding name
   * @param queueName the queue
   * @return the declaration
   */
  public static QueueProducerBinding of(String name, String queueName) {
    return new QueueProducerBinding(name, queueName, null);
  }

  @Override
  public String kind() {
    return QueuesPlugin.KIND;
  }
}
