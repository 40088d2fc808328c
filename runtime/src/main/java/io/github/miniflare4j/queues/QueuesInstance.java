package io.github.miniflare4j.queues;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.PendingWork;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.engine.WorkerLimits;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import java.io.IOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queues of one instance: a broker per queue name, the consumers declared by the workers,
 * one timer that wakes the brokers when a delay or a batch timeout falls due on the instance
 * clock (moving the clock wakes them at once), and the delivery of batches to consumers.
 */
final class QueuesInstance implements PluginInstance {

  private static final Logger LOG = LoggerFactory.getLogger("miniflare4j.queues");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How long one queue() run (with its waitUntil work) may take before the batch counts as failed. */
  private static final long DELIVERY_TIMEOUT_SECONDS = 60;

  private final PluginContext context;
  private final Map<String, QueueConsumer> consumers = new LinkedHashMap<>();
  private final Map<String, String> consumerWorkers = new LinkedHashMap<>();
  private final Map<String, QueueBroker> brokers = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final Runnable clockListener = this::pumpAll;
  private final QueueStore store;
  /** Each queue's delivery delay, decided by the first producer binding of the queue (see QueueDeliveryDelays). */
  private final Map<String, Integer> deliveryDelays;
  private volatile boolean closed;

  QueuesInstance(PluginContext context) {
    this.context = context;
    context.declarations().forEach((worker, declarations) -> declarations.forEach(d -> {
      if (d instanceof QueueConsumer consumer) {
        String existing = consumerWorkers.putIfAbsent(consumer.queueName(), worker);
        if (existing != null) {
          throw new MiniflareException(ErrorCode.ERR_MULTIPLE_CONSUMERS, "Multiple consumers defined for queue \""
              + consumer.queueName() + "\": \"" + existing + "\" and \"" + worker + "\"");
        }
        consumers.put(consumer.queueName(), consumer);
      }
    }));
    consumers.forEach((queue, consumer) -> {
      if (queue.equals(consumer.deadLetterQueue())) {
        throw new MiniflareException(ErrorCode.ERR_DEAD_LETTER_QUEUE_CYCLE, "Dead letter queue for queue \"" + queue + "\" cannot be itself");
      }
    });
    this.deliveryDelays = QueueDeliveryDelays.of(context.declarations());
    this.store = QueueStore.open(context.persistDirectory());
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "miniflare4j-queues");
      thread.setDaemon(true);
      return thread;
    });
    context.clock().addListener(clockListener);
  }

  MiniflareClock clock() {
    return context.clock();
  }

  /** Where the messages are kept when persistence is on (a store that keeps nothing otherwise). */
  QueueStore store() {
    return store;
  }

  ScheduledExecutorService timer() {
    return timer;
  }

  Executor deliveryExecutor() {
    return context.hostExecutor();
  }

  Logger log() {
    return LOG;
  }

  boolean closed() {
    return closed;
  }

  /** The queue's delivery delay in seconds (its first producer binding's), or {@code null}. */
  Integer deliveryDelay(String queue) {
    return deliveryDelays.get(queue);
  }

  /** The broker of a queue, created at first use. */
  QueueBroker broker(String queue) {
    return brokers.computeIfAbsent(queue, q -> new QueueBroker(q, this, consumers.get(q), consumerWorkers.get(q)));
  }

  /** A new message id: 32 lower-case hex digits, as Miniflare makes them. */
  static String newId() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private void pumpAll() {
    brokers.values().forEach(QueueBroker::pump);
  }

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    QueueProducerBinding producer = (QueueProducerBinding) declaration;
    QueueBroker broker = broker(producer.queueName());
    return new JsBinding() {
      @Override
      public String name() {
        return producer.name();
      }

      @Override
      public String kind() {
        return QueuesPlugin.KIND;
      }

      @Override
      public Object createHost(WorkerIsolate isolate) {
        SenderIntake intake = new SenderIntake(isolate.loop());
        isolate.closeWith(intake);
        return new QueueProducerHost(broker, deliveryDelays.get(producer.queueName()), intake);
      }

      @Override
      public String factoryScript() {
        return "/io/github/miniflare4j/queues/queues.js";
      }
    };
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    if (!(declaration instanceof QueueProducerBinding producer)) {
      return null;
    }
    return new QueueProducer(broker(producer.queueName()), deliveryDelays.get(producer.queueName()));
  }

  /**
   * Consumers start listening once the workers run: a broker per consumed queue, holding again
   * the messages a persisted queue kept.
   */
  @Override
  public void workersStarted() {
    consumers.keySet().forEach(this::broker);
    store.load().forEach((queue, kept) -> broker(queue).restore(kept));
  }

  /**
   * Runs one batch through the consumer's {@code queue()} handler and waits for it and its
   * {@code waitUntil} work; a handler that cannot run or does not finish fails the batch.
   */
  QueueBatchResult dispatch(String worker, String queue, List<StoredMessage> batch, QueueBatchMetadata metadata) {
    String display = worker.isEmpty() ? "(unnamed)" : worker;
    try {
      WorkerIsolate isolate = context.workers().worker(worker);
      PendingWork work = PendingWork.forInvocation(display, "queue(\"" + queue + "\")");
      String report = isolate.invokeEventFromOutside(work, "dispatchQueue", payload(queue, batch, metadata), work)
          .get(DELIVERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      work.whenIdle().get(DELIVERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<String> waitUntilFailures = work.drainFailures();
      // ack()/retry() called in waitUntil work count: the decisions are read again once it settled
      String token = JSON.readTree(report).path("token").asText("");
      String settled = token.isEmpty() ? null : isolate.invoke("queueReport", token).get(DELIVERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (work.hung()) {
        // workerd canceled the event: the whole batch is retried, explicit acks included (recorded)
        return QueueBatchResult.failed(new WorkerException(display, "Error", WorkerLimits.HUNG_MESSAGE, ""));
      }
      QueueBatchResult result = QueueBatchResult.read(JSON.readTree(settled != null ? settled : report), display);
      if (result.error() == null && !waitUntilFailures.isEmpty()) {
        return QueueBatchResult.failed(new WorkerException(display, "Error", waitUntilFailures.get(0), ""));
      }
      return result;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LOG.error("Queue \"{}\": delivery to worker \"{}\" failed: {}", queue, display, cause.getMessage());
      return QueueBatchResult.failed(cause instanceof WorkerException w ? w
          : new WorkerException(display, "Error", String.valueOf(cause.getMessage()), ""));
    } catch (TimeoutException e) {
      return QueueBatchResult.failed(new WorkerException(display, "Error",
          "queue() did not finish within " + DELIVERY_TIMEOUT_SECONDS + " s", ""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return QueueBatchResult.failed(new WorkerException(display, "Error", "interrupted", ""));
    } catch (IOException | RuntimeException e) {
      LOG.error("Queue \"{}\": delivery to worker \"{}\" failed", queue, display, e);
      return QueueBatchResult.failed(new WorkerException(display, "Error", String.valueOf(e.getMessage()), ""));
    }
  }

  private static String payload(String queue, List<StoredMessage> batch, QueueBatchMetadata metadata) {
    ObjectNode root = JSON.createObjectNode();
    root.put("queue", queue);
    ObjectNode meta = root.putObject("metadata");
    meta.put("backlogCount", metadata.backlogCount());
    meta.put("backlogBytes", metadata.backlogBytes());
    if (metadata.oldestMessageTimestamp() == null) {
      meta.putNull("oldestMessageTimestamp");
    } else {
      meta.put("oldestMessageTimestamp", metadata.oldestMessageTimestamp());
    }
    ArrayNode messages = root.putArray("messages");
    for (StoredMessage m : batch) {
      ObjectNode node = messages.addObject();
      node.put("id", m.id);
      node.put("timestamp", m.timestamp);
      node.put("contentType", m.contentType);
      node.put("body", m.body);
      node.put("attempts", m.failedAttempts + 1);
    }
    return root.toString();
  }

  /** Queues hold no data worth keeping between tests: the snapshot is empty, restoring empties them. */
  @Override
  public Object snapshot() {
    return List.of();
  }

  @Override
  public void restore(Object snapshot) {
    brokers.values().forEach(QueueBroker::clear);
  }

  @Override
  public void close() {
    closed = true;
    context.clock().removeListener(clockListener);
    timer.shutdownNow();
    store.close();
  }
}
