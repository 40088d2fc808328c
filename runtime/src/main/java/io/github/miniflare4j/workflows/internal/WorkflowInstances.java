package io.github.miniflare4j.workflows.internal;

import io.github.miniflare4j.workflows.WorkflowInstanceStatus;
import java.time.Duration;

/**
 * The engine as a worker's Workflow binding reaches it through {@link WorkflowBindingHost}.
 * Refusals are thrown as {@code workflows.WorkflowException}s with the messages a worker sees.
 */
public interface WorkflowInstances {

  /**
   * @param id the id, or {@code null} for a random UUID
   * @param paramsClone the params as clone text
   * @return the instance's id
   */
  String create(String id, String paramsClone);

  /**
   * Creates an instance whose run never starts: it stays "queued", as Miniflare's does when its
   * engine cannot keep the params (a function or a BigInt in them).
   *
   * @param id the id, or {@code null} for a random UUID
   * @return the instance's id
   */
  String createStuck(String id);

  /**
   * @param id the instance id
   * @return whether it exists
   */
  boolean exists(String id);

  /**
   * Fails as workerd does for an instance that does not exist.
   *
   * @param id the instance id
   */
  void requireExists(String id);

  /**
   * @param id the instance id
   * @return its status
   */
  StatusReport status(String id);

  /** @param id the instance id */
  void pause(String id);

  /** @param id the instance id */
  void resume(String id);

  /** @param id the instance id */
  void terminate(String id);

  /** @param id the instance id */
  void restart(String id);

  /**
   * @param id the instance id
   * @param type the event type
   * @param payloadClone the payload as clone text
   * @param payloadJson the payload as JSON, or {@code null}
   */
  void sendEvent(String id, String type, String payloadClone, String payloadJson);

  /** @param id the instance id */
  void abortAndDelete(String id);

  /**
   * Stops the instance's run where it is and keeps its status: what Miniflare's engine does when
   * it cannot store an event it was sent (a stream in the payload) and its Durable Object breaks.
   *
   * @param id the instance id
   */
  void strand(String id);

  /**
   * @param id the instance id
   * @param target the status to wait for
   * @param timeout how long to wait (real time)
   */
  void waitForStatus(String id, WorkflowInstanceStatus target, Duration timeout);

  /**
   * @param name the step's name
   * @param index which step of that name, from 1
   * @return the key the engine stores that {@code step.do} under
   */
  String stepKey(String name, int index);

  /**
   * @param kind the step's kind: {@code "do"}, {@code "sleep"} or {@code "wait"}
   * @param name the step's name
   * @param index which step of that name and kind, from 1
   * @return the key the engine keeps that step under (what introspection's modifiers name)
   */
  String stepKey(String kind, String name, int index);

  /**
   * @param id the instance id (which may not exist yet)
   * @return the introspection changes made to that instance
   */
  InstanceModifiers modifiers(String id);

  /**
   * @param id the instance id
   * @param key the step's key ({@link #stepKey})
   * @param stepName the step's name, for messages
   * @param timeout how long to wait (real time)
   * @return how the step ended
   */
  StepEnd waitForStepResult(String id, String key, String stepName, Duration timeout);

  /**
   * @param id the instance id
   * @param key the step's key ({@link #stepKey})
   * @return whether that {@code step.do} has succeeded or failed for good ({@code false} for an
   *     unknown instance)
   */
  boolean stepHasEnded(String id, String key);

  /**
   * How a {@code step.do} ended, as a caller waiting for it reads it.
   *
   * @param waited whether the step had not ended yet when the wait began (Miniflare then hands
   *     the waiter the value itself; a step that had ended is read back from its stored JSON)
   * @param cloneText the value as clone text, when it succeeded
   * @param json the value as JSON text, when it succeeded ({@code null} when JSON cannot write it)
   * @param errorName the error's name, when it failed ({@code null} when it succeeded)
   * @param errorMessage the error's message, when it failed
   */
  record StepEnd(boolean waited, String cloneText, String json, String errorName, String errorMessage) {

    /** @return whether the step failed for good */
    public boolean failed() {
      return errorName != null;
    }
  }
}
