package io.github.miniflare4j.storage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite's lexical view of SQL text, as much as D1 needs: tokens without comments and white
 * space, and the split of a query into statements at top-level semicolons (a {@code CREATE
 * TRIGGER}'s body keeps its own semicolons). Never fails: unterminated quotes or comments run to
 * the end of the text, and SQLite reports them when the statement is prepared.
 */
public final class SqlText {

  /** The kinds of token D1 tells apart. */
  public enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, PARAMETER, SEMICOLON, OTHER }

  /**
   * One token.
   *
   * @param kind its kind
   * @param start its first character's index in the text
   * @param end the index after its last character
   * @param text the token as written
   */
  public record Token(Kind kind, int start, int end, String text) {

    /** The name a word or quoted name stands for (quotes removed), else the text. */
    public String name() {
      if (kind != Kind.QUOTED_NAME || text.length() < 2) {
        return text;
      }
      char close = text.charAt(text.length() - 1);
      String inner = text.substring(1, text.length() - 1);
      return close == ']' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
    }

    public boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }
  }

  /**
   * One statement of a query.
   *
   * @param sql its text, from the end of the previous statement (as SQLite's tail) to its
   *     terminating semicolon (included when present)
   * @param offset where {@code sql} starts in the whole text: token positions minus this are
   *     positions in {@code sql}
   * @param tokens its tokens, the terminating semicolon excluded
   */
  public record Statement(String sql, int offset, List<Token> tokens) {

    /** The first keyword, upper-case, or {@code ""}. */
    public String verb() {
      return tokens.isEmpty() ? "" : tokens.get(0).text().toUpperCase(Locale.ROOT);
    }

    /**
     * The index of the token starting the statement proper: after a leading {@code WITH} clause,
     * the first {@code SELECT}, {@code VALUES}, {@code INSERT}, {@code REPLACE}, {@code UPDATE} or
     * {@code DELETE} outside parentheses; 0 without a {@code WITH} clause, -1 when there is none.
     */
    public int mainVerbAt() {
      if (!verb().equals("WITH")) {
        return 0;
      }
      int depth = 0;
      for (int i = 1; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.text().equals("(")) {
          depth++;
        } else if (token.text().equals(")")) {
          depth--;
        } else if (depth == 0 && token.kind() == Kind.WORD
            && MAIN_VERBS.contains(token.text().toUpperCase(Locale.ROOT))) {
          return i;
        }
      }
      return -1;
    }

    /** The statement proper (see {@link #mainVerbAt}): the same text, its tokens from the main verb on. */
    public Statement main() {
      int at = mainVerbAt();
      return at <= 0 ? this : new Statement(sql, offset, tokens.subList(at, tokens.size()));
    }

    /** Whether the statement has a parameter ({@code ?}, {@code ?NNN}, {@code :a}, {@code @a}, {@code $a}). */
    public boolean hasParameters() {
      return tokens.stream().anyMatch(t -> t.kind() == Kind.PARAMETER);
    }

    /** The index of the first word equal to {@code word} (ignoring case), or -1. */
    public int indexOfWord(String word) {
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).isWord(word)) {
          return i;
        }
      }
      return -1;
    }
  }

  private static final java.util.Set<String> MAIN_VERBS = java.util.Set.of("SELECT", "VALUES", "INSERT", "REPLACE", "UPDATE", "DELETE");

  private SqlText() {}

  /** The tokens of {@code sql}, comments and white space left out. */
  public static List<Token> tokens(String sql) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'') {
        int end = quoted(sql, i, '\'');
        tokens.add(new Token(Kind.STRING, i, end, sql.substring(i, end)));
        i = end;
      } else if (c == '"' || c == '`') {
        int end = quoted(sql, i, c);
        tokens.add(new Token(Kind.QUOTED_NAME, i, end, sql.substring(i, end)));
        i = end;
      } else if (c == '[') {
        int close = sql.indexOf(']', i);
        int end = close < 0 ? n : close + 1;
        tokens.add(new Token(Kind.QUOTED_NAME, i, end, sql.substring(i, end)));
        i = end;
      } else if (c == ';') {
        tokens.add(new Token(Kind.SEMICOLON, i, i + 1, ";"));
        i++;
      } else if (c == '?' || ((c == ':' || c == '@' || c == '$') && i + 1 < n && isWordChar(sql.charAt(i + 1)))) {
        int end = i + 1;
        while (end < n && isWordChar(sql.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.PARAMETER, i, end, sql.substring(i, end)));
        i = end;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
        int end = i + 1;
        while (end < n && (isWordChar(sql.charAt(end)) || sql.charAt(end) == '.'
            || ((sql.charAt(end) == '+' || sql.charAt(end) == '-') && (sql.charAt(end - 1) == 'e' || sql.charAt(end - 1) == 'E')))) {
          end++;
        }
        tokens.add(new Token(Kind.NUMBER, i, end, sql.substring(i, end)));
        i = end;
      } else if (isWordChar(c)) {
        int end = i + 1;
        while (end < n && isWordChar(sql.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.WORD, i, end, sql.substring(i, end)));
        i = end;
      } else {
        tokens.add(new Token(Kind.OTHER, i, i + 1, String.valueOf(c)));
        i++;
      }
    }
    return tokens;
  }

  /**
   * The statements of {@code sql}, in order, as SQLite reads them one after the other. A piece
   * that holds comments but no statement (after a semicolon, or a query of comments only), and
   * an empty statement between two semicolons, come back as statements without tokens; white
   * space after the last semicolon is no statement.
   */
  public static List<Statement> statements(String sql) {
    List<Token> all = tokens(sql);
    List<Statement> statements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    boolean trigger = false;
    int tail = 0;
    for (Token token : all) {
      if (token.kind() != Kind.SEMICOLON) {
        current.add(token);
        if (current.size() <= 3 && token.isWord("TRIGGER") && current.get(0).isWord("CREATE")) {
          trigger = true;
        }
        continue;
      }
      // inside a trigger only "END ;" ends the statement
      if (trigger && !current.get(current.size() - 1).isWord("END")) {
        current.add(token);
        continue;
      }
      statements.add(new Statement(sql.substring(tail, token.end()), tail, List.copyOf(current)));
      tail = skipWhitespace(sql, token.end());
      current = new ArrayList<>();
      trigger = false;
    }
    if (tail < sql.length()) {
      statements.add(new Statement(sql.substring(tail), tail, List.copyOf(current)));
    }
    return statements;
  }

  /** The statements of {@code sql} that hold one, for scripts run from Java (empty pieces left out). */
  public static List<Statement> scriptStatements(String sql) {
    return statements(sql).stream().filter(s -> !s.tokens().isEmpty()).toList();
  }

  private static int skipWhitespace(String sql, int from) {
    int i = from;
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int quoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
  }
}
