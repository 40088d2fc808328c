package io.github.miniflare4j.queues.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.PendingWork;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.engine.WorkerLimits;
import io.github.miniflare4j.queues.QueueDispatchResult;
import io.github.miniflare4j.queues.QueueMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Hands a batch straight to a worker's {@code queue()} handler, through the prelude's {@code
 * dispatchQueue} (the delivery path of real queues), and reports its decisions once the handler
 * and its {@code ctx.waitUntil} work have settled, as Miniflare's {@code Fetcher.queue()} does.
 */
public final class QueueInvoker {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QueueInvoker() {}

  /**
   * Starts one delivery.
   *
   * @param worker the consuming worker
   * @param queue what the handler sees as {@code batch.queue}
   * @param messages the batch, in order
   * @param nowMillis the instance clock's time, for messages without a timestamp
   * @return completes with the decisions; a throwing handler is a result, not a failed future
   * @throws MiniflareException {@code ERR_VALIDATION} when a body cannot be written as JSON
   */
  public static CompletableFuture<QueueDispatchResult> run(WorkerIsolate worker, String queue,
      List<QueueMessage> messages, long nowMillis) {
    String displayName = worker.spec().displayName();
    PendingWork work = PendingWork.forInvocation(displayName, "queue(\"" + queue + "\")");
    return worker.invokeEvent(work, "dispatchQueue", payload(queue, messages, nowMillis), work)
        .exceptionally(failure -> {
          if (work.hung()) {
            return null;
          }
          throw failure instanceof CompletionException c ? c : new CompletionException(failure);
        })
        .thenCompose(report -> work.whenIdle().thenCompose(idle -> report == null
            ? CompletableFuture.completedFuture(report) : settled(worker, report)))
        .thenApply(report -> report == null ? hung(displayName) : read(report, displayName, work.drainFailures(), work.hung()));
  }

  /** A run canceled as hung whose handler reported nothing: workerd's outcome, no decisions. */
  private static QueueDispatchResult hung(String displayName) {
    return new QueueDispatchResult("exceededCpu", false, false, null, List.of(), List.of(),
        new WorkerException(displayName, "Error", WorkerLimits.HUNG_MESSAGE, ""));
  }

  /** The report read again once the waitUntil work settled (ack()/retry() called there count), else as first made. */
  private static CompletableFuture<String> settled(WorkerIsolate worker, String report) {
    String token;
    try {
      token = JSON.readTree(report).path("token").asText("");
    } catch (IOException e) {
      return CompletableFuture.completedFuture(report);
    }
    if (token.isEmpty()) {
      return CompletableFuture.completedFuture(report);
    }
    return worker.invoke("queueReport", token).thenApply(again -> again != null ? again : report);
  }

  private static String payload(String queue, List<QueueMessage> messages, long nowMillis) {
    ObjectNode root = JSON.createObjectNode();
    root.put("queue", queue);
    ObjectNode meta = root.putObject("metadata");
    meta.put("backlogCount", 0);
    meta.put("backlogBytes", 0);
    meta.putNull("oldestMessageTimestamp");
    ArrayNode array = root.putArray("messages");
    for (QueueMessage m : messages) {
      ObjectNode node = array.addObject();
      node.put("id", m.id());
      node.put("timestamp", m.timestamp() == null ? nowMillis : m.timestamp().toEpochMilli());
      if (m.body() instanceof byte[] bytes) {
        node.put("contentType", "bytes");
        node.put("body", new String(bytes, StandardCharsets.ISO_8859_1));
      } else {
        node.put("contentType", "json");
        try {
          node.put("body", JSON.writeValueAsString(m.body()));
        } catch (JsonProcessingException e) {
          throw new MiniflareException(ErrorCode.ERR_VALIDATION, "dispatchQueue: the body of message \"" + m.id()
              + "\" cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
      }
      node.put("attempts", m.attempts());
    }
    return root.toString();
  }

  private static QueueDispatchResult read(String report, String displayName, List<String> waitUntilFailures, boolean hung) {
    JsonNode node;
    try {
      node = JSON.readTree(report);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable outcome of dispatchQueue: " + report, e);
    }
    JsonNode error = node.get("error");
    WorkerException thrown = error == null || error.isNull() ? null : new WorkerException(displayName,
        error.path("name").asText("Error"), error.path("message").asText(""), error.path("stack").asText(""));
    List<String> acks = new ArrayList<>();
    node.path("explicitAcks").forEach(a -> acks.add(a.asText()));
    List<QueueDispatchResult.RetriedMessage> retries = new ArrayList<>();
    node.path("retryMessages").forEach(r -> retries.add(
        new QueueDispatchResult.RetriedMessage(r.path("msgId").asText(), delay(r.get("delaySeconds")))));
    // a rejected waitUntil promise makes the outcome an exception, as in workerd
    boolean ok = "ok".equals(node.path("outcome").asText()) && waitUntilFailures.isEmpty();
    // canceled as hung (the handler or a waitUntil promise): workerd's outcome, the decisions made
    // so far kept (recorded through Fetcher.queue())
    String outcome = hung ? "exceededCpu" : ok ? "ok" : "exception";
    if (hung && thrown == null) {
      thrown = new WorkerException(displayName, "Error", WorkerLimits.HUNG_MESSAGE, "");
    }
    return new QueueDispatchResult(outcome, node.path("ackAll").asBoolean(),
        node.path("retryBatch").path("retry").asBoolean(), delay(node.path("retryBatch").get("delaySeconds")),
        acks, retries, thrown);
  }

  private static Integer delay(JsonNode value) {
    return value == null || !value.isNumber() ? null : (int) value.asDouble();
  }
}
