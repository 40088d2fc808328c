package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.StorageMode;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.kv.KvNamespace;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Module state between tests: the worker ({@code src/test/resources/flags-cache/flags-worker.js})
 * caches feature flags read from KV in a module-level variable. With {@link
 * StorageMode#RESET_STORAGE_EACH_TEST}, as in a Vitest file run by
 * {@code @cloudflare/vitest-pool-workers}, KV goes back to the baseline before each test but the
 * worker keeps running, so its cache outlives the data it was read from. With the default mode,
 * {@code RESET_EACH_TEST}, the second test would see fresh workers and an empty cache.
 */
@MiniflareTest(
    workers = @Worker(name = "flags", scriptPath = "classpath:flags-cache/flags-worker.js", kvNamespaces = "FLAGS"),
    storage = StorageMode.RESET_STORAGE_EACH_TEST)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlagsCacheSampleTest {

  @Test
  @Order(1)
  void the_first_request_reads_the_flags_from_kv(WorkerClient flags, KvNamespace kv) {
    kv.put("flags", "{\"beta\":true}");

    assertThat(flags.fetch("/flags")).hasStatus(200).hasJsonBody("{\"flags\":{\"beta\":true},\"kvReads\":1}");
  }

  @Test
  @Order(2)
  void the_next_test_sees_reset_storage_but_the_cached_flags(WorkerClient flags, KvNamespace kv) {
    assertThat(kv).doesNotContainKey("flags");

    var response = flags.fetch("/flags");

    System.out.println("[sample flags-cache] KV reset, module cache kept -> " + response.text());
    assertThat(response).hasJsonBody("{\"flags\":{\"beta\":true},\"kvReads\":1}");
  }

  @Test
  @Order(3)
  void a_test_that_needs_a_cold_cache_drops_it_itself(WorkerClient flags) {
    assertThat(flags.post("/flags/reload").send()).hasStatus(204);

    assertThat(flags.fetch("/flags")).hasJsonBody("{\"flags\":{},\"kvReads\":2}");
  }
}
