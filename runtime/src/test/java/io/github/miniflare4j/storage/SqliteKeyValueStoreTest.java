package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteKeyValueStoreTest extends KeyValueStoreContract {

  @TempDir Path dir;

  @Override
  KeyValueStore newStore() {
    return SqliteKeyValueStore.open(dir, "contract");
  }

  @Test
  void data_survives_closing_and_reopening() {
    store.put("k", text("v"));
    store.close();
    try (SqliteKeyValueStore again = SqliteKeyValueStore.open(dir, "contract")) {
      assertThat(new String(again.get("k").value())).isEqualTo("v");
    }
  }

  @Test
  void uses_wal_and_one_file_per_namespace() throws Exception {
    try (SqliteKeyValueStore a = SqliteKeyValueStore.open(dir, "ns-a");
        SqliteKeyValueStore b = SqliteKeyValueStore.open(dir, "NS/../b")) {
      a.put("k", text("a"));
      b.put("k", text("b"));
      assertThat(a.file().getParent()).isEqualTo(b.file().getParent()).isEqualTo(dir);
      assertThat(new String(b.get("k").value())).isEqualTo("b");
      assertThat(Files.exists(dir.resolve(a.file().getFileName() + "-wal"))).isTrue();
    }
  }

  @Test
  void refuses_a_database_of_another_namespace() throws Exception {
    store.close();
    Path other = NamespaceFiles.file(dir, "other", ".sqlite");
    Files.copy(NamespaceFiles.file(dir, "contract", ".sqlite"), other);
    assertThatThrownBy(() -> SqliteKeyValueStore.open(dir, "other"))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("holds namespace \"contract\", not \"other\"");
  }
}
