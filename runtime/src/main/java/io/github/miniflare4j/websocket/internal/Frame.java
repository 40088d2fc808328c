package io.github.miniflare4j.websocket.internal;

/**
 * One event travelling from a WebSocket end to its peer: a message (text or bytes) or a close.
 *
 * @param kind {@code "text"}, {@code "binary"}, {@code "close"} or {@code "error"}
 * @param text the text of a text message; the reason of a close or error
 * @param bytes the bytes of a binary message, else {@code null}
 * @param code the close code of a close, else 0
 * @param clean whether a close answers the peer's close without a "Network connection lost" error
 *     event at the peer: the automatic reply to a close, or the close of a socket a Durable
 *     Object accepted with the hibernation API
 */
public record Frame(String kind, String text, byte[] bytes, int code, boolean clean) {

  /**
   * A text message.
   *
   * @param text the text
   * @return the frame
   */
  public static Frame text(String text) {
    return new Frame("text", text, null, 0, false);
  }

  /**
   * A binary message; the caller hands over the array.
   *
   * @param bytes the bytes, not copied
   * @return the frame
   */
  public static Frame binary(byte[] bytes) {
    return new Frame("binary", null, bytes, 0, false);
  }

  /**
   * A close with its code and reason.
   *
   * @param code the close code, 1005 for none
   * @param reason the reason; {@code null} counts as empty
   * @return the frame
   */
  public static Frame close(int code, String reason) {
    return new Frame("close", reason == null ? "" : reason, null, code, false);
  }

  /**
   * A close that answers the peer's close cleanly (see {@link #clean()}).
   *
   * @param code the close code, 1005 for none
   * @param reason the reason; {@code null} counts as empty
   * @return the frame
   */
  public static Frame cleanClose(int code, String reason) {
    return new Frame("close", reason == null ? "" : reason, null, code, true);
  }

  /**
   * The connection failed: the peer sees an error event.
   *
   * @param message what went wrong
   * @return the frame
   */
  public static Frame error(String message) {
    return new Frame("error", message, null, 0, false);
  }

  /**
   * Whether this frame ends the stream (close or error).
   *
   * @return {@code true} for a close or an error
   */
  public boolean isFinal() {
    return kind.equals("close") || kind.equals("error");
  }
}
