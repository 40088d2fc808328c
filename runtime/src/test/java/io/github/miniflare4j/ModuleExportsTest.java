package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Miniflare#importModule}: a worker's module exports called from Java, as unit tests call them. */
class ModuleExportsTest {

  private static final String UTIL = """
      let calls = 0;
      export const VERSION = "1.2";
      export const limits = { max: 3, names: ["a", "b"] };
      export function slugify(text) { return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-"); }
      export function bump() { return ++calls; }
      export async function greet(env, name) { await null; return env.GREETING + ", " + name; }
      export function audit(ctx, env, key) { ctx.waitUntil(env.KV.put(key, "seen")); return "queued"; }
      export function fail(message) { throw new RangeError(message); }
      export default function sum(...values) { return values.reduce((a, b) => a + b, 0); }
      """;

  private static MiniflareOptions inline() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder()
            .name("app")
            .modules(List.of(
                WorkerModule.esModule("src/index.mjs", """
                    import { bump } from "./util.mjs";
                    export default { fetch() { return new Response(String(bump())); } };
                    """),
                WorkerModule.esModule("src/util.mjs", UTIL)))
            .binding("GREETING", "Hello")
            .kvNamespace("KV"))
        .build();
  }

  @Test
  void calls_exported_functions_with_converted_arguments_and_results() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("src/util.mjs");

      assertThat(util.call("slugify", "  Hello World ")).isEqualTo("hello-world");
      assertThat(util.call("default", 1, 2, 3.5)).isEqualTo(6.5);
      assertThat(util.get("VERSION")).isEqualTo("1.2");
      assertThat(util.get("limits")).isEqualTo(Map.of("max", 3.0, "names", List.of("a", "b")));
      assertThat(util.exportNames()).containsExactlyInAnyOrder("VERSION", "limits", "slugify", "bump", "greet", "audit", "fail", "default");
    }
  }

  @Test
  void shares_module_state_with_the_worker_until_a_restart() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("app", "src/util.mjs");

      assertThat(util.call("bump")).isEqualTo(1.0);
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("2");
      assertThat(util.call("bump")).isEqualTo(3.0);

      mf.restartWorkers();

      assertThat(util.call("bump")).isEqualTo(1.0);
    }
  }

  @Test
  void passes_the_workers_env_and_a_context_whose_wait_until_work_is_tracked() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("src/util.mjs");

      assertThat(util.call("greet", WorkerArgument.ENV, "Ada")).isEqualTo("Hello, Ada");
      assertThat(util.call("audit", WorkerArgument.EXECUTION_CONTEXT, WorkerArgument.ENV, "k1")).isEqualTo("queued");
      mf.waitUntilSettled(Duration.ofSeconds(10));

      assertThat(mf.getKVNamespace("KV").get("k1")).isEqualTo("seen");
    }
  }

  @Test
  void runs_test_code_with_the_module_a_stand_in_env_and_a_context() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("src/util.mjs");
      ModuleExports index = mf.importModule("src/index.mjs");

      // a stand-in env made in the worker, with a function in it: what call() cannot pass
      assertThat(util.run("(module, env) => module.greet({ ...env, GREETING: 'Hi' }, 'Bo')")).isEqualTo("Hi, Bo");
      assertThat(util.run("(module, env, ctx, a, b) => module.default(a, b, env.GREETING.length)", 2, 3)).isEqualTo(10.0);
      assertThat(util.run("""
          async (module, env, ctx) => module.audit(ctx, { KV: { put: async (key, value) => { await env.KV.put(key, value + "!"); } } }, "k2")"""))
          .isEqualTo("queued");
      mf.waitUntilSettled(Duration.ofSeconds(10));
      assertThat(mf.getKVNamespace("KV").get("k2")).isEqualTo("seen!");
      // the module is the worker's own instance: its state is shared
      @SuppressWarnings("unchecked")
      Map<String, Object> response = (Map<String, Object>) index.run(
          "(module, env, ctx) => module.default.fetch(new Request('http://x/'), env, ctx)");
      assertThat(response).containsEntry("status", 200);
      assertThat(util.call("bump")).isEqualTo(2.0);
    }
  }

  @Test
  void run_reports_what_the_test_code_threw_and_code_that_is_not_a_function() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("src/util.mjs");

      assertThatThrownBy(() -> util.run("(module) => module.fail('no')"))
          .isInstanceOfSatisfying(WorkerException.class, e -> {
            assertThat(e.errorName()).isEqualTo("RangeError");
            assertThat(e.errorMessage()).isEqualTo("no");
          });
      assertThatThrownBy(() -> util.run("42"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("run() needs a JavaScript function");
      assertThatThrownBy(() -> util.run("(module) => {"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("SyntaxError");
      assertThat(util.call("bump")).isEqualTo(1.0);
    }
  }

  @Test
  void run_lowers_using_declarations_of_test_code_as_a_bundled_test_file_has_them() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("src/util.mjs");

      Object order = util.run("""
          async (module) => {
            const log = [];
            {
              using a = { [Symbol.dispose]() { log.push("a"); } };
              await using b = { async [Symbol.asyncDispose]() { log.push("b"); } };
              log.push("body");
            }
            return log.join(",");
          }""");
      assertThat(order).isEqualTo("body,b,a");
    }
  }

  @Test
  void errors_name_the_javascript_error_or_the_exports_there_are() {
    try (Miniflare mf = new Miniflare(inline())) {
      ModuleExports util = mf.importModule("src/util.mjs");

      assertThatThrownBy(() -> util.call("fail", "too big"))
          .isInstanceOfSatisfying(WorkerException.class, e -> {
            assertThat(e.errorName()).isEqualTo("RangeError");
            assertThat(e.errorMessage()).isEqualTo("too big");
          });
      assertThatThrownBy(() -> util.call("slugifi", "x"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("has no export named \"slugifi\"")
          .hasMessageContaining("slugify");
      assertThatThrownBy(() -> util.call("VERSION"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("is not a function but string");
      assertThatThrownBy(() -> mf.importModule("src/missing.mjs"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("No such module");
      // the failed calls left the worker and its module as they were
      assertThat(util.call("bump")).isEqualTo(1.0);
    }
  }

  @Test
  void refuses_a_service_worker_script() {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().script("addEventListener('fetch', (e) => e.respondWith(new Response('ok')));"))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      assertThatThrownBy(() -> mf.importModule("src/util.mjs"))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("is a service-worker script");
    }
  }

  @Test
  void resolves_typescript_modules_of_a_wrangler_project_from_its_root(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src/lib"));
    Files.writeString(dir.resolve("src/index.ts"), """
        import { total } from "./lib/cart";
        export default { fetch(): Response { return new Response(String(total([1, 2]))); } };
        """);
    Files.writeString(dir.resolve("src/lib/cart.ts"), """
        interface Line { price: number; qty?: number }
        export function total(prices: number[]): number { return prices.reduce((a, b) => a + b, 0); }
        export function lines(items: Line[]): number { return items.map((l) => l.price * (l.qty ?? 1)).reduce((a, b) => a + b, 0); }
        """);
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "shop"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        """);

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WranglerConfig.load(config).workerOptions()).build())) {
      ModuleExports cart = mf.importModule("src/lib/cart");

      assertThat(cart.call("lines", List.of(Map.of("price", 2, "qty", 3), Map.of("price", 5)))).isEqualTo(11.0);
      assertThat(mf.importModule("shop", "src/lib/cart.ts").call("total", List.of(4, 5))).isEqualTo(9.0);
      assertThatThrownBy(() -> mf.importModule("src/lib/nope"))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("Worker \"shop\" has no module \"src/lib/nope\"");
    }
  }

  @Test
  void run_resolves_the_literal_imports_of_test_code_as_a_test_file_imports_them(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(dir.resolve("node_modules/schema"));
    Files.writeString(dir.resolve("src/index.ts"), """
        import { check } from "schema";
        import { HOME } from "./home";
        export default { fetch(): Response { return new Response(String(check(HOME))); } };
        """);
    Files.writeString(dir.resolve("src/home.ts"), "export const HOME: string = \"https://example.com\";\n");
    Files.writeString(dir.resolve("src/counter.ts"), "let n = 0; export const next = (): number => ++n;\n");
    Files.writeString(dir.resolve("node_modules/schema/package.json"), "{\"name\": \"schema\", \"type\": \"module\", \"main\": \"index.js\"}");
    Files.writeString(dir.resolve("node_modules/schema/index.js"), """
        export let checks = 0;
        export function check(url) { checks++; if (!/^https?:/.test(url)) throw new TypeError("bad scheme"); return true; }
        """);
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "imports"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        """);

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WranglerConfig.load(config).workerOptions()).build())) {
      ModuleExports index = mf.importModule("src/home.ts");
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("true");
      // a package the worker imports, by its bare name: the instance the worker loaded (its state)
      assertThat(index.run("async (m) => { const { check, checks } = await import('schema'); return [checks, check(m.HOME)]; }"))
          .isEqualTo(List.of(1.0, true));
      assertThat(index.run("async () => { try { (await import(\"schema\")).check('javascript:x'); } catch (e) { return e.message; } }"))
          .isEqualTo("bad scheme");
      // a project file the worker does not import, relative to the project root
      assertThat(index.run("async () => (await import('src/counter')).next() + (await import('./src/counter.ts')).next()"))
          .isEqualTo(3.0);
      assertThatThrownBy(() -> index.run("async () => import('no-such-pkg')"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("No such module \"no-such-pkg\".");
    }
  }

  /**
   * A Wrangler file in {@code test/} whose worker imports {@code ../src} (durable-utils' layout):
   * a source file the worker does not import, named by a test from the project root, loads with
   * its own imports, as a Vitest test file imports it; before, {@code No such module}.
   */
  @Test
  void a_file_outside_the_wrangler_folder_that_the_worker_does_not_import_is_served_to_tests(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(dir.resolve("test"));
    Files.writeString(dir.resolve("src/used.ts"), "export const base = (): number => 40;\n");
    Files.writeString(dir.resolve("src/unused.ts"), """
        import { base } from "./used";
        export const answer = (): number => base() + 2;
        """);
    Files.writeString(dir.resolve("test/worker.ts"), """
        import { base } from "../src/used";
        export default { fetch(): Response { return new Response(String(base())); } };
        """);
    Path config = Files.writeString(dir.resolve("test/wrangler.toml"), """
        name = "outside"
        main = "./worker.ts"
        compatibility_date = "2025-01-01"
        """);

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WranglerConfig.load(config).workerOptions()).build())) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("40");
      assertThat(mf.importModule("../src/unused.ts").call("answer")).isEqualTo(42.0);
      assertThat(mf.importModule("worker.ts").run("async () => (await import('../src/unused')).answer()")).isEqualTo(42.0);
    }
  }

  @Test
  void resolves_a_package_specifier_as_a_test_imports_a_package(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(dir.resolve("node_modules/tokens"));
    Files.writeString(dir.resolve("src/index.ts"), """
        import { version } from "tokens";
        export default { fetch(): Response { return new Response(version); } };
        """);
    Files.writeString(dir.resolve("node_modules/tokens/package.json"), """
        {"name": "tokens", "type": "module", "exports": {".": "./index.js", "./sign": {"workerd": "./sign.js", "default": "./node.js"}}}
        """);
    Files.writeString(dir.resolve("node_modules/tokens/index.js"), "export const version = \"1\";\n");
    Files.writeString(dir.resolve("node_modules/tokens/sign.js"), "export function sign(s) { return s + \".signed\"; }\n");
    // a UMD build (bcryptjs's shape): no visible export names, functions using `this`
    Files.createDirectories(dir.resolve("node_modules/legacy"));
    Files.writeString(dir.resolve("node_modules/legacy/package.json"), "{\"name\": \"legacy\", \"main\": \"umd.js\"}");
    Files.writeString(dir.resolve("node_modules/legacy/umd.js"), """
        (function (root, factory) {
          if (typeof module === "object" && module && module.exports) module.exports = factory();
        })(this, function () {
          var api = { prefix: "p:" };
          api.tag = function (s) { return this.prefix + s; };
          return api;
        });
        """);
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "pkg"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        """);

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WranglerConfig.load(config).workerOptions()).build())) {
      // a subpath the worker never imports, through the package's exports conditions
      assertThat(mf.importModule("tokens/sign").call("sign", "a")).isEqualTo("a.signed");
      assertThat(mf.importModule("tokens").get("version")).isEqualTo("1");
      // CommonJS seen as a namespace import sees it (esbuild's __toESM): module.exports' properties
      ModuleExports legacy = mf.importModule("legacy");
      assertThat(legacy.exportNames()).containsExactlyInAnyOrder("prefix", "tag", "default");
      assertThat(legacy.call("tag", "x")).isEqualTo("p:x");
      assertThat(legacy.get("prefix")).isEqualTo("p:");
      assertThatThrownBy(() -> mf.importModule("no-such-pkg"))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("Worker \"pkg\" has no module \"no-such-pkg\": neither a file under the project root");
    }
  }

  @Test
  void resolves_a_workspace_package_linked_from_outside_the_project_that_the_worker_imports_for_types_only(
      @TempDir Path dir) throws Exception {
    // a monorepo: the worker's node_modules links to packages/fetcher, whose exports point at TypeScript
    Path app = Files.createDirectories(dir.resolve("tests/app"));
    Path fetcher = Files.createDirectories(dir.resolve("packages/fetcher/src"));
    Files.writeString(dir.resolve("packages/fetcher/package.json"), """
        {"name": "@ws/fetcher", "type": "module", "exports": {".": {"types": "./src/index.ts", "import": "./src/index.ts"}}}
        """);
    Files.writeString(fetcher.resolve("index.ts"), """
        import { suffix } from "./suffix";
        export type Named = { name: string };
        export function named(n: Named): string { return n.name + suffix; }
        """);
    Files.writeString(fetcher.resolve("suffix.ts"), "export const suffix: string = \"!\";\n");
    Files.createDirectories(app.resolve("node_modules/@ws"));
    Files.createSymbolicLink(app.resolve("node_modules/@ws/fetcher"), Path.of("../../../../packages/fetcher"));
    Files.createDirectories(app.resolve("src"));
    Files.writeString(app.resolve("src/index.ts"), """
        import type { Named } from "@ws/fetcher";
        const who: Named = { name: "app" };
        export default { fetch(): Response { return new Response(who.name); } };
        """);
    Path config = Files.writeString(app.resolve("wrangler.toml"), """
        name = "app"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        """);

    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WranglerConfig.load(config).workerOptions()).build())) {
      assertThat(mf.importModule("@ws/fetcher").run("(m) => m.named({ name: 'x' })")).isEqualTo("x!");
    }
  }
}
