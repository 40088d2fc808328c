package io.github.miniflare4j.durable.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a SQL script into statements at top-level semicolons (outside quotes and comments). */
final class SqlStatements {

  private SqlStatements() {}

  /** The non-blank statements of {@code sql}, in order, without their semicolons. */
  static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        int end = i + 1;
        while (end < n) {
          if (sql.charAt(end) == close) {
            if (close != ']' && end + 1 < n && sql.charAt(end + 1) == close) {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        end = Math.min(end + 1, n);
        current.append(sql, i, end);
        i = end;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        current.append(sql, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        current.append(sql, i, end);
        i = end;
      } else if (c == ';') {
        add(statements, current);
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder statement) {
    String text = statement.toString();
    if (!stripComments(text).isBlank()) {
      statements.add(text);
    }
  }

  private static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?(\\*/|$)", " ").replaceAll("--[^\\n]*", " ");
  }
}
