package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.config.WranglerConfig;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz-style bad input, generated deterministically: every malformed document and every mutated
 * field gets a clear {@link MiniflareException}, never another exception, and no bad request
 * breaks the instance or the data it stores.
 */
class BadInputTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String VALID_OPTIONS = """
      {"workers": [
        {"name": "api", "modules": true, "compatibilityDate": "2025-01-01", "compatibilityFlags": ["nodejs_compat"],
         "script": "export default { fetch() { return new Response('ok'); } };",
         "bindings": {"A": 1}, "kvNamespaces": ["KV"], "serviceBindings": {"B": "b"}, "routes": ["api.mf/*"]},
        {"name": "b", "modules": true, "script": "export default { fetch() { return new Response('b'); } };"}
      ]}
      """;

  /** Values of the wrong shape for any field. */
  static final List<String> WRONG_VALUES =
      List.of("null", "42", "-1.5e300", "true", "\"\"", "\"x\"", "[]", "[1, {}]", "{}", "{\"a\": [null]}");

  /** Reading options either succeeds or fails with a MiniflareException; nothing else. */
  static Throwable readAndStart(String json) {
    return catchThrowable(() -> {
      MiniflareOptions options = MiniflareOptions.fromJson(json);
      try (Miniflare mf = new Miniflare(options.toBuilder().cpuLimit(Workers.TEST_CPU_LIMIT).build())) {
        mf.dispatchFetch("http://localhost/");
      }
    });
  }

  @Test
  void truncated_options_json_is_refused_with_err_validation() {
    List<String> unexpected = new ArrayList<>();
    for (int end = 0; end < VALID_OPTIONS.length() - 2; end += 7) {
      String truncated = VALID_OPTIONS.substring(0, end);
      Throwable error = catchThrowable(() -> MiniflareOptions.fromJson(truncated));
      if (!(error instanceof MiniflareException) || ((MiniflareException) error).code() != ErrorCode.ERR_VALIDATION) {
        unexpected.add(end + ": " + error);
      }
    }
    assertThat(unexpected).isEmpty();
  }

  @Test
  void every_field_with_a_wrong_shape_gets_a_miniflare_exception_naming_it() throws IOException {
    JsonNode valid = JSON.readTree(VALID_OPTIONS);
    List<String> unexpected = new ArrayList<>();
    Iterator<String> fields = valid.get("workers").get(0).fieldNames();
    List<String> names = new ArrayList<>();
    fields.forEachRemaining(names::add);
    for (String field : names) {
      for (String wrong : WRONG_VALUES) {
        ObjectNode mutated = valid.deepCopy();
        ((ObjectNode) mutated.get("workers").get(0)).set(field, JSON.readTree(wrong));
        Throwable error = readAndStart(mutated.toString());
        if (error != null && !(error instanceof MiniflareException)) {
          unexpected.add(field + " = " + wrong + ": " + error);
        }
      }
    }
    assertThat(unexpected).isEmpty();
  }

  @Test
  void malformed_top_level_shapes_are_refused() {
    for (String json : List.of("", "null", "[]", "42", "\"x\"", "{\"workers\": 1}", "{\"workers\": [1]}",
        "{\"workers\": [null]}", "{\"workers\": {}}", "{\"modules\": true}", "{,}", "{\"a\":}", "\u0000")) {
      Throwable error = readAndStart(json);
      assertThat(error).as(json).isInstanceOf(MiniflareException.class);
    }
  }

  static final String VALID_TOML = """
      name = "api"
      main = "index.js"
      compatibility_date = "2025-01-01"
      compatibility_flags = ["nodejs_compat"]
      routes = [{ pattern = "api.mf/*" }]

      [vars]
      GREETING = "hi"

      [[kv_namespaces]]
      binding = "KV"
      id = "kv-id"

      [env.staging]
      name = "api-staging"
      vars = { GREETING = "staging" }
      """;

  @Test
  void truncated_or_mangled_wrangler_files_give_miniflare_exceptions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.js"), "export default { fetch() { return new Response('ok'); } };");
    List<String> docs = new ArrayList<>();
    for (int end = 0; end <= VALID_TOML.length(); end += 5) {
      docs.add(VALID_TOML.substring(0, end));
    }
    docs.add(VALID_TOML.replace("\"2025-01-01\"", "20250101"));
    docs.add(VALID_TOML.replace("[\"nodejs_compat\"]", "\"nodejs_compat\""));
    docs.add(VALID_TOML.replace("[[kv_namespaces]]", "[kv_namespaces]"));
    docs.add(VALID_TOML.replace("main = \"index.js\"", "main = \"missing.js\""));
    docs.add(VALID_TOML.replace("{ pattern = \"api.mf/*\" }", "{ pattern = 42 }"));
    docs.add(VALID_TOML + "\n[[kv_namespaces]]\nbinding = 7\n");
    docs.add("\uFEFF" + VALID_TOML);
    List<String> unexpected = new ArrayList<>();
    int i = 0;
    for (String doc : docs) {
      Path file = dir.resolve("wrangler-" + (i++) + ".toml");
      Files.writeString(file, doc);
      for (String env : new String[] {null, "staging", "missing"}) {
        Throwable error = catchThrowable(() -> WranglerConfig.load(file, env));
        if (error != null && !(error instanceof MiniflareException)) {
          unexpected.add(file.getFileName() + " env " + env + ": " + error);
        }
      }
    }
    assertThat(unexpected).isEmpty();
  }

  @Test
  void invalid_utf8_bodies_arrive_as_bytes_and_decode_with_replacement_characters() {
    byte[] invalid = {'o', 'k', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '!'};
    try (Miniflare mf = Workers.module("utf8", """
        export default { async fetch(req) {
          const copy = req.clone();
          const bytes = new Uint8Array(await req.arrayBuffer());
          const text = await copy.text();
          return Response.json({ length: bytes.length, last: bytes[bytes.length - 1],
                                 replacements: [...text].filter((c) => c === "\\uFFFD").length, starts: text.slice(0, 2) });
        } };
        """)) {
      FetchResponse response = mf.dispatchFetch(FetchRequest.builder("http://localhost/").method("POST").body(invalid).build());

      assertThat(response.status()).isEqualTo(200);
      Map<?, ?> result = response.json(Map.class);
      assertThat(result.get("length")).isEqualTo(invalid.length);
      assertThat(result.get("last")).isEqualTo((int) '!');
      assertThat(result.get("starts")).isEqualTo("ok");
      assertThat((Integer) result.get("replacements")).isPositive();
    }
  }

  @Test
  void huge_kv_keys_and_values_neither_corrupt_stored_data_nor_break_the_instance() {
    // the default CPU limit: building megabytes in the interpreter is legitimate work
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("kv").modules(true).kvNamespace("KV").script("""
            export default { async fetch(req, env) {
              const url = new URL(req.url);
              if (url.pathname === "/seed") { await env.KV.put("safe", "intact"); return new Response("seeded"); }
              if (url.pathname === "/read") return new Response(await env.KV.get("safe"));
              const size = Number(url.searchParams.get("size"));
              const big = "k".repeat(size);
              try {
                if (url.pathname === "/key") { await env.KV.put(big, "v"); return new Response(String((await env.KV.get(big)) === "v")); }
                await env.KV.put("value", big); return new Response(String((await env.KV.get("value")).length === size));
              } catch (e) { return new Response("refused " + e.message, { status: 400 }); }
            } };
            """))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/seed").text()).isEqualTo("seeded");

      for (String path : List.of("/key?size=513", "/key?size=8192", "/value?size=262144")) {
        FetchResponse response = mf.dispatchFetch("http://localhost" + path);
        // either stored and read back whole, or refused with Miniflare's "KV PUT failed: ..." message
        assertThat(response.text()).as(path).satisfiesAnyOf(
            text -> assertThat(text).isEqualTo("true"),
            text -> assertThat(text).startsWith("refused KV PUT failed:"));
      }

      assertThat(mf.dispatchFetch("http://localhost/read").text()).isEqualTo("intact");
    }
  }
}
