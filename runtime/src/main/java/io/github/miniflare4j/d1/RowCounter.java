package io.github.miniflare4j.d1;

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
 * Miniflare's {@code rows_read} and {@code rows_written}, estimated. workerd counts the rows
 * SQLite's cursors step through and write, which the JDBC driver does not expose; this counter
 * derives them from the statement's query plan, its changes and its result, by the rules recorded
 * against workerd (test resources {@code conformance/recorded/d1/d1x-meta*.json}):
 *
 * <ul>
 *   <li>a full scan reads every row of the table; a temporary B-tree (ORDER BY without an index)
 *       reads the scanned rows once more; a lone scan without filter stops at its LIMIT;
 *   <li>a search by rowid reads the rows found (twice for an {@code IN (...)} list); a search
 *       through an index reads the rows found plus the one that ends the range, unless it is an
 *       equality on a unique index;
 *   <li>an insert writes the row and one entry per index; an update the row and the indexes of the
 *       columns it sets; a delete only the row; {@code DELETE} without {@code WHERE} truncates
 *       (reads nothing); a replace or an upsert that updates reads the row it replaces;
 *   <li>schema statements: {@code CREATE TABLE} reads 1 and writes 2, {@code CREATE INDEX} reads
 *       2 + 2 per row and writes 1 + 1 per row, {@code ALTER TABLE} reads every row and index and writes 1,
 *       {@code DROP TABLE} reads 3 + 2 per index.
 * </ul>
 *
 * Deviation: shapes outside these rules (recursive common table expressions, correlated
 * subqueries, sorts of empty tables) are approximate.
 */
final class RowCounter {

  private static final Pattern STEP = Pattern.compile("^(SCAN|SEARCH) (\\S+)(?: AS \\S+)?(.*)$");
  private static final Pattern INDEX_NAME = Pattern.compile("USING (?:COVERING )?INDEX (\\S+) \\((.*)\\)");

  /** One access of the plan: a table and how it is read. */
  private record Access(String table, long tableRows, boolean scan, boolean viaIndex, boolean exactUnique) {}

  /**
   * One step of a query plan as the schema alone determines it (the rows of a scanned table are
   * counted each time the statement runs).
   */
  record Step(String table, boolean scan, boolean viaIndex, boolean exactUnique) {}

  /**
   * What the counter learns from the statement text and the schema alone, the same until the
   * schema changes: the plan's steps, whether it sorts, the written table and its indexes.
   */
  record Analysis(List<Step> steps, boolean sorts, String target, long targetIndexes, long touchedIndexes) {}

  /** The verbs whose analysis depends on the statement text and the schema only, and is cached. */
  static final java.util.Set<String> CACHED_VERBS = java.util.Set.of("INSERT", "REPLACE", "UPDATE", "DELETE", "SELECT", "WITH", "VALUES");

  private final SqlText.Statement statement;
  private final String verb;
  private final List<Step> steps = new ArrayList<>();
  private final List<Access> plan = new ArrayList<>();
  private boolean sorts;
  private String target;
  private long targetIndexes;
  private long touchedIndexes;
  private long targetRowsBefore;

  private RowCounter(SqlText.Statement statement) {
    this.statement = statement;
    this.verb = statement.verb();
  }

