package io.github.miniflare4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Structural JSON comparison: key order ignored, array order kept, numbers by value. */
final class JsonDiff {

  private JsonDiff() {}

  /** Null when equal, else the path of the first difference and both values. */
  static String diff(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : at(path, expected, actual);
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return at(path, expected, actual);
    }
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = actual.get(e.getKey());
        if (other == null) {
          return path + "." + e.getKey() + ": missing, expected " + e.getValue();
        }
        String d = diff(path + "." + e.getKey(), e.getValue(), other);
        if (d != null) {
          return d;
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!expected.has(name)) {
          return path + "." + name + ": unexpected " + actual.get(name);
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return at(path, expected, actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = diff(path + "[" + i + "]", expected.get(i), actual.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : at(path, expected, actual);
  }

  private static String at(String path, JsonNode expected, JsonNode actual) {
    String a = actual.toString();
    String e = expected.toString();
    return path + ": " + (a.length() > 300 ? a.substring(0, 300) + "…" : a) + " != "
        + (e.length() > 300 ? e.substring(0, 300) + "…" : e);
  }
}
