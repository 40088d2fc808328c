package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.internal.SqlText;
import java.util.List;
import java.util.Locale;

/**
 * What workerd's authorizer answers for a statement (or a view's or trigger's body) naming a
 * reserved table at a given token, as SQLite asks it: a read of the table asks about each column
 * it reads, in the order SQLite resolves them, and the first one is refused ({@code access to
 * T.C is prohibited}); a read of no column ({@code count(*)}, {@code SELECT 1}) and any write or
 * schema change are {@code not authorized} (recorded). The columns read are found in the
 * {@code SELECT} that names the table: its names of the table's columns, {@code rowid} and its
 * aliases, and {@code *}.
 */
final class ReservedAccess {

  private ReservedAccess() {}

  /**
   * The message.
   *
   * @param tokens the statement's tokens
   * @param index the token naming the reserved table
   * @param table the table's stored name
   * @param columns its columns, in order
   * @param rowidColumn the column {@code rowid} stands for ({@code INTEGER PRIMARY KEY}), else {@code ROWID}
   * @return workerd's message
   */
  static String message(List<SqlText.Token> tokens, int index, String table, List<String> columns, String rowidColumn) {
    int read = isRead(tokens, index) ? index : readOfSameTable(tokens, tokens.get(index).name());
    if (read < 0 || columns.isEmpty()) {
      return D1Limits.NOT_AUTHORIZED;
    }
    int start = enclosingSelect(tokens, read);
    if (start < 0) {
      return D1Limits.NOT_AUTHORIZED;
    }
    int depth = 0;
    for (int i = start + 1; i < tokens.size(); i++) {
      SqlText.Token token = tokens.get(i);
      String text = token.text();
      if (text.equals("(")) {
        depth++;
      } else if (text.equals(")")) {
        if (--depth < 0) {
          break;
        }
      } else if (depth == 0 && (token.isWord("UNION") || token.isWord("EXCEPT") || token.isWord("INTERSECT"))) {
        break;
      } else if (text.equals("*") && isStarColumn(tokens.get(i - 1))) {
        return D1Limits.prohibitedAccess(table, columns.get(0));
      } else if ((token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME)
          && !tokens.get(i - 1).isWord("AS") && !(i + 1 < tokens.size() && tokens.get(i + 1).text().equals("("))) {
        String name = token.name();
        for (String column : columns) {
          if (column.equalsIgnoreCase(name)) {
            return D1Limits.prohibitedAccess(table, column);
          }
        }
        if (token.kind() == SqlText.Kind.WORD && List.of("rowid", "oid", "_rowid_").contains(name.toLowerCase(Locale.ROOT))) {
          return D1Limits.prohibitedAccess(table, rowidColumn);
        }
      }
    }
    return D1Limits.NOT_AUTHORIZED;
  }

  /** Where a query reads the table of this name ({@code SELECT t.* FROM t} names it first as a qualifier), or -1. */
  private static int readOfSameTable(List<SqlText.Token> tokens, String name) {
    for (int i = 0; i < tokens.size(); i++) {
      SqlText.Token token = tokens.get(i);
      if ((token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME)
          && token.name().equalsIgnoreCase(name) && isRead(tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the table is named where a query reads it: after FROM (not DELETE FROM), JOIN or a comma of a FROM clause. */
  private static boolean isRead(List<SqlText.Token> tokens, int index) {
    int at = index >= 2 && tokens.get(index - 1).text().equals(".") ? index - 2 : index;
    if (at < 1) {
      return false;
    }
    SqlText.Token previous = tokens.get(at - 1);
    if (previous.isWord("FROM")) {
      return !(at >= 2 && tokens.get(at - 2).isWord("DELETE"));
    }
    return previous.isWord("JOIN") || previous.text().equals(",");
  }

  /** The SELECT whose FROM clause holds the token at {@code index}: the nearest before it at the same depth, or -1. */
  private static int enclosingSelect(List<SqlText.Token> tokens, int index) {
    int depth = 0;
    for (int i = index - 1; i >= 0; i--) {
      String text = tokens.get(i).text();
      if (text.equals(")")) {
        depth++;
      } else if (text.equals("(")) {
        if (depth == 0) {
          return -1;
        }
        depth--;
      } else if (depth == 0 && tokens.get(i).isWord("SELECT")) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a {@code *} after this token is a result column ({@code SELECT *}, {@code , *}, {@code t.*}), not {@code count(*)} or a product. */
  private static boolean isStarColumn(SqlText.Token previous) {
    return previous.isWord("SELECT") || previous.isWord("DISTINCT") || previous.isWord("ALL")
        || previous.text().equals(",") || previous.text().equals(".");
  }
}
