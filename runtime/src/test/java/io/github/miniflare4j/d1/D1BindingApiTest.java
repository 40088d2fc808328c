package io.github.miniflare4j.d1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker-facing {@code D1Database} API, one behaviour per test, on one instance reset between tests. */
class D1BindingApiTest {

  private static final String WORKER = """
      const SCENARIOS = {
        async bindNumbered(db) {
          return db.prepare("SELECT ?2 AS second, ?1 AS first, ? AS third").bind("a", "b", "c").first();
        },
        async bindReturnsNewStatement(db) {
          const s = db.prepare("SELECT ? AS v");
          const a = s.bind(1), b = s.bind(2);
          return [await a.first("v"), await b.first("v"), s.params.length];
        },
        async firstAllRawRun(db) {
          await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
          const run = await db.prepare("INSERT INTO t (name) VALUES (?), (?)").bind("x", "y").run();
          return {
            run: { success: run.success, changes: run.meta.changes, last: run.meta.last_row_id },
            first: await db.prepare("SELECT * FROM t ORDER BY id").first(),
            firstCol: await db.prepare("SELECT name FROM t ORDER BY id DESC").first("name"),
            all: (await db.prepare("SELECT name FROM t ORDER BY id").all()).results,
            raw: await db.prepare("SELECT id, name FROM t ORDER BY id").raw({ columnNames: true }),
          };
        },
        async blobsAndBigNumbers(db) {
          const row = await db.prepare("SELECT ? AS blob, 9007199254740993 AS big, 2.5 AS real, NULL AS empty")
            .bind(new Uint8Array([0, 127, 255])).first();
          return row;
        },
        async batchIsOneTransaction(db) {
          await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY)");
          let error;
          try {
            await db.batch([db.prepare("INSERT INTO t VALUES (1)"), db.prepare("INSERT INTO t VALUES (1)")]);
          } catch (e) { error = e.message; }
          return { error, count: await db.prepare("SELECT count(*) AS n FROM t").first("n") };
        },
        async execCountsLines(db) {
          const r = await db.exec("CREATE TABLE e (x);\\nINSERT INTO e VALUES (1);\\nINSERT INTO e VALUES (2)");
          return { count: r.count, duration: r.duration, rows: await db.prepare("SELECT count(*) AS n FROM e").first("n") };
        },
        async sessions(db) {
          await db.exec("CREATE TABLE s (n)");
          const session = db.withSession("first-primary");
          const before = session.getBookmark();
          await session.prepare("INSERT INTO s VALUES (1)").run();
          const after = session.getBookmark();
          const resumed = db.withSession(after);
          return { before, after, resumedBookmark: resumed.getBookmark(),
            read: await resumed.prepare("SELECT count(*) AS n FROM s").first("n"), exec: typeof session.exec };
        },
        async valuesAsTheJsonRequestCarriesThem(db) {
          const row = await db.prepare("SELECT ? AS negZero, ? AS nan, ? AS inf, 1 AS dup, 2 AS dup, 3 AS __proto__")
            .bind(-0, NaN, Infinity).first();
          const unbound = db.prepare("SELECT ? AS v");
          let malformed;
          try { await new unbound.constructor(unbound.dbSession, "SELECT ? AS v", [true]).first(); }
          catch (e) { malformed = e.message; }
          return { negZero: Object.is(row.negZero, 0), nan: row.nan, inf: row.inf, dup: row.dup,
            ownProto: Object.getOwnPropertyNames(row).includes("__proto__"), proto: Object.getPrototypeOf(row) === Object.prototype,
            keys: Object.keys(row), malformed };
        },
        async typeErrors(db) {
          const errors = [];
          for (const v of [undefined, 10n, {}, [1, 256], () => 1]) {
            try { db.prepare("SELECT ?").bind(v); errors.push("bound"); } catch (e) { errors.push(e.message); }
          }
          return errors;
        },
      };
      export default {
        async fetch(request, env) {
          const name = new URL(request.url).pathname.slice(1);
          try { return Response.json({ ok: await SCENARIOS[name](env.DB) }); }
          catch (e) { return Response.json({ error: e.message, cause: e.cause?.message ?? null }); }
        }
      };
      """;

