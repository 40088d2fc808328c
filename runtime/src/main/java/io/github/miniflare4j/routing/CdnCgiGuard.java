package io.github.miniflare4j.routing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Miniflare's check on requests to {@code /cdn-cgi/} paths, made before any worker is chosen:
 * their {@code Host} and {@code Origin} headers must name a local host ({@code localhost},
 * {@code 127.0.0.1}, {@code [::1]}) or a route's host or one of its subdomains; otherwise the
 * request is answered {@code 403} with {@code Invalid Host header} or {@code Invalid Origin
 * header} (recorded: {@code Origin: null} and an origin that is not a URL are refused too).
 * A route's host counts without its leading {@code *} and dot; a route on any host adds none.
 *
 * <p>Immutable and thread-safe.
 */
public final class CdnCgiGuard {

  private static final List<String> LOCAL_HOSTNAMES = List.of("localhost", "127.0.0.1", "[::1]");
  private static final String PREFIX = "/cdn-cgi/";

  private final Set<String> routeHostnames;

  private CdnCgiGuard(Set<String> routeHostnames) {
    this.routeHostnames = Set.copyOf(routeHostnames);
  }

  /**
   * The guard for an instance's routes.
   *
   * @param router the instance's routes
   * @return the guard
   */
  public static CdnCgiGuard of(Router router) {
    return of(router, null);
  }

  /**
   * The guard for an instance's routes and its {@code upstream} URL, whose hostname is allowed too.
   *
   * @param router the instance's routes
   * @param upstream the instance's upstream URL, or {@code null}
   * @return the guard
   */
  public static CdnCgiGuard of(Router router, String upstream) {
    Set<String> hostnames = new LinkedHashSet<>();
    if (upstream != null) {
      String host = java.net.URI.create(upstream).getHost();
      if (host != null && !host.isEmpty()) {
        hostnames.add(host.toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (Route route : router.routes()) {
      String hostname = route.hostname().startsWith(".") ? route.hostname().substring(1) : route.hostname();
      if (!hostname.isEmpty()) {
        hostnames.add(hostname);
      }
    }
    return new CdnCgiGuard(hostnames);
  }

  /**
   * Why a request is refused, or {@code null} when it may go on (every request whose path does
   * not start with {@code /cdn-cgi/}).
   *
   * @param url the request's absolute URL
   * @param host its {@code Host} header, or {@code null}
   * @param origin its {@code Origin} header, or {@code null}
   * @return {@code "Invalid Host header"}, {@code "Invalid Origin header"} or {@code null}
   */
  public String refusal(String url, String host, String origin) {
    if (!url.contains("cdn-cgi") || !isCdnCgi(url)) {
      return null; // the common case costs one scan of the URL
    }
    if (host != null && !allowed(hostname("http://" + host))) {
      return "Invalid Host header";
    }
    if (origin != null && !allowed(hostname(origin))) {
      return "Invalid Origin header";
    }
    return null;
  }

  private static boolean isCdnCgi(String url) {
    try {
      return WebUrl.parse(url).pathname.startsWith(PREFIX);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The URL's hostname, or {@code null} when it is not a URL. */
  private static String hostname(String url) {
    try {
      WebUrl parsed = WebUrl.parse(url);
      return parsed.hostname == null ? "" : parsed.hostname;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean allowed(String hostname) {
    if (hostname == null) {
      return false;
    }
    if (LOCAL_HOSTNAMES.contains(hostname)) {
      return true;
    }
    for (String allowed : routeHostnames) {
      if (hostname.equals(allowed) || hostname.endsWith("." + allowed)) {
        return true;
      }
    }
    return false;
  }
}
