package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The prelude runs no regular expression of its own on a typical request's path: a cold JVM pays
 * about 0.2 s for the engine's first regular expressions, which a worker that uses none must not
 * pay. The worker below replaces {@code RegExp.prototype.exec} before any request, which every
 * {@code test}, {@code replace}, {@code split} and {@code match} then goes through, and records
 * the patterns it sees while the requests take the common paths: URLs absolute and relative,
 * query strings, headers with edge whitespace and parameters, bodies, JSON, KV, console output.
 * A second check runs the same requests in a fresh JVM and watches its class loading: no regular
 * expression is compiled at all, which also covers literals the prelude would evaluate without
 * calling {@code exec} (a pattern built at a module's top level, in every Context).
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
    try (Miniflare mf = new Miniflare(options())) {
      sendTypicalRequests(mf);

      assertThat(mf.dispatchFetch("http://example.com/seen").text()).isEqualTo("[]");
    }
  }

  @Test
  void aFreshJvmCompilesNoRegularExpressionForThem() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss4m",
        "-Dminiflare4j.preloadClasses=false", "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
        RequestPathRegexFreeTest.class.getName());
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();

    assertThat(out).as("the child answered every request").contains("requests answered");
    assertThat(out).as("classes the child loaded").doesNotContain("com.oracle.truffle.regex.tregex.TRegexCompiler");
  }

  /** The fresh JVM of {@link #aFreshJvmCompilesNoRegularExpressionForThem}. */
  public static void main(String[] args) {
    try (Miniflare mf = new Miniflare(options())) {
      sendTypicalRequests(mf);
    }
    System.out.println("requests answered");
    System.exit(0);
  }

  private static MiniflareOptions options() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("plain").modules(true).script(WORKER).kvNamespace("KV", "kv"))
        .build();
  }

  private static void sendTypicalRequests(Miniflare mf) {
    assertThat(mf.dispatchFetch("http://example.com/items/1?q=x+y").status()).isEqualTo(200);
    assertThat(mf.dispatchFetch("PUT", "https://api.example.com:8443/items/2", Map.of("Content-Type", "application/json", "Content-Length", "12"),
        "{\"name\":\"n\"}").text()).contains("\"name\":\"n\"", "\"length\":\"12\"");
  }
}
