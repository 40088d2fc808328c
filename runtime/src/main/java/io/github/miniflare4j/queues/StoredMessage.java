package io.github.miniflare4j.queues;

/** A message in a queue's broker; {@code failedAttempts} grows with each failed delivery. */
final class StoredMessage {
  final String id;
  final long timestamp;
  final String contentType;
  final String body;
  final long size;
  int failedAttempts;
  /**
   * Held for its batch but not yet taken in by the broker (Miniflare's 0 ms intake timer has not
   * fired): not in the backlog, and no batch of its queue is delivered until it is taken in.
   */
  boolean arriving;

  StoredMessage(String id, long timestamp, String contentType, String body, long size) {
    this.id = id;
    this.timestamp = timestamp;
    this.contentType = contentType;
    this.body = body;
    this.size = size;
  }

  /** The same message starting over, for a dead letter queue (same id and timestamp, attempts from 1). */
  StoredMessage restarted() {
    return new StoredMessage(id, timestamp, contentType, body, size);
  }
}
