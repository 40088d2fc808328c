package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two workers in one instance, as in Miniflare's "multiple workers" guide: a modules worker
 * calls a Java service binding once and a service-worker-format worker three times; both share
 * one KV namespace by id.
 */
class MultiWorkerCounterSampleTest {

  Miniflare mf;

  @BeforeEach
  void start() {
    mf = new Miniflare(
        MiniflareOptions.builder()
            .worker(WorkerOptions.builder()
                .name("worker")
                .scriptPath("src/test/resources/counter/worker.js")
                .kvNamespace("COUNTS", "counts")
                .serviceBinding("INCREMENTER", "incrementer")
                // a service binding implemented in Java: a lambda from request to response
                .serviceBinding("CUSTOM", request -> FetchResponse.text("The count is ")))
            .worker(WorkerOptions.builder()
                .name("incrementer")
                .scriptPath("src/test/resources/counter/incrementer.js")
                .kvNamespace("NUMBERS", "counts"))
            .build());
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  @Test
  void the_entry_worker_reports_three_increments() {
    FetchResponse response = mf.dispatchFetch("http://localhost");

    System.out.println("[sample multi-worker counter] GET http://localhost -> " + response.text());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).isEqualTo("The count is 3");
  }
}
