package io.github.miniflare4j.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.junit.KeepStorage;
import io.github.miniflare4j.junit.WorkerResponse;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Create, read, replace and delete of items. The Vitest file checks last that a key its first
 * test wrote survives (its storage is per file); here every test starts from the baseline, so
 * that check runs right after the first test with {@code @KeepStorage}.
 */
class ItemsCrudTest extends ItemsSuite {

  @Test
  @Order(1)
  void put_then_get() {
    assertThat(putItem("c1", Map.of("v", 1)).status()).isEqualTo(201);
    assertThat(getItem("c1").json()).isEqualTo(json("{\"v\": 1}"));
  }

  @Test
  @Order(2)
  @KeepStorage
  void a_key_written_by_an_earlier_test_is_still_there() {
    assertThat(storedJson("item:c1")).isEqualTo(json("{\"v\": 1}"));
  }

  @Test
  @Order(3)
  void overwrite_replaces_the_value() {
    putItem("c2", Map.of("v", 1));
    putItem("c2", Map.of("v", 2));
    assertThat(getItem("c2").json()).isEqualTo(json("{\"v\": 2}"));
  }

  @Test
  @Order(4)
  void delete_then_get_is_404() {
    putItem("c3", Map.of("v", 3));
    assertThat(deleteItem("c3").status()).isEqualTo(204);
    assertThat(getItem("c3").status()).isEqualTo(404);
  }

  @Test
  @Order(5)
  void delete_removes_the_kv_key() {
    kv.put("item:c4", "{}");
    deleteItem("c4");
    assertThat(kv.get("item:c4")).isNull();
  }

  @Test
  @Order(6)
  void delete_of_a_missing_id_is_still_204() {
    WorkerResponse response = deleteItem("c-never");
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.text()).isEmpty();
  }

  @Test
  @Order(7)
  void nested_json_round_trips() {
    JsonNode value = json("{\"a\": {\"b\": {\"c\": [1, 2, {\"d\": null}]}}, \"s\": \"x\", \"t\": true}");
    putItem("c6", value);
    assertThat(getItem("c6").json()).isEqualTo(value);
  }

  @Test
  @Order(8)
  void ids_with_spaces_and_unicode_are_encoded() {
    putItem("a b ü", Map.of("ok", 1));
    assertThat(storedJson("item:a b ü")).isEqualTo(json("{\"ok\": 1}"));
    assertThat(getItem("a b ü").json()).isEqualTo(json("{\"ok\": 1}"));
  }

  @Test
  @Order(9)
  void a_json_string_body_is_stored() {
    putItem("c8", "just a string");
    assertThat(getItem("c8").json()).isEqualTo(json("\"just a string\""));
  }

  @Test
  @Order(10)
  void a_larger_body_of_64_kib_round_trips() {
    putItem("c9", Map.of("data", "x".repeat(64 * 1024)));
    assertThat(getItem("c9").json().get("data").asText()).hasSize(64 * 1024);
  }
}
