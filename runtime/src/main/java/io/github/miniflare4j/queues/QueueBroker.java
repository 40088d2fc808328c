package io.github.miniflare4j.queues;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One queue of an instance, as Miniflare's broker runs it, on the instance clock: messages wait
 * out their delay, then fill a batch that is flushed to the consumer when it is full or when its
 * timeout has passed; the consumer's decisions retry messages (after their delay), move them to
 * the dead letter queue or drop them after their last attempt. Flushes follow Miniflare's pending
 * flush: while a batch that its timeout flushed is in delivery, a batch that fills up is flushed
 * at once beside it; while one flushed for being full is in delivery, the next waits for it to
 * end (recorded). Without a consumer, messages are accepted and dropped, as in Miniflare.
 * Thread-safe.
 */
final class QueueBroker {

  private static final long NONE = Long.MAX_VALUE;

  /** A message waiting for its delay (or retry delay) to pass. */
  private record Waiting(long dueAt, long sequence, StoredMessage message) {}

  /** A flush planned for a time; {@code immediate} when planned because the batch was full. Compared by identity. */
  private static final class FlushTimer {
    final long dueAt;
    final boolean immediate;

    FlushTimer(long dueAt, boolean immediate) {
      this.dueAt = dueAt;
      this.immediate = immediate;
    }
  }

  private final String name;
  private final QueuesInstance queues;
  private final QueueConsumer consumer;
  private final String consumerWorker;
  private final List<StoredMessage> ready = new ArrayList<>();
  private final List<Waiting> waiting = new ArrayList<>();
  private final List<QueueDelivery> deliveries = new ArrayList<>();
  private long sequence;
  /** Flushes planned and not yet started; more than one when a full batch overtook a timeout. */
  private final List<FlushTimer> flushTimers = new ArrayList<>();
  /** The flush last planned, until a delivery ends (Miniflare's pendingFlush: it outlives its own start). */
  private FlushTimer pendingFlush;
  private int inDelivery;
  /** Messages sent without a delay whose hand-over has not run yet. */
  private int incoming;
  /** How often the queue was cleared: a hand-over planned before a clear is dropped. */
  private long clears;
  private ScheduledFuture<?> wakeUp;

  QueueBroker(String name, QueuesInstance queues, QueueConsumer consumer, String consumerWorker) {
    this.name = name;
    this.queues = queues;
    this.consumer = consumer;
    this.consumerWorker = consumerWorker;
  }

  String name() {
    return name;
  }

  boolean hasConsumer() {
    return consumer != null;
  }

  /**
   * Accepts messages from a producer, after Miniflare's checks. A message without a delay is held
   * for its batch at once (in send order; the batch timeout counts from now), but is taken in,
   * that is counted in the backlog and deliverable, only when {@code intake} runs the hand-over:
   * Miniflare's broker takes each sent message in on a 0 ms timer, which fires once the sender's
   * loop waits (quick successive sends and a {@code metrics()} right after them see none of them),
   * and its flush timers fire after it. Until then the broker counts as busy for
   * {@link #awaitIdle}. A delayed message waits out its delay from now, as there.
   *
   * @param messages the messages, each with its own delay or {@code null}
   * @param batch whether they came from {@code sendBatch} (its limits and messages)
   * @param batchDelay the delay of the whole send, or {@code null}
   * @param deliveryDelay the producer binding's delay, or {@code null}
   * @param intake runs the hand-over of the messages without a delay: on the sender's loop once
   *     it waits, or at once ({@code Runnable::run}) for a sender without a loop
   * @return {@code null} when accepted, else the refusal as Miniflare words it
   */
  String send(List<QueueMessageData> messages, boolean batch, Integer batchDelay, Integer deliveryDelay, Executor intake) {
    if (consumer == null) {
      return null; // Miniflare drops messages of a queue nobody consumes, before any check
    }
    String refusal = batch ? QueueChecks.batch(messages) : QueueChecks.message(messages.get(0));
    if (refusal == null) {
      refusal = QueueChecks.delays(messages, batchDelay, deliveryDelay);
    }
    if (refusal != null) {
      return refusal;
    }
    long now = queues.clock().millis();
    List<StoredMessage> undelayed = new ArrayList<>();
    synchronized (this) {
      for (QueueMessageData m : messages) {
        int delay = m.delaySeconds() != null ? m.delaySeconds() : batchDelay != null ? batchDelay
            : deliveryDelay != null ? deliveryDelay : 0;
        StoredMessage message = new StoredMessage(QueuesInstance.newId(), now, m.contentType(), m.body(), m.size());
        queues.store().save(name, message, now + delay * 1000L);
        if (delay == 0) {
          message.arriving = true;
          ready.add(message);
          ensurePendingFlush(now);
          undelayed.add(message);
        } else {
          hold(message, now + delay * 1000L);
        }
      }
      incoming += undelayed.size();
    }
    if (!undelayed.isEmpty()) {
      long cleared = clears;
      intake.execute(() -> takeIn(undelayed, cleared));
    }
    pump();
    return null;
  }

