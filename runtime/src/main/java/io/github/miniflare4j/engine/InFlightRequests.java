package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * The requests dispatched to one isolate whose response has not been produced yet, so that they
 * can be ended when the isolate cannot answer them any more: its code exceeded the CPU limit, hung
 * (see {@link #hungAll}), or the isolate was closed; and the events that are not requests (a
 * scheduled run, a queue batch), which can hang as well. Thread-safe; a request leaves the set when its
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
  // RPC calls to an entrypoint, requests of their own, which can hang as well: whether each has
  // begun running JavaScript
  private final Map<CompletableFuture<String>, Boolean> calls = new ConcurrentHashMap<>();
  // events that are not requests (a scheduled run, a queue batch): the handler's answer and the
  // event's waitUntil work; running from its start until both settled
  private final Map<CompletableFuture<String>, Event> events = new ConcurrentHashMap<>();
  // requests and calls above that code of this worker awaits (a binding to itself)
  private final Set<CompletableFuture<?>> awaited = ConcurrentHashMap.newKeySet();

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

  /** Tracks an RPC call to one of the worker's entrypoints until it settles. */
  void trackCall(CompletableFuture<String> call) {
    calls.put(call, Boolean.FALSE);
    call.whenComplete((value, error) -> calls.remove(call));
  }

  /** Marks a call as running JavaScript: from now on it can hang; loop thread only. */
  void callStarted(CompletableFuture<String> call) {
    calls.replace(call, Boolean.TRUE);
  }

  /**
   * Tracks an event that is not a request (a scheduled run, a queue batch) until its handler has
   * answered and its {@code waitUntil} work has settled: workerd keeps such an event open that long,
   * and cancels it as hung when it waits on nothing that could settle (see {@link #hungAll}).
   */
  void trackEvent(CompletableFuture<String> answer, PendingWork work) {
    events.put(answer, new Event(work));
    answer.whenComplete((value, error) -> work.whenIdle().whenComplete((idle, e) -> events.remove(answer)));
  }

  /** Marks an event as running JavaScript: from now on it can hang; loop thread only. */
  void eventStarted(CompletableFuture<String> answer) {
    Event event = events.get(answer);
    if (event != null) {
      event.started = true;
    }
  }

  /** What the event of {@code work} answers if it hangs before its handler answered; loop thread only. */
  void onHung(PendingWork work, Value report) {
    events.values().stream().filter(e -> e.work == work).forEach(e -> e.onHung = report);
  }

  /** Whether a started event's handler or {@code waitUntil} work has not settled. */
  boolean anyEventRunning() {
    return events.values().stream().anyMatch(e -> e.started);
  }

  /**
   * Records that code of this worker awaits {@code future} when it is a request or call to this
   * same worker (a binding to itself): then the wait is on the worker's own code, not on outside
   * I/O, and that request is the one to cancel if everything hangs (see {@link #hungAll}).
   *
   * @return whether {@code future} is a request or call to this worker
   */
  boolean awaitedHere(CompletableFuture<?> future) {
    if (!requests.containsKey(future) && !calls.containsKey(future)) {
      return false;
    }
    awaited.add(future);
    future.whenComplete((value, error) -> awaited.remove(future));
    return true;
  }

  /** Whether a started request or call has not been answered: what {@link #hungAll} would end. */
  boolean anyStartedUnanswered() {
    return !started.isEmpty() || calls.containsValue(Boolean.TRUE);
  }

  /**
   * Ends the started requests and calls as workerd ends a request whose code hung (nothing left
   * that could settle its promise): the entry request gets a 500 rendering the error, with the
   * text logged as an uncaught error; a service-binding caller a remote {@code Error}; an RPC
   * caller an {@code Error} not marked remote (recorded). When this worker's own code awaits some
   * of them (a binding to itself), only those end, innermost first, so that their callers see the
   * error as they would in workerd; the rest are ended at the next idle turn if still hung.
   *
   * @param console where a rendered error is logged
   */
  void hungAll(org.slf4j.Logger console) {
    List<CompletableFuture<FetchResponse>> hungRequests = new ArrayList<>(started);
    List<CompletableFuture<String>> hungCalls = new ArrayList<>();
    calls.forEach((call, running) -> {
      if (running) {
        hungCalls.add(call);
      }
    });
    boolean innermostOnly = hungRequests.stream().anyMatch(awaited::contains) || hungCalls.stream().anyMatch(awaited::contains);
    if (innermostOnly) {
      hungRequests.removeIf(r -> !awaited.contains(r));
      hungCalls.removeIf(c -> !awaited.contains(c));
    } else {
      hungEvents();
    }
    for (CompletableFuture<FetchResponse> result : hungRequests) {
      WorkerIsolate.ErrorMode mode = requests.get(result);
      if (mode == WorkerIsolate.ErrorMode.RENDER) {
        String text = "Error: " + WorkerLimits.HUNG_MESSAGE;
        console.error(text);
        result.complete(
            FetchResponse.builder()
                .status(500)
                .statusText("Internal Server Error")
                .header("content-type", "text/plain;charset=UTF-8")
                .body(heads.contains(result) ? new byte[0] : text.getBytes(StandardCharsets.UTF_8))
                .build());
      } else if (mode != null) {
        result.completeExceptionally(new WorkerException(workerName, "Error", WorkerLimits.HUNG_MESSAGE, ""));
      }
    }
    for (CompletableFuture<String> call : hungCalls) {
      call.completeExceptionally(
          new WorkerException(workerName, "Error", WorkerLimits.HUNG_MESSAGE, "", WorkerLimits.NOT_REMOTE_FLAG));
    }
  }

  /**
   * Cancels the started events: their {@code waitUntil} work is no longer waited for and marked
   * hung, and a handler that has not answered answers what it registered (what it decided so far),
   * else fails with workerd's hung error (a scheduled run's outcome is then {@code exceededCpu}, a
   * queue batch is retried; recorded). Loop thread only.
   */
  private void hungEvents() {
    events.forEach((answer, event) -> {
      if (event.started) {
        event.work.hang();
        if (!answer.isDone() && event.onHung != null) {
          try {
            event.onHung.executeVoid();
          } catch (PolyglotException e) {
            // the answer below stands
          }
        }
        answer.completeExceptionally(new WorkerException(workerName, "Error", WorkerLimits.HUNG_MESSAGE, ""));
      }
    });
  }

  /**
   * An event's {@code waitUntil} work, whether its code has begun running, and what it answers if
   * it hangs (a function of its script; used on the loop thread only).
   */
  private static final class Event {
    final PendingWork work;
    volatile boolean started;
    Value onHung;

    Event(PendingWork work) {
      this.work = work;
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
