package io.github.miniflare4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import io.github.miniflare4j.durable.DurableObjectStorageView;
import io.github.miniflare4j.http.FetchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Durable Object counter (one object per name) tested through HTTP, through RPC from Java,
 * and by seeding and reading its storage directly.
 */
class DurableObjectCounterSampleTest {

  Miniflare mf;
  DurableObjectNamespace counters;

  @BeforeEach
  void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder()
            .scriptPath("src/test/resources/durable/counter.js")
            .durableObject("COUNTER", "Counter"))
        .build());
    counters = mf.getDurableObjectNamespace("COUNTER");
  }

  @AfterEach
  void stop() {
    mf.close();
  }

  @Test
  void each_name_counts_on_its_own() {
    mf.dispatchFetch(FetchRequest.builder("http://localhost/likes").method("POST").build());
    mf.dispatchFetch(FetchRequest.builder("http://localhost/likes").method("POST").build());
    mf.dispatchFetch(FetchRequest.builder("http://localhost/views").method("POST").build());

    assertThat(mf.dispatchFetch("http://localhost/likes").text()).isEqualTo("{\"value\":2}");
    assertThat(mf.dispatchFetch("http://localhost/views").text()).isEqualTo("{\"value\":1}");
  }

  @Test
  void java_calls_the_objects_rpc_methods() {
    assertThat(counters.getByName("likes").call("increment", 5)).isEqualTo(5.0);

    assertThat(mf.dispatchFetch("http://localhost/likes").text()).isEqualTo("{\"value\":5}");
  }

  @Test
  void storage_can_be_seeded_and_inspected() {
    DurableObjectStorageView storage = counters.storage(counters.idFromName("likes"));
    storage.put("value", 41);

    mf.dispatchFetch(FetchRequest.builder("http://localhost/likes").method("POST").build());

    assertThat(storage.get("value")).isEqualTo(42.0);
  }
}
