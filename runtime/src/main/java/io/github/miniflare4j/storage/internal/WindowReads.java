package io.github.miniflare4j.storage.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows a window function reads beyond its query's scans and sorters (recorded:
 * {@code d1-s23-window-rows-read}): workerd's SQLite keeps the window's rows in a temporary table
 * and reads each of them twice from it (to compute the function, then to return the row), plus
 * one read per partition, and one more when the window is partitioned.
 *
 * <p>Known for a SELECT with one window function in its own column list, of the plain kinds
 * (ranking or aggregate, default frame), without GROUP BY, LIMIT or compound operators. Deviation:
 * other shapes (several windows, frames, lag/lead, windows in subqueries) count no such reads.
 */
final class WindowReads {

  private static final Set<String> PLAIN = Set.of("ROW_NUMBER", "RANK", "DENSE_RANK", "COUNT", "SUM", "TOTAL", "AVG",
      "MIN", "MAX");
  private static final Set<String> FRAMES = Set.of("ROWS", "RANGE", "GROUPS", "EXCLUDE");

  /**
   * The window's partitions.
   *
   * @param count the partitions (1 for a window without PARTITION BY)
   * @param partitioned whether the window has a PARTITION BY
   */
  record Partitions(long count, boolean partitioned) {

    /** The reads of the window's temporary table for a query returning {@code rows} rows. */
    long reads(long rows) {
      return 2 * rows + count + (partitioned ? 1 : 0);
    }
  }

  private WindowReads() {}

  /**
   * The partitions of the statement's window, counted with a query of their own, or {@code null}
   * when the statement has no window this rule covers (most statements: found from their tokens).
   */
  static Partitions of(Connection connection, SqlText.Statement statement, List<Object> params) {
    List<SqlText.Token> tokens = statement.tokens();
    int over = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isWord("OVER")) {
        if (over >= 0) {
          return null;
        }
        over = i;
      }
    }
    if (over < 3 || !SorterFeed.simple(statement) || SorterFeed.topLevel(tokens, 0, "OVER") != over
        || SorterFeed.topLevel(tokens, 0, "LIMIT") >= 0 || SorterFeed.topLevel(tokens, 0, "GROUP") >= 0
        || !PLAIN.contains(function(tokens, over))) {
      return null;
    }
    int[] spec = spec(tokens, over);
    if (spec == null) {
      return null;
    }
    int partition = -1;
    int partitionEnd = spec[1];
    for (int i = spec[0], depth = 0; i < spec[1]; i++) {
      SqlText.Token token = tokens.get(i);
      if (token.text().equals("(")) {
        depth++;
      } else if (token.text().equals(")")) {
        depth--;
      } else if (depth == 0 && token.kind() == SqlText.Kind.WORD && FRAMES.contains(token.text().toUpperCase(Locale.ROOT))) {
        return null;
      } else if (depth == 0 && token.isWord("PARTITION")) {
        partition = i + 2;
      } else if (depth == 0 && token.isWord("ORDER") && partition >= 0 && partitionEnd == spec[1]) {
        partitionEnd = i;
      }
    }
    if (partition < 0) {
      return new Partitions(1, false);
    }
    if (partition >= partitionEnd || SorterFeed.parametersBefore(tokens, partitionEnd) != SorterFeed.parametersBefore(tokens, partition)) {
      return null;
    }
    int from = SorterFeed.topLevel(tokens, 0, "FROM");
    if (from < over) {
      return null;
    }
    int end = SorterFeed.fromWhereEnd(tokens, from); // no GROUP BY or LIMIT here: checked above
    if (end < 0) {
      return null;
    }
    int skipped = SorterFeed.parametersBefore(tokens, from);
    int used = SorterFeed.parametersBefore(tokens, end) - skipped;
    long count = SorterFeed.count(connection, "SELECT count(*) FROM (SELECT DISTINCT "
        + SorterFeed.text(statement, partition, partitionEnd - 1) + " " + SorterFeed.text(statement, from, end - 1) + ")",
        params, skipped, used);
    return count < 0 ? null : new Partitions(count, true);
  }

  /** The upper-case name of the function called before {@code OVER}, or {@code ""}. */
  private static String function(List<SqlText.Token> tokens, int over) {
    if (!tokens.get(over - 1).text().equals(")")) {
      return "";
    }
    for (int i = over - 1, depth = 0; i > 0; i--) {
      String text = tokens.get(i).text();
      if (text.equals(")")) {
        depth++;
      } else if (text.equals("(") && --depth == 0) {
        return tokens.get(i - 1).kind() == SqlText.Kind.WORD ? tokens.get(i - 1).text().toUpperCase(Locale.ROOT) : "";
      }
    }
    return "";
  }

  /**
   * The tokens inside the window's definition, {@code {first, end}} (end excluded): the parentheses
   * after {@code OVER}, or those of the named window of the WINDOW clause; {@code null} when not found.
   */
  private static int[] spec(List<SqlText.Token> tokens, int over) {
    int open = over + 1;
    if (open < tokens.size() && !tokens.get(open).text().equals("(")) {
      String name = tokens.get(open).name();
      int window = SorterFeed.topLevel(tokens, over, "WINDOW");
      if (window < 0 || window + 3 >= tokens.size() || !tokens.get(window + 1).name().equalsIgnoreCase(name)
          || !tokens.get(window + 2).isWord("AS")) {
        return null; // several named windows, or one defined from another
      }
      open = window + 3;
    }
    if (open >= tokens.size() || !tokens.get(open).text().equals("(")) {
      return null;
    }
    for (int i = open + 1, depth = 1; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (text.equals("(")) {
        depth++;
      } else if (text.equals(")") && --depth == 0) {
        return tokens.get(open + 1).kind() == SqlText.Kind.WORD && !tokens.get(open + 1).isWord("PARTITION")
            && !tokens.get(open + 1).isWord("ORDER") && !FRAMES.contains(tokens.get(open + 1).text().toUpperCase(Locale.ROOT))
            ? null // a window built on a named one
            : new int[] {open + 1, i};
      }
    }
    return null;
  }
}
