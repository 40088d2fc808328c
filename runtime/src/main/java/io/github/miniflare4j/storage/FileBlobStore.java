package io.github.miniflare4j.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A {@link BlobStore} on disk: keys, sizes and metadata in {@code index.sqlite} (one row per key,
 * through {@link SqlDatabase}), each body in its own file under {@code blobs/}. A body is written
 * to {@code blobs/<id>.tmp} and renamed to {@code blobs/<id>} before its row is committed, so a
 * write cut short (an exception, a killed process) never leaves a partial object: at worst a file
 * nobody references, removed when the store opens. Body files of replaced or deleted objects are
 * removed at once unless a snapshot still refers to them.
 */
final class FileBlobStore implements BlobStore {

  private static final String TEMP_SUFFIX = ".tmp";
  private static final SecureRandom IDS = new SecureRandom();

  private final Path blobs;
  private final SqlDatabase index;
  /** Body files some snapshot refers to: kept until the store closes. Guarded by this. */
  private final Set<String> pinned = new HashSet<>();
  /** Readers still open, closed with the store. Guarded by this. */
  private final Set<InputStream> openReaders = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

  FileBlobStore(Path directory) {
    this.blobs = directory.resolve("blobs");
    try {
      Files.createDirectories(blobs);
    } catch (IOException e) {
      throw new StorageException("Cannot create blob directory " + blobs.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    this.index = SqlDatabase.open(directory.resolve("index.sqlite"));
    try (Statement s = connection().createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, body TEXT NOT NULL, size INTEGER NOT NULL,"
          + " metadata TEXT NOT NULL)");
    } catch (SQLException e) {
      index.close();
      throw failure("open", e);
    }
    removeUnreferencedFiles();
  }

  private Connection connection() {
    return index.connection();
  }

  private StorageException failure(String what, Exception e) {
    return new StorageException("Blob store " + blobs.getParent().toAbsolutePath() + ": cannot " + what + ": "
        + e.getMessage(), e);
  }

  @Override
  public BlobWriter newBody() {
    byte[] random = new byte[16];
    IDS.nextBytes(random);
    return new FileWriter(HexFormat.of().formatHex(random));
  }

  @Override
  public synchronized BlobEntry put(String key, BlobWriter body, String metadata) {
    if (!(body instanceof FileWriter writer) || writer.store() != this) {
      throw new IllegalArgumentException("The body was not written by this store");
    }
    Path file = writer.finish();
    try {
      String previous = bodyOf(key);
      try (PreparedStatement s = connection().prepareStatement(
          "INSERT OR REPLACE INTO blobs (key, body, size, metadata) VALUES (?, ?, ?, ?)")) {
        s.setString(1, key);
        s.setString(2, writer.id);
        s.setLong(3, writer.size());
        s.setString(4, metadata);
        s.executeUpdate();
      }
      if (previous != null) {
        removeFile(previous);
      }
      return new BlobEntry(key, writer.size(), metadata, writer.id);
    } catch (SQLException e) {
      deleteQuietly(file);
      throw failure("store \"" + key + "\"", e);
    }
  }

  private String bodyOf(String key) throws SQLException {
    try (PreparedStatement s = connection().prepareStatement("SELECT body FROM blobs WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  @Override
  public synchronized BlobEntry get(String key) {
    try (PreparedStatement s = connection().prepareStatement("SELECT key, size, metadata, body FROM blobs WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? entry(r) : null;
      }
    } catch (SQLException e) {
      throw failure("read \"" + key + "\"", e);
    }
  }

  private static BlobEntry entry(ResultSet r) throws SQLException {
    return new BlobEntry(r.getString(1), r.getLong(2), r.getString(3), r.getString(4));
  }

  @Override
  public synchronized InputStream read(BlobEntry entry, long offset, long length) {
    if (!(entry.body() instanceof String id)) {
      throw new IllegalArgumentException("The entry is not one of this store");
    }
    try {
      FileChannel channel = FileChannel.open(blobs.resolve(id), StandardOpenOption.READ);
      channel.position(offset);
      InputStream in = new BoundedInputStream(Channels.newInputStream(channel), length);
      openReaders.add(in);
      return in;
    } catch (IOException e) {
      throw failure("read the body of \"" + entry.key() + "\"", e);
    }
  }

  @Override
  public synchronized boolean delete(String key) {
    try {
      String previous = bodyOf(key);
      if (previous == null) {
        return false;
      }
      try (PreparedStatement s = connection().prepareStatement("DELETE FROM blobs WHERE key = ?")) {
        s.setString(1, key);
        s.executeUpdate();
      }
      removeFile(previous);
      return true;
    } catch (SQLException e) {
      throw failure("delete \"" + key + "\"", e);
    }
  }

  @Override
  public synchronized List<BlobEntry> list(String prefix, String startAfter, int limit) {
    String upper = prefix.isEmpty() ? null : Utf8Order.successorOfPrefix(prefix);
    StringBuilder sql = new StringBuilder("SELECT key, size, metadata, body FROM blobs WHERE key >= ?");
    if (upper != null) {
      sql.append(" AND key < ?");
    }
    if (startAfter != null) {
      sql.append(" AND key > ?");
    }
    sql.append(" ORDER BY key LIMIT ?");
    try (PreparedStatement s = connection().prepareStatement(sql.toString())) {
      int i = 1;
      s.setString(i++, prefix);
      if (upper != null) {
        s.setString(i++, upper);
      }
      if (startAfter != null) {
        s.setString(i++, startAfter);
      }
      s.setInt(i, limit);
      List<BlobEntry> page = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          page.add(entry(r));
        }
      }
      return page;
    } catch (SQLException e) {
      throw failure("list", e);
    }
  }

  private Set<String> referencedBodies() {
    Set<String> ids = new HashSet<>();
    try (Statement s = connection().createStatement(); ResultSet r = s.executeQuery("SELECT body FROM blobs")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw failure("list bodies", e);
    }
    return ids;
  }

  @Override
  public synchronized BlobSnapshot snapshot() {
    Set<String> bodies = referencedBodies();
    pinned.addAll(bodies);
    return new BlobSnapshot(this, index.snapshot());
  }

  @Override
  public synchronized void restore(BlobSnapshot snapshot) {
    index.restore((byte[]) snapshot.stateFor(this));
    removeUnreferencedFiles();
  }

  /** Deletes temporary files and bodies that neither the index nor a snapshot refers to. */
  private synchronized void removeUnreferencedFiles() {
    Set<String> keep = referencedBodies();
    keep.addAll(pinned);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(blobs)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(TEMP_SUFFIX) || !keep.contains(name)) {
          deleteQuietly(file);
        }
      }
    } catch (IOException e) {
      throw failure("clean " + blobs, e);
    }
  }

  private void removeFile(String id) {
    if (!pinned.contains(id)) {
      deleteQuietly(blobs.resolve(id));
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a file that cannot be deleted now is removed the next time the store opens
    }
  }

  @Override
  public synchronized void close() {
    for (InputStream in : new ArrayList<>(openReaders)) {
      try {
        in.close();
      } catch (IOException e) {
        // closing is best effort
      }
    }
    index.close();
  }

  /** Streams a body into {@code blobs/<id>.tmp}; {@link #finish()} renames it to {@code blobs/<id>}. */
  private final class FileWriter implements BlobWriter {
    private final String id;
    private final Path temp;
    private OutputStream out;
    private long size;
    private boolean done;

    FileWriter(String id) {
      this.id = id;
      this.temp = blobs.resolve(id + TEMP_SUFFIX);
    }

    FileBlobStore store() {
      return FileBlobStore.this;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (done) {
        throw new IllegalStateException("The body was already stored or aborted");
      }
      try {
        if (out == null) {
          out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        }
        out.write(bytes, offset, length);
        size += length;
      } catch (IOException e) {
        abort();
        throw failure("write a body", e);
      }
    }

    @Override
    public long size() {
      return size;
    }

    Path finish() {
      if (done) {
        throw new IllegalStateException("The body was already stored or aborted");
      }
      done = true;
      Path file = blobs.resolve(id);
      try {
        if (out == null) {
          Files.write(temp, new byte[0]);
        } else {
          out.close();
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
      } catch (IOException e) {
        deleteQuietly(temp);
        throw failure("store a body", e);
      }
    }

    @Override
    public void abort() {
      done = true;
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          // the file is deleted below
        }
      }
      deleteQuietly(temp);
    }
  }

  /** At most {@code remaining} bytes of another stream. */
  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedInputStream(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(target, offset, (int) Math.min(length, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

}
