package io.github.miniflare4j.assets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs of {@code _redirects} and {@code _headers} lines, checked and normalised as
 * Cloudflare's configuration parser does: a path (dot segments resolved, unsafe characters
 * percent-encoded) or an {@code https://} URL; the messages are Cloudflare's.
 */
final class RuleUrls {

  private static final Pattern ABSOLUTE = Pattern.compile("^https://+(?<host>[^/]+)/?(?<path>.*)");
  private static final Pattern HOST_WITH_PORT = Pattern.compile(".*:\\d+$");

  /**
   * A checked URL, or the reason it was refused.
   *
   * @param url the normalised URL, or {@code null} when refused
   * @param error why it was refused, or {@code null}
   */
  record Checked(String url, String error) {}

  private RuleUrls() {}

  static Checked check(String token, boolean onlyRelative, boolean disallowPorts, boolean keepSearchAndHash) {
    Matcher absolute = ABSOLUTE.matcher(token);
    if (absolute.find() && !absolute.group("host").isEmpty()) {
      String host = absolute.group("host");
      if (onlyRelative) {
        return new Checked(null, "Only relative URLs are allowed. Skipping absolute URL " + token + ".");
      }
      if (disallowPorts && HOST_WITH_PORT.matcher(host).matches()) {
        return new Checked(null, "Specifying ports is not supported. Skipping absolute URL " + token + ".");
      }
      return new Checked("https://" + host + pathname(absolute.group("path"), keepSearchAndHash), null);
    }
    if (!token.startsWith("/") && onlyRelative) {
      token = "/" + token;
    }
    if (token.startsWith("/")) {
      return new Checked(pathname(token, keepSearchAndHash), null);
    }
    return new Checked(null, onlyRelative
        ? "URLs should begin with a forward-slash."
        : "URLs should either be relative (e.g. begin with a forward-slash), or use HTTPS (e.g. begin with \"https://\").");
  }

  static boolean hasHost(String url) {
    Matcher absolute = ABSOLUTE.matcher(url);
    return absolute.find() && !absolute.group("host").isEmpty();
  }

  /** The path of {@code path} as a URL parser sees it, with its search and hash when asked. */
  private static String pathname(String path, boolean keepSearchAndHash) {
    String hash = "";
    String search = "";
    int hashAt = path.indexOf('#');
    if (hashAt >= 0) {
      hash = path.substring(hashAt);
      path = path.substring(0, hashAt);
    }
    int searchAt = path.indexOf('?');
    if (searchAt >= 0) {
      search = path.substring(searchAt);
      path = path.substring(0, searchAt);
    }
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    String normalized = encode(removeDotSegments(path), " \"<>`{}");
    if (!keepSearchAndHash) {
      return normalized;
    }
    return normalized + (search.length() > 1 ? encode(search, " \"#<>") : "")
        + (hash.length() > 1 ? encode(hash, " \"<>`") : "");
  }

  private static String removeDotSegments(String path) {
    Deque<String> out = new ArrayDeque<>();
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals("..") || segment.equalsIgnoreCase("%2e%2e")) {
        out.pollLast();
        if (last) {
          out.addLast("");
        }
      } else if (segment.equals(".") || segment.equalsIgnoreCase("%2e")) {
        if (last) {
          out.addLast("");
        }
      } else {
        out.addLast(segment);
      }
    }
    return "/" + String.join("/", out);
  }

  private static String encode(String text, String unsafe) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x21 || c > 0x7e || unsafe.indexOf(c) >= 0) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }
}
