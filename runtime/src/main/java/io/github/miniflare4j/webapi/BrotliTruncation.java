package io.github.miniflare4j.webapi;

import java.lang.reflect.Field;
import org.brotli.dec.BrotliInputStream;

/**
 * Whether a failed Brotli decode ran out of input. Google's Java decoder reads zeros past the end
 * of its input and then fails on them with whatever error they make ({@code Unused space}, {@code
 * Negative distance}, ...), where workerd's C decoder stops and reports {@code Unexpected end of
 * file}. The decoder's bit reader knows how far it read: a failure after it passed the end of the
 * real input is a truncated stream. The reader's fields are private to the pinned decoder version
 * (0.1.2); when they cannot be read the failure counts as corrupt input.
 */
final class BrotliTruncation {

  private BrotliTruncation() {}

  /** Whether the failed {@code stream} had read past the end of its input. */
  static boolean readPastEnd(BrotliInputStream stream) {
    int consumed = consumed(stream);
    return consumed >= 0 && consumed >= tailBytes(stream);
  }

  /**
   * The bytes of input the failed {@code stream} had decoded, or -1 when unknown (its bit reader
   * had not reached the end of the input, or the decoder's fields cannot be read).
   */
  static int consumed(BrotliInputStream stream) {
    try {
      Object reader = reader(stream);
      Class<?> type = reader.getClass();
      if (!field(type, "endOfStreamReached").getBoolean(reader)) {
        return -1;
      }
      int intOffset = field(type, "intOffset").getInt(reader);
      int bitOffset = field(type, "bitOffset").getInt(reader);
      // the bit reader's own measure of the bytes consumed (its checkHealth)
      return (intOffset << 2) + ((bitOffset + 7) >> 3) - 8;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  /** The length of the input the bit reader saw (valid once it reached the end), or -1. */
  private static int tailBytes(BrotliInputStream stream) {
    try {
      Object reader = reader(stream);
      return field(reader.getClass(), "tailBytes").getInt(reader);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  private static Object reader(BrotliInputStream stream) throws ReflectiveOperationException {
    Object state = field(BrotliInputStream.class, "state").get(stream);
    return field(state.getClass(), "br").get(state);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}
