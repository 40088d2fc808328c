package io.github.miniflare4j.htmlrewriter.internal;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Drives a {@link RewriterSession} from Java the way html-rewriter.js does, with Java lambdas
 * as handlers: the tests of the tokenizer, matching and serialization need no JavaScript.
 */
final class JavaRewrite {

  private final RewriterSessionBuilder builder = new RewriterSessionBuilder();
  private final List<Consumer<Object>> handlers = new ArrayList<>();
  private Charset charset = StandardCharsets.UTF_8;
  private RewriterSession session;

  /** Registers a handler; returns its id (what the JavaScript side passes to Java). */
  @SuppressWarnings("unchecked")
  <T> int handler(Consumer<T> handler) {
    handlers.add(token -> handler.accept((T) token));
    return handlers.size() - 1;
  }

  JavaRewrite element(String selector, Consumer<ElementToken> element) {
    builder.on(parse(selector), handler(element), -1, -1);
    return this;
  }

  JavaRewrite text(String selector, Consumer<TextToken> text) {
    builder.on(parse(selector), -1, -1, handler(text));
    return this;
  }

  JavaRewrite comments(String selector, Consumer<CommentToken> comments) {
    builder.on(parse(selector), -1, handler(comments), -1);
    return this;
  }

  JavaRewrite documentText(Consumer<TextToken> text) {
    builder.onDocument(-1, -1, handler(text), -1);
    return this;
  }

  JavaRewrite documentEnd(Consumer<DocumentEndToken> end) {
    builder.onDocument(-1, -1, -1, handler(end));
    return this;
  }

  JavaRewrite charset(Charset value) {
    this.charset = value;
    return this;
  }

  static Selector parse(String selector) {
    try {
      return Selector.parse(selector);
    } catch (SelectorError e) {
      throw new AssertionError(e.getMessage());
    }
  }

  /** Rewrites the chunks (UTF-8) and returns the output as UTF-8 text. */
  String run(String... chunks) {
    List<byte[]> bytes = new ArrayList<>();
    for (String c : chunks) {
      bytes.add(c.getBytes(charset));
    }
    return new String(runBytes(bytes), charset);
  }

  byte[] runBytes(List<byte[]> chunks) {
    session = builder.build(charset);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] chunk : chunks) {
      session.write(chunk);
      drive(out);
    }
    session.end();
    drive(out);
    return out.toByteArray();
  }

  /** The session of the last run. */
  RewriterSession session() {
    return session;
  }

  private void drive(java.io.ByteArrayOutputStream out) {
    while (true) {
      int id = session.next();
      if (id == RewriterSession.FAILED) {
        throw new RewriteFailed(session.failure());
      }
      if (id < 0) {
        ByteBuffer b = session.takeOutput();
        out.write(b.array(), b.position(), b.remaining());
        return;
      }
      handlers.get(id).accept(session.token());
    }
  }

  /** The session reported a failure with lol-html's message. */
  static final class RewriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RewriteFailed(String message) {
      super(message);
    }
  }
}
