package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
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

  NodeZlib(String format, boolean compress, int level, int strategy) {
    this.format = format;
    this.compress = compress;
    this.level = level < -1 || level > 9 ? Deflater.DEFAULT_COMPRESSION : level;
    // zlib's Z_FILTERED and Z_HUFFMAN_ONLY are java.util.zip's; Z_RLE and Z_FIXED have no equivalent there
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
    try (InputStream in = new org.brotli.dec.BrotliInputStream(new ByteArrayInputStream(data))) {
      return ByteBuffer.wrap(in.readAllBytes());
    } catch (IOException | RuntimeException e) {
      // workerd reports a truncated stream as the end of its input, any other failure with one message
      String message = String.valueOf(e.getMessage());
      boolean truncated = message.contains("No more input") || message.contains("Unexpected end of input");
      failure = "BROTLI_DECODER_ERROR\n-1\n" + (truncated ? "Unexpected end of file" : "Compression failed");
      return null;
    }
  }

  private byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(level, !format.equals("deflate"));
    deflater.setStrategy(strategy);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean gzip = format.equals("gzip");
    if (gzip) {
      out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
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
    // zlib checks the magic bytes it has before asking for more
    if (gzip && ((data.length >= 1 && (data[0] & 0xff) != 0x1f) || (data.length >= 2 && (data[1] & 0xff) != 0x8b))) {
      throw new ZipException("Not in GZIP format");
    }
    if (gzip && data.length < 10) {
      throw new EOFException();
    }
    Inflater inflater = new Inflater(format.equals("deflate-raw"));
    try (InputStream in =
        gzip ? new GZIPInputStream(new ByteArrayInputStream(data)) : new StrictInflaterStream(data, inflater)) {
      return in.readAllBytes();
    } finally {
      inflater.end();
    }
  }

  private static void writeIntLe(ByteArrayOutputStream out, int value) {
    for (int i = 0; i < 4; i++) {
      out.write((value >>> (8 * i)) & 0xff);
    }
  }

  /** An inflater stream that reports truncated input as end of file, as zlib does. */
  private static final class StrictInflaterStream extends InflaterInputStream {
    StrictInflaterStream(byte[] data, Inflater inflater) {
      super(new ByteArrayInputStream(data), inflater);
    }

    @Override
    protected void fill() throws IOException {
      len = in.read(buf, 0, buf.length);
      if (len == -1) {
        throw new EOFException("unexpected end of file");
      }
      inf.setInput(buf, 0, len);
    }
  }
}
