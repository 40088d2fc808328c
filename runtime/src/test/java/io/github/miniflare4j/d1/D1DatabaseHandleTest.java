package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java handle: queries, statements, scripts, typed rows, and errors that change nothing. */
class D1DatabaseHandleTest {

  /** A row type mapped by Jackson. */
  record User(long id, String name, Double score) {}

  private static final String WORKER = """
      export default {
        async fetch(request, env) {
          return Response.json(await env.DB.prepare("SELECT name FROM users ORDER BY id").raw());
        }
      };
      """;

  private Miniflare mf;
  private D1Database db;

  @BeforeEach
  void start() {
    mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
        .worker(WorkerOptions.builder().modules(true).script(WORKER)
            .bind(D1Databases.database("DB", "main")).bind(D1Databases.database("SAME", "main"))
            .bind(D1Databases.database("OTHER", "other")))
        .build());
    db = mf.getBinding(D1Database.class, "DB");
    db.exec("""
        CREATE TABLE users (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          score REAL
        );
        INSERT INTO users (name, score) VALUES ('ada', 9.5), ('bob', NULL);
        """);
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  @Test
  void exec_runs_a_multi_line_script_and_the_worker_sees_its_rows() {
    assertThat(db.count("users")).isEqualTo(2);
    assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[[\"ada\"],[\"bob\"]]");
  }

  @Test
  void query_returns_ordered_maps_with_java_types() {
    List<Map<String, Object>> rows = db.query("SELECT id, name, score, x'00ff' AS bytes FROM users WHERE id = ?", 1);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly(Map.entry("id", 1L), Map.entry("name", "ada"), Map.entry("score", 9.5),
        Map.entry("bytes", rows.get(0).get("bytes")));
    assertThat((byte[]) rows.get(0).get("bytes")).containsExactly(0, 255);
  }

  @Test
  void query_maps_rows_to_records_through_jackson() {
    assertThat(db.query(User.class, "SELECT * FROM users ORDER BY id"))
        .containsExactly(new User(1, "ada", 9.5), new User(2, "bob", null));
    assertThat(db.first(User.class, "SELECT * FROM users WHERE name = ?", "bob")).contains(new User(2, "bob", null));
    assertThat(db.first("SELECT * FROM users WHERE name = ?", "nobody")).isEmpty();
  }

  @Test
  void run_binds_java_values_and_returns_the_changes() {
    assertThat(db.run("INSERT INTO users (name, score) VALUES (?, ?), (?, ?)", "cy", 1, "di", true)).isEqualTo(2);
    assertThat(db.query("SELECT typeof(score) AS t FROM users WHERE name = 'cy'").get(0).get("t")).isEqualTo("real");
    assertThat(db.run("UPDATE users SET score = score + 1 WHERE score IS NOT NULL")).isEqualTo(3);
  }

  @Test
  void bindings_of_one_database_id_share_it_and_another_id_is_separate() {
    assertThat(mf.getBinding(D1Database.class, "SAME").count("users")).isEqualTo(2);
    assertThat(mf.getBinding(D1Database.class, "OTHER").tables()).isEmpty();
    assertThat(db.tables()).containsExactly("users");
  }

  @Test
  void a_failing_script_changes_nothing_and_reports_d1s_message() {
    assertThatThrownBy(() -> db.exec("INSERT INTO users (name) VALUES ('eve'); INSERT INTO users (name) VALUES ('ada');"))
        .isInstanceOf(D1Exception.class)
        .hasMessage("D1_ERROR: UNIQUE constraint failed: users.name: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)");
    assertThat(db.count("users")).isEqualTo(2);
  }

  @Test
  void malformed_sql_and_wrong_parameter_counts_fail_with_d1s_messages() {
    assertThatThrownBy(() -> db.query("SELEC * FROM users"))
        .hasMessage("D1_ERROR: near \"SELEC\": syntax error at offset 0: SQLITE_ERROR");
    assertThatThrownBy(() -> db.query("SELECT * FROM users WHERE id = ?"))
        .hasMessage("D1_ERROR: Wrong number of parameter bindings for SQL query.");
    assertThatThrownBy(() -> db.query("SELECT * FROM nope")).hasMessage("D1_ERROR: no such table: nope: SQLITE_ERROR");
    assertThatThrownBy(() -> db.exec("BEGIN TRANSACTION")).hasMessageStartingWith("D1_ERROR: To execute a transaction");
  }

  @Test
  void workerds_sqlite_limits_apply_to_values_parameters_and_statements() {
    assertThat(db.query("SELECT length(?) AS n", (Object) new byte[2_200_000]).get(0).get("n")).isEqualTo(2_200_000L);
    assertThatThrownBy(() -> db.query("SELECT length(?) AS n", (Object) new byte[2_200_001]))
        .hasMessage("D1_ERROR: string or blob too big: SQLITE_TOOBIG");
    String params = "?,".repeat(100) + "?";
    assertThatThrownBy(() -> db.query("SELECT " + params, new Object[101]))
        .hasMessage("D1_ERROR: too many SQL variables at offset 207: SQLITE_ERROR");
    assertThatThrownBy(() -> db.query("SELECT '" + "y".repeat(100_000) + "'"))
        .hasMessage("D1_ERROR: statement too long: SQLITE_TOOBIG");
  }

  @Test
  void values_d1_cannot_bind_are_refused_naming_the_parameter() {
    assertThatThrownBy(() -> db.query("SELECT ?, ?", 1, java.time.Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter 2 is a java.time.Instant");
  }

  @Test
  void a_transaction_that_sqlite_or_deferred_keys_end_throws_as_workerd_does_and_changes_nothing() {
    db.exec("""
        CREATE TABLE d (uid INTEGER REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE TABLE g (v INTEGER);
        CREATE TRIGGER gr BEFORE INSERT ON g BEGIN SELECT RAISE(ROLLBACK, 'no'); END;
        """);
    assertThatThrownBy(() -> db.run("INSERT INTO d VALUES (99)"))
        .isInstanceOf(D1Exception.class)
        .hasMessage("Durable Object was reset and rolled back to its last known good state because the application "
            + "left the database in a state where constraints were violated: FOREIGN KEY constraint failed: "
            + "SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_FOREIGNKEY)");
    assertThatThrownBy(() -> db.run("INSERT INTO g VALUES (1)"))
        .isInstanceOf(D1Exception.class)
        .hasMessageMatching("internal error; reference = [0-9a-z]{24}");
    assertThat(db.count("d")).isZero();
    assertThat(db.count("g")).isZero();
    assertThat(db.run("INSERT INTO users (name) VALUES ('cy')")).isEqualTo(1);
    assertThat(db.count("users")).isEqualTo(3);
  }
}