  /**
   * Looks at a statement before it runs, reusing the analysis of the same text under the same
   * schema: the counts are those a fresh analysis gives.
   *
   * @param connection the database, inside the request's transaction
   * @param statement the statement about to run
   * @param cache analyses of earlier statements, or {@code null}
   * @param schemaVersion the database's {@code PRAGMA schema_version} now
   * @return the counter, to {@link #finish} once the statement has run
   */
  static RowCounter before(Connection connection, SqlText.Statement statement, PlanCache cache, long schemaVersion) {
    RowCounter counter = new RowCounter(statement);
    boolean cacheable = cache != null && CACHED_VERBS.contains(counter.verb);
    Analysis known = cacheable ? cache.get(statement.sql(), schemaVersion) : null;
    if (known != null) {
      counter.steps.addAll(known.steps());
      counter.sorts = known.sorts();
      counter.target = known.target();
      counter.targetIndexes = known.targetIndexes();
      counter.touchedIndexes = known.touchedIndexes();
      counter.resolve(connection);
      return counter;
    }
    try {
      counter.inspect(connection);
      if (cacheable) {
        cache.put(statement.sql(), schemaVersion, new Analysis(List.copyOf(counter.steps), counter.sorts, counter.target,
            counter.targetIndexes, counter.touchedIndexes));
      }
    } catch (SQLException e) {
      // a statement SQLite cannot plan fails when it runs; its counts are never reported
    }
    counter.resolve(connection);
    return counter;
  }

  /** The plan's accesses: its steps with the rows of the tables it scans now (other scans are subqueries'). */
  private void resolve(Connection connection) {
    for (Step step : steps) {
      long rows = step.scan() ? tableRows(connection, step.table()) : 0;
      if (step.scan() && rows < 0) {
        continue; // a subquery or a common table expression: its own steps are counted
      }
      plan.add(new Access(step.table(), Math.max(rows, 0), step.scan(), step.viaIndex(), step.exactUnique()));
    }
  }

  private void inspect(Connection connection) throws SQLException {
    switch (verb) {
      case "INSERT", "REPLACE", "UPDATE", "DELETE" -> {
        target = targetTable();
        if (target != null) {
          targetIndexes = scalar(connection, "SELECT count(*) FROM pragma_index_list(?)", target);
          touchedIndexes = setsIndexedColumns(connection);
        }
        planAccesses(connection);
      }
      case "SELECT", "WITH", "VALUES" -> planAccesses(connection);
      case "CREATE" -> {
        int on = statement.indexOfWord("ON");
        if (statement.indexOfWord("INDEX") > 0 && on > 0 && on + 1 < statement.tokens().size()) {
          targetRowsBefore = Math.max(tableRows(connection, statement.tokens().get(on + 1).name()), 0);
        }
      }
      case "ALTER" -> {
        if (statement.tokens().size() > 2) {
          target = statement.tokens().get(2).name();
          targetRowsBefore = Math.max(tableRows(connection, target), 0);
          targetIndexes = scalar(connection, "SELECT count(*) FROM pragma_index_list(?)", target);
        }
      }
      case "DROP" -> {
        if (statement.indexOfWord("TABLE") == 1 && statement.tokens().size() > 2) {
          target = statement.tokens().get(statement.tokens().size() - 1).name();
          targetIndexes = scalar(connection, "SELECT count(*) FROM pragma_index_list(?)", target);
        }
      }
      default -> { }
    }
  }