  /**
   * The hand-over of messages sent without a delay: they join the backlog and may be delivered
   * (their place in the batch and its timeout were set when they were sent).
   */
  private void takeIn(List<StoredMessage> messages, long cleared) {
    synchronized (this) {
      if (cleared != clears) {
        return; // sent before the queue was cleared
      }
      incoming -= messages.size();
      messages.forEach(m -> m.arriving = false);
    }
    pump();
  }

  /**
   * The backlog {@code metrics()} and a send's metadata report: the messages ready for a batch
   * (taken in, not in delivery), their size and the oldest one's timestamp.
   */
  synchronized QueueBatchMetadata backlog() {
    int count = 0;
    long bytes = 0;
    Long oldest = null;
    for (StoredMessage m : ready) {
      if (!m.arriving) {
        count++;
        bytes += m.size;
        oldest = oldest == null ? m.timestamp : oldest;
      }
    }
    return new QueueBatchMetadata(count, bytes, oldest);
  }

  /**
   * Messages moved here from another queue's consumer (dead-lettered): delivered anew, after this
   * queue's delivery delay (Miniflare sends them to the queue as a batch without a delay of its own).
   */
  void receiveDeadLettered(List<StoredMessage> messages) {
    if (consumer == null) {
      return;
    }
    long now = queues.clock().millis();
    Integer delay = queues.deliveryDelay(name);
    long dueAt = now + (delay == null ? 0 : delay * 1000L);
    synchronized (this) {
      messages.forEach(m -> {
        StoredMessage restarted = m.restarted();
        hold(restarted, dueAt);
        queues.store().save(name, restarted, dueAt);
      });
    }
    pump();
  }

  private void hold(StoredMessage message, long dueAt) {
    waiting.add(new Waiting(dueAt, sequence++, message));
    waiting.sort(Comparator.comparingLong(Waiting::dueAt).thenComparingLong(Waiting::sequence));
  }

  /** Moves messages whose time has come, starts a due flush, and plans the next wake-up. */
  void pump() {
    List<List<StoredMessage>> batches = new ArrayList<>();
    List<QueueBatchMetadata> metadata = new ArrayList<>();
    synchronized (this) {
      if (queues.closed()) {
        return;
      }
      long now = queues.clock().millis();
      while (!waiting.isEmpty() && waiting.get(0).dueAt() <= now) {
        ready.add(waiting.remove(0).message());
        ensurePendingFlush(now);
      }
      for (FlushTimer timer = intakePending() ? null : dueFlush(now); timer != null;
          timer = intakePending() ? null : dueFlush(now)) {
        flushTimers.remove(timer);
        List<StoredMessage> batch = new ArrayList<>(ready.subList(0, Math.min(batchTake(), ready.size())));
        ready.subList(0, batch.size()).clear();
        if (batch.isEmpty()) {
          flushEnded(now); // a flush planned before an earlier one took its messages: nothing to deliver
          continue;
        }
        inDelivery++;
        batches.add(batch);
        metadata.add(backlog());
      }
      planWakeUp(now);
      notifyAll();
    }
    for (int i = 0; i < batches.size(); i++) {
      List<StoredMessage> taken = batches.get(i);
      QueueBatchMetadata meta = metadata.get(i);
      queues.deliveryExecutor().execute(() -> deliver(taken, meta));
    }
  }

