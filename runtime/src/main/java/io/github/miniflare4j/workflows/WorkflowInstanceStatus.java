package io.github.miniflare4j.workflows;

import java.util.Arrays;

/**
 * The status of a workflow instance, named as Miniflare names it in {@code status().status}.
 * Miniflare reports {@code running} while an instance sleeps or waits for an event; {@link
 * #WAITING} exists in its list and is never reported locally.
 */
public enum WorkflowInstanceStatus {
  /** Created, not yet running. */
  QUEUED("queued"),
  /** Running, sleeping or waiting for an event. */
  RUNNING("running"),
  /** Paused by {@code pause()}; {@code resume()} continues it. */
  PAUSED("paused"),
  /** Finished with an error. */
  ERRORED("errored"),
  /** Stopped by {@code terminate()}. */
  TERMINATED("terminated"),
  /** Finished; {@code output} holds what {@code run()} returned. */
  COMPLETE("complete"),
  /** Paused while a step runs: becomes {@link #PAUSED} when the step ends. */
  WAITING_FOR_PAUSE("waitingForPause"),
  /** Waiting (never reported by the local emulation, as in Miniflare). */
  WAITING("waiting"),
  /** A status Miniflare does not know. */
  UNKNOWN("unknown");

  private final String miniflareName;

  WorkflowInstanceStatus(String miniflareName) {
    this.miniflareName = miniflareName;
  }

  /**
   * The name Miniflare and the worker see.
   *
   * @return e.g. {@code "waitingForPause"}
   */
  public String miniflareName() {
    return miniflareName;
  }

  /**
   * Whether the instance can never run again by itself (complete, errored, terminated).
   *
   * @return {@code true} for a final status
   */
  public boolean isFinal() {
    return this == COMPLETE || this == ERRORED || this == TERMINATED;
  }

  /**
   * The status of a Miniflare name.
   *
   * @param name a name such as {@code "complete"}
   * @return the status; {@link #UNKNOWN} for a name Miniflare does not use
   */
  public static WorkflowInstanceStatus of(String name) {
    return Arrays.stream(values()).filter(s -> s.miniflareName.equals(name)).findFirst().orElse(UNKNOWN);
  }

  @Override
  public String toString() {
    return miniflareName;
  }
}
