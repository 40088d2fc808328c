package io.github.miniflare4j.queues;

/**
 * A queue's backlog, the messages ready for a batch: what {@code metrics()} and a send's metadata
 * report, and {@code batch.metadata.metrics} of a delivered batch (the backlog once it was taken).
 *
 * @param backlogCount messages still ready
 * @param backlogBytes their size
 * @param oldestMessageTimestamp epoch ms of the oldest, or {@code null}
 */
record QueueBatchMetadata(long backlogCount, long backlogBytes, Long oldestMessageTimestamp) {}
