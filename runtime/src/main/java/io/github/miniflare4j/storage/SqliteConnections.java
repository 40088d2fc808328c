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

  private SqliteConnections() {}

  /**
   * Whether a statement may set {@code PRAGMA case_sensitive_like}. SQLite carries that pragma
   * out while it <em>prepares</em> the statement, by registering LIKE anew on the connection; when
   * the connection has a statement that has stepped and is not reset yet (the JDBC driver leaves a
   * prepared statement that ran to its end in that state until it runs again or is closed), SQLite
   * cannot replace the function and sets the case-sensitive flag on the process-wide built-in LIKE
   * instead, for good: every database of the JVM then plans {@code LIKE 'abc%'} as a
   * case-sensitive index range. Callers therefore close or reset every statement of the connection
   * before they prepare a statement this answers true for.
   *
   * @param sql a statement's text
   * @return true when it names {@code case_sensitive_like}
   */
  public static boolean mayChangeLike(String sql) {
    return sql.toLowerCase(Locale.ROOT).contains("case_sensitive_like");
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url);
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
