package io.github.miniflare4j.durable.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * workerd's {@code rowsRead} / {@code rowsWritten} of a SQLite-backed object's schema statements,
 * which D1's estimate ({@code storage.internal.SqliteRowCounts}) counts over every row of {@code sqlite_master}
 * where workerd leaves out its {@code _cf_} tables before first use (recorded against workerd,
 * {@code durable-objects/realproj9-sql-ddl-row-counts}):
 *
 * <ul>
 *   <li>{@code CREATE TABLE} / {@code VIEW} reads one row of {@code sqlite_master} per object it
 *       creates and writes two per object plus one per automatic index (a {@code PRIMARY KEY} that
 *       is not the rowid, a {@code UNIQUE} column); an {@code AUTOINCREMENT} table creates
 *       {@code sqlite_sequence} too. {@code CREATE INDEX} reads 2 + 2 per row of its table and
 *       writes 1 + 1 per row. A {@code CREATE} that creates nothing ({@code IF NOT EXISTS}) counts
 *       nothing.
 *   <li>{@code DROP INDEX} reads the schema's rows plus one, {@code DROP VIEW} the schema's rows,
 *       {@code DROP TABLE} of a table without indexes the schema's rows plus one; a {@code DROP}
 *       that drops nothing counts nothing.
 * </ul>
 *
 * The schema's rows are those of {@code sqlite_master} but workerd's own {@code _cf_} tables,
 * which workerd creates only once used. Deviation: renames, {@code ALTER TABLE}, triggers and a
 * {@code DROP TABLE} of a table with indexes keep the change-counter estimate; a dropped table's
 * rows are not counted.
 */
final class SqlWriteCounts {

  private static final Pattern VERB = Pattern.compile("(?is)\\s*(CREATE|DROP)\\b");

  /** One row of {@code sqlite_master}. */
  private record Entry(String type, String name, String table) {}

  private final Connection connection;
  private final String verb;
  private final List<Entry> before;

  private SqlWriteCounts(Connection connection, String verb, List<Entry> before) {
    this.connection = connection;
    this.verb = verb;
    this.before = before;
  }

  /**
   * Looks at a statement before it runs; null when its counts are not this class's (the caller
   * keeps its own estimate).
   */
  static SqlWriteCounts before(Connection connection, String statement) throws SQLException {
    Matcher m = VERB.matcher(statement);
    if (!m.lookingAt()) {
      return null;
    }
    String verb = m.group(1).toUpperCase(Locale.ROOT);
    return new SqlWriteCounts(connection, verb, schema(connection));
  }

  /**
   * The counts once the statement ran.
   *
   * @param estimate the caller's {@code {rowsRead, rowsWritten}}, kept for shapes not covered here
   * @return {@code {rowsRead, rowsWritten}}
   */
  int[] after(int[] estimate) throws SQLException {
    List<Entry> now = schema(connection);
    if (verb.equals("CREATE")) {
      List<Entry> created = new ArrayList<>(now);
      created.removeAll(before);
      if (created.isEmpty()) {
        return new int[] {0, 0};
      }
      int objects = 0;
      int autoIndexes = 0;
      for (Entry e : created) {
        if (e.type().equals("index") && !e.name().startsWith("sqlite_autoindex_")) {
          int rows = count("SELECT count(*) FROM " + quoted(e.table()), null);
          return new int[] {2 + 2 * rows, 1 + rows};
        }
        if (e.type().equals("trigger")) {
          return estimate;
        }
        if (e.type().equals("index")) {
          autoIndexes++;
        } else {
          objects++;
        }
      }
      return new int[] {objects, 2 * objects + autoIndexes};
    }
    List<Entry> dropped = new ArrayList<>(before);
    dropped.removeAll(now);
    if (dropped.isEmpty()) {
      return new int[] {0, 0};
    }
    if (dropped.size() != 1) {
      return estimate;
    }
    return switch (dropped.get(0).type()) {
      case "index" -> new int[] {before.size() + 1, 0};
      case "view" -> new int[] {before.size(), 0};
      case "table" -> new int[] {before.size() + 1, 0};
      default -> estimate;
    };
  }

  private int count(String sql, String param) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (param != null) {
        ps.setString(1, param);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** The rows of sqlite_master but those of workerd's {@code _cf_} tables. */
  private static List<Entry> schema(Connection connection) throws SQLException {
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT type, name, tbl_name FROM sqlite_master");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String table = rs.getString(3);
        if (table == null || !table.regionMatches(true, 0, "_cf_", 0, 4)) {
          out.add(new Entry(rs.getString(1), rs.getString(2), table));
        }
      }
    }
    return out;
  }
}
