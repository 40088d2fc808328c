package io.github.miniflare4j.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code ON DELETE CASCADE} and {@code ON DELETE SET NULL} actions of a DELETE's child
 * tables read and write beyond the DELETE's own plan (recorded: {@code d1-s24-cascade-deletes-meta}).
 * The plan already holds each child's foreign key check (a search of its index, or a scan); the
 * action runs as a statement of its own per deleted parent:
 *
 * <ul>
 *   <li>CASCADE: the child's search again (through an index: the children found and, when there
 *       are some, the entry after them; else the child table's rows), then per child a seek of its
 *       row and a look-up of its (deleted) parent;
 *   <li>SET NULL through an index: the index search (the entry after the key is read even when it
 *       finds no child) and three reads more per child; each child writes its row and its entries of
 *       the indexes on the key.
 * </ul>
 *
 * The children the actions change count among the statement's changes. Deviation: SET NULL
 * without an index, SET DEFAULT, actions of the children's own children, and a DELETE whose filter
 * cannot be run on its own (a LIMIT, parameters other than {@code ?}) are not counted.
 *
 * @param reads the rows the actions read
 * @param writes the rows and index entries the actions write beyond the changes
 * @param children the child rows the actions change (counted among the statement's changes)
 */
record ForeignKeyActions(long reads, long writes, long children) {

  static final ForeignKeyActions NONE = new ForeignKeyActions(0, 0, 0);

  /** A DELETE's child actions, found before it runs from its filter (tokens after WHERE up to RETURNING). */
  static ForeignKeyActions of(Connection connection, SqlText.Statement statement, String target, List<Object> params) {
    List<SqlText.Token> tokens = statement.tokens();
    int where = statement.indexOfWord("WHERE");
    int returning = statement.indexOfWord("RETURNING");
    int end = returning > where ? returning : tokens.size();
    if (target == null || where < 0 || end <= where + 1 || statement.indexOfWord("LIMIT") > 0) {
      return NONE;
    }
    int filterParams = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == SqlText.Kind.PARAMETER) {
        if (i <= where || i >= end || !tokens.get(i).text().equals("?")) {
          return NONE;
        }
        filterParams++;
      }
    }
    List<String[]> actions = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT m.name, f.\"from\", f.\"to\", upper(f.on_delete) FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
            + "WHERE m.type = 'table' AND lower(f.\"table\") = lower(?) AND upper(f.on_delete) IN ('CASCADE', 'SET NULL')")) {
      ps.setString(1, target);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          actions.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    } catch (SQLException e) {
      return NONE;
    }
    if (actions.isEmpty()) {
      return NONE;
    }
    String filter = SorterFeed.text(statement, where + 1, end - 1);
    long reads = 0;
    long writes = 0;
    long children = 0;
    for (String[] action : actions) {
      String child = quote(action[0]);
      String column = quote(action[1]);
      String key = action[2] == null ? "rowid" : quote(action[2]);
      boolean cascade = action[3].equals("CASCADE");
      long keyIndexes = keyIndexes(connection, action[0], action[1], true);
      if (!cascade && keyIndexes == 0) {
        continue;
      }
      // per deleted parent: its children, whether an entry follows them, and the child table's rows
      String sql = "SELECT coalesce(sum(n), 0), coalesce(sum(n > 0 AND after), 0), coalesce(sum(after), 0), count(*), "
          + "(SELECT count(*) FROM " + child + ") FROM (SELECT (SELECT count(*) FROM " + child + " WHERE " + column + " = p.k) AS n, "
          + "EXISTS (SELECT 1 FROM " + child + " WHERE " + column + " > p.k) AS after FROM (SELECT " + key + " AS k FROM "
          + quote(target) + " WHERE " + filter + ") p)";
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        for (int i = 0; i < filterParams && i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          long found = rs.getLong(1);
          long followedWhenFound = rs.getLong(2);
          long followed = rs.getLong(3);
          long parents = rs.getLong(4);
          long rows = rs.getLong(5);
          children += found;
          if (cascade) {
            // the search again (a scan per parent, of the rows left by the parents before it), then two reads per child
            long search = keyIndexes > 0 ? found + followedWhenFound : scans(parents, rows, found);
            reads += search + 2 * found;
          } else {
            reads += found + followed + 3 * found;
            writes += found * keyIndexes(connection, action[0], action[1], false);
          }
        }
      } catch (SQLException e) {
        // a filter that does not run on its own: not counted
      }
    }
    return new ForeignKeyActions(reads, writes, children);
  }

  /** The rows {@code parents} scans of a child table read, each at least one, the found children deleted by the first. */
  private static long scans(long parents, long rows, long found) {
    if (parents == 0) {
      return 0;
    }
    return Math.max(rows, 1) + (parents - 1) * Math.max(rows - found, 1);
  }

  /**
   * The indexes of the child table that hold its key column (an update of the key writes an entry
   * in each), or with {@code leading} those that start with it (a search by the key uses one).
   */
  private static long keyIndexes(Connection connection, String table, String column, boolean leading) {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM pragma_index_list(?) l WHERE EXISTS (SELECT 1 FROM pragma_index_info(l.name) i WHERE lower(i.name) = lower(?)"
            + (leading ? " AND i.seqno = 0" : "") + ")")) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      return 0;
    }
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
