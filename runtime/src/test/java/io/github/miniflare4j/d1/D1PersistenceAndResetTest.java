package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.StorageSnapshot;
import io.github.miniflare4j.WorkerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** d1Persist keeps databases across instances; the per-test reset puts them back to a snapshot. */
class D1PersistenceAndResetTest {

  private static final String WORKER = """
      export default {
        async fetch(request, env) {
          await env.DB.exec("CREATE TABLE IF NOT EXISTS hits (n INTEGER)");
          await env.DB.prepare("INSERT INTO hits VALUES (1)").run();
          return Response.json(await env.DB.prepare("SELECT count(*) AS n FROM hits").first("n"));
        }
      };
      """;

  private static String json(String persist) {
    return "{\"modules\": true, \"script\": " + quote(WORKER) + ", \"d1Databases\": {\"DB\": \"app-db\"}"
        + (persist == null ? "" : ", \"d1Persist\": " + persist) + "}";
  }

  @Test
  void d1_persist_keeps_the_database_across_instances_in_a_file_per_database_id(@TempDir Path dir) {
    String persist = quote(dir.toString());
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json(persist)))) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1");
    }
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json(persist)))) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
    }
    assertThat(dir.resolve("app-db.sqlite")).exists();
  }

  @Test
  void the_builder_persists_with_persist_d1_and_memory_is_the_default(@TempDir Path dir) {
    WorkerOptions.Builder worker = WorkerOptions.builder().modules(true).script(WORKER).bind(D1Databases.database("DB"));
    for (int i = 1; i <= 2; i++) {
      try (Miniflare mf = new Miniflare(MiniflareOptions.builder().persist("d1", dir).worker(worker).build())) {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo(String.valueOf(i));
      }
    }
    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json(null)))) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1");
    }
  }

  @Test
  void restore_puts_schema_and_rows_back_in_memory_and_on_disk(@TempDir Path dir) throws Exception {
    for (Path persist : new Path[] {null, dir}) {
      MiniflareOptions.Builder options = MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
          .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(D1Databases.database("DB")));
      if (persist != null) {
        options.persist("d1", persist);
      }
      try (Miniflare mf = new Miniflare(options.build())) {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo(persist == null ? "1" : "1");
        StorageSnapshot baseline = mf.snapshotStorage();
        mf.dispatchFetch("http://localhost/");
        mf.getBinding(D1Database.class, "DB").exec("CREATE TABLE extra (x)");
        mf.restoreStorage(baseline);
        D1Database db = mf.getBinding(D1Database.class, "DB");
        assertThat(db.tables()).containsExactly("hits");
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
      }
    }
    assertThat(Files.list(dir)).isNotEmpty();
  }

  @Test
  void snapshot_and_restore_of_a_thousand_row_database_round_trip_twenty_times() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(D1Databases.database("DB"))).build())) {
      D1Database db = mf.getBinding(D1Database.class, "DB");
      db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, payload TEXT)");
      db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
          + "INSERT INTO items (name, payload) SELECT 'item ' || i, printf('%.100c', 'x') FROM n");
      assertThat(db.count("items")).isEqualTo(1000);
      long best = Long.MAX_VALUE;
      for (int round = 0; round < 20; round++) {
        long start = System.nanoTime();
        StorageSnapshot snapshot = mf.snapshotStorage();
        db.run("DELETE FROM items WHERE id > 10");
        mf.restoreStorage(snapshot);
        best = Math.min(best, System.nanoTime() - start);
        assertThat(db.count("items")).isEqualTo(1000);
      }
      // (pragma_page_count() is not authorized in D1, as in workerd: the size is the rows' text)
      System.out.printf("[d1] snapshot + restore of a 1,000-row database (%d KiB of text): best %.2f ms%n",
          db.first("SELECT sum(length(name) + length(payload)) / 1024 AS k FROM items")
              .map(r -> ((Number) r.get("k")).longValue()).orElse(0L), best / 1e6);
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
