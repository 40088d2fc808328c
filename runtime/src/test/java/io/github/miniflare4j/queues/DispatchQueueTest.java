package io.github.miniflare4j.queues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Miniflare#dispatchQueue}: a batch handed straight to a consumer, its decisions reported. */
class DispatchQueueTest {

  static final String WORKER = """
      export default {
        async queue(batch, env, ctx) {
          await env.SEEN.put(batch.queue, JSON.stringify(batch.messages.map((m) => ({
            id: m.id, time: m.timestamp.getTime(), attempts: m.attempts,
            body: m.body instanceof ArrayBuffer ? "bytes:" + new TextDecoder().decode(m.body) : m.body }))));
          if (batch.queue === "throws") throw new RangeError("cannot consume");
          if (batch.queue === "later") { ctx.waitUntil(Promise.reject(new Error("late failure"))); return; }
          if (batch.queue === "all") { batch.retryAll({ delaySeconds: 7 }); return; }
          if (batch.queue === "acked") { batch.ackAll(); return; }
          if (batch.queue === "hangs") { batch.messages[0].ack(); await new Promise(() => {}); }
          if (batch.queue === "hangs-later") { ctx.waitUntil(new Promise(() => {})); return; }
          for (const m of batch.messages) {
            if (m.body?.retry) m.retry({ delaySeconds: m.body.retry }); else m.ack();
          }
        },
      };
      """;

  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3)).clock(MiniflareClock.frozenAt(NOW))
        .worker(WorkerOptions.builder().name("consumer").modules(true).script(WORKER).kvNamespace("SEEN")).build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void acks_and_retries_are_reported_in_order() {
    QueueDispatchResult result = mf.dispatchQueue("consumer", "jobs", List.of(
        QueueMessage.of(Map.of("n", 1)).withId("a"),
        QueueMessage.of(Map.of("retry", 30)).withId("b"),
        QueueMessage.of("plain").withId("c")));

    assertThat(result.isOk()).isTrue();
    assertThat(result.explicitAcks()).containsExactly("a", "c");
    assertThat(result.retryMessages()).containsExactly(new QueueDispatchResult.RetriedMessage("b", 30));
    assertThat(result.ackAll()).isFalse();
    assertThat(result.retryBatch()).isFalse();
    assertThat(result.handlerError()).isEmpty();
  }

  @Test
  void the_handler_sees_ids_timestamps_attempts_and_bodies() {
    mf.dispatchQueue("consumer", "shapes", List.of(
        QueueMessage.of(Map.of("k", "v")).withId("json"),
        QueueMessage.of("text".getBytes(StandardCharsets.UTF_8)).withId("raw").withAttempts(3)
            .withTimestamp(Instant.ofEpochMilli(1000))));

    assertThat(mf.getKVNamespace("SEEN").get("shapes")).isEqualTo("[{\"id\":\"json\",\"time\":" + NOW.toEpochMilli()
        + ",\"attempts\":1,\"body\":{\"k\":\"v\"}},{\"id\":\"raw\",\"time\":1000,\"attempts\":3,\"body\":\"bytes:text\"}]");
  }

  @Test
  void attempts_zero_reaches_the_handler_as_vitest_suites_pass_it() {
    QueueDispatchResult result = mf.dispatchQueue("consumer", "first", List.of(QueueMessage.of("x").withId("z").withAttempts(0)));

    assertThat(result.explicitAcks()).containsExactly("z");
    assertThat(mf.getKVNamespace("SEEN").get("first")).contains("\"attempts\":0");
    assertThatThrownBy(() -> QueueMessage.of("x").withAttempts(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempts must be between 0 and 65535, was -1");
    assertThatThrownBy(() -> QueueMessage.of("x").withAttempts(65_536)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void batch_wide_decisions_are_reported() {
    QueueDispatchResult retried = mf.dispatchQueue("consumer", "all", List.of(QueueMessage.of(1)));
    QueueDispatchResult acked = mf.dispatchQueue("consumer", "acked", List.of(QueueMessage.of(1)));

    assertThat(retried.retryBatch()).isTrue();
    assertThat(retried.retryBatchDelaySeconds()).isEqualTo(7);
    assertThat(retried.ackAll()).isFalse();
    assertThat(acked.ackAll()).isTrue();
    assertThat(acked.retryBatch()).isFalse();
  }

  @Test
  void a_throwing_handler_or_a_rejected_wait_until_gives_an_exception_outcome() {
    QueueDispatchResult thrown = mf.dispatchQueue("consumer", "throws", List.of(QueueMessage.of(1)));
    QueueDispatchResult late = mf.dispatchQueue("consumer", "later", List.of(QueueMessage.of(1)));

    assertThat(thrown.outcome()).isEqualTo("exception");
    assertThat(thrown.handlerError()).hasValueSatisfying(e -> assertThat(e.errorMessage()).isEqualTo("cannot consume"));
    assertThat(late.outcome()).isEqualTo("exception");
    assertThat(late.handlerError()).isEmpty();
  }

  @Test
  void a_handler_or_wait_until_waiting_on_nothing_that_can_settle_is_canceled_with_the_decisions_so_far() {
    QueueDispatchResult hung = mf.dispatchQueue("consumer", "hangs", List.of(QueueMessage.of(1).withId("h")));
    QueueDispatchResult later = mf.dispatchQueue("consumer", "hangs-later", List.of(QueueMessage.of(1)));

    assertThat(hung.outcome()).isEqualTo("exceededCpu");
    assertThat(hung.explicitAcks()).containsExactly("h");
    assertThat(hung.handlerError()).hasValueSatisfying(e -> assertThat(e.errorMessage())
        .startsWith("The Workers runtime canceled this request"));
    assertThat(later.outcome()).isEqualTo("exceededCpu");
  }
}
