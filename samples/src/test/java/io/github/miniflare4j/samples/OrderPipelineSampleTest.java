package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;
import static io.github.miniflare4j.junit.Eventually.eventually;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.queues.QueueProducer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An order pipeline on a queue with a dead letter queue ({@code queues} in its wrangler.toml):
 * batches flush on the instance clock, retries wait out their delay on it, and an order that
 * keeps failing ends in the dead letter queue. Nothing sleeps.
 */
@MiniflareTest(config = "src/test/resources/order-pipeline/wrangler.toml")
class OrderPipelineSampleTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void queued_orders_are_charged_when_the_batch_flushes(WorkerClient api, MiniflareClock clock,
      @Binding("ORDERS") QueueProducer orders) {
    api.post("/orders").json(Map.of("id", "A-1", "amount", 30)).send();
    api.post("/orders").json(Map.of("id", "A-2", "amount", 12)).send();
    assertThat(api.fetch("/orders/A-1").text()).isEqualTo("queued");

    clock.advance(Duration.ofSeconds(5)); // max_batch_timeout
    orders.awaitDeliveries(WAIT);

    assertThat(orders).hasDeliveredMessages(2).allAcked();
    assertThat(api.fetch("/orders/A-1").text()).isEqualTo("charged");
    assertThat(api.fetch("/orders/A-2").text()).isEqualTo("charged");
  }

  @Test
  void an_order_that_keeps_failing_ends_in_the_dead_letter_queue(WorkerClient api, MiniflareClock clock,
      @Binding("ORDERS") QueueProducer orders) {
    api.post("/orders").json(Map.of("id", "B-1", "amount", 0)).send();

    clock.advance(Duration.ofSeconds(5)); // the batch timeout: first attempt, retried
    orders.awaitDeliveries(WAIT);
    for (int retry = 0; retry < 2; retry++) { // max_retries = 2
      clock.advance(Duration.ofSeconds(60)); // the retry_delay: back in the queue...
      clock.advance(Duration.ofSeconds(5)); // ...and its batch times out
      orders.awaitDeliveries(WAIT);
    }
    clock.advance(Duration.ofSeconds(5)); // the dead letter queue's batch timeout

    assertThat(orders).hasDeliveredMessages(3).hasDeadLettered(1);
    // the dead letter queue has no producer binding to wait on: poll the worker's own view
    eventually(WAIT, () -> assertThat(api.fetch("/orders/B-1").text()).isEqualTo("needs-attention"));
  }
}