  /**
   * The counts once the statement has run.
   *
   * @param changes rows the statement changed ({@code changes()}, triggers included)
   * @param resultRows rows it returned
   * @param inserted whether it inserted a row (the last row id moved)
   * @param schemaChanged whether the database's schema or size changed
   * @return {@code {rowsRead, rowsWritten}}
   */
  long[] finish(long changes, long resultRows, boolean inserted, boolean schemaChanged) {
    switch (verb) {
      case "INSERT", "REPLACE" -> {
        boolean upsertUpdate = statement.indexOfWord("CONFLICT") > 0 && statement.indexOfWord("UPDATE") > 0 && !inserted;
        if (upsertUpdate) {
          return new long[] {changes, changes * (1 + touchedIndexes)};
        }
        boolean replaces = verb.equals("REPLACE") || statement.indexOfWord("REPLACE") == 2;
        // rows selected from the table being written go through a temporary table: read twice
        long again = plan.stream().anyMatch(a -> a.scan() && a.table().equalsIgnoreCase(target)) ? changes : 0;
        return new long[] {read(changes) + again + (replaces ? changes : 0), changes * (1 + targetIndexes)};
      }
      case "UPDATE" -> {
        return new long[] {read(changes), changes * (1 + touchedIndexes)};
      }
      case "DELETE" -> {
        if (statement.indexOfWord("WHERE") < 0) {
          return new long[] {0, changes};
        }
        boolean scans = plan.stream().anyMatch(Access::scan);
        return new long[] {scans ? read(changes) : changes, changes};
      }
      case "SELECT", "WITH", "VALUES" -> {
        return new long[] {read(resultRows), 0};
      }
      case "CREATE" -> {
        if (!schemaChanged) {
          return new long[] {0, 0};
        }
        if (statement.indexOfWord("INDEX") > 0) {
          return new long[] {2 + 2 * targetRowsBefore, 1 + targetRowsBefore};
        }
        return new long[] {1, 2};
      }
      case "ALTER" -> {
        return new long[] {targetRowsBefore + targetIndexes, 1};
      }
      case "DROP" -> {
        return schemaChanged ? new long[] {3 + 2 * targetIndexes, 0} : new long[] {0, 0};
      }
      default -> {
        return new long[] {resultRows, 0};
      }
    }
  }

  private long read(long matched) {
    if (whereIsConstantlyFalse()) {
      return 0; // SQLite skips the loop altogether
    }
    long rows = 0;
    long scanned = 0;
    for (Access access : plan) {
      if (access.scan()) {
        long n = limited(access.tableRows());
        rows += n;
        scanned += access.tableRows();
      } else if (access.viaIndex()) {
        rows += matched + (access.exactUnique() ? 0 : 1);
      } else {
        rows += hasInList() ? 2 * matched : matched;
      }
    }
    return sorts ? rows + scanned : rows;
  }

