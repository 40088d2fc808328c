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
      } else if (c == ';' && isOpenTrigger(current)) {
        // a trigger's body statements end with ';' too: the trigger ends at END;
        current.append(c);
        i++;
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

  /** Whether {@code statement} is a CREATE TRIGGER whose BEGIN ... END body is not closed yet. */
  private static boolean isOpenTrigger(StringBuilder statement) {
    String[] words = stripComments(statement.toString()).trim().split("\\s+", 4);
    if (words.length < 2 || !words[0].equalsIgnoreCase("CREATE")) {
      return false;
    }
    boolean trigger = words[1].equalsIgnoreCase("TRIGGER")
        || (words.length > 2 && words[2].equalsIgnoreCase("TRIGGER")
            && (words[1].equalsIgnoreCase("TEMP") || words[1].equalsIgnoreCase("TEMPORARY")));
    if (!trigger) {
      return false;
    }
    // BEGIN and CASE open a block that END closes; the body is open while more opened than closed
    int depth = 0;
    for (String word : stripComments(statement.toString()).split("[^A-Za-z_0-9]+")) {
      if (word.equalsIgnoreCase("BEGIN") || word.equalsIgnoreCase("CASE")) {
        depth++;
      } else if (word.equalsIgnoreCase("END")) {
        depth--;
      }
    }
    return depth > 0;
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
