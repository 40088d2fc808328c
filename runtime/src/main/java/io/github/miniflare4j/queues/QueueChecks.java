package io.github.miniflare4j.queues;

import java.util.List;

/** The broker's checks of what producers send, in Miniflare's order, with its messages. */
final class QueueChecks {

  private QueueChecks() {}

  /** {@code send}: the message's size. */
  static String message(QueueMessageData message) {
    return message.size() > QueueLimits.MAX_MESSAGE_BYTES ? QueueLimits.messageTooLarge(message.size()) : null;
  }

  /** {@code sendBatch}: the count, the largest message, the total size. */
  static String batch(List<QueueMessageData> messages) {
    if (messages.size() > QueueLimits.MAX_BATCH_MESSAGES) {
      return QueueLimits.batchTooManyMessages(messages.size());
    }
    long largest = messages.stream().mapToLong(QueueMessageData::size).max().orElse(0);
    if (largest > QueueLimits.MAX_MESSAGE_BYTES) {
      return QueueLimits.batchMessageTooLarge(largest);
    }
    long total = messages.stream().mapToLong(QueueMessageData::size).sum();
    return total > QueueLimits.MAX_BATCH_BYTES ? QueueLimits.batchTooLarge(total) : null;
  }

  /** Every delay within 0 to 86400 seconds; out of range, the broker answers 400, which workerd reports as an internal error. */
  static String delays(List<QueueMessageData> messages, Integer batchDelay, Integer deliveryDelay) {
    if (outOfRange(batchDelay)) {
      return QueueLimits.INTERNAL_ERROR;
    }
    for (QueueMessageData m : messages) {
      if (outOfRange(m.delaySeconds())) {
        return QueueLimits.INTERNAL_ERROR;
      }
    }
    return null;
  }

  private static boolean outOfRange(Integer seconds) {
    return seconds != null && (seconds < 0 || seconds > QueueLimits.MAX_DELAY_SECONDS);
  }
}
