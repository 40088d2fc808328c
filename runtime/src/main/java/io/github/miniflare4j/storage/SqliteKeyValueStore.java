package io.github.miniflare4j.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A persistent {@link KeyValueStore}: one SQLite database file (WAL journal) per namespace.
 *
 * <p>Durability: every write is its own transaction (or one per {@link #putAll}), committed to
 * the write-ahead log before the method returns, with {@code synchronous=NORMAL}: a completed
 * write survives the JVM being killed (the OS holds the log), though not a power cut. Several
 * processes may open the same file; SQLite serialises them (5 s busy timeout). One connection
 * per store, used under the store's lock.
 */
public final class SqliteKeyValueStore implements KeyValueStore {

  private static final String SCHEMA =
      "CREATE TABLE IF NOT EXISTS entries ("
          + "key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL, expiration INTEGER, metadata TEXT)"
          + " WITHOUT ROWID";
  private static final String META =
      "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID";

  private final Path file;
  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private boolean closed;

  private SqliteKeyValueStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database of namespace {@code id} under {@code root}, named by
   * {@link NamespaceFiles}. The id is recorded in the file and checked on every later open.
   *
   * @throws StorageException when the directory cannot be created, the file is not a database,
   *     or it belongs to another id
   * @param root the persistence directory; created when missing
   * @param id the namespace id
   * @return the open store; close it when done
   */
  public static SqliteKeyValueStore open(Path root, String id) {
    Path file = NamespaceFiles.file(root, id, ".sqlite");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new StorageException("Cannot create the persistence directory " + root.toAbsolutePath()
          + " for namespace \"" + id + "\": " + e, e);
    }
    SqliteKeyValueStore store = open(file);
    String recorded = store.meta("id");
    if (recorded == null) {
      store.setMeta("id", id);
    } else if (!recorded.equals(id)) {
      store.close();
      throw new StorageException("Database " + file.toAbsolutePath() + " holds namespace \"" + recorded
          + "\", not \"" + id + "\"; remove the file or use another persistence directory.", null);
    }
    return store;
  }

  /**
   * Opens (creating if needed) a database at an exact file path.
   *
   * @param file the database file; its directory must exist
   * @return the open store; close it when done
   */
  public static SqliteKeyValueStore open(Path file) {
    try {
      Connection connection = SqliteConnections.open(file);
      try (Statement s = connection.createStatement()) {
        s.execute(SCHEMA);
        s.execute(META);
      }
      return new SqliteKeyValueStore(file, connection);
    } catch (SQLException e) {
      throw new StorageException("Cannot open SQLite database " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The database file.
   *
   * @return the file, never {@code null}
   */
  public Path file() {
    return file;
  }

  private PreparedStatement statement(String sql) throws SQLException {
    if (closed) {
      throw new StorageException("Store " + file + " is closed", null);
    }
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  private StorageException failure(String what, SQLException e) {
    return new StorageException(what + " failed on " + file + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized StoredValue get(String key) {
    try {
      PreparedStatement s = statement("SELECT value, expiration, metadata FROM entries WHERE key = ?");
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? row(rs, 1, true) : null;
      }
    } catch (SQLException e) {
      throw failure("get", e);
    }
  }

  private static StoredValue row(ResultSet rs, int first, boolean withValue) throws SQLException {
    byte[] value = withValue ? rs.getBytes(first) : new byte[0];
    long expiration = rs.getLong(first + 1);
    Long expires = rs.wasNull() ? null : expiration;
    String metadata = rs.getString(first + 2);
    return new StoredValue(value == null ? new byte[0] : value, expires, metadata);
  }

  @Override
  public synchronized void put(String key, StoredValue value) {
    try {
      insert(key, value);
    } catch (SQLException e) {
      throw failure("put", e);
    }
  }

  private void insert(String key, StoredValue value) throws SQLException {
    PreparedStatement s =
        statement("INSERT OR REPLACE INTO entries (key, value, expiration, metadata) VALUES (?, ?, ?, ?)");
    s.setString(1, key);
    s.setBytes(2, value.value());
    if (value.expiresAtMillis() == null) {
      s.setNull(3, Types.INTEGER);
    } else {
      s.setLong(3, value.expiresAtMillis());
    }
    s.setString(4, value.metadataJson());
    s.executeUpdate();
  }

  @Override
  public synchronized void putAll(Map<String, StoredValue> values) {
    inTransaction("putAll", () -> {
      for (Map.Entry<String, StoredValue> e : values.entrySet()) {
        insert(e.getKey(), e.getValue());
      }
    });
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  private void inTransaction(String what, SqlWork work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  @Override
  public synchronized boolean delete(String key) {
    try {
      PreparedStatement s = statement("DELETE FROM entries WHERE key = ?");
      s.setString(1, key);
      return s.executeUpdate() > 0;
    } catch (SQLException e) {
      throw failure("delete", e);
    }
  }

  @Override
  public synchronized int deleteAll(Collection<String> keys) {
    int[] n = {0};
    inTransaction("deleteAll", () -> {
      PreparedStatement s = statement("DELETE FROM entries WHERE key = ?");
      for (String key : keys) {
        s.setString(1, key);
        n[0] += s.executeUpdate();
      }
    });
    return n[0];
  }

  @Override
  public synchronized List<Map.Entry<String, StoredValue>> list(KeyRange range) {
    String lower = range.lowerBound();
    String upper = range.upperBound();
    boolean live = range.liveAt() != Long.MIN_VALUE;
    StringBuilder sql = new StringBuilder("SELECT key, ")
        .append(range.withValues() ? "value" : "NULL")
        .append(", expiration, metadata FROM entries WHERE key >= ?");
    if (range.start() != null && range.startExclusive()) {
      sql.append(" AND key > ?");
    }
    if (upper != null) {
      sql.append(" AND key < ?");
    }
    if (live) {
      sql.append(" AND (expiration IS NULL OR expiration > ?)");
    }
    sql.append(" ORDER BY key").append(range.reverse() ? " DESC" : "");
    if (range.limited()) {
      sql.append(" LIMIT ?");
    }
    try {
      PreparedStatement s = statement(sql.toString());
      int i = 1;
      s.setString(i++, lower);
      if (range.start() != null && range.startExclusive()) {
        s.setString(i++, range.start());
      }
      if (upper != null) {
        s.setString(i++, upper);
      }
      if (live) {
        s.setLong(i++, range.liveAt());
      }
      if (range.limited()) {
        s.setInt(i, range.limit());
      }
      List<Map.Entry<String, StoredValue>> page = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          page.add(Map.entry(rs.getString(1), row(rs, 2, range.withValues())));
        }
      }
      return page;
    } catch (SQLException e) {
      throw failure("list", e);
    }
  }

  @Override
  public synchronized int deleteExpired(long nowMillis) {
    try {
      PreparedStatement s = statement("DELETE FROM entries WHERE expiration <= ?");
      s.setLong(1, nowMillis);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failure("deleteExpired", e);
    }
  }

  @Override
  public synchronized void clear() {
    try {
      statement("DELETE FROM entries").executeUpdate();
    } catch (SQLException e) {
      throw failure("clear", e);
    }
  }

  @Override
  public synchronized long size() {
    try (ResultSet rs = statement("SELECT count(*) FROM entries").executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("size", e);
    }
  }

  /** Copies every row into memory: O(n). */
  @Override
  public synchronized StoreSnapshot snapshot() {
    TreeMap<String, StoredValue> copy = new TreeMap<>(Utf8Order.INSTANCE);
    for (Map.Entry<String, StoredValue> e : list(KeyRange.all())) {
      copy.put(e.getKey(), e.getValue());
    }
    return new StoreSnapshot(copy, this);
  }

  /** Replaces every row in one transaction: O(n). */
  @Override
  public synchronized void restore(StoreSnapshot snapshot) {
    inTransaction("restore", () -> {
      statement("DELETE FROM entries").executeUpdate();
      for (Map.Entry<String, StoredValue> e : snapshot.entries().entrySet()) {
        insert(e.getKey(), e.getValue());
      }
    });
  }

  private String meta(String name) {
    try {
      PreparedStatement s = statement("SELECT value FROM meta WHERE name = ?");
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw failure("meta", e);
    }
  }

  private void setMeta(String name, String value) {
    try {
      PreparedStatement s = statement("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)");
      s.setString(1, name);
      s.setString(2, value);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure("meta", e);
    }
  }

  /** Closes the database; the WAL is checkpointed into the main file. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (PreparedStatement s : statements.values()) {
      try {
        s.close();
      } catch (SQLException ignored) {
        // closing the connection releases it anyway
      }
    }
    statements.clear();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("Closing " + file + " failed: " + e.getMessage(), e));
    }
  }
}
