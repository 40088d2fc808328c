package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input from a worker (wrong types, oversized values, malformed SQL, wrong parameter counts,
 * missing tables, a failing batch) gets D1's error, worded as the real Miniflare words it (see the
 * recorded d1 cases), and leaves the stored rows as they were, in a persisted database.
 */
class D1BadInputTest {

  private static final String WORKER = """
      const ATTEMPTS = {
        wrongType: (db) => db.prepare("UPDATE notes SET body = ? WHERE id = 1").bind({ a: 1 }).run(),
        oversized: (db) => db.prepare("UPDATE notes SET body = ? WHERE id = 1").bind("x".repeat(2200001)).run(),
        malformedSql: (db) => db.prepare("UPDAT notes SET body = 'changed'").run(),
        wrongParameterCount: (db) => db.prepare("UPDATE notes SET body = ? WHERE id = ?").bind("changed").run(),
        missingTable: (db) => db.prepare("DELETE FROM nope").run(),
        notNull: (db) => db.prepare("UPDATE notes SET body = NULL").run(),
        failingBatch: (db) => db.batch([
          db.prepare("UPDATE notes SET body = 'changed'"),
          db.prepare("DELETE FROM notes WHERE id = 2"),
          db.prepare("INSERT INTO notes (id, body) VALUES (1, 'duplicate')"),
        ]),
      };
      export default {
        async fetch(req, env) {
          const attempt = ATTEMPTS[new URL(req.url).pathname.slice(1)];
          try {
            await attempt(env.DB);
            return new Response("accepted", { status: 500 });
          } catch (e) {
            return new Response(`${e.constructor.name}: ${e.message}`);
          }
        }
      };
      """;

  private Miniflare mf;
  private D1Database db;

  @BeforeEach
  void start(@TempDir Path persist) {
    mf = new Miniflare(MiniflareOptions.builder()
        .persist("d1", persist)
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(D1Databases.database("DB")))
        .build());
    db = mf.getD1Database("DB");
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
        + " INSERT INTO notes VALUES (1, 'first'), (2, 'second');");
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrongType           | Error: D1_TYPE_ERROR: Type 'object' not supported for value '[object Object]'
      oversized           | Error: D1_ERROR: string or blob too big: SQLITE_TOOBIG
      malformedSql        | Error: D1_ERROR: near "UPDAT": syntax error at offset 0: SQLITE_ERROR
      wrongParameterCount | Error: D1_ERROR: Wrong number of parameter bindings for SQL query.
      missingTable        | Error: D1_ERROR: no such table: nope: SQLITE_ERROR
      notNull             | Error: D1_ERROR: NOT NULL constraint failed: notes.body: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_NOTNULL)
      failingBatch        | Error: D1_ERROR: UNIQUE constraint failed: notes.id: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_PRIMARYKEY)
      """)
  void bad_input_gets_d1s_error_and_leaves_the_rows_as_they_were(String attempt, String error) {
    String answer = mf.dispatchFetch("http://localhost/" + attempt).text();

    assertThat(answer).isEqualTo(error);
    assertThat(db.query("SELECT id, body FROM notes ORDER BY id"))
        .extracting(row -> row.get("id") + ":" + row.get("body"))
        .containsExactly("1:first", "2:second");
  }
}
