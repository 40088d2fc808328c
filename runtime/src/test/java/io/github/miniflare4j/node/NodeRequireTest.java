package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * node:module's createRequire() and process.getBuiltinModule() load modules synchronously, as
 * workerd's do: built-in modules and the worker's own modules, the same instances import gives.
 */
class NodeRequireTest {

  @Test
  void require_gives_the_namespace_import_gives_by_node_and_bare_names() {
    JsonNode out =
        NodeProbe.run(
            """
            import { createRequire } from "node:module";
            import * as buffer from "node:buffer";
            """,
            """
            const require = createRequire("/worker.js");
            out.same = [require("node:buffer") === buffer, require("buffer") === buffer, require("buffer").Buffer === Buffer];
            out.stream = typeof require("stream/promises").pipeline;
            out.dynamic = (await import("node:events")) === require("events");
            try { require("fs"); } catch (e) { out.fs = e.message; }
            try { require("node:process"); } catch (e) { out.process = e.message; }
            """);
    assertThat(out.get("same").toString()).isEqualTo("[true,true,true]");
    assertThat(out.get("stream").asText()).isEqualTo("function");
    assertThat(out.get("dynamic").asBoolean()).isTrue();
    assertThat(out.get("fs").asText()).isEqualTo("No such module \"node:fs\".");
    assertThat(out.get("process").asText()).isEqualTo("No such module \"node:process\".");
  }

  @Test
  void a_module_imported_nowhere_is_loaded_and_evaluated_by_require_once() {
    JsonNode out =
        NodeProbe.run(
            "import { createRequire } from \"node:module\";",
            """
            const require = createRequire("file:///src/worker.js");
            const first = require("node:string_decoder");
            out.decoded = new first.StringDecoder("utf8").write(Buffer.from("é"));
            out.once = first === require("string_decoder") && first === createRequire("/other.js")("node:string_decoder");
            """);
    assertThat(out.get("decoded").asText()).isEqualTo("é");
    assertThat(out.get("once").asBoolean()).isTrue();
  }

  @Test
  void get_builtin_module_gives_default_exports_and_undefined_for_anything_else() {
    JsonNode out =
        NodeProbe.run(
            "import EventEmitter from \"node:events\";",
            """
            out.events = process.getBuiltinModule("events") === EventEmitter;
            out.process = process.getBuiltinModule("node:process") === process;
            out.none = [process.getBuiltinModule("node:fs"), process.getBuiltinModule("./x.js"), process.getBuiltinModule(42)].map(String);
            """);
    assertThat(out.get("events").asBoolean()).isTrue();
    assertThat(out.get("process").asBoolean()).isTrue();
    assertThat(out.get("none").toString()).isEqualTo("[\"undefined\",\"undefined\",\"undefined\"]");
  }

  @Test
  void require_loads_the_workers_own_modules_by_type() {
    JsonNode out =
        runModules(
            WorkerModule.esModule(
                "src/index.js",
                """
                import { createRequire } from "node:module";
                import * as lib from "./lib.js";
                export default { async fetch() {
                  const require = createRequire("/src/index.js");
                  const out = {};
                  out.esm = require("./lib.js") === lib && require("/src/lib.js") === lib;
                  out.cjs = require("./c.cjs").answer;
                  out.text = require("./t.txt");
                  out.data = require("./d.bin").byteLength;
                  try { require("./missing.js"); } catch (e) { out.missing = e.message; }
                  try { require("../../x.js"); } catch (e) { out.escape = e.message; }
                  return Response.json(out);
                } };
                """),
            WorkerModule.esModule("src/lib.js", "export const a = 1;"),
            WorkerModule.commonJs("src/c.cjs", "module.exports = { answer: 42 };"),
            WorkerModule.text("src/t.txt", "hello"),
            WorkerModule.data("src/d.bin", new byte[] {1, 2, 3}));
    assertThat(out.get("esm").asBoolean()).isTrue();
    assertThat(out.get("cjs").asInt()).isEqualTo(42);
    assertThat(out.get("text").asText()).isEqualTo("hello");
    assertThat(out.get("data").asInt()).isEqualTo(3);
    assertThat(out.get("missing").asText()).isEqualTo("No such module \"src/missing.js\".");
    assertThat(out.get("escape").asText()).isEqualTo("Invalid specifier path: ../../x.js");
  }

  @Test
  void a_module_with_top_level_await_is_refused_as_in_workerd() {
    JsonNode out =
        runModules(
            WorkerModule.esModule(
                "index.js",
                """
                import { createRequire } from "node:module";
                export default { async fetch() {
                  const out = {};
                  try { createRequire("/index.js")("./tla.js"); } catch (e) { out.tla = e.message; }
                  out.imported = (await import("./tla.js")).x;
                  return Response.json(out);
                } };
                """),
            WorkerModule.esModule("tla.js", "await null; export const x = 1;"));
    assertThat(out.get("tla").asText()).isEqualTo("Top-level await in module is not permitted at this time.");
    assertThat(out.get("imported").asInt()).isEqualTo(1);
  }

  @Test
  void require_works_in_top_level_code() {
    JsonNode out =
        NodeProbe.run(
            """
            import { createRequire } from "node:module";
            const { Buffer: B } = createRequire("/worker.js")("node:buffer");
            const encoded = B.from("hi").toString("hex");
            """,
            "out.encoded = encoded;");
    assertThat(out.get("encoded").asText()).isEqualTo("6869");
  }

  /**
   * A deviation: workerd's require() throws the error of a module that throws while it
   * evaluates; here GraalJS reports it when the current call into JavaScript returns, so the
   * request fails with that error instead of the caller's catch seeing it.
   */
  @Test
  void a_module_throwing_at_top_level_fails_the_request_with_its_error() {
    WorkerOptions.Builder worker =
        WorkerOptions.builder()
            .modules(
                List.of(
                    WorkerModule.esModule(
                        "index.js",
                        """
                        import { createRequire } from "node:module";
                        export default { async fetch() {
                          try { createRequire("/index.js")("./thrower.js"); } catch (e) { return new Response("caught"); }
                          return new Response("not thrown");
                        } };
                        """),
                    WorkerModule.esModule("thrower.js", "throw new RangeError(\"top-level boom\");")))
            .compatibilityDate("2025-01-01")
            .compatibilityFlags("nodejs_compat");
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      assertThatThrownBy(() -> mf.dispatchFetch("http://localhost/"))
          .isInstanceOf(WorkerException.class)
          .hasMessageContaining("RangeError: top-level boom");
    }
  }

  private static JsonNode runModules(WorkerModule... modules) {
    WorkerOptions.Builder worker =
        WorkerOptions.builder().modules(List.of(modules)).compatibilityDate("2025-01-01").compatibilityFlags("nodejs_compat");
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");
      assertThat(response.status()).as(response.text()).isEqualTo(200);
      return response.json();
    }
  }
}
