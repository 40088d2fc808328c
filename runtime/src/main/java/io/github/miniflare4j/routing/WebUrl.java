package io.github.miniflare4j.routing;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an absolute URL as the WHATWG URL parser (Node's and workerd's {@code new
 * URL(...)}) produces them, for the cases routing needs: lower-cased, IDNA-encoded hosts, IPv4
 * and IPv6 normalisation, default ports dropped, dot segments resolved, the path, query and
 * fragment percent-encoded with the standard's sets. Relative URLs are not supported.
 *
 * <p>Invariant: {@link #serialize()} equals Node's {@code url.href} for every input the
 * parser accepts; {@link #parse(String)} throws where Node throws {@code Invalid URL}.
 */
final class WebUrl {

  private static final Map<String, String> SPECIAL_PORTS =
      Map.of("http:", "80", "https:", "443", "ws:", "80", "wss:", "443", "ftp:", "21", "file:", "");
  private static final Pattern SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.\\-]*):");
  private static final String PATH_SET = " \"#<>?`{}";
  private static final String QUERY_SET = " \"#<>";
  private static final String SPECIAL_QUERY_SET = " \"#<>'";
  private static final String FRAGMENT_SET = " \"<>`";
  private static final String USERINFO_SET = " \"#<>?`{}/:;=@[\\]^|";
  private static final String FORBIDDEN_HOST = "\u0000\t\n\r #/:<>?@[\\]^|";

  final String protocol;
  final String userinfo;
  /** The host without port; {@code null} when the URL has no authority ({@code mailto:x}). */
  final String hostname;
  final String port;
  final String pathname;
  /** The query without {@code ?}; {@code null} when absent. */
  final String query;
  /** The fragment without {@code #}; {@code null} when absent. */
  final String fragment;

  private WebUrl(
      String protocol, String userinfo, String hostname, String port, String pathname, String query, String fragment) {
    this.protocol = protocol;
    this.userinfo = userinfo;
    this.hostname = hostname;
    this.port = port;
    this.pathname = pathname;
    this.query = query;
    this.fragment = fragment;
  }

  /**
   * Parses an absolute URL.
   *
   * @throws IllegalArgumentException with the message {@code Invalid URL} where Node throws
   */
  static WebUrl parse(String input) {
    String text = stripControls(input);
    Matcher scheme = SCHEME.matcher(text);
    if (!scheme.lookingAt()) {
      throw invalid();
    }
    String protocol = scheme.group(1).toLowerCase(Locale.ROOT) + ":";
    String rest = text.substring(scheme.end());
    boolean special = SPECIAL_PORTS.containsKey(protocol);
    if (special) {
      rest = rest.replace('\\', '/');
    }
    int fragmentAt = rest.indexOf('#');
    String fragment = fragmentAt < 0 ? null : encode(rest.substring(fragmentAt + 1), FRAGMENT_SET);
    if (fragmentAt >= 0) {
      rest = rest.substring(0, fragmentAt);
    }
    int queryAt = rest.indexOf('?');
    String query = queryAt < 0 ? null : encode(rest.substring(queryAt + 1), special ? SPECIAL_QUERY_SET : QUERY_SET);
    if (queryAt >= 0) {
      rest = rest.substring(0, queryAt);
    }
    if (!special && !rest.startsWith("//")) {
      // an opaque path such as mailto:someone
      return new WebUrl(protocol, "", null, "", encode(rest, ""), query, fragment);
    }
    int start = 0;
    while (start < rest.length() && rest.charAt(start) == '/' && (special || start < 2)) {
      start++;
    }
    int pathAt = rest.indexOf('/', start);
    String authority = pathAt < 0 ? rest.substring(start) : rest.substring(start, pathAt);
    String path = pathAt < 0 ? "" : rest.substring(pathAt);

    String userinfo = "";
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String credentials = authority.substring(0, at);
      int colon = credentials.indexOf(':');
      userinfo = colon < 0
          ? encode(credentials, USERINFO_SET)
          : encode(credentials.substring(0, colon), USERINFO_SET) + ":" + encode(credentials.substring(colon + 1), USERINFO_SET);
      authority = authority.substring(at + 1);
    }
    String host;
    String portText;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw invalid();
      }
      host = authority.substring(0, close + 1);
      String after = authority.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw invalid();
      }
      portText = after.isEmpty() ? null : after.substring(1);
    } else {
      int colon = authority.indexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      portText = colon < 0 ? null : authority.substring(colon + 1);
    }
    String hostname = special ? specialHost(host, protocol) : opaqueHost(host);
    String port = port(portText, SPECIAL_PORTS.get(protocol));
    String pathname = normalizePath(encode(path, PATH_SET), special);
    return new WebUrl(protocol, userinfo, hostname, port, pathname, query, fragment);
  }

  /** {@code url.host}: the hostname plus {@code :port} when the port is not the default. */
  String host() {
    return hostname == null ? "" : port.isEmpty() ? hostname : hostname + ":" + port;
  }

  /** {@code url.search}: {@code ?query}, or empty when the query is absent or empty. */
  String search() {
    return query == null || query.isEmpty() ? "" : "?" + query;
  }

  /** A copy with another hostname, parsed as the {@code url.hostname} setter does. */
  WebUrl withHostname(String newHostname) {
    return new WebUrl(protocol, userinfo, specialHost(newHostname, protocol), port, pathname, query, fragment);
  }

  /** A copy with another pathname, as the {@code url.pathname} setter does. */
  WebUrl withPathname(String newPathname) {
    return new WebUrl(protocol, userinfo, hostname, port, newPathname, query, fragment);
  }

  /** {@code url.href}. */
  String serialize() {
    StringBuilder out = new StringBuilder(protocol);
    if (hostname != null) {
      out.append("//");
      if (!userinfo.isEmpty()) {
        out.append(userinfo).append('@');
      }
      out.append(host());
    }
    out.append(pathname);
    if (query != null) {
      out.append('?').append(query);
    }
    if (fragment != null) {
      out.append('#').append(fragment);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return serialize();
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("Invalid URL");
  }

  private static String stripControls(String input) {
    int from = 0;
    int to = input.length();
    while (from < to && input.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && input.charAt(to - 1) <= ' ') {
      to--;
    }
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String port(String text, String defaultPort) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid();
      }
      value = value * 10 + (c - '0');
      if (value > 65535) {
        throw invalid();
      }
    }
    String normalized = Long.toString(value);
    return normalized.equals(defaultPort) ? "" : normalized;
  }

  private static String opaqueHost(String host) {
    for (int i = 0; i < host.length(); i++) {
      if (FORBIDDEN_HOST.indexOf(host.charAt(i)) >= 0) {
        throw invalid();
      }
    }
    return encode(host, "");
  }

  /** The host parser of special schemes: percent-decoding, IDNA, IPv4 and IPv6 forms. */
  private static String specialHost(String host, String protocol) {
    if (host.isEmpty()) {
      if (protocol.equals("file:")) {
        return "";
      }
      throw invalid();
    }
    if (host.startsWith("[")) {
      if (!host.endsWith("]")) {
        throw invalid();
      }
      return "[" + ipv6(host.substring(1, host.length() - 1)) + "]";
    }
    String ascii = domainToAscii(percentDecode(host));
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c <= 0x1f || c == '%' || c == 0x7f || FORBIDDEN_HOST.indexOf(c) >= 0) {
        throw invalid();
      }
    }
    if (ascii.isEmpty()) {
      throw invalid();
    }
    return endsInNumber(ascii) ? ipv4(ascii) : ascii;
  }

  /**
   * UTS 46 to ASCII with nontransitional processing, label by label; unlike {@link IDN} it lets
   * empty labels through.
   */
  private static String domainToAscii(String domain) {
    String[] labels = domain.split("[.\u3002\uff0e\uff61]", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      if (i > 0) {
        out.append('.');
      }
      if (label.chars().allMatch(c -> c < 0x80)) {
        out.append(label.toLowerCase(Locale.ROOT));
        continue;
      }
      try {
        out.append(DEVIATION.matcher(label).find() ? nontransitional(label)
            : IDN.toASCII(label.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw invalid();
      }
    }
    return out.toString();
  }

  /** UTS 46's deviation characters: {@link IDN} (IDNA 2003) maps them away, the URL parser keeps them. */
  private static final Pattern DEVIATION = Pattern.compile("[\u00df\u03c2\u200c\u200d]");

  /**
   * A label holding a deviation character, as the URL parser encodes it: {@code ß} and {@code ς}
   * kept (Node: {@code straße} is {@code xn--strae-oqa}), the text around them mapped as {@link
   * IDN} maps it; a joiner (ZWJ, ZWNJ; valid only after a virama, not checked here) fails.
   */
  private static String nontransitional(String label) {
    StringBuilder mapped = new StringBuilder();
    Matcher deviation = DEVIATION.matcher(label);
    int start = 0;
    while (deviation.find()) {
      char kept = label.charAt(deviation.start());
      if (kept == '\u200c' || kept == '\u200d') {
        throw new IllegalArgumentException("a joiner outside of a virama's context");
      }
      mapped.append(mappedText(label.substring(start, deviation.start()))).append(kept);
      start = deviation.end();
    }
    mapped.append(mappedText(label.substring(start)));
    return "xn--" + Punycode.encode(mapped.toString());
  }

  private static String mappedText(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String ascii = IDN.toASCII(text.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
    return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }

  private static boolean endsInNumber(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty()) {
      if (parts.size() == 1) {
        return false;
      }
      parts.remove(parts.size() - 1);
    }
    String last = parts.get(parts.size() - 1);
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return ipv4Number(last) >= 0;
  }

  private static String ipv4(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() > 4) {
      throw invalid();
    }
    long[] numbers = new long[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      numbers[i] = ipv4Number(parts.get(i));
      if (numbers[i] < 0 || (i < parts.size() - 1 && numbers[i] > 255)) {
        throw invalid();
      }
    }
    long last = numbers[numbers.length - 1];
    if (last >= 1L << (8 * (5 - numbers.length))) {
      throw invalid();
    }
    long address = last;
    for (int i = 0; i < numbers.length - 1; i++) {
      address += numbers[i] << (8 * (3 - i));
    }
    return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
  }

  /** One IPv4 part (decimal, {@code 0x} hex or {@code 0} octal), or -1 when it is none. */
  private static long ipv4Number(String part) {
    if (part.isEmpty()) {
      return -1;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return 0;
    }
    if (digits.length() > 12) {
      return -1;
    }
    try {
      return Long.parseLong(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String ipv6(String literal) {
    if (literal.isEmpty() || literal.indexOf('%') >= 0 || literal.indexOf(':') < 0) {
      throw invalid();
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName("[" + literal + "]").getAddress();
    } catch (UnknownHostException | SecurityException e) {
      throw invalid();
    }
    if (bytes.length == 4) {
      // Java answers ::ffff:a.b.c.d with an Inet4Address; WHATWG keeps it an IPv6 address
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(bytes, 0, mapped, 12, 4);
      bytes = mapped;
    }
    int[] pieces = new int[8];
    for (int i = 0; i < 8; i++) {
      pieces[i] = (bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && pieces[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        i += bestLength - 1;
        continue;
      }
      out.append(Integer.toHexString(pieces[i]));
      if (i < 7) {
        out.append(':');
      }
    }
    return out.toString();
  }

  private static String normalizePath(String path, boolean special) {
    if (path.isEmpty()) {
      return special ? "/" : "";
    }
    String[] segments = path.split("/", -1);
    List<String> out = new ArrayList<>();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      String lower = segment.toLowerCase(Locale.ROOT);
      boolean last = i == segments.length - 1;
      if (segment.equals("..") || lower.equals(".%2e") || lower.equals("%2e.") || lower.equals("%2e%2e")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add("");
        }
      } else if (segment.equals(".") || lower.equals("%2e")) {
        if (last) {
          out.add("");
        }
      } else {
        out.add(segment);
      }
    }
    return "/" + String.join("/", out);
  }

  /** Percent-encodes C0 controls, non-ASCII and the characters of {@code set}, as UTF-8. */
  private static String encode(String text, String set) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean escape = cp < 0x20 || cp > 0x7e || set.indexOf(cp) >= 0;
      if (escape) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        bytes.write(hex(raw[i + 1]) << 4 | hex(raw[i + 2]));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }
}
