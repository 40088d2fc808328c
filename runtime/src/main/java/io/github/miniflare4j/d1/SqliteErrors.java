package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.internal.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's errors worded as workerd words them: SQLite's own message, {@code at offset N} where
 * SQLite locates the error in the statement, then the result code and the extended code
 * ({@code near "SELEC": syntax error at offset 0: SQLITE_ERROR}, {@code UNIQUE constraint failed:
 * users.id: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_PRIMARYKEY)}).
 */
final class SqliteErrors {

  private static final Pattern NEAR = Pattern.compile("^near \"(.*)\": syntax error$", Pattern.DOTALL);
  /** Messages SQLite locates at the name they quote (recorded against workerd's SQLite). */
  private static final Pattern NAMED = Pattern.compile(
      "^(?:no such column|no such function|ambiguous column name): (.+)$"
          + "|^(?:wrong number of arguments to function (.+)\\(\\)|too many arguments on function (.+))$"
          + "|^(?:table|view|trigger) (.+) already exists$"
          + "|^misuse of aggregate: (.+)\\(\\)$"
          + "|^misuse of (?:aggregate|window) function (.+)\\(\\)$"
          + "|^second argument to (likelihood)\\(\\) must be a constant between 0\\.0 and 1\\.0$"
          + "|^(.+)\\(\\) may not be used as a window function$");
  /** A token SQLite cannot read, located where it starts. */
  private static final Pattern UNRECOGNIZED = Pattern.compile("^unrecognized token: \"(.*)\"$", Pattern.DOTALL);
  /** A schema that does not exist, located at its name when the statement names it. */
  private static final Pattern UNKNOWN_DATABASE = Pattern.compile("^unknown database (.+)$", Pattern.DOTALL);
  /** workerd's SQLite (3.47) locates an oversized hex literal at the literal; newer ones do not. */
  private static final Pattern HEX_TOO_BIG = Pattern.compile("^hex literal too big: (.*)$", Pattern.DOTALL);

  private SqliteErrors() {}

  /**
   * The message of a failed statement.
   *
   * @param e what the driver threw
   * @param statement the statement that failed
   * @param connection the connection, to locate syntax errors by preparing prefixes of the
   *     statement (nothing is executed)
   * @return workerd's message
   */
  static String message(SQLException e, SqlText.Statement statement, Connection connection) {
    if (!(e instanceof SQLiteException sqlite)) {
      return e.getMessage();
    }
    SQLiteErrorCode code = sqlite.getResultCode();
    String text = sqliteText(sqlite.getMessage(), code);
    int offset = offset(text, statement, connection);
    String located = offset < 0 ? text : text + " at offset " + offset;
    return located + ": " + codeText(code);
  }

  /** {@code SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_UNIQUE)}, or just the primary code. */
  static String codeText(SQLiteErrorCode code) {
    int primary = code.code & 0xff;
    SQLiteErrorCode primaryCode = SQLiteErrorCode.getErrorCode(primary);
    if (primary == code.code || primaryCode == SQLiteErrorCode.UNKNOWN_ERROR) {
      return code.name();
    }
    return primaryCode.name() + " (extended: " + code.name() + ")";
  }

  /** The driver wraps SQLite's message as {@code [CODE] description (message)}. */
  private static String sqliteText(String driverMessage, SQLiteErrorCode code) {
    String text = driverMessage == null ? "" : driverMessage;
    String prefix = "[" + code.name() + "] ";
    if (text.startsWith(prefix)) {
      text = text.substring(prefix.length());
    }
    if (text.startsWith(code.message + " (") && text.endsWith(")")) {
      text = text.substring(code.message.length() + 2, text.length() - 1);
    }
    return text;
  }

