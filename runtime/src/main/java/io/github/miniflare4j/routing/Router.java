package io.github.miniflare4j.routing;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the worker for a URL from the workers' route patterns, with Miniflare's rules:
 *
 * <ul>
 *   <li>a pattern without a scheme matches http and https; with one, only that scheme;
 *   <li>{@code *} may start the host ({@code *.example.com} matches subdomains only, {@code
 *       *example.com} the bare domain too) or end the path; {@code *} alone as host matches
 *       every host; anywhere else it is an {@code ERR_INFIX_WILDCARD};
 *   <li>ports are ignored, on both sides;
 *   <li>the path is compared with the request's path plus query, case-sensitively: {@code
 *       api.mf/exact} does not match {@code /exact?q=1}, while {@code api.mf/v1/*} matches
 *       {@code /v1/x?y};
 *   <li>the most specific pattern wins, whatever the order of the workers (ties: the longer
 *       pattern, then declaration order).
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class Router {

  private static final Pattern HAS_SCHEME = Pattern.compile("^[a-z0-9+\\-.]+://", Pattern.CASE_INSENSITIVE);
  private static final Comparator<Route> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(Route::specificity).reversed()
          .thenComparing(Comparator.comparingInt((Route r) -> r.route().length()).reversed());

  private final List<Route> routes;

  private Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /**
   * Parses every worker's patterns, in Miniflare's order of preference.
   *
   * @param patternsByTarget worker name to its route patterns, in declaration order
   * @throws RouterException {@code ERR_QUERY_STRING} or {@code ERR_INFIX_WILDCARD} with
   *     Miniflare's message for the first bad pattern
   * @throws MiniflareException {@code ERR_VALIDATION} when a pattern is not a URL at all
   * @return the router; empty when no worker has a route
   */
  public static Router parse(Map<String, List<String>> patternsByTarget) {
    List<Route> parsed = new ArrayList<>();
    patternsByTarget.forEach((target, patterns) -> patterns.forEach(p -> parsed.add(parseOne(target, p))));
    parsed.sort(MOST_SPECIFIC_FIRST); // List.sort is stable: equal routes keep declaration order
    return new Router(parsed);
  }

  private static Route parseOne(String target, String route) {
    boolean hasProtocol = HAS_SCHEME.matcher(route).find();
    WebUrl url;
    try {
      url = WebUrl.parse(hasProtocol ? route : "https://" + route);
    } catch (IllegalArgumentException e) {
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          "Route \"" + route + "\" for \"" + target + "\" is not a valid URL pattern (Miniflare: TypeError "
              + "[ERR_INVALID_URL]: Invalid URL); write it as host/path, e.g. \"example.com/*\"");
    }
    int specificity = specificity(url);
    String protocol = hasProtocol ? url.protocol : null;
    String hostname = url.hostname == null ? "" : url.hostname;
    boolean anyHostname = hostname.equals("*");
    // "*bücher.de" arrives IDNA-encoded as "xn--*bcher-4ya.de": Miniflare decodes it first
    boolean internationalised = hostname.startsWith("xn--*");
    boolean allowHostnamePrefix = hostname.startsWith("*") || internationalised;
    if (allowHostnamePrefix && !anyHostname) {
      String unicode = internationalised ? IDN.toUnicode(hostname, IDN.ALLOW_UNASSIGNED) : hostname;
      try {
        url = url.withHostname(unicode.substring(1));
      } catch (IllegalArgumentException e) {
        // like the url.hostname setter, a host that does not parse leaves the URL unchanged
      }
    }
    boolean allowPathSuffix = url.pathname.endsWith("*");
    if (allowPathSuffix) {
      url = url.withPathname(url.pathname.substring(0, url.pathname.length() - 1));
    }
    if (!url.search().isEmpty()) {
      throw RouterException.queryString(route, target);
    }
    if (url.serialize().contains("*") && !anyHostname) {
      throw RouterException.infixWildcard(route, target);
    }
    return new Route(
        target, route, specificity, protocol, allowHostnamePrefix,
        anyHostname ? "" : url.hostname, url.pathname, allowPathSuffix);
  }

  /** Miniflare's {@code routeSpecificity}: host labels weigh 26 path segments. */
  private static int specificity(WebUrl url) {
    String[] hostParts = url.host().split("\\.", -1);
    int hostScore = hostParts.length;
    if (hostParts[0].equals("*")) {
      hostScore -= 2;
    }
    String[] pathParts = url.pathname.split("/", -1);
    int pathScore = pathParts.length;
    if (pathParts[pathParts.length - 1].equals("*")) {
      pathScore -= 2;
    }
    return hostScore * 26 + pathScore;
  }

  /**
   * The routes, most specific first: the order in which {@link #match(String)} tries them.
   *
   * @return an immutable list
   */
  public List<Route> routes() {
    return routes;
  }

  /**
   * Whether no worker has a route.
   *
   * @return {@code true} when there are no routes
   */
  public boolean isEmpty() {
    return routes.isEmpty();
  }

  /**
   * The worker whose route matches an absolute URL first, or empty when none does (the caller
   * then uses the first worker) or when the URL cannot be parsed.
   *
   * @param url an absolute URL, for example {@code https://api.example.com/v1/users}
   * @return the matching worker's name, or empty
   */
  public Optional<String> match(String url) {
    if (routes.isEmpty()) {
      return Optional.empty();
    }
    WebUrl parsed;
    try {
      parsed = WebUrl.parse(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String hostname = parsed.hostname == null ? "" : parsed.hostname;
    String pathAndQuery = parsed.pathname + parsed.search();
    for (Route route : routes) {
      if (route.matches(parsed.protocol, hostname, pathAndQuery)) {
        return Optional.of(route.target());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Router" + routes;
  }
}
