package io.github.miniflare4j.durable;

import java.time.Duration;

/**
 * The messages and limits of Durable Objects that Java decides, worded exactly as workerd /
 * Miniflare word them. Messages thrown purely on the JavaScript side live at the top of the
 * prelude's {@code durable.js}.
 */
public final class DurableObjectLimits {

  private DurableObjectLimits() {}

  /** {@code idFromString} with anything but 64 hex digits (a {@code TypeError}). */
  public static final String INVALID_ID = "Invalid Durable Object ID: must be 64 hex digits";

  /** {@code idFromString} with 64 hex digits whose MAC does not match the namespace. */
  public static final String ID_NOT_FOR_NAMESPACE = "Durable Object ID is not valid for this namespace.";

  /** {@code sql.exec} on a class that is not SQLite-backed. */
  public static final String SQL_NOT_ENABLED =
      "SQL is not enabled for this Durable Object class. To enable it, change `new_classes` to "
          + "`new_sqlite_classes` within the 'migrations' field in your wrangler.jsonc or wrangler.toml "
          + "file. If using workerd directly,set `enableSql = true` in your workerd config for the "
          + "class. Note that this change cannot be made after the class is already deployed to "
          + "production.";

  /** {@code BEGIN} / {@code SAVEPOINT} in {@code sql.exec}. */
  public static final String SQL_NO_TRANSACTIONS =
      "To execute a transaction, please use the state.storage.transaction() or "
          + "state.storage.transactionSync() APIs instead of the SQL BEGIN TRANSACTION or SAVEPOINT "
          + "statements. The JavaScript API is safer because it will automatically roll back on "
          + "exceptions, and because it interacts correctly with Durable Objects' automatic atomic "
          + "write coalescing.";

  /** {@code sql.exec} with a query that holds no statement. */
  public static final String SQL_EMPTY = "SQL code did not contain a statement.";

  /** {@code sql.exec} with too few or too many bindings. */
  public static final String SQL_WRONG_BINDINGS = "Wrong number of parameter bindings for SQL query.";

  /** The error of a multi-statement {@code sql.exec} whose statement before the last takes parameters. */
  public static final String SQL_BINDINGS_NOT_LAST =
      "When executing multiple SQL statements in a single call, only the last statement can have parameters.";

  /** What workerd's SQLite authorizer answers for ATTACH, most PRAGMAs and writes to its {@code _cf_} tables. */
  public static final String SQL_NOT_AUTHORIZED = "not authorized: SQLITE_AUTH";

  /** {@code VACUUM}: every statement runs inside workerd's implicit transaction. */
  public static final String SQL_NO_VACUUM = "cannot VACUUM from within a transaction: SQLITE_ERROR";

  /** The PRAGMAs workerd's authorizer allows (recorded); every other one is not authorized. */
  public static final java.util.Set<String> SQL_ALLOWED_PRAGMAS = io.github.miniflare4j.storage.SqlDatabase.WORKERD_ALLOWED_PRAGMAS;

  /**
   * How many times a throwing {@code alarm()} is retried (Cloudflare: "up to six times"), with
   * {@link #alarmRetryDelay(int)} between attempts.
   */
  public static final int ALARM_MAX_RETRIES = 6;

  /**
   * The delay before retry {@code n} (1-based): 2 s doubled each time, as Cloudflare documents.
   *
   * @param retry the retry number, from 1
   * @return 2 seconds times 2^(retry - 1)
   */
  public static Duration alarmRetryDelay(int retry) {
    return Duration.ofSeconds(1L << Math.min(retry, 20));
  }
}
