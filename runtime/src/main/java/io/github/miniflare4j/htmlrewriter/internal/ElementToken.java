package io.github.miniflare4j.htmlrewriter.internal;

import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * A start tag and what handlers do to its element, as workerd's {@code Element} shows it.
 * Inner-content operations apply only to elements that can have content (not void HTML
 * elements, not self-closed foreign ones); {@code after}, {@code append} and the element's
 * removal reach its end tag through the {@link EndTagPlan}.
 */
public final class ElementToken {

  private final byte[] raw;
  private String name;
  private final List<Attribute> attributes;
  private boolean selfClosing;
  private final Namespace ns;
  private final boolean canHaveContent;
  private final Output out;
  private boolean modified;
  private final Mutations mutations = new Mutations();
  private Mutations endMutations;
  private String endName;
  private int endHandler = -1;
  private boolean removeContent;

  ElementToken(byte[] raw, String name, List<Attribute> attributes, boolean selfClosing, Namespace ns, boolean canHaveContent, Output out) {
    this.raw = raw;
    this.name = name;
    this.attributes = attributes;
    this.selfClosing = selfClosing;
    this.ns = ns;
    this.canHaveContent = canHaveContent;
    this.out = out;
  }

  /**
   * The tag name, lower-cased.
   *
   * @return the name
   */
  @HostAccess.Export
  public String tagName() {
    return NameRules.asciiLower(name);
  }

  /**
   * Renames the element (its end tag too).
   *
   * @param newName the new name
   * @return lol-html's message when the name is refused, else null
   */
  @HostAccess.Export
  public String setTagName(String newName) {
    String error = NameRules.tagNameError(newName, out);
    if (error != null) {
      return error;
    }
    if (canHaveContent) {
      endName = newName;
    }
    name = newName;
    modified = true;
    return null;
  }

  /**
   * The namespace URI.
   *
   * @return the URI of the HTML, SVG or MathML namespace
   */
  @HostAccess.Export
  public String namespaceURI() {
    return ns.uri();
  }

  /**
   * Whether the element was removed or replaced.
   *
   * @return whether it is removed
   */
  @HostAccess.Export
  public boolean removed() {
    return mutations.removed;
  }

  /**
   * The attributes as alternating lower-cased names and values.
   *
   * @return {@code [name0, value0, name1, value1, ...]}
   */
  @HostAccess.Export
  public String[] attributes() {
    String[] flat = new String[attributes.size() * 2];
    for (int i = 0; i < attributes.size(); i++) {
      flat[2 * i] = attributes.get(i).lowerName;
      flat[2 * i + 1] = attributes.get(i).value;
    }
    return flat;
  }

  /**
   * The value of the first attribute with this name (case-insensitive), or null.
   *
   * @param attributeName the name
   * @return the value as written, or null
   */
  @HostAccess.Export
  public String getAttribute(String attributeName) {
    Attribute a = find(NameRules.asciiLower(attributeName));
    return a == null ? null : a.value;
  }

  /**
   * Whether an attribute with this name exists.
   *
   * @param attributeName the name
   * @return whether it exists
   */
  @HostAccess.Export
  public boolean hasAttribute(String attributeName) {
    return find(NameRules.asciiLower(attributeName)) != null;
  }

  /**
   * Sets an attribute, adding it at the end when missing.
   *
   * @param attributeName the name
   * @param value the value
   * @return lol-html's message when the name is refused, else null
   */
  @HostAccess.Export
  public String setAttribute(String attributeName, String value) {
    String lower = NameRules.asciiLower(attributeName);
    String error = NameRules.attributeNameError(lower, out);
    if (error != null) {
      return error;
    }
    Attribute existing = find(lower);
    if (existing != null) {
      existing.value = value;
      existing.raw = null;
    } else {
      attributes.add(new Attribute(lower, value, null));
    }
    modified = true;
    return null;
  }

  /**
   * Removes every attribute with this name.
   *
   * @param attributeName the name
   */
  @HostAccess.Export
  public void removeAttribute(String attributeName) {
    String lower = NameRules.asciiLower(attributeName);
    if (NameRules.attributeNameError(lower, out) == null && attributes.removeIf(a -> a.lowerName.equals(lower))) {
      modified = true;
    }
  }

  private Attribute find(String lower) {
    for (Attribute a : attributes) {
      if (a.lowerName.equals(lower)) {
        return a;
      }
    }
    return null;
  }

  private Mutations endMutations() {
    if (endMutations == null) {
      endMutations = new Mutations();
    }
    return endMutations;
  }

  /**
   * Inserts content before the element.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void before(String content, boolean html) {
    mutations.before(new Content(content, html));
  }

  /**
   * Inserts content after the element.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void after(String content, boolean html) {
    (canHaveContent ? endMutations() : mutations).after(new Content(content, html));
  }

  /**
   * Inserts content at the start of the element's content.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void prepend(String content, boolean html) {
    if (canHaveContent) {
      selfClosing = false;
      mutations.after(new Content(content, html));
    }
  }

  /**
   * Inserts content at the end of the element's content.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void append(String content, boolean html) {
    if (canHaveContent) {
      selfClosing = false;
      endMutations().before(new Content(content, html));
    }
  }

  /**
   * Replaces the element's content.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void setInnerContent(String content, boolean html) {
    if (canHaveContent) {
      selfClosing = false;
      removeContent();
      mutations.after(new Content(content, html));
    }
  }

  /**
   * Replaces the element and its content.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void replace(String content, boolean html) {
    mutations.replace(new Content(content, html));
    if (canHaveContent) {
      removeContent();
      endMutations().remove();
    }
  }

  /** Removes the element and its content. */
  @HostAccess.Export
  public void remove() {
    mutations.remove();
    if (canHaveContent) {
      removeContent();
      endMutations().remove();
    }
  }

  /** Removes the element's tags, keeping its content. */
  @HostAccess.Export
  public void removeAndKeepContent() {
    mutations.remove();
    if (canHaveContent) {
      endMutations().remove();
    }
  }

  /**
   * Registers the handler for the end tag, replacing an earlier one (as workerd does).
   *
   * @param handler the JavaScript handler's id
   * @return lol-html's message when the element has no end tag, else null
   */
  @HostAccess.Export
  public String onEndTag(int handler) {
    if (!canHaveContent) {
      return "No end tag.";
    }
    endHandler = handler;
    return null;
  }

  private void removeContent() {
    mutations.after.clear();
    if (endMutations != null) {
      endMutations.before.clear();
    }
    removeContent = true;
  }

  /** Marks the start tag removed: it lies inside an element whose content is being removed. */
  void removeStartTag() {
    mutations.remove();
  }

  boolean shouldRemoveContent() {
    return removeContent;
  }

  /** What the end tag must do, or null when nothing. */
  EndTagPlan endTagPlan() {
    if (endMutations == null && endName == null && endHandler < 0) {
      return null;
    }
    EndTagPlan plan = new EndTagPlan();
    plan.name = endName;
    plan.mutations = endMutations;
    plan.handler = endHandler;
    return plan;
  }

  void serialize() {
    mutations.serialize(out, () -> {
      if (!modified) {
        out.raw(raw);
        return;
      }
      out.string("<" + name);
      for (Attribute a : attributes) {
        out.string(" ");
        a.serialize(out);
      }
      if (selfClosing) {
        out.string(attributes.isEmpty() ? "/>" : " />");
      } else {
        out.string(">");
      }
    });
  }
}
