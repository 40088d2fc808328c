package io.github.miniflare4j.webapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchResponse;

/**
 * Runs a snippet of worker code in a fresh instance and returns the JSON object {@code out} it
 * fills. {@code t(fn)} and {@code hex(buf)} are in scope, with the same meaning as in the
 * conformance cases: {@code t} turns a result into {@code {ok: value}} and a thrown error into
 * {@code {error: {name, ctor, message}}}.
 */
final class WorkerProbe {

  private static final String PRELUDE =
      """
      async function t(fn) {
        try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
        catch (e) { return { error: { name: e?.name, ctor: e?.constructor?.name, message: e?.message } }; }
      }
      const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
      const enc = new TextEncoder();
      const dec = new TextDecoder();
      """;

  private WorkerProbe() {}

  /** Runs {@code body} (inside an async fetch handler with {@code req, env, ctx, out}). */
  static JsonNode run(String body) {
    return run(body, null);
  }

  /** Runs {@code body} with a Java outbound handler answering the worker's {@code fetch()}. */
  static JsonNode run(String body, FetchHandler outbound) {
    String script =
        PRELUDE
            + "export default { async fetch(req, env, ctx) { const out = {};\n"
            + body
            + "\nreturn Response.json(out); } };";
    WorkerOptions.Builder worker = WorkerOptions.builder().modules(true).script(script);
    MiniflareOptions.Builder options = MiniflareOptions.builder().worker(worker);
    if (outbound != null) {
      options.outboundService(outbound);
    }
    try (Miniflare mf = new Miniflare(options.build())) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");
      if (response.status() != 200) {
        throw new AssertionError("worker failed: " + response.status() + " " + response.text());
      }
      return response.json();
    }
  }

  /** The expected {@code t(fn)} result of a throw, as compact JSON. */
  static String error(String name, String ctor, String message) {
    return "{\"error\":{\"name\":\"" + name + "\",\"ctor\":\"" + ctor + "\",\"message\":\"" + message + "\"}}";
  }
}
