package io.github.miniflare4j.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;

/**
 * Runs a snippet of worker code under {@code nodejs_compat} (compatibility date 2025-01-01) in a
 * fresh instance and returns the JSON object {@code out} it fills. {@code imports} go at the top
 * of the module; {@code t(fn)} turns a result into {@code {ok: value}} and a thrown error into
 * {@code {error: {name, ctor, message}}}, as in the conformance cases.
 */
final class NodeProbe {

  private static final String HELPERS =
      """
      async function t(fn) {
        try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
        catch (e) { return { error: { name: e?.name, ctor: e?.constructor?.name, message: e?.message } }; }
      }
      """;

  private NodeProbe() {}

  /** Runs {@code body} inside an async fetch handler with {@code req, env, ctx, out} in scope. */
  static JsonNode run(String imports, String body) {
    return run(imports, body, "2025-01-01", "nodejs_compat");
  }

  /** Runs {@code body} under {@code nodejs_compat} on {@code date} with {@code bindings} as vars. */
  static JsonNode runWithBindings(String body, String date, java.util.Map<String, ?> bindings) {
    return run("", body, date, bindings, "nodejs_compat");
  }

  /** The same with another compatibility date and flags. */
  static JsonNode run(String imports, String body, String date, String... flags) {
    return run(imports, body, date, java.util.Map.of(), flags);
  }

  private static JsonNode run(String imports, String body, String date, java.util.Map<String, ?> bindings, String... flags) {
    String script =
        imports
            + "\n"
            + HELPERS
            + "export default { async fetch(req, env, ctx) { const out = {};\n"
            + body
            + "\nreturn Response.json(out); } };";
    WorkerOptions.Builder worker =
        WorkerOptions.builder().modules(true).script(script).compatibilityDate(date).compatibilityFlags(flags).bindings(bindings);
    // generous limits: the first Node.js module import of a cold engine parses the module code
    MiniflareOptions options =
        MiniflareOptions.builder().worker(worker).startupTimeout(Duration.ofMinutes(2)).dispatchTimeout(Duration.ofMinutes(2)).build();
    try (Miniflare mf = new Miniflare(options)) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");
      if (response.status() != 200) {
        throw new AssertionError("worker failed: " + response.status() + " " + response.text());
      }
      return response.json();
    }
  }
}