  private static Miniflare mf;
  private static Object baseline;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder().startupTimeout(java.time.Duration.ofMinutes(3))
        .worker(WorkerOptions.builder().modules(true).script(WORKER).compatibilityDate("2025-01-01")
            .bind(D1Databases.database("DB")))
        .build());
    baseline = mf.snapshotStorage();
  }

  @BeforeEach
  void reset() {
    mf.restoreStorage((io.github.miniflare4j.StorageSnapshot) baseline);
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  private static JsonNode run(String scenario) {
    JsonNode body = mf.dispatchFetch("http://localhost/" + scenario).json();
    assertThat(body.has("ok")).as("scenario %s answered %s", scenario, body).isTrue();
    return body.get("ok");
  }

  @Test
  void bind_takes_numbered_and_anonymous_parameters_in_sqlite_order() {
    JsonNode row = run("bindNumbered");
    assertThat(row.get("first").asText()).isEqualTo("a");
    assertThat(row.get("second").asText()).isEqualTo("b");
    assertThat(row.get("third").asText()).isEqualTo("c");
  }

  @Test
  void bind_returns_a_new_statement_and_leaves_the_original_unbound() {
    assertThat(run("bindReturnsNewStatement").toString()).isEqualTo("[1,2,0]");
  }

  @Test
  void first_all_raw_and_run_return_workerd_shapes() {
    JsonNode out = run("firstAllRawRun");
    assertThat(out.get("run").toString()).isEqualTo("{\"success\":true,\"changes\":2,\"last\":2}");
    assertThat(out.get("first").toString()).isEqualTo("{\"id\":1,\"name\":\"x\"}");
    assertThat(out.get("firstCol").asText()).isEqualTo("y");
    assertThat(out.get("all").toString()).isEqualTo("[{\"name\":\"x\"},{\"name\":\"y\"}]");
    assertThat(out.get("raw").toString()).isEqualTo("[[\"id\",\"name\"],[1,\"x\"],[2,\"y\"]]");
  }

  @Test
  void values_bind_and_rows_read_as_miniflares_json_carries_them() {
    JsonNode out = run("valuesAsTheJsonRequestCarriesThem");
    assertThat(out.get("negZero").asBoolean()).as("-0 binds as 0").isTrue();
    assertThat(out.get("nan").isNull()).as("NaN binds as null").isTrue();
    assertThat(out.get("inf").isNull()).as("Infinity binds as null").isTrue();
    assertThat(out.get("dup").asInt()).as("the last of two same-named columns wins").isEqualTo(2);
    assertThat(out.get("ownProto").asBoolean()).as("a __proto__ column is an own property").isTrue();
    assertThat(out.get("proto").asBoolean()).as("and leaves the row's prototype alone").isTrue();
    assertThat(out.get("keys").toString()).isEqualTo("[\"negZero\",\"nan\",\"inf\",\"dup\",\"__proto__\"]");
    assertThat(out.get("malformed").asText()).isEqualTo("D1_ERROR: " + D1Limits.MALFORMED_REQUEST);
  }

  @Test
  void blobs_come_back_as_byte_arrays_and_integers_as_javascript_numbers() {
    JsonNode row = run("blobsAndBigNumbers");
    assertThat(row.get("blob").toString()).isEqualTo("[0,127,255]");
    assertThat(row.get("big").asDouble()).isEqualTo(9007199254740992d);
    assertThat(row.get("real").asDouble()).isEqualTo(2.5);
    assertThat(row.get("empty").isNull()).isTrue();
  }

  @Test
  void a_failing_statement_rolls_back_the_whole_batch() {
    JsonNode out = run("batchIsOneTransaction");
    assertThat(out.get("error").asText())
        .isEqualTo("D1_ERROR: UNIQUE constraint failed: t.id: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_PRIMARYKEY)");
    assertThat(out.get("count").asInt()).isZero();
  }

  @Test
  void exec_runs_one_query_per_line_and_reports_count_and_duration() {
    assertThat(run("execCountsLines").toString()).isEqualTo("{\"count\":3,\"duration\":0,\"rows\":2}");
  }

  @Test
  void sessions_carry_bookmarks_that_resume_on_the_same_data() {
    JsonNode out = run("sessions");
    assertThat(out.get("before").isNull()).isTrue();
    assertThat(out.get("after").asText()).matches("[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}");
    assertThat(out.get("resumedBookmark").asText()).isEqualTo(out.get("after").asText());
    assertThat(out.get("read").asInt()).isEqualTo(1);
    assertThat(out.get("exec").asText()).isEqualTo("undefined");
  }

  @Test
  void bind_rejects_values_d1_cannot_store_with_d1_type_errors() {
    assertThat(run("typeErrors").toString()).isEqualTo("[\"D1_TYPE_ERROR: Type 'undefined' not supported for value 'undefined'\","
        + "\"D1_TYPE_ERROR: Type 'bigint' not supported for value '10'\","
        + "\"D1_TYPE_ERROR: Type 'object' not supported for value '[object Object]'\","
        + "\"D1_TYPE_ERROR: Type 'object' not supported for value '1,256'\","
        + "\"D1_TYPE_ERROR: Type 'function' not supported for value '() => 1'\"]");
  }

  @Test
  void the_reset_puts_the_database_back_between_tests() {
    run("firstAllRawRun");
    mf.restoreStorage((io.github.miniflare4j.StorageSnapshot) baseline);
    assertThat(mf.getBinding(D1Database.class, "DB").tables()).isEmpty();
  }
}