  private boolean hasInList() {
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("IN") && tokens.get(i + 1).text().equals("(")) {
        return true;
      }
    }
    return false;
  }

  /** {@code WHERE 0}, {@code WHERE FALSE} or {@code WHERE NULL} as the whole condition. */
  private boolean whereIsConstantlyFalse() {
    int where = statement.indexOfWord("WHERE");
    List<SqlText.Token> tokens = statement.tokens();
    if (where < 0 || where + 1 >= tokens.size()) {
      return false;
    }
    int end = where + 2;
    if (end < tokens.size() && !List.of("ORDER", "GROUP", "LIMIT", "RETURNING").contains(tokens.get(end).text().toUpperCase(Locale.ROOT))) {
      return false;
    }
    SqlText.Token condition = tokens.get(where + 1);
    return condition.text().matches("0+(\\.0*)?") || condition.isWord("FALSE") || condition.isWord("NULL");
  }

  /** A lone scan without a filter or a sort stops at its {@code LIMIT}. */
  private long limited(long tableRows) {
    int limit = statement.indexOfWord("LIMIT");
    if (plan.size() != 1 || limit < 0 || statement.indexOfWord("WHERE") >= 0 || statement.indexOfWord("ORDER") >= 0
        || statement.indexOfWord("GROUP") >= 0 || limit + 1 >= statement.tokens().size()) {
      return tableRows;
    }
    SqlText.Token n = statement.tokens().get(limit + 1);
    if (n.kind() != SqlText.Kind.NUMBER) {
      return tableRows;
    }
    try {
      return Math.min(tableRows, Long.parseLong(n.text()));
    } catch (NumberFormatException e) {
      return tableRows;
    }
  }

  private void planAccesses(Connection connection) throws SQLException {
    if ((verb.equals("INSERT") || verb.equals("REPLACE")) && statement.indexOfWord("SELECT") < 0) {
      return;
    }
    try (PreparedStatement eqp = connection.prepareStatement("EXPLAIN QUERY PLAN " + statement.sql());
        ResultSet rs = eqp.executeQuery()) {
      while (rs.next()) {
        String detail = rs.getString(4);
        if (detail.startsWith("USE TEMP B-TREE")) {
          sorts = true;
          continue;
        }
        Matcher m = STEP.matcher(detail);
        if (!m.matches()) {
          continue;
        }
        String table = tableOf(m.group(2));
        String how = m.group(3).toUpperCase(Locale.ROOT);
        boolean scan = m.group(1).equals("SCAN");
        boolean viaIndex = how.contains("INDEX") && !how.contains("PRIMARY KEY");
        steps.add(new Step(table, scan, viaIndex, viaIndex && exactUnique(connection, table, detail)));
      }
    }
  }

  /** Whether an index search is an equality on every column of a unique index. */
  private static boolean exactUnique(Connection connection, String table, String detail) throws SQLException {
    Matcher m = INDEX_NAME.matcher(detail);
    if (!m.find() || m.group(2).contains(">") || m.group(2).contains("<")) {
      return false;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT \"unique\", (SELECT count(*) FROM pragma_index_info(?)) FROM pragma_index_list(?) WHERE name = ?")) {
      ps.setString(1, m.group(1));
      ps.setString(2, table);
      ps.setString(3, m.group(1));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1 && rs.getLong(2) == m.group(2).split(" AND ").length;
      }
    }
  }

  /** The table an alias of the plan stands for ({@code FROM users u}, {@code JOIN t AS b}), else the name. */
  private String tableOf(String name) {
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (!tokens.get(i).name().equals(name)) {
        continue;
      }
      int previous = tokens.get(i - 1).isWord("AS") ? i - 2 : i - 1;
      if (previous >= 1 && tokens.get(previous).kind() != SqlText.Kind.OTHER) {
        SqlText.Token before = tokens.get(previous - 1);
        if (before.isWord("FROM") || before.isWord("JOIN") || before.text().equals(",")) {
          return tokens.get(previous).name();
        }
      }
    }
    return name;
  }

  /** The table an INSERT, REPLACE, UPDATE or DELETE writes. */
  private String targetTable() {
    List<SqlText.Token> tokens = statement.tokens();
    String anchor = switch (verb) {
      case "UPDATE" -> "UPDATE";
      case "DELETE" -> "FROM";
      default -> "INTO";
    };
    int at = statement.indexOfWord(anchor);
    if (at < 0) {
      return null;
    }
    int i = at + 1;
    while (i < tokens.size() && tokens.get(i).kind() == SqlText.Kind.WORD
        && List.of("OR", "ROLLBACK", "ABORT", "REPLACE", "FAIL", "IGNORE").contains(tokens.get(i).text().toUpperCase(Locale.ROOT))) {
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
      return tokens.get(i + 2).name();
    }
    return tokens.get(i).name();
  }

  /** Indexes of the target holding a column that a SET clause (UPDATE, upsert) assigns. */
  private long setsIndexedColumns(Connection connection) throws SQLException {
    int set = statement.indexOfWord("SET");
    if (set < 0) {
      return 0;
    }
    int where = statement.indexOfWord("WHERE");
    int end = where > set ? where : statement.tokens().size();
    List<String> assigned = new ArrayList<>();
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = set + 1; i < end; i++) {
      assigned.add(tokens.get(i).name().toLowerCase(Locale.ROOT));
    }
    long touched = 0;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT il.name, ii.name FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii")) {
      ps.setString(1, target);
      List<String> counted = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          String column = rs.getString(2);
          if (column != null && assigned.contains(column.toLowerCase(Locale.ROOT)) && !counted.contains(index)) {
            counted.add(index);
            touched++;
          }
        }
      }
    }
    return touched;
  }

  /** The rows of a table, or -1 when {@code name} is no table. */
  private static long tableRows(Connection connection, String name) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM \"" + name.replace("\"", "\"\"") + "\"");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return -1;
    }
  }

  private static long scalar(Connection connection, String sql, String argument) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, argument);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
