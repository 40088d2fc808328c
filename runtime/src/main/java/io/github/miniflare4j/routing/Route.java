package io.github.miniflare4j.routing;

/**
 * One parsed route pattern, as Miniflare stores it.
 *
 * @param target the worker the route leads to (its name; empty for an unnamed worker)
 * @param route the pattern as written
 * @param specificity Miniflare's score: more host labels and path segments score higher, a
 *     leading host {@code *} and a trailing path {@code *} lower
 * @param protocol {@code "http:"} or similar when the pattern names a scheme, else {@code null}
 *     (then both http and https match)
 * @param allowHostnamePrefix whether the pattern's host started with {@code *}: any host ending
 *     with {@link #hostname()} matches
 * @param hostname the host without the leading {@code *} and without port; empty when the
 *     pattern's host is {@code *} alone
 * @param path the path without the trailing {@code *}
 * @param allowPathSuffix whether the pattern's path ended with {@code *}: any path plus query
 *     starting with {@link #path()} matches; otherwise the path plus query must equal it
 */
public record Route(
    String target,
    String route,
    int specificity,
    String protocol,
    boolean allowHostnamePrefix,
    String hostname,
    String path,
    boolean allowPathSuffix) {

  /** Whether a request URL, already parsed, falls under this route. Ports never matter. */
  boolean matches(String urlProtocol, String urlHostname, String pathAndQuery) {
    if (protocol != null && !protocol.equals(urlProtocol)) {
      return false;
    }
    if (allowHostnamePrefix ? !urlHostname.endsWith(hostname) : !urlHostname.equals(hostname)) {
      return false;
    }
    return allowPathSuffix ? pathAndQuery.startsWith(path) : pathAndQuery.equals(path);
  }
}
