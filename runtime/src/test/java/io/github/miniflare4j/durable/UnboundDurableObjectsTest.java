package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable Object classes provisioned without a binding (Wrangler's {@code migrations} and
 * declarative {@code exports}, Miniflare's {@code additionalUnboundDurableObjects}): reachable
 * through {@code ctx.exports} only, with the storage kind their provisioning gives them.
 */
class UnboundDurableObjectsTest {

  static final String WORKER = """
      import { DurableObject } from "cloudflare:workers";
      class Base extends DurableObject {
        count() { return this.ctx.storage.kv.get("n") ?? 0; }
        bump() { const n = this.count() + 1; this.ctx.storage.kv.put("n", n); return n; }
        sqlite() { try { return typeof this.ctx.storage.sql.databaseSize; } catch (e) { return e.message.slice(0, 27); } }
      }
      export class Bound extends Base {}
      export class Hidden extends Base {}
      export default {
        async fetch(request, env, ctx) {
          const hidden = ctx.exports.Hidden.getByName("h");
          return Response.json({
            env: Object.keys(env).sort(),
            exports: Object.keys(ctx.exports).sort(),
            boundIsEnv: ctx.exports.Bound === env.BOUND,
            hidden: [await hidden.bump(), await hidden.bump()],
            hiddenSqlite: await hidden.sqlite(),
            boundSqlite: await env.BOUND.getByName("b").sqlite(),
          });
        },
      };
      """;

  @TempDir Path dir;

  private Path project(String wrangler) throws IOException {
    Files.writeString(dir.resolve("index.js"), WORKER);
    Path file = dir.resolve("wrangler.jsonc");
    Files.writeString(file, wrangler);
    return file;
  }

  private static String fetch(MiniflareOptions options) {
    try (Miniflare mf = new Miniflare(options)) {
      return mf.dispatchFetch("http://localhost/").text();
    }
  }

  @Test
  void declarative_exports_provision_bound_and_unbound_classes_with_their_storage() throws IOException {
    Path file = project("""
        { "name": "w", "main": "index.js", "compatibility_date": "2026-01-01",
          "durable_objects": { "bindings": [{ "name": "BOUND", "class_name": "Bound" }] },
          "exports": {
            "Bound": { "type": "durable-object", "storage": "sqlite" },
            "Hidden": { "type": "durable-object", "storage": "sqlite" },
            "Gone": { "type": "durable-object", "state": "deleted" } } }
        """);
    assertThat(fetch(WranglerConfig.options(null, file).build())).isEqualTo("{\"env\":[\"BOUND\"],"
        + "\"exports\":[\"Bound\",\"Hidden\",\"default\"],\"boundIsEnv\":true,\"hidden\":[1,2],"
        + "\"hiddenSqlite\":\"number\",\"boundSqlite\":\"number\"}");
  }

  @Test
  void migrations_provision_unbound_classes_too_and_legacy_classes_have_no_sql() throws IOException {
    Path file = project("""
        { "name": "w", "main": "index.js", "compatibility_date": "2026-01-01",
          "durable_objects": { "bindings": [{ "name": "BOUND", "class_name": "Bound" }] },
          "migrations": [
            { "tag": "v1", "new_classes": ["Bound"], "new_sqlite_classes": ["Old"] },
            { "tag": "v2", "renamed_classes": [{ "from": "Old", "to": "Hidden" }] } ] }
        """);
    assertThat(fetch(WranglerConfig.options(null, file).build())).isEqualTo("{\"env\":[\"BOUND\"],"
        + "\"exports\":[\"Bound\",\"Hidden\",\"default\"],\"boundIsEnv\":true,\"hidden\":[1,2],"
        + "\"hiddenSqlite\":\"number\",\"boundSqlite\":\"SQL is not enabled for this\"}");
  }

  @Test
  void a_migration_deleting_an_unknown_class_fails_with_wranglers_message() throws IOException {
    Path file = project("""
        { "name": "w", "main": "index.js", "compatibility_date": "2026-01-01",
          "migrations": [{ "tag": "v1", "deleted_classes": ["Nope"] }] }
        """);
    assertThatThrownBy(() -> WranglerConfig.load(file))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("Cannot apply deleted_classes migration to non-existent class Nope");
  }

  @Test
  void miniflare_json_additional_unbound_durable_objects() {
    String script = WORKER.replace("\"", "\\\"").replace("\n", "\\n");
    MiniflareOptions options = MiniflareOptions.fromJson("""
        { "modules": true, "compatibilityDate": "2026-01-01", "script": "%s",
          "durableObjects": { "BOUND": "Bound" },
          "additionalUnboundDurableObjects": [{ "className": "Hidden", "useSQLite": true }] }
        """.formatted(script));
    assertThat(fetch(options)).contains("\"env\":[\"BOUND\"]", "\"hidden\":[1,2]", "\"hiddenSqlite\":\"number\"");
  }

  @Test
  void a_wrangler_file_without_compatibility_date_gets_the_runtimes_date_with_wranglers_warning() throws IOException {
    Path file = project("{ \"name\": \"w\", \"main\": \"index.js\" }");
    WranglerConfig config = WranglerConfig.load(file);
    assertThat(config.workerOptions().compatibilityDate()).isEqualTo(WranglerConfig.DEFAULT_COMPATIBILITY_DATE);
    assertThat(config.warnings()).contains("No compatibility_date was specified. Using the default compatibility "
        + "date: 2026-04-26. Add one to your wrangler.jsonc file: \"compatibility_date\": \"2026-04-26\"");
  }
}
