package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link KeyValueStore} contract, run against each implementation. */
abstract class KeyValueStoreContract {

  KeyValueStore store;

  abstract KeyValueStore newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  static StoredValue text(String s) {
    return StoredValue.of(s.getBytes(StandardCharsets.UTF_8));
  }

  List<String> keys(KeyRange range) {
    return store.list(range).stream().map(Map.Entry::getKey).toList();
  }

  void putAll(String... keys) {
    for (String k : keys) {
      store.put(k, text("v:" + k));
    }
  }

  @Test
  void put_get_delete_round_trip() {
    store.put("k", new StoredValue("v".getBytes(StandardCharsets.UTF_8), 5000L, "{\"m\":1}"));
    StoredValue v = store.get("k");
    assertThat(new String(v.value(), StandardCharsets.UTF_8)).isEqualTo("v");
    assertThat(v.expiresAtMillis()).isEqualTo(5000L);
    assertThat(v.metadataJson()).isEqualTo("{\"m\":1}");
    assertThat(store.delete("k")).isTrue();
    assertThat(store.delete("k")).isFalse();
    assertThat(store.get("k")).isNull();
  }

  @Test
  void list_orders_by_utf8_bytes_including_supplementary_characters() {
    putAll("b", "a", "\uFFFF", "\uD83D\uDE00", "é", "A", "0");
    assertThat(keys(KeyRange.all())).containsExactly("0", "A", "a", "b", "é", "\uFFFF", "\uD83D\uDE00");
  }

  @Test
  void list_prefix_start_end_limit_and_reverse() {
    putAll("a", "user:1", "user:10", "user:2", "users", "v");
    assertThat(keys(KeyRange.all().prefix("user:"))).containsExactly("user:1", "user:10", "user:2");
    assertThat(keys(KeyRange.all().prefix("user:").startAfter("user:1"))).containsExactly("user:10", "user:2");
    assertThat(keys(KeyRange.all().start("user:10").end("users"))).containsExactly("user:10", "user:2");
    assertThat(keys(KeyRange.all().reverse(true).limit(2))).containsExactly("v", "users");
    assertThat(keys(KeyRange.all().prefix("user:").reverse(true))).containsExactly("user:2", "user:10", "user:1");
    assertThat(keys(KeyRange.all().startAfter("zzz"))).isEmpty();
    assertThat(keys(KeyRange.all().start("a").limit(1))).containsExactly("a");
  }

  @Test
  void prefix_of_maximal_code_point_lists_its_keys() {
    putAll("\uDBFF\uDFFF", "\uDBFF\uDFFFx", "z");
    assertThat(keys(KeyRange.all().prefix("\uDBFF\uDFFF"))).containsExactly("\uDBFF\uDFFF", "\uDBFF\uDFFFx");
  }

  @Test
  void list_skips_expired_entries_without_shortening_the_page() {
    store.put("a", new StoredValue(new byte[] {1}, 1000L, null));
    store.put("b", new StoredValue(new byte[] {1}, 3000L, null));
    store.put("c", text("c"));
    assertThat(keys(KeyRange.all().liveAt(2000).limit(2))).containsExactly("b", "c");
    assertThat(keys(KeyRange.all())).containsExactly("a", "b", "c");
    assertThat(store.deleteExpired(3000)).isEqualTo(2);
    assertThat(keys(KeyRange.all())).containsExactly("c");
  }

  @Test
  void list_without_values_keeps_expiry_and_metadata() {
    store.put("a", new StoredValue(new byte[] {1, 2}, 9000L, "1"));
    Map.Entry<String, StoredValue> e = store.list(KeyRange.all().withValues(false)).get(0);
    assertThat(e.getValue().value()).isEmpty();
    assertThat(e.getValue().expiresAtMillis()).isEqualTo(9000L);
    assertThat(e.getValue().metadataJson()).isEqualTo("1");
  }

  @Test
  void batches_get_put_and_delete_several_keys() {
    store.putAll(Map.of("a", text("1"), "b", text("2")));
    assertThat(store.getAll(List.of("b", "missing", "a")).keySet()).containsExactly("b", "a");
    assertThat(store.deleteAll(List.of("a", "missing"))).isEqualTo(1);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void snapshot_and_restore_bring_back_the_content() {
    putAll("a", "b");
    StoreSnapshot snapshot = store.snapshot();
    store.put("c", text("c"));
    store.delete("a");
    store.put("b", text("changed"));
    store.restore(snapshot);
    assertThat(keys(KeyRange.all())).containsExactly("a", "b");
    assertThat(new String(store.get("b").value(), StandardCharsets.UTF_8)).isEqualTo("v:b");
    store.clear();
    store.restore(snapshot);
    assertThat(store.size()).isEqualTo(2);
    assertThat(snapshot.size()).isEqualTo(2);
  }
}
