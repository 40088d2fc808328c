package io.github.miniflare4j.interop;

/**
 * JSON text handled as text, for the few places on a cold start's path where setting up a JSON
 * library would cost more than the work (Jackson's first use takes a cold JVM a quarter of a
 * second of CPU or more): the request's {@code cf} object, the constants a binding kind hands the
 * prelude.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * The same JSON without the whitespace between its tokens, as Jackson writes a tree.
   *
   * @param json well-formed JSON
   * @return the compact form
   */
  public static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A JSON string literal of {@code text}, escaped as Jackson escapes it: quote, backslash and
   * the C0 controls ({@code \b \t \n \f \r} short, the others as {@code \}{@code u00XX}); the
   * rest as it is.
   *
   * @param text any text
   * @return the quoted literal
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
