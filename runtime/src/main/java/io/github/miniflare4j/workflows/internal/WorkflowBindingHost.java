package io.github.miniflare4j.workflows.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.interop.JsOptions;
import io.github.miniflare4j.workflows.WorkflowException;
import io.github.miniflare4j.workflows.WorkflowInstanceStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What a worker's workflow binding ({@code env.WORKFLOW}, {@code workflows.js}) calls, on the
 * worker's loop thread. Answers are JSON; a refusal is {@code {"refused": {name, message}}}, which
 * the script throws as the error a worker sees after workerd's RPC.
 */
public final class WorkflowBindingHost {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How long {@code unsafeWaitForStatus} and {@code unsafeWaitForStepResult} wait for the run (real time). */
  private static final Duration INTROSPECTION_WAIT = Duration.ofMinutes(5);

  private final WorkflowInstances engine;
  private final String bindingName;
  private final WorkerIsolate isolate;

  /**
   * The host of one binding in one worker.
   *
   * @param engine the bound workflow's engine
   * @param bindingName the binding's name
   * @param isolate the worker whose script calls the host
   */
  public WorkflowBindingHost(WorkflowInstances engine, String bindingName, WorkerIsolate isolate) {
    this.engine = engine;
    this.bindingName = bindingName;
    this.isolate = isolate;
  }

  /**
   * {@code create({id, params})}.
   *
   * @param id the id, or {@code null} for a random UUID
   * @param params the params as clone text
   * @return JSON {@code {"id": ...}} or a refusal
   */
  @HostAccess.Export
  public String create(String id, String params) {
    return answer(() -> JSON.createObjectNode().put("id", engine.create(id, params)));
  }

  /**
   * {@code create({id, params})} with params Miniflare's engine cannot keep: the instance is made
   * but never runs.
   *
   * @param id the id, or {@code null} for a random UUID
   * @return JSON {@code {"id": ...}} or a refusal
   */
  @HostAccess.Export
  public String createStuck(String id) {
    return answer(() -> JSON.createObjectNode().put("id", engine.createStuck(id)));
  }

  /**
   * Whether an instance exists ({@code get(id)}).
   *
   * @param id the id
   * @return {@code true} when it does
   */
  @HostAccess.Export
  public boolean exists(String id) {
    return engine.exists(id);
  }

  /**
   * {@code instance.status()}.
   *
   * @param id the instance id
   * @return JSON {@code {status, outputs: [JSON text], output: JSON text, error}} or a refusal
   */
  @HostAccess.Export
  public String status(String id) {
    return answer(() -> {
      StatusReport report = engine.status(id);
      ObjectNode node = JSON.createObjectNode();
      node.put("status", report.status().miniflareName());
      ArrayNode outputs = node.putArray("outputs");
      report.stepOutputs().forEach(outputs::add);
      node.put("output", report.output());
      if (report.error() != null) {
        node.putObject("error").put("name", report.error().name()).put("message", report.error().message());
      }
      return node;
    });
  }

  /**
   * {@code pause()}, {@code resume()}, {@code terminate()} or {@code restart()}.
   *
   * @param id the instance id
   * @param operation the method's name
   * @return {@code null}, or a refusal
   */
  @HostAccess.Export
  public String control(String id, String operation) {
    return refusal(() -> {
      engine.requireExists(id);
      switch (operation) {
        case "pause" -> engine.pause(id);
        case "resume" -> engine.resume(id);
        case "terminate" -> engine.terminate(id);
        case "restart" -> engine.restart(id);
        default -> throw new IllegalArgumentException("unknown workflow operation " + operation);
      }
    });
  }

  /**
   * {@code sendEvent({type, payload})}.
   *
   * @param id the instance id
   * @param type the event type
   * @param payload the payload as clone text
   * @param payloadJson the payload as JSON (for status reports), or {@code null}
   * @return {@code null}, or a refusal
   */
  @HostAccess.Export
  public String sendEvent(String id, String type, String payload, String payloadJson) {
    return refusal(() -> engine.sendEvent(id, type, payload, payloadJson));
  }

  /**
   * {@code unsafeGetBindingName()}.
   *
   * @return the binding's name
   */
  @HostAccess.Export
  public String bindingName() {
    return bindingName;
  }

  /**
   * Stops an instance's run, keeping its status (an event the engine could not store broke it).
   *
   * @param id the instance id
   */
  @HostAccess.Export
  public void strand(String id) {
    engine.strand(id);
  }

  /**
   * {@code unsafeAbort(id)}: abandons and forgets the instance.
   *
   * @param id the instance id
   */
  @HostAccess.Export
  public void abort(String id) {
    engine.abortAndDelete(id);
  }

  /**
   * {@code unsafeGetInstanceModifier(id)}: the changes a test makes to one instance.
   *
   * @param id the instance id (which may not exist yet)
   * @return the host of the modifier object
   */
  @HostAccess.Export
  public InstanceModifierHost modifier(String id) {
    return new InstanceModifierHost(engine, id);
  }

  /**
   * {@code unsafeWaitForStatus(id, status)}.
   *
   * @param id the instance id
   * @param status the Miniflare status name
   * @param resolve called when the status is reached
   * @param reject called when it cannot be
   */
  @HostAccess.Export
  public void waitForStatus(String id, String status, Value resolve, Value reject) {
    CompletableFuture<String> done = CompletableFuture.supplyAsync(() -> {
      engine.waitForStatus(id, WorkflowInstanceStatus.of(status), INTROSPECTION_WAIT);
      return null;
    }, isolate.spec().services().hostExecutor());
    isolate.settleLater(done, v -> null, resolve, reject);
  }

  /**
   * {@code unsafeWaitForStepResult(id, name, index)}.
   *
   * @param options the prelude's object {@code {id, name, index}}: the instance id, the step's
   *     name and which step of that name, from 1
   * @param resolve receives JSON text {@code {waited, failed, clone, json}}: whether the step had
   *     not ended when the wait began, whether it failed for good, and its value as clone text and
   *     as JSON when it succeeded
   * @param reject called when the wait timed out
   */
  @HostAccess.Export
  public void waitForStepResult(Value options, Value resolve, Value reject) {
    JsOptions wait = JsOptions.of(options, "Workflow unsafeWaitForStepResult");
    String id = wait.string("id");
    String name = wait.string("name");
    String key = engine.stepKey(name, wait.integer("index"));
    // whether the caller waits is decided now, on the loop thread, before the step's code can run on
    boolean waited = !engine.stepHasEnded(id, key);
    CompletableFuture<String> done = CompletableFuture.supplyAsync(
        () -> stepEndText(engine.waitForStepResult(id, key, name, INTROSPECTION_WAIT), waited), isolate.spec().services().hostExecutor());
    isolate.settleLater(done, v -> v, resolve, reject);
  }

  private static String stepEndText(WorkflowInstances.StepEnd end, boolean waited) {
    ObjectNode text = JSON.createObjectNode().put("waited", waited).put("failed", end.failed());
    text.put("clone", end.cloneText());
    text.put("json", end.json());
    return text.toString();
  }

  private interface Action {
    void run();
  }

  private static String refusal(Action action) {
    return answer(() -> {
      action.run();
      return null;
    });
  }

  private static String answer(Supplier<ObjectNode> action) {
    try {
      ObjectNode result = action.get();
      return result == null ? null : result.toString();
    } catch (WorkflowException e) {
      ObjectNode error = JSON.createObjectNode();
      error.putObject("refused").put("name", e.errorName()).put("message", e.errorMessage());
      return error.toString();
    }
  }
}
