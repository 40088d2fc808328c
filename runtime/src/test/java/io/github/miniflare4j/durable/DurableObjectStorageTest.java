package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ctx.storage: key-value API, transactions, SQL, the Java view, snapshots and persistence. */
class DurableObjectStorageTest {

  private static final String ROUTER = """
      export default { fetch(req, env) {
        const u = new URL(req.url);
        return env.OBJ.get(env.OBJ.idFromName(u.searchParams.get("name") ?? "one")).fetch(req);
      } };
      """;

  private static final String COUNTER = """
      import { DurableObject } from "cloudflare:workers";
      export class Obj extends DurableObject {
        async fetch() { const n = ((await this.ctx.storage.get("n")) ?? 0) + 1; await this.ctx.storage.put("n", n); return new Response(String(n)); }
      }
      """ + ROUTER;

  private static MiniflareOptions.Builder options(String script, boolean sqlite) {
    return MiniflareOptions.builder().worker(WorkerOptions.builder().modules(true)
        .durableObject("OBJ", DurableObjectBinding.of("Obj").withSqlite(sqlite)).script(script));
  }

  @Test
  void transaction_rolls_back_every_write_of_a_failed_closure() {
    try (Miniflare mf = new Miniflare(options("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          async fetch() {
            const s = this.ctx.storage;
            await s.put({ a: 1, b: 2 });
            try {
              await s.transaction(async (txn) => { await txn.put("a", 10); await txn.delete("b"); await txn.put("c", 3); throw new Error("no"); });
            } catch {}
            const nested = await s.transaction(async (outer) => {
              await outer.put("d", 4);
              try { await s.transaction(async (inner) => { await inner.put("d", 5); throw new Error("inner"); }); } catch {}
              return outer.get("d");
            });
            return Response.json({ all: [...(await s.list())], nested });
          }
        }
        """ + ROUTER, false).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"all\":[[\"a\",1],[\"b\",2],[\"d\",4]],\"nested\":4}");
    }
  }

  @Test
  void sql_exec_returns_cursors_and_shares_the_database_with_the_java_view() {
    try (Miniflare mf = new Miniflare(options("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          async fetch() {
            const sql = this.ctx.storage.sql;
            sql.exec("CREATE TABLE IF NOT EXISTS msg(id INTEGER PRIMARY KEY, body TEXT, raw BLOB)");
            const ins = sql.exec("INSERT INTO msg(body, raw) VALUES (?, ?), (?, ?)", "hi", new Uint8Array([7]), "yo", null);
            const cur = sql.exec("SELECT id, body FROM msg ORDER BY id");
            const out = { written: ins.rowsWritten, columns: cur.columnNames, rows: cur.toArray(), read: cur.rowsRead };
            out.raw = sql.exec("SELECT id, body FROM msg ORDER BY id").raw().toArray();
            out.one = sql.exec("SELECT body FROM msg WHERE id = ?", 2).one();
            out.blob = [...new Uint8Array(sql.exec("SELECT raw FROM msg WHERE id = 1").one().raw)];
            try { sql.exec("SELEC 1"); } catch (e) { out.error = e.message; }
            try { sql.exec("SELECT * FROM msg").one(); } catch (e) { out.many = e.message; }
            return Response.json(out);
          }
        }
        """ + ROUTER, true).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo(
          "{\"written\":2,\"columns\":[\"id\",\"body\"],\"rows\":[{\"id\":1,\"body\":\"hi\"},{\"id\":2,\"body\":\"yo\"}],"
              + "\"read\":2,\"raw\":[[1,\"hi\"],[2,\"yo\"]],\"one\":{\"body\":\"yo\"},\"blob\":[7],"
              + "\"error\":\"near \\\"SELEC\\\": syntax error at offset 0: SQLITE_ERROR\","
              + "\"many\":\"Expected exactly one result from SQL query, but got multiple results.\"}");
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");

      List<Map<String, Object>> rows = ns.storage(ns.idFromName("one")).sql("SELECT body FROM msg WHERE id = ?", 1);

      assertThat(rows).containsExactly(Map.of("body", "hi"));
    }
  }

  @Test
  void sql_is_refused_for_classes_that_are_not_sqlite_backed() {
    try (Miniflare mf = new Miniflare(options("""
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          fetch() { try { this.ctx.storage.sql.exec("SELECT 1"); return new Response("ran"); } catch (e) { return new Response(e.message); } }
        }
        """ + ROUTER, false).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).startsWith("SQL is not enabled for this Durable Object class.");
    }
  }

  @Test
  void java_view_seeds_values_the_object_reads_and_reads_what_it_wrote() {
    try (Miniflare mf = new Miniflare(options(COUNTER, false).build())) {
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      DurableObjectStorageView storage = ns.storage(ns.idFromName("one"));
      storage.put("n", 41);

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("42");
      assertThat(storage.list()).containsExactly(Map.entry("n", 42.0));
      assertThat(ns.ids()).extracting(DurableObjectId::hex).containsExactly(ns.idFromName("one").hex());
      assertThatThrownBy(() -> ns.idFromString("zz"))
          .hasMessageStartingWith("Invalid Durable Object ID: must be 64 hex digits");
    }
  }

  @Test
  void restore_puts_storage_back_and_constructs_objects_anew() {
    try (Miniflare mf = new Miniflare(options(COUNTER, false).build())) {
      mf.dispatchFetch("http://localhost/");
      DurableObjectsSnapshot snapshot = mf.snapshotDurableObjects();
      mf.dispatchFetch("http://localhost/");
      mf.dispatchFetch("http://localhost/?name=other");

      mf.restoreDurableObjects(snapshot);

      // an object created after the snapshot no longer exists (as Vitest's isolated storage
      // drops it): listDurableObjectIds / ids() gives the snapshot's objects only
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      assertThat(ns.ids()).extracting(DurableObjectId::hex).containsExactly(ns.idFromName("one").hex());
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
      assertThat(mf.dispatchFetch("http://localhost/?name=other").text()).isEqualTo("1");
      mf.resetDurableObjects();
      assertThat(ns.ids()).isEmpty();
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1");
    }
  }

  @Test
  void a_reset_object_measures_as_a_fresh_one() {
    String sizes = """
        import { DurableObject } from "cloudflare:workers";
        export class Obj extends DurableObject {
          async fetch(req) {
            const sql = this.ctx.storage.sql;
            if (new URL(req.url).pathname === "/fill") {
              sql.exec("CREATE TABLE users (name TEXT PRIMARY KEY, age INTEGER)");
              sql.exec("CREATE TABLE plain (v TEXT)");
              sql.exec("CREATE INDEX plain_v ON plain (v)");
              await this.ctx.storage.put("k", 1);
            }
            return new Response(String(sql.databaseSize));
          }
        }
        """ + ROUTER;
    try (Miniflare mf = new Miniflare(options(sizes, true).build())) {
      assertThat(mf.dispatchFetch("http://localhost/fill").text()).isEqualTo("24576");

      mf.resetDurableObjects();

      // as a new object (recorded: a fresh SQLite-backed object measures 4096)
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("4096");
      assertThat(mf.dispatchFetch("http://localhost/?name=other").text()).isEqualTo("4096");
    }
  }

  @Test
  void persisted_storage_survives_a_new_instance(@TempDir Path dir) {
    MiniflareOptions persisted = options(COUNTER, false).durableObjectsPersist(dir).build();
    try (Miniflare mf = new Miniflare(persisted)) {
      mf.dispatchFetch("http://localhost/");
      mf.dispatchFetch("http://localhost/");
    }
    try (Miniflare mf = new Miniflare(persisted)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("3");
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      assertThat(dir.resolve("-Obj").resolve(ns.idFromName("one").hex() + ".sqlite")).exists();
    }
  }

  @Test
  void persisted_storage_goes_back_to_a_storage_snapshot(@TempDir Path dir) {
    try (Miniflare mf = new Miniflare(options(COUNTER, true).durableObjectsPersist(dir).build())) {
      mf.dispatchFetch("http://localhost/");
      var baseline = mf.snapshotStorage();
      mf.dispatchFetch("http://localhost/");
      mf.dispatchFetch("http://localhost/?name=other");

      mf.restoreStorage(baseline);

      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      assertThat(ns.ids()).extracting(DurableObjectId::hex).containsExactly(ns.idFromName("one").hex());
      assertThat(dir.resolve("-Obj").resolve(ns.idFromName("other").hex() + ".sqlite")).doesNotExist();
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
      assertThat(mf.dispatchFetch("http://localhost/?name=other").text()).isEqualTo("1");
    }
  }

  @Test
  void a_restored_persisted_object_stays_restored_in_the_next_instance(@TempDir Path dir) {
    MiniflareOptions persisted = options(COUNTER, false).durableObjectsPersist(dir).build();
    try (Miniflare mf = new Miniflare(persisted)) {
      mf.dispatchFetch("http://localhost/");
      var baseline = mf.snapshotStorage();
      mf.dispatchFetch("http://localhost/");
      mf.restoreStorage(baseline);
    }
    try (Miniflare mf = new Miniflare(persisted)) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
    }
  }

  @Test
  void persisted_objects_of_an_earlier_instance_are_part_of_the_snapshot(@TempDir Path dir) {
    MiniflareOptions persisted = options(COUNTER, false).durableObjectsPersist(dir).build();
    try (Miniflare mf = new Miniflare(persisted)) {
      mf.dispatchFetch("http://localhost/");
    }
    try (Miniflare mf = new Miniflare(persisted)) {
      var baseline = mf.snapshotStorage();
      mf.dispatchFetch("http://localhost/");
      mf.dispatchFetch("http://localhost/");

      mf.restoreStorage(baseline);

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
    }
  }
}
