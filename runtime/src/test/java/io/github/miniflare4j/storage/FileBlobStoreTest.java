package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BlobStore#open(Path)} against the contract, plus what persisting adds. */
class FileBlobStoreTest extends BlobStoreContract {

  @TempDir
  Path dir;

  @Override
  BlobStore newStore() {
    return BlobStore.open(dir.resolve("store"));
  }

  private long bodyFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("store/blobs"))) {
      return files.count();
    }
  }

  @Test
  void objects_survive_closing_and_reopening_the_store() throws IOException {
    put("a", "alpha", "{\"n\":1}");
    put("b", "beta", "");
    store.close();

    store = newStore();

    assertThat(store.get("a").metadata()).isEqualTo("{\"n\":1}");
    try (InputStream in = store.read(store.get("a"), 0, 5)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("alpha");
    }
    assertThat(keys("", null, 10)).containsExactly("a", "b");
  }

  @Test
  void a_write_cut_short_by_a_crash_leaves_no_object_and_no_file_after_reopening() throws IOException {
    put("k", "committed", "v1");
    BlobWriter writer = store.newBody();
    byte[] half = new byte[100_000];
    writer.write(half, 0, half.length);
    // the process dies here: the writer is neither put nor aborted
    store.close();

    store = newStore();

    assertThat(store.get("k").metadata()).isEqualTo("v1");
    assertThat(store.get("k").size()).isEqualTo(9);
    assertThat(bodyFiles()).as("the temporary file is removed when the store opens").isEqualTo(1);
  }

  @Test
  void replacing_and_deleting_remove_the_old_body_files() throws IOException {
    put("k", "one", "");
    put("k", "two", "");
    put("j", "three", "");
    assertThat(bodyFiles()).isEqualTo(2);

    store.delete("k");

    assertThat(bodyFiles()).isEqualTo(1);
  }

  @Test
  void bodies_a_snapshot_refers_to_are_kept_until_restored() throws IOException {
    put("k", "baseline", "");
    BlobSnapshot baseline = store.snapshot();
    store.delete("k");
    put("k", "test data", "");

    store.restore(baseline);

    try (InputStream in = store.read(store.get("k"), 0, 8)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("baseline");
    }
    assertThat(bodyFiles()).as("the test's body is removed on restore").isEqualTo(1);
  }
}
