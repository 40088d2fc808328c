package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One {@code node:zlib} operation: input arrives with {@link #push}, the whole output comes from
 * {@link #finish} (a stream built on it emits its data when it ends). A refused input answers
 * {@code null} from {@link #finish} and {@link #failure()} then holds {@code
 * "<code>\n<errno>\n<message>"} with zlib's own wording, as Node reports it.
 */
public final class NodeZlib {

  private final String format;
  private final boolean compress;
  private final int level;
  private final int strategy;
  private final ByteArrayOutputStream input = new ByteArrayOutputStream();
  private String failure = "";
  private byte[] dictionary;
  private boolean partialOnTruncation;
  /** The gzip header's XFL byte, as zlib sets it: 2 at level 9, 4 for the fastest levels and strategies. */
  private final byte gzipExtraFlags;

  NodeZlib(String format, boolean compress, int level, int strategy) {
    this.format = format;
    this.compress = compress;
    this.level = level < -1 || level > 9 ? Deflater.DEFAULT_COMPRESSION : level;
    // zlib's Z_FILTERED and Z_HUFFMAN_ONLY are java.util.zip's; Z_RLE and Z_FIXED have no equivalent there
    int effectiveLevel = this.level == Deflater.DEFAULT_COMPRESSION ? 6 : this.level;
    this.gzipExtraFlags = (byte) (effectiveLevel == 9 ? 2 : strategy >= 2 || effectiveLevel < 2 ? 4 : 0);
    this.strategy = strategy == Deflater.FILTERED || strategy == Deflater.HUFFMAN_ONLY ? strategy : Deflater.DEFAULT_STRATEGY;
  }

  /**
   * Adds input.
   *
   * @param chunk a Uint8Array, copied in bulk
   */
  @HostAccess.Export
  public void push(Value chunk) {
    input.writeBytes(JsBytes.bytesOrNull(chunk));
  }

  /**
   * Sets zlib's preset dictionary (the {@code dictionary} option): compression starts from it,
   * decompression supplies it when the stream asks for one.
   *
   * @param bytes a Uint8Array, copied
   */
  @HostAccess.Export
  public void dictionary(Value bytes) {
    dictionary = JsBytes.bytesOrNull(bytes);
  }

  /**
   * Makes decompression of truncated input answer what it decoded so far instead of failing
   * (the {@code finishFlush: Z_SYNC_FLUSH} option).
   */
  @HostAccess.Export
  public void partialOnTruncation() {
    partialOnTruncation = true;
  }

  /**
   * The output for all input pushed.
   *
   * @return the bytes, or {@code null} with {@link #failure()} set
   */
  @HostAccess.Export
  public ByteBuffer finish() {
    byte[] data = input.toByteArray();
    if (format.equals("brotli")) {
      return brotli(data);
    }
    try {
      return ByteBuffer.wrap(compress ? deflate(data) : inflate(data));
    } catch (ZlibFailure e) {
      failure = e.failure;
    } catch (EOFException e) {
      failure = "Z_BUF_ERROR\n-5\nunexpected end of file";
    } catch (ZipException e) {
      String message = e.getMessage() == null ? "invalid data" : e.getMessage();
      if (message.startsWith("Not in GZIP format")) {
        message = "incorrect header check";
      } else if (message.startsWith("Corrupt GZIP trailer")) {
        message = "incorrect data check";
      }
      failure = "Z_DATA_ERROR\n-3\n" + message;
    } catch (IOException e) {
      failure = "Z_DATA_ERROR\n-3\n" + e.getMessage();
    }
    return null;
  }

  /**
   * Why {@link #finish} refused the input.
   *
   * @return {@code "<code>\n<errno>\n<message>"}
   */
  @HostAccess.Export
  public String failure() {
    return failure;
  }

  /** Brotli: stored meta-blocks when compressing (see BrotliStoredEncoder), Google's decoder else. */
  private ByteBuffer brotli(byte[] data) {
    if (compress) {
      return ByteBuffer.wrap(BrotliStoredEncoder.encode(data));
    }
    org.brotli.dec.BrotliInputStream in = null;
    try {
      in = new org.brotli.dec.BrotliInputStream(new ByteArrayInputStream(data));
      return ByteBuffer.wrap(in.readAllBytes());
    } catch (IOException | RuntimeException e) {
      // bytes after a complete stream are ignored, as by workerd: the stream alone decodes
      int consumed = in == null ? -1 : BrotliTruncation.consumed(in);
      if (e.getCause() != null && "Unused bytes after end".equals(e.getCause().getMessage())
          && consumed > 0 && consumed < data.length) {
        return brotli(java.util.Arrays.copyOf(data, consumed));
      }
      // workerd reports a truncated stream as the end of its input, any other failure with one
      // message; an empty input fails before the stream exists
      boolean truncated = in == null ? data.length == 0 || e instanceof EOFException : BrotliTruncation.readPastEnd(in);
      failure = "BROTLI_DECODER_ERROR\n-1\n" + (truncated ? "Unexpected end of file" : "Compression failed");
      return null;
    }
  }

  private byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(level, !format.equals("deflate"));
    deflater.setStrategy(strategy);
    if (dictionary != null) {
      deflater.setDictionary(dictionary);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean gzip = format.equals("gzip");
    if (gzip) {
      out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, gzipExtraFlags, 3});
    }
    deflater.setInput(data);
    deflater.finish();
    byte[] buffer = new byte[16 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    if (gzip) {
      CRC32 crc = new CRC32();
      crc.update(data);
      writeIntLe(out, (int) crc.getValue());
      writeIntLe(out, data.length);
    }
    return out.toByteArray();
  }

  private byte[] inflate(byte[] data) throws IOException {
    boolean gzip =
        format.equals("gzip")
            || (format.equals("unzip") && data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!gzip) {
      boolean raw = format.equals("deflate-raw");
      Inflater inflater = new Inflater(raw);
      try {
        // a raw stream never asks for its dictionary: it is set before the first byte
        if (raw && dictionary != null) {
          inflater.setDictionary(dictionary);
        }
        inflater.setInput(data);
        inflateInto(inflater, out);
      } finally {
        inflater.end();
      }
      return out.toByteArray();
    }
    // gzip members one after the other; zero bytes after a member end the input, anything else
    // must be the next member
    int pos = 0;
    while (true) {
      // zlib reads both magic bytes before it checks them: one byte alone is a truncated stream
      if (data.length > pos + 1 && ((data[pos] & 0xff) != 0x1f || (data[pos + 1] & 0xff) != 0x8b)) {
        throw new ZipException("Not in GZIP format");
      }
      int body = gzipBodyStart(data, pos);
      if (body < 0) {
        if (partialOnTruncation) {
          return out.toByteArray();
        }
        throw new EOFException();
      }
      Inflater inflater = new Inflater(true);
      int memberStart = out.size();
      int end;
      try {
        inflater.setInput(data, body, data.length - body);
        if (!inflateInto(inflater, out)) {
          return out.toByteArray();
        }
        end = data.length - inflater.getRemaining();
      } finally {
        inflater.end();
      }
      if (end + 8 > data.length) {
        if (partialOnTruncation) {
          return out.toByteArray();
        }
        throw new EOFException();
      }
      byte[] all = out.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(all, memberStart, all.length - memberStart);
      if ((int) crc.getValue() != readIntLe(data, end)) {
        throw new ZipException("Corrupt GZIP trailer");
      }
      pos = end + 8;
      if (pos >= data.length || data[pos] == 0) {
        return all;
      }
    }
  }

  /** Where a gzip member's deflate data starts after its header at {@code pos}, or -1 when the header is cut short. */
  private static int gzipBodyStart(byte[] data, int pos) {
    if (data.length - pos < 10) {
      return -1;
    }
    int flags = data[pos + 3] & 0xff;
    int p = pos + 10;
    if ((flags & 4) != 0) {
      if (p + 2 > data.length) {
        return -1;
      }
      p += 2 + ((data[p] & 0xff) | (data[p + 1] & 0xff) << 8);
    }
    for (int bit : new int[] {8, 16}) {
      if ((flags & bit) != 0) {
        while (p < data.length && data[p] != 0) {
          p++;
        }
        p++;
      }
    }
    if ((flags & 2) != 0) {
      p += 2;
    }
    return p > data.length ? -1 : p;
  }

  /**
   * Inflates the input set on {@code inflater} into {@code out} until the stream ends.
   *
   * @return true at the stream's end, false when the input ran out and partial output is accepted
   */
  private boolean inflateInto(Inflater inflater, ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    boolean dictionaryGiven = false;
    while (!inflater.finished()) {
      int n;
      try {
        n = inflater.inflate(buffer);
      } catch (DataFormatException e) {
        throw new ZipException(e.getMessage());
      }
      out.write(buffer, 0, n);
      // a stream of no content ends on a call that writes nothing
      if (n > 0 || inflater.finished()) {
        continue;
      }
      if (inflater.needsDictionary()) {
        if (dictionary == null || dictionaryGiven) {
          throw new ZlibFailure("Z_NEED_DICT\n2\nMissing dictionary");
        }
        try {
          inflater.setDictionary(dictionary);
        } catch (IllegalArgumentException e) {
          throw new ZlibFailure("Z_DATA_ERROR\n-3\nBad dictionary");
        }
        dictionaryGiven = true;
      } else if (inflater.needsInput()) {
        if (partialOnTruncation) {
          return false;
        }
        throw new EOFException("unexpected end of file");
      }
    }
    return true;
  }

  private static int readIntLe(byte[] data, int at) {
    return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
  }

  private static void writeIntLe(ByteArrayOutputStream out, int value) {
    for (int i = 0; i < 4; i++) {
      out.write((value >>> (8 * i)) & 0xff);
    }
  }

  /** A refusal with its full {@code "<code>\n<errno>\n<message>"} text. */
  private static final class ZlibFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient String failure;

    ZlibFailure(String failure) {
      super(failure);
      this.failure = failure;
    }
  }
}
