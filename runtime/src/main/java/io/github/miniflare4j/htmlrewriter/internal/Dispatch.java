package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One unit handed to JavaScript handlers in turn: before each handler an optional Java step
 * runs (an end tag applies its element's plan); once all ran, {@code finish} writes the unit.
 */
final class Dispatch {

  final Object token;
  private final List<Runnable> prepares = new ArrayList<>();
  private final List<Integer> handlers = new ArrayList<>();
  private final Runnable finish;
  private int next;

  Dispatch(Object token, Runnable finish) {
    this.token = token;
    this.finish = finish;
  }

  Dispatch handler(Runnable prepare, int handler) {
    prepares.add(prepare);
    handlers.add(handler);
    return this;
  }

  Dispatch handlers(List<Integer> ids) {
    for (int id : ids) {
      handler(null, id);
    }
    return this;
  }

  /** The next handler's id, or -1 when all ran. */
  int nextHandler() {
    while (next < handlers.size()) {
      Runnable prepare = prepares.get(next);
      int id = handlers.get(next++);
      if (prepare != null) {
        prepare.run();
      }
      if (id >= 0) {
        return id;
      }
    }
    return -1;
  }

  void finish() {
    finish.run();
  }
}