  /**
   * Whether a message sent without a delay is still to be taken in: no flush starts until it is,
   * as Miniflare's 0 ms intake timers, set when the messages were sent, fire before a flush timer
   * that falls due (so the first batch's metadata counts them in the backlog).
   */
  private boolean intakePending() {
    return incoming > 0;
  }

  /** The earliest planned flush the clock has reached, or {@code null}. */
  private FlushTimer dueFlush(long now) {
    FlushTimer due = null;
    for (FlushTimer timer : flushTimers) {
      if (timer.dueAt <= now && (due == null || timer.dueAt < due.dueAt)) {
        due = timer;
      }
    }
    return due;
  }

  /** As Miniflare ends a flush: no flush is pending any more; messages left plan the next one. */
  private void flushEnded(long now) {
    pendingFlush = null;
    if (!ready.isEmpty()) {
      ensurePendingFlush(now);
    }
  }

  /**
   * The ready messages that make a batch full; at least one: Miniflare accepts a size below 1 and
   * then delivers empty batches without end (deviation).
   */
  private double batchSize() {
    return Math.max(1, consumer.batchSize());
  }

  /** The attempts a failed message had, as Miniflare's log writes the number ({@code 3}, {@code 2.5}). */
  private String attemptsText() {
    double attempts = consumer.maxAttempts();
    return attempts == Math.rint(attempts) ? Long.toString((long) attempts) : Double.toString(attempts);
  }

  /** The messages a batch takes: the whole part of its size (JavaScript's {@code splice} truncates). */
  private int batchTake() {
    return (int) Math.floor(batchSize());
  }

  /**
   * Miniflare's rule: a full batch flushes at once, else the batch timeout after the flush is
   * planned. A pending flush (also one whose delivery is under way) stands unless it waits for
   * its timeout and the batch is now full: then a flush is planned for now instead.
   */
  private void ensurePendingFlush(long now) {
    if (consumer == null) {
      return;
    }
    boolean hasSpace = ready.size() < batchSize();
    if (pendingFlush != null) {
      if (pendingFlush.immediate || hasSpace) {
        return;
      }
      flushTimers.remove(pendingFlush); // no effect when it has already started
    }
    pendingFlush = new FlushTimer(hasSpace ? now + consumer.batchTimeoutMillis() : now, !hasSpace);
    flushTimers.add(pendingFlush);
  }

  private void planWakeUp(long now) {
    if (wakeUp != null) {
      wakeUp.cancel(false);
      wakeUp = null;
    }
    long next = NONE;
    boolean waitForIntake = intakePending(); // the hand-over pumps: no wake-up for a flush it holds back
    for (FlushTimer timer : flushTimers) {
      if (!(waitForIntake && timer.dueAt <= now)) {
        next = Math.min(next, timer.dueAt);
      }
    }
    if (!waiting.isEmpty()) {
      next = Math.min(next, waiting.get(0).dueAt());
    }
    if (next != NONE) {
      wakeUp = queues.timer().schedule(this::pump, Math.max(0, next - now), TimeUnit.MILLISECONDS);
    }
  }

