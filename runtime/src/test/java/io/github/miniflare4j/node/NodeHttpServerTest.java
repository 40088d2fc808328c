package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** node:http servers reached through cloudflare:node's httpServerHandler. */
class NodeHttpServerTest {

  private static final String SERVER =
      """
      import { httpServerHandler } from "cloudflare:node";
      import http, { createServer, STATUS_CODES } from "node:http";
      const server = createServer(async (req, res) => {
        if (req.url.startsWith("/echo")) {
          let body = "";
          for await (const chunk of req) body += chunk;
          res.setHeader("X-Method", req.method);
          res.setHeader("Set-Cookie", ["a=1", "b=2"]);
          res.writeHead(201, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ url: req.url, header: req.headers["x-test"], body }));
        } else if (req.url === "/stream") {
          res.statusCode = 202;
          res.write("one,");
          res.write(Buffer.from("two,"));
          setTimeout(() => res.end("three"), 1);
        } else if (req.url === "/late-header") {
          res.write("x");
          let error; try { res.setHeader("X-Late", "1"); } catch (e) { error = e.code; }
          res.end(":" + error + ":" + (typeof http.createServer) + ":" + STATUS_CODES[418]);
        } else {
          res.writeHead(404, { "Content-Type": "text/plain" });
          res.end("Not Found");
        }
      });
      server.listen(8080);
      const handler = httpServerHandler({ port: 8080 });
      const missing = httpServerHandler({ port: 9999 });
      export default {
        async fetch(request, env, ctx) {
          if (new URL(request.url).pathname === "/missing") {
            try { await missing.fetch(request); return new Response("no error"); } catch (e) { return new Response(e.message, { status: 500 }); }
          }
          return handler.fetch(request, env, ctx);
        },
      };
      """;

  private static Miniflare start(String script, String... flags) {
    return startOn("2025-10-08", script, flags);
  }

  private static Miniflare startOn(String date, String script, String... flags) {
    WorkerOptions.Builder worker =
        WorkerOptions.builder().modules(true).script(script).compatibilityDate(date).compatibilityFlags(flags);
    return new Miniflare(
        MiniflareOptions.builder().worker(worker).startupTimeout(Duration.ofMinutes(2)).dispatchTimeout(Duration.ofMinutes(2)).build());
  }

  @Test
  void request_reaches_the_listening_server_and_its_response_comes_back() {
    try (Miniflare mf = start(SERVER, "nodejs_compat")) {
      FetchResponse r = mf.dispatchFetch("POST", "http://example.com/echo?q=1", Map.of("X-Test", "yes"), "héllo");
      assertThat(r.status()).isEqualTo(201);
      assertThat(r.header("content-type")).isEqualTo("application/json");
      assertThat(r.header("x-method")).isEqualTo("POST");
      assertThat(r.headers().all("set-cookie")).containsExactly("a=1", "b=2");
      assertThat(r.text()).isEqualTo("{\"url\":\"/echo?q=1\",\"header\":\"yes\",\"body\":\"héllo\"}");

      FetchResponse streamed = mf.dispatchFetch("http://example.com/stream");
      assertThat(streamed.status()).isEqualTo(202);
      assertThat(streamed.text()).isEqualTo("one,two,three");

      FetchResponse late = mf.dispatchFetch("http://example.com/late-header");
      assertThat(late.text()).isEqualTo("x:ERR_HTTP_HEADERS_SENT:function:I'm a Teapot");

      FetchResponse notFound = mf.dispatchFetch("http://example.com/other");
      assertThat(notFound.status()).isEqualTo(404);
      assertThat(notFound.text()).isEqualTo("Not Found");
    }
  }

  @Test
  void a_handler_for_a_port_nobody_listens_on_fails_naming_the_port() {
    try (Miniflare mf = start(SERVER, "nodejs_compat")) {
      FetchResponse r = mf.dispatchFetch("http://example.com/missing");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.text()).startsWith("Http server with port 9999 not found.");
    }
  }

  @Test
  void cloudflare_node_needs_nodejs_compat() {
    String script = "import { httpServerHandler } from \"cloudflare:node\"; export default httpServerHandler({ port: 1 });";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(script).close())
        .hasMessageContaining("No such module \"cloudflare:node\"");
  }

  @Test
  void node_http_comes_with_the_2025_08_15_date_or_its_flag() {
    String script =
        "export default { async fetch() { try { const m = await import(\"node:http\"); return new Response(typeof m.createServer); }"
            + " catch (e) { return new Response(e.message); } } };";
    try (Miniflare mf = startOn("2025-01-01", script, "nodejs_compat")) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("No such module \"node:http\".");
    }
    try (Miniflare mf = startOn("2025-01-01", script, "nodejs_compat", "enable_nodejs_http_modules")) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("function");
    }
    try (Miniflare mf = startOn("2025-10-08", script, "nodejs_compat", "disable_nodejs_http_modules")) {
      assertThat(mf.dispatchFetch("http://x/").text()).isEqualTo("No such module \"node:http\".");
    }
  }
}
