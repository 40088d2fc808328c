package io.github.miniflare4j.d1;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Miniflare's D1 wire format between the binding's JavaScript and the database: the request
 * body ({@code {sql, params}} or an array of them, as workerd's binding sends it) and the answer
 * (an array of {@code {success, results, meta}}, or {@code {success: false, error}}), wrapped
 * with the session bookmark.
 */
final class D1Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private D1Json() {}

  /**
   * Reads a request body.
   *
   * @param body the JSON text workerd's binding sends
   * @return the queries
   * @throws D1Failure {@link D1Limits#MALFORMED_REQUEST} when the body does not have the shape
   *     Miniflare's schema checks
   */
  static List<D1Query> queries(String body) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new D1Failure(D1Limits.MALFORMED_REQUEST);
    }
    List<D1Query> queries = new ArrayList<>();
    if (tree != null && tree.isArray()) {
      for (JsonNode query : tree) {
        queries.add(query(query));
      }
    } else {
      queries.add(query(tree));
    }
    return queries;
  }

  private static D1Query query(JsonNode node) {
    if (node == null || !node.isObject() || !node.path("sql").isTextual()) {
      throw new D1Failure(D1Limits.MALFORMED_REQUEST);
    }
    JsonNode params = node.get("params");
    List<Object> values = new ArrayList<>();
    if (params != null && !params.isNull()) {
      if (!params.isArray()) {
        throw new D1Failure(D1Limits.MALFORMED_REQUEST);
      }
      for (JsonNode param : params) {
        values.add(value(param));
      }
    }
    return new D1Query(node.get("sql").asText(), values);
  }

  /** A JavaScript number is always bound as a REAL; an array of numbers is a blob of their low bytes. */
  private static Object value(JsonNode param) {
    if (param.isNull()) {
      return null;
    }
    if (param.isNumber()) {
      return param.asDouble();
    }
    if (param.isTextual()) {
      return param.asText();
    }
    if (param.isArray()) {
      byte[] bytes = new byte[param.size()];
      for (int i = 0; i < bytes.length; i++) {
        JsonNode b = param.get(i);
        if (!b.isNumber()) {
          throw new D1Failure(D1Limits.MALFORMED_REQUEST);
        }
        bytes[i] = (byte) toUint8(b.asDouble());
      }
      return bytes;
    }
    throw new D1Failure(D1Limits.MALFORMED_REQUEST);
  }

  /** ECMAScript's ToUint8, as {@code new Uint8Array([n])} applies it. */
  private static int toUint8(double n) {
    if (Double.isNaN(n) || Double.isInfinite(n)) {
      return 0;
    }
    return (int) (((long) n) & 0xff);
  }

  /**
   * The answer to a successful request.
   *
   * @param results one result per query
   * @param rowsAndColumns {@code true} for workerd's {@code ROWS_AND_COLUMNS} format, {@code false}
   *     for an array of objects (what Miniflare answers for {@code NONE} too)
   * @param bookmark the session bookmark after the request
   * @return {@code {"bookmark": ..., "answer": [...]}}
   */
  static String success(List<D1Result> results, boolean rowsAndColumns, String bookmark) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("bookmark", bookmark);
      json.writeArrayFieldStart("answer");
      for (D1Result result : results) {
        json.writeStartObject();
        json.writeBooleanField("success", true);
        json.writeFieldName("results");
        if (rowsAndColumns) {
          json.writeStartObject();
          json.writeArrayFieldStart("columns");
          for (String column : result.columns()) {
            json.writeString(column);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("rows");
          for (Object[] row : result.rows()) {
            json.writeStartArray();
            for (Object value : row) {
              write(json, value);
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeEndObject();
        } else {
          json.writeStartArray();
          for (Object[] row : result.rows()) {
            json.writeStartObject();
            for (int i = 0; i < row.length; i++) {
              json.writeFieldName(result.columns().get(i));
              write(json, row[i]);
            }
            json.writeEndObject();
          }
          json.writeEndArray();
        }
        writeMeta(json, result.meta());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The answer to a failed request.
   *
   * @param message Miniflare's message
   * @return {@code {"bookmark": null, "answer": {"success": false, "error": message}}}
   */
  static String failure(String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeNullField("bookmark");
      json.writeObjectFieldStart("answer");
      json.writeBooleanField("success", false);
      json.writeStringField("error", message);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The answer to a request the database threw on (see {@link D1Failure#thrown()}).
   *
   * @param message the error's message
   * @return {@code {"bookmark": null, "thrown": message}}
   */
  static String thrown(String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeNullField("bookmark");
      json.writeStringField("thrown", message);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeMeta(JsonGenerator json, D1Result.Meta meta) throws IOException {
    json.writeObjectFieldStart("meta");
    json.writeStringField("served_by", D1Limits.SERVED_BY);
    json.writeNumberField("duration", meta.duration());
    json.writeNumberField("changes", meta.changes());
    json.writeNumberField("last_row_id", meta.lastRowId());
    json.writeBooleanField("changed_db", meta.changedDb());
    json.writeNumberField("size_after", meta.sizeAfter());
    json.writeNumberField("rows_read", meta.rowsRead());
    json.writeNumberField("rows_written", meta.rowsWritten());
    json.writeEndObject();
  }

  /** Values as Miniflare's JSON answer carries them: blobs as arrays of bytes, non-finite reals as null, -0 as 0. */
  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        json.writeNull();
      } else {
        json.writeNumber(d + 0.0);
      }
    } else if (value instanceof byte[] bytes) {
      json.writeStartArray();
      for (byte b : bytes) {
        json.writeNumber(b & 0xff);
      }
      json.writeEndArray();
    } else if (value instanceof Number n) {
      json.writeNumber(n.doubleValue() + 0.0);
    } else {
      json.writeString(value.toString());
    }
  }
}
