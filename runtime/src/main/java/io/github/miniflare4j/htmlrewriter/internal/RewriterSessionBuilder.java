package io.github.miniflare4j.htmlrewriter.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;

/**
 * Collects an {@code HTMLRewriter}'s registrations and builds a {@link RewriterSession} per
 * transformed response. Handler ids are the JavaScript side's; -1 means "no handler". As in
 * lol-html, selector handlers come before document handlers whatever the registration order.
 */
public final class RewriterSessionBuilder {

  private record ElementRegistration(Selector selector, int element, int comments, int text) {}

  private record DocumentRegistration(int doctype, int comments, int text, int end) {}

  private final List<ElementRegistration> elements = new ArrayList<>();
  private final List<DocumentRegistration> documents = new ArrayList<>();

  /**
   * Registers {@code on(selector, handlers)}.
   *
   * @param selector the parsed selector
   * @param element the element handler's id, or -1
   * @param comments the comments handler's id, or -1
   * @param text the text handler's id, or -1
   */
  @HostAccess.Export
  public void on(Selector selector, int element, int comments, int text) {
    elements.add(new ElementRegistration(selector, element, comments, text));
  }

  /**
   * Registers {@code onDocument(handlers)}.
   *
   * @param doctype the doctype handler's id, or -1
   * @param comments the comments handler's id, or -1
   * @param text the text handler's id, or -1
   * @param end the end handler's id, or -1
   */
  @HostAccess.Export
  public void onDocument(int doctype, int comments, int text, int end) {
    documents.add(new DocumentRegistration(doctype, comments, text, end));
  }

  /**
   * A session for one document.
   *
   * @param charset the document's charset (ASCII-compatible)
   * @return the session
   */
  public RewriterSession build(Charset charset) {
    HandlerVector<Integer> element = new HandlerVector<>();
    HandlerVector<Integer> comments = new HandlerVector<>();
    HandlerVector<Integer> text = new HandlerVector<>();
    HandlerVector<Integer> doctype = new HandlerVector<>();
    HandlerVector<Integer> end = new HandlerVector<>();
    List<SelectorEntry> entries = new ArrayList<>();
    int bits = 0;
    for (ElementRegistration r : elements) {
      List<ComplexSelector> alternatives = r.selector().alternatives();
      int[] offsets = new int[alternatives.size()];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = bits;
        bits += alternatives.get(i).size();
      }
      entries.add(new SelectorEntry(r.selector(),
          r.element() >= 0 ? element.add(r.element(), false) : -1,
          r.comments() >= 0 ? comments.add(r.comments(), false) : -1,
          r.text() >= 0 ? text.add(r.text(), false) : -1,
          offsets));
    }
    for (DocumentRegistration r : documents) {
      if (r.doctype() >= 0) {
        doctype.add(r.doctype(), true);
      }
      if (r.comments() >= 0) {
        comments.add(r.comments(), true);
      }
      if (r.text() >= 0) {
        text.add(r.text(), true);
      }
      if (r.end() >= 0) {
        end.add(r.end(), true);
      }
    }
    return new RewriterSession(charset, entries, bits, element, comments, text, doctype, end);
  }
}
