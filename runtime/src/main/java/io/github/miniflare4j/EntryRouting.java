package io.github.miniflare4j;

import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.internal.RunningConfiguration;
import java.util.concurrent.CompletableFuture;

/**
 * How Miniflare's entry chooses the worker for a request to the instance (through {@code
 * dispatchFetch} or over HTTP), after its {@code /cdn-cgi/} check: the worker named by an {@code
 * MF-Route-Override} field (case-sensitive, any worker, routes or not; the worker never sees the
 * field), else the worker of the most specific matching route, else the first worker. An
 * override naming no worker is answered {@code 404 No entrypoint worker found} (recorded).
 */
final class EntryRouting {

  /** The field naming the worker outright. */
  static final String OVERRIDE = "mf-route-override";

  private EntryRouting() {}

  /** A {@code /cdn-cgi/} request whose {@code Host} or {@code Origin} is foreign gets 403; else null. */
  static CompletableFuture<FetchResponse> refusal(RunningConfiguration running, FetchRequest request) {
    String problem = running.cdnCgiGuard().refusal(request.url(), request.header("host"), request.header("origin"));
    return problem == null ? null : text(403, "Forbidden", problem);
  }

  /**
   * The name of the worker the request is meant for: its override, else the target of the most
   * specific route matching its URL; {@code null} when neither, and the first worker answers
   * (behind the plugins that answer first, such as static assets, which a named worker skips).
   */
  static String named(RunningConfiguration running, FetchRequest request) {
    String override = request.header(OVERRIDE);
    if (override != null) {
      return override.strip(); // as every field value, without surrounding whitespace (recorded)
    }
    return running.router().match(request.url()).orElse(null);
  }

  /** The worker of {@link #named}; {@code null} when an override names no worker. */
  static WorkerIsolate target(RunningConfiguration running, String named) {
    return named == null ? running.entryWorker() : running.workers().get(named);
  }

  /** The request as the chosen worker sees it: without the override field. */
  static FetchRequest forWorker(FetchRequest request) {
    if (request.header(OVERRIDE) == null) {
      return request;
    }
    return request.toBuilder().headers(request.headers().toBuilder().remove(OVERRIDE).build()).build();
  }

  /** The answer when the override names no worker. */
  static CompletableFuture<FetchResponse> noEntrypoint() {
    return text(404, "Not Found", "No entrypoint worker found");
  }

  private static CompletableFuture<FetchResponse> text(int status, String statusText, String body) {
    return CompletableFuture.completedFuture(FetchResponse.builder()
        .status(status)
        .statusText(statusText)
        .header("content-type", "text/plain;charset=UTF-8")
        .body(body)
        .build());
  }
}
