package io.github.miniflare4j.kv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Jackson mapper of the Java KV handle, and its error messages. */
final class KvJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private KvJson() {}

  static <T> T read(String json, Class<T> type, String what) {
    return json == null ? null : read(json, MAPPER.constructType(type), what);
  }

  static <T> T read(String json, TypeReference<T> type, String what) {
    return json == null ? null : read(json, MAPPER.getTypeFactory().constructType(type), what);
  }

  private static <T> T read(String json, JavaType type, String what) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The " + what + " is not JSON readable as " + type.toCanonical() + ": "
          + e.getOriginalMessage() + " (text: " + abbreviate(json) + ")", e);
    }
  }

  static String write(Object value, String what) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The " + what + " of type " + value.getClass().getName()
          + " cannot be serialised to JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
