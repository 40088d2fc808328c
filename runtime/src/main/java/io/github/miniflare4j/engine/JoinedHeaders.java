package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.Headers;
import java.util.List;
import java.util.Map;

/**
 * Header fields as one string crossing between Java and the prelude: {@code
 * "name\0value\0name\0value"}, {@code ""} for none. One string crosses where a flat array would be
 * read element by element, each read a call into the interpreter. No header name or value the
 * prelude accepts holds a NUL, so the separator is unambiguous.
 */
final class JoinedHeaders {

  private JoinedHeaders() {}

  /**
   * The fields joined, when every one of them passes the checks the prelude's {@code Headers}
   * makes (a lower-case token name; a value without NUL, CR, LF and without leading or trailing
   * HTTP whitespace), so that the prelude may take them as they are; else {@code null}, and the
   * prelude checks them one by one (and throws its own errors). Values are read as workerd reads
   * the bytes Java sends (see {@link HeaderBytes}).
   *
   * @param fields (name, value) pairs
   * @return the joined fields, or {@code null} when some field needs the prelude's checks
   */
  static String joinChecked(List<Map.Entry<String, String>> fields) {
    StringBuilder joined = new StringBuilder(fields.size() * 32);
    for (Map.Entry<String, String> field : fields) {
      String name = field.getKey();
      String value = field.getValue();
      if (!isLowerCaseToken(name) || !isPlainValue(value)) {
        return null;
      }
      if (joined.length() > 0) {
        joined.append('\0');
      }
      joined.append(name).append('\0').append(HeaderBytes.toWorker(value));
    }
    return joined.toString();
  }

  /**
   * Reads joined fields (see the class comment), values as Java sees a worker's (see {@link
   * HeaderBytes}).
   *
   * @param joined {@code "name\0value..."} or {@code ""}
   * @return the headers, in the order given
   * @throws IllegalArgumentException when the names and values do not pair up
   */
  static Headers parse(String joined) {
    Headers.Builder builder = Headers.builder();
    if (joined.isEmpty()) {
      return builder.build();
    }
    int start = 0;
    int length = joined.length();
    while (start <= length) {
      int nameEnd = joined.indexOf('\0', start);
      if (nameEnd < 0) {
        throw new IllegalArgumentException("joined header fields end with a name and no value");
      }
      int valueEnd = joined.indexOf('\0', nameEnd + 1);
      if (valueEnd < 0) {
        valueEnd = length;
      }
      builder.add(joined.substring(start, nameEnd), HeaderBytes.toJava(joined.substring(nameEnd + 1, valueEnd)));
      start = valueEnd + 1;
    }
    return builder.build();
  }

  private static boolean isLowerCaseToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!token) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainValue(String value) {
    int n = value.length();
    if (n > 0 && (isEdgeWhitespace(value.charAt(0)) || isEdgeWhitespace(value.charAt(n - 1)))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '\0' || c == '\r' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isEdgeWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
