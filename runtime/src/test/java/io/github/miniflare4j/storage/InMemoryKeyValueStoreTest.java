package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {

  @Override
  KeyValueStore newStore() {
    return new InMemoryKeyValueStore();
  }

  @Test
  void restore_of_1000_keys_undoes_later_writes_every_time() {
    for (int i = 0; i < 1000; i++) {
      store.put("key-" + i, text("value-" + i));
    }
    StoreSnapshot snapshot = store.snapshot();
    store.put("extra", text("x"));
    for (int round = 0; round < 50; round++) {
      store.put("extra", text("x"));
      store.restore(snapshot);
    }
    assertThat(store.size()).isEqualTo(1000);
    assertThat(store.get("extra")).isNull();
  }

  @Test
  void a_snapshot_is_not_changed_by_later_writes() {
    store.put("a", text("1"));
    StoreSnapshot snapshot = store.snapshot();
    store.put("a", text("2"));
    store.put("b", text("3"));
    InMemoryKeyValueStore other = new InMemoryKeyValueStore();
    other.restore(snapshot);
    assertThat(other.size()).isEqualTo(1);
    assertThat(new String(other.get("a").value())).isEqualTo("1");
  }
}
