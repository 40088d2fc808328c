package io.github.miniflare4j.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link BlobStore} contract, run against each implementation. */
abstract class BlobStoreContract {

  BlobStore store;

  abstract BlobStore newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  BlobEntry put(String key, String body, String metadata) {
    BlobWriter writer = store.newBody();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    writer.write(bytes, 0, bytes.length);
    return store.put(key, writer, metadata);
  }

  String read(BlobEntry entry, long offset, long length) {
    try (InputStream in = store.read(entry, offset, length)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> keys(String prefix, String startAfter, int limit) {
    return store.list(prefix, startAfter, limit).stream().map(BlobEntry::key).toList();
  }

  @Test
  void a_put_body_reads_back_whole_and_by_range_with_its_metadata() {
    put("k", "0123456789", "{\"a\":1}");

    BlobEntry entry = store.get("k");

    assertThat(entry.size()).isEqualTo(10);
    assertThat(entry.metadata()).isEqualTo("{\"a\":1}");
    assertThat(read(entry, 0, 10)).isEqualTo("0123456789");
    assertThat(read(entry, 3, 4)).isEqualTo("3456");
    assertThat(read(entry, 10, 0)).isEmpty();
  }

  @Test
  void a_body_written_in_many_chunks_keeps_every_byte_in_order() {
    BlobWriter writer = store.newBody();
    byte[] chunk = new byte[70_000];
    for (int i = 0; i < 40; i++) {
      java.util.Arrays.fill(chunk, (byte) i);
      writer.write(chunk, 0, chunk.length);
    }
    BlobEntry entry = store.put("big", writer, "");

    assertThat(entry.size()).isEqualTo(40L * 70_000);
    try (InputStream in = store.read(entry, 69_999, 2)) {
      assertThat(in.readAllBytes()).containsExactly(0, 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = store.read(entry, 39L * 70_000, 70_000)) {
      byte[] last = in.readAllBytes();
      assertThat(last).hasSize(70_000).containsOnly(39);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void an_aborted_body_is_never_visible_and_leaves_the_previous_object() {
    put("k", "old", "m1");
    BlobWriter writer = store.newBody();
    writer.write("half of a new bo".getBytes(StandardCharsets.UTF_8), 0, 16);
    writer.abort();

    assertThat(read(store.get("k"), 0, 3)).isEqualTo("old");
    assertThat(store.get("k").metadata()).isEqualTo("m1");
    assertThatThrownBy(() -> store.put("k", writer, "m2")).isInstanceOf(IllegalStateException.class);
    assertThat(store.get("k").metadata()).isEqualTo("m1");
  }

  @Test
  void a_replaced_or_deleted_entry_still_reads_through_a_stream_opened_before() throws IOException {
    put("k", "first", "");
    BlobEntry first = store.get("k");
    try (InputStream in = store.read(first, 0, 5)) {
      put("k", "second", "");
      store.delete("k");
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first");
    }
    assertThat(store.get("k")).isNull();
  }

  @Test
  void list_is_in_utf8_order_with_prefix_start_after_and_limit() {
    for (String k : List.of("b", "a/2", "a/1", "é", "a/3", "c")) {
      put(k, k, "");
    }

    assertThat(keys("", null, 10)).containsExactly("a/1", "a/2", "a/3", "b", "c", "é");
    assertThat(keys("a/", null, 10)).containsExactly("a/1", "a/2", "a/3");
    assertThat(keys("a/", "a/1", 1)).containsExactly("a/2");
    assertThat(keys("a/", "0", 10)).containsExactly("a/1", "a/2", "a/3");
    assertThat(keys("a/", "zz", 10)).isEmpty();
    assertThat(keys("", "c", 10)).containsExactly("é");
  }

  @Test
  void delete_reports_whether_there_was_an_entry() {
    put("k", "v", "");

    assertThat(store.delete("k")).isTrue();
    assertThat(store.delete("k")).isFalse();
    assertThat(store.get("k")).isNull();
  }

  @Test
  void restore_puts_back_the_content_of_a_snapshot_however_often() {
    put("kept", "1", "");
    put("changed", "before", "");
    BlobSnapshot snapshot = store.snapshot();

    put("changed", "after", "");
    put("added", "x", "");
    store.delete("kept");
    store.restore(snapshot);

    assertThat(keys("", null, 10)).containsExactly("changed", "kept");
    assertThat(read(store.get("changed"), 0, 6)).isEqualTo("before");
    put("again", "y", "");
    store.restore(snapshot);
    assertThat(keys("", null, 10)).containsExactly("changed", "kept");
    assertThat(read(store.get("kept"), 0, 1)).isEqualTo("1");
  }

  @Test
  void a_snapshot_of_a_file_store_is_refused_by_any_other_store() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("blob-contract");
    try (BlobStore other = BlobStore.open(dir.resolve("other"))) {
      BlobSnapshot foreign = other.snapshot();
      assertThatThrownBy(() -> store.restore(foreign)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
