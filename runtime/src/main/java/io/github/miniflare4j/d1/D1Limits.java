package io.github.miniflare4j.d1;

import java.util.Set;

/**
 * D1's messages and rules, worded as Miniflare (and the workerd SQLite storage under it) words
 * them; every one of them was recorded against the real Miniflare.
 */
final class D1Limits {

  /** {@code meta.served_by} of every result. */
  static final String SERVED_BY = "miniflare.db";

  /** A request whose queries are all empty (or hold only a comment led by white space). */
  static final String NO_STATEMENTS = "No SQL statements detected.";

  /** A query holding only comments. */
  static final String NO_STATEMENT_IN_CODE = "SQL code did not contain a statement.";

  /** Bound values that do not match the statement's parameters. */
  static final String WRONG_PARAMETER_COUNT = "Wrong number of parameter bindings for SQL query.";

  /** A query of several statements where one but the last has parameters. */
  static final String ONLY_LAST_HAS_PARAMETERS =
      "When executing multiple SQL statements in a single call, only the last statement can have parameters.";

  /** {@code BEGIN}, {@code COMMIT}, {@code SAVEPOINT}, ... (workerd's Durable Object SQL refuses them). */
  static final String NO_TRANSACTION_STATEMENTS = "To execute a transaction, please use the state.storage.transaction() "
      + "or state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or SAVEPOINT statements. "
      + "The JavaScript API is safer because it will automatically roll back on exceptions, and because it "
      + "interacts correctly with Durable Objects' automatic atomic write coalescing.";

  /**
   * A transaction whose deferred foreign keys still fail at its end: workerd resets the Durable
   * Object (the request's changes are gone) and throws this.
   */
  static final String RESET_AFTER_CONSTRAINTS = "Durable Object was reset and rolled back to its last known good state "
      + "because the application left the database in a state where constraints were violated: "
      + "FOREIGN KEY constraint failed: SQLITE_CONSTRAINT (extended: SQLITE_CONSTRAINT_FOREIGNKEY)";

