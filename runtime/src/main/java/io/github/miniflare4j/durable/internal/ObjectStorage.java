package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.durable.DurableObjectLimits;
import io.github.miniflare4j.interop.JsOptions;
import io.github.miniflare4j.interop.WhatwgUtf8;
import io.github.miniflare4j.storage.SqlDatabase;
import io.github.miniflare4j.storage.StorageException;
import io.github.miniflare4j.storage.Utf8Order;
import io.github.miniflare4j.storage.internal.SqliteRowCounts;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The storage of one Durable Object: one {@link SqlDatabase} of the storage layer (in memory, or
 * a file under the persist root, with the layer's SQLite settings) holding the key-value pairs in {@code _cf_KV}, the alarm in {@code _cf_METADATA}, and,
 * for SQLite-backed classes, the user's own tables. Values are kept as the prelude's
 * structured-clone text. Every method is synchronized: the owner's loop thread and Java test
 * threads may both use it, one at a time. Storage calls complete synchronously, so no other
 * event of the object can run while one is in flight (workerd's input gate).
 */
public final class ObjectStorage implements AutoCloseable {

  private static final Pattern INTERNAL_TABLE = Pattern.compile("(?i)\\b(_cf_(?:KV|METADATA))\\b");
  private static final Pattern TRANSACTION =
      Pattern.compile("(?is)^\\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\\b.*");
  private static final Pattern NATIVE_MESSAGE = Pattern.compile("(?s)^\\[[A-Z_]+\\][^(]*\\((.*)\\)$");
  private static final Pattern SCHEMA_VERB = Pattern.compile("\\s*(?:CREATE|DROP)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern VERB = Pattern.compile("\\s*([A-Za-z]+)");
  private static final Pattern PRAGMA_NAME = Pattern.compile("(?i)\\s*PRAGMA\\s+(?:\\w+\\s*\\.\\s*)?(\\w+)");
  private static final Pattern CREATE_RESERVED = Pattern.compile(
      "(?i)\\s*CREATE\\s+(?:UNIQUE\\s+|TEMP\\s+|TEMPORARY\\s+|VIRTUAL\\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\\s+"
          + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\\w+\\s*\\.\\s*)?[\"`\\[]?(?-i:_cf_)");
  /** Messages that end with a name SQLite places the error at: a column's, or a function's (a call). */
  private static final List<String> COLUMNS_WITH_OFFSETS = List.of("no such column: ", "ambiguous column name: ");
  private static final String NO_SUCH_FUNCTION = "no such function: ";
  private static final String TOO_MANY_ARGUMENTS = "too many arguments on function ";
  private static final Pattern NEAR = Pattern.compile("^near \"(.*)\": syntax error$");
  /** Messages about a call, which SQLite places at the function's name. */
  private static final Pattern FUNCTION_CALL = Pattern.compile(
      "^(?:wrong number of arguments to function |misuse of (?:aggregate|window) function |second argument to )"
          + "(.+)\\(\\)(?: must be a constant between 0\\.0 and 1\\.0)?$");
  private static final String VARIABLE_NUMBER = "variable number must be between ?1 and ?";
  private static final Pattern NUMBERED_VARIABLE = Pattern.compile("\\?(\\d+)");
  private static final Pattern UPDATE_VERB = Pattern.compile("(?is)\\s*UPDATE\\b");
  private static final Pattern SET_TARGET_END = Pattern.compile("[\"`\\[]?[\\w$]+[\"`\\]]?\\s*=(?!=)");
  private static final Pattern WHERE_WORD = Pattern.compile("(?i)\\bWHERE\\b");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^unrecognized token: \"(.*)\"$");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern ALREADY_EXISTS = Pattern.compile("^(table|view|trigger) (.+) already exists$");

  /** A key parameter in SQL: bound as bytes by {@link #bindKey}, compared and stored as text. */
  private static final String KEY_PARAMETER = "CAST(? AS TEXT)";

  private final SqlDatabase database;
  private final Connection connection;
  /** workerd's rowsRead / rowsWritten of each statement, estimated as D1's. */
  private final SqliteRowCounts rowCounts;
  private final boolean sqlEnabled;
  private final LongConsumer alarmListener;
  private int transactionDepth;
  /** The offset SQLite reported for the last failed user statement, -1 after one that worked. */
  private int lastErrorOffset = -1;

  private ObjectStorage(SqlDatabase database, boolean sqlEnabled, LongConsumer alarmListener) {
    this.database = database;
    this.connection = database.connection();
    this.rowCounts = new SqliteRowCounts(connection);
    this.sqlEnabled = sqlEnabled;
    this.alarmListener = alarmListener;
  }

  /**
   * Opens the storage of one object.
   *
   * @param file the database file, or {@code null} to keep it in memory
   * @param sqlEnabled whether {@code sql.exec} is allowed (SQLite-backed class)
   * @param alarmListener told the new alarm time (epoch ms, or -1 when deleted) on each change
   * @return the open storage; close it when done
   * @throws StorageException when the database cannot be opened
   */
  public static ObjectStorage open(Path file, boolean sqlEnabled, LongConsumer alarmListener) {
    SqlDatabase database = SqlDatabase.open(file);
    try {
      ObjectStorage storage = new ObjectStorage(database, sqlEnabled, alarmListener);
      storage.createSchema();
      return storage;
    } catch (SQLException e) {
      database.close();
      throw new StorageException("Cannot open Durable Object storage " + (file == null ? "in memory" : file)
          + ": " + e.getMessage(), e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement s = connection.createStatement()) {
      // workerd's SQLite enforces foreign keys
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("CREATE TABLE IF NOT EXISTS _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID");
      s.execute("CREATE TABLE IF NOT EXISTS _cf_METADATA (key INTEGER PRIMARY KEY, value BLOB)");
    }
  }

  // ---- key-value ------------------------------------------------------------------------

  /**
   * The stored clone text of {@code key}, or {@code null}.
   *
   * @param key the key
   * @return the clone text, or {@code null}
   */
  @HostAccess.Export
  public synchronized String get(String key) {
    return query("SELECT value FROM _cf_KV WHERE key = " + KEY_PARAMETER, ps -> bindKey(ps, 1, key), rs -> rs.next() ? rs.getString(1) : null);
  }

  /**
   * The stored keys among {@code keys} with their values, as a flat {@code [k, v, ...]} in key order.
   *
   * @param keys the keys asked for
   * @return the flat pairs of the keys found
   */
  @HostAccess.Export
  public synchronized String[] getMany(String[] keys) {
    List<String> flat = new ArrayList<>();
    java.util.TreeMap<String, String> found = new java.util.TreeMap<>(Utf8Order.INSTANCE);
    for (String key : keys) {
      String value = get(key);
      if (value != null) {
        found.put(key, value);
      }
    }
    found.forEach((k, v) -> {
      flat.add(WhatwgUtf8.roundTrip(k));
      flat.add(v);
    });
    return flat.toArray(new String[0]);
  }

  /**
   * Stores one value (clone text).
   *
   * @param key the key
   * @param value the clone text
   */
  @HostAccess.Export
  public synchronized void put(String key, String value) {
    update("INSERT OR REPLACE INTO _cf_KV (key, value) VALUES (" + KEY_PARAMETER + ", ?)", ps -> {
      bindKey(ps, 1, key);
      ps.setString(2, value);
    });
  }

  /**
   * Stores the pairs of a flat {@code [k, v, ...]} atomically.
   *
   * @param flat keys at even indexes, their clone text after each
   */
  @HostAccess.Export
  public synchronized void putMany(String[] flat) {
    atomically(() -> {
      for (int i = 0; i + 1 < flat.length; i += 2) {
        put(flat[i], flat[i + 1]);
      }
    });
  }

  /**
   * Deletes one key; whether it existed.
   *
   * @param key the key
   * @return {@code true} when it existed
   */
  @HostAccess.Export
  public synchronized boolean delete(String key) {
    return update("DELETE FROM _cf_KV WHERE key = " + KEY_PARAMETER, ps -> bindKey(ps, 1, key)) > 0;
  }

  /**
   * Deletes keys; how many existed.
   *
   * @param keys the keys
   * @return the number of keys that existed
   */
  @HostAccess.Export
  public synchronized int deleteMany(String[] keys) {
    int[] count = {0};
    atomically(() -> {
      for (String key : keys) {
        count[0] += delete(key) ? 1 : 0;
      }
    });
    return count[0];
  }

  /**
   * Which pairs {@link #list(ListOptions)} returns, in which order.
   *
   * @param start first key (inclusive) or null
   * @param startAfter first key (exclusive) or null
   * @param end end key (exclusive) or null
   * @param prefix required key prefix or null
   * @param limit at most this many pairs; {@code <= 0} for no limit
   * @param reverse descending order
   */
  public record ListOptions(String start, String startAfter, String end, String prefix, int limit, boolean reverse) {

    /** Every pair, in ascending key order. */
    public static final ListOptions ALL = new ListOptions(null, null, null, null, 0, false);
  }

  /**
   * {@code storage.list(options)} of the prelude, whose options object carries the members of
   * {@link ListOptions} (absent ones not given).
   *
   * @param options the prelude's object {@code {start, startAfter, end, prefix, limit, reverse}}
   * @return the flat pairs
   */
  @HostAccess.Export
  public String[] list(Value options) {
    JsOptions o = JsOptions.of(options, "Durable Object storage list");
    return list(new ListOptions(o.optionalString("start"), o.optionalString("startAfter"), o.optionalString("end"),
        o.optionalString("prefix"), o.intOr("limit", 0), o.flag("reverse")));
  }

  /**
   * Lists pairs in UTF-8 key order as a flat {@code [k, v, ...]}.
   *
   * @param options which pairs, in which order
   * @return the flat pairs
   */
  public synchronized String[] list(ListOptions options) {
    String start = options.start();
    String startAfter = options.startAfter();
    String end = options.end();
    String prefix = options.prefix();
    int limit = options.limit();
    boolean reverse = options.reverse();
    StringBuilder sql = new StringBuilder("SELECT CAST(key AS BLOB), value FROM _cf_KV WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (start != null) {
      sql.append(" AND key >= " + KEY_PARAMETER);
      args.add(start);
    }
    if (startAfter != null) {
      sql.append(" AND key > " + KEY_PARAMETER);
      args.add(startAfter);
    }
    if (end != null) {
      sql.append(" AND key < " + KEY_PARAMETER);
      args.add(end);
    }
    if (prefix != null && !prefix.isEmpty()) {
      // compared as UTF-8 bytes: SQLite's length() and substr() on text stop at a NUL
      sql.append(" AND substr(CAST(key AS BLOB), 1, ")
          .append(WhatwgUtf8.encodeWtf8(prefix).length)
          .append(") = ?");
      args.add(prefix);
    }
    sql.append(" ORDER BY key ").append(reverse ? "DESC" : "ASC");
    if (limit > 0) {
      sql.append(" LIMIT ").append(limit);
    }
    return query(sql.toString(), ps -> {
      for (int i = 0; i < args.size(); i++) {
        bindKey(ps, i + 1, args.get(i));
      }
    }, rs -> {
      List<String> flat = new ArrayList<>();
      while (rs.next()) {
        byte[] key = rs.getBytes(1);
        flat.add(key == null ? "" : WhatwgUtf8.decode(key));
        flat.add(rs.getString(2));
      }
      return flat.toArray(new String[0]);
    });
  }

  /** Deletes every key-value pair and, for SQLite-backed classes, every user table. */
  @HostAccess.Export
  public synchronized void deleteAll() {
    atomically(() -> {
      update("DELETE FROM _cf_KV", ps -> { });
      if (sqlEnabled) {
        dropUserTables();
      }
    });
  }

  private void dropUserTables() {
    List<String[]> objects = query(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            + " AND type IN ('table', 'view')",
        ps -> { },
        rs -> {
          List<String[]> found = new ArrayList<>();
          while (rs.next()) {
            found.add(new String[] {rs.getString(1), rs.getString(2)});
          }
          return found;
        });
    // foreign keys are on: a table still referenced by rows of another fails to drop, so retry
    // the failures after the others went, until nothing is left or nothing more can go
    List<String[]> left = objects;
    while (!left.isEmpty()) {
      List<String[]> failed = new ArrayList<>();
      StorageException last = null;
      for (String[] object : left) {
        try {
          update("DROP " + object[0].toUpperCase(java.util.Locale.ROOT) + " IF EXISTS \"" + object[1].replace("\"", "\"\"") + "\"", ps -> { });
        } catch (StorageException e) {
          failed.add(object);
          last = e;
        }
      }
      if (failed.size() == left.size()) {
        throw last;
      }
      left = failed;
    }
  }

  // ---- alarm ----------------------------------------------------------------------------

  /**
   * The alarm time in epoch ms, or -1 when none is set.
   *
   * @return epoch milliseconds, or -1
   */
  @HostAccess.Export
  public synchronized double getAlarm() {
    Long alarm = query("SELECT value FROM _cf_METADATA WHERE key = 1", ps -> { }, rs -> rs.next() ? rs.getLong(1) : null);
    return alarm == null ? -1 : alarm;
  }

  /**
   * Sets the alarm (epoch ms) or, for a negative value, deletes it.
   *
   * @param millis epoch milliseconds, or a negative value to delete the alarm
   */
  @HostAccess.Export
  public synchronized void setAlarm(double millis) {
    long time = (long) millis;
    if (millis < 0) {
      update("DELETE FROM _cf_METADATA WHERE key = 1", ps -> { });
    } else {
      update("INSERT OR REPLACE INTO _cf_METADATA (key, value) VALUES (1, ?)", ps -> ps.setLong(1, time));
    }
    if (transactionDepth == 0) {
      alarmListener.accept(millis < 0 ? -1 : time);
    }
  }

  /**
   * Clears the alarm as its handler starts, on the object's own thread (so that an event of the
   * object running meanwhile still sees it set, as in workerd), without reporting it (the
   * scheduler knows). An alarm set again or deleted since it became due is not this run's: it
   * stays as it is, and the run is skipped (the scheduler holds the new one).
   *
   * @param scheduledTime the time (epoch ms) of the alarm that is starting
   * @return whether the stored alarm was this one (the handler should run)
   */
  @HostAccess.Export
  public synchronized boolean clearAlarmForRun(double scheduledTime) {
    return update("DELETE FROM _cf_METADATA WHERE key = 1 AND value = ?", ps -> ps.setLong(1, (long) scheduledTime)) > 0;
  }

  // ---- transactions ---------------------------------------------------------------------

  /** Opens a (nested) transaction. */
  @HostAccess.Export
  public synchronized void begin() {
    transactionDepth++;
    update("SAVEPOINT mf_tx_" + transactionDepth, ps -> { });
  }

  /** Commits the innermost transaction. */
  @HostAccess.Export
  public synchronized void commit() {
    update("RELEASE mf_tx_" + transactionDepth, ps -> { });
    transactionDepth--;
    if (transactionDepth == 0) {
      alarmListener.accept((long) getAlarm());
    }
  }

  /** Rolls the innermost transaction back. */
  @HostAccess.Export
  public synchronized void rollback() {
    update("ROLLBACK TO mf_tx_" + transactionDepth, ps -> { });
    update("RELEASE mf_tx_" + transactionDepth, ps -> { });
    transactionDepth--;
    // a rolled-back schema change takes the schema version back: what was learnt under it goes
    rowCounts.clear();
  }

  private void atomically(Runnable body) {
    begin();
    try {
      body.run();
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
    commit();
  }

  // ---- SQL ------------------------------------------------------------------------------

  /**
   * Whether {@code sql.exec} is allowed.
   *
   * @return {@code true} for a SQLite-backed class
   */
  @HostAccess.Export
  public boolean sqlEnabled() {
    return sqlEnabled;
  }

  /**
   * The database size in bytes, as workerd reports it: workerd creates its internal tables on
   * first use, so an empty object measures one page (4096 bytes), and pages freed by {@code DROP
   * TABLE}, {@code deleteAll()} or a reset between tests are not counted (recorded: a dropped
   * table's pages leave the size). This storage creates {@code _cf_KV} and {@code _cf_METADATA}
   * up front; while one is empty its root page is not counted.
   *
   * @return the size in bytes
   */
  @HostAccess.Export
  public synchronized double databaseSize() {
    long pages = query("PRAGMA page_count", ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L)
        - query("PRAGMA freelist_count", ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
    long size = query("PRAGMA page_size", ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
    long unusedInternalTables = query(
        "SELECT (NOT EXISTS (SELECT 1 FROM _cf_KV)) + (NOT EXISTS (SELECT 1 FROM _cf_METADATA))",
        ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
    return Math.max(1, pages - unusedInternalTables) * size;
  }

  /**
   * Runs {@code sql.exec(query, ...bindings)}: every statement of the script, the bindings going
   * to the last one, whose rows are returned.
   *
   * @param sql one or more statements
   * @param bindings a JavaScript array of values for the last statement's {@code ?}s; read on the
   *     loop thread only
   * @return the result, or a failed result carrying SQLite's message
   */
  @HostAccess.Export
  public synchronized SqlResult exec(String sql, Value bindings) {
    Object[] args = new Object[bindings == null ? 0 : (int) bindings.getArraySize()];
    for (int i = 0; i < args.length; i++) {
      args[i] = javaValue(bindings.getArrayElement(i));
    }
    return exec(sql, args);
  }

  /**
   * Java form of {@link #exec(String, Value)}; bindings are numbers, strings, byte arrays or null.
   *
   * @param sql one or more statements
   * @param args the values for the last statement's {@code ?}s
   * @return the result, or a failed result carrying SQLite's message
   */
  public synchronized SqlResult exec(String sql, Object... args) {
    if (!sqlEnabled) {
      return SqlResult.failed(DurableObjectLimits.SQL_NOT_ENABLED);
    }
    // workerd hands SQLite the WTF-8 bytes of a lone surrogate, which read back as three U+FFFD;
    // sqlite-jdbc would write "?", so the text is given as it reads back
    sql = WhatwgUtf8.roundTrip(sql);
    List<String> statements = SqlStatements.split(sql);
    if (statements.isEmpty() || SqlStatements.endsWithEmptyStatement(sql)) {
      return SqlResult.failed(DurableObjectLimits.SQL_EMPTY);
    }
    for (String statement : statements) {
      if (TRANSACTION.matcher(statement).matches()) {
        return SqlResult.failed(DurableObjectLimits.SQL_NO_TRANSACTIONS);
      }
      String refusal = refusal(statement);
      if (refusal != null) {
        return SqlResult.failed(refusal);
      }
    }
    SqlResult last = null;
    try (WorkerdSqlLimits limits = WorkerdSqlLimits.apply(connection)) {
      for (int i = 0; i < statements.size(); i++) {
        boolean isLast = i == statements.size() - 1;
        try {
          last = run(statements.get(i), isLast ? args : new Object[0], isLast);
          lastErrorOffset = -1;
        } catch (SQLException e) {
          // SQLite's offsets count from the start of the statement being prepared
          return SqlResult.failed(message(e, statements.get(i)));
        }
        if (last.error() != null) {
          return last;
        }
      }
    } catch (SQLException e) {
      throw new StorageException("Durable Object storage could not set its SQL limits: " + e.getMessage(), e);
    }
    return last;
  }

  /**
   * What workerd's authorizer refuses in one statement, or null: ATTACH/DETACH, PRAGMAs outside
   * its list, VACUUM (inside its implicit transaction), creating objects named {@code _cf_...},
   * and touching its {@code _cf_} tables. Those tables exist in workerd only once used; here they
   * always exist, so while one is empty it is reported missing, as workerd does before first use.
   */
  private String refusal(String statement) {
    Matcher verb = VERB.matcher(statement);
    String word = verb.lookingAt() ? verb.group(1).toUpperCase(java.util.Locale.ROOT) : "";
    if (word.equals("ATTACH") || word.equals("DETACH")) {
      return DurableObjectLimits.SQL_NOT_AUTHORIZED;
    }
    if (word.equals("VACUUM")) {
      return DurableObjectLimits.SQL_NO_VACUUM;
    }
    if (word.equals("PRAGMA")) {
      Matcher pragma = PRAGMA_NAME.matcher(statement);
      String name = pragma.lookingAt() ? pragma.group(1).toLowerCase(java.util.Locale.ROOT) : "";
      if (!DurableObjectLimits.SQL_ALLOWED_PRAGMAS.contains(name)) {
        return DurableObjectLimits.SQL_NOT_AUTHORIZED;
      }
    }
    if (CREATE_RESERVED.matcher(statement).lookingAt() || SqlFunctionAuthorizer.refusedCreate(statement)) {
      return DurableObjectLimits.SQL_NOT_AUTHORIZED;
    }
    String refusedFunction = SqlFunctionAuthorizer.refusedFunction(statement);
    if (refusedFunction != null) {
      return refusedFunction;
    }
    Matcher internal = INTERNAL_TABLE.matcher(SqlFunctionAuthorizer.withoutStringLiterals(statement));
    if (internal.find()) {
      String table = internal.group(1).equalsIgnoreCase("_cf_METADATA") ? "_cf_METADATA" : "_cf_KV";
      boolean used = query("SELECT EXISTS (SELECT 1 FROM " + table + ")", ps -> { }, rs -> rs.next() && rs.getBoolean(1));
      if (!used) {
        return "no such table: " + internal.group(1) + ": SQLITE_ERROR";
      }
      return word.equals("SELECT") || word.equals("WITH")
          ? "access to " + table + ".key is prohibited: SQLITE_AUTH"
          : DurableObjectLimits.SQL_NOT_AUTHORIZED;
    }
    return null;
  }

  /** Runs one statement; only the last statement of a script may take parameters. */
  private SqlResult run(String statement, Object[] args, boolean isLast) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(statement)) {
      int expected = ps.getParameterMetaData().getParameterCount();
      if (!isLast && expected > 0) {
        return SqlResult.failed(DurableObjectLimits.SQL_BINDINGS_NOT_LAST);
      }
      if (expected != args.length) {
        return SqlResult.failed(DurableObjectLimits.SQL_WRONG_BINDINGS);
      }
      for (int i = 0; i < args.length; i++) {
        bind(ps, i + 1, args[i]);
      }
      SqliteRowCounts.Running counts = rowCounts.before(statement, java.util.Arrays.asList(args));
      // schema statements touch sqlite_master, whose rows here include workerd's _cf_ tables
      // before workerd would have made them: counted apart (see SqlWriteCounts)
      SqlWriteCounts schemaCounts = SCHEMA_VERB.matcher(statement).lookingAt() ? SqlWriteCounts.before(connection, statement) : null;
      boolean hasRows = ps.execute();
      if (!hasRows) {
        int[] estimate = counted(counts, schemaCounts, 0);
        return new SqlResult(null, new String[0], List.of(), estimate[0], estimate[1]);
      }
      try (ResultSet rs = ps.getResultSet()) {
        ResultSetMetaData meta = rs.getMetaData();
        String[] columns = new String[meta.getColumnCount()];
        for (int c = 0; c < columns.length; c++) {
          columns[c] = meta.getColumnLabel(c + 1);
        }
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[columns.length];
          for (int c = 0; c < columns.length; c++) {
            row[c] = cell(rs, c + 1);
          }
          rows.add(row);
        }
        int[] estimate = counted(counts, schemaCounts, rows.size());
        return new SqlResult(null, columns, rows, estimate[0], estimate[1]);
      }
    }
  }

  /**
   * workerd's {@code {rowsRead, rowsWritten}} of a statement that ran: D1's estimate (workerd counts
   * both alike), or for a schema statement the count of {@link SqlWriteCounts}.
   */
  private static int[] counted(SqliteRowCounts.Running counts, SqlWriteCounts schemaCounts, int resultRows) throws SQLException {
    long[] estimate = counts == null ? new long[2] : counts.after(resultRows);
    int[] narrowed = {(int) Math.min(Integer.MAX_VALUE, estimate[0]), (int) Math.min(Integer.MAX_VALUE, estimate[1])};
    return schemaCounts == null ? narrowed : schemaCounts.after(narrowed);
  }

  private static Object cell(ResultSet rs, int column) throws SQLException {
    Object value = rs.getObject(column);
    if (value == null) {
      return null;
    }
    if (value instanceof byte[]) {
      return ByteBuffer.wrap((byte[]) value);
    }
    if (value instanceof Number) {
      int type = rs.getMetaData().getColumnType(column);
      return type == Types.REAL || type == Types.FLOAT || type == Types.DOUBLE || value instanceof Double
          ? ((Number) value).doubleValue()
          : (double) ((Number) value).longValue();
    }
    String text = value.toString();
    // bytes that are not UTF-8 (a blob cast to TEXT) read as workerd's decoder reads them: the
    // JDK's gives one U+FFFD where the Encoding Standard's may give several (recorded)
    if (text.indexOf('\uFFFD') >= 0) {
      byte[] bytes = rs.getBytes(column);
      if (bytes != null) {
        return WhatwgUtf8.decode(bytes);
      }
    }
    return text;
  }

  /**
   * Binds a key as workerd stores it: its WTF-8 bytes (a lone surrogate keeps its own bytes, so
   * it neither meets {@code ?} nor U+FFFD), in SQL written {@link #KEY_PARAMETER} to stay text.
   */
  private static void bindKey(PreparedStatement ps, int index, String key) throws SQLException {
    if (key == null) {
      // a hole of a sparse key array: SQL NULL, which no key equals
      ps.setNull(index, Types.NULL);
      return;
    }
    ps.setBytes(index, WhatwgUtf8.encodeWtf8(key));
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof byte[]) {
      ps.setBytes(index, (byte[]) value);
    } else if (value instanceof Double || value instanceof Float) {
      // A JavaScript number is always bound as REAL, as in workerd (typeof(?) is 'real').
      ps.setDouble(index, ((Number) value).doubleValue());
    } else if (value instanceof Number) {
      ps.setLong(index, ((Number) value).longValue());
    } else {
      ps.setString(index, value.toString());
    }
  }

  private static Object javaValue(Value v) {
    if (v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isString()) {
      return WhatwgUtf8.roundTrip(v.asString());
    }
    if (v.hasBufferElements() || v.hasMember("buffer")) {
      return io.github.miniflare4j.engine.JsValues.bytesOrNull(v);
    }
    return v.toString();
  }

  /**
   * workerd's message for a failed statement: SQLite's, with the offset SQLite reports
   * (sqlite3_error_offset) where it reports one. SQLite keeps the previous statement's offset when
   * a statement is refused before it is parsed ("statement too long"), and workerd shows it.
   */
  private String message(SQLException e, String sql) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = NATIVE_MESSAGE.matcher(text);
    String nativeMessage = m.matches() ? m.group(1) : text;
    int offset = nativeMessage.startsWith("statement too long") ? lastErrorOffset : errorOffset(nativeMessage, sql);
    lastErrorOffset = offset;
    String withOffset = offset >= 0 ? nativeMessage + " at offset " + offset : nativeMessage;
    return withOffset + ": " + (e instanceof SQLiteException ? codeText(((SQLiteException) e).getResultCode()) : "SQLITE_ERROR");
  }

  /** Where SQLite points for an error message, or -1 when it reports no offset for it. */
  private static int errorOffset(String nativeMessage, String sql) {
    Matcher near = NEAR.matcher(nativeMessage);
    if (near.matches()) {
      return sql.indexOf(near.group(1));
    }
    for (String prefix : COLUMNS_WITH_OFFSETS) {
      if (nativeMessage.startsWith(prefix)) {
        String name = unquoted(nativeMessage.substring(prefix.length()));
        int at = nameOffset(sql, name, false);
        // an UPDATE's unknown SET target is reported without an offset (SQLite checks those apart)
        boolean setTarget = at >= 0 && UPDATE_VERB.matcher(sql).lookingAt()
            && SET_TARGET_END.matcher(sql.substring(at)).lookingAt() && !WHERE_WORD.matcher(sql.substring(0, at)).find();
        if (at < 0 && name.startsWith("main.")) {
          // a column a * expanded to (SQLite names it with its schema): SQLite points at the *
          return wordOffset(sql, "(?:[\\w$]+\\.)?\\*(?!\\s*\\))");
        }
        return setTarget ? -1 : at;
      }
    }
    if (nativeMessage.startsWith(VARIABLE_NUMBER)) {
      // the first ?NNN outside the range
      int max = Integer.parseInt(nativeMessage.substring(VARIABLE_NUMBER.length()));
      Matcher variable = NUMBERED_VARIABLE.matcher(sql);
      while (variable.find()) {
        String digits = variable.group(1);
        if (digits.length() > 9 || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > max) {
          return variable.start();
        }
      }
      return -1;
    }
    if (nativeMessage.startsWith(NO_SUCH_FUNCTION)) {
      return nameOffset(sql, nativeMessage.substring(NO_SUCH_FUNCTION.length()), true);
    }
    Matcher exists = ALREADY_EXISTS.matcher(nativeMessage);
    if (exists.matches()) {
      // the name after its kind's keyword (an index's message has no offset)
      int keyword = sql.toLowerCase(java.util.Locale.ROOT).indexOf(exists.group(1));
      return keyword < 0 ? -1 : sql.indexOf(exists.group(2), keyword + exists.group(1).length());
    }
    Matcher call = FUNCTION_CALL.matcher(nativeMessage);
    if (call.matches()) {
      return nameOffset(sql, call.group(1), true);
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(nativeMessage);
    if (token.matches()) {
      return sql.indexOf(token.group(1));
    }
    if (nativeMessage.startsWith(TOO_MANY_ARGUMENTS)) {
      return sql.indexOf(nativeMessage.substring(TOO_MANY_ARGUMENTS.length()));
    }
    if (nativeMessage.equals("too many SQL variables")) {
      // the parameter past the limit
      int seen = 0;
      for (int i = 0; i < sql.length(); i++) {
        if (sql.charAt(i) == '?' && ++seen > WorkerdSqlLimits.MAX_PARAMETERS) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Where {@code name} first appears in {@code sql} as a whole word outside string literals (as a
   * call, followed by its parenthesis, when {@code call}), or -1 (SQL names ignore case).
   */
  private static int nameOffset(String sql, String name, boolean call) {
    return wordOffset(sql, Pattern.quote(name) + (call ? "\\s*\\(" : "(?![\\w$])"));
  }

  /**
   * Where {@code word} (a pattern) first matches in {@code sql} outside string literals and not
   * inside another name, or -1; a match behind a quote starts at the quote, as SQLite's token does.
   */
  private static int wordOffset(String sql, String word) {
    StringBuilder masked = new StringBuilder(sql);
    Matcher literal = STRING_LITERAL.matcher(sql);
    while (literal.find()) {
      for (int i = literal.start(); i < literal.end(); i++) {
        masked.setCharAt(i, ' ');
      }
    }
    Matcher found = Pattern.compile("(?i)(?<![\\w$])[\"`\\[]?(?:" + word + ")").matcher(masked);
    return found.find() ? found.start() : -1;
  }

  /** A name as SQLite's message shows it, without the double quotes it adds around some. */
  private static String unquoted(String name) {
    return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
  }

  /** The primary result code, followed by the extended one where it differs, as workerd words them. */
  private static String codeText(SQLiteErrorCode code) {
    SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(code.code & 0xff);
    if (primary == code || primary == SQLiteErrorCode.UNKNOWN_ERROR) {
      return code.name();
    }
    return primary.name() + " (extended: " + code.name() + ")";
  }

  // ---- snapshots ------------------------------------------------------------------------

  /**
   * The whole database as bytes (SQLite's serialization format).
   *
   * @return the serialized database
   */
  public synchronized byte[] snapshot() {
    return database.snapshot();
  }

  /**
   * Replaces the whole database with a {@link #snapshot()}. An object a snapshot does not hold is
   * forgotten by its namespace instead (see {@code ObjectNamespace.forgetAllBut}).
   *
   * @param snapshot a {@link #snapshot()}
   */
  public synchronized void restore(byte[] snapshot) {
    transactionDepth = 0;
    rowCounts.clear();
    database.restore(Objects.requireNonNull(snapshot, "snapshot"));
    alarmListener.accept((long) getAlarm());
  }

  /**
   * Whether nothing is stored: no pairs, no alarm, no user tables.
   *
   * @return {@code true} when the object has nothing stored
   */
  public synchronized boolean isEmpty() {
    return list(new ListOptions(null, null, null, null, 1, false)).length == 0 && getAlarm() < 0
        && query("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE '\\_cf\\_%' ESCAPE '\\'", ps -> { },
            rs -> rs.next() ? rs.getInt(1) : 0) == 0;
  }

  @Override
  public synchronized void close() {
    database.close();
  }

  // ---- JDBC plumbing --------------------------------------------------------------------

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Binder binder, Reader<T> reader) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return reader.read(rs);
      }
    } catch (SQLException e) {
      throw new StorageException("Durable Object storage failed on \"" + sql + "\": " + e.getMessage(), e);
    }
  }

  private int update(String sql, Binder binder) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StorageException("Durable Object storage failed on \"" + sql + "\": " + e.getMessage(), e);
    }
  }
}
