package io.github.miniflare4j;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * workerd's HTTP parser knows a fixed, case-sensitive list of methods (the standard ones plus
 * WebDAV, Subversion and UPnP extensions); a request with any other method never reaches a
 * worker but is answered {@code 501} with a plain-text error (recorded: {@code LINK},
 * {@code M-SEARCH} and lower-case {@code patch} are refused, {@code PURGE} and {@code QUERY} pass).
 */
final class UnrecognizedMethod {

  private static final Set<String> KNOWN = Set.of(
      "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PURGE", "OPTIONS", "TRACE",
      "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "ACL",
      "REPORT", "MKACTIVITY", "CHECKOUT", "MERGE",
      "MSEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
      "QUERY", "BAN");

  private UnrecognizedMethod() {}

  /** The runtime's answer when the request's method is not one it parses, else {@code null}. */
  static CompletableFuture<FetchResponse> answer(FetchRequest request) {
    if (KNOWN.contains(request.method())) {
      return null;
    }
    return CompletableFuture.completedFuture(FetchResponse.builder()
        .status(501)
        .statusText("Not Implemented")
        .header("content-type", "text/plain")
        .body("ERROR: Unrecognized request method.")
        .build());
  }
}
