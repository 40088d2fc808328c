package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.internal.RowCounter;
import java.util.List;

/**
 * The answer to one query: the last statement's columns and rows, and Miniflare's {@code meta}.
 *
 * @param columns the column names, in order (duplicates kept)
 * @param rows the rows; values are {@code null}, {@link Long}, {@link Double}, {@link String} or
 *     {@code byte[]}
 * @param meta the query's metadata
 */
record D1Result(List<String> columns, List<Object[]> rows, Meta meta) {

  /**
   * Miniflare's {@code meta} of one query.
   *
   * @param duration milliseconds on workerd's clock, which stands still while a query runs: 0
   * @param changes rows changed by the query's statements
   * @param lastRowId the connection's last inserted row id after the query
   * @param changedDb whether the query changed rows, the last row id or the database's size
   * @param sizeAfter the database's size in bytes after the query (pages in use)
   * @param rowsRead rows the last statement read (an estimate; see {@link RowCounter})
   * @param rowsWritten rows and index entries the last statement wrote (an estimate)
   */
  record Meta(long duration, long changes, long lastRowId, boolean changedDb, long sizeAfter, long rowsRead, long rowsWritten) {}
}
