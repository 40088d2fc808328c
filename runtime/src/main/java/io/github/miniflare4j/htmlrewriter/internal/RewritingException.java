package io.github.miniflare4j.htmlrewriter.internal;

/** A failure of the rewriting itself (ambiguous markup, memory limit): lol-html's message. */
final class RewritingException extends Exception {

  private static final long serialVersionUID = 1L;

  /** lol-html's message when its buffers outgrow the limit workerd sets. */
  static final String MEMORY_LIMIT = "The memory limit has been exceeded.";

  RewritingException(String message) {
    super(message, null, false, false);
  }
}
