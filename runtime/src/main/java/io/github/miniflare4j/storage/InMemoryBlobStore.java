package io.github.miniflare4j.storage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link BlobStore} in memory: bodies are lists of byte chunks (never copied once written),
 * entries live in a sorted map that is copied on the first write after a snapshot, so {@link
 * #snapshot()} and {@link #restore} cost O(1).
 */
final class InMemoryBlobStore implements BlobStore {

  private final Object writeLock = new Object();
  private volatile ConcurrentSkipListMap<String, BlobEntry> entries = new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);
  private boolean shared; // guarded by writeLock: entries is also held by a snapshot

  private ConcurrentSkipListMap<String, BlobEntry> writable() {
    if (shared) {
      entries = new ConcurrentSkipListMap<>(entries);
      shared = false;
    }
    return entries;
  }

  @Override
  public BlobWriter newBody() {
    return new ChunkWriter();
  }

  @Override
  public BlobEntry put(String key, BlobWriter body, String metadata) {
    if (!(body instanceof ChunkWriter writer)) {
      throw new IllegalArgumentException("The body was not written by this store");
    }
    BlobEntry entry = new BlobEntry(key, writer.size(), metadata, writer.finish());
    synchronized (writeLock) {
      writable().put(key, entry);
    }
    return entry;
  }

  @Override
  public BlobEntry get(String key) {
    return entries.get(key);
  }

  @Override
  public InputStream read(BlobEntry entry, long offset, long length) {
    if (!(entry.body() instanceof Chunks chunks)) {
      throw new IllegalArgumentException("The entry is not one of this store");
    }
    return new ChunksInputStream(chunks.parts(), offset, length);
  }

  @Override
  public boolean delete(String key) {
    synchronized (writeLock) {
      return entries.containsKey(key) && writable().remove(key) != null;
    }
  }

  @Override
  public List<BlobEntry> list(String prefix, String startAfter, int limit) {
    return list(entries, prefix, startAfter, limit);
  }

  static List<BlobEntry> list(NavigableMap<String, BlobEntry> map, String prefix, String startAfter, int limit) {
    NavigableMap<String, BlobEntry> view = map;
    if (!prefix.isEmpty()) {
      String upper = Utf8Order.successorOfPrefix(prefix);
      view = upper == null ? view.tailMap(prefix, true) : view.subMap(prefix, true, upper, false);
    }
    if (startAfter != null && (view.isEmpty() || Utf8Order.INSTANCE.compare(startAfter, view.firstKey()) >= 0)) {
      if (!view.isEmpty() && Utf8Order.INSTANCE.compare(startAfter, view.lastKey()) >= 0) {
        return List.of();
      }
      view = view.isEmpty() ? view : view.tailMap(startAfter, false);
    }
    List<BlobEntry> page = new ArrayList<>();
    for (Map.Entry<String, BlobEntry> e : view.entrySet()) {
      if (page.size() >= limit) {
        break;
      }
      page.add(e.getValue());
    }
    return page;
  }

  @Override
  public BlobSnapshot snapshot() {
    synchronized (writeLock) {
      shared = true;
      return new BlobSnapshot(this, entries);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(BlobSnapshot snapshot) {
    ConcurrentSkipListMap<String, BlobEntry> state = (ConcurrentSkipListMap<String, BlobEntry>) snapshot.stateForStoreOf(InMemoryBlobStore.class);
    synchronized (writeLock) {
      entries = state;
      shared = true;
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      entries = new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);
      shared = false;
    }
  }

  /** An immutable body: its chunks in order. */
  record Chunks(List<byte[]> parts) {}

  /** Collects chunks of at most {@link #CHUNK} bytes. */
  private static final class ChunkWriter implements BlobWriter {
    private static final int CHUNK = 1 << 20;
    private final List<byte[]> parts = new ArrayList<>();
    private byte[] current = new byte[0];
    private int used;
    private long size;
    private boolean done;

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (done) {
        throw new IllegalStateException("The body was already stored or aborted");
      }
      while (length > 0) {
        if (used == current.length) {
          flush();
          current = new byte[Math.min(CHUNK, Math.max(length, 8192))];
        }
        int n = Math.min(length, current.length - used);
        System.arraycopy(bytes, offset, current, used, n);
        used += n;
        offset += n;
        length -= n;
        size += n;
      }
    }

    private void flush() {
      if (used > 0) {
        parts.add(used == current.length ? current : java.util.Arrays.copyOf(current, used));
      }
      current = new byte[0];
      used = 0;
    }

    @Override
    public long size() {
      return size;
    }

    Chunks finish() {
      if (done) {
        throw new IllegalStateException("The body was already stored or aborted");
      }
      flush();
      done = true;
      return new Chunks(List.copyOf(parts));
    }

    @Override
    public void abort() {
      done = true;
      parts.clear();
      current = new byte[0];
    }
  }

  /** Reads a range of a chunk list. */
  private static final class ChunksInputStream extends InputStream {
    private final List<byte[]> parts;
    private int part;
    private int position;
    private long remaining;

    ChunksInputStream(List<byte[]> parts, long offset, long length) {
      this.parts = parts;
      this.remaining = length;
      long skip = offset;
      while (part < parts.size() && skip >= parts.get(part).length) {
        skip -= parts.get(part).length;
        part++;
      }
      position = (int) skip;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (remaining <= 0 || part >= parts.size()) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      byte[] current = parts.get(part);
      int n = (int) Math.min(Math.min(length, current.length - position), remaining);
      System.arraycopy(current, position, target, offset, n);
      position += n;
      remaining -= n;
      if (position == current.length) {
        part++;
        position = 0;
      }
      return n;
    }
  }
}
