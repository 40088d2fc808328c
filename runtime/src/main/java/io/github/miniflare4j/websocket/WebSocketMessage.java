package io.github.miniflare4j.websocket;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One WebSocket message: text or binary, never both.
 *
 * @param text the text of a text message, or {@code null} for a binary one
 * @param bytes the bytes of a binary message, or {@code null} for a text one
 */
public record WebSocketMessage(String text, byte[] bytes) {

  /**
   * Checks that exactly one of {@code text} and {@code bytes} is set.
   *
   * @param text the text of a text message, or {@code null}
   * @param bytes the bytes of a binary message, or {@code null}
   */
  public WebSocketMessage {
    if ((text == null) == (bytes == null)) {
      throw new IllegalArgumentException("a WebSocket message is either text or bytes: pass exactly one");
    }
  }

  /**
   * A text message.
   *
   * @param text the text
   * @return the message
   */
  public static WebSocketMessage text(String text) {
    return new WebSocketMessage(Objects.requireNonNull(text, "text"), null);
  }

  /**
   * A binary message; the bytes are copied.
   *
   * @param bytes the bytes
   * @return the message
   */
  public static WebSocketMessage binary(byte[] bytes) {
    return new WebSocketMessage(null, Objects.requireNonNull(bytes, "bytes").clone());
  }

  /**
   * Whether this is a text message.
   *
   * @return {@code true} for text
   */
  public boolean isText() {
    return text != null;
  }

  /**
   * The text of a text message, or the bytes of a binary one read as UTF-8.
   *
   * @return the text
   */
  public String asText() {
    return text != null ? text : new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The bytes of a binary message, or the UTF-8 bytes of a text one (a copy).
   *
   * @return the bytes
   */
  public byte[] asBytes() {
    return text != null ? text.getBytes(StandardCharsets.UTF_8) : bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebSocketMessage m && Objects.equals(text, m.text) && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return text != null ? "text(" + text + ")" : "binary(" + bytes.length + " bytes)";
  }
}
