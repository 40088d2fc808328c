package io.github.miniflare4j.htmlrewriter.internal;

import java.util.Arrays;

/**
 * The input bytes not yet consumed: an incomplete tag, comment or doctype at the end of the
 * last chunk, plus the newest chunk. Positions are indexes into {@link #data()}; compaction
 * drops what lies before a position and shifts everything after it to index 0.
 */
final class InputBuffer {

  private byte[] data = new byte[1024];
  private int length;
  private boolean ended;

  byte[] data() {
    return data;
  }

  int length() {
    return length;
  }

  boolean ended() {
    return ended;
  }

  void end() {
    ended = true;
  }

  byte at(int i) {
    return data[i];
  }

  /** Drops bytes before {@code keepFrom}, then appends {@code chunk}. */
  void compactAndAppend(int keepFrom, byte[] chunk) {
    int kept = length - keepFrom;
    if (kept + chunk.length > data.length) {
      byte[] bigger = new byte[Math.max(data.length * 2, kept + chunk.length)];
      System.arraycopy(data, keepFrom, bigger, 0, kept);
      data = bigger;
    } else if (keepFrom > 0) {
      System.arraycopy(data, keepFrom, data, 0, kept);
    }
    System.arraycopy(chunk, 0, data, kept, chunk.length);
    length = kept + chunk.length;
    if (data.length > 64 * 1024 && length < data.length / 4) {
      data = Arrays.copyOf(data, Math.max(1024, length * 2));
    }
  }

  /** The capacity currently held: what the streaming test bounds. */
  int capacity() {
    return data.length;
  }
}
