package io.github.miniflare4j.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.WorkerOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WebAssembly global on GraalWasm, in the forms workerd allows, with workerd's messages. */
class WebAssemblyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Options with a start-up limit that a loaded shared machine cannot exceed by accident. */
  static MiniflareOptions.Builder options() {
    return MiniflareOptions.builder().startupTimeout(java.time.Duration.ofMinutes(3));
  }

  static JsonNode run(String entry, WorkerModule... others) throws Exception {
    List<WorkerModule> modules = new ArrayList<>();
    modules.add(WorkerModule.esModule("index.mjs", entry));
    modules.addAll(List.of(others));
    MiniflareOptions options =
        options().worker(WorkerOptions.builder().modules(modules).build()).build();
    try (Miniflare mf = new Miniflare(options)) {
      return JSON.readTree(mf.dispatchFetch("http://localhost/").text());
    }
  }

  @Test
  void a_compiled_wasm_import_is_a_webassembly_module_that_instantiates() throws Exception {
    JsonNode out = run(
        """
        import add from "./add.wasm";
        export default { async fetch() {
          const instance = await WebAssembly.instantiate(add);
          return Response.json({ module: String(add), sum: instance.exports.add(40, 2), sync: new WebAssembly.Instance(add).exports.add(1, 2) });
        } };
        """,
        WorkerModule.compiledWasm("add.wasm", WasmBinaries.ADD));

    assertThat(out).hasToString("{\"module\":\"[object WebAssembly.Module]\",\"sum\":42,\"sync\":3}");
  }

  @Test
  void an_imported_function_calls_back_into_javascript() throws Exception {
    JsonNode out = run(
        """
        import callback from "./callback.wasm";
        export default { async fetch() {
          const seen = [];
          const instance = await WebAssembly.instantiate(callback, { env: { twice: (x) => { seen.push(x); return x * 2; } } });
          return Response.json({ result: instance.exports.run(20), seen });
        } };
        """,
        WorkerModule.compiledWasm("callback.wasm", WasmBinaries.CALLBACK));

    assertThat(out).hasToString("{\"result\":41,\"seen\":[20]}");
  }

  @Test
  void an_error_thrown_by_an_imported_function_reaches_the_caller_unchanged() throws Exception {
    JsonNode out = run(
        """
        import callback from "./callback.wasm";
        export default { async fetch() {
          const instance = await WebAssembly.instantiate(callback, { env: { twice() { throw new RangeError("from js"); } } });
          try { instance.exports.run(1); return Response.json({}); }
          catch (e) { return Response.json({ name: e.name, message: e.message }); }
        } };
        """,
        WorkerModule.compiledWasm("callback.wasm", WasmBinaries.CALLBACK));

    assertThat(out).hasToString("{\"name\":\"RangeError\",\"message\":\"from js\"}");
  }

  @Test
  void data_segments_initialise_memory_on_every_java_version() throws Exception {
    // GraalWasm 25.0.x needs Java 21 for constant expressions; WasmLanguageLoader makes Java 17 work
    JsonNode out = run(
        """
        import mod from "./data.wasm";
        export default { async fetch() {
          const { exports } = await WebAssembly.instantiate(mod);
          return Response.json({ text: new TextDecoder().decode(new Uint8Array(exports.mem.buffer, 0, 2)) });
        } };
        """,
        WorkerModule.compiledWasm("data.wasm", WasmBinaries.DATA_SEGMENT));

    assertThat(out.get("text").asText()).isEqualTo("hi");
  }

  @Test
  void compiling_bytes_at_run_time_is_refused_as_in_workerd() throws Exception {
    JsonNode out = run(
        """
        export default { async fetch() {
          const bytes = new Uint8Array([%s]);
          const t = async (fn) => { try { await fn(); return "ok"; } catch (e) { return e.constructor.name + ": " + e.message; } };
          return Response.json({
            validate: WebAssembly.validate(bytes),
            compile: await t(() => WebAssembly.compile(bytes)),
            instantiate: await t(() => WebAssembly.instantiate(bytes)),
            module: await t(() => new WebAssembly.Module(bytes)),
            streaming: typeof WebAssembly.compileStreaming,
          });
        } };
        """.formatted(byteList(WasmBinaries.ADD)));

    assertThat(out.get("validate").asBoolean()).isTrue();
    assertThat(out.get("compile").asText()).isEqualTo("CompileError: WebAssembly.compile(): Wasm code generation disallowed by embedder");
    assertThat(out.get("instantiate").asText())
        .isEqualTo("CompileError: WebAssembly.instantiate(): Wasm code generation disallowed by embedder");
    assertThat(out.get("module").asText()).isEqualTo("CompileError: WebAssembly.Module(): Wasm code generation disallowed by embedder");
    assertThat(out.get("streaming").asText()).isEqualTo("undefined");
  }

  @Test
  void link_errors_name_the_import_as_v8_does() throws Exception {
    JsonNode out = run(
        """
        import callback from "./callback.wasm";
        export default { async fetch() {
          const t = (fn) => { try { fn(); return "ok"; } catch (e) { return e.constructor.name + ": " + e.message; } };
          return Response.json({
            none: t(() => new WebAssembly.Instance(callback)),
            notCallable: t(() => new WebAssembly.Instance(callback, { env: { twice: 1 } })),
            noNamespace: t(() => new WebAssembly.Instance(callback, {})),
          });
        } };
        """,
        WorkerModule.compiledWasm("callback.wasm", WasmBinaries.CALLBACK));

    assertThat(out.get("none").asText())
        .isEqualTo("TypeError: WebAssembly.Instance(): Imports argument must be present and must be an object");
    assertThat(out.get("notCallable").asText())
        .isEqualTo("LinkError: WebAssembly.Instance(): Import #0 \"env\" \"twice\": function import requires a callable");
    assertThat(out.get("noNamespace").asText())
        .isEqualTo("TypeError: WebAssembly.Instance(): Import #0 \"env\": module is not an object or function");
  }

  @Test
  void the_polyglot_and_java_globals_stay_hidden_with_webassembly_on() throws Exception {
    JsonNode out = run(
        """
        export default { fetch() {
          return Response.json({ wasm: typeof WebAssembly.Memory, polyglot: typeof Polyglot, graal: typeof Graal, java: typeof Java });
        } };
        """);

    assertThat(out).hasToString("{\"wasm\":\"function\",\"polyglot\":\"undefined\",\"graal\":\"undefined\",\"java\":\"undefined\"}");
  }

  @Test
  void a_worker_without_wasm_modules_that_never_names_it_gets_a_stand_in_saying_so() throws Exception {
    JsonNode out = run(
        """
        const name = ["Web", "Assembly"].join("");
        export default { fetch() {
          const api = globalThis[name];
          let message;
          try { new api.Memory({ initial: 1 }); } catch (e) { message = e.message; }
          return Response.json({ type: typeof api, message });
        } };
        """);

    assertThat(out.get("type").asText()).isEqualTo("object");
    assertThat(out.get("message").asText()).startsWith("WebAssembly.Memory is not available: this worker has no CompiledWasm module");
  }

  private static String byteList(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(out.length() == 0 ? "" : ",").append(b & 0xff);
    }
    return out.toString();
  }
}
