package io.github.miniflare4j.service.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.engine.BodyErrorCapture;
import io.github.miniflare4j.engine.JsResponseData;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.PendingWork;
import io.github.miniflare4j.engine.RequestBodyPump;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerFetchHandler;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The object the prelude's {@code Fetcher} of a service binding to a worker calls; from Java, a
 * {@link io.github.miniflare4j.http.FetchHandler} that sends to the same target.
 */
public final class ServiceHost implements WorkerFetchHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String workerName;
  private final String entrypoint;
  private final String propsJson;
  private final WorkerDirectory workers;
  private final WorkerIsolate caller;

  /**
   * The host of one binding in one worker.
   *
   * @param workerName the target worker
   * @param entrypoint the named entrypoint the binding targets, or {@code null} for the default export
   * @param propsJson what the target sees as {@code ctx.props}, a JSON object's text, or {@code null}
   *     for an empty object
   * @param workers the instance's workers, looked up by name at each call
   * @param caller the worker whose script calls the host
   */
  public ServiceHost(String workerName, String entrypoint, String propsJson, WorkerDirectory workers, WorkerIsolate caller) {
    this.workerName = workerName;
    this.entrypoint = entrypoint;
    this.propsJson = propsJson;
    this.workers = workers;
    this.caller = caller;
  }

  /**
   * Sends a request to the target; settles through {@code resolve} / {@code reject}.
   *
   * @param requestData the prelude's request object; read on the loop thread only
   * @param resolve called with the response on the caller's loop thread
   * @param reject called with the error when the target fails or throws
   */
  @HostAccess.Export
  public void fetch(Value requestData, Value resolve, Value reject) {
    FetchRequest request = JsValues.toRequest(requestData);
    // the default entrypoint is behind the target's asset router; a named one is reached directly
    FetchResponse early = entrypoint == null ? workers.answerBefore(workerName, request) : null;
    if (early != null) {
      caller.settleLater(CompletableFuture.completedFuture(early), JsResponseData::new, resolve, reject);
      return;
    }
    // the body streams to the caller as the callee produces it; a body that fails part-way
    // reaches the caller's read as the callee's error
    BodyErrorCapture bodyError = BodyErrorCapture.streaming(caller);
    caller.settleLater(workers.worker(workerName).fetchEntrypoint(request, RequestBodyPump.start(caller, requestData),
        entrypoint, propsJson, bodyError), bodyError::dataOf, resolve, reject);
  }

  /**
   * Whether a request body sent through this host may stream ({@link RequestBodyPump}).
   *
   * @return {@code true}
   */
  @HostAccess.Export
  public boolean streamsBodies() {
    return true;
  }

  /**
   * This binding's target as the handler of another worker's global {@code fetch()} (a Worker
   * Loader's {@code globalOutbound}): the request goes to the target as {@link #fetch} sends it,
   * waiting on a host thread. Not visible to JavaScript.
   *
   * @param request the request
   * @return the target's response
   * @throws Exception the target's failure
   */
  @Override
  public FetchResponse handle(FetchRequest request) throws Exception {
    try {
      return workers.worker(workerName).fetchEntrypoint(request, entrypoint, propsJson).get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /**
   * This binding's target as another worker's global {@code fetch()} sends to it (a Worker
   * Loader's {@code globalOutbound}), as {@link #handle} does, without a host thread. Not visible
   * to JavaScript.
   *
   * @param request the request
   * @param bodyError receives the error a response body's stream fails with
   * @return the target's response
   */
  @Override
  public CompletableFuture<FetchResponse> fetch(FetchRequest request, BodyErrorCapture bodyError) {
    return workers.worker(workerName).fetchEntrypoint(request, entrypoint, propsJson, bodyError);
  }

  /**
   * Calls an RPC method of the target worker's entrypoint (its default export, or the named
   * {@code WorkerEntrypoint} export the binding names); arguments and result cross as clone text.
   *
   * @param method the method name
   * @param argsText the arguments as structured-clone text
   * @param resolve called with the result as clone text on the caller's loop thread
   * @param reject called with the error
   */
  @HostAccess.Export
  public void call(String method, String argsText, Value resolve, Value reject) {
    CompletableFuture<String> result = workers.worker(workerName).invokeRequest("entrypointCall", entrypoint, method, argsText, propsJson);
    caller.settleLater(result, text -> text, resolve, reject);
  }

  /**
   * Runs the target's {@code scheduled()} handler as a cron trigger would ({@code
   * Fetcher.scheduled()} under {@code service_binding_extra_handlers}) and reports once it and its
   * {@code ctx.waitUntil} work have settled.
   *
   * @param cron what the handler sees as {@code controller.cron}
   * @param scheduledTime what it sees as {@code controller.scheduledTime}, epoch milliseconds
   * @param resolve called with the prelude's report ({@code {noRetry, error?}}) as JSON text; a
   *     rejected {@code waitUntil} promise counts as an error
   * @param reject called when the run could not happen
   */
  @HostAccess.Export
  public void scheduled(String cron, double scheduledTime, Value resolve, Value reject) {
    runEvent("scheduled(\"" + cron + "\")", "dispatchScheduledAt", "error", resolve, reject, entrypoint, cron, scheduledTime);
  }

  /**
   * Delivers one batch to the target's {@code queue()} handler ({@code Fetcher.queue()} under
   * {@code service_binding_extra_handlers}) and reports what it acked and retried once it and its
   * {@code ctx.waitUntil} work have settled.
   *
   * @param payload the batch as the prelude's {@code dispatchQueue} reads it
   * @param resolve called with the report ({@code {outcome, ackAll, retryBatch, explicitAcks,
   *     retryMessages}}) as JSON text; a rejected {@code waitUntil} promise makes the outcome an
   *     exception
   * @param reject called when the delivery could not happen
   */
  @HostAccess.Export
  public void queue(String payload, Value resolve, Value reject) {
    runEvent("queue()", "dispatchQueueAt", "outcome", resolve, reject, entrypoint, payload);
  }

  /**
   * Runs one event entry of the target (its first argument the entrypoint, null for the default
   * export) with its own pending work; settles after its waitUntil work.
   */
  private void runEvent(String invocation, String entry, String failureField, Value resolve, Value reject, Object... args) {
    WorkerIsolate target = workers.worker(workerName);
    PendingWork work = PendingWork.forInvocation(target.spec().displayName(), invocation);
    Object[] withWork = java.util.Arrays.copyOf(args, args.length + 1);
    withWork[args.length] = work;
    CompletableFuture<String> report = target.invokeEvent(work, entry, withWork)
        .thenCompose(text -> work.whenIdle().thenApply(idle -> withWaitUntilFailures(text, work, failureField)));
    caller.settleLater(report, text -> text, resolve, reject);
  }

  private static String withWaitUntilFailures(String report, PendingWork work, String failureField) {
    java.util.List<String> failures = work.drainFailures();
    if (failures.isEmpty() && !work.hung()) {
      return report;
    }
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(report);
      if (work.hung()) {
        // canceled as hung (the handler or a waitUntil promise): workerd's outcome, decisions kept (recorded)
        node.put("outcome", "exceededCpu");
      } else if (failureField.equals("outcome")) {
        node.put("outcome", "exception");
      } else if (!node.has(failureField)) {
        node.putObject(failureField).put("message", failures.get(0));
      }
      return node.toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
