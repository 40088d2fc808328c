package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.storage.WorkerdSqlite;
import java.util.Locale;
import java.util.Set;

/**
 * The part of workerd's SQLite authorizer that refuses functions and object kinds in a
 * SQLite-backed Durable Object, as recorded against the real runtime, with the lists D1 uses too
 * ({@link WorkerdSqlite}: one SQLite and one authorizer in workerd): functions outside its allowed
 * list are refused with {@code not authorized to use function: <name> at offset <n>}, {@code iif}
 * takes exactly three arguments; temporary tables and virtual tables other than FTS5's are
 * refused as {@code not authorized}. Functions
 * and tables the local SQLite build has but workerd's lacks (FTS3's {@code matchinfo}, R*Tree
 * checks, the percentile extension, {@code dbstat}) are reported missing, in SQLite's words.
 */
final class SqlFunctionAuthorizer {

  /** The lists of workerd's SQLite and authorizer, shared with D1. */
  private static final Set<String> REFUSED_FUNCTIONS = WorkerdSqlite.REFUSED_FUNCTIONS;
  private static final Set<String> MISSING_FUNCTIONS = WorkerdSqlite.MISSING_FUNCTIONS;
  private static final Set<String> MISSING_TABLES = WorkerdSqlite.MISSING_TABLES;
  private static final Set<String> ALLOWED_MODULES = WorkerdSqlite.ALLOWED_MODULES;

  private SqlFunctionAuthorizer() {}

  /**
   * The error message for the first refused or missing function called (or missing table named)
   * in {@code statement}, or null.
   *
   * @param statement one statement, as it will be prepared (offsets count from its start)
   * @return workerd's message, or {@code null} when no refused function is called
   */
  static String refusedFunction(String statement) {
    String text = blankLiterals(statement);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isIdentifierStart(c) || (i > 0 && isIdentifierPart(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isIdentifierPart(text.charAt(end))) {
        end++;
      }
      int after = end;
      while (after < n && Character.isWhitespace(text.charAt(after))) {
        after++;
      }
      String name = statement.substring(i, end);
      String lower = name.toLowerCase(Locale.ROOT);
      boolean call = after < n && text.charAt(after) == '(' && !isDefinition(text, i);
      if (call && REFUSED_FUNCTIONS.contains(lower)) {
        return "not authorized to use function: " + name + " at offset " + i + ": SQLITE_ERROR";
      }
      if (call && MISSING_FUNCTIONS.contains(lower)) {
        return "no such function: " + name + " at offset " + i + ": SQLITE_ERROR";
      }
      Integer arity = call ? WorkerdSqlite.FIXED_ARITIES.get(lower) : null;
      if (arity != null) {
        int arguments = argumentCount(text, after);
        if (arguments >= 0 && arguments != arity) {
          return "wrong number of arguments to function " + name + "() at offset " + i + ": SQLITE_ERROR";
        }
      }
      if (MISSING_TABLES.contains(lower) && (!call || followsTableKeyword(text, i))) {
        return "no such table: " + name + ": SQLITE_ERROR";
      }
      i = end;
    }
    return null;
  }

  /**
   * Whether {@code statement} creates a temporary table, view, index or trigger, or a virtual
   * table of a module other than FTS5, which workerd refuses.
   *
   * @param statement one statement
   * @return {@code true} when refused
   */
  static boolean refusedCreate(String statement) {
    String[] words = blankLiterals(statement).trim().split("\\s+", 8);
    if (words.length < 2 || !words[0].equalsIgnoreCase("CREATE")) {
      return false;
    }
    String kind = words[1].toUpperCase(Locale.ROOT);
    if (kind.equals("TEMP") || kind.equals("TEMPORARY")) {
      return true;
    }
    if (!kind.equals("VIRTUAL")) {
      return false;
    }
    for (int w = 2; w + 1 < words.length; w++) {
      if (words[w].equalsIgnoreCase("USING")) {
        String module = words[w + 1];
        int paren = module.indexOf('(');
        module = (paren >= 0 ? module.substring(0, paren) : module).toLowerCase(Locale.ROOT);
        return !ALLOWED_MODULES.contains(module);
      }
    }
    return false;
  }

  /**
   * The arguments of the call whose "(" is at {@code open} in {@code text} (literals blanked):
   * the commas at its top level plus one, 0 for "()", -1 when the call is not closed (SQLite
   * reports the syntax error then).
   */
  private static int argumentCount(String text, int open) {
    int depth = 0;
    int commas = 0;
    boolean empty = true;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return empty ? 0 : commas + 1;
        }
      } else if (c == ',' && depth == 1) {
        commas++;
      }
      if (i > open && !Character.isWhitespace(c) && !(c == ')' && depth == 0)) {
        empty = false;
      }
    }
    return -1;
  }

  /** Whether the word before {@code index} is FROM, JOIN or a comma (a table-valued function's place). */
  private static boolean followsTableKeyword(String text, int index) {
    int p = index - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    if (p >= 0 && text.charAt(p) == ',') {
      return true;
    }
    int wordEnd = p + 1;
    while (p >= 0 && isIdentifierPart(text.charAt(p))) {
      p--;
    }
    String previous = text.substring(p + 1, wordEnd).toUpperCase(Locale.ROOT);
    return previous.equals("FROM") || previous.equals("JOIN");
  }

  /** A name right after CREATE ... TABLE/VIEW (a column list) is not a call; only calls count. */
  private static boolean isDefinition(String text, int index) {
    int p = index - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    int wordEnd = p + 1;
    while (p >= 0 && isIdentifierPart(text.charAt(p))) {
      p--;
    }
    String previous = text.substring(p + 1, wordEnd).toUpperCase(Locale.ROOT);
    return previous.equals("TABLE") || previous.equals("EXISTS") || previous.equals("VIEW")
        || previous.equals("INTO") || previous.equals("ON") || previous.equals("USING");
  }

  /**
   * The statement with each '...' literal emptied to '' (a loop: a regular expression recurses
   * once per character and overflows the stack on a long literal).
   *
   * @param statement one statement
   * @return the statement without the contents of its string literals
   */
  static String withoutStringLiterals(String statement) {
    StringBuilder out = new StringBuilder(statement.length());
    int n = statement.length();
    int i = 0;
    while (i < n) {
      char c = statement.charAt(i);
      out.append(c);
      i++;
      if (c != '\'') {
        continue;
      }
      // skip to the closing quote; '' inside the literal is an escaped quote
      while (i < n) {
        if (statement.charAt(i) == '\'') {
          if (i + 1 < n && statement.charAt(i + 1) == '\'') {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      if (i < n) {
        out.append('\'');
        i++;
      }
    }
    return out.toString();
  }

  /** The statement with the contents of '...' literals and "..." / `...` / [...] identifiers blanked. */
  private static String blankLiterals(String statement) {
    StringBuilder out = new StringBuilder(statement);
    int n = statement.length();
    int i = 0;
    while (i < n) {
      char c = statement.charAt(i);
      char close = c == '\'' || c == '"' || c == '`' ? c : c == '[' ? ']' : 0;
      if (close == 0) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && statement.charAt(end) != close) {
        end++;
      }
      for (int k = i + 1; k < end; k++) {
        out.setCharAt(k, ' ');
      }
      i = end + 1;
    }
    return out.toString();
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
