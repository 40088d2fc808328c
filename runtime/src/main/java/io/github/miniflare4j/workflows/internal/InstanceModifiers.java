package io.github.miniflare4j.workflows.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test-time changes to one instance's behaviour (Cloudflare's workflow introspection): sleeps
 * and retry delays turned off, step results and errors mocked, timeouts forced. Steps are named
 * by the engine's step keys ({@code do\nname\nindex}, {@code sleep\n...}, {@code wait\n...}).
 * Kept in memory only: they belong to a test, not to the stored instance. Thread-safe.
 */
public final class InstanceModifiers {

  /** A mocked step result: clone text for the run, JSON for status reports. */
  public record MockResult(String cloneText, String json) {}

  /** What the next attempt of a step must do instead of running: a result, an error or a timeout. */
  public record Mock(MockResult result, String errorName, String errorMessage, boolean timeout) {}

  private boolean allSleepsDisabled;
  private final Set<String> disabledSleeps = new HashSet<>();
  private boolean allRetryDelaysDisabled;
  private final Set<String> disabledRetryDelays = new HashSet<>();
  private final Map<String, MockResult> results = new HashMap<>();
  private final Map<String, String[]> errors = new HashMap<>();
  private final Map<String, String[]> errorsAtAttempt = new HashMap<>();
  private final Set<String> timeouts = new HashSet<>();
  private final Set<String> timeoutsAtAttempt = new HashSet<>();
  private final Map<String, Integer> nextFailure = new HashMap<>();
  private final List<MockedEvent> mockedEvents = new ArrayList<>();
  private final Set<String> eventTimeouts = new HashSet<>();

  /** Turns every sleep off ({@code null}) or the sleeps of these keys. */
  public synchronized void disableSleeps(Set<String> keys) {
    if (keys == null) {
      allSleepsDisabled = true;
    } else {
      disabledSleeps.addAll(keys);
    }
  }

  /** Turns every retry delay off ({@code null}) or those of these step keys. */
  public synchronized void disableRetryDelays(Set<String> keys) {
    if (keys == null) {
      allRetryDelaysDisabled = true;
    } else {
      disabledRetryDelays.addAll(keys);
    }
  }

  /** Makes a step return a value without running. */
  public synchronized void mockResult(String key, String stepName, MockResult result) {
    if (results.containsKey(key)) {
      throw new IllegalStateException("[WorkflowIntrospector] Trying to mock step '" + stepName + "' multiple times!");
    }
    results.put(key, result);
  }

  /** Makes a step's attempts fail: every attempt ({@code times} 0) or the next {@code times}. */
  public synchronized void mockError(String key, String stepName, String name, String message, int times) {
    if (results.containsKey(key)) {
      throw new IllegalStateException("[WorkflowIntrospector] Trying to mock error on step '" + stepName + "' after mocking its result!");
    }
    if (times <= 0) {
      errors.put(key, new String[] {name, message});
      return;
    }
    int start = nextFailure.getOrDefault(key, 1);
    nextFailure.put(key, start + times);
    for (int attempt = start; attempt < start + times; attempt++) {
      errorsAtAttempt.put(key + "#" + attempt, new String[] {name, message});
    }
  }

  /** Makes a step's attempts time out at once: every attempt ({@code times} 0) or the next {@code times}. */
  public synchronized void forceTimeout(String key, String stepName, int times) {
    if (results.containsKey(key)) {
      throw new IllegalStateException("[WorkflowIntrospector] Trying to force timeout on step '" + stepName + "' after mocking its result!");
    }
    if (times <= 0) {
      timeouts.add(key);
      return;
    }
    int start = nextFailure.getOrDefault(key, 1);
    nextFailure.put(key, start + times);
    for (int attempt = start; attempt < start + times; attempt++) {
      timeoutsAtAttempt.add(key + "#" + attempt);
    }
  }

  /** An event sent by introspection's {@code mockEvent}: clone text for the run, JSON for reports. */
  public record MockedEvent(String type, String cloneText, String json) {}

  /**
   * Notes a mocked event: it survives a restart of the instance (the restarted run gets it again,
   * whether the first run took it or not), as Miniflare keeps the event-map entries of mocked types.
   */
  public synchronized void mockEvent(MockedEvent event) {
    mockedEvents.add(event);
  }

  /** The mocked events, in the order they were mocked. */
  public synchronized List<MockedEvent> mockedEvents() {
    return List.copyOf(mockedEvents);
  }

  /** Makes a {@code waitForEvent} time out at once. */
  public synchronized void forceEventTimeout(String key) {
    eventTimeouts.add(key);
  }

  /** Whether a {@code waitForEvent} must time out at once. */
  public synchronized boolean eventTimeoutForced(String key) {
    return eventTimeouts.contains(key);
  }

  /** Whether a sleep is turned off. */
  public synchronized boolean sleepDisabled(String key) {
    return allSleepsDisabled || disabledSleeps.contains(key);
  }

  /** Whether a step's retry delays are turned off. */
  public synchronized boolean retryDelayDisabled(String key) {
    return allRetryDelaysDisabled || disabledRetryDelays.contains(key);
  }

  /**
   * What an attempt of a step must do instead of running, or {@code null} to run it. Mocked
   * errors come first, then forced timeouts, then a mocked result (Miniflare's order).
   *
   * @param key the step's key
   * @param attempt the attempt, from 1
   * @return the mock, or {@code null}
   */
  public synchronized Mock mockFor(String key, int attempt) {
    String[] error = errors.containsKey(key) ? errors.get(key) : errorsAtAttempt.get(key + "#" + attempt);
    if (error != null) {
      return new Mock(null, error[0], error[1], false);
    }
    if (timeouts.contains(key) || timeoutsAtAttempt.contains(key + "#" + attempt)) {
      return new Mock(null, null, null, true);
    }
    MockResult result = results.get(key);
    return result == null ? null : new Mock(result, null, null, false);
  }
}
