package io.github.miniflare4j.workflows.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;

/**
 * What the object a worker's {@code env.WORKFLOW.unsafeGetInstanceModifier(id)} answers calls
 * ({@code workflows.js}, Miniflare's {@code WorkflowInstanceModifier}, which Vitest's {@code
 * introspectWorkflowInstance} drives from inside the worker): the same changes as the Java {@code
 * WorkflowInstanceModifier}, for one instance that may not exist yet. Steps are named by name and
 * index (an index of 0 counts as 1, as Miniflare's {@code step.index && ...}). A refusal is
 * {@code {"refused": {name, message}}}.
 */
public final class InstanceModifierHost {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WorkflowInstances engine;
  private final String id;

  InstanceModifierHost(WorkflowInstances engine, String id) {
    this.engine = engine;
    this.id = id;
  }

  /**
   * {@code disableSleeps(steps?)}.
   *
   * @param steps JSON array of {@code {name, index}}, or {@code null} for every sleep
   */
  @HostAccess.Export
  public void disableSleeps(String steps) {
    engine.modifiers(id).disableSleeps(keys("sleep", steps));
  }

  /**
   * {@code disableRetryDelays(steps?)}.
   *
   * @param steps JSON array of {@code {name, index}}, or {@code null} for every step
   */
  @HostAccess.Export
  public void disableRetryDelays(String steps) {
    engine.modifiers(id).disableRetryDelays(keys("do", steps));
  }

  /**
   * {@code mockStepResult(step, result)}.
   *
   * @param name the step's name
   * @param index which step of that name
   * @param cloneText the result as clone text
   * @param json the result as JSON text ({@code null} when JSON cannot write it)
   * @return a refusal when the step's result is mocked already, else {@code null}
   */
  @HostAccess.Export
  public String mockStepResult(String name, int index, String cloneText, String json) {
    return refusal(() -> engine.modifiers(id).mockResult(engine.stepKey("do", name, index), name, new InstanceModifiers.MockResult(cloneText, json)));
  }

  /**
   * {@code mockStepError(step, error, times?)}.
   *
   * @param name the step's name
   * @param index which step of that name
   * @param errorName the error's name
   * @param message the error's message
   * @param times how many attempts fail; 0 for all of them
   * @return a refusal when the step's result is mocked, else {@code null}
   */
  @HostAccess.Export
  public String mockStepError(String name, int index, String errorName, String message, int times) {
    return refusal(() -> engine.modifiers(id).mockError(engine.stepKey("do", name, index), name, errorName, message, times));
  }

  /**
   * {@code forceStepTimeout(step, times?)}.
   *
   * @param name the step's name
   * @param index which step of that name
   * @param times how many attempts time out; 0 for all of them
   * @return a refusal when the step's result is mocked, else {@code null}
   */
  @HostAccess.Export
  public String forceStepTimeout(String name, int index, int times) {
    return refusal(() -> engine.modifiers(id).forceTimeout(engine.stepKey("do", name, index), name, times));
  }

  /**
   * {@code mockEvent({type, payload})}: the event is kept until a wait of its type takes it, and
   * survives a restart.
   *
   * @param type the event type
   * @param payloadClone the payload as clone text
   * @param payloadJson the payload as JSON text
   */
  @HostAccess.Export
  public void mockEvent(String type, String payloadClone, String payloadJson) {
    InstanceModifiers.MockedEvent event = new InstanceModifiers.MockedEvent(type, payloadClone, payloadJson);
    engine.modifiers(id).mockEvent(event);
    engine.sendEvent(id, type, event.cloneText(), event.json());
  }

  /**
   * {@code forceEventTimeout(step)}.
   *
   * @param name the wait's name
   * @param index which wait of that name
   */
  @HostAccess.Export
  public void forceEventTimeout(String name, int index) {
    engine.modifiers(id).forceEventTimeout(engine.stepKey("wait", name, index));
  }

  private Set<String> keys(String kind, String steps) {
    if (steps == null) {
      return null;
    }
    Set<String> keys = new LinkedHashSet<>();
    try {
      for (JsonNode step : JSON.readTree(steps)) {
        keys.add(engine.stepKey(kind, step.path("name").asText(), step.path("index").asInt(1)));
      }
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("steps are no JSON: " + steps, e);
    }
    return keys;
  }

  private static String refusal(Runnable change) {
    try {
      change.run();
      return null;
    } catch (IllegalStateException e) {
      ObjectNode error = JSON.createObjectNode();
      error.putObject("refused").put("name", "Error").put("message", e.getMessage());
      return error.toString();
    }
  }
}
