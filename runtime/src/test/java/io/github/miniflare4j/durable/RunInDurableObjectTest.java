package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DurableObjectStub#runInDurableObject}: test code run inside an object, as Vitest's runInDurableObject(). */
class RunInDurableObjectTest {

  static final String WORKER = """
      import { DurableObject } from "cloudflare:workers";
      export class Counter extends DurableObject {
        count = 0;
        constructor(ctx, env) {
          super(ctx, env);
          ctx.blockConcurrencyWhile(async () => { this.count = (await ctx.storage.get("count")) ?? 0; });
        }
        fetch() {
          this.count++;
          this.ctx.storage.put("count", this.count);
          return new Response(String(this.count));
        }
      }
      export default { fetch(req, env) { return env.COUNTER.getByName("c").fetch(req); } };
      """;

  static Miniflare mf;
  static DurableObjectNamespace counters;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3)).dispatchTimeout(Duration.ofMinutes(1))
        .worker(WorkerOptions.builder().modules(true).script(WORKER).durableObject("COUNTER", "Counter")).build());
    counters = mf.getDurableObjectNamespace("COUNTER");
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void the_function_sees_the_live_instance_and_its_state() {
    mf.dispatchFetch("http://localhost/");
    DurableObjectStub stub = counters.getByName("c");

    Object seen = stub.runInDurableObject(
        "async (instance, state) => [instance.count, await state.storage.get('count'), instance.constructor.name, state.id.name]");

    assertThat(seen).isEqualTo(List.of(1.0, 1.0, "Counter", "c"));
  }

  @Test
  void the_function_can_change_fields_that_rpc_cannot_reach() {
    DurableObjectStub stub = counters.getByName("changed");

    stub.runInDurableObject("(instance, state, value) => { instance.count = value; }", 41);

    assertThat(stub.fetch("http://localhost/").text()).isEqualTo("42");
  }

  @Test
  void an_object_not_running_yet_is_constructed_first() {
    DurableObjectStub stub = counters.get(counters.newUniqueId());

    assertThat(stub.runInDurableObject("(instance) => instance.count")).isEqualTo(0.0);
    assertThat(counters.ids()).contains(stub.id());
  }

  @Test
  void errors_and_syntax_errors_of_the_function_come_back_as_worker_exceptions() {
    DurableObjectStub stub = counters.getByName("errors");

    assertThatThrownBy(() -> stub.runInDurableObject("() => { throw new RangeError('out of range'); }"))
        .isInstanceOfSatisfying(WorkerException.class, e -> {
          assertThat(e.errorName()).isEqualTo("RangeError");
          assertThat(e.errorMessage()).isEqualTo("out of range");
        });
    assertThatThrownBy(() -> stub.runInDurableObject("(instance) => {"))
        .isInstanceOfSatisfying(WorkerException.class, e -> assertThat(e.errorName()).isEqualTo("SyntaxError"));
  }

  @Test
  void the_worker_itself_still_cannot_generate_code_from_strings() {
    DurableObjectStub stub = counters.getByName("eval");

    assertThat(stub.runInDurableObject("() => { try { new Function('return 1'); return 'compiled'; } catch (e) { return e.name; } }"))
        .isEqualTo("EvalError");
  }

  @Test
  void literal_imports_in_the_function_name_project_modules_as_a_test_file_imports_them(@TempDir Path dir) throws Exception {
    // the shape of a Vitest suite that imports a helper the worker does not (a migrations runner)
    // and uses it inside runInDurableObject with the object's state
    Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("test/worker.ts"), """
        import { DurableObject } from "cloudflare:workers";
        import { label } from "../src/label";
        export class Store extends DurableObject {}
        export default { fetch(): Response { return new Response(label("root")); } };
        """);
    Files.writeString(dir.resolve("src/label.ts"), "let calls = 0; export const label = (s: string): string => s + ':' + ++calls;\n");
    Files.writeString(dir.resolve("src/migrate.ts"), """
        export function migrate(sql: SqlStorage): number {
          sql.exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)");
          sql.exec("INSERT INTO t VALUES (1), (2)");
          return sql.exec("SELECT count(*) AS n FROM t").one().n as number;
        }
        """);
    Path config = Files.writeString(dir.resolve("test/wrangler.jsonc"), """
        { "name": "imports", "main": "./worker.ts", "compatibility_date": "2025-05-25",
          "durable_objects": { "bindings": [{ "name": "STORE", "class_name": "Store" }] },
          "migrations": [{ "tag": "v1", "new_sqlite_classes": ["Store"] }] }
        """);

    try (Miniflare project = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
        .dispatchTimeout(Duration.ofMinutes(1)).worker(WranglerConfig.load(config).workerOptions()).build())) {
      assertThat(project.dispatchFetch("http://x/").text()).isEqualTo("root:1");
      DurableObjectStub stub = project.getDurableObjectNamespace("STORE").getByName("a");

      // a module outside the Wrangler file's folder the worker never imported, with the state
      assertThat(stub.runInDurableObject(
          "async (instance, state) => (await import('../src/migrate')).migrate(state.storage.sql)")).isEqualTo(2.0);
      // the entry module and a module the worker imports: the instances the worker loaded
      assertThat(stub.runInDurableObject("""
          async (instance) => {
            const { Store } = await import("./worker");
            const { label } = await import("../src/label.ts");
            return [instance instanceof Store, label("test")];
          }""")).isEqualTo(List.of(true, "test:2"));
      // a specifier that names no module stays as written and fails as the worker's import would
      assertThatThrownBy(() -> stub.runInDurableObject("async () => import('no-such-pkg')"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("No such module \"no-such-pkg\".");
    }
  }

  /**
   * A Vitest test imports a project module and uses it on the object's state inside {@code
   * runInDurableObject} (durable-utils' SQL migrations suite): the function's literal imports name
   * the project's modules as {@code ModuleExports.run}'s do, the instance the worker loaded.
   */
  @Test
  void the_functions_literal_imports_name_the_projects_modules(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), """
        import { DurableObject } from "cloudflare:workers";
        export class Store extends DurableObject {}
        export default { fetch(): Response { return new Response("ok"); } };
        """);
    Files.writeString(dir.resolve("src/migrations.ts"), """
        export let runs = 0;
        export class Migrations {
          constructor(private storage: DurableObjectStorage) {}
          async runAll(): Promise<number> {
            runs++;
            this.storage.sql.exec("CREATE TABLE IF NOT EXISTS t (v INTEGER)");
            this.storage.sql.exec("INSERT INTO t VALUES (1)");
            return this.storage.sql.exec("SELECT count(*) AS n FROM t").one().n as number;
          }
        }
        """);
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "imports-in-objects"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        [[durable_objects.bindings]]
        name = "STORE"
        class_name = "Store"
        [[migrations]]
        tag = "v1"
        new_sqlite_classes = ["Store"]
        """);

    try (Miniflare files = new Miniflare(MiniflareOptions.builder().startupTimeout(Duration.ofMinutes(3))
        .worker(WranglerConfig.load(config).workerOptions()).build())) {
      DurableObjectStub stub = files.getDurableObjectNamespace("STORE").getByName("s");

      Object rows = stub.runInDurableObject(
          "async (instance, state) => { const { Migrations } = await import('src/migrations'); return new Migrations(state.storage).runAll(); }");
      Object again = stub.runInDurableObject(
          "async (instance, state) => { const m = await import('./src/migrations.ts'); await new m.Migrations(state.storage).runAll(); return m.runs; }");

      assertThat(rows).isEqualTo(1.0);
      assertThat(again).isEqualTo(2.0);
      assertThat(files.importModule("src/migrations.ts").get("runs")).isEqualTo(2.0);
      assertThatThrownBy(() -> stub.runInDurableObject("async () => import('no-such-pkg')"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("No such module \"no-such-pkg\".");
    }
  }
}
