package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The prelude runs no regular expression of its own on a typical request's path: a cold JVM pays
 * about 0.2 s for the engine's first regular expressions, which a worker that uses none must not
 * pay. The worker below replaces {@code RegExp.prototype.exec} before any request, which every
 * {@code test}, {@code replace}, {@code split} and {@code match} then goes through, and records
 * the patterns it sees while the requests take the common paths: URLs absolute and relative,
 * query strings, headers with edge whitespace and parameters, bodies, JSON, KV, console output.
 */
class RequestPathRegexFreeTest {

  private static final String WORKER = """
      const seen = [];
      const exec = RegExp.prototype.exec;
      RegExp.prototype.exec = function (text) {
        seen.push(this.source);
        return exec.call(this, text);
      };
      export default {
        async fetch(request, env, ctx) {
          const url = new URL(request.url);
          if (url.pathname === "/seen") return new Response(JSON.stringify(seen));
          const query = url.searchParams.get("q") + new URLSearchParams("a=b+c&d=%20e").get("a");
          const relative = new URL("../up?x=1#f", request.url).href + new URL("/p", "http://127.0.0.1:8080").host;
          const headers = new Headers({ "X-Custom": "  padded  ", "Content-Type": "application/json; charset=utf-8" });
          headers.append("set-cookie", "a=1");
          const body = request.method === "PUT" ? await request.json() : null;
          console.log("handled %s", url.pathname, 42, { body });
          await env.KV.put("key", JSON.stringify({ query, relative, body }));
          const stored = await env.KV.get("key", "json");
          ctx.waitUntil(env.KV.get("key"));
          return Response.json({ stored, length: request.headers.get("content-length") }, { headers });
        },
      };
      """;

  @Test
  void typicalRequestsRunNoRegularExpressionOfThePrelude() {
    MiniflareOptions options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("plain").modules(true).script(WORKER).kvNamespace("KV", "kv"))
        .build();
    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.dispatchFetch("http://example.com/items/1?q=x+y").status()).isEqualTo(200);
      assertThat(mf.dispatchFetch("PUT", "https://api.example.com:8443/items/2", Map.of("Content-Type", "application/json", "Content-Length", "12"),
          "{\"name\":\"n\"}").text()).contains("\"name\":\"n\"", "\"length\":\"12\"");

      assertThat(mf.dispatchFetch("http://example.com/seen").text()).isEqualTo("[]");
    }
  }
}
