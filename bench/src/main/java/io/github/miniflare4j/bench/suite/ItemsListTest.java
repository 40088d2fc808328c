package io.github.miniflare4j.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.junit.KeepStorage;
import io.github.miniflare4j.kv.KvKey;
import io.github.miniflare4j.kv.KvListResult;
import io.github.miniflare4j.kv.KvNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Listing items by prefix, over five items written before all tests (the class's baseline). */
class ItemsListTest extends ItemsSuite {

  @BeforeAll
  static void seed(KvNamespace kv) {
    for (String id : List.of("fruit-apple", "fruit-banana", "fruit-cherry", "veg-carrot", "veg-leek")) {
      kv.put("item:" + id, "{\"id\":\"" + id + "\"}");
    }
  }

  private static List<String> keys(JsonNode body) {
    List<String> keys = new ArrayList<>();
    body.get("keys").forEach(key -> keys.add(key.asText()));
    return keys;
  }

  @Test
  @Order(1)
  void lists_keys_with_a_prefix() {
    assertThat(listItems("fruit-"))
        .isEqualTo(json("{\"keys\": [\"fruit-apple\", \"fruit-banana\", \"fruit-cherry\"], \"count\": 3}"));
  }

  @Test
  @Order(2)
  void lists_another_prefix() {
    assertThat(keys(listItems("veg-"))).containsExactly("veg-carrot", "veg-leek");
  }

  @Test
  @Order(3)
  void the_empty_prefix_lists_everything_seeded() {
    assertThat(listItems("").get("count").asInt()).isEqualTo(5);
  }

  @Test
  @Order(4)
  void an_unknown_prefix_lists_nothing() {
    assertThat(listItems("meat-")).isEqualTo(json("{\"keys\": [], \"count\": 0}"));
  }

  @Test
  @Order(5)
  void keys_come_back_sorted() {
    assertThat(keys(listItems(""))).isSorted();
  }

  @Test
  @Order(6)
  void a_put_shows_up_in_the_list() {
    putItem("fruit-date", Map.of("id", "fruit-date"));
    JsonNode body = listItems("fruit-");
    assertThat(keys(body)).contains("fruit-date");
    assertThat(body.get("count").asInt()).isEqualTo(4);
  }

  @Test
  @Order(7)
  @KeepStorage
  void a_delete_disappears_from_the_list() {
    deleteItem("fruit-date");
    JsonNode body = listItems("fruit-");
    assertThat(keys(body)).doesNotContain("fruit-date");
    assertThat(body.get("count").asInt()).isEqualTo(3);
  }

  @Test
  @Order(8)
  void listing_through_the_binding_matches_the_route() {
    KvListResult direct = kv.list("item:veg-");
    assertThat(direct.keys()).extracting(KvKey::name).containsExactly("item:veg-carrot", "item:veg-leek");
    assertThat(direct.listComplete()).isTrue();
  }

  @Test
  @Order(9)
  void non_item_keys_are_not_listed() {
    kv.put("other:thing", "1");
    assertThat(keys(listItems(""))).noneMatch(key -> key.contains("thing"));
  }

  @Test
  @Order(10)
  void the_prefix_is_a_plain_prefix_not_a_pattern() {
    assertThat(keys(listItems("fruit-b"))).containsExactly("fruit-banana");
  }
}
