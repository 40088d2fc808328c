package io.github.miniflare4j.webapi;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the engine knows of a value that JavaScript itself cannot see, for {@code util.inspect}
 * and {@code util.types}: whether an object is a Proxy, and a promise's state. Both read the
 * engine's own description of the value (its polyglot display string), so they cost one
 * formatting of the value; only inspection calls them.
 */
public final class EngineInspection {

  private static final String STATUS = "[[PromiseStatus]]: ";
  private static final String VALUE = "[[PromiseValue]]: ";

  /**
   * Whether a value is a JavaScript Proxy (of an object or of a function).
   *
   * @param value any value
   * @return {@code true} for a Proxy
   */
  @HostAccess.Export
  public boolean isProxy(Value value) {
    if (value == null || value.isNull() || !value.hasMembers() && !value.canExecute()) {
      return false;
    }
    Value meta = value.getMetaObject();
    // the engine names a Proxy's meta object "Proxy" and shows it as Proxy(target, handler); a
    // class or function named Proxy shows as Proxy{...} or by its source text
    return meta != null && !meta.canExecute() && "Proxy".equals(meta.getMetaQualifiedName())
        && value.toString().startsWith("Proxy(");
  }

  /**
   * A promise's state and, for a settled one, the engine's display of its value.
   *
   * @param value a promise
   * @return {@code "pending"}, or {@code "resolved\n<display>"} / {@code "rejected\n<display>"};
   *     {@code null} when the engine does not describe the value as a promise
   */
  @HostAccess.Export
  public String promiseState(Value value) {
    String text = value == null ? "" : value.toString();
    // the engine shows own properties first: Promise{extra: 1, [[PromiseStatus]]: "resolved", [[PromiseValue]]: 2}
    int status = text.indexOf(STATUS);
    int valueAt = status < 0 ? -1 : text.indexOf(VALUE, status);
    if (valueAt < 0 || !text.endsWith("}")) {
      return null;
    }
    String state = text.substring(status + STATUS.length(), valueAt).replace("\"", "").replace(",", "").trim();
    if (state.equals("pending")) {
      return "pending";
    }
    return state + "\n" + leadingToken(text.substring(valueAt + VALUE.length(), text.length() - 1));
  }

  /**
   * The value's display at the start of {@code text}, which own properties of the promise may
   * follow ({@code 2, extra: 1}): a double-quoted string through its closing quote, anything
   * else up to the first comma.
   */
  private static String leadingToken(String text) {
    if (text.startsWith("\"")) {
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          return text.substring(0, i + 1);
        }
      }
      return text;
    }
    int comma = text.indexOf(',');
    return comma < 0 ? text : text.substring(0, comma);
  }
}
