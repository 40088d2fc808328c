package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open elements as lol-html tracks them for selector matching: void HTML elements and
 * self-closed foreign elements are never pushed; an end tag pops up to the nearest open element
 * of its name and is ignored when there is none. Each item remembers which selector compounds
 * it matched (for descendant and child combinators), its children's counts (for the nth
 * pseudo-classes) and what its end must undo.
 */
final class ElementStack {

  /** One open element. */
  static final class Item {
    final String name;
    final BitSet compounds;
    final List<Integer> contentMatches = new ArrayList<>(1);
    int children;
    Map<String, Integer> typedChildren;
    EndTagPlan endTagPlan;
    boolean removeContent;

    Item(String name, BitSet compounds) {
      this.name = name;
      this.compounds = compounds;
    }
  }

  private final List<Item> items = new ArrayList<>();
  private int rootChildren;
  private Map<String, Integer> rootTypedChildren;

  int depth() {
    return items.size();
  }

  Item get(int index) {
    return items.get(index);
  }

  /** Counts a new child of the current element; returns its {child index, index of its type}. */
  int[] addChild(String name) {
    Item parent = items.isEmpty() ? null : items.get(items.size() - 1);
    int child;
    Map<String, Integer> typed;
    if (parent == null) {
      child = ++rootChildren;
      if (rootTypedChildren == null) {
        rootTypedChildren = new HashMap<>();
      }
      typed = rootTypedChildren;
    } else {
      child = ++parent.children;
      if (parent.typedChildren == null) {
        parent.typedChildren = new HashMap<>();
      }
      typed = parent.typedChildren;
    }
    return new int[] {child, typed.merge(name, 1, Integer::sum)};
  }

  void push(Item item) {
    items.add(item);
  }

  /** Pops up to and including the nearest open element named {@code name}, outermost first. */
  List<Item> popUpTo(String name) {
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i).name.equals(name)) {
        List<Item> popped = new ArrayList<>(items.subList(i, items.size()));
        items.subList(i, items.size()).clear();
        return popped;
      }
    }
    return List.of();
  }
}
