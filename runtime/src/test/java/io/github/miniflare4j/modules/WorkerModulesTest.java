package io.github.miniflare4j.modules;

import static io.github.miniflare4j.modules.WebAssemblyTest.options;
import static io.github.miniflare4j.modules.WebAssemblyTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.ModuleRule;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module types a worker imports by path (Text, Data, CompiledWasm, CommonJS), given as
 * Miniflare's {@code modules} array or found on disk by the module rules.
 */
class WorkerModulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void a_text_module_is_a_string() throws Exception {
    JsonNode out = run(
        """
        import greeting from "./greeting.txt";
        export default { fetch() { return Response.json({ type: typeof greeting, greeting }); } };
        """,
        WorkerModule.text("greeting.txt", "héllo \"world\"\n\u2028end"));

    assertThat(out.get("type").asText()).isEqualTo("string");
    assertThat(out.get("greeting").asText()).isEqualTo("héllo \"world\"\n\u2028end");
  }

  @Test
  void a_data_module_is_an_array_buffer_of_its_bytes() throws Exception {
    JsonNode out = run(
        """
        import blob from "./blob.bin";
        export default { fetch() { return Response.json({ isArrayBuffer: blob instanceof ArrayBuffer, bytes: [...new Uint8Array(blob)] }); } };
        """,
        WorkerModule.data("blob.bin", new byte[] {0, 1, (byte) 0xff}));

    assertThat(out).hasToString("{\"isArrayBuffer\":true,\"bytes\":[0,1,255]}");
  }

  @Test
  void a_commonjs_module_exports_module_exports_and_requires_its_neighbours() throws Exception {
    JsonNode out = run(
        """
        import lib from "./lib/math.js";
        export default { fetch() { return Response.json({ sum: lib.sum(2, 3), label: lib.label, self: typeof lib }); } };
        """,
        WorkerModule.commonJs("lib/math.js", """
            const { prefix } = require("./prefix.cjs");
            const note = require("../note.txt");
            module.exports = { sum: (a, b) => a + b, label: prefix + note };
            """),
        WorkerModule.commonJs("lib/prefix.cjs", "exports.prefix = 'sum of ';"),
        WorkerModule.text("note.txt", "two numbers"));

    assertThat(out).hasToString("{\"sum\":5,\"label\":\"sum of two numbers\",\"self\":\"object\"}");
  }

  @Test
  void the_modules_array_of_the_json_options_holds_binary_contents_one_char_per_byte() throws Exception {
    ObjectNode options = JSON.createObjectNode();
    ArrayNode modules = options.putArray("modules");
    modules.addObject().put("type", "ESModule").put("path", "index.mjs").put("contents",
        "import add from './add.wasm'; import t from './t.txt';"
            + "export default { async fetch() { return new Response(t + (await WebAssembly.instantiate(add)).exports.add(1, 2)); } };");
    modules.addObject().put("type", "CompiledWasm").put("path", "add.wasm").put("contents", WasmBinaries.asJsonChars(WasmBinaries.ADD));
    modules.addObject().put("type", "Text").put("path", "t.txt").put("contents", "1+2=");

    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(options.toString()).toBuilder().startupTimeout(java.time.Duration.ofMinutes(3)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("1+2=3");
    }
  }

  @Test
  void json_modules_with_a_wrong_type_are_refused_with_the_fix() {
    assertThatThrownBy(() -> MiniflareOptions.fromJson(
            "{\"modules\":[{\"type\":\"ESModule\",\"path\":\"a.mjs\",\"contents\":\"\"},{\"type\":\"Wasm\",\"path\":\"b.wasm\",\"contents\":\"\"}]}"))
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Invalid Miniflare options: options.modules[1].type: unknown module type \"Wasm\"; "
            + "expected one of ESModule, CommonJS, Text, Data, CompiledWasm");
  }

  @Test
  void a_binary_modules_contents_string_stands_for_its_utf8_bytes_as_miniflare_encodes_it() {
    String json = "{\"compatibilityDate\":\"2025-01-01\",\"modules\":[{\"type\":\"ESModule\",\"path\":\"a.mjs\",\"contents\":"
        + "\"import d from './b.bin'; export default { fetch() { return new Response([...new Uint8Array(d)].join()); } };\"},"
        + "{\"type\":\"Data\",\"path\":\"b.bin\",\"contents\":\"A\u00ff\u20ac\ud800\"}]}";

    try (Miniflare mf = new Miniflare(MiniflareOptions.fromJson(json).toBuilder().startupTimeout(java.time.Duration.ofMinutes(3)).build())) {
      // TextEncoder: U+00FF and U+20AC as UTF-8, a lone surrogate as U+FFFD
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("65,195,191,226,130,172,239,191,189");
    }
  }

  @Test
  void the_entry_of_a_module_list_must_be_an_es_module() {
    MiniflareOptions options = options()
        .worker(WorkerOptions.builder().modules(List.of(WorkerModule.text("a.txt", "x"))).build())
        .build();

    assertThatThrownBy(() -> new Miniflare(options).close())
        .isInstanceOf(MiniflareException.class)
        .hasMessage("Worker \"script-0\": the first of modules(...) is the entry and must be an ESModule, was Text \"a.txt\"")
        .extracting(e -> ((MiniflareException) e).code())
        .isEqualTo(ErrorCode.ERR_VALIDATION);
  }

  @Test
  void files_on_disk_follow_wranglers_default_rules() throws Exception {
    Files.write(dir.resolve("add.wasm"), WasmBinaries.ADD);
    Files.writeString(dir.resolve("page.html"), "<p>hi</p>");
    Files.write(dir.resolve("raw.bin"), new byte[] {7, 8});
    Path entry = Files.writeString(dir.resolve("index.mjs"), """
        import add from "./add.wasm";
        import again from "./add.wasm?module";
        import page from "./page.html";
        import raw from "./raw.bin";
        export default { async fetch() {
          const { exports } = await WebAssembly.instantiate(again);
          return Response.json({ same: add === again, sum: exports.add(2, 2), page, raw: [...new Uint8Array(raw)] });
        } };
        """);

    try (Miniflare mf = new Miniflare(options()
        .worker(WorkerOptions.builder().scriptPath(entry).build()).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("{\"same\":false,\"sum\":4,\"page\":\"<p>hi</p>\",\"raw\":[7,8]}");
    }
  }

  @Test
  void modules_rules_come_before_the_defaults() throws Exception {
    Files.writeString(dir.resolve("readme.md"), "# title");
    Files.writeString(dir.resolve("notes.txt"), "as bytes");
    Path entry = Files.writeString(dir.resolve("index.mjs"), """
        import readme from "./readme.md";
        import notes from "./notes.txt";
        export default { fetch() { return Response.json({ readme, notes: notes instanceof ArrayBuffer }); } };
        """);
    WorkerOptions worker = WorkerOptions.builder()
        .scriptPath(entry)
        .modulesRules(List.of(ModuleRule.of(WorkerModule.Type.TEXT, "**/*.md"), ModuleRule.of(WorkerModule.Type.DATA, "**/*.txt")))
        .build();

    try (Miniflare mf = new Miniflare(options().worker(worker).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("{\"readme\":\"# title\",\"notes\":true}");
    }
  }

  @Test
  void wranglers_rules_key_types_files_for_the_worker() throws Exception {
    Files.createDirectories(dir.resolve("src/sql"));
    Files.writeString(dir.resolve("src/sql/schema.md"), "CREATE TABLE t (x);");
    Files.writeString(dir.resolve("src/index.js"), """
        import schema from "./sql/schema.md";
        export default { fetch() { return new Response(schema); } };
        """);
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        name = "rules"
        main = "src/index.js"

        [[rules]]
        type = "Text"
        globs = ["**/*.md"]
        fallthrough = true
        """);

    WorkerOptions worker = WranglerConfig.load(config).workerOptions();
    assertThat(worker.modulesRules()).containsExactly(new ModuleRule(WorkerModule.Type.TEXT, List.of("**/*.md"), true));
    try (Miniflare mf = new Miniflare(options().worker(worker).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("CREATE TABLE t (x);");
    }
  }

  @Test
  void a_wrangler_rule_with_an_unknown_type_names_the_rule() throws Exception {
    Files.writeString(dir.resolve("index.js"), "export default { fetch() { return new Response('x'); } };");
    Path config = Files.writeString(dir.resolve("wrangler.toml"), """
        main = "index.js"

        [[rules]]
        type = "Markdown"
        globs = ["**/*.md"]
        """);

    assertThatThrownBy(() -> WranglerConfig.load(config))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("rules[0].type: unknown module type \"Markdown\"; expected one of ESModule, CommonJS, Text, Data, CompiledWasm");
  }

  @Test
  void binary_contents_are_copied_in_and_out() {
    byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
    WorkerModule module = WorkerModule.data("a.bin", bytes);
    bytes[0] = 'z';
    module.contents()[1] = 'z';

    assertThat(module.text()).isEqualTo("abc");
  }
}
