package io.github.miniflare4j.queues;

/**
 * {@code batch.metadata.metrics} of a delivered batch: the queue's backlog once the batch was taken.
 *
 * @param backlogCount messages still ready
 * @param backlogBytes their size
 * @param oldestMessageTimestamp epoch ms of the oldest, or {@code null}
 */
record QueueBatchMetadata(long backlogCount, long backlogBytes, Long oldestMessageTimestamp) {}
