package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.StreamedFetchResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * dispatchFetchStreaming: the head comes back before the body ends, as Miniflare's dispatchFetch
 * resolves with a Response whose body streams (a server-sent events endpoint never ends its body).
 */
class DispatchFetchStreamingTest {

  // an SSE endpoint: one event now, the next when /next is asked, the stream never closed;
  // /cancelled tells whether the stream's consumer cancelled it
  static final String EVENTS = """
      let writer; let cancelled = "no";
      export default { async fetch(req) {
        const path = new URL(req.url).pathname;
        if (path === "/next") { await writer.write(new TextEncoder().encode("data: second\\n\\n")); return new Response("sent"); }
        if (path === "/cancelled") return new Response(cancelled);
        if (path === "/text") return new Response("plain body");
        if (path === "/finite") {
          const { readable, writable } = new TransformStream();
          const w = writable.getWriter();
          (async () => { for (const part of ["a", "b", "c"]) await w.write(new TextEncoder().encode(part)); await w.close(); })();
          return new Response(readable);
        }
        const stream = new ReadableStream({
          start(c) { writer = { write: async (b) => c.enqueue(b) }; c.enqueue(new TextEncoder().encode("data: first\\n\\n")); },
          cancel() { cancelled = "yes"; },
        });
        return new Response(stream, { headers: { "content-type": "text/event-stream" } });
      } };
      """;

  static Miniflare events() {
    return new Miniflare(MiniflareOptions.builder()
        .dispatchTimeout(Duration.ofSeconds(20))
        .worker(WorkerOptions.builder().modules(true).compatibilityDate("2025-01-01").script(EVENTS))
        .build());
  }

  @Test
  void an_endless_event_stream_answers_with_its_head_and_its_events_as_they_are_written() throws Exception {
    try (Miniflare mf = events();
        StreamedFetchResponse response = mf.dispatchFetchStreaming(FetchRequest.get("http://x/events"))) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("content-type")).isEqualTo("text/event-stream");
      BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("data: first");
      assertThat(lines.readLine()).isEmpty();

      assertThat(mf.dispatchFetch("http://x/next").text()).isEqualTo("sent");
      assertThat(lines.readLine()).isEqualTo("data: second");
    }
  }

  @Test
  void closing_an_unfinished_body_cancels_the_workers_stream() throws Exception {
    try (Miniflare mf = events()) {
      StreamedFetchResponse response = mf.dispatchFetchStreaming(FetchRequest.get("http://x/events"));
      assertThat(response.body().read()).isEqualTo('d');
      response.close();
      // the next chunk finds the reader gone
      mf.dispatchFetch("http://x/next");
      // the rejected write reaches the worker on a later turn of its loop: ask again a few turns on
      String cancelled = "no";
      for (int turn = 0; turn < 50 && !cancelled.equals("yes"); turn++) {
        cancelled = mf.dispatchFetch("http://x/cancelled").text();
      }
      assertThat(cancelled).isEqualTo("yes");
    }
  }

  @Test
  void finite_streamed_and_buffered_bodies_read_whole() {
    try (Miniflare mf = events()) {
      try (StreamedFetchResponse finite = mf.dispatchFetchStreaming(FetchRequest.get("http://x/finite"))) {
        assertThat(finite.text()).isEqualTo("abc");
      }
      try (StreamedFetchResponse plain = mf.dispatchFetchStreaming(FetchRequest.get("http://x/text"))) {
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.text()).isEqualTo("plain body");
      }
    }
  }
}