  private void deliver(List<StoredMessage> batch, QueueBatchMetadata taken) {
    QueueBatchMetadata metadata = taken;
    synchronized (this) {
      // Miniflare reads the backlog when its flush timer fires, after messages sent in the
      // meantime arrived: the backlog as the delivery starts, when it grew since the batch was taken
      QueueBatchMetadata now = backlog();
      if (now.backlogCount() > taken.backlogCount()) {
        metadata = now;
      }
    }
    QueueBatchResult result = queues.dispatch(consumerWorker, name, batch, metadata);
    List<StoredMessage> deadLettered = new ArrayList<>();
    synchronized (this) {
      long now = queues.clock().millis();
      List<DeliveredMessage> outcomes = new ArrayList<>();
      boolean retryAll = result.retryAll();
      for (StoredMessage message : batch) {
        int attempts = message.failedAttempts + 1;
        if (!retryAll && !result.retried(message.id)) {
          queues.store().remove(message.id);
          outcomes.add(new DeliveredMessage(message.id, message.contentType, message.body, attempts, QueueMessageOutcome.ACKED, 0));
          continue;
        }
        message.failedAttempts++;
        if (message.failedAttempts < consumer.maxAttempts()) {
          int delay = result.retryDelay(message.id, consumer.retryDelay());
          hold(message, now + delay * 1000L);
          queues.store().save(name, message, now + delay * 1000L);
          outcomes.add(new DeliveredMessage(message.id, message.contentType, message.body, attempts, QueueMessageOutcome.RETRIED, delay));
        } else if (consumer.deadLetterQueue() != null) {
          queues.store().remove(message.id); // the dead letter queue keeps it again if it has a consumer
          queues.log().warn("Moving message \"{}\" on queue \"{}\" to dead letter queue \"{}\" after {} failed attempt{}...",
              message.id, name, consumer.deadLetterQueue(), attemptsText(), consumer.maxAttempts() == 1 ? "" : "s");
          deadLettered.add(message);
          outcomes.add(new DeliveredMessage(message.id, message.contentType, message.body, attempts, QueueMessageOutcome.DEAD_LETTERED, 0));
        } else {
          queues.store().remove(message.id);
          queues.log().warn("Dropped message \"{}\" on queue \"{}\" after {} failed attempt{}!", message.id, name,
              attemptsText(), consumer.maxAttempts() == 1 ? "" : "s");
          outcomes.add(new DeliveredMessage(message.id, message.contentType, message.body, attempts, QueueMessageOutcome.DROPPED, 0));
        }
      }
      deliveries.add(new QueueDelivery(name, consumerWorker, outcomes, result.error()));
      inDelivery--;
      flushEnded(now);
    }
    if (!deadLettered.isEmpty()) {
      queues.broker(consumer.deadLetterQueue()).receiveDeadLettered(deadLettered);
    }
    pump();
  }

  /** The batches delivered so far, oldest first. */
  synchronized List<QueueDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Messages held: waiting for a batch (taken in or not yet), waiting out a delay. */
  synchronized int held() {
    return ready.size() + waiting.size();
  }

  /**
   * Waits until nothing is due on the clock: no batch in delivery, no flush time and no message
   * delay the clock has reached. A batch still filling (until its timeout) and messages delayed
   * into the future stay: advance the clock to deliver them.
   */
  synchronized void awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!queues.closed() && busy()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Queue \"" + name + "\" was still delivering after " + timeout
            + ": " + ready.size() + " message(s) ready" + (incoming > 0 ? " (" + incoming + " sent by a worker whose loop has not waited since)" : "")
            + (inDelivery > 0 ? ", a batch in delivery" : "")
            + (consumer == null ? "" : " to worker \"" + consumerWorker + "\""));
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for queue \"" + name + "\"", e);
      }
    }
  }

  /** A batch in delivery, messages to take in, a flush the clock has reached, or a delayed message the clock has reached. */
  private boolean busy() {
    long now = queues.clock().millis();
    return inDelivery > 0 || incoming > 0 || dueFlush(now) != null || !waiting.isEmpty() && waiting.get(0).dueAt() <= now;
  }

  /** Takes back the messages a persisted queue kept when the instance last closed. */
  void restore(java.util.List<QueueStore.Kept> kept) {
    synchronized (this) {
      kept.forEach(k -> hold(k.message(), k.dueAt()));
    }
    pump();
  }

  /** Drops every message and the delivery history (the per-test reset). */
  synchronized void clear() {
    queues.store().clear(name);
    clears++;
    incoming = 0;
    ready.clear();
    waiting.clear();
    deliveries.clear();
    flushTimers.clear();
    pendingFlush = null;
    planWakeUp(queues.clock().millis());
  }
}
