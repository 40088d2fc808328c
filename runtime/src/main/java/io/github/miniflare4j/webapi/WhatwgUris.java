package io.github.miniflare4j.webapi;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@link URI}s for URLs serialized by the WHATWG URL Standard. The standard leaves characters
 * in a path, query or fragment that {@code java.net.URI} refuses ({@code [ ] | ^ { } `} and,
 * from an HTTP request line, anything a client sent unescaped): such a URL is read with those
 * characters percent-encoded, everything else (existing escapes included) kept as written.
 */
public final class WhatwgUris {

  /** Characters {@code java.net.URI} refuses after the authority, besides controls and non-ASCII. */
  private static final String REFUSED = " \"<>\\^`{|}[]";

  private WhatwgUris() {}

  /**
   * The URL as a {@link URI}.
   *
   * @param url an absolute URL
   * @return the URI, with refused characters after the authority percent-encoded
   * @throws IllegalArgumentException when the URL is not valid even so
   */
  public static URI toUri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      return URI.create(escapeAfterAuthority(url));
    }
  }

  /**
   * The path of an absolute URL as written (no decoding, no escaping), {@code "/"} when empty.
   *
   * @param url an absolute URL
   * @return its path
   */
  public static String rawPath(String url) {
    int start = pathStart(url);
    int end = start;
    while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
      end++;
    }
    return end == start ? "/" : url.substring(start, end);
  }

  /**
   * The search of an absolute URL as written, with its {@code ?}; empty when there is none or it
   * is only {@code ?}.
   *
   * @param url an absolute URL
   * @return its search
   */
  public static String rawSearch(String url) {
    int start = pathStart(url);
    int hash = url.indexOf('#', start);
    int end = hash < 0 ? url.length() : hash;
    int question = url.indexOf('?', start);
    return question < 0 || question >= end - 1 ? "" : url.substring(question, end);
  }

  private static int pathStart(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      int colon = url.indexOf(':');
      return colon < 0 ? 0 : colon + 1;
    }
    int i = scheme + 3;
    while (i < url.length() && "/?#".indexOf(url.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static String escapeAfterAuthority(String url) {
    int start = pathStart(url);
    StringBuilder out = new StringBuilder(url.length() + 16).append(url, 0, start);
    boolean inFragment = false;
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean refused = c < 0x21 || c == 0x7f || REFUSED.indexOf(c) >= 0 || (c == '#' && inFragment);
      if (c == '#') {
        inFragment = true;
      }
      if (c >= 0x80) {
        int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
        appendEscaped(out, url.substring(i, end));
        i = end - 1;
      } else if (refused) {
        appendEscaped(out, String.valueOf(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, String chars) {
    for (byte b : chars.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
          .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }
  }
}
