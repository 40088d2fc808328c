package io.github.miniflare4j.htmlrewriter.internal;

/**
 * What an element's handlers asked of its end tag: a new name, content around it or its
 * removal, and the {@code onEndTag} handler (workerd keeps only the last one registered).
 */
final class EndTagPlan {

  String name;
  Mutations mutations;
  int handler = -1;

  void applyTo(EndTagToken tag) {
    if (name != null) {
      tag.rename(name);
    }
    if (mutations != null) {
      tag.mutations = mutations;
    }
  }
}
