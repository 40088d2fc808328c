package io.github.miniflare4j.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one way storage opens SQLite: the same settings for every store of every binding kind.
 * Files use write-ahead logging with {@code synchronous=NORMAL} (a process killed mid-write
 * loses no committed transaction and leaves a file that opens) and wait up to 5 s on a lock.
 */
public final class SqliteConnections {

  private SqliteConnections() {}

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
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
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
      return DriverManager.getConnection("jdbc:sqlite::memory:");
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
