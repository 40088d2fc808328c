package io.github.miniflare4j.htmlrewriter.internal;

/**
 * One {@code on(selector, handlers)} registration: the selector, its handlers' indexes in the
 * element / comment / text vectors (-1 when absent) and where each alternative's compound bits
 * start in a stack item's bit set.
 */
record SelectorEntry(Selector selector, int element, int comments, int text, int[] bitOffsets) {}
