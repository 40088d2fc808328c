package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.PragmaAuthorizer;
import io.github.miniflare4j.storage.SqlDatabase;
import io.github.miniflare4j.storage.SqliteConnections;
import io.github.miniflare4j.storage.WorkerdSqlite;
import io.github.miniflare4j.storage.internal.PlanCache;
import io.github.miniflare4j.storage.internal.RowCounter;
import io.github.miniflare4j.storage.internal.SqlText;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * One D1 database (one database id) of an instance: a SQLite database of the storage layer and
 * the request semantics Miniflare gives it. A request's queries run in one transaction: all of
 * them or none. Thread-safe: requests run one at a time (bindings of several workers may share a
 * database).
 */
final class D1Store implements AutoCloseable {

  /** Statements that only read: SQLite's change counters, last row id and size stay as they were. */
  private static final java.util.Set<String> READ_ONLY_VERBS = java.util.Set.of("SELECT", "VALUES");

  private static final String METADATA_SCHEMA = "CREATE TABLE IF NOT EXISTS " + D1Limits.METADATA_TABLE
      + " (\n        key INTEGER PRIMARY KEY,\n        value BLOB\n      )";

  private final SqlDatabase database;
  private final Connection connection;
  private final PlanCache plans = new PlanCache();
  private final ParsedQueries parsed = new ParsedQueries();
  private final StoredBodies storedBodies = new StoredBodies();
  private final StatementCache prepared;
  /**
   * For recent queries of several statements (the oldest forgotten beyond 1024): how often they
   * ran, and how many of their statements before the last yielded a row on their first run.
   */
  private final java.util.Map<String, int[]> multiStatementRuns = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, int[]> eldest) {
      return size() > 1024;
    }
  };
  private long answered;
  private boolean metadataWritten;
  /**
   * The counters after the last query this store ran, while nothing else can have moved them;
   * {@code null} when they must be read again (after a failure, a restore, the metadata write).
   */
  private State known;
  /** The query {@link #state()} runs, kept prepared; {@code null} until first needed or once forgotten. */
  private PreparedStatement stateQuery;
  /** The statement {@link #writeMetadata()} rewrites the metadata row with; {@code null} until first needed or once forgotten. */
  private PreparedStatement metadataTouch;

  /**
   * Opens a database.
   *
   * @param file its SQLite file, or {@code null} in memory
   */
  D1Store(Path file) {
    this.database = SqlDatabase.open(file);
    this.connection = database.connection();
    this.prepared = new StatementCache(connection);
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON"); // workerd's SQLite storage enforces foreign keys
      SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER, D1Limits.MAX_PARAMETERS);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, D1Limits.MAX_STATEMENT_LENGTH);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, D1Limits.MAX_VALUE_LENGTH);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_COLUMN, D1Limits.MAX_COLUMNS);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_COMPOUND_SELECT, D1Limits.MAX_COMPOUND_SELECT);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, D1Limits.MAX_LIKE_PATTERN_LENGTH);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH, D1Limits.MAX_EXPRESSION_DEPTH);
      sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG, D1Limits.MAX_FUNCTION_ARGUMENTS);
    } catch (SQLException e) {
      database.close();
      throw new IllegalStateException("Cannot configure the D1 database: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a request: every query in one transaction.
   *
   * @param queries the queries, in order
   * @return one result per query that was not left out as empty
   * @throws D1Failure with Miniflare's message when a query fails (nothing was changed)
   */
  synchronized List<D1Result> execute(List<D1Query> queries) {
    List<D1Query> kept = new ArrayList<>(queries.size());
    for (D1Query query : queries) {
      if (!parsed.get(query.sql()).blank()) {
        kept.add(query);
      }
    }
    if (kept.isEmpty()) {
      throw new D1Failure(D1Limits.NO_STATEMENTS);
    }
    List<D1Result> results = new ArrayList<>(kept.size());
    if (kept.size() == 1 && readsOnly(kept.get(0))) {
      // one statement that only reads: a transaction around it would change nothing
      try {
        results.add(run(kept.get(0)));
      } catch (RuntimeException | SQLException e) {
        known = null;
        throw e instanceof SQLException sql ? new D1Failure(sql.getMessage()) : (RuntimeException) e;
      }
      answered++;
      writeMetadata();
      return results;
    }
    try {
      connection.setAutoCommit(false);
      try {
        for (D1Query query : kept) {
          results.add(run(query));
        }
        commit();
      } catch (RuntimeException | SQLException e) {
        known = null;
        if (!rollback()) {
          // SQLite ended the transaction itself (RAISE(ROLLBACK), OR ROLLBACK): workerd throws
          throw new D1Failure(D1Limits.internalError(), true);
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new D1Failure(e.getMessage());
    }
    answered++;
    writeMetadata();
    return results;
  }

  /**
   * Ends the request's transaction. SQLite may have ended it already ({@code RAISE(ROLLBACK)},
   * {@code OR ROLLBACK}), or find deferred foreign keys failing: workerd throws then instead of
   * answering (recorded).
   */
  private void commit() throws SQLException {
    try {
      connection.commit();
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("no transaction is active")) {
        throw new D1Failure(D1Limits.internalError(), true);
      }
      if (message.contains("FOREIGN KEY constraint failed")) {
        throw new D1Failure(D1Limits.RESET_AFTER_CONSTRAINTS, true);
      }
      throw e;
    }
  }

  /**
   * Undoes the request's transaction.
   *
   * @return false when SQLite had ended it already (a transaction is opened again, for the
   *     driver's commit when auto-commit comes back)
   */
  private boolean rollback() throws SQLException {
    try {
      connection.rollback();
      return true;
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
        throw e;
      }
      try (Statement begin = connection.createStatement()) {
        begin.execute("BEGIN");
      }
      return false;
    }
  }

  /** Whether a query is one SELECT (or VALUES) statement, which can change nothing. */
  private boolean readsOnly(D1Query query) {
    List<SqlText.Statement> statements = parsed.get(query.sql()).statements();
    return statements.size() == 1 && READ_ONLY_VERBS.contains(statements.get(0).verb());
  }

  /**
   * The session bookmark after the requests answered so far; it grows with every answered
   * request, in Miniflare's format.
   *
   * @return e.g. {@code 00000000-00000002-00000000-00000000000000000000000000000000}
   */
  synchronized String bookmark() {
    return String.format(Locale.ROOT, "%08x-%08x-%08x-%032x", 0, Math.max(answered - 1, 0), 0, 0);
  }

  /**
   * workerd writes its metadata table once the first request has been answered (one row, key 2),
   * and rewrites that row after every later answered request: SQL's {@code changes()} then reads 1
   * and {@code total_changes()} grows by one per request, {@code last_insert_rowid()} is left alone
   * (recorded). Failed requests write nothing.
   */
  private void writeMetadata() {
    if (metadataWritten) {
      try {
        if (metadataTouch == null) {
          metadataTouch = connection.prepareStatement("UPDATE " + D1Limits.METADATA_TABLE + " SET value = value WHERE key = 2");
        }
        metadataTouch.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot write D1's metadata table: " + e.getMessage(), e);
      }
      if (known != null) {
        known = new State(known.totalChanges + 1, known.lastRowId, known.size, known.schemaVersion);
      }
      return;
    }
    known = null;
    try (Statement s = connection.createStatement()) {
      s.execute(METADATA_SCHEMA);
      s.execute("INSERT OR IGNORE INTO " + D1Limits.METADATA_TABLE + " (key, value) VALUES (2, NULL)");
      metadataWritten = true;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write D1's metadata table: " + e.getMessage(), e);
    }
  }

  private D1Result run(D1Query query) throws SQLException {
    List<SqlText.Statement> statements = parsed.get(query.sql()).statements();
    if (statements.isEmpty() || statements.get(statements.size() - 1).tokens().isEmpty()) {
      // SQLite prepares nothing from the rest of the text: only comments, or semicolons
      throw new D1Failure(D1Limits.NO_STATEMENT_IN_CODE);
    }
    if (statements.stream().anyMatch(s -> s.tokens().isEmpty())) {
      // SQLite passes over empty statements (";;") on its way to the next one
      statements = statements.stream().filter(s -> !s.tokens().isEmpty()).toList();
    }
    if (statements.size() > 1) {
      // workerd steps each statement before the last only once: one that yields a row stays busy
      // in its statement cache, and the query's runs after its first fail once per such
      // statement, then run again ("SELECT 1; SELECT 2" fails its second run, "SELECT 1; SELECT 2;
      // SELECT 3" its second and third, "INSERT ...; SELECT ..." or "SELECT ... WHERE 0; SELECT
      // ..." never); a first run that fails leaves nothing busy (recorded)
      int[] runs = multiStatementRuns.get(query.sql());
      if (runs != null) {
        runs[0] = Math.min(runs[0] + 1, 1_000_000);
        if (runs[0] - 1 <= runs[1]) {
          throw new D1Failure(D1Limits.STATEMENT_BUSY);
        }
        return runStatements(query, statements, null);
      }
      int[] first = {1, 0};
      multiStatementRuns.put(query.sql(), first);
      int[] busy = {0};
      D1Result result = runStatements(query, statements, busy);
      first[1] = busy[0];
      return result;
    }
    return runStatements(query, statements, null);
  }

  /**
   * Runs the statements of a query.
   *
   * @param busy when given, counts the statements before the last that yielded a row
   */
  private D1Result runStatements(D1Query query, List<SqlText.Statement> statements, int[] busy) throws SQLException {
    // workerd prepares each statement after running the one before it: the authorizer sees the
    // schema the earlier statements made ("CREATE TABLE t ...; CREATE INDEX _cf_i ON t(...)")
    authorize(statements.get(0));
    for (int i = 0; i < statements.size() - 1; i++) {
      if (statements.get(i).hasParameters()) {
        throw new D1Failure(D1Limits.ONLY_LAST_HAS_PARAMETERS);
      }
    }
    State before = known != null ? known : state();
    for (int i = 0; i < statements.size() - 1; i++) {
      if (i > 0) {
        authorize(statements.get(i));
      }
      known = null;
      plans.beforeRunning(statements.get(i));
      if (execute(statements.get(i), List.of(), null, null) && busy != null) {
        busy[0]++;
      }
    }
    SqlText.Statement last = statements.get(statements.size() - 1);
    if (statements.size() > 1) {
      authorize(last);
    }
    State beforeLast = statements.size() == 1 ? before : state();
    known = null;
    plans.beforeRunning(last);
    RowCounter counter = RowCounter.before(connection, last, query.params(), plans, beforeLast.schemaVersion);
    List<String> columns = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    long changesBeforeLast = beforeLast.totalChanges;
    execute(last, query.params(), new Rows(columns, rows), beforeLast);
    // a SELECT (or VALUES) statement reads only: SQLite's counters and the size stay as they were
    State after = READ_ONLY_VERBS.contains(last.verb()) ? beforeLast : state();
    known = after;
    long changes = after.totalChanges - before.totalChanges;
    boolean changed = changes != 0 || after.lastRowId != before.lastRowId || after.size != before.size;
    long[] counts = counter.finish(after.totalChanges - changesBeforeLast, rows.size(), after.lastRowId != beforeLast.lastRowId,
        after.lastRowId, after.size != before.size || changed || after.schemaVersion != beforeLast.schemaVersion);
    // Miniflare measures with workerd's clock, which does not advance while the query runs
    // synchronously inside its Durable Object: 0 (recorded)
    long duration = 0;
    return new D1Result(columns, rows,
        new D1Result.Meta(duration, changes, after.lastRowId, changed, after.size, counts[0], counts[1]));
  }

  /** Where the rows of a statement go. */
  private record Rows(List<String> columns, List<Object[]> rows) {}

  /**
   * Runs one statement.
   *
   * @param state the counters just before it runs, when known: its prepared statement may then be
   *     reused, valid for their schema version
   */
  private boolean execute(SqlText.Statement statement, List<Object> params, Rows into, State state) {
    boolean changesLike = SqliteConnections.mayChangeLike(statement.sql());
    if (changesLike) {
      // no statement of the connection may be left mid-run while SQLite re-registers LIKE
      forgetConnectionState();
    }
    boolean reusable = state != null && !changesLike;
    PreparedStatement ps;
    try {
      ps = reusable ? prepared.get(statement.sql(), state.schemaVersion) : connection.prepareStatement(statement.sql());
    } catch (SQLException e) {
      throw new D1Failure(SqliteErrors.message(e, statement, connection));
    }
    boolean yielded;
    try {
      yielded = run(ps, params, into);
    } catch (SQLException e) {
      prepared.discard(ps);
      throw new D1Failure(SqliteErrors.message(e, statement, connection));
    } catch (RuntimeException e) {
      prepared.discard(ps);
      throw e;
    }
    if (!reusable) {
      prepared.discard(ps);
    } else {
      prepared.release(statement.sql(), ps);
    }
    if (writesStatistics(statement)) {
      try {
        WorkerdSqlite.dropStatisticsWorkerdLacks(connection);
      } catch (SQLException e) {
        throw new D1Failure(SqliteErrors.message(e, statement, connection));
      }
    }
    return yielded;
  }

  /** Whether the statement may run ANALYZE: {@code ANALYZE} itself or {@code PRAGMA optimize}. */
  private static boolean writesStatistics(SqlText.Statement statement) {
    String verb = statement.verb();
    return verb.equals("ANALYZE") || (verb.equals("PRAGMA") && statement.indexOfWord("optimize") >= 0);
  }

  /**
   * Binds, runs and reads one prepared statement; its result set is closed.
   *
   * @return whether it yielded a row (read into {@code into} when given)
   */
  private static boolean run(PreparedStatement ps, List<Object> params, Rows into) throws SQLException {
    ParameterMetaData parameters = ps.getParameterMetaData();
    if (parameters.getParameterCount() != params.size()) {
      throw new D1Failure(D1Limits.WRONG_PARAMETER_COUNT);
    }
    for (int i = 0; i < params.size(); i++) {
      bind(ps, i + 1, params.get(i));
    }
    if (!ps.execute()) {
      return false;
    }
    try (ResultSet rs = ps.getResultSet()) {
      if (rs == null) {
        return false;
      }
      if (into == null) {
        return rs.next();
      }
      ResultSetMetaData meta = rs.getMetaData();
      int n = meta.getColumnCount();
      for (int i = 1; i <= n; i++) {
        into.columns().add(meta.getColumnLabel(i));
      }
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 1; i <= n; i++) {
          row[i - 1] = value(rs.getObject(i));
        }
        into.rows().add(row);
      }
      return !into.rows().isEmpty();
    }
  }

  private static Object value(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    return value;
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, java.sql.Types.NULL);
    } else if (value instanceof Double d) {
      ps.setDouble(index, d);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof byte[] b) {
      ps.setBytes(index, b);
    } else {
      throw new IllegalArgumentException("Cannot bind a " + value.getClass().getName() + " to a D1 statement");
    }
  }

  /** What workerd's SQLite storage refuses before SQLite sees the statement. */
  private void authorize(SqlText.Statement statement) {
    String verb = statement.verb();
    // EXPLAIN compiles the statement it explains: the authorizer sees that one
    List<SqlText.Token> explained = withoutExplain(statement.tokens());
    String explainedVerb = explained.isEmpty() ? "" : explained.get(0).text().toUpperCase(Locale.ROOT);
    if (D1Limits.TRANSACTION_VERBS.contains(explainedVerb)) {
      throw new D1Failure(D1Limits.NO_TRANSACTION_STATEMENTS);
    }
    if (D1Limits.REFUSED_VERBS.contains(explainedVerb)) {
      throw new D1Failure(D1Limits.NOT_AUTHORIZED);
    }
    if (verb.equals("VACUUM")) {
      throw new D1Failure(D1Limits.NO_VACUUM);
    }
    if (explainedVerb.equals("PRAGMA")) {
      authorizePragma(explained);
      return; // the pragma decides alone, names of reserved tables included
    }
    List<SqlText.Token> all = statement.tokens();
    if (verb.equals("CREATE") && all.size() > 1 && all.get(1).isWord("VIRTUAL")) {
      int using = statement.indexOfWord("USING");
      String module = using > 0 && using + 1 < all.size() ? all.get(using + 1).name().toLowerCase(Locale.ROOT) : "";
      if (!WorkerdSqlite.ALLOWED_MODULES.contains(module)) {
        throw new D1Failure(D1Limits.NOT_AUTHORIZED);
      }
    }
    // a view's or a trigger's body is judged when a statement uses it, not when it is created
    int body = verb.equals("CREATE") ? createdBodyStart(all) : all.size();
    String refusedFunction = refusedFunction(all.subList(0, body), verb.equals("PRAGMA"), statement.offset());
    if (refusedFunction != null) {
      throw new D1Failure(refusedFunction);
    }
    for (int i = 0; i < all.size(); i++) {
      SqlText.Token token = all.get(i);
      if (token.kind() != SqlText.Kind.WORD && token.kind() != SqlText.Kind.QUOTED_NAME) {
        continue;
      }
      String name = token.name();
      if (i < body && name.regionMatches(true, 0, D1Limits.RESERVED_PREFIX, 0, D1Limits.RESERVED_PREFIX.length())) {
        refuseReservedName(statement, i, name);
      }
      if (token.kind() != SqlText.Kind.WORD) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      boolean qualifier = i + 1 < all.size() && all.get(i + 1).text().equals(".");
      if (explainedVerb.equals("CREATE") && (i == all.size() - explained.size() + 1 || qualifier)
          && D1Limits.TEMP_SCHEMA_WORDS.contains(lower)) {
        int created = createdNameIndex(explained);
        if (created > 0 && explained.stream().limit(created).anyMatch(t -> t.isWord("TRIGGER") || t.isWord("INDEX"))) {
          refuseAfterSqliteErrors(statement); // SQLite looks a trigger's or an index's table up first
        }
        throw new D1Failure(D1Limits.NOT_AUTHORIZED);
      }
      if (lower.startsWith(D1Limits.PRAGMA_FUNCTION_PREFIX) && !qualifier
          && (i > 0 && List.of("FROM", "JOIN", ",").contains(all.get(i - 1).text().toUpperCase(Locale.ROOT)))
          && (!D1Limits.allowedPragmaFunction(lower.substring(D1Limits.PRAGMA_FUNCTION_PREFIX.length()),
              i + 2 < all.size() && all.get(i + 1).text().equals("(") && !all.get(i + 2).text().equals(")"))
              || refusedPragmaCall(lower.substring(D1Limits.PRAGMA_FUNCTION_PREFIX.length()), all, i + 1))) {
        // the function prepares its PRAGMA when the statement runs, and only that PRAGMA meets
        // the authorizer: the statement's own errors (arguments) and the PRAGMA's unknown schema
        // come first, what the PRAGMA would report running comes after (recorded); these
        // functions only read
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
          try (ResultSet ignored = ps.executeQuery()) {
            // runs: refused by the authorizer
          } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("unknown database")) {
              throw e;
            }
          }
        } catch (SQLException e) {
          throw new D1Failure(SqliteErrors.message(e, statement, connection));
        }
        throw new D1Failure(D1Limits.NOT_AUTHORIZED);
      }
      if (WorkerdSqlite.MISSING_TABLES.contains(lower) && i > 0 && !qualifier
          && (List.of("FROM", "JOIN").contains(all.get(i - 1).text().toUpperCase(Locale.ROOT))
              || (all.get(i - 1).text().equals(",") && i + 1 < all.size() && all.get(i + 1).text().equals("(")))
          && !storedNameExists(name)) {
        throw new D1Failure("no such table: " + name + ": SQLITE_ERROR");
      }
    }
    authorizeStoredBodies(statement);
  }

  /**
   * The message for the first function call the authorizer refuses or workerd's SQLite lacks (or
   * calls with an argument count it does not take), or {@code null}.
   *
   * @param tokens the tokens to look through
   * @param pragma whether they are a PRAGMA statement's ({@code PRAGMA optimize(...)} names a pragma)
   * @param offset where the statement starts in the text the tokens' positions count in, or -1 for
   *     tokens of a view's or trigger's body, which SQLite reports without an offset
   */
  private static String refusedFunction(List<SqlText.Token> tokens, boolean pragma, int offset) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      SqlText.Token token = tokens.get(i);
      if (token.isWord("DEFAULT") && tokens.get(i + 1).text().equals("(")) {
        // a column's default is computed without asking the authorizer (recorded)
        int close = closingParenthesis(tokens, i + 1);
        i = close < 0 ? tokens.size() : close;
        continue;
      }
      if (token.kind() != SqlText.Kind.WORD || !tokens.get(i + 1).text().equals("(") || (i > 0 && namesObject(tokens.get(i - 1)))
          || (pragma && i <= 3)) {
        continue;
      }
      String function = token.text().toLowerCase(Locale.ROOT);
      String at = offset < 0 ? "" : " at offset " + (token.start() - offset);
      if (WorkerdSqlite.REFUSED_FUNCTIONS.contains(function)) {
        return D1Limits.refusedFunction(function, offset < 0 ? -1 : token.start() - offset);
      }
      if (WorkerdSqlite.MISSING_FUNCTIONS.contains(function)) {
        return "no such function: " + token.text() + at + ": SQLITE_ERROR";
      }
      Integer arity = WorkerdSqlite.FIXED_ARITIES.get(function);
      int arguments = arity == null ? 0 : argumentCount(tokens, i + 1);
      if (arity != null && arguments >= 0 && arguments != arity) {
        return "wrong number of arguments to function " + token.text() + "()" + at + ": SQLITE_ERROR";
      }
    }
    return null;
  }

  /** The index of the ")" closing the "(" at {@code open}, or -1. */
  private static int closingParenthesis(List<SqlText.Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (text.equals("(")) {
        depth++;
      } else if (text.equals(")") && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Judges the bodies of the views and triggers SQLite compiles into a statement (see {@link
   * StoredBodies}): their refused functions and reserved tables fail it, without an offset.
   */
  private void authorizeStoredBodies(SqlText.Statement statement) {
    List<SqlText.Token> tokens = statement.tokens();
    if (statement.verb().equals("CREATE")) {
      int as = createdNameIndex(tokens) < 0 ? -1 : statement.indexOfWord("AS");
      boolean table = as > 0 && tokens.stream().limit(as).anyMatch(t -> t.isWord("TABLE"));
      tokens = table ? tokens.subList(as, tokens.size()) : List.of(); // only CREATE TABLE ... AS compiles a query
    } else if (List.of("DROP", "ALTER").contains(statement.verb())) {
      return;
    }
    try {
      storedBodies.refresh(connection, known != null ? known.schemaVersion : schemaVersion());
    } catch (SQLException e) {
      return; // SQLite reports what is wrong when the statement runs
    }
    if (storedBodies.isEmpty()) {
      return;
    }
    for (List<SqlText.Token> used : storedBodies.usedBy(tokens)) {
      String refused = refusedFunction(used, false, -1);
      if (refused != null) {
        throw new D1Failure(refused);
      }
      for (int i = 0; i < used.size(); i++) {
        SqlText.Token token = used.get(i);
        if ((token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME)
            && token.name().regionMatches(true, 0, D1Limits.RESERVED_PREFIX, 0, D1Limits.RESERVED_PREFIX.length())) {
          String stored = storedNameOrNull(token.name());
          if (stored != null && stored.startsWith(D1Limits.RESERVED_PREFIX)) {
            throw new D1Failure(reservedAccess(used, i, stored));
          }
        }
      }
    }
  }

  private long schemaVersion() throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Whether the authorizer refuses the PRAGMA a table-valued pragma function runs, judged when its
   * arguments are literals: the function runs {@code PRAGMA schema.name = 'argument'} with its
   * first argument and, second, the schema (for the pragmas taking an argument); other calls are
   * judged by their name alone.
   *
   * @param pragma the pragma's name, lower case
   * @param tokens the statement's tokens
   * @param open the index of the token after the function's name
   */
  private static boolean refusedPragmaCall(String pragma, List<SqlText.Token> tokens, int open) {
    if (!D1Limits.PRAGMAS_TAKING_ARGUMENT.contains(pragma) || open >= tokens.size() || !tokens.get(open).text().equals("(")) {
      return false;
    }
    List<String> literals = new ArrayList<>();
    int i = open + 1;
    while (i < tokens.size() && literals.size() < 2) {
      SqlText.Token token = tokens.get(i);
      if (token.kind() != SqlText.Kind.STRING && token.kind() != SqlText.Kind.NUMBER) {
        return false;
      }
      literals.add(token.kind() == SqlText.Kind.STRING ? pragmaName(token) : token.text());
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
      if (next.equals(")")) {
        break;
      }
      if (!next.equals(",")) {
        return false;
      }
      i += 2;
    }
    if (literals.isEmpty()) {
      return false;
    }
    String schema = null;
    if (literals.size() > 1) {
      schema = literals.get(1).equalsIgnoreCase("main") ? "main" : literals.get(1).equalsIgnoreCase("temp") ? "temp" : null;
      if (schema == null) {
        return false; // an unknown schema: SQLite's error
      }
    }
    return !PragmaAuthorizer.allows(schema, pragma, literals.get(0));
  }

  /**
   * Refuses a PRAGMA statement as workerd's authorizer would, from what SQLite would hand it (see
   * {@link PragmaAuthorizer}); a statement SQLite cannot parse, or naming an unknown schema, is left
   * to SQLite's own error.
   */
  private static void authorizePragma(List<SqlText.Token> tokens) {
    if (tokens.size() < 2 || !isPragmaName(tokens.get(1))) {
      return;
    }
    int at = 1;
    String schema = null;
    if (tokens.size() > 3 && tokens.get(2).text().equals(".")) {
      String named = pragmaName(tokens.get(1));
      schema = named.equalsIgnoreCase("main") ? "main" : named.equalsIgnoreCase("temp") ? "temp" : null;
      if (schema == null || !isPragmaName(tokens.get(3))) {
        return;
      }
      at = 3;
    }
    if (!pragmaParses(tokens, at + 1)) {
      return;
    }
    if (!PragmaAuthorizer.allows(schema, pragmaName(tokens.get(at)), pragmaArgument(tokens, at + 1))) {
      throw new D1Failure(D1Limits.NOT_AUTHORIZED);
    }
  }

  private static boolean isPragmaName(SqlText.Token token) {
    return token.kind() == SqlText.Kind.WORD || token.kind() == SqlText.Kind.QUOTED_NAME
        || token.kind() == SqlText.Kind.STRING;
  }

  /** A name as SQLite reads it: quotes removed, a string literal's included. */
  private static String pragmaName(SqlText.Token token) {
    if (token.kind() == SqlText.Kind.STRING && token.text().length() >= 2) {
      return token.text().substring(1, token.text().length() - 1).replace("''", "'");
    }
    return token.name();
  }

  /**
   * Whether what follows a PRAGMA's name is one of SQLite's forms: nothing, {@code = v} or {@code
   * (v)}, v a name, a string or a signed number ({@code NULL} and blob literals are not).
   */
  private static boolean pragmaParses(List<SqlText.Token> tokens, int at) {
    if (at >= tokens.size()) {
      return true;
    }
    boolean paren = tokens.get(at).text().equals("(");
    if (!paren && !tokens.get(at).text().equals("=")) {
      return false;
    }
    int value = at + 1;
    if (value < tokens.size() && (tokens.get(value).text().equals("-") || tokens.get(value).text().equals("+"))) {
      value++;
      if (value >= tokens.size() || tokens.get(value).kind() != SqlText.Kind.NUMBER) {
        return false;
      }
    }
    if (value >= tokens.size() || !(isPragmaName(tokens.get(value)) || tokens.get(value).kind() == SqlText.Kind.NUMBER)
        || tokens.get(value).isWord("NULL")) {
      return false;
    }
    int end = paren ? value + 2 : value + 1;
    return end == tokens.size() && (!paren || tokens.get(value + 1).text().equals(")"));
  }

  /**
   * The argument of {@code PRAGMA x = v} or {@code PRAGMA x(v)} as SQLite hands it to the
   * authorizer: a name without its quotes, a number with its minus sign and without its plus
   * sign; {@code null} when there is none.
   */
  private static String pragmaArgument(List<SqlText.Token> tokens, int at) {
    if (at + 1 >= tokens.size() || !(tokens.get(at).text().equals("=") || tokens.get(at).text().equals("("))) {
      return null;
    }
    SqlText.Token value = tokens.get(at + 1);
    String sign = value.text();
    if ((sign.equals("-") || sign.equals("+")) && at + 2 < tokens.size()
        && tokens.get(at + 2).kind() == SqlText.Kind.NUMBER) {
      return (sign.equals("-") ? "-" : "") + tokens.get(at + 2).text();
    }
    return value.kind() == SqlText.Kind.NUMBER ? value.text() : pragmaName(value);
  }

  /**
   * The arguments of a call whose "(" is at {@code open}: the commas at its top level plus one, 0
   * for "()", -1 when the call is not closed (SQLite reports the syntax error then).
   */
  private static int argumentCount(List<SqlText.Token> tokens, int open) {
    int depth = 0;
    int commas = 0;
    for (int i = open; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      if (text.equals("(")) {
        depth++;
      } else if (text.equals(")")) {
        if (--depth == 0) {
          return i == open + 1 ? 0 : commas + 1;
        }
      } else if (depth == 1 && text.equals(",")) {
        commas++;
      }
    }
    return -1;
  }

  /** The name of the schema object SQLite resolves {@code name} to (names are case-insensitive), or null when there is none. */
  private String storedNameOrNull(String name) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM sqlite_master WHERE lower(name) = lower(?) LIMIT 1")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      return null;
    }
  }

  /** Whether the schema has an object of this name (a table of the user's shadows a missing eponymous one). */
  private boolean storedNameExists(String name) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE lower(name) = lower(?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** A keyword after which a name followed by "(" is a table or an index, not a function call. */
  private static boolean namesObject(SqlText.Token previous) {
    return previous.kind() == SqlText.Kind.WORD && List.of("TABLE", "INTO", "VIEW", "INDEX", "EXISTS", "REFERENCES", "ON",
        "TRIGGER", "FROM", "JOIN", "UPDATE", "USING").contains(previous.text().toUpperCase(Locale.ROOT));
  }

  /**
   * workerd's authorizer refuses the schema objects whose name starts with {@code _cf_} (case
   * matters, as SQLite names them): an existing one (looked up case-insensitively, as SQLite
   * resolves names) whatever the statement does with it, and a new one being created, after what
   * SQLite reports first while compiling the statement (the missing table of an index or a
   * trigger). A name that is neither (a column, an alias, a CTE, a missing table) is left to
   * SQLite.
   */
  private void refuseReservedName(SqlText.Statement statement, int index, String name) {
    String stored = storedNameOrNull(name);
    if (stored != null) {
      if (stored.startsWith(D1Limits.RESERVED_PREFIX)) {
        throw new D1Failure(reservedAccess(statement.tokens(), index, stored));
      }
      return;
    }
    if (index != createdNameIndex(statement.tokens()) || !name.startsWith(D1Limits.RESERVED_PREFIX)) {
      return;
    }
    refuseAfterSqliteErrors(statement);
  }

  /**
   * Refuses a statement the authorizer refuses, reporting first the error SQLite meets before it
   * asks the authorizer (a missing table, a syntax error): the statement is compiled, not run.
   */
  private void refuseAfterSqliteErrors(SqlText.Statement statement) {
    try (PreparedStatement ignored = connection.prepareStatement(statement.sql())) {
      // compiles: refused by the authorizer
    } catch (SQLException e) {
      throw new D1Failure(SqliteErrors.message(e, statement, connection));
    }
    throw new D1Failure(D1Limits.NOT_AUTHORIZED);
  }

  /** The tokens of the statement an {@code EXPLAIN} or {@code EXPLAIN QUERY PLAN} explains (all of them without one). */
  private static List<SqlText.Token> withoutExplain(List<SqlText.Token> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).isWord("EXPLAIN")) {
      return tokens;
    }
    int from = tokens.size() > 2 && tokens.get(1).isWord("QUERY") && tokens.get(2).isWord("PLAN") ? 3 : 1;
    return tokens.subList(from, tokens.size());
  }

  /**
   * Where the body of a created view ({@code AS ...}) or trigger ({@code WHEN}/{@code BEGIN} on)
   * starts: SQLite resolves the tables it names when it runs, not when it is created, so the
   * authorizer does not see them then. The token count for other statements.
   */
  private static int createdBodyStart(List<SqlText.Token> tokens) {
    int name = createdNameIndex(tokens);
    if (name < 0) {
      return tokens.size();
    }
    boolean view = tokens.stream().limit(name).anyMatch(t -> t.isWord("VIEW"));
    boolean trigger = !view && tokens.stream().limit(name).anyMatch(t -> t.isWord("TRIGGER"));
    for (int i = name + 1; i < tokens.size(); i++) {
      if ((view && tokens.get(i).isWord("AS")) || (trigger && (tokens.get(i).isWord("WHEN") || tokens.get(i).isWord("BEGIN")))) {
        return i;
      }
    }
    return tokens.size();
  }

  /**
   * The index of the name a CREATE statement gives its new table, index, view or trigger
   * ({@code CREATE [TEMP] [UNIQUE|VIRTUAL] TABLE [IF NOT EXISTS] [schema.]name}), -1 for other
   * statements.
   */
  private static int createdNameIndex(List<SqlText.Token> tokens) {
    int i = 1;
    while (i < tokens.size() && (tokens.get(i).isWord("TEMP") || tokens.get(i).isWord("TEMPORARY")
        || tokens.get(i).isWord("UNIQUE") || tokens.get(i).isWord("VIRTUAL"))) {
      i++;
    }
    if (i >= tokens.size() || !(tokens.get(i).isWord("TABLE") || tokens.get(i).isWord("INDEX")
        || tokens.get(i).isWord("VIEW") || tokens.get(i).isWord("TRIGGER"))) {
      return -1;
    }
    i++;
    if (i + 2 < tokens.size() && tokens.get(i).isWord("IF") && tokens.get(i + 1).isWord("NOT") && tokens.get(i + 2).isWord("EXISTS")) {
      i += 3;
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")) {
      i += 2;
    }
    return i < tokens.size() ? i : -1;
  }

  /** What the authorizer answers for the reserved table {@code stored} named at {@code index} (see {@link ReservedAccess}). */
  private String reservedAccess(List<SqlText.Token> tokens, int index, String stored) {
    List<String> columns = new ArrayList<>();
    String rowid = "ROWID";
    try (PreparedStatement ps = connection.prepareStatement("SELECT name, pk, type FROM pragma_table_info(?) ORDER BY cid")) {
      ps.setString(1, stored);
      int keys = 0;
      String key = null;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
          if (rs.getInt(2) > 0) {
            keys++;
            key = "INTEGER".equalsIgnoreCase(rs.getString(3)) ? rs.getString(1) : null;
          }
        }
      }
      if (keys == 1 && key != null) {
        rowid = key;
      }
    } catch (SQLException e) {
      return D1Limits.NOT_AUTHORIZED;
    }
    return ReservedAccess.message(tokens, index, stored, columns, rowid);
  }

  /** The counters Miniflare compares before and after a query, and the schema version they were read under. */
  private record State(long totalChanges, long lastRowId, long size, long schemaVersion) {}

  private State state() throws SQLException {
    if (stateQuery == null) {
      stateQuery = connection.prepareStatement("SELECT total_changes(), last_insert_rowid(), "
          + "(SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count()), "
          + "(SELECT page_size FROM pragma_page_size()), (SELECT schema_version FROM pragma_schema_version())");
    }
    try (ResultSet rs = stateQuery.executeQuery()) {
      rs.next();
      // an empty database has no page yet; workerd's counts its header page
      return new State(rs.getLong(1), rs.getLong(2), Math.max(rs.getLong(3), 1) * rs.getLong(4), rs.getLong(5));
    }
  }

  /** Forgets what this store keeps about the connection: someone else is about to use or replace it. */
  private void forgetConnectionState() {
    known = null;
    storedBodies.forget();
    if (stateQuery != null) {
      prepared.discard(stateQuery);
      stateQuery = null;
    }
    if (metadataTouch != null) {
      prepared.discard(metadataTouch);
      metadataTouch = null;
    }
    plans.clear();
    prepared.clear();
  }

  /**
   * The whole database, for the per-test reset.
   *
   * @return SQLite's serialization
   */
  synchronized byte[] snapshot() {
    return database.snapshot();
  }

  /**
   * Puts the database back to a snapshot.
   *
   * @param snapshot bytes {@link #snapshot()} returned
   */
  synchronized void restore(byte[] snapshot) {
    forgetConnectionState();
    database.restore(snapshot);
    metadataWritten = false;
    multiStatementRuns.clear();
  }

  /**
   * The connection, for the Java handle's own reads (callers synchronize on this store).
   *
   * @return the open connection
   */
  Connection connection() {
    forgetConnectionState();
    return connection;
  }

  @Override
  public synchronized void close() {
    forgetConnectionState();
    database.close();
  }
}
