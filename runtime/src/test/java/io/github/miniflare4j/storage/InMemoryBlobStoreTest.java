package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link BlobStore#inMemory()} against the contract, plus carrying content between stores. */
class InMemoryBlobStoreTest extends BlobStoreContract {

  @Override
  BlobStore newStore() {
    return BlobStore.inMemory();
  }

  @Test
  void another_in_memory_stores_snapshot_carries_its_content_over_independently() {
    put("a", "alpha", "m");
    try (BlobStore next = BlobStore.inMemory()) {
      next.restore(store.snapshot());
      put("a", "changed", "");
      store.close();

      assertThat(next.get("a").metadata()).isEqualTo("m");
      try (java.io.InputStream in = next.read(next.get("a"), 0, 5)) {
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("alpha");
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void a_file_store_refuses_an_in_memory_stores_snapshot() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("blob-refuse");
    try (BlobStore file = BlobStore.open(dir.resolve("s"))) {
      BlobSnapshot foreign = store.snapshot();
      assertThatThrownBy(() -> file.restore(foreign)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
