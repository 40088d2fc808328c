package io.github.miniflare4j.queues;

import io.github.miniflare4j.WorkerException;
import java.util.List;
import java.util.Optional;

/**
 * One batch delivered to a consumer's {@code queue()} handler, with each message's outcome.
 *
 * @param queue the queue's name
 * @param worker the consuming worker's name
 * @param messages the batch, in delivery order
 * @param error what the handler threw (which retries the whole batch), or {@code null}
 */
public record QueueDelivery(String queue, String worker, List<DeliveredMessage> messages, WorkerException error) {

  /**
   * Copies the messages.
   *
   * @param queue the queue's name
   * @param worker the consuming worker's name
   * @param messages the batch, in delivery order
   * @param error what the handler threw (which retries the whole batch), or {@code null}
   */
  public QueueDelivery {
    messages = List.copyOf(messages);
  }

  /**
   * What the handler threw; a thrown error retries every message of the batch.
   *
   * @return the error, empty when the handler returned
   */
  public Optional<WorkerException> handlerError() {
    return Optional.ofNullable(error);
  }
}
