package io.github.miniflare4j.queues;

/**
 * A queue's backlog: {@code batch.metadata.metrics} of a delivered batch (once the batch was taken),
 * {@code env.QUEUE.metrics()} and a send's {@code metadata.metrics}.
 *
 * @param backlogCount messages still ready
 * @param backlogBytes their size
 * @param oldestMessageTimestamp epoch ms of the oldest, or {@code null}
 */
record QueueBatchMetadata(long backlogCount, long backlogBytes, Long oldestMessageTimestamp) {}
