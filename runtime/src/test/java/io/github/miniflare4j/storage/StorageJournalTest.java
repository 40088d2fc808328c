package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link StorageJournal}: checkpoints that roll writes back. */
class StorageJournalTest {

  final StorageJournal journal = new StorageJournal();
  final KeyValueStore store = journal.wrap(new InMemoryKeyValueStore());

  static StoredValue value(String text) {
    return new StoredValue(text.getBytes(StandardCharsets.UTF_8), null, null);
  }

  static String text(StoredValue value) {
    return value == null ? null : new String(value.value(), StandardCharsets.UTF_8);
  }

  @Test
  void restore_undoes_puts_deletes_and_clears_since_the_checkpoint() {
    store.put("kept", value("1"));
    store.put("changed", value("a"));
    StorageCheckpoint checkpoint = journal.checkpoint();

    store.put("changed", value("b"));
    store.put("added", value("x"));
    store.delete("kept");
    store.put("changed", value("c"));
    checkpoint.restore();

    assertThat(text(store.get("kept"))).isEqualTo("1");
    assertThat(text(store.get("changed"))).isEqualTo("a");
    assertThat(store.get("added")).isNull();

    store.clear();
    checkpoint.restore();
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void restore_can_be_repeated_and_costs_nothing_when_nothing_was_written() {
    store.put("k", value("v"));
    StorageCheckpoint checkpoint = journal.checkpoint();
    for (int i = 0; i < 3; i++) {
      store.put("k", value("w" + i));
      checkpoint.restore();
      assertThat(text(store.get("k"))).isEqualTo("v");
      assertThat(journal.size()).isZero();
    }
  }

  @Test
  void nested_checkpoints_restore_to_their_own_state_and_outer_restore_invalidates_inner() {
    StorageCheckpoint outer = journal.checkpoint();
    store.put("a", value("outer"));
    StorageCheckpoint inner = journal.checkpoint();
    store.put("b", value("inner"));

    inner.restore();
    assertThat(text(store.get("a"))).isEqualTo("outer");
    assertThat(store.get("b")).isNull();

    outer.restore();
    assertThat(store.get("a")).isNull();
    assertThatThrownBy(inner::restore)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This storage checkpoint was closed, or invalidated by restoring an earlier one");
  }

  @Test
  void writes_are_not_journaled_without_an_open_checkpoint() {
    StorageCheckpoint checkpoint = journal.checkpoint();
    store.put("k", value("v"));
    checkpoint.close();
    store.put("k2", value("v"));

    assertThat(journal.size()).isZero();
    assertThat(store.size()).isEqualTo(2);
  }
}
