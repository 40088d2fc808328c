package io.github.miniflare4j.htmlrewriter.internal;

import io.github.miniflare4j.webapi.TextCodec;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.graalvm.polyglot.HostAccess;

/**
 * What the prelude's {@code HTMLRewriter} asks of Java: selectors parsed (with lol-html's
 * messages) and rewriting sessions in the response's charset. Stateless; one instance serves
 * every worker.
 */
public final class HtmlRewriterHost {

  /** The one instance. */
  public static final HtmlRewriterHost INSTANCE = new HtmlRewriterHost();

  /** lol-html's message for a charset label the Encoding Standard does not know. */
  static final String UNKNOWN_ENCODING = "Unknown character encoding has been provided.";

  /** lol-html's message for UTF-16 and the other encodings it cannot tokenize. */
  static final String NOT_ASCII_COMPATIBLE = "Expected ASCII-compatible encoding.";

  private static final Set<String> NOT_ASCII = Set.of("utf-16le", "utf-16be", "iso-2022-jp", "replacement");

  private HtmlRewriterHost() {}

  /**
   * Parses a selector.
   *
   * @param selector the selector text
   * @return the parsed selector, or lol-html's message (a String) when it is refused
   */
  @HostAccess.Export
  public Object compileSelector(String selector) {
    try {
      return Selector.parse(selector);
    } catch (SelectorError e) {
      return e.getMessage();
    }
  }

  /**
   * A builder collecting one {@code HTMLRewriter}'s handlers.
   *
   * @return a new builder
   */
  @HostAccess.Export
  public RewriterSessionBuilder builder() {
    return new RewriterSessionBuilder();
  }

  /**
   * Why a document in this encoding cannot be rewritten.
   *
   * @param encoding the Encoding Standard name the charset label resolved to, or null when it
   *     resolved to nothing
   * @return lol-html's message, or null when the encoding is usable
   */
  @HostAccess.Export
  public String encodingError(String encoding) {
    if (encoding == null) {
      return UNKNOWN_ENCODING;
    }
    if (NOT_ASCII.contains(encoding)) {
      return NOT_ASCII_COMPATIBLE;
    }
    return charset(encoding) == null ? UNKNOWN_ENCODING : null;
  }

  /**
   * Starts rewriting one document.
   *
   * @param builder the rewriter's registrations
   * @param encoding an encoding {@link #encodingError} accepted
   * @return the session
   */
  @HostAccess.Export
  public RewriterSession start(RewriterSessionBuilder builder, String encoding) {
    return builder.build(charset(encoding));
  }

  private static Charset charset(String encoding) {
    return encoding.equals("utf-8") ? StandardCharsets.UTF_8 : TextCodec.charsetOrNull(encoding);
  }
}
