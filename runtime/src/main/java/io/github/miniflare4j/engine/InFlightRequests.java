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
 * can be ended when the isolate cannot answer them any more: its code exceeded the CPU limit, hung
 * (see {@link #hungAll}), or the isolate was closed. Thread-safe; a request leaves the set when its
 * future completes.
 */
final class InFlightRequests {

  private final String workerName;
  private final Map<CompletableFuture<FetchResponse>, WorkerIsolate.ErrorMode> requests =
      new ConcurrentHashMap<>();
  // requests whose dispatch has begun running JavaScript (a subset of the keys above)
  private final Set<CompletableFuture<FetchResponse>> started = ConcurrentHashMap.newKeySet();
  // HEAD requests among the started ones: a rendered error has no body for them
  private final Set<CompletableFuture<FetchResponse>> heads = ConcurrentHashMap.newKeySet();
  // RPC calls to an entrypoint running JavaScript: requests of their own, which can hang as well
  private final Set<CompletableFuture<String>> calls = ConcurrentHashMap.newKeySet();

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
          heads.remove(result);
        });
  }

  /**
   * Marks a request as running JavaScript: from now on a CPU-limit breach may be its doing.
   *
   * @param head whether it is a HEAD request, answered without a body
   */
  void started(CompletableFuture<FetchResponse> result, boolean head) {
    if (requests.containsKey(result)) {
      if (head) {
        heads.add(result);
      }
      started.add(result);
    }
  }

  /**
   * Tracks an RPC call to one of the worker's entrypoints from the moment its JavaScript runs
   * until it settles; loop thread only.
   */
  void callStarted(CompletableFuture<String> call) {
    if (!call.isDone()) {
      calls.add(call);
      call.whenComplete((value, error) -> calls.remove(call));
    }
  }

  /** Whether a started request or call has not been answered: what {@link #hungAll} would end. */
  boolean anyStartedUnanswered() {
    return !started.isEmpty() || !calls.isEmpty();
  }

  /**
   * Ends every started request and call as workerd ends a request whose code hung (nothing left
   * that could settle its promise): the entry request gets a 500 rendering the error, with the
   * text logged as an uncaught error; a service-binding caller a remote {@code Error}; an RPC
   * caller an {@code Error} not marked remote (recorded).
   *
   * @param console where a rendered error is logged
   */
  void hungAll(org.slf4j.Logger console) {
    for (CompletableFuture<FetchResponse> result : List.copyOf(started)) {
      WorkerIsolate.ErrorMode mode = requests.get(result);
      if (mode == WorkerIsolate.ErrorMode.RENDER) {
        String text = "Error: " + WorkerLimits.HUNG_MESSAGE;
        console.error(text);
        result.complete(
            FetchResponse.builder()
                .status(500)
                .header("content-type", "text/plain;charset=UTF-8")
                .body(heads.contains(result) ? new byte[0] : text.getBytes(StandardCharsets.UTF_8))
                .build());
      } else if (mode != null) {
        result.completeExceptionally(new WorkerException(workerName, "Error", WorkerLimits.HUNG_MESSAGE, ""));
      }
    }
    for (CompletableFuture<String> call : List.copyOf(calls)) {
      call.completeExceptionally(
          new WorkerException(workerName, "Error", WorkerLimits.HUNG_MESSAGE, "", WorkerLimits.NOT_REMOTE_FLAG));
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
