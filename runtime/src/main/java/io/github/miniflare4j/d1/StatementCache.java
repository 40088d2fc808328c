package io.github.miniflare4j.d1;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one connection kept for reuse, by SQL text, for one schema version (the
 * JDBC driver keeps a statement's column names from when it was prepared, so a schema change
 * closes them all). A statement is taken out while it runs and put back once its result set is
 * closed. Not thread-safe: its store synchronizes.
 */
final class StatementCache {

  /** Statements kept; the least recently used is closed first. */
  private static final int CAPACITY = 64;

  private final Connection connection;
  private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true);
  private long schemaVersion = Long.MIN_VALUE;

  StatementCache(Connection connection) {
    this.connection = connection;
  }

  /**
   * A prepared statement for a text: a kept one, or a new one.
   *
   * @param sql the statement's text
   * @param version the schema version now
   * @return the statement, to {@link #release} or {@link #discard} after use
   * @throws SQLException when SQLite cannot prepare it
   */
  PreparedStatement get(String sql, long version) throws SQLException {
    if (version != schemaVersion) {
      clear();
      schemaVersion = version;
    }
    PreparedStatement kept = idle.remove(sql);
    return kept != null ? kept : connection.prepareStatement(sql);
  }

  /**
   * Puts back a statement that ran without error and whose result set is closed.
   *
   * @param sql its text
   * @param statement the statement {@link #get} gave
   */
  void release(String sql, PreparedStatement statement) {
    try {
      statement.clearParameters();
    } catch (SQLException e) {
      discard(statement);
      return;
    }
    PreparedStatement previous = idle.put(sql, statement);
    if (previous != null && previous != statement) {
      discard(previous);
    }
    if (idle.size() > CAPACITY) {
      Iterator<PreparedStatement> eldest = idle.values().iterator();
      discard(eldest.next());
      eldest.remove();
    }
  }

  /**
   * Closes a statement that is not to be reused.
   *
   * @param statement the statement
   */
  void discard(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // closing finalizes the statement; SQLite reports nothing new there
    }
  }

  /** Closes every kept statement. */
  void clear() {
    idle.values().forEach(this::discard);
    idle.clear();
    schemaVersion = Long.MIN_VALUE;
  }
}
