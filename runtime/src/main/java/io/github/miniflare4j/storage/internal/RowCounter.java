package io.github.miniflare4j.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Miniflare's {@code rows_read} and {@code rows_written}, estimated. workerd's SQLite counts every
 * cursor move onto a row (a rewind or a seek, found or not, and each successful step, sorters and
 * temporary tables included) and every row or index entry written outside temporary tables; the
 * JDBC driver exposes none of that, so this counter derives the counts from the statement's query
 * plan, its changes and its result, by the rules recorded against workerd (test resources
 * {@code conformance/recorded/d1/d1x-meta*.json} and {@code d1-meta-*.json}):
 *
 * <ul>
 *   <li>a full scan reads every row of the table, at least one (the rewind); a sorter (ORDER BY
 *       or GROUP BY without an index) reads back the rows it was fed, at least one: a GROUP BY
 *       sorter the rows of the FROM and WHERE clauses, an ORDER BY sorter the rows the query makes
 *       before its LIMIT (see SorterFeed); a lone scan
 *       without filter or sort stops at its LIMIT plus OFFSET; a bare {@code count(*)} reads the
 *       table's rows;
 *   <li>a search by rowid equality is one seek, found or not (a literal {@code IN} list: one
 *       temporary row and one seek per value); a rowid range reads the rows found, at least one,
 *       and the row past its upper bound; an index equality reads nothing when it finds nothing,
 *       else the entries found and the entry after them; an index range under equalities reads
 *       the entries found and the entry that ends it (if there is one), at least one;
 *   <li>an insert writes the row and one entry per index, and looks up each explicit rowid; an
 *       AUTOINCREMENT table reads sqlite_sequence up to its row and writes it when the rowid grew;
 *       an update writes the row and the indexes of the columns it sets; a delete only the row;
 *       {@code DELETE} without {@code WHERE} truncates (reads nothing); a replace or an upsert
 *       that updates reads the row it replaces (an upsert also when its WHERE keeps the row); RETURNING reads its rows back from a temporary
 *       table, and makes a write of several rows seek each row again (an update through a
 *       temporary table of rowids);
 *   <li>schema statements: {@code CREATE TABLE} (view, trigger) reads 1 and writes 2 (2 and 4
 *       when it creates sqlite_sequence), {@code CREATE INDEX} reads 2 + 2 per row and writes 1 +
 *       1 per row, {@code ALTER TABLE} reads every row and index and writes 1, a {@code DROP}
 *       scans sqlite_master (a table: plus one per index, one, and sqlite_sequence when it has a
 *       row there; an index: plus one).
 * </ul>
 *
 * <ul>
 *   <li>a lone filtered rowid scan with a LIMIT stops at the row that completes it (found with a
 *       query of its own); a lone index equality search stops at its LIMIT; {@code min()/max()}
 *       is one seek through the rowid or an index whose next column (after those compared by
 *       equality) it takes, none when nothing matches, else a scan (of a covering index too); a UNION reads its rows back from
 *       its temporary b-tree; a key list on a unique index reads a temporary row and a hit each;
 *   <li>AUTOINCREMENT: an ignored or upserted row still takes the next rowid, so the sequence is
 *       written; an UPDATE of foreign key columns looks the parent up per row (two passes for
 *       several rows); a DELETE of several rows from a table with foreign keys or triggers seeks
 *       each row again; {@code CREATE TRIGGER} writes its row of sqlite_master only;
 *   <li>the outermost loop of a join seeks its rowid once; an automatic index is filled by one
 *       scan of its table; a correlated aggregate subquery that scans its table reads all of it
 *       for every row of an unfiltered outer scan; {@code count(DISTINCT x)} only looks rows up;
 *   <li>a write led by a {@code WITH} clause is counted as the write it leads; a recursive common
 *       table expression reads each row it makes and its empty queue once more (unless its LIMIT
 *       stops it); {@code rowid IN (SELECT ...)} reads the subquery's distinct keys from a
 *       temporary table and seeks each, and makes an update or a delete of several rows take two
 *       passes; {@code EXPLAIN} reads nothing;
 *   <li>a window function reads its rows back from a temporary table (see WindowReads).
 * </ul>
 *
 * Deviation: shapes outside these rules (joins with index searches, subqueries, EXISTS, window
 * functions other than those WindowReads knows, renames, deletes of referenced parents, writes of
 * triggers, REINDEX, ANALYZE) are approximate.
 */
public final class RowCounter {

