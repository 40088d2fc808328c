package io.github.miniflare4j.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * EventSource over the worker's global fetch(), answered by a Java outbound handler (the oracle's
 * cases reach a server only through a service binding), and its reconnection on the instance clock.
 */
class EventSourceTest {

  private static FetchResponse eventStream(String body) {
    return FetchResponse.builder().header("content-type", "text/event-stream").body(body).build();
  }

  @Test
  void connects_through_the_global_fetch_with_the_event_stream_request_headers() {
    List<String> seen = new CopyOnWriteArrayList<>();
    FetchHandler upstream = request -> {
      seen.add(request.method() + " " + request.url() + " accept=" + request.header("accept")
          + " cache-control=" + request.header("cache-control") + " last-event-id=" + request.header("last-event-id"));
      return eventStream(": hello\r\nid: 9\r\ndata: one\r\ndata: two\r\n\r\nevent: done\ndata: bye\n\n");
    };
    JsonNode out = WorkerProbe.run(
        """
        const es = new EventSource("http://sse.test/feed");
        const log = [];
        es.onopen = () => log.push("open " + es.readyState);
        es.onmessage = (e) => log.push(["message", e.data, e.lastEventId, e.origin]);
        await new Promise((resolve) => es.addEventListener("done", (e) => { log.push(["done", e.data]); es.close(); resolve(); }));
        out.log = log;
        out.after = [es.readyState, es.url];
        """,
        upstream);
    assertThat(out.get("log").toString())
        .isEqualTo("[\"open 1\",[\"message\",\"one\\ntwo\",\"9\",\"http://sse.test\"],[\"done\",\"bye\"]]");
    assertThat(out.get("after").toString()).isEqualTo("[2,\"http://sse.test/feed\"]");
    assertThat(seen).containsExactly("GET http://sse.test/feed accept=text/event-stream cache-control=no-cache last-event-id=null");
  }

  @Test
  void a_failing_upstream_or_a_wrong_answer_fails_the_source_without_reconnecting() {
    FetchHandler upstream = request -> {
      String path = URI.create(request.url()).getPath();
      switch (path) {
        case "/gone":
          return FetchResponse.builder().status(410).header("content-type", "text/event-stream").build();
        case "/json":
          return FetchResponse.builder().header("content-type", "application/json").body("{}").build();
        default:
          throw new IllegalStateException("upstream exploded");
      }
    };
    JsonNode out = WorkerProbe.run(
        """
        for (const path of ["/gone", "/json", "/throws"]) {
          const es = new EventSource("http://sse.test" + path);
          const event = await new Promise((resolve) => { es.onerror = resolve; });
          out[path] = [event.constructor.name, event.error?.name, event.error?.message, es.readyState];
        }
        """,
        upstream);
    assertThat(out.get("/gone").toString()).isEqualTo("[\"ErrorEvent\",\"AbortError\",\"The response status code was 410.\",2]");
    assertThat(out.get("/json").toString()).isEqualTo("[\"ErrorEvent\",\"AbortError\",\"The content type 'application/json' is invalid.\",2]");
    assertThat(out.get("/throws").get(0).asText()).isEqualTo("ErrorEvent");
    assertThat(out.get("/throws").get(3).asInt()).isEqualTo(2);
  }

