package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.ConsoleListener;
import io.github.miniflare4j.junit.ConsoleLine;
import io.github.miniflare4j.junit.WorkerConsole;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects console lines of an instance's workers for the current test; forwards them to the
 * listener the options already had, if any. Thread-safe.
 */
final class ConsoleCapture implements ConsoleListener, WorkerConsole {

  private final ConsoleListener next;
  private final List<ConsoleLine> lines = new ArrayList<>();

  ConsoleCapture(ConsoleListener next) {
    this.next = next;
  }

  @Override
  public void onConsole(String worker, String level, String message) {
    synchronized (lines) {
      lines.add(new ConsoleLine(worker, level, message));
    }
    if (next != null) {
      next.onConsole(worker, level, message);
    }
  }

  @Override
  public List<ConsoleLine> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void clear() {
    synchronized (lines) {
      lines.clear();
    }
  }

  @Override
  public String toString() {
    return "WorkerConsole" + lines();
  }
}
