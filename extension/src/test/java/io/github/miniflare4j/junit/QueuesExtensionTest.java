package io.github.miniflare4j.junit;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.queues.QueueDispatchResult;
import io.github.miniflare4j.queues.QueueMessage;
import io.github.miniflare4j.queues.QueueProducer;
import java.time.Duration;
import java.util.Map;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.queues.QueueConsumer;
import io.github.miniflare4j.queues.QueueProducerBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A queue injected by its producer binding: send, advance the clock, assert on deliveries; reset between tests. */
class QueuesExtensionTest {

  static final String WORKER = """
      export default {
        async fetch(req, env) { await env.ORDERS.send({ order: Number(new URL(req.url).searchParams.get("id")) }); return new Response("queued"); },
        async queue(batch) { for (const m of batch.messages) if (m.body.order < 0) m.retry(); }
      };
      """;

  static class Orders {
    // a cold first context on a loaded machine can take tens of seconds: this test is about queues, not start-up time
    @RegisterExtension
    static MiniflareExtension miniflare = MiniflareExtension.builder()
        .options(MiniflareOptions.builder()
            .startupTimeout(Duration.ofMinutes(2))
            .worker(WorkerOptions.builder().name("shop").modules(true).compatibilityDate("2025-01-01").script(WORKER)
                .bind(QueueProducerBinding.of("ORDERS", "orders"))
                .bind(QueueConsumer.of("orders").maxBatchSize(10).maxRetries(1).deadLetterQueue("orders-dlq")))
            .build())
        .build();

    @Test
    void orders_sent_by_the_worker_are_delivered_when_the_batch_times_out(WorkerClient shop, MiniflareClock clock,
        @Binding("ORDERS") QueueProducer orders) {
      shop.fetch("/?id=1");
      orders.send(Map.of("order", 2));

      clock.advance(Duration.ofSeconds(1));
      orders.awaitDeliveries(Duration.ofSeconds(20));

      assertThat(orders).hasDeliveredMessages(2).allAcked().deliveredBodies().containsExactly("{\"order\":1}", "{\"order\":2}");
    }

    @Test
    void a_message_retried_past_its_retries_is_dead_lettered(MiniflareClock clock, @Binding("ORDERS") QueueProducer orders) {
      orders.send(Map.of("order", -1));

      clock.advance(Duration.ofSeconds(1));
      orders.awaitDeliveries(Duration.ofSeconds(20));
      clock.advance(Duration.ofSeconds(1));
      orders.awaitDeliveries(Duration.ofSeconds(20));

      assertThat(orders).hasDeliveredMessages(2).hasDeadLettered(1);
    }

    @Test
    void each_test_starts_with_an_empty_queue(@Binding("ORDERS") QueueProducer orders) {
      assertThat(orders).hasDeliveredMessages(0);
    }

    @Test
    void a_batch_handed_straight_to_the_consumer_reports_its_decisions(WorkerClient shop) {
      QueueDispatchResult result = shop.queue("orders",
          QueueMessage.of(Map.of("order", 1)).withId("good"), QueueMessage.of(Map.of("order", -1)).withId("bad"));

      org.assertj.core.api.Assertions.assertThat(result.isOk()).isTrue();
      org.assertj.core.api.Assertions.assertThat(result.retryMessages())
          .containsExactly(new QueueDispatchResult.RetriedMessage("bad", null));
    }
  }

  @Test
  void queues_are_testable_through_the_extension() {
    Fixtures.assertAllSucceeded(Fixtures.run(Orders.class), 4);
  }
}
