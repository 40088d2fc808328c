package io.github.miniflare4j.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * workerd's rows read and written by one SQLite statement, estimated by the rules D1's
 * {@code meta.rows_read} / {@code rows_written} follow. workerd counts them in its SQLite for D1
 * and for the cursors of SQLite-backed Durable Objects alike ({@code cursor.rowsRead},
 * {@code rowsWritten}), so the runtime's Durable Objects count through this class. One instance per
 * database connection; not thread-safe (its owner synchronizes).
 */
public final class SqliteRowCounts {

  private final Connection connection;
  private final PlanCache plans = new PlanCache();
  private PreparedStatement stateQuery;

  /**
   * A counter for the statements run on one connection.
   *
   * @param connection the database the statements run on
   */
  public SqliteRowCounts(Connection connection) {
    this.connection = connection;
  }

  /**
   * Looks at a statement just before it runs.
   *
   * @param statement one SQL statement, as it will run
   * @param params the values bound to its parameters (numbers, strings, byte arrays or null)
   * @return what to ask once the statement ran, or {@code null} when the text holds no statement
   * @throws SQLException when the database cannot be read
   */
  public Running before(String statement, List<Object> params) throws SQLException {
    List<SqlText.Statement> parsed = SqlText.statements(statement);
    if (parsed.isEmpty()) {
      return null;
    }
    SqlText.Statement one = parsed.get(0);
    plans.beforeRunning(one);
    long[] state = state();
    return new Running(one, RowCounter.before(connection, one, params, plans, state[3]), state);
  }

  /** Forgets what it learnt of the schema (the database was replaced or rolled back). */
  public void clear() {
    plans.clear();
    if (stateQuery != null) {
      try {
        stateQuery.close();
      } catch (SQLException e) {
        // a statement that cannot be closed is dropped all the same
      }
      stateQuery = null;
    }
  }

  /** A statement being run. */
  public final class Running {
    private final SqlText.Statement statement;
    private final RowCounter counter;
    private final long[] before;

    private Running(SqlText.Statement statement, RowCounter counter, long[] before) {
      this.statement = statement;
      this.counter = counter;
      this.before = before;
    }

    /**
     * The counts once the statement ran.
     *
     * @param resultRows the rows it returned
     * @return {@code {rowsRead, rowsWritten}}
     * @throws SQLException when the database cannot be read
     */
    public long[] after(long resultRows) throws SQLException {
      long[] after = statement.verb().equals("SELECT") || statement.verb().equals("VALUES") ? before : state();
      boolean changed = after[0] != before[0] || after[1] != before[1] || after[2] != before[2] || after[3] != before[3];
      return counter.finish(after[0] - before[0], resultRows, after[1] != before[1], after[1], changed);
    }
  }

  /** {@code {total changes, last row id, size, schema version}}. */
  private long[] state() throws SQLException {
    if (stateQuery == null) {
      stateQuery = connection.prepareStatement("SELECT total_changes(), last_insert_rowid(), "
          + "(SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()), "
          + "(SELECT schema_version FROM pragma_schema_version())");
    }
    try (ResultSet rs = stateQuery.executeQuery()) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
    }
  }
}
