package io.github.miniflare4j.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows a SELECT feeds its sorters, which workerd's SQLite reads back one by one (recorded:
 * {@code d1-s22-sorter-reads}): a GROUP BY sorter gets every row its FROM and WHERE clauses make,
 * an ORDER BY sorter every row the query makes before its LIMIT and OFFSET. Each is found with a
 * count query of its own over the statement's text and parameters; -1 when the statement's shape
 * does not allow one (a leading WITH clause, a compound SELECT, parameters other than {@code ?}).
 */
final class SorterFeed {

  private SorterFeed() {}

  /** The rows the FROM and WHERE clauses make (what a GROUP BY sorter is fed), or -1. */
  static long groupFeed(Connection connection, SqlText.Statement statement, List<Object> params) {
    List<SqlText.Token> tokens = statement.tokens();
    if (!simple(statement)) {
      return -1;
    }
    int from = topLevel(tokens, 0, "FROM");
    int end = fromWhereEnd(tokens, from);
    if (end < 0) {
      return -1;
    }
    int skipped = parametersBefore(tokens, from);
    int used = parametersBefore(tokens, end) - skipped;
    return count(connection, "SELECT count(*) " + text(statement, from, end - 1), params, skipped, used);
  }

  /** The rows the query makes without its LIMIT and OFFSET (what an ORDER BY sorter is fed), or -1. */
  static long orderFeed(Connection connection, SqlText.Statement statement, List<Object> params) {
    List<SqlText.Token> tokens = statement.tokens();
    if (!simple(statement)) {
      return -1;
    }
    int limit = topLevel(tokens, 0, "LIMIT");
    if (limit <= 0) {
      return -1;
    }
    return count(connection, "SELECT count(*) FROM (" + text(statement, 0, limit - 1) + ")", params, 0,
        parametersBefore(tokens, limit));
  }

  /** Whether the statement has a LIMIT of its own (outside parentheses). */
  static boolean limited(SqlText.Statement statement) {
    return topLevel(statement.tokens(), 0, "LIMIT") >= 0;
  }

  /** A SELECT without a WITH clause, compound operators, or parameters other than {@code ?}. */
  static boolean simple(SqlText.Statement statement) {
    List<SqlText.Token> tokens = statement.tokens();
    if (!statement.verb().equals("SELECT") || topLevel(tokens, 0, "UNION") >= 0 || topLevel(tokens, 0, "INTERSECT") >= 0
        || topLevel(tokens, 0, "EXCEPT") >= 0) {
      return false;
    }
    return tokens.stream().noneMatch(t -> t.kind() == SqlText.Kind.PARAMETER && !t.text().equals("?"));
  }

  /** The index of the first {@code word} outside parentheses from {@code start}, or -1. */
  static int topLevel(List<SqlText.Token> tokens, int start, String word) {
    int depth = 0;
    for (int i = start; i < tokens.size(); i++) {
      SqlText.Token token = tokens.get(i);
      if (token.text().equals("(")) {
        depth++;
      } else if (token.text().equals(")")) {
        depth--;
      } else if (depth == 0 && token.isWord(word)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the token ending the FROM and WHERE clauses that start at the top-level
   * {@code FROM} at {@code from} (the first top-level GROUP, HAVING, ORDER, LIMIT or WINDOW, or
   * the statement's end), or -1 when {@code from} is -1 or the FROM clause is empty.
   */
  static int fromWhereEnd(List<SqlText.Token> tokens, int from) {
    if (from < 0) {
      return -1;
    }
    int end = from + 1;
    for (int depth = 0; end < tokens.size(); end++) {
      SqlText.Token token = tokens.get(end);
      if (token.text().equals("(")) {
        depth++;
      } else if (token.text().equals(")")) {
        depth--;
      } else if (depth == 0 && (token.isWord("GROUP") || token.isWord("HAVING") || token.isWord("ORDER")
          || token.isWord("LIMIT") || token.isWord("WINDOW"))) {
        break;
      }
    }
    return end <= from + 1 ? -1 : end;
  }

  static int parametersBefore(List<SqlText.Token> tokens, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (tokens.get(i).kind() == SqlText.Kind.PARAMETER) {
        n++;
      }
    }
    return n;
  }

  /** The statement's text from token {@code first} to token {@code last}, both included. */
  static String text(SqlText.Statement statement, int first, int last) {
    List<SqlText.Token> tokens = statement.tokens();
    return statement.sql().substring(tokens.get(first).start() - statement.offset(), tokens.get(last).end() - statement.offset());
  }

  static long count(Connection connection, String sql, List<Object> params, int skipped, int used) {
    if (skipped + used > params.size()) {
      return -1;
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < used; i++) {
        ps.setObject(i + 1, params.get(skipped + i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    } catch (SQLException | RuntimeException e) {
      return -1;
    }
  }
}
