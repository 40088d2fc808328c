package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.KvSeed;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed scenario: a catalog worker whose KV namespace starts from a JSON file
 * ({@code src/test/resources/seed/catalog.json}). Every test starts from exactly that data,
 * whatever the tests before it wrote.
 */
@MiniflareTest(workers = @Worker(
    name = "catalog",
    scriptPath = "classpath:seed/catalog-worker.js",
    kvNamespaces = "CATALOG"))
@KvSeed(binding = "CATALOG", resource = "seed/catalog.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeededCatalogSampleTest {

  @Test
  @Order(1)
  void the_worker_serves_the_seeded_products(WorkerClient catalog) {
    WorkerResponse products = catalog.fetch("/products");

    System.out.println("[sample seed] GET /products -> " + products.text());
    assertThat(products).hasStatus(200).hasJsonBody("[\"1\", \"2\"]");
    assertThat(catalog.fetch("/products/1")).hasJsonBody("{\"name\": \"Fountain pen\", \"price\": 24.5}");
  }

  @Test
  @Order(2)
  void a_test_may_change_the_catalog(WorkerClient catalog, @Binding("CATALOG") KvNamespace kv) {
    catalog.put("/products/3").json(Map.of("name", "Ink", "price", 4)).send();
    catalog.put("/products/1").json(Map.of("name", "Fountain pen", "price", 19)).send();

    assertThat(kv).hasSize(3).containsJsonEntry("product:1", "{\"name\": \"Fountain pen\", \"price\": 19}");
  }

  @Test
  @Order(3)
  void the_next_test_starts_from_the_seed_again(WorkerClient catalog, @Binding("CATALOG") KvNamespace kv) {
    assertThat(kv).hasSize(2).doesNotContainKey("product:3");
    assertThat(catalog.fetch("/products/1")).hasJsonBody("{\"name\": \"Fountain pen\", \"price\": 24.5}");
    assertThat(catalog.fetch("/products/3")).hasStatus(404);
  }
}
