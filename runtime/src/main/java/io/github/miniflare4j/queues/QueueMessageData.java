package io.github.miniflare4j.queues;

/**
 * A message as a producer sends it: serialised body, its size in bytes, its own delay.
 *
 * @param contentType {@code text}, {@code json}, {@code bytes} or {@code v8}
 * @param body the serialised body (see {@link DeliveredMessage#body()})
 * @param size the body's size in bytes, for the limits
 * @param delaySeconds the message's own delay, or {@code null}
 */
record QueueMessageData(String contentType, String body, long size, Integer delaySeconds) {}
