package io.github.miniflare4j.standin;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls workers made on one stand-in binding, oldest first, for assertions such as "the
 * worker sent this prompt". Thread-safe; emptied between tests with the storage reset.
 */
public final class StandInCalls {

  private final String name;
  private List<StandInCall> calls = new ArrayList<>();

  StandInCalls(String name) {
    this.name = name;
  }

  /**
   * The binding name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Every call so far.
   *
   * @return an immutable copy, oldest first
   */
  public synchronized List<StandInCall> calls() {
    return List.copyOf(calls);
  }

  /**
   * The calls of one method.
   *
   * @param method the method, e.g. {@code run}
   * @return an immutable copy, oldest first
   */
  public synchronized List<StandInCall> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Forgets every call. */
  public synchronized void clear() {
    calls = new ArrayList<>();
  }

  synchronized void record(StandInCall call) {
    calls.add(call);
  }

  synchronized void restore(List<StandInCall> snapshot) {
    calls = new ArrayList<>(snapshot);
  }
}
