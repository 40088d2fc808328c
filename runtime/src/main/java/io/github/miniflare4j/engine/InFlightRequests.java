package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests dispatched to one isolate whose response has not been produced yet, so that they
 * can be ended when the isolate cannot answer them any more: its code exceeded the CPU limit, or
 * the isolate was closed. Thread-safe; a request leaves the set when its future completes.
 */
final class InFlightRequests {

  private final String workerName;
  private final Map<CompletableFuture<FetchResponse>, WorkerIsolate.ErrorMode> requests =
      new ConcurrentHashMap<>();
  // requests whose dispatch has begun running JavaScript (a subset of the keys above)
  private final Set<CompletableFuture<FetchResponse>> started = ConcurrentHashMap.newKeySet();

  InFlightRequests(String workerName) {
    this.workerName = workerName;
  }

  /** Tracks a request until its future completes, however it completes. */
  void track(CompletableFuture<FetchResponse> result, WorkerIsolate.ErrorMode mode) {
    requests.put(result, mode);
    result.whenComplete(
        (response, error) -> {
          requests.remove(result);
          started.remove(result);
        });
  }

  /** Marks a request as running JavaScript: from now on a CPU-limit breach may be its doing. */
  void started(CompletableFuture<FetchResponse> result) {
    if (requests.containsKey(result)) {
      started.add(result);
    }
  }

  /** The number of requests in flight. */
  int size() {
    return requests.size();
  }

  /**
   * Whether a request has not been answered yet. Unlike {@link #size}, not racing with the
   * clean-up of requests just answered (a caller woken by the answer may look before it ran).
   */
  boolean anyUnanswered() {
    return requests.keySet().stream().anyMatch(r -> !r.isDone());
  }

  /**
   * Ends one request because the code serving it exceeded the CPU limit: the entry request gets
   * Cloudflare's 1102 response, a binding caller the {@code Error} it would see.
   *
   * @param where the script location where the code was stopped, or ""
   */
  void cpuExceeded(CompletableFuture<FetchResponse> result, WorkerIsolate.ErrorMode mode, String where) {
    if (mode == WorkerIsolate.ErrorMode.RENDER) {
      result.complete(
          FetchResponse.builder()
              .status(WorkerLimits.CPU_EXCEEDED_STATUS)
              .statusText("Service Unavailable")
              .header("content-type", "text/plain; charset=UTF-8")
              .body(WorkerLimits.CPU_EXCEEDED_BODY.getBytes(StandardCharsets.UTF_8))
              .build());
    } else {
      result.completeExceptionally(
          new WorkerException(workerName, "Error", WorkerLimits.CPU_EXCEEDED_MESSAGE, where.isEmpty() ? "" : "    at " + where));
    }
  }

  /**
   * Ends every started request as exceeding the CPU limit (queued ones have run no code yet);
   * returns how many were ended.
   */
  int cpuExceededAll(String where) {
    List<CompletableFuture<FetchResponse>> snapshot = List.copyOf(started);
    for (CompletableFuture<FetchResponse> result : snapshot) {
      WorkerIsolate.ErrorMode mode = requests.get(result);
      if (mode != null) {
        cpuExceeded(result, mode, where);
      }
    }
    return snapshot.size();
  }

  /** Fails every request in flight with the given error (the isolate is going away). */
  void failAll(RuntimeException error) {
    List.copyOf(requests.keySet()).forEach(f -> f.completeExceptionally(error));
  }
}
