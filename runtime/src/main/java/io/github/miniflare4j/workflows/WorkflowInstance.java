package io.github.miniflare4j.workflows;

import io.github.miniflare4j.rpc.CloneCodec;
import io.github.miniflare4j.workflows.internal.StatusReport;
import io.github.miniflare4j.workflows.internal.WorkflowInstances.StepEnd;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One instance of a workflow, seen from Java: what {@code env.WORKFLOW.get(id)} gives a worker
 * (status, pause, resume, terminate, restart, sendEvent) plus the waits and reads a test needs.
 * Waits block the caller until the instance gets there (they never sleep or poll); time in the
 * workflow follows the instance clock, so a test that waits for the end of a sleep advances the
 * clock ({@code miniflare.clock().advance(...)}) after {@link #waitUntilIdle()}.
 */
public final class WorkflowInstance {

  /** How long the waits without a timeout wait (real time, for the worker's JavaScript to run). */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  private final WorkflowEngine engine;
  private final String id;

  WorkflowInstance(WorkflowEngine engine, String id) {
    this.engine = engine;
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * The instance id.
   *
   * @return the id given to {@code create} or the random UUID it chose
   */
  public String id() {
    return id;
  }

  /**
   * The instance's status, output, error and step outputs, as {@code status()} reports them.
   *
   * @return the report
   * @throws WorkflowException {@code instance.not_found} when the instance does not exist
   */
  public WorkflowStatus status() {
    StatusReport report = engine.status(id);
    List<Object> outputs = report.stepOutputs().stream().map(Json::read).toList();
    return new WorkflowStatus(report.status(), Json.read(report.output()), report.error(), outputs);
  }

  /** Pauses a running instance: at once while it sleeps or waits, else when its running step ends. */
  public void pause() {
    engine.pause(id);
  }

  /** Resumes a paused instance; its sleeps do not count the time it was paused. */
  public void resume() {
    engine.resume(id);
  }

  /**
   * Terminates the instance.
   *
   * @throws WorkflowException {@code (instance.cannot_terminate)} when it has finished
   */
  public void terminate() {
    engine.terminate(id);
  }

  /** Runs the instance again from the start, with the same params, forgetting its steps. */
  public void restart() {
    engine.restart(id);
  }

  /**
   * Sends an event: the instance's {@code step.waitForEvent} of this type receives it, now or
   * when it gets there.
   *
   * @param type the event type
   * @param payload the payload (null, String, Number, Boolean, List, Map, ...)
   */
  public void sendEvent(String type, Object payload) {
    engine.sendEvent(id, Objects.requireNonNull(type, "type"), Json.clone(payload), Json.write(payload));
  }

  /**
   * Waits until the instance has a status (Cloudflare's {@code waitForStatus}).
   *
   * @param status the status to wait for
   * @throws WorkflowException when the instance reaches another final status (Miniflare's message)
   *     or after {@link #DEFAULT_WAIT}, naming what the instance waits for
   */
  public void waitForStatus(WorkflowInstanceStatus status) {
    waitForStatus(status, DEFAULT_WAIT);
  }

  /**
   * Waits until the instance has a status.
   *
   * @param status the status to wait for
   * @param timeout how long to wait (real time)
   */
  public void waitForStatus(WorkflowInstanceStatus status, Duration timeout) {
    engine.waitForStatus(id, status, timeout);
  }

  /**
   * Waits until nothing of the instance runs and says what it waits for: the end of a sleep or a
   * retry delay (advance the clock), an event (send it), or nothing (it stopped).
   *
   * @return what the instance waits for
   */
  public WorkflowWait waitUntilIdle() {
    return waitUntilIdle(DEFAULT_WAIT);
  }

  /**
   * Waits until nothing of the instance runs.
   *
   * @param timeout how long to wait (real time)
   * @return what the instance waits for
   */
  public WorkflowWait waitUntilIdle(Duration timeout) {
    return engine.waitUntilIdle(id, timeout);
  }

  /**
   * Waits for a {@code step.do}'s result (Cloudflare's {@code waitForStepResult}). The value is
   * read from its JSON; as in Miniflare, a step that had not ended when the wait began hands over
   * the value itself, so an {@code Error} inside it reads as a map of its {@code name} and {@code
   * message} (and {@code cause}, and own members), where a step that had ended reads back as JSON
   * wrote it ({@code {}} for an {@code Error}).
   *
   * @param step the step
   * @return its result
   * @throws WorkflowException with the step's error when it failed
   */
  public Object waitForStepResult(WorkflowStep step) {
    StepEnd end = engine.waitForStepResult(id, step.key("do"), step.name(), DEFAULT_WAIT);
    if (end.failed()) {
      throw new WorkflowException(end.errorName(), end.errorMessage(), "step \"" + step.name() + "\" of instance \"" + id + "\" failed");
    }
    Object value = Json.read(end.json());
    return end.waited() && end.cloneText() != null ? CloneCodec.withErrors(end.cloneText(), value) : value;
  }

  /**
   * What {@code run()} returned (Cloudflare's {@code getOutput}).
   *
   * @return the output, read from JSON
   * @throws WorkflowException when the instance is not complete (Miniflare's message)
   */
  public Object output() {
    WorkflowStatus status = status();
    if (status.status() != WorkflowInstanceStatus.COMPLETE) {
      throw new WorkflowException("Error", WorkflowLimits.noOutput(status.status().miniflareName()), "instance \"" + id + "\"");
    }
    return status.output();
  }

  /**
   * The error the instance failed with (Cloudflare's {@code getError}).
   *
   * @return the error
   * @throws WorkflowException when the instance is not errored (Miniflare's message)
   */
  public WorkflowError error() {
    WorkflowStatus status = status();
    if (status.status() != WorkflowInstanceStatus.ERRORED) {
      throw new WorkflowException("Error", WorkflowLimits.noError(status.status().miniflareName()), "instance \"" + id + "\"");
    }
    return status.error();
  }

  @Override
  public String toString() {
    return "WorkflowInstance[" + engine.workflowName() + "/" + id + "]";
  }
}