  private static final Pattern STEP = Pattern.compile("^(SCAN|SEARCH) (\\S+)(?: AS \\S+)?(.*)$");
  private static final Pattern ONE_EQUALITY = Pattern.compile("^\\(([^=()<> ]+)=\\?\\)$");
  private static final Pattern EQUALITY_TERM = Pattern.compile("^([^=()<> ]+)=\\?$");
  private static final Pattern INDEX_NAME = Pattern.compile("USING (?:COVERING )?INDEX (\\S+) \\((.*)\\)");
  private static final Pattern LIKE_RANGE = Pattern.compile("^\\((\\S+)>\\? AND \\1<\\?\\)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_INDEX_NAME = Pattern.compile("USING (?:COVERING )?INDEX (\\S+)");
  private static final Pattern PRIMARY_KEY = Pattern.compile("USING PRIMARY KEY \\((.*)\\)");

  /** One access of the plan: a step and the rows its table holds now. */
  private record Access(Step step, long tableRows, long[] indexEntries) {
    boolean scan() {
      return step.scan();
    }
  }

  /**
   * One step of a query plan as the schema alone determines it (the rows of a table are counted
   * each time the statement runs).
   *
   * @param table the table read
   * @param scan whether it is read from its first row
   * @param viaIndex whether it is searched through an index (else by rowid)
   * @param exactUnique an equality on every column of a unique index: one seek, no loop
   * @param equality a search by equalities only (an index equality that finds nothing reads nothing)
   * @param upperBound a range search that ends at a bound: the row past it is read too (so does one
   *     under equalities, see prefixColumns)
   * @param equalityColumn the column of a search by one index equality, or {@code null}
   * @param virtual a virtual table (json_each, a table-valued PRAGMA, FTS5): it reads the rows it yields
   * @param automatic a search through an automatic index, which SQLite fills by scanning the table first
   * @param correlated a step of a correlated subquery (run again for every row of the query around it)
   * @param prefixColumns the columns of the equalities that lead an index range search (none for
   *     other searches)
   * @param minMaxSeek an index search whose next column is the argument of the statement's lone
   *     {@code min()}/{@code max()}: one seek, none when nothing is found
   * @param likePrefix an index range SQLite made of a {@code LIKE}/{@code GLOB} prefix (the LIKE
   *     optimization): workerd counts one entry more than for the same range written with
   *     {@code >=} and {@code <} (recorded: {@code d1-s26-like-index-rows-read})
   */
  public record Step(String table, boolean scan, boolean viaIndex, boolean exactUnique, boolean equality, boolean upperBound,
      String equalityColumn, boolean virtual, boolean automatic, boolean correlated, List<String> prefixColumns,
      boolean minMaxSeek, boolean likePrefix) {}

  /**
   * What the counter learns from the statement text and the schema alone, the same until the
   * schema changes: the plan's steps, whether it sorts, the written table and its indexes, whether
   * that table numbers its rows with AUTOINCREMENT, and whether the statement names its rowid.
   */
  public record Analysis(List<Step> steps, boolean sorts, boolean groupSorter, boolean orderSorter, int orderSorters,
      int coroutines, String target,
      long targetIndexes, long touchedIndexes,
      boolean autoincrement, boolean namesRowid, long foreignKeys, boolean twoPassDelete, boolean unionTemp,
      boolean listSubquery) {}

  /** The verbs whose analysis depends on the statement text and the schema only, and is cached. */
  public static final java.util.Set<String> CACHED_VERBS = java.util.Set.of("INSERT", "REPLACE", "UPDATE", "DELETE", "SELECT", "WITH", "VALUES");

  /**
   * The statement analysed: a write led by a {@code WITH} clause without that clause (its query
   * plan is still the whole statement's), any other statement whole.
   */
  private final SqlText.Statement statement;
  /** The statement as it runs, {@code WITH} clause included. */
  private final SqlText.Statement whole;
  private final String verb;
  private final List<Step> steps = new ArrayList<>();
  private final List<Access> plan = new ArrayList<>();
  private boolean sorts;
  /** A sorter for GROUP BY (DISTINCT included), fed every row of the FROM and WHERE clauses. */
  private boolean groupSorter;
  /** A sorter for ORDER BY (whole or in part), fed every row the query makes before its LIMIT. */
  private boolean orderSorter;
  /** The ORDER BY sorters of the plan (a window's and the query's own). */
  private int orderSorters;
  /** The co-routines of the plan (a window function runs in one; more when SQLite nests them). */
  private int coroutines;
  /** The partitions of the statement's window function, or {@code null} (see WindowReads). */
  private WindowReads.Partitions window;
  /** The rows each sorter is fed (see SorterFeed), or -1 when not found. */
  private long groupFeed = -1;
  private long orderFeed = -1;
  private String target;
  private long targetIndexes;
  private long touchedIndexes;
  private long targetRowsBefore;
  private boolean autoincrement;
  private List<Object> params = List.of();
  private boolean namesRowid;
  /** INSERT: the foreign keys of the table written (each checked against its parent per row). */
  private long foreignKeys;
  /**
   * DELETE from a table that a foreign key involves (as child or parent) or a trigger watches:
   * SQLite deletes several rows in two passes, seeking each row again.
   */
  private boolean twoPassDelete;
  /** A UNION (without ALL): its rows go through a temporary b-tree and are read back from it. */
  private boolean unionTemp;
  /**
   * A search by rowid whose keys come from a subquery ({@code rowid IN (SELECT ...)}): the keys are
   * read from a temporary table, then each is sought; a write of such rows takes two passes.
   */
  private boolean listSubquery;
  /** The distinct keys of that subquery, or -1 when unknown (then taken as the rows matched). */
  private long listKeys = -1;
  /** AUTOINCREMENT: the rows of sqlite_sequence its first loop reads, and the sequence before the statement. */
  private long sequenceReads;
  private long sequenceBefore;
  /** A lone filtered rowid scan stopped by its LIMIT: the rows it reads up to the last one it needs, or -1. */
  private long scanStop = -1;
  /** The rows of sqlite_master before a DROP. */
  private long schemaRows;
  /** CREATE TABLE ... AS SELECT: the rows it copies, or -1 for any other CREATE. */
  private long copiedRows = -1;
  /** CREATE TABLE ... AUTOINCREMENT that creates sqlite_sequence as well. */
  private boolean createsSequence;
  /** For a join whose inner loop seeks a rowid once per outer row: the outer rows that reach it, or -1. */
  private long outerKept = -1;
  /** The rows a lone index range under equalities keeps when the query aggregates them (count(*)), or -1. */
  private long rangeRows = -1;
  /** What the ON DELETE actions of a DELETE's child tables read and write. */
  private ForeignKeyActions fkActions = ForeignKeyActions.NONE;
  /** The rows the recursive common table expressions of a leading {@code WITH} clause read from their queues. */
  private long recursiveReads;

  private RowCounter(SqlText.Statement statement) {
    SqlText.Statement main = statement.main();
    this.whole = statement;
    this.statement = WRITE_VERBS.contains(main.verb()) ? main : statement;
    this.verb = this.statement.verb();
  }

  private static final java.util.Set<String> WRITE_VERBS = java.util.Set.of("INSERT", "REPLACE", "UPDATE", "DELETE");

  /**
   * Looks at a statement before it runs, reusing the analysis of the same text under the same
   * schema: the counts are those a fresh analysis gives.
   *
   * @param connection the database, inside the request's transaction
   * @param statement the statement about to run
   * @param cache analyses of earlier statements, or {@code null}
   * @param schemaVersion the database's {@code PRAGMA schema_version} now
   * @return the counter, to {@link #finish} once the statement has run
   */
  public static RowCounter before(Connection connection, SqlText.Statement statement, List<Object> params, PlanCache cache,
      long schemaVersion) {
    RowCounter counter = new RowCounter(statement);
    counter.params = params;
    boolean cacheable = cache != null && CACHED_VERBS.contains(counter.verb);
    Analysis known = cacheable ? cache.get(statement.sql(), schemaVersion) : null;
    if (known != null) {
      counter.steps.addAll(known.steps());
      counter.sorts = known.sorts();
      counter.groupSorter = known.groupSorter();
      counter.orderSorter = known.orderSorter();
      counter.orderSorters = known.orderSorters();
      counter.coroutines = known.coroutines();
      counter.target = known.target();
      counter.targetIndexes = known.targetIndexes();
      counter.touchedIndexes = known.touchedIndexes();
      counter.autoincrement = known.autoincrement();
      counter.namesRowid = known.namesRowid();
      counter.foreignKeys = known.foreignKeys();
      counter.twoPassDelete = known.twoPassDelete();
      counter.unionTemp = known.unionTemp();
      counter.listSubquery = known.listSubquery();
      counter.resolve(connection);
      return counter;
    }
    try {
      counter.inspect(connection);
      if (cacheable) {
        cache.put(statement.sql(), schemaVersion, new Analysis(List.copyOf(counter.steps), counter.sorts,
            counter.groupSorter, counter.orderSorter, counter.orderSorters, counter.coroutines, counter.target,
            counter.targetIndexes, counter.touchedIndexes, counter.autoincrement, counter.namesRowid, counter.foreignKeys,
            counter.twoPassDelete, counter.unionTemp, counter.listSubquery));
      }
    } catch (SQLException e) {
      // a statement SQLite cannot plan fails when it runs; its counts are never reported
    }
    counter.resolve(connection);
    return counter;
  }

  /** The plan's accesses: its steps with the rows of the tables it scans now (other scans are subqueries'). */
  private void resolve(Connection connection) {
    for (Step step : steps) {
      boolean counted = !step.virtual() && (step.scan() || step.upperBound() || !step.prefixColumns().isEmpty() || (step.viaIndex() && step.equality() && !step.exactUnique()));
      long rows = counted ? tableRows(connection, step.table()) : 0;
      if (step.scan() && rows < 0) {
        continue; // a subquery or a common table expression: its own steps are counted
      }
      long[] entries = step.equalityColumn() != null
          ? childLookup(step) ? childEntries(connection, step) : indexEntries(connection, step, List.of(step.equalityColumn()))
          : !step.prefixColumns().isEmpty() ? indexEntries(connection, step, step.prefixColumns()) : null;
      plan.add(new Access(step, Math.max(rows, 0), entries));
    }
    if (autoincrement) {
      readSequence(connection);
    }
    recursiveReads = recursiveReads(connection);
    outerKept = seeksPerOuterRow() ? OuterRows.kept(connection, statement, plan.get(0).step().table(), params) : -1;
    fkActions = verb.equals("DELETE") && foreignKeysOn(connection) ? ForeignKeyActions.of(connection, statement, target, params)
        : ForeignKeyActions.NONE;
    listKeys = listSubquery ? listKeys(connection) : -1;
    scanStop = scanStop(connection);
    rangeRows = plan.size() == 1 && !plan.get(0).step().prefixColumns().isEmpty() && !plan.get(0).step().minMaxSeek()
        && aggregatesOneRow() ? SorterFeed.groupFeed(connection, statement, params) : -1;
    // a window whose rows SQLite passes through a second co-routine (an ORDER BY of its result) reads more
    window = verb.equals("SELECT") && coroutines == 1 ? WindowReads.of(connection, statement, params) : null;
    if (sorts && verb.equals("SELECT")) {
      // a lone unfiltered scan feeds a GROUP BY sorter the rows it scans: no query needed
      boolean wholeTable = plan.size() == 1 && plan.get(0).scan() && statement.indexOfWord("WHERE") < 0;
      groupFeed = groupSorter && !wholeTable ? SorterFeed.groupFeed(connection, statement, params) : -1;
      orderFeed = orderSorter ? SorterFeed.orderFeed(connection, statement, params) : -1;
    }
    long[] inner = nestedIndexEntries(connection);
    if (inner != null) {
      plan.set(1, new Access(plan.get(1).step(), plan.get(1).tableRows(), inner));
    }
  }

  /**
   * For a SELECT that scans one table whole and searches a second one's index by an equality with
   * a column of the first ({@code LEFT JOIN t ON t.c = o.x}, or a correlated subquery on it): the
   * entries the search reads over the rows of the first table its WHERE clause keeps (each row's
   * matches, and the entry after them when it has some; SQLite tests a term on the first table
   * before searching the second), as {@code {entries, 0}}; null for other shapes, and for a WHERE
   * clause that names the second table (its count query fails).
   */
  private long[] nestedIndexEntries(Connection connection) {
    if (!verb.equals("SELECT") || plan.size() != 2 || unionTemp || statement.indexOfWord("LIMIT") >= 0) {
      return null;
    }
    Step outer = plan.get(0).step();
    Step inner = plan.get(1).step();
    if ((!outer.scan() && outer.equality()) || outer.viaIndex() || outer.virtual() || inner.scan() || !inner.viaIndex() || inner.exactUnique()
        || inner.equalityColumn() == null || outer.table().equalsIgnoreCase(inner.table())) {
      return null;
    }
    List<SqlText.Token> tokens = statement.tokens();
    if (SorterFeed.topLevel(tokens, 0, "HAVING") >= 0 || !SorterFeed.simple(statement)) {
      return null;
    }
    // the outer rows the WHERE clause keeps are the searched ones; parameters only there
    int where = SorterFeed.topLevel(tokens, 0, "WHERE");
    int whereEnd = SorterFeed.fromWhereEnd(tokens, where);
    int skipped = where < 0 ? 0 : SorterFeed.parametersBefore(tokens, where);
    int used = whereEnd < 0 ? 0 : SorterFeed.parametersBefore(tokens, whereEnd) - skipped;
    if (SorterFeed.parametersBefore(tokens, tokens.size()) != used || (where >= 0 && whereEnd < 0)) {
      return null;
    }
    String outerColumn = null;
    String outerAlias = null;
    for (int i = 0; i + 6 < tokens.size() && outerColumn == null; i++) {
      if (!tokens.get(i + 1).text().equals(".") || !tokens.get(i + 3).text().equals("=") || !tokens.get(i + 5).text().equals(".")) {
        continue;
      }
      String leftTable = tableOf(tokens.get(i).name());
      String rightTable = tableOf(tokens.get(i + 4).name());
      if (leftTable.equalsIgnoreCase(inner.table()) && tokens.get(i + 2).name().equalsIgnoreCase(inner.equalityColumn())
          && rightTable.equalsIgnoreCase(outer.table())) {
        outerColumn = tokens.get(i + 6).name();
        outerAlias = tokens.get(i + 4).name();
      } else if (rightTable.equalsIgnoreCase(inner.table()) && tokens.get(i + 6).name().equalsIgnoreCase(inner.equalityColumn())
          && leftTable.equalsIgnoreCase(outer.table())) {
        outerColumn = tokens.get(i + 2).name();
        outerAlias = tokens.get(i).name();
      }
    }
    if (outerColumn == null) {
      return null;
    }
    String innerTable = quote(inner.table());
    String column = quote(inner.equalityColumn());
    String alias = quote(outerAlias);
    // the outer table under the statement's own name for it, so that its WHERE clause applies as written
    String sql = "SELECT coalesce(sum(n + (n > 0 AND EXISTS (SELECT 1 FROM " + innerTable + " WHERE " + column + " > k))), 0) "
        + "FROM (SELECT " + alias + "." + quote(outerColumn) + " AS k, (SELECT count(*) FROM " + innerTable + " WHERE " + column
        + " = " + alias + "." + quote(outerColumn) + ") AS n FROM " + quote(outer.table()) + " AS " + alias
        + (where < 0 ? "" : " " + SorterFeed.text(statement, where, whereEnd - 1)) + ")";
    long entries = SorterFeed.count(connection, sql, params, skipped, used);
    return entries < 0 ? null : new long[] {entries, 0};
  }

  /**
   * For a SELECT that scans one table whole and computes, per row, an aggregate of a correlated
   * subquery that scans a second table ({@code (SELECT count(*) FROM c WHERE c.p = o.id)} without an
   * index on {@code c.p}): the rows each run of the subquery reads (all of its table, at least the
   * rewind); -1 for other shapes.
   */
  private long correlatedAggregateScan() {
    if (!verb.equals("SELECT") || plan.size() != 2 || unionTemp || !outerRowsUnfiltered()) {
      return -1;
    }
    Step outer = plan.get(0).step();
    Step inner = plan.get(1).step();
    if (!outer.scan() || outer.correlated() || outer.virtual() || !inner.scan() || !inner.correlated() || inner.virtual()
        || outer.table().equalsIgnoreCase(inner.table())) {
      return -1;
    }
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).text().equals("(") && tokens.get(i + 1).isWord("SELECT") && tokens.get(i + 3).text().equals("(")
          && AGGREGATES.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT))) {
        return Math.max(plan.get(1).tableRows(), 1);
      }
    }
    return -1;
  }

  private static final java.util.Set<String> AGGREGATES = java.util.Set.of("count", "sum", "total", "avg", "min", "max", "group_concat");

  /** Whether the outermost query reads its rows unfiltered: no WHERE, HAVING or LIMIT of its own, no parameters. */
  private boolean outerRowsUnfiltered() {
    int depth = 0;
    for (SqlText.Token token : statement.tokens()) {
      if (token.text().equals("(")) {
        depth++;
      } else if (token.text().equals(")")) {
        depth--;
      } else if (depth == 0 && (token.isWord("WHERE") || token.isWord("HAVING") || token.isWord("LIMIT"))) {
        return false;
      } else if (token.kind() == SqlText.Kind.PARAMETER) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * For a SELECT that scans one table in rowid order with a filter and a literal LIMIT (no sort,
   * no grouping): the rows up to the one that completes the LIMIT, which SQLite stops after; -1
   * when the statement is of another shape or fewer rows match (the whole table is read).
   */
  private long scanStop(Connection connection) {
    if (!verb.equals("SELECT") || plan.size() != 1 || !plan.get(0).scan() || plan.get(0).step().virtual() || sorts
        || unionTemp) {
      return -1;
    }
    // a scan through an index walks the statement's ORDER BY (one term), ties in rowid order
    String order = plan.get(0).step().viaIndex() ? indexOrder() : "rowid";
    if (order == null) {
      return -1;
    }
    long limit = literalLimit();
    int where = statement.indexOfWord("WHERE");
    if (limit <= 0 || where < 0) {
      return -1;
    }
    List<SqlText.Token> tokens = statement.tokens();
    int end = where + 1;
    int depth = 0;
    for (; end < tokens.size(); end++) {
      String text = tokens.get(end).text();
      if (text.equals("(")) {
        depth++;
      } else if (text.equals(")")) {
        depth--;
      } else if (depth == 0 && (tokens.get(end).isWord("LIMIT") || tokens.get(end).isWord("ORDER") || tokens.get(end).isWord("GROUP")
          || tokens.get(end).isWord("WINDOW"))) {
        break;
      }
    }
    int filterParams = 0;
    boolean later = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != SqlText.Kind.PARAMETER) {
        continue;
      }
      if (i <= where) {
        return -1; // the filter's parameters would be numbered otherwise on their own
      }
      if (i < end) {
        filterParams++;
      } else {
        later = true;
      }
      if (!tokens.get(i).text().equals("?") && later) {
        return -1;
      }
    }
    if (later && filterParams > 0) {
      for (int i = where + 1; i < end; i++) {
        if (tokens.get(i).kind() == SqlText.Kind.PARAMETER && !tokens.get(i).text().equals("?")) {
          return -1;
        }
      }
    }
    if (end <= where + 1) {
      return -1;
    }
    String filter = statement.sql().substring(tokens.get(where + 1).start() - statement.offset(),
        tokens.get(end - 1).end() - statement.offset());
    String table = "\"" + plan.get(0).step().table().replace("\"", "\"\"") + "\"";
    int from = statement.indexOfWord("FROM");
    String source = from >= 0 && from + 1 < where
        ? statement.sql().substring(tokens.get(from + 1).start() - statement.offset(), tokens.get(where - 1).end() - statement.offset())
        : table;
    String sql = order.equals("rowid")
        ? "SELECT count(*) FROM " + table + " WHERE rowid <= (SELECT rowid FROM " + source + " WHERE " + filter
            + " ORDER BY rowid LIMIT 1 OFFSET " + (limit - 1) + ")"
        : "SELECT at FROM (SELECT row_number() OVER (ORDER BY " + order + ") AS at, (" + filter + ") AS hit FROM " + source
            + ") WHERE hit ORDER BY at LIMIT 1 OFFSET " + (limit - 1);
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int bound = later ? filterParams : params.size();
      for (int i = 0; i < Math.min(bound, params.size()); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        long rows = rs.next() ? rs.getLong(1) : 0;
        return rows > 0 ? rows : -1;
      }
    } catch (SQLException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The order an index scan walks, for a statement ordered by one term without parameters: that
   * term, then the rowid in the same direction (an index's entries end with the rowid); else null.
   */
  private String indexOrder() {
    List<SqlText.Token> tokens = statement.tokens();
    int order = SorterFeed.topLevel(tokens, 0, "ORDER");
    int limit = SorterFeed.topLevel(tokens, 0, "LIMIT");
    if (order < 0 || limit < order + 3 || !tokens.get(order + 1).isWord("BY")) {
      return null;
    }
    boolean descending = false;
    for (int i = order + 2; i < limit; i++) {
      SqlText.Token token = tokens.get(i);
      if (token.text().equals(",") || token.text().equals("(") || token.kind() == SqlText.Kind.PARAMETER
          || token.isWord("COLLATE") || token.isWord("NULLS")) {
        return null;
      }
      descending |= token.isWord("DESC");
    }
    return SorterFeed.text(statement, order + 2, limit - 1) + ", rowid" + (descending ? " DESC" : "");
  }

  /**
   * A DELETE's search (or scan) of a child table that the statement does not name: SQLite's
   * foreign key check of each deleted row.
   */
  private boolean childLookup(Step step) {
    if (!verb.equals("DELETE") || target == null || step.table().equalsIgnoreCase(target)) {
      return false;
    }
    for (SqlText.Token token : statement.tokens()) {
      if (token.name().equalsIgnoreCase(step.table())) {
        return false;
      }
    }
    return true;
  }

  /**
   * For the foreign key check of a DELETE in a child table's index: the children of the rows the
   * DELETE removes (each parent's children are read, and the entry after them) and how many of
   * those parents have an entry after their children; null when the statement's filter cannot be
   * run on its own.
   */
  private long[] childEntries(Connection connection, Step step) {
    List<SqlText.Token> tokens = statement.tokens();
    int where = statement.indexOfWord("WHERE");
    int returning = statement.indexOfWord("RETURNING");
    int end = returning > where ? returning : tokens.size();
    if (where < 0 || end <= where + 1 || statement.indexOfWord("LIMIT") > 0) {
      return null;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == SqlText.Kind.PARAMETER && (i <= where || i >= end || !tokens.get(i).text().equals("?"))) {
        return null; // the filter is copied twice: only plain parameters number the same in both
      }
    }
    String parentKey = null;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT \"to\" FROM pragma_foreign_key_list(?) WHERE lower(\"table\") = lower(?) AND lower(\"from\") = lower(?)")) {
      ps.setString(1, step.table());
      ps.setString(2, target);
      ps.setString(3, step.equalityColumn());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        parentKey = rs.getString(1);
      }
    } catch (SQLException e) {
      return null;
    }
    String filter = statement.sql().substring(tokens.get(where + 1).start() - statement.offset(),
        tokens.get(end - 1).end() - statement.offset());
    String child = "\"" + step.table().replace("\"", "\"\"") + "\"";
    String column = "\"" + step.equalityColumn().replace("\"", "\"\"") + "\"";
    String key = parentKey == null ? "rowid" : "\"" + parentKey.replace("\"", "\"\"") + "\"";
    String parents = "SELECT " + key + " FROM \"" + target.replace("\"", "\"\"") + "\" WHERE " + filter;
    String sql = "SELECT (SELECT count(*) FROM " + child + " WHERE " + column + " IN (" + parents + ")), "
        + "(SELECT count(*) FROM (SELECT DISTINCT " + column + " AS k FROM " + child + " WHERE " + column + " IN (" + parents
        + ")) d WHERE EXISTS (SELECT 1 FROM " + child + " WHERE " + column + " > d.k))";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int count = 0;
      for (int i = where + 1; i < end; i++) {
        if (tokens.get(i).kind() == SqlText.Kind.PARAMETER) {
          count++;
        }
      }
      // the filter appears twice: its parameters are numbered again in the second copy only if plain
      for (int copy = 0; copy < 2; copy++) {
        for (int i = 0; i < count && i < params.size(); i++) {
          ps.setObject(copy * count + i + 1, params.get(i));
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
      }
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  /**
   * For an index search by equalities on its leading columns, each compared with a literal or a
   * parameter: the entries they find and whether an entry follows them (read too, to end the
   * loop); else null.
   */
  private long[] indexEntries(Connection connection, Step step, List<String> equalityColumns) {
    List<SqlText.Token> tokens = statement.tokens();
    int where = statement.indexOfWord("WHERE");
    if (where < 0 || equalityColumns.isEmpty()) {
      return null;
    }
    List<String> columns = new ArrayList<>();
    List<String> operands = new ArrayList<>();
    List<Object> bounds = new ArrayList<>();
    for (String equalityColumn : equalityColumns) {
      SqlText.Token value = equalityValue(tokens, where, equalityColumn);
      if (value == null) {
        return null;
      }
      String operand = value.text();
      if (value.kind() == SqlText.Kind.PARAMETER) {
        int number = parameterNumber(value);
        if (number < 1 || number > params.size()) {
          return null;
        }
        bounds.add(params.get(number - 1));
        operand = "?" + bounds.size();
      }
      columns.add("\"" + equalityColumn.replace("\"", "\"\"") + "\"");
      operands.add(operand);
    }
    String table = "\"" + step.table().replace("\"", "\"\"") + "\"";
    StringBuilder equal = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      equal.append(i == 0 ? "" : " AND ").append(columns.get(i)).append(" = ").append(operands.get(i));
    }
    String after = columns.size() == 1 ? columns.get(0) + " > " + operands.get(0)
        : "(" + String.join(", ", columns) + ") > (" + String.join(", ", operands) + ")";
    String sql = "SELECT (SELECT count(*) FROM " + table + " WHERE " + equal + "), EXISTS (SELECT 1 FROM "
        + table + " WHERE " + after + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < bounds.size(); i++) {
        ps.setObject(i + 1, bounds.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
      }
    } catch (SQLException e) {
      return null;
    }
  }

  /** The literal or parameter the WHERE clause (from {@code where}) compares a column with by {@code =}, or null. */
  private static SqlText.Token equalityValue(List<SqlText.Token> tokens, int where, String column) {
    for (int i = where + 1; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i + 1).text().equals("=")) {
        continue;
      }
      if (tokens.get(i).name().equalsIgnoreCase(column) && isValue(tokens.get(i + 2))
          && (i + 3 >= tokens.size() || !isOperator(tokens.get(i + 3)))) {
        return tokens.get(i + 2);
      } else if (tokens.get(i + 2).name().equalsIgnoreCase(column) && isValue(tokens.get(i))
          && !isOperator(tokens.get(i - 1))) {
        return tokens.get(i);
      }
    }
    return null;
  }

  private static boolean isValue(SqlText.Token token) {
    return token.kind() == SqlText.Kind.NUMBER || token.kind() == SqlText.Kind.STRING || token.kind() == SqlText.Kind.PARAMETER;
  }

  /** An operator binding tighter than {@code =} next to an operand ({@code a = 1 + b}). */
  private static boolean isOperator(SqlText.Token token) {
    return List.of("+", "-", "*", "/", "%", "||", "&", "|", "<<", ">>", ".", "(", "COLLATE").contains(token.text().toUpperCase(Locale.ROOT));
  }

  /** The number SQLite gives a parameter token: {@code ?NNN} its own, others the next after the largest so far. */
  private int parameterNumber(SqlText.Token parameter) {
    int largest = 0;
    java.util.Map<String, Integer> named = new java.util.HashMap<>();
    for (SqlText.Token token : whole.tokens()) {
      if (token.kind() != SqlText.Kind.PARAMETER) {
        continue;
      }
      String text = token.text();
      int number;
      if (text.equals("?")) {
        number = ++largest;
      } else if (text.startsWith("?")) {
        try {
          number = Integer.parseInt(text.substring(1));
        } catch (NumberFormatException e) {
          return -1;
        }
        largest = Math.max(largest, number);
      } else {
        Integer known = named.get(text);
        number = known != null ? known : ++largest;
        named.put(text, number);
      }
      if (token == parameter) {
        return number;
      }
    }
    return -1;
  }

  /**
   * SQLite's AUTOINCREMENT loop reads sqlite_sequence up to the target's row (all of it, at least
   * its first row, when the target has none yet) and writes that row when the rowid grew past it.
   */
  private void readSequence(Connection connection) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT name, seq FROM sqlite_sequence");
        ResultSet rs = ps.executeQuery()) {
      long position = 0;
      while (rs.next()) {
        position++;
        if (rs.getString(1).equalsIgnoreCase(target)) {
          sequenceReads = position;
          sequenceBefore = rs.getLong(2);
          return;
        }
      }
      sequenceReads = Math.max(position, 1);
    } catch (SQLException e) {
      sequenceReads = 1;
    }
  }

  private void inspect(Connection connection) throws SQLException {
    switch (verb) {
      case "INSERT", "REPLACE", "UPDATE", "DELETE" -> {
        target = targetTable();
        if (target != null) {
          // a WITHOUT ROWID table is its primary key's b-tree: not one more index to write
          targetIndexes = scalar(connection, "SELECT count(*) FROM pragma_index_list(?)", target)
              - scalar(connection, "SELECT count(*) FROM pragma_table_list WHERE lower(name) = lower(?) AND wr = 1", target);
          touchedIndexes = setsIndexedColumns(connection);
          if (verb.equals("INSERT") || verb.equals("REPLACE")) {
            autoincrement = scalar(connection,
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?) AND upper(sql) LIKE '%AUTOINCREMENT%'",
                target) > 0;
            namesRowid = namesRowid(connection);
            foreignKeys = scalar(connection, "SELECT count(DISTINCT id) FROM pragma_foreign_key_list(?)", target);
          } else if (verb.equals("UPDATE")) {
            foreignKeys = assignedForeignKeys(connection);
          } else if (verb.equals("DELETE")) {
            twoPassDelete = scalar(connection, "SELECT count(*) FROM pragma_foreign_key_list(?)", target) > 0
                || scalar(connection, "SELECT count(*) FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
                    + "WHERE m.type = 'table' AND lower(f.\"table\") = lower(?)", target) > 0
                || scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower(?)", target) > 0;
          }
        }
        planAccesses(connection);
      }
      case "SELECT", "WITH", "VALUES" -> planAccesses(connection);
      case "CREATE" -> {
        createsSequence = statement.indexOfWord("AUTOINCREMENT") > 0
            && scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = ?", "sqlite_sequence") == 0;
        int copied = copiedSelect();
        if (copied >= 0) {
          // CREATE TABLE ... AS SELECT: the rows the SELECT gives now are the rows it copies
          String select = statement.sql().substring(statement.tokens().get(copied).start() - statement.offset(),
              statement.tokens().get(statement.tokens().size() - 1).end() - statement.offset());
          copiedRows = scalar(connection, "SELECT count(*) FROM (" + select + ") WHERE ? IS NOT NULL", "");
          planAccesses(connection);
        }
        int on = statement.indexOfWord("ON");
        if (statement.indexOfWord("INDEX") > 0 && on > 0 && on + 1 < statement.tokens().size()) {
          targetRowsBefore = Math.max(tableRows(connection, statement.tokens().get(on + 1).name()), 0);
        }
      }
      case "ALTER" -> {
        if (statement.tokens().size() > 2) {
          target = statement.tokens().get(2).name();
          targetRowsBefore = Math.max(tableRows(connection, target), 0);
          targetIndexes = scalar(connection, "SELECT count(*) FROM pragma_index_list(?)", target);
        }
      }
      case "DROP" -> {
        // SQLite deletes the schema rows by scanning sqlite_master
        schemaRows = scalar(connection, "SELECT count(*) FROM sqlite_master WHERE ? IS NOT NULL", "");
        if (statement.indexOfWord("TABLE") == 1 && statement.tokens().size() > 2) {
          target = statement.tokens().get(statement.tokens().size() - 1).name();
          targetIndexes = scalar(connection, "SELECT count(*) FROM pragma_index_list(?)", target);
          boolean sequenced = scalar(connection,
              "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?) AND upper(sql) LIKE '%AUTOINCREMENT%'",
              target) > 0;
          if (sequenced) {
            // and its row of sqlite_sequence by scanning that table
            sequenceReads = Math.max(scalar(connection, "SELECT count(*) FROM sqlite_sequence WHERE ? IS NOT NULL", ""), 1);
          }
        }
      }
      default -> { }
    }
  }

  /**
   * The counts once the statement has run.
   *
   * @param changes rows the statement changed ({@code changes()}, triggers included)
   * @param resultRows rows it returned
   * @param inserted whether it inserted a row (the last row id moved)
   * @param lastRowId the last row id after it ran
   * @param schemaChanged whether the database's schema or size changed
   * @return {@code {rowsRead, rowsWritten}}
   */
  public long[] finish(long changes, long resultRows, boolean inserted, long lastRowId, boolean schemaChanged) {
    long[] counts = counts(changes, resultRows, inserted, lastRowId, schemaChanged);
    counts[0] += recursiveReads;
    return counts;
  }

  private long[] counts(long changes, long resultRows, boolean inserted, long lastRowId, boolean schemaChanged) {
    boolean returning = statement.indexOfWord("RETURNING") > 0;
    // RETURNING keeps the rows in a temporary table and reads them back
    long returned = returning ? resultRows : 0;
    switch (verb) {
      case "INSERT", "REPLACE" -> {
        boolean upsertUpdate = statement.indexOfWord("CONFLICT") > 0 && statement.indexOfWord("UPDATE") > 0 && !inserted;
        // an AUTOINCREMENT table's next rowid is taken before a conflict is known: the sequence grows
        // (and is written) even when the row is ignored or becomes an update
        long sequenceWrites = autoincrement && !namesRowid && valuesTuples() > 0 ? 1 : 0;
        if (upsertUpdate) {
          // each conflicting row is read, also when the upsert's WHERE leaves it unchanged
          long conflicts = Math.max(changes, valuesTuples());
          return new long[] {conflicts + returned + (autoincrement ? sequenceReads : 0), changes * (1 + touchedIndexes) + sequenceWrites};
        }
        boolean replaces = verb.equals("REPLACE") || statement.indexOfWord("REPLACE") == 2;
        long tuples = valuesTuples();
        // rows selected from the table being written go through a temporary table: read twice
        long again = plan.stream().anyMatch(a -> a.step().table().equalsIgnoreCase(target)) ? changes : 0;
        // each row inserted looks its parent up once per foreign key of the table
        long read = read(changes) + again + (replaces ? changes : 0) + returned + changes * foreignKeys;
        long written = changes * (1 + targetIndexes);
        if (returning && tuples > 1) {
          read += tuples; // several VALUES rows with RETURNING are kept in a temporary table first
        } else if (returning && tuples == 0 && again == 0) {
          read += changes; // so are the rows of a SELECT (unless they already went through one)
        }
        if (namesRowid && !replaces) {
          read += Math.max(tuples, changes); // each explicit rowid is looked up for a conflict
        }
        if (returning && resultRows == 0) {
          // RETURNING reads its (empty) temporary table once (recorded: d1-s26-returning-and-upsert)
          read += 1;
        }
        if (autoincrement) {
          read += sequenceReads;
          written += inserted && lastRowId > sequenceBefore ? 1 : changes == 0 ? sequenceWrites : 0;
        }
        return new long[] {read, written};
      }
      case "UPDATE" -> {
        // several rows (or RETURNING's trigger) need two passes: rowids in a temporary table, then a seek each
        // (so does a change of foreign key columns, which also reads the empty temporary table)
        long twoPass = (returning || listSubquery) && !singleRow() ? 2 * changes
            : foreignKeys > 0 && !singleRow() ? Math.max(2 * changes, 1) : 0;
        // each row whose foreign key columns change looks its new parent up
        return new long[] {read(changes) + twoPass + returned + changes * foreignKeys, changes * (1 + touchedIndexes)};
      }
      case "DELETE" -> {
        if (statement.indexOfWord("WHERE") < 0 && !returning) {
          return new long[] {0, changes};
        }
        // the children that ON DELETE actions change count among the changes; their reads are the actions'
        long own = changes - fkActions.children();
        long seeks = (returning || twoPassDelete || listSubquery) && !singleRow() ? own : 0;
        return new long[] {read(own) + seeks + returned + fkActions.reads(), changes + fkActions.writes()};
      }
      case "SELECT", "WITH", "VALUES" -> {
        // a window's temporary table, and the query's own ORDER BY sorter after the window's
        long windowed = window == null ? 0 : window.reads(resultRows) + (orderSorters > 1 ? resultRows : 0);
        return new long[] {read(resultRows) + (unionTemp ? resultRows : 0) + windowed, 0};
      }
      case "CREATE" -> {
        if (!schemaChanged) {
          return new long[] {0, 0};
        }
        if (statement.indexOfWord("INDEX") > 0) {
          return new long[] {2 + 2 * targetRowsBefore, 1 + targetRowsBefore};
        }
        if (copiedRows >= 0) {
          // its row of sqlite_master, what the SELECT reads, and the rows it copies
          return new long[] {1 + read(copiedRows), 2 + copiedRows};
        }
        if (statement.indexOfWord("TRIGGER") > 0 && statement.indexOfWord("TRIGGER") <= 3) {
          return new long[] {0, 1}; // a trigger: its row of sqlite_master, inserted once
        }
        // a table or a view: one row of sqlite_master, inserted then completed (two tables with sqlite_sequence)
        return createsSequence ? new long[] {2, 4} : new long[] {1, 2};
      }
      case "ALTER" -> {
        return new long[] {targetRowsBefore + targetIndexes, 1};
      }
      case "DROP" -> {
        if (!schemaChanged) {
          return new long[] {0, 0};
        }
        String what = statement.tokens().size() > 1 ? statement.tokens().get(1).text().toUpperCase(Locale.ROOT) : "";
        return switch (what) {
          case "TABLE" -> new long[] {schemaRows + targetIndexes + 1 + sequenceReads, 0};
          case "INDEX" -> new long[] {schemaRows + 1, 0};
          default -> new long[] {schemaRows, 0};
        };
      }
      case "EXPLAIN" -> {
        return new long[] {0, 0}; // the program or its plan: no table is read
      }
      case "PRAGMA" -> {
        // a PRAGMA reads no table rows (the schema's descriptions, the settings), but for the
        // checks that scan the tables (recorded)
        String pragma = statement.tokens().size() > 1 ? statement.tokens().get(1).name().toLowerCase(Locale.ROOT) : "";
        return SCANNING_PRAGMAS.contains(pragma) ? new long[] {resultRows, 0} : new long[] {0, 0};
      }
      default -> {
        return new long[] {resultRows, 0};
      }
    }
  }

  /** PRAGMAs that read the tables' rows to answer ({@code rows_read} is then an estimate). */
  private static final java.util.Set<String> SCANNING_PRAGMAS = java.util.Set.of("quick_check", "foreign_key_check", "optimize");

  /**
   * For {@code CREATE TABLE ... AS SELECT} without parameters, the index of the token starting the
   * SELECT (or WITH, VALUES); else -1.
   */
  private int copiedSelect() {
    List<SqlText.Token> tokens = statement.tokens();
    if (statement.indexOfWord("TABLE") != 1 || statement.hasParameters()) {
      return -1;
    }
    for (int i = 2; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).text().equals("(")) {
        return -1; // column definitions
      }
      if (tokens.get(i).isWord("AS")) {
        SqlText.Token next = tokens.get(i + 1);
        return next.isWord("SELECT") || next.isWord("WITH") || next.isWord("VALUES") ? i + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * A SELECT joining a whole scan of one table (or of its index) or a rowid range of it (the outer
   * loop) with a search of another (the inner loop), without a LIMIT that stops it early: SQLite
   * runs the inner search once per outer row its WHERE terms on the outer table keep (see
   * OuterRows), and a rowid range reads those rows.
   */
  private boolean seeksPerOuterRow() {
    if (!verb.equals("SELECT") || plan.size() != 2 || unionTemp || listSubquery || SorterFeed.limited(statement)) {
      return false;
    }
    Step outer = plan.get(0).step();
    Step inner = plan.get(1).step();
    boolean outerRange = !outer.scan() && !outer.viaIndex() && !outer.equality();
    return (outer.scan() || outerRange) && !outer.virtual() && !outer.correlated() && !inner.scan()
        && inner.equality() && !inner.virtual() && !inner.correlated() && !outer.table().equalsIgnoreCase(inner.table())
        && inListSize() < 0;
  }

  /** A plan of one rowid or unique-index equality: SQLite writes such a row in one pass. */
  private boolean singleRow() {
    // the foreign key checks of a DELETE in child tables are not the statement's own loop
    List<Access> own = plan.stream().filter(a -> !childLookup(a.step())).toList();
    return own.size() == 1 && !own.get(0).scan() && own.get(0).step().equality()
        && (own.get(0).step().exactUnique() || !own.get(0).step().viaIndex()) && inListSize() < 0;
  }

  /** The rows of an {@code INSERT ... VALUES (...), (...)}: its parenthesized tuples, or 1. */
  private long valuesTuples() {
    int values = statement.indexOfWord("VALUES");
    if (values < 0) {
      return statement.indexOfWord("SELECT") > 0 ? 0 : 1;
    }
    List<SqlText.Token> tokens = statement.tokens();
    long tuples = 0;
    int depth = 0;
    for (int i = values + 1; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (text.equals("(")) {
        if (depth++ == 0) {
          tuples++;
        }
      } else if (text.equals(")")) {
        depth--;
      } else if (depth == 0 && !text.equals(",")) {
        break;
      }
    }
    return Math.max(tuples, 1);
  }

  /**
   * Whether an INSERT gives the rowid itself: its column list names the table's INTEGER PRIMARY
   * KEY, or it has no column list and the table has one.
   */
  private boolean namesRowid(Connection connection) throws SQLException {
    String rowidColumn = null;
    int keys = 0;
    try (PreparedStatement ps = connection.prepareStatement("SELECT name, upper(type), pk FROM pragma_table_info(?) WHERE pk > 0")) {
      ps.setString(1, target);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys++;
          if (rs.getString(2).equals("INTEGER")) {
            rowidColumn = rs.getString(1);
          }
        }
      }
    }
    if (keys != 1 || rowidColumn == null) {
      return false;
    }
    List<SqlText.Token> tokens = statement.tokens();
    int into = statement.indexOfWord("INTO");
    int i = into + 1;
    while (i < tokens.size() && !tokens.get(i).text().equals("(") && !tokens.get(i).isWord("VALUES")
        && !tokens.get(i).isWord("SELECT") && !tokens.get(i).isWord("DEFAULT")) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).text().equals("(")) {
      return !(i < tokens.size() && tokens.get(i).isWord("DEFAULT"));
    }
    for (i++; i < tokens.size() && !tokens.get(i).text().equals(")"); i++) {
      if (tokens.get(i).name().equalsIgnoreCase(rowidColumn)) {
        return true;
      }
    }
    return false;
  }

  private long read(long matched) {
    if (whereIsConstantlyFalse()) {
      return 0; // SQLite skips the loop altogether
    }
    long perRow = correlatedAggregateScan();
    if (perRow >= 0) {
      long outerRows = plan.get(0).tableRows();
      return Math.max(outerRows, 1) + outerRows * perRow + (sorts ? Math.max(outerRows, 1) : 0);
    }
    long rows = 0;
    long scanned = 0;
    for (Access access : plan) {
      Step step = access.step();
      if (step.virtual()) {
        // a virtual table has no rows to count beforehand: it reads what it yields, none when empty
        rows += matched;
        scanned += matched;
      } else if (step.scan()) {
        // the first row is read even when there is none; a bare count(*) counts the table's entries
        rows += countsTable() ? access.tableRows() : scanStop >= 0 ? scanStop : Math.max(limited(access.tableRows()), 1);
        scanned += access.tableRows();
      } else if (step.viaIndex()) {
        if (step.automatic()) {
          // the automatic index is filled once, by a scan of its table (at least the rewind)
          rows += Math.max(access.tableRows(), 1);
        }
        if (step.minMaxSeek()) {
          // min()/max() in index order: one seek that reads the first entry found, if any
          long[] entries = access.indexEntries();
          rows += entries == null || entries[0] > 0 ? 1 : 0;
        } else if (step.exactUnique()) {
          long list = inListSize();
          long[] entries = access.indexEntries();
          // a list of keys is read from a temporary table, then each is sought (a miss reads nothing);
          // one key of the WHERE clause reads what it finds (in a subquery: not the query's rows)
          rows += list >= 0 ? list + matched : entries != null && !step.correlated() ? entries[0] : matched;
        } else if (step.equality()) {
          // an equality seek that finds nothing reads nothing; else the entries found and the one after,
          // but a lone search stops at its LIMIT
          long[] entries = access.indexEntries();
          long limit = plan.size() == 1 && !sorts ? literalLimit() : -1;
          if (entries != null && limit >= 0 && entries[0] >= limit) {
            rows += limit;
          } else if (entries != null) {
            rows += entries[0] == 0 ? 0 : entries[0] + entries[1];
          } else {
            rows += matched == 0 ? 0 : matched + (matched < access.tableRows() ? 1 : 0);
          }
        } else {
          rows += rangeReads(access, matched);
        }
      } else if (step.equality()) {
        long list = inListSize();
        // a list of rowids is read from a temporary table, then each is sought, found or not; the
        // outermost loop of a join seeks its one rowid once
        if (listSubquery && access == plan.get(0)) {
          // the subquery's keys from their temporary table (the rewind at least), then a seek each
          long keys = listKeys >= 0 ? listKeys : matched;
          rows += Math.max(keys, 1) + keys;
        } else if (outerKept >= 0 && access == plan.get(1) && !step.viaIndex()) {
          rows += outerKept; // the inner loop of a join seeks once per outer row its WHERE terms keep
        } else {
          rows += list >= 0 ? 2 * list : access == plan.get(0) && plan.size() > 1 ? 1 : Math.max(matched, 1);
        }
      } else {
        // the outer rowid range of a join reads the rows its WHERE terms keep, not the join's rows
        rows += rangeReads(access, outerKept >= 0 && access == plan.get(0) ? outerKept : matched);
      }
    }
    return sorts ? rows + sorterReads(scanned, matched) : rows;
  }

  /**
   * The rows a range search reads: those found, at least one, and the row past its upper bound;
   * a lone search whose LIMIT (without OFFSET) it fills stops at its last row (recorded:
   * {@code d1-s22-sorter-reads}).
   */
  private long rangeReads(Access access, long matched) {
    int at = statement.indexOfWord("LIMIT");
    boolean plainLimit = at >= 0 && statement.indexOfWord("OFFSET") < 0
        && (at + 2 >= statement.tokens().size() || !statement.tokens().get(at + 2).text().equals(","));
    long limit = plan.size() == 1 && !sorts && plainLimit ? literalLimit() : -1;
    if (limit > 0 && matched >= limit) {
      return matched;
    }
    long[] entries = access.indexEntries();
    if (!access.step().prefixColumns().isEmpty() && entries != null) {
      // under an equality: the entries found and the one that ends the range (of the same key past its
      // bound, or the next key's), at least the entry the seek lands on
      long found = rangeRows >= 0 ? rangeRows : matched;
      boolean after = entries[1] > 0 || (access.step().upperBound() && found < entries[0]);
      return Math.max(found + (after ? 1 : 0), 1);
    }
    boolean ends = access.step().upperBound() || !access.step().prefixColumns().isEmpty();
    if (access.step().likePrefix()) {
      // the entries of the prefix, the one past them and one more, also when none matches
      // (recorded: d1-s26-like-ranges-more). Deviation: a prefix range that ends the index reads one
      // less in workerd (there is no entry past it)
      return matched + 1 + (matched < access.tableRows() ? 1 : 0);
    }
    return Math.max(matched, 1) + (ends && matched < access.tableRows() ? 1 : 0);
  }

  /**
   * What the statement's sorters read back: each the rows it was fed, at least one (recorded:
   * {@code d1-s22-sorter-reads}); the rows the query scanned when that is not known. Deviation: a
   * GROUP BY sorter read up to a LIMIT counts as read whole.
   */
  private long sorterReads(long scanned, long matched) {
    if (!verb.equals("SELECT") || (!groupSorter && !orderSorter)) {
      return Math.max(scanned, 1);
    }
    long reads = 0;
    if (groupSorter) {
      reads += Math.max(groupFeed >= 0 ? groupFeed : scanned, 1);
    }
    if (orderSorter) {
      // without a LIMIT, the sorter is fed the rows the query returns
      long fed = orderFeed >= 0 ? orderFeed : SorterFeed.limited(statement) ? scanned : matched;
      reads += Math.max(fed, 1);
    }
    return reads;
  }

  /**
   * The values of a literal {@code IN (...)} list (or of {@code x = a OR x = b}, which SQLite makes
   * one), or -1 when the statement has neither.
   */
  private long inListSize() {
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("IN") && tokens.get(i + 1).text().equals("(")) {
        if (i + 2 < tokens.size() && (tokens.get(i + 2).isWord("SELECT") || tokens.get(i + 2).isWord("WITH"))) {
          return -1;
        }
        long values = 1;
        int depth = 0;
        for (int j = i + 1; j < tokens.size(); j++) {
          String text = tokens.get(j).text();
          if (text.equals("(")) {
            depth++;
          } else if (text.equals(")") && --depth == 0) {
            return values;
          } else if (text.equals(",") && depth == 1) {
            values++;
          }
        }
        return values;
      }
    }
    int where = statement.indexOfWord("WHERE");
    if (where < 0) {
      return -1;
    }
    long ors = 0;
    for (int i = where + 1; i < tokens.size(); i++) {
      if (tokens.get(i).isWord("OR")) {
        ors++;
      } else if (tokens.get(i).isWord("AND") || tokens.get(i).text().equals("(")) {
        return -1;
      }
    }
    return ors == 0 ? -1 : ors + 1;
  }

  /** {@code WHERE 0}, {@code WHERE FALSE} or {@code WHERE NULL} as the whole condition. */
  private boolean whereIsConstantlyFalse() {
    int where = statement.indexOfWord("WHERE");
    List<SqlText.Token> tokens = statement.tokens();
    if (where < 0 || where + 1 >= tokens.size()) {
      return false;
    }
    int end = where + 2;
    if (end < tokens.size() && !List.of("ORDER", "GROUP", "LIMIT", "RETURNING").contains(tokens.get(end).text().toUpperCase(Locale.ROOT))) {
      return false;
    }
    SqlText.Token condition = tokens.get(where + 1);
    return condition.text().matches("0+(\\.0*)?") || condition.isWord("FALSE") || condition.isWord("NULL");
  }

  /** A SELECT whose first result column is an aggregate call and that has no GROUP BY: one row of all. */
  private boolean aggregatesOneRow() {
    List<SqlText.Token> tokens = statement.tokens();
    return verb.equals("SELECT") && tokens.size() > 3 && AGGREGATES.contains(tokens.get(1).text().toLowerCase(Locale.ROOT))
        && tokens.get(2).text().equals("(") && SorterFeed.topLevel(tokens, 0, "GROUP") < 0;
  }

  /** {@code SELECT count(*) FROM t} alone: SQLite counts the b-tree's entries instead of stepping through them. */
  private boolean countsTable() {
    List<SqlText.Token> tokens = statement.tokens();
    if (plan.size() != 1 || statement.indexOfWord("WHERE") >= 0 || statement.indexOfWord("GROUP") >= 0 || tokens.size() < 7) {
      return false;
    }
    if (!tokens.get(1).isWord("count") || !tokens.get(2).text().equals("(") || !tokens.get(3).text().equals("*")
        || !tokens.get(4).text().equals(")")) {
      return false;
    }
    // count(*) alone, perhaps named: another column (count(x) too) makes SQLite step through the rows
    int next = tokens.get(5).isWord("AS") ? 7 : tokens.get(5).isWord("FROM") ? 5 : 6;
    return next < tokens.size() && tokens.get(next).isWord("FROM");
  }

  /** A lone scan without a filter or a sort stops at its {@code LIMIT}. */
  private long limited(long tableRows) {
    if (plan.size() != 1 || statement.indexOfWord("WHERE") >= 0 || sorts) {
      return tableRows;
    }
    long rows = literalLimit();
    return rows < 0 ? tableRows : Math.min(tableRows, rows);
  }

  /**
   * The rows a statement without GROUP BY stops after: its literal {@code LIMIT} plus its literal
   * {@code OFFSET} (the skipped rows are read too); -1 when it has none or they are not literals.
   */
  private long literalLimit() {
    int limit = statement.indexOfWord("LIMIT");
    List<SqlText.Token> tokens = statement.tokens();
    if (limit < 0 || statement.indexOfWord("GROUP") >= 0 || limit + 1 >= tokens.size()) {
      return -1;
    }
    long rows = countOf(tokens.get(limit + 1));
    int offset = statement.indexOfWord("OFFSET");
    if (rows >= 0 && offset == limit + 2 && offset + 1 < tokens.size()) {
      long skipped = countOf(tokens.get(offset + 1));
      rows = skipped < 0 ? -1 : rows + skipped;
    }
    return rows;
  }

  /** The value of a LIMIT or OFFSET token: a literal or a parameter bound to an integer; else -1. */
  private long countOf(SqlText.Token token) {
    try {
      if (token.kind() == SqlText.Kind.NUMBER) {
        return Long.parseLong(token.text());
      }
      if (token.kind() == SqlText.Kind.PARAMETER) {
        int number = parameterNumber(token);
        Object value = number >= 1 && number <= params.size() ? params.get(number - 1) : null;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
          return n.longValue();
        }
      }
    } catch (NumberFormatException e) {
      // not an integer literal
    }
    return -1;
  }

  /**
   * The rows the recursive common table expressions of a leading {@code WITH} clause read: SQLite
   * pops each row it makes from the expression's queue, and finds the queue empty once more unless
   * a LIMIT stops the recursion first (recorded: {@code d1-s19-cte-writes-meta}). Their rows are
   * counted by a query of their own, with the statement's parameters. Deviation: an expression
   * read only in part (a LIMIT of the statement around it) or several times counts as read once
   * whole.
   */
  private long recursiveReads(Connection connection) {
    int main = whole.mainVerbAt();
    if (main <= 0) {
      return 0;
    }
    List<SqlText.Token> tokens = whole.tokens();
    String clause = whole.sql().substring(tokens.get(0).start() - whole.offset(), tokens.get(main - 1).end() - whole.offset());
    long reads = 0;
    int i = tokens.get(1).isWord("RECURSIVE") ? 2 : 1;
    while (i < main) {
      SqlText.Token name = tokens.get(i);
      int open = i + 1;
      while (open < main && !tokens.get(open).isWord("AS")) {
        open++; // the column list
      }
      while (open < main && !tokens.get(open).text().equals("(")) {
        open++; // NOT MATERIALIZED
      }
      int close = open;
      boolean recursive = false;
      long limit = -1;
      for (int depth = 0; close < main; close++) {
        SqlText.Token token = tokens.get(close);
        if (token.text().equals("(")) {
          depth++;
        } else if (token.text().equals(")") && --depth == 0) {
          break;
        } else if (token.kind() != SqlText.Kind.STRING && token.name().equalsIgnoreCase(name.name())) {
          recursive = true;
        } else if (depth == 1 && token.isWord("LIMIT") && close + 1 < main) {
          limit = countOf(tokens.get(close + 1));
          limit = limit < 0 ? 0 : limit; // a LIMIT of a parameter: taken as reached
        }
      }
      if (recursive && namedAfter(name, close, tokens)) {
        // capped: an endless recursion is stopped by the statement around it, which reads as many rows as it keeps
        long rows = rowsOf(connection, clause + " SELECT count(*) FROM (SELECT 1 FROM " + quote(name.name())
            + " LIMIT " + RECURSION_CAP + ")");
        if (rows >= RECURSION_CAP) {
          reads += Math.max(literalLimit(), 0);
        } else if (rows >= 0) {
          reads += rows + (limit >= 0 && rows >= limit ? 0 : 1);
        }
      }
      i = close + 2; // past the comma
    }
    return reads;
  }

  private static final long RECURSION_CAP = 1_000_000;

  /**
   * The distinct keys of the subquery of {@code rowid IN (SELECT ...)}, counted by a query of their
   * own (with the statement's {@code WITH} clause); -1 for a statement with parameters or another form.
   */
  private long listKeys(Connection connection) {
    List<SqlText.Token> tokens = statement.tokens();
    if (whole.hasParameters()) {
      return -1;
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).isWord("IN") || !tokens.get(i + 1).text().equals("(") || !tokens.get(i + 2).isWord("SELECT")) {
        continue;
      }
      int close = i + 1;
      for (int depth = 0; close < tokens.size(); close++) {
        String text = tokens.get(close).text();
        if (text.equals("(")) {
          depth++;
        } else if (text.equals(")") && --depth == 0) {
          break;
        }
      }
      if (close >= tokens.size()) {
        return -1;
      }
      int main = whole.mainVerbAt();
      List<SqlText.Token> all = whole.tokens();
      String clause = main > 0
          ? whole.sql().substring(all.get(0).start() - whole.offset(), all.get(main - 1).end() - whole.offset()) + " "
          : "";
      String subquery = whole.sql().substring(tokens.get(i + 2).start() - whole.offset(), tokens.get(close - 1).end() - whole.offset());
      return rowsOf(connection, clause + "SELECT count(*) FROM (SELECT DISTINCT * FROM (" + subquery + "))");
    }
    return -1;
  }

  /** Whether a common table expression is used: named after its definition (an unused one is never run). */
  private static boolean namedAfter(SqlText.Token name, int from, List<SqlText.Token> tokens) {
    for (int i = from + 1; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != SqlText.Kind.STRING && tokens.get(i).name().equalsIgnoreCase(name.name())) {
        return true;
      }
    }
    return false;
  }

  /** The count a query with the statement's leading parameters gives, or -1 when it fails. */
  private long rowsOf(Connection connection, String sql) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int count = ps.getParameterMetaData().getParameterCount();
      for (int i = 0; i < Math.min(count, params.size()); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    } catch (SQLException | RuntimeException e) {
      return -1;
    }
  }

  private void planAccesses(Connection connection) throws SQLException {
    if ((verb.equals("INSERT") || verb.equals("REPLACE")) && statement.indexOfWord("SELECT") < 0) {
      return;
    }
    boolean correlated = false;
    try (PreparedStatement eqp = connection.prepareStatement("EXPLAIN QUERY PLAN " + statement.sql());
        ResultSet rs = eqp.executeQuery()) {
      while (rs.next()) {
        String detail = rs.getString(4);
        // workerd's SQLite (3.47) keeps a UNION's rows in a temporary b-tree unless an ORDER BY makes
        // it merge sorted halves; the driver's newer SQLite may merge either way
        if (detail.equals("UNION USING TEMP B-TREE") || (detail.equals("MERGE (UNION)") && statement.indexOfWord("ORDER") < 0)) {
          unionTemp = true;
          continue;
        }
        if (detail.startsWith("CO-ROUTINE")) {
          coroutines++;
        }
        if (detail.startsWith("USE TEMP B-TREE")) {
          // a sorter reads its rows back; DISTINCT (also an aggregate's, count(DISTINCT x)) only looks rows up
          boolean lookup = detail.endsWith("FOR DISTINCT") || detail.endsWith("(DISTINCT)");
          sorts |= !lookup;
          groupSorter |= !lookup && detail.contains("GROUP BY");
          orderSorter |= !lookup && detail.contains("ORDER BY");
          orderSorters += !lookup && detail.contains("ORDER BY") ? 1 : 0;
          continue;
        }
        if (detail.startsWith("LIST SUBQUERY") && steps.size() == 1 && !steps.get(0).scan() && !steps.get(0).viaIndex()
            && steps.get(0).equality()) {
          listSubquery = true;
          continue;
        }
        if (detail.startsWith("CORRELATED SCALAR SUBQUERY")) {
          correlated = true; // the steps listed after it are its own
          continue;
        }
        Matcher m = STEP.matcher(detail);
        if (!m.matches()) {
          continue;
        }
        // a schema-qualified name (FROM main.t) is planned under that name
        String planned = m.group(2).regionMatches(true, 0, "main.", 0, 5) ? m.group(2).substring(5) : m.group(2);
        String table = tableOf(planned);
        String how = m.group(3).toUpperCase(Locale.ROOT);
        // min()/max() without an index on its column is planned as a bare SEARCH but reads the whole table
        boolean scan = m.group(1).equals("SCAN") || (how.isBlank() && !minMaxOfRowid(connection, table));
        // a WITHOUT ROWID table's primary key (USING PRIMARY KEY) is an index; a rowid (INTEGER PRIMARY KEY) is not
        boolean viaIndex = (how.contains("INDEX") && !how.contains("PRIMARY KEY")) || how.contains("USING PRIMARY KEY");
        int constraints = how.indexOf('(');
        String bounds = constraints < 0 ? "" : how.substring(constraints);
        // an index search without constraints is min()/max() of the index's first column (one seek);
        // of a later column, SQLite reads the covering index whole
        boolean oneSeek = viaIndex && !scan && bounds.isEmpty() && minMaxOfLeadingColumn(connection, detail);
        scan |= viaIndex && bounds.isEmpty() && !oneSeek;
        boolean equality = !scan && !bounds.contains(">") && !bounds.contains("<");
        Matcher single = ONE_EQUALITY.matcher(bounds.endsWith(" LEFT-JOIN") ? bounds.substring(0, bounds.length() - 10) : bounds);
        List<String> equalities = viaIndex && !scan ? equalityColumns(bounds) : List.of();
        List<String> prefix = equality ? List.of() : List.copyOf(equalities);
        steps.add(new Step(table, scan, viaIndex, viaIndex && (oneSeek || exactUnique(connection, table, detail)), equality,
            bounds.contains("<"),
            viaIndex && single.matches() ? single.group(1) : null, how.contains("VIRTUAL TABLE"),
            viaIndex && how.contains("AUTOMATIC"), correlated, prefix,
            !oneSeek && !equalities.isEmpty() && minMaxInIndexOrder(connection, detail, equalities.size()),
            viaIndex && !scan && likeRangeColumn(bounds)));
      }
    }
  }

  /**
   * Whether an index search's constraints are the range of one column, {@code (c>? AND c<?)}, that
   * the statement compares with {@code LIKE} or {@code GLOB} (so SQLite made the range of the
   * pattern's prefix).
   */
  private boolean likeRangeColumn(String bounds) {
    Matcher range = LIKE_RANGE.matcher(bounds);
    if (!range.matches()) {
      return false;
    }
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      SqlText.Token column = tokens.get(i);
      SqlText.Token operator = tokens.get(i + 1);
      if ((operator.isWord("LIKE") || operator.isWord("GLOB"))
          && (column.kind() == SqlText.Kind.WORD || column.kind() == SqlText.Kind.QUOTED_NAME)
          && column.name().equalsIgnoreCase(range.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** The columns an index search's constraints ({@code (a=? AND b>?)}) compare by equality, in order. */
  private static List<String> equalityColumns(String bounds) {
    List<String> columns = new ArrayList<>();
    String inner = bounds.startsWith("(") && bounds.endsWith(")") ? bounds.substring(1, bounds.length() - 1) : "";
    for (String term : inner.split(" AND ")) {
      Matcher m = EQUALITY_TERM.matcher(term);
      if (!m.matches()) {
        break;
      }
      columns.add(m.group(1));
    }
    return columns;
  }

  /**
   * Whether the statement is a lone {@code min(x)}/{@code max(x)} (no GROUP BY) and x is the index's
   * column after the ones its search compares by equality: SQLite then stops at the first entry.
   */
  private boolean minMaxInIndexOrder(Connection connection, String detail, int equalities) throws SQLException {
    List<SqlText.Token> tokens = statement.tokens();
    Matcher index = INDEX_NAME.matcher(detail);
    if (!verb.equals("SELECT") || tokens.size() < 6 || !index.find() || statement.indexOfWord("GROUP") >= 0
        || !(tokens.get(1).isWord("min") || tokens.get(1).isWord("max")) || !tokens.get(2).text().equals("(")
        || !tokens.get(4).text().equals(")")) {
      return false;
    }
    int next = tokens.get(5).isWord("AS") ? 7 : tokens.get(5).kind() != SqlText.Kind.OTHER && !tokens.get(5).isWord("FROM") ? 6 : 5;
    if (next >= tokens.size() || !tokens.get(next).isWord("FROM")) {
      return false;
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM pragma_index_info(?) WHERE seqno = ?")) {
      ps.setString(1, index.group(1));
      ps.setInt(2, equalities);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && tokens.get(3).name().equalsIgnoreCase(rs.getString(1));
      }
    }
  }

  /**
   * Whether the statement's first {@code min(x)}/{@code max(x)} takes the first column of the index
   * the plan searches (true when the argument is not a plain column).
   */
  private boolean minMaxOfLeadingColumn(Connection connection, String detail) throws SQLException {
    List<SqlText.Token> tokens = statement.tokens();
    Matcher index = ANY_INDEX_NAME.matcher(detail);
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if ((tokens.get(i).isWord("min") || tokens.get(i).isWord("max")) && tokens.get(i + 1).text().equals("(")) {
        int column = tokens.get(i + 3).text().equals(".") && i + 5 < tokens.size() ? i + 4 : i + 2;
        if (!index.find() || column + 1 >= tokens.size() || !tokens.get(column + 1).text().equals(")")) {
          return true;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM pragma_index_info(?) WHERE seqno = 0")) {
          ps.setString(1, index.group(1));
          try (ResultSet rs = ps.executeQuery()) {
            return !rs.next() || tokens.get(column).name().equalsIgnoreCase(rs.getString(1));
          }
        }
      }
    }
    return true;
  }

  /** Whether an index search is an equality on every column of a unique index. */
  private static boolean exactUnique(Connection connection, String table, String detail) throws SQLException {
    Matcher key = PRIMARY_KEY.matcher(detail);
    if (key.find()) {
      // a WITHOUT ROWID table's primary key: unique, exact when every key column is equal
      if (key.group(1).contains(">") || key.group(1).contains("<")) {
        return false;
      }
      try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0")) {
        ps.setString(1, table);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() && rs.getLong(1) == key.group(1).split(" AND ").length;
        }
      }
    }
    Matcher m = INDEX_NAME.matcher(detail);
    if (!m.find() || m.group(2).contains(">") || m.group(2).contains("<")) {
      return false;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT \"unique\", (SELECT count(*) FROM pragma_index_info(?)) FROM pragma_index_list(?) WHERE name = ?")) {
      ps.setString(1, m.group(1));
      ps.setString(2, table);
      ps.setString(3, m.group(1));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) == 1 && rs.getLong(2) == m.group(2).split(" AND ").length;
      }
    }
  }

  /** The table an alias of the plan stands for ({@code FROM users u}, {@code JOIN t AS b}), else the name. */
  private String tableOf(String name) {
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (!tokens.get(i).name().equals(name)) {
        continue;
      }
      int previous = tokens.get(i - 1).isWord("AS") ? i - 2 : i - 1;
      if (previous >= 1 && tokens.get(previous).kind() != SqlText.Kind.OTHER) {
        SqlText.Token before = tokens.get(previous - 1);
        if (before.isWord("FROM") || before.isWord("JOIN") || before.text().equals(",")) {
          return tokens.get(previous).name();
        }
      }
    }
    return name;
  }

  /** The table an INSERT, REPLACE, UPDATE or DELETE writes. */
  private String targetTable() {
    List<SqlText.Token> tokens = statement.tokens();
    String anchor = switch (verb) {
      case "UPDATE" -> "UPDATE";
      case "DELETE" -> "FROM";
      default -> "INTO";
    };
    int at = statement.indexOfWord(anchor);
    if (at < 0) {
      return null;
    }
    int i = at + 1;
    while (i < tokens.size() && tokens.get(i).kind() == SqlText.Kind.WORD
        && List.of("OR", "ROLLBACK", "ABORT", "REPLACE", "FAIL", "IGNORE").contains(tokens.get(i).text().toUpperCase(Locale.ROOT))) {
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
      return tokens.get(i + 2).name();
    }
    return tokens.get(i).name();
  }

  /** Foreign keys of the UPDATE's target whose child columns its SET clause assigns. */
  private long assignedForeignKeys(Connection connection) throws SQLException {
    List<String> assigned = assignedColumns();
    if (assigned.isEmpty()) {
      return 0;
    }
    java.util.Set<Integer> keys = new java.util.HashSet<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, \"from\" FROM pragma_foreign_key_list(?)")) {
      ps.setString(1, target);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(2) != null && assigned.contains(rs.getString(2).toLowerCase(Locale.ROOT))) {
            keys.add(rs.getInt(1));
          }
        }
      }
    }
    return keys.size();
  }

  /** The words of a SET clause (the assigned columns among them), lower-cased; empty without SET. */
  private List<String> assignedColumns() {
    int set = statement.indexOfWord("SET");
    List<String> assigned = new ArrayList<>();
    if (set < 0) {
      return assigned;
    }
    int end = statement.tokens().size();
    for (String clause : List.of("WHERE", "RETURNING")) {
      int at = statement.indexOfWord(clause);
      if (at > set && at < end) {
        end = at;
      }
    }
    for (int i = set + 1; i < end; i++) {
      assigned.add(statement.tokens().get(i).name().toLowerCase(Locale.ROOT));
    }
    return assigned;
  }

  /**
   * Whether the statement's {@code min(x)}/{@code max(x)} (planned as a bare SEARCH) takes the
   * table's rowid (one seek to an end of the table); else SQLite steps through every row.
   */
  private boolean minMaxOfRowid(Connection connection, String table) {
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if ((tokens.get(i).isWord("min") || tokens.get(i).isWord("max")) && tokens.get(i + 1).text().equals("(")) {
        int column = tokens.get(i + 3).text().equals(".") && i + 5 < tokens.size() ? i + 4 : i + 2;
        String name = tokens.get(column).name();
        if (List.of("rowid", "_rowid_", "oid").contains(name.toLowerCase(Locale.ROOT))) {
          return true;
        }
        try (PreparedStatement ps = connection.prepareStatement(
            "SELECT count(*) FROM pragma_table_info(?) WHERE pk = 1 AND upper(type) = 'INTEGER' AND lower(name) = lower(?) "
                + "AND (SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0) = 1")) {
          ps.setString(1, table);
          ps.setString(2, name);
          ps.setString(3, table);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
          }
        } catch (SQLException e) {
          return true;
        }
      }
    }
    return true;
  }

  /** Indexes of the target holding a column that a SET clause (UPDATE, upsert) assigns. */
  private long setsIndexedColumns(Connection connection) throws SQLException {
    int set = statement.indexOfWord("SET");
    if (set < 0) {
      return 0;
    }
    int end = statement.tokens().size();
    for (String clause : List.of("WHERE", "RETURNING")) {
      int at = statement.indexOfWord(clause);
      if (at > set && at < end) {
        end = at;
      }
    }
    List<String> assigned = new ArrayList<>();
    List<SqlText.Token> tokens = statement.tokens();
    for (int i = set + 1; i < end; i++) {
      assigned.add(tokens.get(i).name().toLowerCase(Locale.ROOT));
    }
    long touched = 0;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT il.name, ii.name FROM pragma_index_list(?) il JOIN pragma_index_info(il.name) ii")) {
      ps.setString(1, target);
      List<String> counted = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          String column = rs.getString(2);
          if (column != null && assigned.contains(column.toLowerCase(Locale.ROOT)) && !counted.contains(index)) {
            counted.add(index);
            touched++;
          }
        }
      }
    }
    return touched;
  }

  /** The rows of a table, or -1 when {@code name} is no table. */
  private static boolean foreignKeysOn(Connection connection) {
    try (PreparedStatement ps = connection.prepareStatement("PRAGMA foreign_keys"); ResultSet rs = ps.executeQuery()) {
      return rs.next() && rs.getLong(1) == 1;
    } catch (SQLException e) {
      return false;
    }
  }

  private static long tableRows(Connection connection, String name) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM \"" + name.replace("\"", "\"\"") + "\"");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return -1;
    }
  }

  private static long scalar(Connection connection, String sql, String argument) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, argument);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
