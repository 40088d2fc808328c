package io.github.miniflare4j.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.junit.KeepStorage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What isolation the extension gives. Stronger than the Vitest pool's (storage per file): each
 * class starts empty although the instance is shared, and each test starts from the class's
 * baseline; a test marked {@code @KeepStorage} continues from the previous one, which is how the
 * Vitest file's "visible in the next test" checks are written here.
 */
class IsolationTest extends ItemsSuite {

  @Test
  @Order(1)
  void storage_starts_empty_in_this_class() {
    assertThat(kv.list().keys()).isEmpty();
  }

  @Test
  @Order(2)
  void keys_the_other_classes_write_are_not_visible() {
    for (String key : List.of("item:basic-1", "item:c1", "item:fruit-apple", "audit:w4")) {
      assertThat(kv.get(key)).as(key).isNull();
    }
  }

  @Test
  @Order(3)
  void a_write_in_one_test() {
    assertThat(putItem("iso-1", Map.of("from", "test 3")).status()).isEqualTo(201);
  }

  @Test
  @Order(4)
  @KeepStorage
  void is_visible_in_a_keep_storage_test_after_it() {
    assertThat(getItem("iso-1").json()).isEqualTo(json("{\"from\": \"test 3\"}"));
  }

  @Test
  @Order(5)
  @KeepStorage
  void the_list_sees_only_this_class_writes() {
    assertThat(listItems("")).isEqualTo(json("{\"keys\": [\"iso-1\"], \"count\": 1}"));
  }

  @Test
  @Order(6)
  @KeepStorage
  void clearing_the_namespace_empties_storage() {
    kv.put("item:iso-2", "{}");
    kv.clear();
    assertThat(kv.list().keys()).isEmpty();
  }

  @Test
  @Order(7)
  @KeepStorage
  void after_clearing_an_earlier_key_is_gone() {
    assertThat(getItem("iso-1").status()).isEqualTo(404);
  }

  @Test
  @Order(8)
  void module_state_of_the_worker_serves_repeated_requests() {
    assertThat(List.of(api.fetch("/hello").text(), api.fetch("/hello").text())).containsExactly("hello", "hello");
  }

  @Test
  @Order(9)
  void writes_through_the_binding_are_seen_by_the_worker() {
    kv.put("item:iso-3", "{\"via\":\"env\"}");
    assertThat(getItem("iso-3").json()).isEqualTo(json("{\"via\": \"env\"}"));
  }

  @Test
  @Order(10)
  void writes_through_the_worker_are_seen_by_the_binding() {
    putItem("iso-4", Map.of("via", "worker"));
    assertThat(storedJson("item:iso-4")).isEqualTo(json("{\"via\": \"worker\"}"));
  }
}