  /** Where SQLite locates the error (its {@code sqlite3_error_offset}), or -1. */
  private static int offset(String text, SqlText.Statement statement, Connection connection) {
    Matcher near = NEAR.matcher(text);
    if (near.matches()) {
      return syntaxErrorOffset(near.group(1), statement, connection);
    }
    Matcher unrecognized = UNRECOGNIZED.matcher(text);
    if (unrecognized.matches()) {
      return statement.sql().indexOf(unrecognized.group(1));
    }
    Matcher database = UNKNOWN_DATABASE.matcher(text);
    if (database.matches()) {
      for (SqlText.Token token : statement.tokens()) {
        if ((token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME)
            && token.name().equalsIgnoreCase(database.group(1))) {
          return token.start() - statementStart(statement);
        }
      }
      return -1;
    }
    Matcher hex = HEX_TOO_BIG.matcher(text);
    if (hex.matches()) {
      return literalOffset(hex.group(1), statement);
    }
    if (text.startsWith("variable number must be between ?1 and ?")) {
      // located at the first numbered parameter out of range
      for (SqlText.Token token : statement.tokens()) {
        if (token.kind() == SqlText.Kind.PARAMETER && token.text().matches("\\?[0-9]+")) {
          long number = parameterNumber(token.text());
          if (number < 1 || number > D1Limits.MAX_PARAMETERS) {
            return token.start() - statementStart(statement);
          }
        }
      }
      return -1;
    }
    if (text.equals("too many SQL variables")) {
      // located at the first parameter beyond the limit
      int seen = 0;
      for (SqlText.Token token : statement.tokens()) {
        if (token.kind() == SqlText.Kind.PARAMETER && ++seen > D1Limits.MAX_PARAMETERS) {
          return token.start() - statementStart(statement);
        }
      }
      return -1;
    }
    Matcher named = NAMED.matcher(text);
    if (named.matches()) {
      String name = null;
      for (int group = 1; name == null && group <= named.groupCount(); group++) {
        name = named.group(group);
      }
      if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
      // an aggregate is misused in the WHERE clause (or later), not in the result columns
      boolean misusedAggregate = named.group(5) != null || (named.group(6) != null && text.startsWith("misuse of aggregate"));
      int from = misusedAggregate ? Math.max(statement.indexOfWord("WHERE"), 0) : 0;
      List<SqlText.Token> tokens = statement.tokens();
      List<SqlText.Token> candidates = new java.util.ArrayList<>();
      for (int i = from; i < tokens.size(); i++) {
        SqlText.Token token = tokens.get(i);
        if (token.name().equalsIgnoreCase(first) && (token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME)) {
          candidates.add(token);
        }
      }
      if (candidates.size() > 1 && text.startsWith("no such column: ") && !name.contains(".")) {
        return unresolvedOccurrence(text, candidates, statement, connection);
      }
      return candidates.isEmpty() ? -1 : candidates.get(0).start() - statementStart(statement);
    }
    return -1;
  }

  /** The offset of the first token spelled {@code literal} (case-insensitive), or -1. */
  private static int literalOffset(String literal, SqlText.Statement statement) {
    for (SqlText.Token token : statement.tokens()) {
      if (token.text().equalsIgnoreCase(literal)) {
        return token.start() - statementStart(statement);
      }
    }
    return -1;
  }

  /**
   * For a column name occurring several times, the offset of the occurrence SQLite cannot resolve:
   * the one whose replacement by NULL alone lets the statement prepare; when several fail, the
   * first that still fails with the same error once every other occurrence is replaced by NULL
   * (occurrences that resolve, in another SELECT of a compound or as another table's column, are
   * passed over); else the first occurrence.
   */
  private static int unresolvedOccurrence(String text, List<SqlText.Token> candidates, SqlText.Statement statement,
      Connection connection) {
    int base = statementStart(statement);
    String sql = statement.sql();
    for (SqlText.Token candidate : candidates) {
      String probe = sql.substring(0, candidate.start() - base) + "NULL" + sql.substring(candidate.end() - base);
      try (PreparedStatement ignored = connection.prepareStatement(probe)) {
        return candidate.start() - base;
      } catch (SQLException e) {
        // still fails: another occurrence (too) is unresolved, or NULL does not fit there
      }
    }
    for (SqlText.Token candidate : candidates) {
      StringBuilder probe = new StringBuilder();
      int at = 0;
      for (SqlText.Token other : candidates) {
        if (other != candidate) {
          probe.append(sql, at, other.start() - base).append("NULL");
          at = other.end() - base;
        }
      }
      probe.append(sql, at, sql.length());
      try (PreparedStatement ignored = connection.prepareStatement(probe.toString())) {
        // resolves once the others are gone: not this one
      } catch (SQLException e) {
        if (e.getMessage() != null && e.getMessage().contains(text)) {
          return candidate.start() - base;
        }
      }
    }
    return candidates.get(0).start() - base;
  }

  /** The number of a {@code ?NNN} parameter (beyond any long: the largest long). */
  private static long parameterNumber(String parameter) {
    try {
      return Long.parseLong(parameter.substring(1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * The token a syntax error is near: the first occurrence of that token where the statement cut
   * just after it fails with the same error (earlier occurrences parse, or are incomplete).
   */
  private static int syntaxErrorOffset(String near, SqlText.Statement statement, Connection connection) {
    List<SqlText.Token> candidates = statement.tokens().stream().filter(t -> t.text().equals(near)).toList();
    if (candidates.isEmpty()) {
      // a token the tokenizer splits (a blob literal) or leaves out (the closing semicolon)
      return statement.sql().indexOf(near);
    }
    int base = statementStart(statement);
    if (candidates.size() > 1) {
      for (SqlText.Token candidate : candidates) {
        String prefix = statement.sql().substring(0, candidate.end() - base);
        try (PreparedStatement ignored = connection.prepareStatement(prefix)) {
          // parses: the error is further on
        } catch (SQLException e) {
          if (e.getMessage() != null && e.getMessage().contains("near \"" + near + "\": syntax error")) {
            return candidate.start() - base;
          }
        }
      }
    }
    return candidates.get(0).start() - base;
  }

  private static int statementStart(SqlText.Statement statement) {
    return statement.offset();
  }
}
