package io.github.miniflare4j.http;

import io.github.miniflare4j.webapi.WhatwgUris;
import java.net.URI;
import java.util.Locale;

/**
 * Miniflare's {@code upstream} option: every incoming request's URL is rebuilt on the upstream
 * URL (the request's path, made relative, resolved against it: the upstream's path is a base
 * directory), its {@code Host} becomes the upstream's host and {@code MF-Original-Hostname} keeps
 * the host the request was sent to (recorded). Routes then match the rebuilt URL.
 */
final class UpstreamUrl {

  /** The field that keeps the host a request was sent to. */
  static final String ORIGINAL_HOSTNAME = "mf-original-hostname";

  private final String origin;
  private final String host;
  private final String directory;

  /**
   * @param upstream an absolute http(s) URL
   * @throws IllegalArgumentException when it is not one
   */
  UpstreamUrl(String upstream) {
    URI base = WhatwgUris.toUri(upstream);
    if (base.getScheme() == null || base.getRawAuthority() == null) {
      throw new IllegalArgumentException("upstream must be an absolute URL: " + upstream);
    }
    this.host = host(base);
    this.origin = base.getScheme().toLowerCase(Locale.ROOT) + "://" + host;
    String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    this.directory = path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** The upstream's host ({@code name[:port]}, without a default port): the {@code Host} field. */
  String host() {
    return host;
  }

  /** The URL a request for {@code url} is rebuilt to. */
  String rebuild(String url) {
    String path = WhatwgUris.rawPath(url);
    if (path.indexOf('.') >= 0 || path.indexOf('%') >= 0) {
      path = withoutDotSegments(path); // as the URL parser of the client did before sending it
    }
    return origin + directory + path.substring(1) + WhatwgUris.rawSearch(url);
  }

  /** The path with its {@code .} and {@code ..} segments (also written {@code %2e}) resolved. */
  static String withoutDotSegments(String path) {
    String[] segments = path.substring(1).split("/", -1);
    java.util.ArrayList<String> kept = new java.util.ArrayList<>();
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i].toLowerCase(Locale.ROOT).replace("%2e", ".");
      boolean last = i == segments.length - 1;
      if (segment.equals("..")) {
        if (!kept.isEmpty()) {
          kept.remove(kept.size() - 1);
        }
        if (last) {
          kept.add("");
        }
      } else if (segment.equals(".")) {
        if (last) {
          kept.add("");
        }
      } else {
        kept.add(segments[i]);
      }
    }
    return "/" + String.join("/", kept);
  }

  /** The host ({@code name[:port]}) of an absolute URL, as {@code URL.host} gives it. */
  static String hostOf(String url) {
    return host(WhatwgUris.toUri(url));
  }

  private static String host(URI uri) {
    String name = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
    name = name.toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
    return defaultPort ? name : name + ":" + port;
  }
}
