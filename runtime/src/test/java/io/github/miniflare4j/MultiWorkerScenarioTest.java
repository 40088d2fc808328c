package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.Test;

/** The "multiple workers" scenario of Miniflare's guide, end to end (its scripts also drive DispatchCpuProfile). */
public class MultiWorkerScenarioTest {

  public static final String WORKER =
      """
      export default {
        async fetch(request, env) {
          const message = await (await env.CUSTOM.fetch("http://custom/")).text();
          for (let i = 0; i < 3; i++) await env.INCREMENTER.fetch("http://incrementer/");
          const count = await env.COUNTS.get("count");
          return new Response(message + count);
        }
      };
      """;

  public static final String INCREMENTER =
      """
      addEventListener("fetch", (event) => event.respondWith(increment()));
      async function increment() {
        const count = Number((await NUMBERS.get("count")) ?? "0") + 1;
        await NUMBERS.put("count", String(count));
        return new Response(String(count));
      }
      """;

  static MiniflareOptions options() {
    return MiniflareOptions.builder()
        .worker(
            WorkerOptions.builder()
                .name("worker")
                .modules(true)
                .script(WORKER)
                .kvNamespace("COUNTS", "counts")
                .serviceBinding("INCREMENTER", "incrementer")
                .serviceBinding("CUSTOM", request -> FetchResponse.text("The count is ")))
        .worker(
            WorkerOptions.builder()
                .name("incrementer")
                .script(INCREMENTER)
                .kvNamespace("NUMBERS", "counts"))
        .build();
  }

  @Test
  void counts_three_increments_through_two_workers_sharing_a_namespace() {
    try (Miniflare mf = new Miniflare(options())) {
      FetchResponse response = mf.dispatchFetch("http://localhost");

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.text()).isEqualTo("The count is 3");
    }
  }

  @Test
  void state_carries_across_requests_of_one_instance() {
    try (Miniflare mf = new Miniflare(options())) {
      mf.dispatchFetch("http://localhost");

      assertThat(mf.dispatchFetch("http://localhost").text()).isEqualTo("The count is 6");
    }
  }

  @Test
  void each_instance_starts_with_empty_storage() {
    try (Miniflare first = new Miniflare(options())) {
      first.dispatchFetch("http://localhost");
    }
    try (Miniflare second = new Miniflare(options())) {
      assertThat(second.dispatchFetch("http://localhost").text()).isEqualTo("The count is 3");
    }
  }
}
