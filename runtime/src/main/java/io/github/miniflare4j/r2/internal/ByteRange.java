package io.github.miniflare4j.r2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an object a {@code get} reads: from a {@code range} object (offset, length,
 * suffix; checked for sign and integrality by the binding's JavaScript) or a {@code Range}
 * header, resolved against the object's size as Miniflare resolves them.
 *
 * @param offset the first byte
 * @param length the number of bytes
 */
public record ByteRange(long offset, long length) {

  private static final Pattern PREFIX = Pattern.compile("^ *bytes *=", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE = Pattern.compile("^ *(\\d+)? *- *(\\d+)? *$");

  /**
   * The range of a get.
   *
   * @param range {@code {offset?, length?, suffix?}}, or {@code null}
   * @param header a Range header's value, or {@code null}
   * @param size the object's size
   * @return the range to read; the whole object when neither is given or the header is not a
   *     single satisfiable range
   * @throws R2Exception {@code InvalidRange} for an unsatisfiable range object
   */
  public static ByteRange resolve(JsonNode range, String header, long size) {
    if (header != null) {
      List<long[]> ranges = parseHeader(header, size);
      if (ranges != null && ranges.size() == 1) {
        long[] r = ranges.get(0);
        return new ByteRange(r[0], Math.min(r[1], size - 1) - r[0] + 1);
      }
      return new ByteRange(0, size);
    }
    if (range == null || range.isNull()) {
      return new ByteRange(0, size);
    }
    Long offset = number(range, "offset");
    Long length = number(range, "length");
    Long suffix = number(range, "suffix");
    if (suffix != null) {
      if (suffix <= 0) {
        throw R2Limits.failure("get", R2Limits.Failure.INVALID_RANGE);
      }
      suffix = Math.min(suffix, size);
      offset = size - suffix;
      length = suffix;
    }
    long start = offset == null ? 0 : offset;
    long count = length == null ? size - start : length;
    if (start < 0 || start > size || count <= 0) {
      throw R2Limits.failure("get", R2Limits.Failure.INVALID_RANGE);
    }
    if (start == size && length != null) {
      // Miniflare computes a range ending before it starts and fails without an R2 error code
      throw R2Limits.failure("get", R2Limits.Failure.UNSPECIFIED);
    }
    return new ByteRange(start, Math.min(count, size - start));
  }

  private static Long number(JsonNode range, String field) {
    JsonNode n = range.get(field);
    return n == null || n.isNull() ? null : n.asLong();
  }

  /** Inclusive [start, end] pairs; {@code null} when unsatisfiable, empty for the whole body. */
  private static List<long[]> parseHeader(String header, long size) {
    Matcher prefix = PREFIX.matcher(header);
    if (!prefix.find()) {
      return null;
    }
    String rest = header.substring(prefix.end());
    List<long[]> result = new ArrayList<>();
    if (rest.strip().isEmpty()) {
      return result;
    }
    for (String part : rest.split(",", -1)) {
      Matcher m = ONE.matcher(part);
      if (!m.matches()) {
        return null;
      }
      String start = m.group(1);
      String end = m.group(2);
      try {
        if (start != null && end != null) {
          long s = Long.parseLong(start);
          long e = Long.parseLong(end);
          if (s > e || s >= size) {
            return null;
          }
          result.add(new long[] {s, Math.min(e, size - 1)});
        } else if (start != null) {
          long s = Long.parseLong(start);
          if (s >= size) {
            return null;
          }
          result.add(new long[] {s, size - 1});
        } else if (end != null) {
          long suffix = Long.parseLong(end);
          if (suffix >= size) {
            return new ArrayList<>();
          }
          if (suffix != 0) {
            result.add(new long[] {size - suffix, size - 1});
          }
        } else {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return result;
  }
}
