package io.github.miniflare4j.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What the server does with a worker response's {@code Content-Encoding} on the wire. First the
 * client's {@code Accept-Encoding} is honoured as Miniflare's entry worker does
 * ({@code ensureAcceptableEncoding}): for a body of a type Cloudflare compresses (or of no type)
 * whose {@code Content-Encoding} is none, {@code gzip} or {@code br}, the client's most wanted of
 * {@code gzip} and {@code br} becomes the response's coding; a client that wants neither gets
 * the body unencoded, or a 415 when it refuses {@code identity}. Then the body is encoded as
 * workerd encodes a body the worker left to the runtime: {@code gzip} is compressed; {@code br}
 * (which the JDK cannot write) goes out as the plain body without the header, a deliberate
 * deviation; any other value is sent as the worker set it, body untouched. A body the worker
 * encoded itself reaches the server already decoded (see the prelude's {@code
 * decodedForClient}), so it is treated the same way. One instance per response; not thread-safe
 * (a streamed body is written in order on one thread).
 */
final class ResponseCoding {

  /** Leaves header and body as they are. */
  static final ResponseCoding IDENTITY = new ResponseCoding(null, false, false);
  /** The answer to a client that accepts no coding the body can have. */
  static final ResponseCoding UNACCEPTABLE = new ResponseCoding(null, false, false);

  /**
   * The types Cloudflare's front line compresses (Miniflare's {@code compressedByCloudflareFL},
   * from Cloudflare's content-compression documentation), matched as Miniflare matches them: the
   * part of {@code Content-Type} before any {@code ;}, exactly.
   */
  private static final Set<String> COMPRESSED_TYPES = Set.of(
      "text/html", "text/richtext", "text/plain", "text/css", "text/x-script", "text/x-component",
      "text/x-java-source", "text/x-markdown", "application/javascript", "application/x-javascript",
      "text/javascript", "text/js", "image/x-icon", "image/vnd.microsoft.icon", "application/x-perl",
      "application/x-httpd-cgi", "text/xml", "application/xml", "application/rss+xml",
      "application/vnd.api+json", "application/x-protobuf", "application/json", "multipart/bag",
      "multipart/mixed", "application/xhtml+xml", "font/ttf", "font/otf", "font/x-woff", "image/svg+xml",
      "application/vnd.ms-fontobject", "application/ttf", "application/x-ttf", "application/otf",
      "application/x-otf", "application/truetype", "application/opentype", "application/x-opentype",
      "application/font-woff", "application/eot", "application/font", "application/font-sfnt",
      "application/wasm", "application/javascript-binast", "application/manifest+json",
      "application/ld+json", "application/graphql+json", "application/geo+json");
  /** One {@code Accept-Encoding} element as Miniflare reads it (lower-case codings only). */
  private static final Pattern ELEMENT = Pattern.compile("^([a-z]+|\\*)(?:\\s*;\\s*q=(\\d+(?:.\\d+)?))?$");

  private static final Pattern WEIGHT_PREFIX = Pattern.compile("^\\d+(?:\\.\\d+)?");

  /** The {@code Content-Encoding} the answer carries, or null for none. */
  private final String header;
  private final boolean changesHeader;
  private final boolean gzips;
  private ByteArrayOutputStream sink;
  private GZIPOutputStream gzip;

  private ResponseCoding(String header, boolean changesHeader, boolean gzips) {
    this.header = header;
    this.changesHeader = changesHeader;
    this.gzips = gzips;
  }

  /**
   * The coding of one response.
   *
   * @param contentEncoding the worker's {@code Content-Encoding}, or null
   * @param contentType the worker's {@code Content-Type}, or null
   * @param acceptEncoding the client's {@code Accept-Encoding}, or null
   * @return what to do: {@link #UNACCEPTABLE} when the answer is Miniflare's 415
   */
  static ResponseCoding choose(String contentEncoding, String contentType, String acceptEncoding) {
    String coding = negotiated(contentEncoding, contentType, acceptEncoding);
    if (coding == UNACCEPTABLE_CODING) {
      return UNACCEPTABLE;
    }
    if (coding == null) {
      return contentEncoding == null ? IDENTITY : new ResponseCoding(null, true, false);
    }
    if (coding.equals("gzip")) {
      return new ResponseCoding("gzip", !coding.equals(contentEncoding), true);
    }
    if (coding.equals("br")) {
      return new ResponseCoding(null, true, false);
    }
    return IDENTITY;
  }

  /** Marks the 415 outcome of {@link #negotiated}. */
  private static final String UNACCEPTABLE_CODING = new String("unacceptable");

  /**
   * Miniflare's {@code ensureAcceptableEncoding}: the {@code Content-Encoding} the response gets
   * (null for none), or {@link #UNACCEPTABLE_CODING}.
   */
  private static String negotiated(String contentEncoding, String contentType, String acceptEncoding) {
    if (acceptEncoding == null) {
      return contentEncoding;
    }
    List<String[]> elements = new ArrayList<>();
    for (String item : acceptEncoding.split(",", -1)) {
      Matcher m = ELEMENT.matcher(item.trim());
      if (m.matches()) {
        elements.add(new String[] {m.group(1), m.group(2) == null ? "1" : m.group(2)});
      }
    }
    if (elements.isEmpty() || !compressible(contentType)
        || (contentEncoding != null && !contentEncoding.equals("gzip") && !contentEncoding.equals("br"))) {
      return contentEncoding;
    }
    // a stable sort by weight, highest first, as Array.prototype.sort is
    elements.sort(Comparator.comparingDouble((String[] e) -> weight(e[1])).reversed());
    boolean identityRefused = false;
    for (String[] element : elements) {
      String coding = element[0];
      if (weight(element[1]) == 0) {
        identityRefused |= coding.equals("identity") || coding.equals("*");
      } else if (coding.equals("gzip") || coding.equals("br")) {
        return coding;
      } else if (coding.equals("identity")) {
        break;
      }
    }
    return identityRefused ? UNACCEPTABLE_CODING : null;
  }

  /** JavaScript's {@code parseFloat} of a weight the pattern matched (its {@code .} is any character). */
  private static double weight(String text) {
    Matcher m = WEIGHT_PREFIX.matcher(text);
    return m.find() ? Double.parseDouble(m.group()) : Double.NaN;
  }

  private static boolean compressible(String contentType) {
    if (contentType == null || contentType.isEmpty()) {
      return true;
    }
    int semicolon = contentType.indexOf(';');
    return COMPRESSED_TYPES.contains(semicolon < 0 ? contentType : contentType.substring(0, semicolon));
  }

  /** Whether the {@code Content-Encoding} field differs from the worker's: see {@link #header()}. */
  boolean changesHeader() {
    return changesHeader;
  }

  /** The {@code Content-Encoding} the answer carries when {@link #changesHeader()}, or null for none. */
  String header() {
    return header;
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
