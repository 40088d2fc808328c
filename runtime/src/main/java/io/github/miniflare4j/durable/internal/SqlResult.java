package io.github.miniflare4j.durable.internal;

import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * The outcome of one {@code sql.exec}: the columns and rows of its last statement with the row
 * counters, or the error message workerd would throw. Read by the prelude's cursor.
 */
public final class SqlResult {

  private final String error;
  private final String[] columnNames;
  private final List<Object[]> rows;
  private final int rowsRead;
  private final int rowsWritten;

  SqlResult(String error, String[] columnNames, List<Object[]> rows, int rowsRead, int rowsWritten) {
    this.error = error;
    this.columnNames = columnNames;
    this.rows = rows;
    this.rowsRead = rowsRead;
    this.rowsWritten = rowsWritten;
  }

  static SqlResult failed(String message) {
    return new SqlResult(message, new String[0], List.of(), 0, 0);
  }

  /**
   * The {@code Error} message to throw, or {@code null} on success.
   *
   * @return the message, or {@code null}
   */
  @HostAccess.Export
  public String error() {
    return error;
  }

  /**
   * The result's column names.
   *
   * @return the column names, in order
   */
  @HostAccess.Export
  public String[] columnNames() {
    return columnNames;
  }

  /**
   * The rows as arrays of cell values (numbers, strings, {@code ByteBuffer}s or null).
   *
   * @return a new array of the rows
   */
  @HostAccess.Export
  public Object[][] rows() {
    return rows.toArray(new Object[0][]);
  }

  /**
   * Rows read, as counted here: the rows the statement returned or changed.
   *
   * @return the count
   */
  @HostAccess.Export
  public int rowsRead() {
    return rowsRead;
  }

  /**
   * Rows written: the rows the statement inserted, updated or deleted.
   *
   * @return the count
   */
  @HostAccess.Export
  public int rowsWritten() {
    return rowsWritten;
  }

  /**
   * The rows, for Java callers.
   *
   * @return the rows, each cell as in {@link #rows()}
   */
  public List<Object[]> rowList() {
    return rows;
  }
}
