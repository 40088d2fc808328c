package io.github.miniflare4j.queues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code queuesPersist}, messages not yet acknowledged survive a restart on the same directory. */
class QueuesPersistenceTest {

  private static final Duration COLD_START = Duration.ofMinutes(2);
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final String WORKER = """
      export default {
        async fetch() { return new Response("ok"); },
        async queue(batch) {
          for (const m of batch.messages) if (m.body === "fail") m.retry({ delaySeconds: 600 });
        },
      };
      """;

  @TempDir Path persist;

  private Miniflare start(MiniflareClock clock, Path directory) {
    WorkerOptions.Builder worker = WorkerOptions.builder().name("app").modules(true).script(WORKER)
        .bind(QueueProducerBinding.of("JOBS", "jobs")).bind(QueueConsumer.of("jobs").maxBatchSize(1).maxRetries(3));
    MiniflareOptions.Builder options = MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock).worker(worker);
    if (directory != null) {
      options.persist("queues", directory);
    }
    return new Miniflare(options.build());
  }

  @Test
  void a_delayed_message_is_delivered_after_a_restart() {
    try (Miniflare mf = start(new MiniflareClock(), persist)) {
      mf.getBinding(QueueProducer.class, "JOBS").send("later", 3600);
    }

    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, persist)) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      assertThat(jobs.backlog()).isEqualTo(1);

      clock.advance(Duration.ofHours(1));

      assertThat(jobs.awaitDeliveries(WAIT)).singleElement()
          .satisfies(d -> assertThat(d.messages()).extracting(DeliveredMessage::body).containsExactly("\"later\""));
      assertThat(jobs.backlog()).isZero();
    }
  }

  @Test
  void a_retried_message_keeps_its_attempts_and_delay_across_a_restart_and_an_acknowledged_one_is_gone() {
    try (Miniflare mf = start(new MiniflareClock(), persist)) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      jobs.send("done");
      jobs.send("fail");
      assertThat(jobs.awaitDeliveries(WAIT)).extracting(d -> d.messages().get(0).outcome())
          .containsExactly(QueueMessageOutcome.ACKED, QueueMessageOutcome.RETRIED);
    }

    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock, persist)) {
      QueueProducer jobs = mf.getBinding(QueueProducer.class, "JOBS");
      assertThat(jobs.backlog()).isEqualTo(1);

      clock.advance(Duration.ofMinutes(10));

      assertThat(jobs.awaitDeliveries(WAIT)).singleElement().satisfies(d -> assertThat(d.messages())
          .extracting(DeliveredMessage::body, DeliveredMessage::attempts).containsExactly(org.assertj.core.groups.Tuple.tuple("\"fail\"", 2)));
    }
  }

  @Test
  void without_persistence_a_restart_starts_empty() {
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      mf.getBinding(QueueProducer.class, "JOBS").send("later", 3600);
    }
    try (Miniflare mf = start(new MiniflareClock(), null)) {
      assertThat(mf.getBinding(QueueProducer.class, "JOBS").backlog()).isZero();
    }
  }
}
