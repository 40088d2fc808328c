package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What handlers did around one unit: content before it, a replacement (or plain removal),
 * content after it. {@link #after} puts new content first, as lol-html does, so that
 * consecutive calls read back to front.
 */
final class Mutations {

  final List<Content> before = new ArrayList<>();
  final List<Content> replacement = new ArrayList<>();
  final List<Content> after = new ArrayList<>();
  boolean removed;

  void before(Content c) {
    before.add(c);
  }

  void after(Content c) {
    after.add(0, c);
  }

  void replace(Content c) {
    removed = true;
    replacement.clear();
    replacement.add(c);
  }

  void remove() {
    removed = true;
  }

  /** Writes before, then the unit itself (or its replacement), then after. */
  void serialize(Output out, Runnable self) {
    out.contents(before);
    if (removed) {
      out.contents(replacement);
    } else {
      self.run();
    }
    out.contents(after);
  }

  static void serialize(Mutations m, Output out, Runnable self) {
    if (m == null) {
      self.run();
    } else {
      m.serialize(out, self);
    }
  }
}
