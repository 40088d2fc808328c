package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.internal.SqlText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bodies of a database's views and triggers, which SQLite compiles into every statement that
 * names the view or writes the trigger's table: workerd's authorizer judges them then (a view over
 * a reserved table is created, and refused when read; a trigger calling a refused function fails
 * the statement that fires it, even when no row fires it). Read from {@code sqlite_master} once
 * per schema version; not thread-safe (its store serializes requests).
 */
final class StoredBodies {

  /**
   * A trigger: its table and event (lower case), the columns of an {@code UPDATE OF} trigger (lower
   * case; empty for any), and its body's tokens ({@code WHEN ...} or {@code BEGIN ...}).
   */
  private record Trigger(String table, String event, Set<String> columns, List<SqlText.Token> body) {}

  private long version = Long.MIN_VALUE;
  private Map<String, List<SqlText.Token>> views = Map.of();
  private List<Trigger> triggers = List.of();

  /** Forgets what was read: the database is about to be replaced. */
  void forget() {
    version = Long.MIN_VALUE;
    views = Map.of();
    triggers = List.of();
  }

  /**
   * Reads the views and triggers again when the schema changed since the last read.
   *
   * @param connection the database
   * @param schemaVersion its current {@code PRAGMA schema_version}
   */
  void refresh(Connection connection, long schemaVersion) throws SQLException {
    if (schemaVersion == version) {
      return;
    }
    Map<String, List<SqlText.Token>> readViews = new HashMap<>();
    List<Trigger> readTriggers = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger')")) {
      while (rs.next()) {
        List<SqlText.Token> tokens = SqlText.tokens(rs.getString(4) == null ? "" : rs.getString(4));
        int body = bodyStart(tokens);
        if (rs.getString(1).equals("view")) {
          readViews.put(rs.getString(2).toLowerCase(Locale.ROOT), tokens.subList(body, tokens.size()));
        } else {
          readTriggers.add(new Trigger(rs.getString(3).toLowerCase(Locale.ROOT), event(tokens, body),
              updatedColumns(tokens, body), tokens.subList(body, tokens.size())));
        }
      }
    }
    views = readViews;
    triggers = readTriggers;
    version = schemaVersion;
  }

  /** Whether the schema has no view and no trigger. */
  boolean isEmpty() {
    return views.isEmpty() && triggers.isEmpty();
  }

  /**
   * The bodies SQLite compiles into a statement: of the views it names and of the triggers on the
   * tables it writes, and so on through those bodies (each at most once), in the order found.
   *
   * @param tokens the statement's tokens, from where it reads or writes (a CREATE statement's
   *     definition is not compiled then: pass none of it but a {@code CREATE TABLE ... AS} query)
   * @return the bodies' tokens
   */
  List<List<SqlText.Token>> usedBy(List<SqlText.Token> tokens) {
    List<List<SqlText.Token>> used = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    Deque<List<SqlText.Token>> pending = new ArrayDeque<>();
    pending.add(tokens);
    while (!pending.isEmpty()) {
      List<SqlText.Token> current = pending.poll();
      for (int i = 0; i < current.size(); i++) {
        SqlText.Token token = current.get(i);
        if (token.kind() != SqlText.Kind.WORD && token.kind() != SqlText.Kind.QUOTED_NAME) {
          continue;
        }
        String name = token.name().toLowerCase(Locale.ROOT);
        List<String> events = writtenEvents(current, i);
        List<SqlText.Token> view = views.get(name);
        if (view != null && (!events.isEmpty() || isTablePosition(current, i)) && seen.add(view)) {
          used.add(view);
          pending.add(view);
        }
        for (String event : events) {
          Set<String> set = event.equals("update") ? setColumns(current, i) : Set.of();
          for (Trigger trigger : triggers) {
            if (trigger.table().equals(name) && trigger.event().equals(event)
                && (trigger.columns().isEmpty() || set.isEmpty() || !java.util.Collections.disjoint(trigger.columns(), set))
                && seen.add(trigger)) {
              used.add(trigger.body());
              pending.add(trigger.body());
            }
          }
        }
      }
    }
    return used;
  }

  /**
   * The events a statement fires on the table named at {@code index}: {@code insert} after {@code
   * INTO} (and {@code update} when an upsert may update), {@code update} after {@code UPDATE [OR
   * x]}, {@code delete} after {@code DELETE FROM}; none when the name is not written there.
   */
  private static List<String> writtenEvents(List<SqlText.Token> tokens, int index) {
    int at = qualifiedStart(tokens, index);
    if (at < 1) {
      return List.of();
    }
    SqlText.Token previous = tokens.get(at - 1);
    if (previous.isWord("INTO")) {
      for (int i = index + 1; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).isWord("DO") && tokens.get(i + 1).isWord("UPDATE")) {
          return List.of("insert", "update");
        }
      }
      return List.of("insert");
    }
    if (previous.isWord("UPDATE") || (at >= 3 && tokens.get(at - 3).isWord("UPDATE") && tokens.get(at - 2).isWord("OR"))) {
      return List.of("update");
    }
    if (previous.isWord("FROM") && at >= 2 && tokens.get(at - 2).isWord("DELETE")) {
      return List.of("delete");
    }
    return List.of();
  }

  /** Where a name starts with its schema ({@code main.t}). */
  private static int qualifiedStart(List<SqlText.Token> tokens, int index) {
    return index >= 2 && tokens.get(index - 1).text().equals(".") ? index - 2 : index;
  }

  /**
   * Whether the name at {@code index} is where a query names a table: after FROM or JOIN, or after
   * a comma of a FROM clause.
   */
  private static boolean isTablePosition(List<SqlText.Token> tokens, int index) {
    int at = qualifiedStart(tokens, index);
    if (at < 1) {
      return false;
    }
    SqlText.Token previous = tokens.get(at - 1);
    if (previous.isWord("FROM") || previous.isWord("JOIN")) {
      return true;
    }
    if (!previous.text().equals(",")) {
      return false;
    }
    int depth = 0;
    for (int i = at - 2; i >= 0; i--) {
      SqlText.Token token = tokens.get(i);
      if (token.text().equals(")")) {
        depth++;
      } else if (token.text().equals("(")) {
        if (depth-- == 0) {
          return false;
        }
      } else if (depth == 0 && token.kind() == SqlText.Kind.WORD) {
        String word = token.text().toUpperCase(Locale.ROOT);
        if (word.equals("FROM") || word.equals("JOIN")) {
          return true;
        }
        if (List.of("SELECT", "WHERE", "ON", "BY", "HAVING", "SET", "VALUES", "RETURNING", "USING").contains(word)) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * The columns an UPDATE (or an upsert's {@code DO UPDATE}) sets, lower case: the names before
   * {@code =} in its SET clause and in its {@code (a, b) = ...} lists; empty when not found.
   */
  private static Set<String> setColumns(List<SqlText.Token> tokens, int index) {
    int set = -1;
    for (int i = index + 1; i < tokens.size(); i++) {
      if (tokens.get(i).isWord("SET")) {
        set = i;
        break;
      }
    }
    Set<String> columns = new HashSet<>();
    if (set < 0) {
      return columns;
    }
    int depth = 0;
    boolean listed = false;
    for (int i = set + 1; i < tokens.size(); i++) {
      SqlText.Token token = tokens.get(i);
      String text = token.text();
      if (text.equals("(")) {
        listed = depth == 0 && (tokens.get(i - 1).isWord("SET") || tokens.get(i - 1).text().equals(","));
        depth++;
      } else if (text.equals(")")) {
        depth--;
        listed = false;
      } else if (depth == 0 && token.kind() == SqlText.Kind.WORD
          && List.of("WHERE", "FROM", "RETURNING", "END").contains(text.toUpperCase(Locale.ROOT))) {
        break;
      } else if ((token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME)
          && ((depth == 0 && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("=")) || (depth == 1 && listed))) {
        columns.add(token.name().toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  /** The columns of an {@code UPDATE OF a, b ON t} trigger, lower case; empty for other triggers. */
  private static Set<String> updatedColumns(List<SqlText.Token> tokens, int body) {
    Set<String> columns = new HashSet<>();
    for (int i = 2; i + 1 < body; i++) {
      if (tokens.get(i).isWord("UPDATE") && tokens.get(i + 1).isWord("OF")) {
        for (int k = i + 2; k < body && !tokens.get(k).isWord("ON"); k++) {
          if (!tokens.get(k).text().equals(",")) {
            columns.add(tokens.get(k).name().toLowerCase(Locale.ROOT));
          }
        }
        break;
      }
    }
    return columns;
  }

  /** Where a view's query ({@code AS ...}) or a trigger's body ({@code WHEN}/{@code BEGIN} on) starts. */
  private static int bodyStart(List<SqlText.Token> tokens) {
    boolean view = tokens.size() > 2 && tokens.stream().limit(4).anyMatch(t -> t.isWord("VIEW"));
    for (int i = 2; i < tokens.size(); i++) {
      if (view ? tokens.get(i).isWord("AS") : tokens.get(i).isWord("WHEN") || tokens.get(i).isWord("BEGIN")) {
        return i + (view ? 1 : 0);
      }
    }
    return tokens.size();
  }

  /** A trigger's event, lower case: the first of DELETE, INSERT, UPDATE before its body. */
  private static String event(List<SqlText.Token> tokens, int body) {
    for (int i = 2; i < body; i++) {
      for (String event : List.of("DELETE", "INSERT", "UPDATE")) {
        if (tokens.get(i).isWord(event)) {
          return event.toLowerCase(Locale.ROOT);
        }
      }
    }
    return "";
  }
}
