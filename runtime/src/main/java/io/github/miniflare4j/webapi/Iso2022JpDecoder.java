package io.github.miniflare4j.webapi;

/**
 * The iso-2022-jp decoder of {@code TextDecoder} as workerd's (ICU's ISO-2022-JP, version 0):
 * escapes to ASCII, JIS X 0201 Roman and Katakana and JIS X 0208; an escape right after another
 * is an error; a CR or LF in the Katakana or JIS X 0208 state is itself and returns to ASCII; in
 * JIS X 0208 a bad lead takes its next byte into the error unless that byte could start a
 * character; an escape sequence of ISO 2022 that ISO-2022-JP does not use (ESC $ A, ESC ( D, ...)
 * is one error, bytes that are no escape sequence are read again after the ESC's error, and an
 * escape cut by the end of the input is one error (recorded: {@code webapi16c-iso-2022-jp}). The
 * state lives on between the chunks of a streaming decode (see {@link #decode}).
 */
final class Iso2022JpDecoder {

  private static final int ASCII = 0;
  private static final int ROMAN = 1;
  private static final int KATAKANA = 2;
  private static final int LEAD = 3;
  private static final int TRAIL = 4;
  private static final int ESCAPE = 5;

  private static final int EOF = -1;

  /** ISO 2022's escape-sequence bytes after ESC, numbered 1-29 (an escape's key is base 32 of them). */
  private static final String SEQUENCE_BYTES = "\uffff\u001b(-$@/%ABCDEFGHIJKLMRZ.)N*+O&";

  /** Keys of the prefixes of ISO 2022 escape sequences that continue. */
  private static final int[] CONTINUING = {1, 34, 36, 39, 55, 61, 1154, 1176, 1178, 1179, 1254};

  private int state;
  private int outputState;
  private boolean outputFlag;
  private int lead;
  private int escape;

  private Iso2022JpDecoder(int packed) {
    state = packed & 7;
    outputState = (packed >> 3) & 3;
    outputFlag = (packed & 0x20) != 0;
    lead = (packed >> 8) & 0xff;
    escape = packed >>> 16;
  }

  private int packed() {
    return state | outputState << 3 | (outputFlag ? 0x20 : 0) | lead << 8 | escape << 16;
  }

  /**
   * Decodes {@code data} from the state {@code packed} (0 at the start).
   *
   * @param flush whether the input ends here (else the state at its end is kept)
   * @return the state after the data as the first two {@code char}s (high, low; 0 when
   *     flushed), then the text; null when {@code fatal} and there was an error
   */
  static String decode(byte[] data, boolean fatal, boolean flush, int packed) {
    Iso2022JpDecoder decoder = new Iso2022JpDecoder(packed);
    StringBuilder out = new StringBuilder(data.length + 2).append("\0\0");
    if (!decoder.run(data, flush, out) && fatal) {
      return null;
    }
    int after = flush ? 0 : decoder.packed();
    out.setCharAt(0, (char) (after >>> 16));
    out.setCharAt(1, (char) after);
    return out.toString();
  }

