package io.github.miniflare4j.queues;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.WorkerException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a consumer's {@code queue()} run decided: whether the whole batch is retried (the handler
 * threw, or called {@code retryAll()}), which messages it retried and with which delays.
 */
final class QueueBatchResult {

  private final boolean retryAll;
  private final Integer batchDelay;
  private final Map<String, Integer> retried;
  private final WorkerException error;

  private QueueBatchResult(boolean retryAll, Integer batchDelay, Map<String, Integer> retried, WorkerException error) {
    this.retryAll = retryAll;
    this.batchDelay = batchDelay;
    this.retried = retried;
    this.error = error;
  }

  /** A run that failed as a whole (the handler threw, or could not run): every message is retried. */
  static QueueBatchResult failed(WorkerException error) {
    return new QueueBatchResult(true, null, Map.of(), error);
  }

  /** Reads the prelude's report (see {@code internals.dispatchQueue}). */
  static QueueBatchResult read(JsonNode report, String displayName) {
    Map<String, Integer> retried = new HashMap<>();
    report.path("retryMessages").forEach(r -> retried.put(r.path("msgId").asText(), delay(r.get("delaySeconds"))));
    JsonNode error = report.get("error");
    WorkerException thrown = error == null || error.isNull() ? null : new WorkerException(displayName,
        error.path("name").asText("Error"), error.path("message").asText(""), error.path("stack").asText(""));
    boolean retryAll = report.path("retryBatch").path("retry").asBoolean() || !"ok".equals(report.path("outcome").asText());
    return new QueueBatchResult(retryAll, delay(report.path("retryBatch").get("delaySeconds")), retried, thrown);
  }

  private static Integer delay(JsonNode value) {
    return value == null || value.isNull() || !value.isNumber() ? null : (int) value.asDouble();
  }

  boolean retryAll() {
    return retryAll;
  }

  boolean retried(String id) {
    return retried.containsKey(id);
  }

  /** The message's own retry delay, else the batch's, else the consumer's, else 0. */
  int retryDelay(String id, Integer consumerDelay) {
    Integer own = retried.get(id);
    if (own != null) {
      return own;
    }
    return batchDelay != null ? batchDelay : consumerDelay != null ? consumerDelay : 0;
  }

  WorkerException error() {
    return error;
  }
}
