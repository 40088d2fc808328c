package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.Worker;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.WorkerResponse;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The REST scenario: a JSON API over KV ({@code src/test/resources/rest-api/items-worker.js})
 * with create, read, replace and delete on {@code /items/<id>}, a paged listing on
 * {@code GET /items?limit=&cursor=} that hands out KV's list cursor, and {@code 400}s with a JSON
 * error body for invalid input. Responses are checked structurally with {@code hasJsonBody};
 * the stored data through the injected {@link KvNamespace}.
 */
@MiniflareTest(workers = @Worker(
    name = "items",
    scriptPath = "classpath:rest-api/items-worker.js",
    kvNamespaces = "ITEMS"))
class KvRestApiSampleTest {

  @Test
  void an_item_can_be_created_read_replaced_and_deleted(WorkerClient api, KvNamespace kv) {
    WorkerResponse created = api.post("/items/pen").json(Map.of("name", "Fountain pen", "price", 24.5)).send();
    assertThat(created).hasStatus(201).hasContentType("application/json")
        .hasJsonBody("{\"id\": \"pen\", \"name\": \"Fountain pen\", \"price\": 24.5}");
    assertThat(kv).containsJsonEntry("item:pen", "{\"id\": \"pen\", \"name\": \"Fountain pen\", \"price\": 24.5}");
    assertThat(api.post("/items/pen").json(Map.of("name", "Pen", "price", 1)).send())
        .hasStatus(409).hasJsonBody("{\"error\": \"item pen already exists\"}");

    assertThat(api.fetch("/items/pen")).isOk().hasJsonBody("{\"id\": \"pen\", \"name\": \"Fountain pen\", \"price\": 24.5}");

    WorkerResponse replaced = api.put("/items/pen").json(Map.of("name", "Fountain pen", "price", 19)).send();
    assertThat(replaced).hasStatus(200).hasJsonBody("{\"id\": \"pen\", \"name\": \"Fountain pen\", \"price\": 19}");

    assertThat(api.delete("/items/pen").send()).hasStatus(204);
    WorkerResponse gone = api.fetch("/items/pen");

    System.out.println("[sample rest-api] POST /items/pen -> " + created.status() + " " + created.text()
        + "; after DELETE, GET -> " + gone.status() + " " + gone.text());
    assertThat(gone).hasStatus(404).hasJsonBody("{\"error\": \"no item pen\"}");
    assertThat(kv).doesNotContainKey("item:pen");
    assertThat(api.put("/items/pen").json(Map.of("name", "Pen", "price", 1)).send()).hasStatus(404);
  }

  @Test
  void the_listing_pages_through_the_items_with_the_kv_cursor(WorkerClient api) {
    for (String id : List.of("a", "b", "c", "d", "e")) {
      api.post("/items/" + id).json(Map.of("name", "item " + id, "price", 1)).send();
    }

    List<String> ids = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = "";
    do {
      WorkerResponse page = api.fetch("/items?limit=2&cursor=" + cursor);
      assertThat(page).isOk();
      JsonNode body = page.json();
      body.get("items").forEach(item -> ids.add(item.get("id").asText()));
      pageSizes.add(body.get("items").size());
      cursor = body.get("cursor").isNull() ? null : body.get("cursor").asText();
    } while (cursor != null);

    System.out.println("[sample rest-api] GET /items?limit=2 pages -> " + pageSizes + ", ids " + ids);
    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void invalid_input_is_a_400_with_a_json_error(WorkerClient api, KvNamespace kv) {
    assertThat(api.post("/items/x").json(Map.of("price", 3)).send())
        .hasStatus(400).hasJsonBody("{\"error\": \"name is required\", \"field\": \"name\"}");
    assertThat(api.post("/items/x").json(Map.of("name", "Ink", "price", -1)).send())
        .hasStatus(400).hasJsonBody("{\"error\": \"price must be a number >= 0\", \"field\": \"price\"}");
    WorkerResponse notJson = api.post("/items/x").header("content-type", "application/json").body("{oops").send();
    assertThat(notJson).hasStatus(400).hasJsonBody("{\"error\": \"the body must be JSON\"}");
    assertThat(api.fetch("/items?limit=0"))
        .hasStatus(400).hasJsonBody("{\"error\": \"limit must be an integer from 1 to 100\", \"field\": \"limit\"}");

    System.out.println("[sample rest-api] POST /items/x with {oops -> " + notJson.status() + " " + notJson.text());
    assertThat(kv).hasSize(0);
  }
}
