package io.github.miniflare4j.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.junit.WorkerResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The suite's basic routes: hello, 404, 405, invalid JSON, put and get. */
class BasicRoutesTest extends ItemsSuite {

  @Test
  @Order(1)
  void get_hello_returns_hello() {
    WorkerResponse response = api.fetch("/hello");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.text()).isEqualTo("hello");
  }

  @Test
  @Order(2)
  void get_hello_is_text_plain() {
    assertThat(api.fetch("/hello").header("content-type")).isEqualTo("text/plain");
  }

  @Test
  @Order(3)
  void unknown_path_is_404() {
    WorkerResponse response = api.fetch("/nope");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.text()).isEqualTo("not found");
  }

  @Test
  @Order(4)
  void post_to_an_item_is_405() {
    assertThat(api.post("/items/a").body("{}").send().status()).isEqualTo(405);
  }

  @Test
  @Order(5)
  void put_with_invalid_json_is_400_and_stores_nothing() {
    WorkerResponse response = api.put("/items/bad").body("{not json").send();
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json()).isEqualTo(json("{\"error\": \"invalid json\"}"));
    assertThat(kv.get("item:bad")).isNull();
  }

  @Test
  @Order(6)
  void put_returns_201_with_the_id() {
    WorkerResponse response = putItem("basic-1", Map.of("a", 1));
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json()).isEqualTo(json("{\"id\": \"basic-1\", \"stored\": true}"));
  }

  @Test
  @Order(7)
  void put_then_get_returns_the_same_json() {
    putItem("basic-2", Map.of("name", "two", "tags", List.of("x", "y")));
    WorkerResponse response = getItem("basic-2");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("content-type")).isEqualTo("application/json");
    assertThat(response.json()).isEqualTo(json("{\"name\": \"two\", \"tags\": [\"x\", \"y\"]}"));
  }

  @Test
  @Order(8)
  void put_stores_under_item_id_in_kv() {
    putItem("basic-3", Map.of("n", 3));
    assertThat(storedJson("item:basic-3")).isEqualTo(json("{\"n\": 3}"));
  }

  @Test
  @Order(9)
  void get_of_a_key_seeded_directly_in_kv() {
    kv.put("item:seeded", "{\"seeded\":true}");
    assertThat(getItem("seeded").json()).isEqualTo(json("{\"seeded\": true}"));
  }

  @Test
  @Order(10)
  void get_of_a_missing_id_is_404() {
    WorkerResponse response = getItem("basic-missing");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json()).isEqualTo(json("{\"error\": \"not found\"}"));
  }
}
