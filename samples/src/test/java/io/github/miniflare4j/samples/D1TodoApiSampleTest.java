package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.D1Seed;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import org.junit.jupiter.api.Test;

/**
 * A to-do REST API on D1, loaded from its {@code wrangler.toml}. Before the tests, the binding's
 * migrations folder is applied (as {@code wrangler d1 migrations apply --local} would) and a seed
 * script runs; every test starts from that state again, whatever the previous test wrote.
 */
@MiniflareTest(config = "src/test/resources/d1-todos/wrangler.toml")
@D1Seed(binding = "DB", migrations = D1Seed.CONFIGURED, sql = "classpath:d1-todos/seed.sql")
class D1TodoApiSampleTest {

  /** A row of the todos table, mapped by column name. */
  record Todo(long id, String title, int done, String due) {}

  @Test
  void lists_the_seeded_todos_and_filters_by_state(WorkerClient api) {
    assertThat(api.fetch("/todos").json().size()).isEqualTo(2);
    assertThat(api.fetch("/todos?done=true").json().get(0).get("title").asText()).isEqualTo("Fix the flaky test");
  }

  @Test
  void creating_a_todo_writes_a_row(WorkerClient api, @Binding("DB") D1Database db) {
    var created = api.post("/todos").header("content-type", "application/json")
        .body("{\"title\": \"Review the D1 sample\", \"due\": \"2026-12-24\"}").send();

    assertThat(created.status()).isEqualTo(201);
    assertThat(db).hasRowCount("todos", 3);
    assertThat(db.first(Todo.class, "SELECT * FROM todos WHERE title = ?", "Review the D1 sample"))
        .hasValueSatisfying(todo -> assertThat(todo.due()).isEqualTo("2026-12-24"));
  }

  @Test
  void each_test_starts_from_the_seed_again(@Binding("DB") D1Database db) {
    assertThat(db).hasRowCount("todos", 2)
        .query("SELECT name FROM d1_migrations ORDER BY id").extracting(row -> row.get("name"))
        .containsExactly("0001_create_todos.sql", "0002_add_due_date.sql");
  }

  @Test
  void a_constraint_violation_is_reported_and_changes_nothing(WorkerClient api, @Binding("DB") D1Database db) {
    var rejected = api.post("/todos").header("content-type", "application/json").body("{\"title\": \"\"}").send();

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().get("error").asText())
        .isEqualTo("D1_ERROR: CHECK constraint failed: length(title) > 0: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_CHECK)");
    assertThat(db).hasRowCount("todos", 2);
  }

  @Test
  void a_batch_import_is_all_or_nothing(WorkerClient api, @Binding("DB") D1Database db) {
    var rejected = api.post("/todos/import").header("content-type", "application/json")
        .body("[{\"title\": \"one\"}, {\"title\": \"\"}, {\"title\": \"three\"}]").send();
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(db).hasRowCount("todos", 2);

    var imported = api.post("/todos/import").header("content-type", "application/json")
        .body("[{\"title\": \"one\"}, {\"title\": \"two\"}]").send();
    assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
    assertThat(db).table("todos").extracting(row -> row.get("title")).endsWith("one", "two");
  }

  @Test
  void toggling_and_deleting(WorkerClient api, @Binding("DB") D1Database db) {
    assertThat(api.request("PATCH", "/todos/1").send().status()).isEqualTo(200);
    assertThat(api.request("DELETE", "/todos/2").send().status()).isEqualTo(204);
    assertThat(api.request("DELETE", "/todos/2").send().status()).isEqualTo(404);

    assertThat(db).query("SELECT id, done FROM todos").extracting(row -> row.get("done")).containsExactly(1L);
  }
}
