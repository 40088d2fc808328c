package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Handlers of one kind in lol-html's order (selector handlers by registration, then document
 * handlers), each with a count of the matched elements that currently activate it.
 */
final class HandlerVector<T> {

  private final List<T> items = new ArrayList<>();
  private final List<Integer> counts = new ArrayList<>();
  private int active;

  /** Adds a handler; document handlers are always active. Returns its index. */
  int add(T handler, boolean alwaysActive) {
    items.add(handler);
    counts.add(alwaysActive ? 1 : 0);
    if (alwaysActive) {
      active++;
    }
    return items.size() - 1;
  }

  void activate(int index) {
    counts.set(index, counts.get(index) + 1);
    active++;
  }

  void deactivate(int index) {
    counts.set(index, counts.get(index) - 1);
    active--;
  }

  boolean hasActive() {
    return active > 0;
  }

  /** The active handlers in order. */
  List<T> active() {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (counts.get(i) > 0) {
        out.add(items.get(i));
      }
    }
    return out;
  }

  /** The active handlers in order; they become inactive (element handlers run once per tag). */
  List<T> takeActive() {
    List<T> out = active();
    for (int i = 0; i < counts.size(); i++) {
      counts.set(i, 0);
    }
    active = 0;
    return out;
  }

  /** The active handlers, last first, removed from the vector (end tag and document end handlers). */
  List<T> removeActiveReversed() {
    List<T> out = new ArrayList<>();
    for (int i = items.size() - 1; i >= 0; i--) {
      if (counts.get(i) > 0) {
        out.add(items.remove(i));
        active -= counts.remove(i);
      }
    }
    return out;
  }
}
