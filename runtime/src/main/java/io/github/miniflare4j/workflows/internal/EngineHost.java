package io.github.miniflare4j.workflows.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.engine.WorkerLimits;
import io.github.miniflare4j.interop.JsOptions;
import io.github.miniflare4j.workflows.WorkflowWait;
import io.github.miniflare4j.workflows.internal.WorkflowStore.StepRow;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What one run of a workflow instance calls, from {@code workflows.js}, on the loop thread of the
 * worker that exports the workflow class: the step results kept so far, attempts, mocks, timers
 * and event waits. Every call names nothing but the run it belongs to; once the run is abandoned
 * (paused, terminated, restarted) its calls change nothing and its waits never end.
 */
public final class EngineHost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WorkflowRuns engine;
  private final WorkerIsolate isolate;
  private final String id;
  private final int generation;
  // the run as work of its worker that can hang (see started); null before it begins
  private CompletableFuture<String> runEvent;

  /**
   * The host of one run.
   *
   * @param engine the workflow's engine
   * @param isolate the worker the run executes in
   * @param id the instance id
   * @param generation the run's generation
   */
  public EngineHost(WorkflowRuns engine, WorkerIsolate isolate, String id, int generation) {
    this.engine = engine;
    this.isolate = isolate;
    this.id = id;
    this.generation = generation;
  }

  /**
   * The most {@code step.do} calls this run may make.
   *
   * @return the workflow's step limit
   */
  @HostAccess.Export
  public int stepLimit() {
    return engine.stepLimit();
  }

  /**
   * Whether this run still counts.
   *
   * @return {@code false} once the run was abandoned
   */
  @HostAccess.Export
  public boolean alive() {
    return engine.alive(id, generation);
  }

  /**
   * The run has begun: a queued instance becomes running. From now on the run can hang as
   * workerd's RPC call of run() does: when it waits on nothing that could settle it (no step, timer
   * or I/O of the worker pending), the instance errors with workerd's hung error (recorded).
   */
  @HostAccess.Export
  public void started() {
    engine.runStarted(id, generation);
    runEvent = isolate.trackRunningEvent("workflow instance \"" + id + "\"");
    runEvent.whenComplete((value, error) -> {
      if (error != null && WorkerIsolate.isHung(error)) {
        engine.fail(id, generation, "Error", WorkerLimits.HUNG_MESSAGE);
      }
    });
  }

  /**
   * The stored outcome of a step.
   *
   * @param key the step's key
   * @return JSON {@code {"value": clone text}}, {@code {"error": {name, message}}}, {@code
   *     {"started": true}}, or {@code null} when the step never ran
   */
  @HostAccess.Export
  public String stepResult(String key) {
    StepRow step = engine.step(id, key);
    if (step == null) {
      return null;
    }
    ObjectNode result = JSON.createObjectNode();
    switch (step.state()) {
      case "succeeded" -> result.put("value", step.value());
      case "failed" -> result.putObject("error").put("name", step.errorName()).put("message", step.errorMessage());
      default -> result.put("started", true);
    }
    return result.toString();
  }

  /**
   * Starts an attempt of a {@code step.do}.
   *
   * @param key the step's key
   * @return the attempt's number from 1, or -1 when the run was abandoned
   */
  @HostAccess.Export
  public int attempt(String key) {
    return engine.attemptStarted(id, generation, key);
  }

  /**
   * What the attempt must do instead of running, from the instance's modifiers.
   *
   * @param key the step's key
   * @param attempt the attempt's number
   * @return JSON {@code {"result": clone}}, {@code {"error": {name, message}}}, {@code
   *     {"timeout": true}}, or {@code null} to run the step
   */
  @HostAccess.Export
  public String mock(String key, int attempt) {
    InstanceModifiers.Mock mock = engine.modifiers(id).mockFor(key, attempt);
    if (mock == null) {
      return null;
    }
    ObjectNode result = JSON.createObjectNode();
    if (mock.timeout()) {
      result.put("timeout", true);
    } else if (mock.errorName() != null) {
      result.putObject("error").put("name", mock.errorName()).put("message", mock.errorMessage());
    } else {
      result.put("result", mock.result().cloneText());
    }
    return result.toString();
  }

  /**
   * Whether a retry delay is turned off.
   *
   * @param key the step's key
   * @return {@code true} when introspection disabled it
   */
  @HostAccess.Export
  public boolean retryDelayDisabled(String key) {
    return engine.modifiers(id).retryDelayDisabled(key);
  }

  /**
   * Whether a sleep is turned off.
   *
   * @param key the sleep's key
   * @return {@code true} when introspection disabled it
   */
  @HostAccess.Export
  public boolean sleepDisabled(String key) {
    return engine.modifiers(id).sleepDisabled(key);
  }

  /**
   * A step succeeded.
   *
   * @param key the step's key
   * @param clone its value as clone text
   * @param json its value as JSON, or {@code null}
   * @return whether the run goes on ({@code false}: it was paused or abandoned)
   */
  @HostAccess.Export
  public boolean succeeded(String key, String clone, String json) {
    return engine.stepSucceeded(id, generation, key, clone, json);
  }

  /**
   * A step threw a {@code NonRetryableError} (see {@link WorkflowRuns#stepGaveUp}).
   *
   * @param key the step's key
   * @param name the error's name
   * @param message the error's message
   * @return whether the run goes on
   */
  @HostAccess.Export
  public boolean gaveUp(String key, String name, String message) {
    return engine.stepGaveUp(id, generation, key, name, message);
  }

  /**
   * An attempt failed and the step will be retried.
   *
   * @return whether the run goes on
   */
  @HostAccess.Export
  public boolean attemptFailed() {
    return engine.attemptFailed(id, generation);
  }

  /**
   * A step failed for good.
   *
   * @param key the step's key
   * @param name the error's name
   * @param message the error's message
   * @return whether the run goes on
   */
  @HostAccess.Export
  public boolean failed(String key, String name, String message) {
    return engine.stepFailed(id, generation, key, name, message);
  }

  /**
   * The due time of a sleep (the stored one when the run replays it).
   *
   * @param key the sleep's key
   * @param proposedDue when it ends if it is new
   * @return the due time, or -1 when the sleep is over or the run abandoned
   */
  @HostAccess.Export
  public double sleepDue(String key, double proposedDue) {
    return engine.sleepDue(id, generation, key, (long) proposedDue);
  }

  /**
   * A sleep ended.
   *
   * @param key the sleep's key
   */
  @HostAccess.Export
  public void slept(String key) {
    engine.sleepDone(id, generation, key);
  }

  /**
   * Resolves once the instance clock reads {@code due}.
   *
   * @param options the prelude's object {@code {due, kind, step}}: epoch milliseconds, {@code
   *     "sleep"}, {@code "retry"} (the instance is idle meanwhile) or {@code "timeout"}, and the
   *     step's name
   * @param resolve called without arguments when the time comes
   * @param reject never called
   * @return the timer's id, for {@link #cancel}
   */
  @HostAccess.Export
  public double timer(Value options, Value resolve, Value reject) {
    JsOptions wait = JsOptions.of(options, "Workflow timer");
    WorkflowWait.Kind waitKind = switch (wait.string("kind")) {
      case "sleep" -> WorkflowWait.Kind.SLEEP;
      case "retry" -> WorkflowWait.Kind.RETRY_DELAY;
      default -> null;
    };
    Map.Entry<Long, CompletableFuture<Void>> timer =
        engine.timer(id, generation, (long) wait.number("due"), waitKind, wait.string("step"));
    isolate.settleLater(timer.getValue(), v -> null, resolve, reject);
    return timer.getKey();
  }

  /**
   * Cancels a timer.
   *
   * @param timerId what {@link #timer} returned
   */
  @HostAccess.Export
  public void cancel(double timerId) {
    engine.cancelTimer(id, generation, (long) timerId);
  }

  /**
   * Waits for an event.
   *
   * @param options the prelude's object {@code {key, step, type, timeoutMillis}}: the wait's key,
   *     the step's name, the event type and how long to wait on the instance clock
   * @param resolve receives the event as JSON {@code {type, payload (clone text), timestamp}}
   * @param reject receives (name, message, stack) when the wait times out
   */
  @HostAccess.Export
  public void waitForEvent(Value options, Value resolve, Value reject) {
    JsOptions wait = JsOptions.of(options, "Workflow waitForEvent");
    CompletableFuture<String> event = engine.waitForEvent(
        id, generation, wait.string("key"), wait.string("step"), wait.string("type"), (long) wait.number("timeoutMillis"));
    // a timeout arrives as Error("WorkflowTimeoutError: ..."), as after workerd's RPC
    isolate.settleLater(event, v -> v, resolve, reject);
  }

  /**
   * The run returned.
   *
   * @param outputJson what it returned, as JSON ({@code null} for nothing)
   */
  @HostAccess.Export
  public void complete(String outputJson) {
    engine.complete(id, generation, outputJson);
    ended();
  }

  /**
   * The run failed (or a step's value could not be kept, which ends the instance).
   *
   * @param name the error's name
   * @param message its message
   */
  @HostAccess.Export
  public void fail(String name, String message) {
    engine.fail(id, generation, name, message);
    ended();
  }

  /** The run has returned or thrown: it no longer counts as the worker's running work. */
  private void ended() {
    if (runEvent != null) {
      runEvent.complete(null);
    }
  }
}
