package io.github.miniflare4j.workflows;

import java.util.Objects;

/**
 * Names one step of a workflow run, as Cloudflare's workflow introspection does: the step's name
 * and, when several steps share it, which one ({@code index}, from 1, in the order the run
 * reaches them).
 *
 * @param name the step's name as given to {@code step.do}, {@code step.sleep} or {@code
 *     step.waitForEvent}
 * @param index which step of that name, from 1
 */
public record WorkflowStep(String name, int index) {

  /**
   * Checks the components.
   *
   * @param name the step's name
   * @param index which step of that name, from 1
   */
  public WorkflowStep {
    Objects.requireNonNull(name, "name");
    if (index < 1) {
      throw new IllegalArgumentException("WorkflowStep index counts from 1, was " + index + " for step \"" + name + "\"");
    }
  }

  /**
   * The first step of a name.
   *
   * @param name the step's name
   * @return the selector
   */
  public static WorkflowStep named(String name) {
    return new WorkflowStep(name, 1);
  }

  /**
   * Another step of the same name.
   *
   * @param index which step of that name, from 1
   * @return the selector
   */
  public WorkflowStep at(int index) {
    return new WorkflowStep(name, index);
  }

  /** The key the engine stores the step under, for a kind ("do", "sleep" or "wait"). */
  String key(String kind) {
    return kind + "\n" + name + "\n" + index;
  }
}
