package io.github.miniflare4j.interop;

import org.graalvm.polyglot.Value;

/** Bytes out of JavaScript, copied in bulk (never per element). */
public final class JsBytes {

  private JsBytes() {}

  /**
   * Copies a Uint8Array / ArrayBuffer out of JavaScript in bulk; {@code null} stays null.
   *
   * @param buffer a Uint8Array, another typed array, an ArrayBuffer, or null
   * @return a copy of the bytes, or {@code null}
   * @throws IllegalArgumentException when {@code buffer} is none of these
   */
  public static byte[] bytesOrNull(Value buffer) {
    if (buffer == null || buffer.isNull()) {
      return null;
    }
    Value backing = buffer;
    long offset = 0;
    long length;
    if (buffer.hasBufferElements()) {
      length = buffer.getBufferSize();
    } else {
      // each call is one into the interpreter: the typed array's buffer is read once
      Value viewed = buffer.hasMembers() ? buffer.getMember("buffer") : null;
      if (viewed == null || !viewed.hasBufferElements()) {
        throw new IllegalArgumentException("expected an ArrayBuffer or a typed array, got " + buffer);
      }
      backing = viewed;
      offset = buffer.getMember("byteOffset").asLong();
      length = buffer.getMember("byteLength").asLong();
    }
    byte[] bytes = new byte[Math.toIntExact(length)];
    if (bytes.length > 0) {
      backing.readBuffer(offset, bytes, 0, bytes.length);
    }
    return bytes;
  }
}
