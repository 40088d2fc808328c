package io.github.miniflare4j.htmlrewriter.internal;

/** What a selector condition may ask of an element when its start tag is matched. */
interface ElementFacts {

  /** The lower-cased tag name. */
  String name();

  /** Whether the element is in the HTML namespace. */
  boolean isHtml();

  /** The raw value of the first attribute with this lower-cased name, or null. */
  String attribute(String lowerName);

  /** The element's 1-based position among its parent's element children. */
  int childIndex();

  /** The element's 1-based position among its parent's element children of the same name. */
  int typeIndex();
}
