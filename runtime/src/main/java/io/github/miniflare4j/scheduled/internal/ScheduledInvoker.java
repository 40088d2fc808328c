package io.github.miniflare4j.scheduled.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.PendingWork;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.engine.WorkerLimits;
import io.github.miniflare4j.scheduled.ScheduledResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a worker's {@code scheduled()} handler once, through the prelude's {@code
 * dispatchScheduled}, and waits for its {@code ctx.waitUntil} promises before reporting.
 */
public final class ScheduledInvoker {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The start of workerd's error for a worker without a scheduled handler (the prelude's NO_SCHEDULED_HANDLER). */
  private static final String NO_HANDLER_MESSAGE_START = "Received a ScheduledEvent but we lack a handler";

  private ScheduledInvoker() {}

  /**
   * Starts one run.
   *
   * @param worker the worker whose handler runs
   * @param cron the {@code controller.cron} to pass
   * @param scheduledTime the {@code controller.scheduledTime} to pass
   * @return completes when the handler and its {@code waitUntil} promises have settled; a
   *     failing handler is a result, not a failed future (the future fails only when the worker
   *     is gone)
   */
  public static CompletableFuture<ScheduledResult> run(WorkerIsolate worker, String cron, Instant scheduledTime) {
    String displayName = worker.spec().displayName();
    PendingWork work = PendingWork.forInvocation(displayName, "scheduled(\"" + cron + "\", " + scheduledTime + ")");
    return worker.invokeEvent(work, "dispatchScheduled", cron, (double) scheduledTime.toEpochMilli(), work)
        .handle((value, error) -> {
          if (error == null) {
            return Outcome.read(value, displayName);
          }
          Throwable cause = unwrap(error);
          if (cause instanceof WorkerException) {
            // the run itself was stopped (e.g. over the CPU limit): a failed run
            return new Outcome((WorkerException) cause, false);
          }
          throw cause instanceof CompletionException ? (CompletionException) cause : new CompletionException(cause);
        })
        .thenCompose(outcome -> work.whenIdle().thenApply(idle -> work.hung()
            ? hung(worker.name(), displayName, cron, scheduledTime, outcome, work.drainFailures())
            : outcome.result(worker.name(), displayName, cron, scheduledTime, work.drainFailures())));
  }

  /** A run canceled because its handler or a waitUntil promise hung: workerd's outcome exceededCpu (recorded). */
  private static ScheduledResult hung(String name, String displayName, String cron, Instant time, Outcome outcome,
      List<String> waitUntilFailures) {
    WorkerException error = outcome.error() != null ? outcome.error()
        : new WorkerException(displayName, "Error", WorkerLimits.HUNG_MESSAGE, "");
    return new ScheduledResult(name, cron, time, "exceededCpu", error, outcome.noRetry(), waitUntilFailures);
  }

  /**
   * Runs the handler once and completes when it has returned or thrown, without waiting for its
   * {@code ctx.waitUntil} work (which goes on): with the error it threw, or {@code null} when it
   * returned or when the worker has no scheduled handler (nothing ran).
   *
   * @param worker the worker whose handler runs
   * @param cron the {@code controller.cron} to pass
   * @param scheduledTime the {@code controller.scheduledTime} to pass
   * @return the handler's error or {@code null}; fails only when the worker is gone
   */
  public static CompletableFuture<WorkerException> runHandler(WorkerIsolate worker, String cron, Instant scheduledTime) {
    String displayName = worker.spec().displayName();
    PendingWork work = PendingWork.forInvocation(displayName, "scheduled(\"" + cron + "\", " + scheduledTime + ")");
    return worker.invokeEvent(work, "dispatchScheduled", cron, (double) scheduledTime.toEpochMilli(), work)
        .handle((value, failure) -> {
          if (work.hung()) {
            // the handler hung: the request running it fails with workerd's error
            return new WorkerException(displayName, "Error", WorkerLimits.HUNG_MESSAGE, "");
          }
          if (failure != null) {
            Throwable cause = unwrap(failure);
            throw cause instanceof CompletionException ? (CompletionException) cause : new CompletionException(cause);
          }
          WorkerException error = Outcome.read(value, displayName).error();
          return error == null || error.errorMessage().startsWith(NO_HANDLER_MESSAGE_START) ? null : error;
        });
  }

  /**
   * Waits for a run started with {@link #run} (or another invocation of a handler).
   *
   * @param <T> the result type
   * @param run the run
   * @param timeout how long to wait
   * @param what the run, for the timeout message
   * @return the result
   * @throws MiniflareException {@code ERR_TIMEOUT} when the run did not finish in time, or what
   *     made the run impossible (e.g. {@code ERR_DISPOSED})
   */
  public static <T> T await(CompletableFuture<T> run, Duration timeout, String what) {
    try {
      return run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, what + " did not finish within " + timeout
          + ": the handler or a promise it passed to ctx.waitUntil is still pending. "
          + "Raise MiniflareOptions.dispatchTimeout(...) if it is just slow.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for " + what, e);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e.getCause());
      throw cause instanceof RuntimeException ? (RuntimeException) cause
          : new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, String.valueOf(cause), cause);
    }
  }

  /** What the prelude reported: the handler's error, if any, and whether it called noRetry(). */
  private record Outcome(WorkerException error, boolean noRetry) {

    static Outcome read(String json, String displayName) {
      try {
        JsonNode node = JSON.readTree(json);
        JsonNode error = node.get("error");
        WorkerException thrown = error == null ? null : new WorkerException(displayName,
            error.path("name").asText("Error"), error.path("message").asText(""), error.path("stack").asText(""));
        return new Outcome(thrown, node.path("noRetry").asBoolean());
      } catch (IOException e) {
        throw new IllegalStateException("unreadable outcome of dispatchScheduled: " + json, e);
      }
    }

    /** A rejected waitUntil promise fails the run too, as in workerd. */
    ScheduledResult result(String name, String displayName, String cron, Instant time, List<String> waitUntilFailures) {
      WorkerException failure = error;
      if (failure == null && !waitUntilFailures.isEmpty()) {
        failure = rendered(displayName, waitUntilFailures.get(0));
      }
      return new ScheduledResult(name, cron, time, failure, noRetry, waitUntilFailures);
    }
  }

  /** An error rendered as {@code Name: message} plus frames, back into its parts. */
  private static WorkerException rendered(String displayName, String text) {
    int newline = text.indexOf('\n');
    String headline = newline < 0 ? text : text.substring(0, newline);
    String frames = newline < 0 ? "" : text.substring(newline + 1);
    int colon = headline.indexOf(": ");
    boolean named = colon > 0 && headline.substring(0, colon).matches("[A-Za-z_$][\\w$]*");
    return new WorkerException(displayName, named ? headline.substring(0, colon) : "Error",
        named ? headline.substring(colon + 2) : headline, frames);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
