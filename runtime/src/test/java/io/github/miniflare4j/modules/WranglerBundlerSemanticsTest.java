package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.config.WranglerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Wrangler's esbuild bundle does beyond resolving imports, which real projects rely on: its
 * own {@code process.env.NODE_ENV} define (React, debug switches in packages; no {@code process}
 * global needed) and optional dependencies, a {@code require} inside {@code try} whose package is
 * not installed ({@code pg}'s {@code pg-native}), which fails only when it runs.
 */
class WranglerBundlerSemanticsTest {

  @TempDir
  Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Miniflare start() {
    return new Miniflare(WranglerConfig.load(project.resolve("wrangler.toml")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build());
  }

  @Test
  void node_env_is_replaced_in_the_worker_and_its_packages_without_nodejs_compat() throws IOException {
    // Wrangler defines it from the NODE_ENV of its own process, "development" when unset
    String expected = System.getenv("NODE_ENV") == null || System.getenv("NODE_ENV").isEmpty()
        ? "development" : System.getenv("NODE_ENV");
    write("wrangler.toml", "name = \"env\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-10-01\"\n");
    write("src/index.ts", """
        import mode from "mode-pkg";
        const local = { written: "kept" };
        export default {
          async fetch(): Promise<Response> {
            return Response.json({
              own: process.env.NODE_ENV,
              viaGlobal: globalThis.process.env.NODE_ENV,
              pkg: mode(),
              hasProcess: typeof process !== "undefined" ? "yes" : "no",
              key: { NODE_ENV: 1 }.NODE_ENV,
            });
          },
        };
        """);
    write("node_modules/mode-pkg/package.json", "{\"name\":\"mode-pkg\",\"main\":\"index.js\"}");
    write("node_modules/mode-pkg/index.js",
        "module.exports = function () { return process.env.NODE_ENV === 'production' ? 'prod' : 'dev:' + process.env.NODE_ENV; };\n");

    try (Miniflare mf = start()) {
      Map<?, ?> body = mf.dispatchFetch("http://localhost/").json(Map.class);
      assertThat(body.get("own")).isEqualTo(expected);
      assertThat(body.get("viaGlobal")).isEqualTo(expected);
      assertThat(body.get("pkg")).isEqualTo("dev:" + expected);
      assertThat(body.get("hasProcess")).isEqualTo("no");
      assertThat(body.get("key")).isEqualTo(1);
    }
  }

  @Test
  void a_define_in_the_file_overrides_node_env_and_no_bundle_replaces_nothing() throws IOException {
    write("wrangler.toml", """
        name = "env"
        main = "src/index.js"
        compatibility_date = "2025-10-01"
        [define]
        "process.env.NODE_ENV" = "\\"test\\""
        """);
    write("src/index.js", "export default { fetch() { return new Response(process.env.NODE_ENV); } };\n");
    try (Miniflare mf = start()) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("test");
    }
    write("wrangler.toml", """
        name = "env"
        main = "src/index.js"
        compatibility_date = "2025-10-01"
        no_bundle = true
        """);
    write("src/index.js",
        "export default { fetch() { return new Response(typeof process === 'undefined' ? 'no process' : 'process'); } };\n");
    try (Miniflare mf = start()) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("no process");
    }
  }

  @Test
  void an_assignment_to_a_defined_path_is_left_alone() throws IOException {
    write("wrangler.toml",
        "name = \"env\"\nmain = \"src/index.js\"\ncompatibility_date = \"2025-10-01\"\ncompatibility_flags = [\"nodejs_compat\"]\n");
    write("src/index.js", """
        process.env.NODE_ENV = process.env.NODE_ENV || "production";
        export default { fetch() { return new Response("started"); } };
        """);
    try (Miniflare mf = start()) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("started");
    }
  }

  @Test
  void a_require_inside_try_of_a_missing_package_fails_only_when_it_runs() throws IOException {
    write("wrangler.toml", "name = \"opt\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n");
    write("src/index.ts", """
        import { hasNative, load } from "driver";
        export default {
          async fetch(): Promise<Response> {
            let error = "none";
            try { load(); } catch (e) { error = String(e.message); }
            return Response.json({ hasNative, error });
          },
        };
        """);
    write("node_modules/driver/package.json", "{\"name\":\"driver\",\"main\":\"index.js\"}");
    write("node_modules/driver/index.js", """
        var native = null;
        try {
          native = require("driver-native");
        } catch (e) {}
        exports.hasNative = native !== null;
        exports.load = function () {
          try { return require("other-missing"); } catch (e) { throw e; }
        };
        """);

    try (Miniflare mf = start()) {
      Map<?, ?> body = mf.dispatchFetch("http://localhost/").json(Map.class);
      assertThat(body.get("hasNative")).isEqualTo(false);
      assertThat(body.get("error")).isEqualTo("Dynamic require of \"other-missing\" is not supported");
    }
  }

  @Test
  void a_literal_require_in_an_es_module_gets_its_module_as_the_bundle_does() throws IOException {
    // ulid's ESM build probes require("crypto") inside try; esbuild bundles the call's target
    write("wrangler.toml", "name = \"esmreq\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n"
        + "compatibility_flags = [\"nodejs_compat\"]\n");
    write("src/index.ts", """
        import { id } from "idgen";
        import { fromCjs } from "./mixed.js";
        import { own } from "./own.js";
        export default {
          async fetch(): Promise<Response> {
            return Response.json({ id: id(), fromCjs, own, typeofRequire: typeof require });
          },
        };
        """);
    write("src/mixed.js", """
        const helper = require("./helper.cjs");
        const data = require("./data.json");
        export const fromCjs = helper.twice(data.n);
        """);
    write("src/helper.cjs", "exports.twice = (n) => n * 2;\n");
    write("src/data.json", "{\"n\": 21}\n");
    write("src/own.js", """
        function require(id) { return { id }; }
        export const own = require("not-a-package").id;
        """);
    write("node_modules/idgen/package.json", "{\"name\":\"idgen\",\"module\":\"index.esm.js\",\"main\":\"index.js\"}");
    write("node_modules/idgen/index.esm.js", """
        function detect() {
          try {
            const nodeCrypto = require("crypto");
            return () => nodeCrypto.randomBytes(4).length;
          } catch (e) {}
          throw new Error("secure crypto unusable");
        }
        const random = detect();
        export function id() { return "id-" + random(); }
        """);

    try (Miniflare mf = start()) {
      Map<?, ?> body = mf.dispatchFetch("http://localhost/").json(Map.class);
      assertThat(body.get("id")).isEqualTo("id-4");
      assertThat(body.get("fromCjs")).isEqualTo(42);
      assertThat(body.get("own")).isEqualTo("not-a-package");
      assertThat(body.get("typeofRequire")).isEqualTo("undefined");
    }
  }

  @Test
  void using_declarations_are_lowered_as_esbuild_lowers_them() throws IOException {
    write("wrangler.toml", "name = \"erm\"\nmain = \"src/index.js\"\ncompatibility_date = \"2025-01-01\"\n");
    write("src/index.js", """
        function connect(logs, name, failDispose) {
          logs.push("open " + name);
          return {
            send(m) { logs.push(name + " sent " + m); },
            [Symbol.dispose]() { logs.push("dispose " + name); if (failDispose) throw new Error("dispose " + name + " failed"); },
            async [Symbol.asyncDispose]() { logs.push("asyncDispose " + name); },
          };
        }
        async function both(logs) {
          using a = connect(logs, "a"), b = connect(logs, "b");
          await using c = connect(logs, "c");
          a.send("hello");
          if (logs.length > 0) {
            using inner = connect(logs, "inner");
            inner.send("x");
          }
          return "returned";
        }
        function failing(logs) {
          using d = connect(logs, "d", true);
          throw new Error("body failed");
        }
        export default {
          async fetch() {
            const logs = [];
            const value = await both(logs);
            let error;
            try { failing(logs); } catch (e) { error = [e.name, e.error.message, e.suppressed.message]; }
            const using = 3, other = using + 1;
            return Response.json({ logs, value, error, other });
          },
        };
        """);
    try (Miniflare mf = start()) {
      Map<?, ?> body = mf.dispatchFetch("http://localhost/").json(Map.class);
      assertThat(body.get("logs")).isEqualTo(java.util.List.of("open a", "open b", "open c", "a sent hello", "open inner",
          "inner sent x", "dispose inner", "asyncDispose c", "dispose b", "dispose a", "open d", "dispose d"));
      assertThat(body.get("value")).isEqualTo("returned");
      assertThat(body.get("error")).isEqualTo(java.util.List.of("SuppressedError", "dispose d failed", "body failed"));
      assertThat(body.get("other")).isEqualTo(4);
    }
  }

  @Test
  void a_file_a_commonjs_rule_types_is_importable_by_the_bundled_worker() throws IOException {
    write("wrangler.toml", """
        name = "rules"
        main = "src/index.ts"
        compatibility_date = "2023-08-01"
        find_additional_modules = true
        [[rules]]
        type = "CommonJS"
        globs = ["**/*.cjs"]
        """);
    write("src/common.cjs", "module.exports = \"common\";\n");
    write("src/index.ts", """
        import common from "./common.cjs";
        export default { async fetch(): Promise<Response> { return new Response(common); } };
        """);
    try (Miniflare mf = start()) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("common");
    }
  }

  @Test
  void a_workspace_package_linked_from_node_modules_is_importable() throws IOException {
    write("app/wrangler.toml", "name = \"ws\"\nmain = \"src/index.js\"\ncompatibility_date = \"2025-01-01\"\n");
    write("app/src/index.js", """
        import { random } from "@fixture/iso";
        export default { fetch() { return new Response(random()); } };
        """);
    write("packages/iso/package.json",
        "{\"name\":\"@fixture/iso\",\"exports\":{\"workerd\":\"./src/workerd.mjs\",\"default\":\"./src/default.js\"}}");
    write("packages/iso/src/workerd.mjs", "import { tail } from \"./lib/tail.mjs\";\nexport const random = () => \"workerd\" + tail;\n");
    write("packages/iso/src/lib/tail.mjs", "export const tail = \"!\";\n");
    Files.createDirectories(project.resolve("app/node_modules/@fixture"));
    Files.createSymbolicLink(project.resolve("app/node_modules/@fixture/iso"), Path.of("../../../packages/iso"));

    // twice: the second instance finds the modules already prepared in this JVM
    for (int run = 0; run < 2; run++) {
      try (Miniflare mf = new Miniflare(WranglerConfig.load(project.resolve("app/wrangler.toml")).toOptions()
          .startupTimeout(Duration.ofMinutes(2)).build())) {
        assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("workerd!");
      }
    }
  }

  @Test
  void a_wrangler_worker_imports_files_outside_its_configurations_folder_as_the_bundle_does() throws IOException {
    write("conformance/worker/wrangler.jsonc", "{ \"name\": \"w\", \"main\": \"index.ts\", \"compatibility_date\": \"2025-01-01\" }");
    write("conformance/worker/index.ts", """
        import { provider } from "../../src/provider";
        export default {
          async fetch(request: Request): Promise<Response> {
            const lazy = await import("../../src/lazy.js");
            const name = new URL(request.url).searchParams.get("m") ?? "secret";
            let computed: string;
            try { computed = (await import("../../src/" + name + ".js")).value; } catch (e) { computed = "refused " + e.constructor.name; }
            return Response.json({ provider: provider(), lazy: lazy.value, computed });
          },
        };
        """);
    write("src/provider.ts", "import { helper } from \"./helper\";\nexport const provider = (): string => \"provider+\" + helper;\n");
    write("src/helper.ts", "export const helper: string = \"helper\";\n");
    write("src/lazy.js", "export const value = \"lazy\";\n");
    write("src/secret.js", "export const value = \"leaked\";\n");

    try (Miniflare mf = new Miniflare(WranglerConfig.load(project.resolve("conformance/worker/wrangler.jsonc")).toOptions()
        .startupTimeout(Duration.ofMinutes(2)).build())) {
      Map<?, ?> body = mf.dispatchFetch("http://localhost/").json(Map.class);
      assertThat(body.get("provider")).isEqualTo("provider+helper");
      assertThat(body.get("lazy")).isEqualTo("lazy");
      // esbuild cannot bundle a computed path: only what the worker imports by name is there
      assertThat(body.get("computed")).isEqualTo("refused Error");
    }
  }
}
