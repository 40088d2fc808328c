package io.github.miniflare4j.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java's view of the structured-clone text that Durable Object storage and RPC use (written by
 * the prelude's {@code clone.js}). Decoding gives {@code null} (for null and undefined), {@link
 * String}, {@link Boolean}, {@link Double} (every JS number), {@link BigInteger}, {@link Instant}
 * (Date), {@code byte[]} (ArrayBuffer and views), {@link List} (Array), {@link LinkedHashMap}
 * (object or Map), {@link LinkedHashSet} (Set), and, for an Error, a map with {@code name} and
 * {@code message}; array holes read as {@code null} and boxed primitives as their value. Encoding accepts the same types plus any {@link Number}, {@link Map} with
 * string keys (a plain object) and {@link Collection} (an Array).
 */
public final class CloneCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CloneCodec() {}

  /**
   * Decodes clone text into Java values (see the class comment).
   *
   * @param text clone text written by the prelude or by {@link #encode}
   * @return the decoded value, possibly {@code null}
   * @throws IllegalArgumentException when {@code text} is not clone text
   */
  public static Object decode(String text) {
    try {
      return decode(JSON.readTree(text), new ArrayList<>());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Not structured-clone text: " + text, e);
    }
  }

  /**
   * Encodes a Java value as clone text (see the class comment).
   *
   * @param value a value of the types the class comment lists, or {@code null}
   * @return the clone text
   * @throws IllegalArgumentException when the value, or a value inside it, has an unsupported type
   *     or a map has a non-String key
   */
  public static String encode(Object value) {
    return encodeNode(value).toString();
  }

  private static Object decode(JsonNode node, List<Object> refs) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    String tag = node.get(0).asText();
    switch (tag) {
      case "u":
        return null;
      case "n":
        return "-0".equals(node.get(1).asText()) ? -0.0 : Double.valueOf(node.get(1).asText());
      case "i":
        return new BigInteger(node.get(1).asText());
      case "d":
        return node.get(1).isNull() ? null : Instant.ofEpochMilli(node.get(1).asLong());
      case "x":
        return "/" + node.get(1).asText() + "/" + node.get(2).asText();
      case "r":
        return refs.get(node.get(1).asInt());
      default:
        break;
    }
    int id = node.get(1).asInt();
    while (refs.size() <= id) {
      refs.add(null);
    }
    switch (tag) {
      case "a": {
        List<Object> out = new ArrayList<>();
        refs.set(id, out);
        node.get(2).forEach(item -> out.add(item.isArray() && "h".equals(item.path(0).asText()) ? null : decode(item, refs)));
        return out;
      }
      case "p": {
        Object value = decode(node.get(3), refs);
        refs.set(id, value);
        return value;
      }
      case "o":
      case "m": {
        Map<Object, Object> out = new LinkedHashMap<>();
        refs.set(id, out);
        node.get(2).forEach(pair -> {
          Object key = "o".equals(tag) ? pair.get(0).asText() : decode(pair.get(0), refs);
          out.put(key, decode(pair.get(1), refs));
        });
        return out;
      }
      case "s": {
        Set<Object> out = new LinkedHashSet<>();
        refs.set(id, out);
        node.get(2).forEach(item -> out.add(decode(item, refs)));
        return out;
      }
      case "b": {
        byte[] bytes = node.get(2).asText().getBytes(StandardCharsets.ISO_8859_1);
        refs.set(id, bytes);
        return bytes;
      }
      case "v": {
        byte[] buffer = (byte[]) decode(node.get(3), refs);
        int offset = node.get(4).asInt();
        String type = node.get(2).asText();
        int width = type.contains("64") ? 8 : type.contains("32") ? 4 : type.contains("16") ? 2 : 1;
        int length = "DataView".equals(type) ? node.get(5).asInt() : node.get(5).asInt() * width;
        byte[] view = java.util.Arrays.copyOfRange(buffer, offset, offset + length);
        refs.set(id, view);
        return view;
      }
      case "e": {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", node.get(2).asText());
        error.put("message", node.get(3).asText());
        refs.set(id, error);
        return error;
      }
      default:
        throw new IllegalArgumentException("Unknown structured-clone tag \"" + tag + "\"");
    }
  }

  private static JsonNode encodeNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof BigInteger) {
      return tag("i").add(value.toString());
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return tag("n").add(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
      }
      if (d == 0 && 1 / d < 0) {
        return tag("n").add("-0");
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
    }
    if (value instanceof Instant) {
      return tag("d").add(((Instant) value).toEpochMilli());
    }
    if (value instanceof byte[]) {
      return tag("b").add(0).add(new String((byte[]) value, StandardCharsets.ISO_8859_1));
    }
    if (value instanceof Map) {
      ArrayNode entries = NODES.arrayNode();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("Only maps with String keys can be stored as objects, found key " + e.getKey());
        }
        entries.add(NODES.arrayNode().add((String) e.getKey()).add(encodeNode(e.getValue())));
      }
      return tag("o").add(0).add(entries);
    }
    if (value instanceof Set) {
      ArrayNode items = NODES.arrayNode();
      ((Set<?>) value).forEach(v -> items.add(encodeNode(v)));
      return tag("s").add(0).add(items);
    }
    if (value instanceof Collection) {
      ArrayNode items = NODES.arrayNode();
      ((Collection<?>) value).forEach(v -> items.add(encodeNode(v)));
      return tag("a").add(0).add(items);
    }
    throw new IllegalArgumentException("Cannot store a " + value.getClass().getName()
        + " in Durable Object storage; use String, Number, Boolean, Instant, byte[], Map, List, Set or null");
  }

  private static ArrayNode tag(String tag) {
    return NODES.arrayNode().add(tag);
  }
}
