package io.github.miniflare4j.queues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.graalvm.polyglot.HostAccess;

/**
 * What the JavaScript {@code WorkerQueue} calls, on the worker's loop thread: hands serialised
 * messages to the queue's broker. The script has done workerd's argument checks already.
 */
public final class QueueProducerHost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final QueueBroker broker;
  private final Integer deliveryDelay;
  private final Executor intake;

  QueueProducerHost(QueueBroker broker, Integer deliveryDelay, Executor intake) {
    this.broker = broker;
    this.deliveryDelay = deliveryDelay;
    this.intake = intake;
  }

  /**
   * Sends messages.
   *
   * @param request JSON {@code {messages: [{contentType, body, size, delaySeconds}], delaySeconds}}
   * @param batch whether it is a {@code sendBatch}
   * @return JSON {@code {"ok": true, "metrics": {...}}} with the backlog before the send (as
   *     {@link #metrics()}), or {@code {"error": "<Miniflare's message>"}}
   */
  @HostAccess.Export
  public String send(String request, boolean batch) {
    try {
      String before = metrics(); // Miniflare reads the backlog before it checks and takes the messages
      JsonNode root = JSON.readTree(request);
      List<QueueMessageData> messages = new ArrayList<>();
      for (JsonNode m : root.path("messages")) {
        messages.add(new QueueMessageData(m.path("contentType").asText(), m.path("body").asText(), m.path("size").asLong(),
            integer(m.get("delaySeconds"))));
      }
      String refusal = broker.send(messages, batch, integer(root.get("delaySeconds")), deliveryDelay, intake);
      return refusal == null ? "{\"ok\":true,\"metrics\":" + before + "}" : JSON.createObjectNode().put("error", refusal).toString();
    } catch (IOException e) {
      return JSON.createObjectNode().put("error", QueueLimits.INTERNAL_ERROR).toString();
    }
  }

  /**
   * Whether a consumer takes the queue's messages: without one, Miniflare drops whatever is sent
   * before any check, so even a body JSON cannot carry is accepted.
   *
   * @return {@code true} when the queue has a consumer
   */
  @HostAccess.Export
  public boolean consumed() {
    return broker.hasConsumer();
  }

  /**
   * {@code env.QUEUE.metrics()}.
   *
   * @return JSON {@code {backlogCount, backlogBytes, oldestMessageTimestamp}}, the timestamp in
   *     epoch ms and 0 for an empty backlog (Miniflare's broker answer)
   */
  @HostAccess.Export
  public String metrics() {
    QueueBatchMetadata backlog = broker.backlog();
    return "{\"backlogCount\":" + backlog.backlogCount() + ",\"backlogBytes\":" + backlog.backlogBytes()
        + ",\"oldestMessageTimestamp\":" + (backlog.oldestMessageTimestamp() == null ? 0 : backlog.oldestMessageTimestamp()) + "}";
  }

  private static Integer integer(JsonNode value) {
    return value == null || value.isNull() ? null : value.asInt();
  }
}
