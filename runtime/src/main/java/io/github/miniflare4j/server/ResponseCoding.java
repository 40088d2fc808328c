package io.github.miniflare4j.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * What the server does with a worker response's {@code Content-Encoding} on the wire, as workerd
 * does for a body the worker left to the runtime to encode: {@code gzip} is compressed when the
 * client accepts it (a request without {@code Accept-Encoding} accepts every coding); a {@code
 * gzip} the client refuses, and {@code br} (which the JDK cannot write), go out as the plain body
 * without the header; any other value is sent as the worker set it, body untouched. A body the
 * worker encoded itself reaches the server already decoded (see the prelude's
 * {@code decodedForClient}), so it is treated the same way. One instance per response; not
 * thread-safe (a streamed body is written in order on one thread).
 */
final class ResponseCoding {

  /** Leaves header and body as they are. */
  static final ResponseCoding IDENTITY = new ResponseCoding(false, false);

  private final boolean dropsHeader;
  private final boolean gzips;
  private ByteArrayOutputStream sink;
  private GZIPOutputStream gzip;

  private ResponseCoding(boolean dropsHeader, boolean gzips) {
    this.dropsHeader = dropsHeader;
    this.gzips = gzips;
  }

  /**
   * The coding of one response.
   *
   * @param contentEncoding the worker's {@code Content-Encoding}, or null
   * @param acceptEncoding the client's {@code Accept-Encoding}, or null
   * @param bodyless whether no body goes out (HEAD, 204, 304, ...): the header is left as it is
   * @return what to do
   */
  static ResponseCoding choose(String contentEncoding, String acceptEncoding, boolean bodyless) {
    if (contentEncoding == null || bodyless) {
      return IDENTITY;
    }
    if (contentEncoding.equals("gzip")) {
      return accepts(acceptEncoding, "gzip") ? new ResponseCoding(false, true) : new ResponseCoding(true, false);
    }
    return contentEncoding.equals("br") ? new ResponseCoding(true, false) : IDENTITY;
  }

  /** Whether an {@code Accept-Encoding} value allows the coding (q above zero, or {@code *}). */
  static boolean accepts(String acceptEncoding, String coding) {
    if (acceptEncoding == null) {
      return true;
    }
    Boolean wildcard = null;
    for (String item : acceptEncoding.split(",")) {
      String[] parts = item.split(";");
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      boolean allowed = true;
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].trim();
        if (param.startsWith("q=") || param.startsWith("Q=")) {
          try {
            allowed = Double.parseDouble(param.substring(2).trim()) > 0;
          } catch (NumberFormatException e) {
            allowed = false;
          }
        }
      }
      if (name.equals(coding)) {
        return allowed;
      }
      if (name.equals("*")) {
        wildcard = allowed;
      }
    }
    return wildcard != null && wildcard;
  }

  /** Whether the {@code Content-Encoding} field is left out of the answer. */
  boolean dropsHeader() {
    return dropsHeader;
  }

  /** Whether the body is compressed (so its length is not the worker's). */
  boolean changesBody() {
    return gzips;
  }

  /**
   * A whole body, encoded.
   *
   * @param body the worker's bytes
   * @return the bytes to send
   */
  byte[] encode(byte[] body) {
    if (!gzips) {
      return body;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, body.length / 2));
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * One chunk of a streamed body, encoded and flushed so that the client can decode it at once.
   *
   * @param chunk the worker's bytes
   * @return the bytes to send now
   */
  ByteBuffer push(ByteBuffer chunk) {
    if (!gzips) {
      return chunk;
    }
    try {
      GZIPOutputStream zip = streamer();
      byte[] bytes = new byte[chunk.remaining()];
      chunk.get(bytes);
      zip.write(bytes);
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return drain();
  }

  /**
   * The end of a streamed body.
   *
   * @return the last bytes to send (the gzip trailer), or null when there are none
   */
  ByteBuffer finish() {
    if (!gzips) {
      return null;
    }
    try {
      streamer().finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return drain();
  }

  private GZIPOutputStream streamer() throws IOException {
    if (gzip == null) {
      sink = new ByteArrayOutputStream();
      gzip = new GZIPOutputStream(sink, true);
    }
    return gzip;
  }

  private ByteBuffer drain() {
    ByteBuffer out = ByteBuffer.wrap(sink.toByteArray());
    sink.reset();
    return out;
  }
}
