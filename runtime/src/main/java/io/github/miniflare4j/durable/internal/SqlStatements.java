package io.github.miniflare4j.durable.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a SQL script into statements at top-level semicolons (outside quotes and comments). */
final class SqlStatements {

  private SqlStatements() {}

  /** The non-blank statements of {@code sql}, in order, without their semicolons. */
  static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    scan(sql, statements);
    return statements;
  }

  /**
   * Whether {@code sql} ends with an empty statement after its last one: text after that
   * statement's semicolon that is not only whitespace but holds no statement (more semicolons, a
   * comment). workerd prepares what follows a statement unless it is blank, and refuses code that
   * holds no statement (recorded: {@code "SELECT 1;;"}, {@code "SELECT 1; -- c"}); empty statements
   * before a statement are skipped.
   */
  static boolean endsWithEmptyStatement(String sql) {
    List<String> statements = new ArrayList<>();
    int tail = scan(sql, statements);
    return !statements.isEmpty() && !sql.substring(tail).isBlank();
  }

  /** Adds the non-blank statements of {@code sql} to {@code statements}; returns where the text after the last one starts. */
  private static int scan(String sql, List<String> statements) {
    int tail = 0;
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
        if (add(statements, current)) {
          tail = i + 1;
        }
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    if (add(statements, current)) {
      tail = n;
    }
    return tail;
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

  private static boolean add(List<String> statements, StringBuilder statement) {
    String text = statement.toString();
    if (stripComments(text).isBlank()) {
      return false;
    }
    statements.add(text);
    return true;
  }

  /** {@code text} with its comments replaced by spaces. */
  static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?(\\*/|$)", " ").replaceAll("--[^\\n]*", " ");
  }
}
