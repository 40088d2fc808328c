package io.github.miniflare4j.d1;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * The typed form of one D1 query between d1.js and Java, equal in effect to Miniflare's JSON
 * wire format ({@link D1Json}) without writing or parsing JSON: the values bound come as GraalJS
 * hands JavaScript values to Java, and the answer is a flat array the script reads by index.
 * Blobs cross in bulk both ways: an ArrayBuffer in, a {@link ByteBuffer} out.
 */
final class D1TypedQuery {

  /** Index in the answer of the column names ({@code String[]}). */
  static final int COLUMNS = 0;

  /** Index in the answer of the row values, row after row ({@code Object[]}). */
  static final int VALUES = 1;

  /** Index in the answer of the first {@code meta} field; the others follow in Miniflare's order. */
  static final int META = 2;

  /** What {@link #value} and {@link #blob} answer for a value only the JSON request judges. */
  private static final Object DECLINED = new Object();

  private D1TypedQuery() {}

  /**
   * The values to bind, as {@link D1Json} reads them from {@code JSON.stringify(params)}: a
   * number is a REAL (non-finite ones were {@code null} in JSON, and {@code -0} was {@code 0}), a
   * list of finite numbers is a blob of their low bytes (d1.js sends each list as the ArrayBuffer
   * of a Float64Array); {@code null} and strings stay.
   *
   * @param script the script's values, a JavaScript array as GraalJS hands it to Java (read on the
   *     loop thread only)
   * @return the values, or {@code null} when one of them is something else (a boolean, an object,
   *     a BigInt...), whose JSON form only the JSON request judges as Miniflare does
   */
  static List<Object> values(Object script) {
    Value params = Value.asValue(script);
    int size = Math.toIntExact(params.getArraySize());
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Value element = params.getArrayElement(i);
      Object value = element.hasBufferElements() ? blob(JsBytes.bytesOrNull(element)) : value(element.as(Object.class));
      if (value == DECLINED) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  /** The low bytes of the finite doubles in native order, or {@link #DECLINED}. */
  private static Object blob(byte[] doubles) {
    DoubleBuffer numbers = ByteBuffer.wrap(doubles).order(ByteOrder.nativeOrder()).asDoubleBuffer();
    byte[] bytes = new byte[numbers.remaining()];
    for (int i = 0; i < bytes.length; i++) {
      double d = numbers.get(i);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return DECLINED;
      }
      bytes[i] = (byte) ((long) d);
    }
    return bytes;
  }

  private static Object value(Object param) {
    if (param == null || param instanceof String) {
      return param;
    }
    if (param instanceof Integer || param instanceof Double || param instanceof Long
        || param instanceof Float || param instanceof Short || param instanceof Byte) {
      double d = ((Number) param).doubleValue();
      return Double.isNaN(d) || Double.isInfinite(d) ? null : d + 0.0;
    }
    return DECLINED;
  }

  /**
   * The answer to one query as the script reads it: {@code [columns, values, served_by,
   * duration, changes, last_row_id, changed_db, size_after, rows_read, rows_written]}. Values are
   * as Miniflare's JSON answer carries them once parsed: integers as numbers (an {@code Integer}
   * when exact, else the nearest {@code Double}), non-finite reals as {@code null}, -0 as 0, blobs as
   * {@link ByteBuffer}s over their bytes (the script makes the arrays of bytes JSON has).
   *
   * @param result the query's result
   * @return the answer
   */
  static Object[] answer(D1Result result) {
    List<String> columnList = result.columns();
    String[] columns = columnList.toArray(new String[0]);
    List<Object[]> rows = result.rows();
    Object[] values = new Object[rows.size() * columns.length];
    int at = 0;
    for (Object[] row : rows) {
      for (Object value : row) {
        values[at++] = answerValue(value);
      }
    }
    D1Result.Meta meta = result.meta();
    return new Object[] {columns, values, D1Limits.SERVED_BY, number(meta.duration()), number(meta.changes()),
        number(meta.lastRowId()), meta.changedDb(), number(meta.sizeAfter()), number(meta.rowsRead()),
        number(meta.rowsWritten())};
  }

  private static Object answerValue(Object value) {
    if (value == null || value instanceof String) {
      return value;
    }
    if (value instanceof Long l) {
      return number(l);
    }
    if (value instanceof Double d) {
      // JSON.stringify writes -0 as 0
      return d.isNaN() || d.isInfinite() ? null : d + 0.0;
    }
    if (value instanceof byte[] bytes) {
      return ByteBuffer.wrap(bytes);
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isNaN(d) || Double.isInfinite(d) ? null : d + 0.0;
    }
    return value.toString();
  }

  /** A JSON integer once JavaScript parsed it: exact when it fits an int, else the nearest double. */
  private static Object number(long n) {
    return n == (int) n ? (Object) (int) n : (Object) (double) n;
  }
}
