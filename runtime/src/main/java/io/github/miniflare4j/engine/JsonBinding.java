package io.github.miniflare4j.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** A plain variable: JSON text that the prelude parses into a fresh value per isolate. */
public final class JsonBinding implements JsBinding {

  private final String name;
  private final String json;

  /**
   * Binds {@code name} to the given JSON value.
   *
   * @param name the binding name
   * @param value the value; the worker sees it converted to a JavaScript value
   */
  public JsonBinding(String name, JsonNode value) {
    this.name = name;
    this.json = wellFormed(value.toString());
  }

  /**
   * The text with each lone surrogate replaced by U+FFFD: workerd holds a binding's JSON as UTF-8,
   * so a worker never sees a lone surrogate in a variable (recorded).
   */
  private static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (!pair && Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
        continue;
      }
      if (out != null) {
        out.append(c);
        if (pair) {
          out.append(text.charAt(++i));
        }
      } else if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "json";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return json;
  }
}
