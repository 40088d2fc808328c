package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One {@code CompressionStream} or {@code DecompressionStream}: incremental deflate / inflate
 * in the formats {@code gzip}, {@code deflate} (zlib) and {@code deflate-raw}. Each call takes a
 * whole chunk and returns everything produced so far; a {@code null} answer means the data was
 * refused and {@link #failure()} holds workerd's message for the {@code TypeError}.
 */
public final class Compressor {

  /** workerd's message for corrupt input. */
  static final String DECOMPRESSION_FAILED = "Decompression failed.";

  /** workerd's message when the input ends inside a compressed stream. */
  static final String INCOMPLETE = "Called close() on a decompression stream with incomplete data";

  /** workerd's message for bytes after the end of the compressed data (a gzip trailer aside). */
  static final String TRAILING = "Trailing bytes after end of compressed data";

  private static final int GZIP_TRAILER = 8;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final int CHUNK = 16 * 1024;

  private final boolean gzip;
  private final Deflater deflater;
  private final Inflater inflater;
  private final CRC32 crc = new CRC32();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean headerDone;
  private boolean finished;
  private boolean trailerChecked;
  private String failure = "";

  private Compressor(String format, boolean compress) {
    this.gzip = format.equals("gzip");
    boolean raw = !format.equals("deflate");
    this.deflater = compress ? new Deflater(Deflater.DEFAULT_COMPRESSION, raw) : null;
    this.inflater = compress ? null : new Inflater(raw);
    this.headerDone = !gzip;
  }

  /**
   * A compressor ({@code compress}) or decompressor for one of the formats the JavaScript side
   * has already validated.
   *
   * @param format {@code "gzip"}, {@code "deflate"} or {@code "deflate-raw"}
   * @param compress {@code true} to compress, {@code false} to decompress
   * @return a new engine for one stream
   */
  public static Compressor create(String format, boolean compress) {
    return new Compressor(format, compress);
  }

  /**
   * Feeds one chunk (a Uint8Array); returns the bytes produced, or null on corrupt input.
   *
   * @param chunk a Uint8Array; loop thread only
   * @return the bytes produced (possibly empty), or {@code null} with {@link #failure()} set
   */
  @HostAccess.Export
  public ByteBuffer push(Value chunk) {
    byte[] bytes = JsBytes.bytesOrNull(chunk);
    byte[] out = deflater != null ? compress(bytes, false) : inflate(bytes, false);
    return out == null ? null : ByteBuffer.wrap(out);
  }

  /**
   * Ends the input; returns the last bytes, or null when the input was corrupt or incomplete.
   *
   * @return the last bytes (possibly empty), or {@code null} with {@link #failure()} set
   */
  @HostAccess.Export
  public ByteBuffer finish() {
    byte[] out = deflater != null ? compress(new byte[0], true) : inflate(new byte[0], true);
    return out == null ? null : ByteBuffer.wrap(out);
  }

  /**
   * The message of the last refusal.
   *
   * @return the message, empty when nothing was refused
   */
  @HostAccess.Export
  public String failure() {
    return failure;
  }

  private byte[] compress(byte[] input, boolean end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (gzip && !headerDone) {
      out.writeBytes(new byte[] {(byte) GZIP_MAGIC_1, (byte) GZIP_MAGIC_2, 8, 0, 0, 0, 0, 0, 0, 3});
      headerDone = true;
    }
    crc.update(input);
    deflater.setInput(input);
    if (end) {
      deflater.finish();
    }
    byte[] buffer = new byte[CHUNK];
    while (true) {
      int n = deflater.deflate(buffer);
      if (n > 0) {
        out.write(buffer, 0, n);
      } else if (end ? deflater.finished() : deflater.needsInput()) {
        break;
      }
    }
    if (end) {
      if (gzip) {
        writeIntLe(out, (int) crc.getValue());
        writeIntLe(out, (int) deflater.getBytesRead());
      }
      deflater.end();
    }
    return out.toByteArray();
  }

  private byte[] inflate(byte[] input, boolean end) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] data = input;
    if (!headerDone) {
      pending.writeBytes(input);
      byte[] all = pending.toByteArray();
      int headerLength = gzipHeaderLength(all);
      if (headerLength == -2) {
        return fail(DECOMPRESSION_FAILED);
      }
      if (headerLength == -1) {
        return end ? fail(INCOMPLETE) : out.toByteArray();
      }
      headerDone = true;
      pending.reset();
      data = java.util.Arrays.copyOfRange(all, headerLength, all.length);
    }
    if (finished) {
      pending.writeBytes(data);
    } else if (data.length > 0) {
      inflater.setInput(data);
      byte[] buffer = new byte[CHUNK];
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          if (n > 0) {
            out.write(buffer, 0, n);
            crc.update(buffer, 0, n);
          } else if (inflater.needsInput() || inflater.needsDictionary()) {
            break;
          }
        }
      } catch (DataFormatException e) {
        return fail(DECOMPRESSION_FAILED);
      }
      if (inflater.finished()) {
        finished = true;
        int remaining = inflater.getRemaining();
        pending.write(data, data.length - remaining, remaining);
      }
    }
    if (finished && pending.size() > (gzip ? GZIP_TRAILER : 0)) {
      return fail(TRAILING);
    }
    if (finished && gzip && pending.size() == GZIP_TRAILER && !trailerChecked) {
      // zlib checks the trailer's CRC-32 and length as it reads them: the chunk fails as a whole
      trailerChecked = true;
      byte[] trailer = pending.toByteArray();
      if (readIntLe(trailer, 0) != (int) crc.getValue() || readIntLe(trailer, 4) != (int) inflater.getBytesWritten()) {
        return fail(DECOMPRESSION_FAILED);
      }
    }
    if (end) {
      if (!finished || gzip && pending.size() < GZIP_TRAILER) {
        return fail(INCOMPLETE);
      }
      inflater.end();
    }
    return out.toByteArray();
  }

  private static int readIntLe(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
  }

  private byte[] fail(String message) {
    failure = message;
    if (inflater != null) {
      inflater.end();
    }
    return null;
  }

  /** The gzip header's length, -1 when more bytes are needed, -2 when it is not gzip. */
  private static int gzipHeaderLength(byte[] b) {
    if (b.length < 10) {
      return b.length >= 1 && (b[0] & 0xff) != GZIP_MAGIC_1 ? -2 : -1;
    }
    if ((b[0] & 0xff) != GZIP_MAGIC_1 || (b[1] & 0xff) != GZIP_MAGIC_2 || b[2] != 8) {
      return -2;
    }
    int flags = b[3] & 0xff;
    int pos = 10;
    if ((flags & 4) != 0) {
      if (b.length < pos + 2) {
        return -1;
      }
      pos += 2 + ((b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8);
    }
    for (int flag : new int[] {8, 16}) {
      if ((flags & flag) != 0) {
        while (pos < b.length && b[pos] != 0) {
          pos++;
        }
        if (pos >= b.length) {
          return -1;
        }
        pos++;
      }
    }
    if ((flags & 2) != 0) {
      pos += 2;
    }
    return pos <= b.length ? pos : -1;
  }

  private static void writeIntLe(ByteArrayOutputStream out, int value) {
    out.write(value);
    out.write(value >>> 8);
    out.write(value >>> 16);
    out.write(value >>> 24);
  }
}
