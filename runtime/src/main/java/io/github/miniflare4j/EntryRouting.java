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
    return problem == null ? null : text(403, problem);
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

  /**
   * The request as the chosen worker sees it: without the override field, and without fields of
   * an empty value, which never reach a worker from outside the instance (recorded; fields a
   * worker sends another keep theirs unless workerd indexes the name).
   */
  static FetchRequest forWorker(FetchRequest request) {
    boolean empty = false;
    for (java.util.Map.Entry<String, String> field : request.headers().entries()) {
      empty |= isEmptyValue(field.getValue());
    }
    if (request.header(OVERRIDE) == null && !empty) {
      return request;
    }
    io.github.miniflare4j.http.Headers.Builder kept = io.github.miniflare4j.http.Headers.builder();
    for (java.util.Map.Entry<String, String> field : request.headers().entries()) {
      if (!isEmptyValue(field.getValue()) && !field.getKey().equalsIgnoreCase(OVERRIDE)) {
        kept.add(field.getKey(), field.getValue());
      }
    }
    return request.toBuilder().headers(kept.build()).build();
  }

  /** Whether a field's value is empty once its HTTP whitespace (spaces and tabs) is taken away. */
  private static boolean isEmptyValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The answer when the override names no worker. */
  static CompletableFuture<FetchResponse> noEntrypoint() {
    return text(404, "No entrypoint worker found");
  }

  private static CompletableFuture<FetchResponse> text(int status, String body) {
    return CompletableFuture.completedFuture(FetchResponse.builder()
        .status(status)
        .header("content-type", "text/plain;charset=UTF-8")
        .body(body)
        .build());
  }
}
