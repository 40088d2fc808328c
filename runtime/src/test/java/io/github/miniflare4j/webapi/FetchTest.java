package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.StreamsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchResponse;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The global fetch() through a Java outbound handler: redirects, abort, bodies, errors. */
class FetchTest {

  /** An upstream answering like the oracle's outbound service. */
  static FetchHandler upstream(CountDownLatch release) {
    return request -> {
      String path = URI.create(request.url()).getPath();
      switch (path) {
        case "/redirect":
          return FetchResponse.builder().status(302).header("location", "/target").build();
        case "/loop":
          return FetchResponse.builder().status(302).header("location", "/loop").build();
        case "/see-other":
          return FetchResponse.builder().status(303).header("location", "/echo").build();
        case "/temp":
          return FetchResponse.builder().status(307).header("location", "/echo").build();
        case "/slow":
          release.await();
          return FetchResponse.text("slow");
        case "/throw":
          throw new IllegalStateException("handler exploded");
        case "/echo":
          String a = request.header("x-a");
          return FetchResponse.builder().status(201)
              .body(request.method() + " " + (a == null ? "-" : a) + " " + request.text()).build();
        default:
          return FetchResponse.text("target " + path);
      }
    };
  }

  @Test
  void follows_redirects_by_default_and_reports_them() {
    CountDownLatch release = new CountDownLatch(0);
    JsonNode out =
        WorkerProbe.run(
            """
            out.follow = await t(async () => { const r = await fetch("http://up.test/redirect"); return [r.status, r.url, r.redirected, await r.text()]; });
            out.manual = await t(async () => { const r = await fetch("http://up.test/redirect", { redirect: "manual" }); return [r.status, r.headers.get("location"), r.redirected, r.url]; });
            out.post303 = await t(async () => { const r = await fetch("http://up.test/see-other", { method: "POST", body: "x" }); return [r.status, await r.text()]; });
            out.post307 = await t(async () => { const r = await fetch("http://up.test/temp", { method: "POST", body: "x" }); return [r.status, await r.text()]; });
            out.loop = await t(() => fetch("http://up.test/loop"));
            out.error = await t(() => fetch("http://up.test/redirect", { redirect: "error" }));
            """,
            upstream(release));
    assertThat(out.get("follow").get("ok").toString()).isEqualTo("[200,\"http://up.test/target\",true,\"target /target\"]");
    assertThat(out.get("manual").get("ok").toString()).isEqualTo("[302,\"/target\",false,\"http://up.test/redirect\"]");
    assertThat(out.get("post303").get("ok").toString()).isEqualTo("[201,\"GET - \"]");
    assertThat(out.get("post307").get("ok").toString()).isEqualTo("[201,\"POST - x\"]");
    assertThat(error(out.get("loop"))).isEqualTo("TypeError: Too many redirects." + String.join(", ", java.util.Collections.nCopies(21, "http://up.test/loop")));
    assertThat(error(out.get("error")))
        .isEqualTo("TypeError: Invalid redirect value, must be one of \"follow\" or \"manual\" (\"error\" won't be implemented since it does not make sense at the edge; use \"manual\" and check the response status code).");
  }

  @Test
  void sends_method_headers_and_stream_bodies_and_reads_the_answer() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.echo = await t(async () => { const r = await fetch("http://up.test/echo", { method: "PUT", headers: { "x-a": "1" }, body: "payload" }); return [r.status, r.statusText, await r.text(), r.url, r.type]; });
            out.stream = await t(async () => (await fetch("http://up.test/echo", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(enc.encode("streamed")); c.close(); } }) })).text());
            out.bodyStream = await t(async () => { const r = await fetch("http://up.test/x"); return [String(r.body), await new Response(r.body).text()]; });
            """,
            upstream(new CountDownLatch(0)));
    assertThat(out.get("echo").get("ok").toString()).isEqualTo("[201,\"\",\"PUT 1 payload\",\"http://up.test/echo\",\"default\"]");
    assertThat(out.get("stream").get("ok").asText()).isEqualTo("POST - streamed");
    assertThat(out.get("bodyStream").get("ok").toString()).isEqualTo("[\"[object ReadableStream]\",\"target /x\"]");
  }

  @Test
  void rejects_invalid_input_with_workerd_messages() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.badUrl = await t(() => fetch("not a url"));
            out.relative = await t(() => fetch("/relative"));
            out.badScheme = await t(() => fetch("ftp://example.com/"));
            out.badMethod = await t(() => fetch("http://up.test/", { method: "CONNECT" }));
            out.getBody = await t(() => fetch("http://up.test/", { body: "x" }));
            out.noArgs = await t(() => fetch());
            out.handlerThrows = await t(() => fetch("http://up.test/throw"));
            """,
            upstream(new CountDownLatch(0)));
    assertThat(error(out.get("badUrl"))).isEqualTo("TypeError: Invalid URL: not a url");
    assertThat(error(out.get("relative"))).isEqualTo("TypeError: Invalid URL: /relative");
    assertThat(error(out.get("badScheme"))).isEqualTo("TypeError: Fetch API cannot load: ftp://example.com/");
    assertThat(error(out.get("badMethod"))).isEqualTo("TypeError: Invalid HTTP method string: CONNECT");
    assertThat(error(out.get("getBody"))).isEqualTo("TypeError: Request with a GET or HEAD method cannot have a body.");
    assertThat(error(out.get("noArgs")))
        .isEqualTo("TypeError: Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Request or string'.");
    // deliberate: a throwing Java handler rejects the fetch (Miniflare would answer with a 500)
    assertThat(error(out.get("handlerThrows"))).isEqualTo("Error: handler exploded");
  }

  @Test
  void aborts_through_the_signal_with_its_reason() {
    CountDownLatch release = new CountDownLatch(1);
    try {
      JsonNode out =
          WorkerProbe.run(
              """
              out.before = await t(() => fetch("http://up.test/slow", { signal: AbortSignal.abort(new RangeError("stop")) }));
              out.during = await t(() => { const ac = new AbortController(); setTimeout(() => ac.abort(), 5); return fetch("http://up.test/slow", { signal: ac.signal }); });
              out.timeout = await t(() => fetch("http://up.test/slow", { signal: AbortSignal.timeout(5) }));
              """,
              upstream(release));
      assertThat(error(out.get("before"))).isEqualTo("RangeError: stop");
      assertThat(out.get("during").get("error").get("name").asText()).isEqualTo("AbortError");
      assertThat(out.get("timeout").get("error").get("name").asText()).isEqualTo("TimeoutError");
    } finally {
      release.countDown();
    }
  }
}
