package io.github.miniflare4j.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * One SQLite database of a binding (a D1 database, a Durable Object's SQL storage, ...), in
 * memory or in a file, opened with the storage layer's settings. Snapshots are SQLite's own
 * serialization of the whole database: taken and restored in one call, independent of later
 * writes. Not thread-safe: callers serialize their use (one binding's operations run one at a
 * time).
 */
public final class SqlDatabase implements AutoCloseable {

  /**
   * The PRAGMAs workerd's SQLite authorizer allows (recorded for D1 and for Durable Objects'
   * SQL storage, which share it); every other one is not authorized.
   */
  public static final java.util.Set<String> WORKERD_ALLOWED_PRAGMAS = java.util.Set.of(
      "data_version", "defer_foreign_keys", "foreign_keys", "foreign_key_check", "foreign_key_list",
      "index_info", "index_list", "index_xinfo", "quick_check", "legacy_alter_table",
      "optimize", "recursive_triggers", "reverse_unordered_selects", "case_sensitive_like",
      "ignore_check_constraints", "table_info", "table_list", "table_xinfo");

  private final Path file;
  private final Connection connection;

  private SqlDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens a database.
   *
   * @param file the database file, created with its directories if needed; {@code null} keeps
   *     the database in memory
   * @return the open database
   * @throws StorageException when it cannot be opened
   */
  public static SqlDatabase open(Path file) {
    return new SqlDatabase(file, SqliteConnections.openFileOrMemory(file));
  }

  /**
   * The JDBC connection, in auto-commit mode unless the caller changes it.
   *
   * @return the connection; never close it directly
   */
  public Connection connection() {
    return connection;
  }

  /**
   * The file, or {@code null} in memory.
   *
   * @return the database file, or {@code null}
   */
  public Path file() {
    return file;
  }

  /**
   * The whole database as bytes.
   *
   * @return SQLite's serialization of the main database
   * @throws StorageException when SQLite refuses
   */
  public byte[] snapshot() {
    try {
      return connection.unwrap(SQLiteConnection.class).serialize("main");
    } catch (SQLException e) {
      throw new StorageException("Cannot snapshot " + describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the whole database by a snapshot.
   *
   * @param snapshot bytes {@link #snapshot()} returned
   * @throws StorageException when SQLite refuses
   */
  public void restore(byte[] snapshot) {
    try {
      if (file == null) {
        connection.unwrap(SQLiteConnection.class).deserialize("main", snapshot);
        return;
      }
      // a file database stays a file: the snapshot goes through a temporary file and SQLite's
      // online backup, which rewrites the database in one transaction
      Path temp = java.nio.file.Files.createTempFile(file.toAbsolutePath().getParent(), "restore-", ".sqlite");
      try {
        java.nio.file.Files.write(temp, snapshot);
        try (java.sql.Statement s = connection.createStatement()) {
          s.executeUpdate("restore from '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
      } finally {
        java.nio.file.Files.deleteIfExists(temp);
      }
    } catch (java.io.IOException e) {
      throw new StorageException("Cannot restore " + describe() + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StorageException("Cannot restore " + describe() + ": " + e.getMessage(), e);
    }
  }

  private String describe() {
    return file == null ? "an in-memory SQLite database" : "SQLite database " + file;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing is best effort: the database is no longer used
    }
  }
}