  @Test
  void a_stream_parses_the_same_wherever_its_chunks_split_it() {
    JsonNode out = WorkerProbe.run(
        """
        const text = "\\uFEFF: comment\\nid: 1\\ndata: h\\u00e9llo\\ndata:\\n\\nevent: named\\ndata: x\\r\\n\\rretry: 3000\\ndata: \\u{1F600}\\n\\n";
        const bytes = enc.encode(text);
        async function parse(chunks) {
          const es = EventSource.from(new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(chunk); c.close(); } }));
          const events = [];
          for (const type of ["message", "named"]) es.addEventListener(type, (e) => events.push([e.type, e.data, e.lastEventId]));
          await new Promise((resolve) => { es.onerror = resolve; });
          return JSON.stringify(events);
        }
        out.whole = await parse([bytes]);
        out.differing = [];
        for (let i = 1; i < bytes.length; i++) {
          // a CR ending a chunk ends its line (as in workerd), so a split inside CRLF differs by design
          if (bytes[i - 1] === 13 && bytes[i] === 10) continue;
          const split = await parse([bytes.subarray(0, i), bytes.subarray(i)]);
          if (split !== out.whole) out.differing.push([i, split]);
        }
        out.bytewise = await parse([...bytes].map((b) => new Uint8Array([b])));
        """);
    assertThat(out.get("whole").asText())
        .isEqualTo("[[\"message\",\"héllo\\n\",\"1\"],[\"named\",\"x\",\"1\"],[\"message\",\"\uD83D\uDE00\",\"1\"]]");
    assertThat(out.get("differing")).isEmpty();
    // byte by byte too: the BOM split over chunks is not skipped (workerd looks for it in the
    // first chunk only) but only turns the comment into an unknown field, and the CRLF split in
    // two is one more blank line
    assertThat(out.get("bytewise").asText())
        .isEqualTo("[[\"message\",\"héllo\\n\",\"1\"],[\"named\",\"x\",\"1\"],[\"message\",\"\uD83D\uDE00\",\"1\"]]");
  }

  static final String RECONNECTING_WORKER = """
      const log = [];
      let source;
      export default { async fetch(request, env, ctx) {
        if (new URL(request.url).pathname === "/log") return Response.json(log);
        source = new EventSource("http://sse.test/feed");
        source.onerror = (e) => log.push(["error", e.error.message, source.readyState]);
        ctx.waitUntil(new Promise((resolve) => {
          source.onmessage = (e) => {
            log.push(["message", e.data, e.lastEventId]);
            if (e.data === "two") { source.close(); resolve(); }
          };
        }));
        return new Response("started");
      } };
      """;

  @Test
  void reconnects_after_the_retry_delay_on_the_instance_clock_with_the_last_event_id() {
    // frozen: only advance() moves it, so the "not before 5 s" check cannot be outrun by a slow machine
    MiniflareClock clock = new MiniflareClock();
    clock.freeze();
    List<String> lastEventIds = new CopyOnWriteArrayList<>();
    FetchHandler upstream = request -> {
      lastEventIds.add(String.valueOf(request.header("last-event-id")));
      return lastEventIds.size() == 1
          ? eventStream("retry: 5000\nid: 42\ndata: one\n\n")
          : eventStream("data: two\n\n");
    };
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock).outboundService(upstream)
        .worker(WorkerOptions.builder().name("sse").modules(true).script(RECONNECTING_WORKER))
        .build())) {
      FetchResponse started = mf.dispatchFetch("http://localhost/start");
      assertThat(started.text()).isEqualTo("started");
      await().atMost(Duration.ofSeconds(10))
          .until(() -> mf.dispatchFetch("http://localhost/log").text().contains("The server disconnected."));
      assertThat(mf.dispatchFetch("http://localhost/log").text())
          .isEqualTo("[[\"message\",\"one\",\"42\"],[\"error\",\"The server disconnected.\",0]]");

      // the stream's retry (5 s) is due on the instance clock, not before
      clock.advance(Duration.ofMillis(4_900));
      mf.dispatchFetch("http://localhost/log");
      assertThat(lastEventIds).containsExactly("null");

      clock.advance(Duration.ofMillis(100));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> mf.dispatchFetch("http://localhost/log").text().contains("two"));
      assertThat(lastEventIds).containsExactly("null", "42");
      assertThat(mf.dispatchFetch("http://localhost/log").text())
          .isEqualTo("[[\"message\",\"one\",\"42\"],[\"error\",\"The server disconnected.\",0],[\"message\",\"two\",\"42\"]]");
      mf.waitUntilSettled(started, Duration.ofSeconds(10));
    }
  }
}
