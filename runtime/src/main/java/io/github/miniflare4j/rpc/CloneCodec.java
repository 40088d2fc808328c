package io.github.miniflare4j.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * (object or Map), {@link LinkedHashSet} (Set); an Error or DOMException as a map with {@code
 * name} and {@code message} (and {@code cause} when it has one); Headers as a map of names to
 * values; a Request as a map with {@code method}, {@code url}, {@code headers} and {@code body},
 * a Response as a map with {@code status}, {@code statusText}, {@code headers} and {@code body};
 * a function, {@code RpcTarget}, ReadableStream (a body too) or WritableStream as an {@link
 * RpcStub}. Array holes
 * read as {@code null} and boxed primitives as their value. Encoding accepts the same types plus
 * any {@link Number}, {@link Map} with string keys (a plain object), {@link Collection} (an Array)
 * and {@link RpcStub} (sent back by reference).
 */
public final class CloneCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private CloneCodec() {}

  /**
   * Decodes clone text into Java values (see the class comment).
   *
   * @param text clone text written by the prelude or by {@link #encode}
   * @return the decoded value, possibly {@code null}
   * @throws IllegalArgumentException when {@code text} is not clone text
   */
  public static Object decode(String text) {
    return decode(text, DEFAULT_TIMEOUT);
  }

  /**
   * Decodes clone text, giving each {@link RpcStub} in it {@code timeout} for its waiting calls.
   *
   * @param text clone text written by the prelude or by {@link #encode}
   * @param timeout how long the stubs' waiting calls wait
   * @return the decoded value, possibly {@code null}
   * @throws IllegalArgumentException when {@code text} is not clone text
   */
  public static Object decode(String text, Duration timeout) {
    try {
      return new Reader(timeout).decode(JSON.readTree(text), new ArrayList<>());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Not structured-clone text: " + text, e);
    }
  }

  /**
   * Decodes the bytes a binding kept for a value: the UTF-8 of its clone text, as the prelude's
   * {@code cloneToBytes} writes them (a queue message body, say).
   *
   * @param bytes the UTF-8 of clone text
   * @return the decoded value, possibly {@code null}
   * @throws IllegalArgumentException when the bytes are not clone text
   */
  public static Object decodeBytes(byte[] bytes) {
    return decode(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Encodes a Java value as the bytes the prelude's {@code cloneFromBytes} reads.
   *
   * @param value a value of the types the class comment lists, or {@code null}
   * @return the UTF-8 of its clone text
   * @throws IllegalArgumentException as {@link #encode} does
   */
  public static byte[] encodeBytes(Object value) {
    return encode(value).getBytes(StandardCharsets.UTF_8);
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

  /**
   * JSON's reading of a value with the errors of its clone text put back: where the clone holds
   * an Error or DOMException (which JSON writes as {@code {}}, or as its own enumerable members),
   * the decoded error (a map, see the class comment) replaces what JSON read; everything else
   * stays as JSON read it (its number types, Dates as strings). Only the members JSON kept are
   * looked at.
   *
   * @param text the value's clone text, as the prelude wrote it
   * @param fromJson the same value as read from its JSON (maps and lists that may be changed)
   * @return {@code fromJson} with its errors put back, or the decoded error when the value is one
   * @throws IllegalArgumentException when {@code text} is not clone text
   */
  public static Object withErrors(String text, Object fromJson) {
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Not structured-clone text: " + text, e);
    }
    Reader reader = new Reader(DEFAULT_TIMEOUT);
    List<Object> refs = new ArrayList<>();
    reader.decode(tree, refs);
    return reader.putErrorsBack(tree, fromJson, refs);
  }

  /** One decoding: the timeout its stubs get. */
  private static final class Reader {
    private final Duration timeout;
    /** The errors decoded so far, by identity. */
    private final Set<Object> errors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Reader(Duration timeout) {
      this.timeout = timeout;
    }

    Object decode(JsonNode node, List<Object> refs) {
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
          return remember(node, 2, node.get(1).isNull() ? null : Instant.ofEpochMilli(node.get(1).asLong()), refs);
        case "x":
          return remember(node, 3, "/" + node.get(1).asText() + "/" + node.get(2).asText(), refs);
        case "r":
          return refs.get(node.get(1).asInt());
        case "c":
          return new RpcStub(node.get(1).asText(), node.get(2).asInt(), RpcStub.Kind.of(node.get(3).asText()), timeout);
        case "S":
          return new RpcStub(node.get(1).asText(), node.get(2).asInt(), RpcStub.Kind.STREAM, timeout);
        case "W":
          return new RpcStub(node.get(1).asText(), node.get(2).asInt(), RpcStub.Kind.WRITABLE, timeout);
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
        case "e":
        case "D": {
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("name", node.get(2).asText());
          error.put("message", node.get(3).asText());
          refs.set(id, error);
          errors.add(error);
          if ("e".equals(tag) && node.size() > 5) {
            error.put("cause", decode(node.get(5), refs));
          }
          return error;
        }
        case "E": {
          // an error with its own properties (enhanced_error_serialization); an own name replaces
          // the class's; a message that is no string is a value of its own
          Map<String, Object> error = new LinkedHashMap<>();
          error.put("name", node.get(2).asText());
          refs.set(id, error);
          errors.add(error);
          error.put("message", node.get(3).isTextual() ? node.get(3).asText() : decode(node.get(3), refs));
          node.get(5).forEach(pair -> error.put(pair.get(0).asText(), decode(pair.get(1), refs)));
          return error;
        }
        case "H": {
          Map<String, Object> headers = headers(node.get(2));
          refs.set(id, headers);
          return headers;
        }
        case "Q": {
          Map<String, Object> request = new LinkedHashMap<>();
          refs.set(id, request);
          request.put("method", node.get(2).asText());
          request.put("url", node.get(3).asText());
          request.put("headers", headers(node.get(4)));
          request.put("body", decode(node.get(5), refs));
          return request;
        }
        case "R": {
          Map<String, Object> response = new LinkedHashMap<>();
          refs.set(id, response);
          response.put("status", node.get(2).asInt());
          response.put("statusText", node.get(3).asText());
          response.put("headers", headers(node.get(4)));
          response.put("body", decode(node.get(5), refs));
          return response;
        }
        default:
          throw new IllegalArgumentException("Unknown structured-clone tag \"" + tag + "\"");
      }
    }

    /** {@link #withErrors} once {@code refs} holds the whole decoding of {@code node}. */
    @SuppressWarnings("unchecked")
    Object putErrorsBack(JsonNode node, Object fromJson, List<Object> refs) {
      if (node == null || !node.isArray() || node.isEmpty()) {
        return fromJson;
      }
      String tag = node.get(0).asText();
      switch (tag) {
        case "e", "D", "E", "r" -> {
          Object decoded = refs.get(node.get(1).asInt());
          return errors.contains(decoded) ? decoded : fromJson;
        }
        case "o" -> {
          if (fromJson instanceof Map<?, ?> map) {
            Map<Object, Object> members = (Map<Object, Object>) map;
            node.get(2).forEach(pair -> {
              String key = pair.get(0).asText();
              if (members.containsKey(key)) {
                members.put(key, putErrorsBack(pair.get(1), members.get(key), refs));
              }
            });
          }
          return fromJson;
        }
        case "a" -> {
          if (fromJson instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            JsonNode nodes = node.get(2);
            for (int i = 0; i < nodes.size() && i < items.size(); i++) {
              items.set(i, putErrorsBack(nodes.get(i), items.get(i), refs));
            }
          }
          return fromJson;
        }
        default -> {
          return fromJson;
        }
      }
    }

    /** A value whose node may carry its reference id at {@code idIndex} (Dates, RegExps), kept for later references. */
    private static Object remember(JsonNode node, int idIndex, Object value, List<Object> refs) {
      if (node.size() > idIndex) {
        int id = node.get(idIndex).asInt();
        while (refs.size() <= id) {
          refs.add(null);
        }
        refs.set(id, value);
      }
      return value;
    }

    private static Map<String, Object> headers(JsonNode flat) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i + 1 < flat.size(); i += 2) {
        String name = flat.get(i).asText();
        String value = flat.get(i + 1).asText();
        out.merge(name, value, (a, b) -> a + ", " + b);
      }
      return out;
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
    if (value instanceof RpcStub) {
      RpcStub.Kind kind = ((RpcStub) value).kind();
      return ((RpcStub) value).reference(tag(kind == RpcStub.Kind.STREAM ? "S" : kind == RpcStub.Kind.WRITABLE ? "W" : "c"));
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
    throw new IllegalArgumentException("Cannot send or store a " + value.getClass().getName()
        + " as a structured-clone value; use String, Number, Boolean, Instant, byte[], Map, List, Set, RpcStub or null");
  }

  private static ArrayNode tag(String tag) {
    return NODES.arrayNode().add(tag);
  }
}
