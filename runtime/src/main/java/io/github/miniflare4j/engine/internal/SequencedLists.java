package io.github.miniflare4j.engine.internal;

import java.util.List;

/**
 * Java 17 stand-ins for the {@code List} methods that Java 21 added (JEP 431), called by library
 * code that was compiled against Java 21 but claims Java 17 (see {@code WasmLanguageLoader}).
 * Not an API.
 */
public final class SequencedLists {

  private SequencedLists() {}

  /**
   * {@code list.removeLast()} of Java 21.
   *
   * @param list a non-empty list
   * @return the removed last element
   * @throws java.util.NoSuchElementException when the list is empty
   */
  public static Object removeLast(List<?> list) {
    if (list.isEmpty()) {
      throw new java.util.NoSuchElementException();
    }
    return list.remove(list.size() - 1);
  }
}
