package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.r2.R2Buckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WorkerClient sends a body with its length, as an HTTP client and Vitest's {@code SELF.fetch}
 * do, where {@code dispatchFetch} frames one without a {@code Content-Length} as chunked.
 */
class WorkerClientBodyTest {

  static final String WORKER = """
      export default {
        async fetch(request, env) {
          const framing = [request.headers.get("content-length"), request.headers.get("transfer-encoding")];
          try {
            const stored = await env.B.put("k", request.body);
            return Response.json({ framing, stored: stored?.size ?? null });
          } catch (e) {
            return Response.json({ framing, error: e.message });
          }
        }
      };
      """;

  static Miniflare miniflare;
  static WorkerClient client;

  @BeforeAll
  static void start() {
    miniflare = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).bind(R2Buckets.bucket("B")))
        .build());
    client = WorkerClient.entry(miniflare);
  }

  @AfterAll
  static void stop() {
    miniflare.close();
  }

  @Test
  void a_text_body_goes_with_its_length_so_the_worker_can_store_the_request_body() {
    assertThat(client.post("/").body("héllo").send().text()).isEqualTo("{\"framing\":[\"6\",null],\"stored\":6}");
  }

  @Test
  void a_byte_body_of_a_request_built_elsewhere_goes_with_its_length() {
    FetchRequest request = FetchRequest.builder("http://localhost/").method("PUT").body(new byte[] {1, 2, 3}).build();

    assertThat(client.send(request).text()).isEqualTo("{\"framing\":[\"3\",null],\"stored\":3}");
  }

  @Test
  void a_length_the_caller_set_is_kept() {
    assertThat(client.put("/").header("content-length", "2").body("ab").send().text())
        .isEqualTo("{\"framing\":[\"2\",null],\"stored\":2}");
  }

  @Test
  void dispatch_fetch_frames_a_body_without_length_as_chunked_which_r2_refuses() {
    FetchRequest request = FetchRequest.builder("http://localhost/").method("PUT").body("abc").build();

    assertThat(miniflare.dispatchFetch(request).text()).isEqualTo("{\"framing\":[null,\"chunked\"],\"error\":"
        + "\"Provided readable stream must have a known length (request/response body or readable half of FixedLengthStream)\"}");
  }

  @Test
  void a_get_carries_no_body_and_no_length() {
    assertThat(client.fetch("/").text()).isEqualTo("{\"framing\":[null,null],\"stored\":0}");
  }
}
