package io.github.miniflare4j.durable.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;
import org.sqlite.core.DB;

/**
 * The SQLite limits workerd sets on a Durable Object's database, as recorded against the real
 * runtime: strings and blobs up to 2,200,000 bytes, statements up to 100,000 characters, at most
 * 100 result columns, 100 bound parameters, 127 function arguments and expression trees 100
 * deep. They hold while a
 * worker's {@code sql.exec} runs (the storage's own statements keep SQLite's defaults, so that
 * key-value pairs are not held to them): {@link #apply} sets them and {@link #close} puts the
 * previous values back.
 */
final class WorkerdSqlLimits implements AutoCloseable {

  private static final SQLiteLimits[] LIMITS = {
    SQLiteLimits.SQLITE_LIMIT_LENGTH, SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, SQLiteLimits.SQLITE_LIMIT_COLUMN,
    SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER, SQLiteLimits.SQLITE_LIMIT_FUNCTION_ARG, SQLiteLimits.SQLITE_LIMIT_EXPR_DEPTH,
  };
  private static final int[] VALUES = {2_200_000, 100_000, 100, 100, 127, 100};

  /** The most bound parameters a statement may take. */
  static final int MAX_PARAMETERS = 100;

  private final DB db;
  private final int[] previous = new int[LIMITS.length];

  private WorkerdSqlLimits(DB db) throws SQLException {
    this.db = db;
    for (int i = 0; i < LIMITS.length; i++) {
      previous[i] = db.limit(LIMITS[i].getId(), VALUES[i]);
    }
  }

  /**
   * Sets workerd's limits on {@code connection} until {@link #close()}.
   *
   * @param connection the object's SQLite connection
   * @return the handle that restores the previous limits
   * @throws SQLException when SQLite refuses
   */
  static WorkerdSqlLimits apply(Connection connection) throws SQLException {
    return new WorkerdSqlLimits(connection.unwrap(SQLiteConnection.class).getDatabase());
  }

  @Override
  public void close() throws SQLException {
    for (int i = 0; i < LIMITS.length; i++) {
      db.limit(LIMITS[i].getId(), previous[i]);
    }
  }
}
