package io.github.miniflare4j.workflows.internal;

import io.github.miniflare4j.workflows.WorkflowWait;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The engine as one run of a workflow instance reaches it through {@link EngineHost}: every call
 * names the instance and the run's generation, and changes nothing once that run was abandoned.
 */
public interface WorkflowRuns {

  /** @return the most {@code step.do} calls one run may make */
  int stepLimit();

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @return whether the run is still the instance's current one
   */
  boolean alive(String id, int generation);

  /**
   * @param id the instance id
   * @param generation the run's generation
   */
  void runStarted(String id, int generation);

  /**
   * @param id the instance id
   * @param key the step's key
   * @return the stored step, or {@code null} when it never ran
   */
  WorkflowStore.StepRow step(String id, String key);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param key the step's key
   * @return the attempt's number from 1, or -1 when the run was abandoned
   */
  int attemptStarted(String id, int generation, String key);

  /**
   * @param id the instance id
   * @return the instance's modifiers
   */
  InstanceModifiers modifiers(String id);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param key the step's key
   * @param clone the result as clone text
   * @param json the result as JSON text
   * @return whether it was recorded (the run is alive)
   */
  boolean stepSucceeded(String id, int generation, String key, String clone, String json);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @return whether it was recorded (the run is alive)
   */
  boolean attemptFailed(String id, int generation);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param key the step's key
   * @param name the error's name
   * @param message the error's message
   * @return whether it was recorded (the run is alive)
   */
  boolean stepFailed(String id, int generation, String key, String name, String message);

  /**
   * A step threw a {@code NonRetryableError}: its waiters see it failed, but a replay of the run
   * runs it again (Miniflare logs the failure without keeping the error).
   *
   * @param id the instance id
   * @param generation the run's generation
   * @param key the step's key
   * @param name the error's name
   * @param message the error's message
   * @return whether it was recorded (the run is alive)
   */
  boolean stepGaveUp(String id, int generation, String key, String name, String message);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param key the sleep's key
   * @param proposedDue when the sleep would end, epoch milliseconds
   * @return when it ends, epoch milliseconds (stored on the first run)
   */
  long sleepDue(String id, int generation, String key, long proposedDue);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param key the sleep's key
   */
  void sleepDone(String id, int generation, String key);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param due epoch milliseconds on the instance clock
   * @param kind what the instance waits for, or {@code null} for a timeout
   * @param step the step's name
   * @return the timer's id and what completes when the clock reads {@code due}
   */
  Map.Entry<Long, CompletableFuture<Void>> timer(String id, int generation, long due, WorkflowWait.Kind kind, String step);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param timerId what {@link #timer} returned
   */
  void cancelTimer(String id, int generation, long timerId);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param key the wait's key
   * @param step the step's name
   * @param type the event type
   * @param timeoutMillis how long to wait on the instance clock
   * @return the event as JSON text; fails when the wait times out
   */
  CompletableFuture<String> waitForEvent(String id, int generation, String key, String step, String type, long timeoutMillis);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param outputJson what the run returned, as JSON, or {@code null}
   */
  void complete(String id, int generation, String outputJson);

  /**
   * @param id the instance id
   * @param generation the run's generation
   * @param name the error's name
   * @param message the error's message
   */
  void fail(String id, int generation, String name, String message);
}