  /**
   * What workerd throws when SQLite ended the request's transaction itself ({@code RAISE(ROLLBACK,
   * ...)}, {@code INSERT OR ROLLBACK}).
   *
   * @return {@code internal error; reference = } and a random reference of 24 characters
   */
  static String internalError() {
    String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder reference = new StringBuilder("internal error; reference = ");
    for (int i = 0; i < 24; i++) {
      reference.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return reference.toString();
  }

  /** What workerd's authorizer answers for PRAGMAs it does not allow, ATTACH, and the {@code _cf_} tables. */
  static final String NOT_AUTHORIZED = "not authorized: SQLITE_AUTH";

  /**
   * A request body of the wrong shape (a statement that is not a string, a value that is not
   * bindable): Miniflare's schema check fails and workerd cannot read the answer. Miniflare's
   * message goes on with a stack trace of its own files, which is left out here.
   */
  static final String MALFORMED_REQUEST = "Failed to parse body as JSON, got: ZodError";

  /** The table workerd keeps its own metadata in (alarms, bookmarks); created at the first answered request. */
  static final String METADATA_TABLE = "_cf_METADATA";

  /**
   * Reading a column of a reserved table.
   *
   * @param table the table
   * @param column the column
   * @return SQLite's authorizer message with workerd's code
   */
  static String prohibitedAccess(String table, String column) {
    return "access to " + table + "." + column + " is prohibited: SQLITE_AUTH";
  }

  /** Identifiers of tables the storage reserves: statements naming them are not authorized. */
  static final String RESERVED_PREFIX = "_cf_";

  /** workerd's SQLite limit on bound parameters per statement ({@code SQLITE_LIMIT_VARIABLE_NUMBER}). */
  static final int MAX_PARAMETERS = 100;

  /** workerd's SQLite limit on the length of one statement, in bytes ({@code SQLITE_LIMIT_SQL_LENGTH}). */
  static final int MAX_STATEMENT_LENGTH = 100_000;

  /** workerd's SQLite limit on a string or blob, in bytes ({@code SQLITE_LIMIT_LENGTH}; recorded by bisection). */
  static final int MAX_VALUE_LENGTH = 2_200_000;

  /**
   * workerd's SQLite limit on the columns of a table, a result, an index, an ORDER BY or a GROUP BY
   * ({@code SQLITE_LIMIT_COLUMN}; recorded: 100 pass, 101 fail).
   */
  static final int MAX_COLUMNS = 100;

  /** workerd's SQLite limit on the terms of a compound SELECT ({@code SQLITE_LIMIT_COMPOUND_SELECT}; recorded). */
  static final int MAX_COMPOUND_SELECT = 5;

  /** workerd's SQLite limit on a LIKE or GLOB pattern, in bytes ({@code SQLITE_LIMIT_LIKE_PATTERN_LENGTH}; recorded). */
  static final int MAX_LIKE_PATTERN_LENGTH = 50;

  /** workerd's SQLite limit on the depth of an expression tree ({@code SQLITE_LIMIT_EXPR_DEPTH}; recorded). */
  static final int MAX_EXPRESSION_DEPTH = 100;

  /** workerd's SQLite limit on a function's arguments ({@code SQLITE_LIMIT_FUNCTION_ARG}; recorded: 127 pass, 128 fail). */
  static final int MAX_FUNCTION_ARGUMENTS = 127;

  /** The PRAGMAs workerd allows; every other one is not authorized. */
  static final Set<String> ALLOWED_PRAGMAS = io.github.miniflare4j.storage.SqlDatabase.WORKERD_ALLOWED_PRAGMAS;

  /** Names of the temporary schema: workerd's authorizer refuses creating anything there. */
  static final Set<String> TEMP_SCHEMA_WORDS = Set.of("temp", "temporary");

  /** PRAGMAs workerd's authorizer allows only with an argument (a table or an index to describe). */
  static final Set<String> PRAGMAS_NEEDING_ARGUMENT = Set.of("table_info", "table_xinfo", "index_info", "index_list",
      "index_xinfo", "foreign_key_list");

  /** PRAGMAs whose table-valued function takes the pragma's argument first, the schema second. */
  static final Set<String> PRAGMAS_TAKING_ARGUMENT = Set.of("table_info", "table_xinfo", "index_info", "index_list",
      "index_xinfo", "foreign_key_list", "foreign_key_check", "quick_check");

  /**
   * Whether the authorizer allows a pragma as a table-valued function ({@code pragma_table_info('t')}),
   * which runs the PRAGMA with its first argument: as the statement, those needing an argument
   * need one, and {@code optimize} takes none (recorded).
   *
   * @param pragma the pragma's name, lower case
   * @param withArguments whether the call passes arguments
   * @return whether it is allowed
   */
  static boolean allowedPragmaFunction(String pragma, boolean withArguments) {
    return ALLOWED_PRAGMAS.contains(pragma) && (withArguments || !PRAGMAS_NEEDING_ARGUMENT.contains(pragma))
        && !(withArguments && pragma.equals("optimize"));
  }

  /** Table-valued PRAGMA functions are named by this prefix; the authorizer allows those of {@link #ALLOWED_PRAGMAS}. */
  static final String PRAGMA_FUNCTION_PREFIX = "pragma_";

  /**
   * A function the authorizer refuses, located as SQLite locates it.
   *
   * @param name the function
   * @param offset where its name starts in the statement, or -1 when the statement does not hold
   *     it (a view's or trigger's body calls it): SQLite gives no offset then
   * @return the message
   */
  static String refusedFunction(String name, int offset) {
    return "not authorized to use function: " + name + (offset < 0 ? "" : " at offset " + offset) + ": SQLITE_ERROR";
  }

  /** Statements that open or close transactions. */
  static final Set<String> TRANSACTION_VERBS = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE");

  /** Statements workerd's authorizer refuses outright. */
  static final Set<String> REFUSED_VERBS = Set.of("ATTACH", "DETACH");

  /** The second run of the same query of several statements (workerd's statement cache refuses it). */
  static final String STATEMENT_BUSY = "A SQL prepared statement can only be executed once at a time.";

  /** {@code VACUUM}: allowed, but every D1 query runs inside a transaction. */
  static final String NO_VACUUM = "cannot VACUUM from within a transaction: SQLITE_ERROR";

  private D1Limits() {}
}
