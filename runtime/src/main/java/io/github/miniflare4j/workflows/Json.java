package io.github.miniflare4j.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.rpc.CloneCodec;

/** Values between Java and a workflow: clone text for the run, JSON for status reports. */
final class Json {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Json() {}

  /** JSON text as Java values ({@code null} for {@code null}). */
  static Object read(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Workflows: stored JSON is unreadable: " + json, e);
    }
  }

  /** A Java value as JSON text ({@code "null"} for {@code null}), or {@code null} when JSON cannot hold it. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A Java value as the clone text a worker reads. */
  static String clone(Object value) {
    try {
      return CloneCodec.encode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Workflows: a value passed to a workflow must be null, a String, Number, Boolean, "
          + "Instant, byte[], List, Set or Map with String keys (of such values); " + e.getMessage(), e);
    }
  }
}