  /** Runs the machine over the data; false when there was an error (U+FFFD written for it). */
  private boolean run(byte[] data, boolean flush, StringBuilder out) {
    boolean clean = true;
    int[] back = new int[4];
    int backs = 0;
    int at = 0;
    while (true) {
      int b;
      if (backs > 0) {
        b = back[--backs];
      } else if (at < data.length) {
        b = data[at++] & 0xff;
      } else if (flush) {
        b = EOF;
      } else {
        return clean;
      }
      if (b == EOF && state != TRAIL && state != ESCAPE) {
        return clean;
      }
      boolean error = false;
      if (state == ESCAPE) {
        int index = b == EOF ? -1 : SEQUENCE_BYTES.indexOf((char) b);
        int key = escape * 32 + (index < 1 ? 0 : index);
        if (b == EOF) {
          // an escape cut by the end of the input is one error
          error = true;
          state = outputState;
          escape = 0;
        } else if (contains(CONTINUING, key)) {
          escape = key;
        } else {
          int next = switch (key) {
            case 1097 -> ASCII; // ESC ( B
            case 1105 -> ROMAN; // ESC ( J
            case 1104 -> KATAKANA; // ESC ( I
            case 1157, 1161 -> LEAD; // ESC $ @, ESC $ B
            default -> isOtherSequence(key) ? -2 : -1;
          };
          escape = 0;
          if (next >= 0) {
            state = next;
            outputState = next;
            error = outputFlag;
            outputFlag = true;
          } else {
            if (next == -1) {
              // no escape sequence: the bytes after the ESC are read again
              back[backs++] = b;
              for (int k = key / 32; k > 1; k /= 32) {
                back[backs++] = SEQUENCE_BYTES.charAt(k % 32);
              }
            }
            state = outputState;
            outputFlag = false;
            error = true;
          }
        }
      } else if (state == TRAIL) {
        state = LEAD;
        boolean leadOk = lead >= 0x21 && lead <= 0x7e;
        boolean trailOk = b >= 0x21 && b <= 0x7e;
        if (leadOk && trailOk) {
          String text = jis0208((lead - 0x21) * 94 + b - 0x21);
          if (text == null) {
            error = true;
          } else {
            out.append(text);
          }
        } else {
          error = true;
          if (b == EOF || trailOk || b == 0x0e || b == 0x0f || b == 0x1b) {
            // a byte that could start a character is not part of the bad lead's error
            back[backs++] = b;
          }
        }
      } else if (b == 0x1b) {
        state = ESCAPE;
        escape = 1;
      } else if (b == 0x0e || b == 0x0f) {
        outputFlag = false;
        error = true;
      } else {
        outputFlag = false;
        if (b == 0x0a || b == 0x0d) {
          if (state == KATAKANA || state == LEAD) {
            state = ASCII;
            outputState = ASCII;
          }
        }
        switch (state) {
          case ASCII -> {
            if (b <= 0x7f) {
              out.append((char) b);
            } else {
              error = true;
            }
          }
          case ROMAN -> {
            if (b <= 0x7f) {
              out.append(b == 0x5c ? '\u00a5' : b == 0x7e ? '\u203e' : (char) b);
            } else {
              error = true;
            }
          }
          case KATAKANA -> {
            if (b >= 0x21 && b <= 0x5f) {
              out.append((char) (0xff61 - 0x21 + b));
            } else {
              error = true;
            }
          }
          default -> {
            lead = b;
            state = TRAIL;
          }
        }
      }
      if (error) {
        out.append('\uFFFD');
        clean = false;
      }
    }
  }

  private static boolean contains(int[] keys, int key) {
    for (int k : keys) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a key ends an ISO 2022 escape sequence that ISO-2022-JP does not use: designations
   * of other 94- and 96-character sets, which are one error together.
   */
  private static boolean isOtherSequence(int key) {
    return (key >= 1093 && key <= 1109 && key != 1094 && key != 1095 && key != 1107 && key != 1108) // ESC ( @, A ... N
        || key == 1957 // ESC & @
        || key == 1160 // ESC $ A
        || key == 1257 || key == 1768 || key == 1773 // ESC % G, ESC . A, ESC . F
        || (key >= 36933 && key <= 36948 && key != 36934 && key != 36935 && key != 36941) // ESC $ ( @ ... M
        || key == 37640 || key == 37642 || key == 37644 || key == 37646 || key == 37711 // ESC $ ) A ..., ESC $ * H
        || (key >= 37744 && key <= 37748) // ESC $ + I ... M
        || key == 40133 || (key >= 40136 && key <= 40141 && key != 40137); // ESC % / @ ...
  }

  private static String jis0208(int pointer) {
    // JIS X 0208 through shift_jis's table (the same index): pointer to its lead and trail bytes
    int row = pointer / 188;
    int cell = pointer % 188;
    byte[] pair = {(byte) (row + (row < 0x1f ? 0x81 : 0xc1)), (byte) (cell + (cell < 0x3f ? 0x40 : 0x41))};
    String text = MultiByteDecoder.decode("shift_jis", pair, true);
    return text != null && text.codePointCount(0, text.length()) == 1 ? text : null;
  }
}
