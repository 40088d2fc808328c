package io.github.miniflare4j.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows of a join's outer table that its WHERE clause keeps before the inner loop runs
 * (recorded: {@code d1-s24-join-and-subquery-meta}): SQLite tests each term that names the outer
 * table alone at the outer loop, the others inside the inner one. The terms are the top-level
 * {@code AND} operands of the WHERE clause; a term is the outer table's when it runs against that
 * table alone (under the statement's name for it; the AND of a BETWEEN is not a term's). Counted
 * with a query of its own.
 */
final class OuterRows {

  private static final Set<String> NOT_ALIASES = Set.of("JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "NATURAL", "ON",
      "USING", "WHERE", "GROUP", "ORDER", "LIMIT", "WINDOW", "HAVING", "INDEXED", "NOT");

  private OuterRows() {}

  /**
   * The rows of {@code table} the statement's WHERE terms on it alone keep, or -1 when the statement's
   * shape does not allow the count (not a plain SELECT, parameters other than {@code ?}).
   */
  static long kept(Connection connection, SqlText.Statement statement, String table, List<Object> params) {
    List<SqlText.Token> tokens = statement.tokens();
    if (!SorterFeed.simple(statement)) {
      return -1;
    }
    String alias = aliasOf(tokens, table);
    String source = quote(table) + " AS " + quote(alias);
    int where = SorterFeed.topLevel(tokens, 0, "WHERE");
    if (where < 0) {
      return SorterFeed.count(connection, "SELECT count(*) FROM " + source, params, 0, 0);
    }
    int end = SorterFeed.fromWhereEnd(tokens, where);
    if (end < 0) {
      return -1;
    }
    List<String> kept = new ArrayList<>();
    List<Object> keptParams = new ArrayList<>();
    int start = where + 1;
    boolean between = false;
    for (int i = where + 1, depth = 0; i <= end; i++) {
      SqlText.Token token = i < end ? tokens.get(i) : null;
      if (token != null && token.text().equals("(")) {
        depth++;
      } else if (token != null && token.text().equals(")")) {
        depth--;
      } else if (token != null && depth == 0 && token.isWord("BETWEEN")) {
        between = true; // its AND is not a term's
      } else if (between && token != null && depth == 0 && token.isWord("AND")) {
        between = false;
      } else if (token == null || (depth == 0 && token.isWord("AND"))) {
        if (i > start) {
          String term = SorterFeed.text(statement, start, i - 1);
          int first = SorterFeed.parametersBefore(tokens, start);
          int used = SorterFeed.parametersBefore(tokens, i) - first;
          if (first + used > params.size()) {
            return -1;
          }
          if (runsAlone(connection, "SELECT 1 FROM " + source + " WHERE (" + term + ")")) {
            kept.add("(" + term + ")");
            keptParams.addAll(params.subList(first, first + used));
          }
        }
        start = i + 1;
      }
    }
    String sql = "SELECT count(*) FROM " + source + (kept.isEmpty() ? "" : " WHERE " + String.join(" AND ", kept));
    return SorterFeed.count(connection, sql, keptParams, 0, keptParams.size());
  }

  /** The name the statement gives {@code table} in its FROM clause ({@code users u}, {@code users AS u}), else the table's. */
  private static String aliasOf(List<SqlText.Token> tokens, String table) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      SqlText.Token before = tokens.get(i - 1);
      if (!tokens.get(i).name().equalsIgnoreCase(table)
          || !(before.isWord("FROM") || before.isWord("JOIN") || before.text().equals(","))) {
        continue;
      }
      int next = tokens.get(i + 1).isWord("AS") ? i + 2 : i + 1;
      if (next < tokens.size() && (tokens.get(next).kind() == SqlText.Kind.WORD || tokens.get(next).kind() == SqlText.Kind.QUOTED_NAME)
          && !NOT_ALIASES.contains(tokens.get(next).text().toUpperCase(java.util.Locale.ROOT))) {
        return tokens.get(next).name();
      }
      return table;
    }
    return table;
  }

  private static boolean runsAlone(Connection connection, String sql) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
