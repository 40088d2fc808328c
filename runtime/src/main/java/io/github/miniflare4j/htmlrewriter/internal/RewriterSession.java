package io.github.miniflare4j.htmlrewriter.internal;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One document being rewritten, driven from JavaScript: {@link #write} a chunk, then call
 * {@link #next} until it asks for more input, running the handler whose id it returns on
 * {@link #token()} each time (awaiting it if it returns a promise), and take the output with
 * {@link #takeOutput}. Untouched markup is copied byte for byte; only the bytes of an unfinished
 * tag, comment or doctype stay buffered between chunks.
 */
public final class RewriterSession implements HtmlLexer.Sink {

  /** {@link #next} needs the next chunk (or {@link #end}). */
  public static final int NEED_INPUT = -1;
  /** {@link #next}: the document is complete. */
  public static final int DONE = -2;
  /** {@link #next}: rewriting failed; {@link #failure} holds lol-html's message. */
  public static final int FAILED = -3;

  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

  private final InputBuffer in = new InputBuffer();
  private final Charset charset;
  private final HtmlLexer lexer;
  private final Output out;
  private final TextDecoding text;
  private final ElementStack stack = new ElementStack();
  private final List<SelectorEntry> selectors;
  private final int compoundBits;
  private final HandlerVector<Integer> elementHandlers;
  private final HandlerVector<Integer> commentHandlers;
  private final HandlerVector<Integer> textHandlers;
  private final HandlerVector<Integer> doctypeHandlers;
  private final HandlerVector<Integer> endHandlers;
  private final HandlerVector<EndTagPlan> endTagHandlers = new HandlerVector<>();
  private final Deque<Step> steps = new ArrayDeque<>();
  private Dispatch current;
  private Object token;
  private int rawStart;
  private int removingContent;
  private boolean finished;
  private String failure;
  private int maxBuffered;
  /**
   * lol-html (the version Miniflare ships) keeps a tag hint's "already matched" flag when its tag
   * scanner stays in scanning mode; the next start tag that reaches its lexer without a hint
   * then skips selector matching. Reproduced because it is observable (handlers never see it).
   */
  private boolean staleHint;

  /** A deferred piece of work on the current lexeme; may hand a unit to handlers. */
  private interface Step {
    Dispatch run() throws RewritingException;
  }

  RewriterSession(Charset charset, List<SelectorEntry> selectors, int compoundBits, HandlerVector<Integer> element,
      HandlerVector<Integer> comments, HandlerVector<Integer> text, HandlerVector<Integer> doctype, HandlerVector<Integer> end) {
    this.charset = charset;
    this.selectors = selectors;
    this.compoundBits = compoundBits;
    this.elementHandlers = element;
    this.commentHandlers = comments;
    this.textHandlers = text;
    this.doctypeHandlers = doctype;
    this.endHandlers = end;
    this.out = new Output(charset);
    this.text = new TextDecoding(charset);
    this.lexer = new HtmlLexer(in, charset, new TreeBuilderSimulator(true));
  }

  /**
   * Feeds the next chunk of the body.
   *
   * @param chunk a Uint8Array (copied in one piece)
   */
  @HostAccess.Export
  public void write(Value chunk) {
    write(JsBytes.bytesOrNull(chunk));
  }

  /** Feeds the next chunk of the body. */
  void write(byte[] chunk) {
    int keep = Math.min(rawStart, lexer.consumed());
    in.compactAndAppend(keep, chunk == null ? new byte[0] : chunk);
    lexer.shift(keep);
    rawStart -= keep;
    maxBuffered = Math.max(maxBuffered, in.capacity());
  }

  /** Marks the end of the body. */
  @HostAccess.Export
  public void end() {
    in.end();
  }

  /**
   * Advances until a handler must run, more input is needed, the document is done or the
   * rewriting failed.
   *
   * @return a handler id (0 or more), {@link #NEED_INPUT}, {@link #DONE} or {@link #FAILED}
   */
  @HostAccess.Export
  public int next() {
    if (failure != null) {
      return FAILED;
    }
    try {
      while (true) {
        if (current != null) {
          int id = current.nextHandler();
          if (id >= 0) {
            token = current.token;
            return id;
          }
          Dispatch done = current;
          current = null;
          token = null;
          done.finish();
          continue;
        }
        Step step = steps.poll();
        if (step != null) {
          current = step.run();
          continue;
        }
        if (finished) {
          return DONE;
        }
        if (!lexer.next(this)) {
          flushRawBefore(lexer.consumed());
          return NEED_INPUT;
        }
      }
    } catch (RewritingException e) {
      failure = e.getMessage();
      return FAILED;
    }
  }

  /**
   * The unit the handler returned by {@link #next} receives.
   *
   * @return an {@link ElementToken}, {@link EndTagToken}, {@link TextToken}, {@link CommentToken},
   *     {@link DoctypeToken} or {@link DocumentEndToken}
   */
  @HostAccess.Export
  public Object token() {
    return token;
  }

  /**
   * The output produced since the last call.
   *
   * @return the bytes
   */
  @HostAccess.Export
  public ByteBuffer takeOutput() {
    return out.take();
  }

  /**
   * lol-html's message for the failure {@link #next} reported.
   *
   * @return the message, or null
   */
  @HostAccess.Export
  public String failure() {
    return failure;
  }

  /** The most input bytes held at once: the bound the streaming tests assert. */
  int maxBufferedBytes() {
    return maxBuffered;
  }

  // ---- lexemes

  @Override
  public void text(int start, int end) {
    if (!textHandlers.hasActive()) {
      return;
    }
    flushRawBefore(start);
    rawStart = end;
    for (String piece : text.feed(in.data(), start, end)) {
      steps.add(() -> textChunk(piece, false));
    }
  }

  @Override
  public void tag(TagLexeme tag) {
    flushText();
    steps.add(() -> tag.isEnd ? endTag(tag) : startTag(tag));
  }

  @Override
  public void comment(int start, int end, int textStart, int textEnd) {
    flushText();
    steps.add(() -> {
      if (!commentHandlers.hasActive()) {
        return null;
      }
      flushRawBefore(start);
      CommentToken comment = new CommentToken(bytes(start, end), decode(textStart, textEnd), out);
      return new Dispatch(comment, () -> {
        comment.serialize();
        rawStart = end;
      }).handlers(commentHandlers.active());
    });
  }

  @Override
  public void doctype(int start, int end, int[] ids) {
    flushText();
    String name = ids[0] < 0 ? null : lexer.lowerName(ids[0], ids[1]);
    String publicId = ids[2] < 0 ? null : decode(ids[2], ids[3]);
    String systemId = ids[4] < 0 ? null : decode(ids[4], ids[5]);
    steps.add(() -> doctypeHandlers.hasActive()
        ? new Dispatch(new DoctypeToken(name, publicId, systemId), () -> {}).handlers(doctypeHandlers.active())
        : null);
  }

  @Override
  public void raw(int start, int end) {
    flushText();
  }

  @Override
  public void eof() {
    flushText();
    steps.add(() -> {
      flushRawBefore(in.length());
      return new Dispatch(new DocumentEndToken(out), () -> finished = true).handlers(endHandlers.removeActiveReversed());
    });
  }

  // ---- units

  private void flushText() {
    if (text.pending()) {
      steps.add(() -> textChunk(text.finish(), true));
    }
  }

  private Dispatch textChunk(String chunk, boolean last) {
    TextToken t = new TextToken(chunk, last, out);
    return new Dispatch(t, t::serialize).handlers(textHandlers.active());
  }

  /** Whether lol-html would lex rather than scan: some handler wants the next units. */
  private boolean capturing() {
    return elementHandlers.hasActive() || commentHandlers.hasActive() || textHandlers.hasActive()
        || doctypeHandlers.hasActive() || endTagHandlers.hasActive();
  }

  private Dispatch startTag(TagLexeme tag) {
    boolean scanning = !capturing();
    if (scanning && tag.requestsLexeme && staleHint) {
      staleHint = false;
      updateEmission();
      return null;
    }
    return matchStartTag(tag, scanning);
  }

  private Dispatch matchStartTag(TagLexeme tag, boolean scanning) {
    int[] position = stack.addChild(tag.name);
    LexemeFacts facts = new LexemeFacts(tag, position[0], position[1]);
    boolean canHaveContent = tag.ns == Namespace.HTML ? !VOID_ELEMENTS.contains(tag.name) : !tag.selfClosing;
    BitSet bits = new BitSet(compoundBits);
    ElementStack.Item item = canHaveContent ? new ElementStack.Item(tag.name, bits) : null;
    boolean needsAttributes = false;
    for (SelectorEntry entry : selectors) {
      boolean matched = false;
      int a = 0;
      for (ComplexSelector alternative : entry.selector().alternatives()) {
        int offset = entry.bitOffsets()[a++];
        for (int k = 0; k < alternative.size(); k++) {
          facts.attributeRead = false;
          if (alternative.compoundMatches(k, facts)) {
            bits.set(offset + k);
          }
          if (facts.attributeRead && !needsAttributes) {
            needsAttributes = k == 0 || ancestorsMatch(alternative, offset, k - 1, stack.depth() - 1);
          }
        }
        int last = alternative.size() - 1;
        if (bits.get(offset + last) && (last == 0 || ancestorsMatch(alternative, offset, last - 1, stack.depth() - 1))) {
          matched = true;
        }
      }
      if (matched) {
        if (entry.element() >= 0) {
          elementHandlers.activate(entry.element());
        }
        if (canHaveContent) {
          if (entry.comments() >= 0) {
            commentHandlers.activate(entry.comments());
          }
          if (entry.text() >= 0) {
            textHandlers.activate(entry.text());
          }
          item.contentMatches.add(selectors.indexOf(entry));
        }
      }
    }
    if (item != null) {
      stack.push(item);
    }
    // lol-html's hint leaves its flag behind only when it answered without asking the lexer for
    // the attributes and self-closing flag (foreign elements and attribute selectors ask)
    staleHint = scanning && !tag.requestsLexeme && tag.ns == Namespace.HTML && !needsAttributes && !capturing();
    if (!elementHandlers.hasActive()) {
      updateEmission();
      return null;
    }
    flushRawBefore(tag.start);
    ElementToken element = new ElementToken(bytes(tag.start, tag.end), decode(tag.nameStart, tag.nameEnd), attributes(tag), tag.selfClosing, tag.ns, canHaveContent, out);
    if (removingContent > 0) {
      element.removeStartTag();
    }
    int end = tag.end;
    return new Dispatch(element, () -> {
      if (item != null) {
        if (element.shouldRemoveContent()) {
          item.removeContent = true;
          removingContent++;
        }
        EndTagPlan plan = element.endTagPlan();
        if (plan != null) {
          item.endTagPlan = plan;
        }
      }
      element.serialize();
      rawStart = end;
      updateEmission();
    }).handlers(elementHandlers.takeActive());
  }

  /** Whether compound {@code k} and those left of it match the open elements at or below {@code top}. */
  private boolean ancestorsMatch(ComplexSelector selector, int offset, int k, int top) {
    boolean child = selector.child()[k];
    for (int i = top; i >= 0; i--) {
      if (stack.get(i).compounds.get(offset + k) && (k == 0 || ancestorsMatch(selector, offset, k - 1, i - 1))) {
        return true;
      }
      if (child) {
        return false;
      }
    }
    return false;
  }

  private Dispatch endTag(TagLexeme tag) {
    boolean scanning = !capturing();
    Dispatch dispatch = popEndTag(tag);
    staleHint = scanning && !capturing();
    return dispatch;
  }

  private Dispatch popEndTag(TagLexeme tag) {
    for (ElementStack.Item item : stack.popUpTo(tag.name)) {
      for (int index : item.contentMatches) {
        SelectorEntry entry = selectors.get(index);
        if (entry.comments() >= 0) {
          commentHandlers.deactivate(entry.comments());
        }
        if (entry.text() >= 0) {
          textHandlers.deactivate(entry.text());
        }
      }
      if (item.endTagPlan != null) {
        endTagHandlers.activate(endTagHandlers.add(item.endTagPlan, false));
      }
      if (item.removeContent) {
        removingContent--;
      }
    }
    if (!out.enabled() && removingContent == 0) {
      out.setEnabled(true);
      rawStart = tag.start;
    }
    if (!endTagHandlers.hasActive()) {
      updateEmission();
      return null;
    }
    flushRawBefore(tag.start);
    EndTagToken endTag = new EndTagToken(bytes(tag.start, tag.end), decode(tag.nameStart, tag.nameEnd), out);
    int end = tag.end;
    Dispatch dispatch = new Dispatch(endTag, () -> {
      endTag.serialize();
      rawStart = end;
      updateEmission();
    });
    for (EndTagPlan plan : endTagHandlers.removeActiveReversed()) {
      dispatch.handler(() -> plan.applyTo(endTag), plan.handler);
    }
    return dispatch;
  }

  private void updateEmission() {
    out.setEnabled(removingContent == 0);
  }

  // ---- bytes

  private void flushRawBefore(int position) {
    if (position > rawStart) {
      out.raw(in.data(), rawStart, position - rawStart);
      rawStart = position;
    }
  }

  private byte[] bytes(int start, int end) {
    return java.util.Arrays.copyOfRange(in.data(), start, end);
  }

  private String decode(int start, int end) {
    return new String(in.data(), start, end - start, charset);
  }

  private List<Attribute> attributes(TagLexeme tag) {
    List<Attribute> list = new ArrayList<>(tag.attributeCount);
    for (int i = 0; i < tag.attributeCount; i++) {
      int[] a = tag.attributes;
      int at = i * 6;
      String value = a[at + 2] < 0 ? "" : decode(a[at + 2], a[at + 3]);
      list.add(new Attribute(decode(a[at], a[at + 1]), value, bytes(a[at + 4], a[at + 5])));
    }
    return list;
  }

  /** The start tag being matched, as selector conditions see it. */
  private final class LexemeFacts implements ElementFacts {
    private final TagLexeme tag;
    private final int childIndex;
    private final int typeIndex;
    /** Set when a condition asked for an attribute: lol-html then needs the whole tag. */
    boolean attributeRead;

    LexemeFacts(TagLexeme tag, int childIndex, int typeIndex) {
      this.tag = tag;
      this.childIndex = childIndex;
      this.typeIndex = typeIndex;
    }

    @Override
    public String name() {
      return tag.name;
    }

    @Override
    public boolean isHtml() {
      return tag.ns == Namespace.HTML;
    }

    @Override
    public String attribute(String lowerName) {
      attributeRead = true;
      int[] a = tag.attributes;
      for (int i = 0; i < tag.attributeCount; i++) {
        int at = i * 6;
        if (a[at + 1] - a[at] == lowerName.length() && lexer.lowerName(a[at], a[at + 1]).equals(lowerName)) {
          return a[at + 2] < 0 ? "" : decode(a[at + 2], a[at + 3]);
        }
      }
      return null;
    }

    @Override
    public int childIndex() {
      return childIndex;
    }

    @Override
    public int typeIndex() {
      return typeIndex;
    }
  }
}
