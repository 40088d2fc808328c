package io.github.miniflare4j.routing;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;

/**
 * A route pattern Miniflare refuses: the Java counterpart of Miniflare's {@code RouterError},
 * with its codes ({@link ErrorCode#ERR_QUERY_STRING}, {@link ErrorCode#ERR_INFIX_WILDCARD}) and
 * its messages word for word. Thrown when an instance is constructed.
 */
public final class RouterException extends MiniflareException {

  private static final long serialVersionUID = 1L;

  private RouterException(ErrorCode code, String message) {
    super(code, message);
  }

  /** A pattern with a {@code ?query}: routes match paths only. */
  static RouterException queryString(String route, String target) {
    return new RouterException(
        ErrorCode.ERR_QUERY_STRING,
        "Route \"" + route + "\" for \"" + target + "\" contains a query string. This is not allowed.");
  }

  /**
   * A {@code *} anywhere but at the start of the host or the end of the path (Miniflare lets a
   * route whose host is exactly {@code *} keep other stars).
   */
  static RouterException infixWildcard(String route, String target) {
    return new RouterException(
        ErrorCode.ERR_INFIX_WILDCARD,
        "Route \"" + route + "\" for \"" + target + "\" contains an infix wildcard. This is not allowed.");
  }

  /** Miniflare's rendering: {@code RouterError [ERR_INFIX_WILDCARD]: Route ...}. */
  @Override
  public String toString() {
    return "RouterError [" + code() + "]: " + getMessage();
  }
}
