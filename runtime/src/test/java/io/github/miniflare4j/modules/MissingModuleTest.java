package io.github.miniflare4j.modules;

import static io.github.miniflare4j.modules.WebAssemblyTest.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module the worker does not have: a dynamic {@code import()} rejects with workerd's {@code No
 * such module "<name>".}, the name relative to the worker's modules root; a static import fails
 * the worker's start.
 */
class MissingModuleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Imports {@code ./lang/<l>.js}, {@code some-<l>} and {@code /x/<l>.js}, reporting each outcome. */
  private static final String IMPORTER = """
      export default { async fetch(req) {
        const out = {};
        const run = async (k, f) => { try { out[k] = await f(); } catch (e) { out[k] = e.constructor.name + ": " + e.message; } };
        const lang = new URL(req.url).searchParams.get("l");
        await run("relative", async () => (await import("./lang/" + lang + ".js")).default);
        await run("bare", async () => (await import("some-" + lang)).default);
        await run("absolute", async () => (await import("/x/" + lang + ".js")).default);
        return Response.json(out);
      } };
      """;

  @TempDir Path dir;

  @Test
  void a_dynamic_import_of_a_missing_in_memory_module_rejects_with_its_name() throws Exception {
    WorkerOptions worker = WorkerOptions.builder()
        .modules(List.of(
            WorkerModule.esModule("src/index.js", IMPORTER),
            WorkerModule.esModule("src/lang/en.js", "export default 'hello';")))
        .build();

    try (Miniflare mf = new Miniflare(options().worker(worker).build())) {
      JsonNode present = JSON.readTree(mf.dispatchFetch("http://localhost/?l=en").text());
      JsonNode missing = JSON.readTree(mf.dispatchFetch("http://localhost/?l=de").text());

      assertThat(present.get("relative").asText()).isEqualTo("hello");
      assertThat(missing.get("relative").asText()).isEqualTo("Error: No such module \"src/lang/de.js\".");
      assertThat(missing.get("bare").asText()).isEqualTo("Error: No such module \"src/some-de\".");
      assertThat(missing.get("absolute").asText()).isEqualTo("Error: No such module \"x/de.js\".");
    }
  }

  @Test
  void a_dynamic_import_in_a_wrangler_project_names_the_module_relative_to_main() throws Exception {
    Files.createDirectories(dir.resolve("src/lang"));
    Files.writeString(dir.resolve("src/index.ts"), IMPORTER);
    Files.writeString(dir.resolve("src/lang/en.js"), "export default 'hello';");
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "langs"
        main = "src/index.ts"
        compatibility_date = "2025-01-01"
        """);

    try (Miniflare mf = new Miniflare(options().worker(WranglerConfig.load(config).workerOptions()).build())) {
      JsonNode present = JSON.readTree(mf.dispatchFetch("http://localhost/?l=en").text());
      JsonNode missing = JSON.readTree(mf.dispatchFetch("http://localhost/?l=de").text());

      assertThat(present.get("relative").asText()).isEqualTo("hello");
      assertThat(missing.get("relative").asText()).isEqualTo("Error: No such module \"lang/de.js\".");
      assertThat(missing.get("bare").asText()).isEqualTo("Error: No such module \"some-de\".");
      assertThat(missing.get("absolute").asText()).isEqualTo("Error: No such module \"x/de.js\".");
    }
  }

  @Test
  void a_static_import_of_a_missing_module_still_fails_the_start() {
    WorkerOptions worker = WorkerOptions.builder()
        .modules(List.of(WorkerModule.esModule("src/index.js", """
            import greeting from "./lang/de.js";
            export default { fetch() { return new Response(greeting); } };
            """)))
        .build();

    assertThatThrownBy(() -> new Miniflare(options().worker(worker).build()).close())
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("No such module \"src/lang/de.js\".");
  }

  @Test
  void a_bare_node_module_name_is_that_module_from_any_directory() throws Exception {
    WorkerOptions worker = WorkerOptions.builder()
        .compatibilityDate("2025-01-01")
        .compatibilityFlags("nodejs_compat")
        .modules(List.of(
            WorkerModule.esModule("src/index.js", """
                import { Buffer as top } from "buffer";
                import { nested, fs } from "./lib/deep/util.js";
                export default { async fetch() {
                  return Response.json({ same: top === nested && top === globalThis.Buffer, fs: await fs() });
                } };
                """),
            WorkerModule.esModule("src/lib/deep/util.js", """
                import { Buffer } from "buffer";
                import { pipeline } from "stream/promises";
                export const nested = typeof pipeline === "function" ? Buffer : null;
                export const fs = () => import("fs").then(() => "loaded", (e) => e.message);
                """)))
        .build();

    try (Miniflare mf = new Miniflare(options().worker(worker).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"same\":true,\"fs\":\"No such module \\\"node:fs\\\".\"}");
    }
  }
}
