package io.github.miniflare4j.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queues on the instance clock: batches, delays, retries and dead letters, seen through the Java handle. */
class QueuesTest {

  /** A cold first context on a loaded machine can take tens of seconds; these tests are about behaviour, not start-up time. */
  private static final java.time.Duration COLD_START = java.time.Duration.ofMinutes(2);

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** A consumer that logs each message to KV and retries the ones whose body says so. */
  private static final String WORKER = """
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          if (url.pathname === "/send") { await env.JOBS.send({ job: url.searchParams.get("job") }); return new Response("sent"); }
          return new Response((await env.KV.get("log")) ?? "");
        },
        async queue(batch, env) {
          let log = (await env.KV.get("log")) ?? "";
          for (const m of batch.messages) {
            log += batch.queue + ":" + JSON.stringify(m.body) + "#" + m.attempts + " ";
            if (m.body?.retry) m.retry({ delaySeconds: m.body.retry });
            if (m.body === "boom" && batch.queue === "jobs") throw new Error("consumer failed");
          }
          await env.KV.put("log", log);
        },
      };
      """;

  private static Miniflare start(MiniflareClock clock, QueueConsumer... consumers) {
    WorkerOptions.Builder worker = WorkerOptions.builder().name("app").modules(true).kvNamespace("KV").script(WORKER)
        .bind(QueueProducerBinding.of("JOBS", "jobs"));
    for (QueueConsumer consumer : consumers) {
      worker.bind(consumer);
    }
    return new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock).worker(worker).build());
  }

  @Test
  void a_full_batch_is_delivered_at_once_and_the_java_handle_sees_its_outcomes() {
    try (Miniflare mf = start(new MiniflareClock(), QueueConsumer.of("jobs").maxBatchSize(2).maxBatchTimeout(60))) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      jobs.send(Map.of("n", 1));
      jobs.send(Map.of("n", 2));

      List<QueueDelivery> deliveries = jobs.awaitDeliveries(WAIT);

      assertThat(deliveries).singleElement().satisfies(d -> {
        assertThat(d.queue()).isEqualTo("jobs");
        assertThat(d.worker()).isEqualTo("app");
        assertThat(d.handlerError()).isEmpty();
        assertThat(d.messages()).extracting(DeliveredMessage::body, DeliveredMessage::attempts, DeliveredMessage::outcome)
            .containsExactly(tuple("{\"n\":1}", 1, QueueMessageOutcome.ACKED), tuple("{\"n\":2}", 1, QueueMessageOutcome.ACKED));
        assertThat(d.messages()).allSatisfy(m -> assertThat(m.id()).matches("[0-9a-f]{32}"));
      });
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("jobs:{\"n\":1}#1 jobs:{\"n\":2}#1 ");
    }
  }

  @Test
  void a_batch_that_does_not_fill_waits_for_its_timeout_on_the_clock() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, QueueConsumer.of("jobs").maxBatchSize(10).maxBatchTimeout(30))) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      mf.dispatchFetch("http://localhost/send?job=a");

      assertThat(jobs.awaitDeliveries(WAIT)).isEmpty();
      assertThat(jobs.backlog()).isEqualTo(1);

      clock.advance(Duration.ofSeconds(30));

      assertThat(jobs.awaitDeliveries(WAIT)).hasSize(1);
      assertThat(jobs.backlog()).isZero();
    }
  }

  @Test
  void a_message_the_worker_sent_before_its_response_is_in_the_batch_that_times_out_after_it() throws Exception {
    // the worker's loop stays busy after its response (its waitUntil awaits a Java binding held
    // shut), so the queue takes the message in only after the clock has passed the batch timeout;
    // it was held from the send all the same, ahead of what Java sends after the response
    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    String script = """
        export default {
          async fetch(req, env, ctx) {
            await env.JOBS.send("from the worker");
            ctx.waitUntil(env.GATE.fetch("http://gate/"));
            return new Response("sent");
          },
          async queue(batch) {},
        };
        """;
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock)
        .worker(WorkerOptions.builder().modules(true).script(script)
            .bind(QueueProducerBinding.of("JOBS", "jobs")).bind(QueueConsumer.of("jobs").maxBatchSize(10))
            .serviceBinding("GATE", request -> {
              gate.await();
              return io.github.miniflare4j.http.FetchResponse.text(200, "open");
            }))
        .build())) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      try {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("sent");
        jobs.send("from java");

        clock.advance(Duration.ofSeconds(1)); // the default maxBatchTimeout
      } finally {
        gate.countDown();
      }

      List<QueueDelivery> deliveries = jobs.awaitDeliveries(WAIT);
      assertThat(deliveries).hasSize(1);
      assertThat(deliveries.get(0).messages()).extracting(DeliveredMessage::body)
          .containsExactly("\"from the worker\"", "\"from java\"");
    }
  }

  @Test
  void a_delayed_message_waits_until_the_clock_passes_its_delay() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, QueueConsumer.of("jobs").maxBatchSize(1))) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      jobs.send("later", 3600);
      jobs.send("now");

      assertThat(jobs.awaitDeliveries(WAIT)).hasSize(1);
      clock.advance(Duration.ofMinutes(59));
      assertThat(jobs.awaitDeliveries(WAIT)).hasSize(1);
      clock.advance(Duration.ofMinutes(1));

      assertThat(jobs.awaitDeliveries(WAIT)).flatExtracting(QueueDelivery::messages).extracting(DeliveredMessage::body)
          .containsExactly("\"now\"", "\"later\"");
    }
  }

  @Test
  void a_retried_message_comes_back_after_its_delay_with_one_more_attempt() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, QueueConsumer.of("jobs").maxBatchSize(1).maxRetries(1))) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      jobs.send(Map.of("retry", 120));

      assertThat(jobs.awaitDeliveries(WAIT)).singleElement().extracting(d -> d.messages().get(0))
          .extracting(DeliveredMessage::outcome, DeliveredMessage::retryDelaySeconds)
          .containsExactly(QueueMessageOutcome.RETRIED, 120);

      clock.advance(Duration.ofMinutes(2));

      assertThat(jobs.awaitDeliveries(WAIT)).extracting(d -> d.messages().get(0).attempts(), d -> d.messages().get(0).outcome())
          .containsExactly(tuple(1, QueueMessageOutcome.RETRIED), tuple(2, QueueMessageOutcome.DROPPED));
    }
  }

  @Test
  void a_throwing_handler_retries_the_batch_then_dead_letters_it() {
    try (Miniflare mf = start(new MiniflareClock(),
        QueueConsumer.of("jobs").maxBatchSize(1).maxRetries(1).deadLetterQueue("jobs-dlq"),
        QueueConsumer.of("jobs-dlq").maxBatchSize(1))) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      jobs.send("boom");

      List<QueueDelivery> deliveries = jobs.awaitDeliveries(WAIT);
      assertThat(deliveries).extracting(d -> d.messages().get(0).outcome())
          .containsExactly(QueueMessageOutcome.RETRIED, QueueMessageOutcome.DEAD_LETTERED);
      assertThat(deliveries.get(0).handlerError()).hasValueSatisfying(e -> assertThat(e.errorMessage()).isEqualTo("consumer failed"));

      org.awaitility.Awaitility.await().atMost(WAIT).untilAsserted(() ->
          assertThat(mf.dispatchFetch("http://localhost/").text()).endsWith("jobs-dlq:\"boom\"#1 "));
    }
  }

  @Test
  void text_and_bytes_arrive_as_the_worker_would_send_them() {
    String script = """
        export default { async queue(batch, env) {
          for (const m of batch.messages) await env.KV.put(m.id, Object.prototype.toString.call(m.body) + " "
            + (m.body instanceof ArrayBuffer ? [...new Uint8Array(m.body)].join(",") : m.body));
        } };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).worker(WorkerOptions.builder().modules(true)
        .kvNamespace("KV").script(script).bind(QueueProducerBinding.of("Q", "q")).bind(QueueConsumer.of("q"))).build())) {
      QueueProducer q = mf.getBinding(QueueProducer.class, "Q");
      q.sendText("plain");
      q.sendBytes(new byte[] {1, 2, (byte) 255});
      assertThat(q.awaitDeliveries(WAIT)).isEmpty(); // the batch of 5 is still filling

      mf.clock().advance(Duration.ofSeconds(1)); // the default maxBatchTimeout
      List<QueueDelivery> deliveries = q.awaitDeliveries(WAIT);

      List<String> ids = deliveries.stream().flatMap(d -> d.messages().stream()).map(DeliveredMessage::id).toList();
      assertThat(ids).extracting(id -> mf.getKVNamespace("KV").get(id))
          .containsExactly("[object String] plain", "[object ArrayBuffer] 1,2,255");
    }
  }

  @Test
  void the_java_handle_refuses_a_queue_without_consumer_and_oversized_messages() {
    try (Miniflare mf = start(new MiniflareClock())) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      assertThatThrownBy(() -> jobs.send("x"))
          .isInstanceOf(MiniflareException.class)
          .hasMessageStartingWith("Queue \"jobs\" has no consumer");
    }
    try (Miniflare mf = start(new MiniflareClock(), QueueConsumer.of("jobs"))) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      assertThatThrownBy(() -> jobs.sendText("x".repeat(128_001)))
          .hasMessage("Queue send failed: message length of 128001 bytes exceeds limit of 128000");
    }
  }

  @Test
  void two_consumers_of_one_queue_fail_the_start_as_in_miniflare() {
    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.fromJson("""
        {"workers": [
          {"name": "a", "modules": true, "script": "export default { queue() {} }", "queueConsumers": ["q"]},
          {"name": "b", "modules": true, "script": "export default { queue() {} }", "queueConsumers": {"q": {}}}
        ]}
        """)))
        .isInstanceOf(MiniflareException.class)
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_MULTIPLE_CONSUMERS))
        .hasMessage("Multiple consumers defined for queue \"q\": \"a\" and \"b\"");
  }

  @Test
  void a_queue_cannot_be_its_own_dead_letter_queue() {
    assertThatThrownBy(() -> new Miniflare(MiniflareOptions.fromJson("""
        {"modules": true, "script": "export default { queue() {} }", "queueConsumers": {"q": {"deadLetterQueue": "q"}}}
        """)))
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_DEAD_LETTER_QUEUE_CYCLE))
        .hasMessage("Dead letter queue for queue \"q\" cannot be itself");
  }

  @Test
  void consumer_settings_out_of_range_are_named() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("""
        {"modules": true, "script": "export default { queue() {} }", "queueConsumers": {"q": {"maxBatchSize": 101}}}
        """))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Invalid Miniflare options: options.queueConsumers.q.maxBatchSize must be a number from 0 to 100, was 101.0");
  }

  @Test
  void producers_given_partly_as_names_and_partly_as_objects_are_refused() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson("""
        {"modules": true, "script": "", "queueProducers": {"Q": "qa", "Q2": {"queueName": "qb"}}}
        """))
        .isInstanceOf(MiniflareException.class)
        .hasMessageStartingWith("Invalid Miniflare options: options.queueProducers must map every binding to a queue name, "
            + "or every binding to {\"queueName\", \"deliveryDelay\"?}, not some to each");
  }
}
