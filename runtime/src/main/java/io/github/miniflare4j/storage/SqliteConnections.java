package io.github.miniflare4j.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The one way storage opens SQLite: the same settings for every store of every binding kind.
 * Files use write-ahead logging with {@code synchronous=NORMAL} (a process killed mid-write
 * loses no committed transaction and leaves a file that opens) and wait up to 5 s on a lock.
 */
public final class SqliteConnections {

  /**
   * Held while a connection opens and while a statement that may set {@code PRAGMA
   * case_sensitive_like} runs (see {@link #runIsolatingLike}).
   */
  private static final Object LIKE_DEFAULT = new Object();

  private SqliteConnections() {}

  /** One JDBC call that may fail. */
  @FunctionalInterface
  public interface SqlAction<T> {
    /**
     * Runs it.
     *
     * @return its result
     * @throws SQLException when SQLite fails
     */
    T run() throws SQLException;
  }

  /**
   * Runs a statement of a worker's database. The bundled SQLite hands {@code PRAGMA
   * case_sensitive_like} on one connection to every connection the process opens after it (a
   * database's pragma made LIKE case-sensitive, and index-optimized, in databases opened later by
   * other workers): for a statement that names it, the default is set back on a scratch connection
   * before any other connection opens. The connection that ran it keeps its setting.
   *
   * @param <T> the action's result type
   * @param sql the statement's text
   * @param action what runs it
   * @return the action's result
   * @throws SQLException when the action fails
   */
  public static <T> T runIsolatingLike(String sql, SqlAction<T> action) throws SQLException {
    if (!sql.toLowerCase(Locale.ROOT).contains("case_sensitive_like")) {
      return action.run();
    }
    synchronized (LIKE_DEFAULT) {
      try {
        return action.run();
      } finally {
        try (Connection scratch = DriverManager.getConnection("jdbc:sqlite::memory:");
            Statement s = scratch.createStatement()) {
          s.execute("PRAGMA case_sensitive_like = 0");
        }
      }
    }
  }

  private static Connection connect(String url) throws SQLException {
    synchronized (LIKE_DEFAULT) {
      return DriverManager.getConnection(url);
    }
  }

  /**
   * Opens (creating it and its directories if needed) a database file.
   *
   * @param file the database file
   * @return an open connection in auto-commit mode; close it when done
   * @throws StorageException when the file cannot be opened or created
   */
  public static Connection open(Path file) {
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Connection connection = connect("jdbc:sqlite:" + absolute);
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=5000");
      }
      return connection;
    } catch (SQLException | IOException e) {
      throw new StorageException("Cannot open SQLite database " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a private in-memory database.
   *
   * @return an open connection in auto-commit mode; its data goes with it when closed
   * @throws StorageException when SQLite cannot be loaded
   */
  public static Connection openInMemory() {
    try {
      return connect("jdbc:sqlite::memory:");
    } catch (SQLException e) {
      throw new StorageException("Cannot open an in-memory SQLite database: " + e.getMessage(), e);
    }
  }

  /**
   * Opens a database in a file, or in memory when {@code file} is {@code null}.
   *
   * @param file the database file, or {@code null} for memory
   * @return an open connection in auto-commit mode
   * @throws StorageException when the database cannot be opened
   */
  public static Connection openFileOrMemory(Path file) {
    return file == null ? openInMemory() : open(file);
  }
}
