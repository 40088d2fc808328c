package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.d1.D1Databases;
import io.github.miniflare4j.queues.QueueProducer;
import io.github.miniflare4j.queues.QueueProducerBinding;
import io.github.miniflare4j.r2.R2Bucket;
import io.github.miniflare4j.r2.R2Buckets;
import org.junit.jupiter.api.Test;

/** Node Miniflare's accessor names (getD1Database, getR2Bucket, getQueueProducer) on the Java face. */
class MiniflareAccessorsTest {

  private static final String SCRIPT = "export default { fetch() { return new Response('ok'); } };";

  private static Miniflare twoWorkers() {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("api").modules(true).script(SCRIPT)
            .bind(D1Databases.database("DB", "main-db"))
            .bind(R2Buckets.bucket("FILES", "files"))
            .bind(QueueProducerBinding.of("JOBS", "jobs")))
        .worker(WorkerOptions.builder().name("admin").modules(true).script(SCRIPT)
            .bind(D1Databases.database("ADMIN_DB", "main-db"))
            .bind(R2Buckets.bucket("ARCHIVE", "files"))
            .bind(QueueProducerBinding.of("AUDIT", "audit")))
        .build());
  }

  @Test
  void accessors_of_the_entry_worker_hand_out_the_same_data_as_getBinding() {
    try (Miniflare mf = twoWorkers()) {
      mf.getD1Database("DB").exec("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);");
      mf.getR2Bucket("FILES").put("a.txt", "hello");

      assertThat(mf.getBinding(D1Database.class, "DB").count("t")).isEqualTo(1);
      assertThat(mf.getBinding(R2Bucket.class, "FILES").getText("a.txt")).isEqualTo("hello");
      assertThat(mf.getQueueProducer("JOBS").queueName()).isEqualTo("jobs");
    }
  }

  @Test
  void accessors_with_a_worker_name_reach_that_workers_bindings() {
    try (Miniflare mf = twoWorkers()) {
      mf.getD1Database("DB").exec("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);");
      mf.getR2Bucket("FILES").put("a.txt", "hello");

      assertThat(mf.getD1Database("admin", "ADMIN_DB").count("t")).isEqualTo(1);
      assertThat(mf.getR2Bucket("admin", "ARCHIVE").getText("a.txt")).isEqualTo("hello");
      QueueProducer audit = mf.getQueueProducer("admin", "AUDIT");
      assertThat(audit.queueName()).isEqualTo("audit");
    }
  }

  @Test
  void an_unknown_binding_is_refused_as_getBinding_refuses_it() {
    try (Miniflare mf = twoWorkers()) {
      assertThatThrownBy(() -> mf.getD1Database("ADMIN_DB"))
          .isInstanceOf(MiniflareException.class)
          .hasMessage(messageOf(() -> mf.getBinding(D1Database.class, "ADMIN_DB")));
      assertThatThrownBy(() -> mf.getR2Bucket("nobody", "FILES"))
          .isInstanceOf(MiniflareException.class)
          .hasMessage(messageOf(() -> mf.getBinding(R2Bucket.class, "nobody", "FILES")));
      assertThatThrownBy(() -> mf.getQueueProducer("DB")).isInstanceOf(MiniflareException.class);
    }
  }

  private static String messageOf(Runnable call) {
    try {
      call.run();
    } catch (MiniflareException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a MiniflareException");
  }
}
