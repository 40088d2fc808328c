package io.github.miniflare4j.queues;

/**
 * One message of a delivered batch, as the consumer got it, and what became of it.
 *
 * @param id the message id (32 hex digits)
 * @param contentType {@code text}, {@code json}, {@code bytes} or {@code v8}
 * @param body the body as the queue keeps it: the text, the JSON text, the bytes as ISO-8859-1
 *     characters, or miniflare4j's structured-clone text
 * @param attempts the delivery attempt, from 1
 * @param outcome what the delivery decided for it
 * @param retryDelaySeconds the delay before the next attempt when {@link QueueMessageOutcome#RETRIED}, else 0
 */
public record DeliveredMessage(String id, String contentType, String body, int attempts, QueueMessageOutcome outcome,
    int retryDelaySeconds) {}
