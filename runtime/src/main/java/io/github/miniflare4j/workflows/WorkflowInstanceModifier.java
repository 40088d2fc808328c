package io.github.miniflare4j.workflows;

import io.github.miniflare4j.workflows.internal.InstanceModifiers;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes to one instance's behaviour for a test, as Cloudflare's Vitest integration offers them
 * ({@code WorkflowInstanceModifier}): sleeps and retry delays turned off, step results and errors
 * mocked, timeouts forced, events mocked. Apply them before the instance reaches the steps they
 * name (before {@code create}, through {@link Workflow#introspectInstance} or {@link
 * Workflow#introspect}).
 */
public final class WorkflowInstanceModifier {

  private final WorkflowEngine engine;
  private final String id;
  private final InstanceModifiers modifiers;

  WorkflowInstanceModifier(WorkflowEngine engine, String id) {
    this.engine = engine;
    this.id = id;
    this.modifiers = engine.modifiers(id);
  }

  /** Makes every {@code step.sleep} and {@code step.sleepUntil} end at once. */
  public void disableSleeps() {
    modifiers.disableSleeps(null);
  }

  /**
   * Makes these sleeps end at once.
   *
   * @param steps the sleeps, by name (and index among sleeps of that name)
   */
  public void disableSleeps(WorkflowStep... steps) {
    modifiers.disableSleeps(keys("sleep", steps));
  }

  /** Makes every failed {@code step.do} retry at once. */
  public void disableRetryDelays() {
    modifiers.disableRetryDelays(null);
  }

  /**
   * Makes these steps retry at once.
   *
   * @param steps the steps
   */
  public void disableRetryDelays(WorkflowStep... steps) {
    modifiers.disableRetryDelays(keys("do", steps));
  }

  /**
   * Makes a {@code step.do} return a value without running its callback.
   *
   * @param step the step
   * @param result the value (null, String, Number, Boolean, List, Map, ...)
   * @throws IllegalStateException when the step's result is mocked already
   */
  public void mockStepResult(WorkflowStep step, Object result) {
    modifiers.mockResult(step.key("do"), step.name(), new InstanceModifiers.MockResult(Json.clone(result), Json.write(result)));
  }

  /**
   * Makes every attempt of a {@code step.do} throw an error.
   *
   * @param step the step
   * @param name the error's name, e.g. {@code "Error"}
   * @param message its message
   */
  public void mockStepError(WorkflowStep step, String name, String message) {
    mockStepError(step, name, message, 0);
  }

  /**
   * Makes the next {@code times} attempts of a {@code step.do} throw an error.
   *
   * @param step the step
   * @param name the error's name
   * @param message its message
   * @param times how many attempts fail; 0 for all of them
   */
  public void mockStepError(WorkflowStep step, String name, String message, int times) {
    modifiers.mockError(step.key("do"), step.name(), Objects.requireNonNull(name, "name"), Objects.requireNonNull(message, "message"), times);
  }

  /**
   * Makes every attempt of a {@code step.do} time out at once.
   *
   * @param step the step
   */
  public void forceStepTimeout(WorkflowStep step) {
    forceStepTimeout(step, 0);
  }

  /**
   * Makes the next {@code times} attempts of a {@code step.do} time out at once.
   *
   * @param step the step
   * @param times how many attempts time out; 0 for all of them
   */
  public void forceStepTimeout(WorkflowStep step, int times) {
    modifiers.forceTimeout(step.key("do"), step.name(), times);
  }

  /**
   * Sends the instance an event (kept until its {@code waitForEvent} of this type takes it); a
   * restart of the instance gets it again, as in Miniflare.
   *
   * @param type the event type
   * @param payload the payload
   */
  public void mockEvent(String type, Object payload) {
    InstanceModifiers.MockedEvent event = new InstanceModifiers.MockedEvent(type, Json.clone(payload), Json.write(payload));
    modifiers.mockEvent(event);
    engine.sendEvent(id, type, event.cloneText(), event.json());
  }

  /**
   * Makes a {@code step.waitForEvent} time out at once.
   *
   * @param step the wait
   */
  public void forceEventTimeout(WorkflowStep step) {
    modifiers.forceEventTimeout(step.key("wait"));
  }

  private static Set<String> keys(String kind, WorkflowStep... steps) {
    return Arrays.stream(steps).map(s -> s.key(kind)).collect(Collectors.toSet());
  }
}
