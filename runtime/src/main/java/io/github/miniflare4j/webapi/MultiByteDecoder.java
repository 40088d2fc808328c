package io.github.miniflare4j.webapi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The multi-byte decoders of {@code TextDecoder} (gb18030 and gbk, big5, euc-jp, shift_jis,
 * euc-kr) as workerd decodes them: the Encoding Standard's byte loops, with its rule for a byte
 * that cannot follow a lead (an ASCII byte, or a lead byte outside the trail range, is read
 * again after the U+FFFD; any other byte is swallowed by it), and the code points of each byte
 * pair taken from the JDK's charset of that family, corrected where workerd's tables differ
 * (recorded: {@code webapi16-multibyte-*}). Stateless; the pair tables are built on first use.
 */
final class MultiByteDecoder {

  private static final int LEADS = 0xff - 0x81;
  private static final int TRAILS = 0xff - 0x40;

  /**
   * Pairs whose code points differ from the JDK charset's ({@code LLTT=cp[+cp]}, hex; {@code !}:
   * none, and the pair is one U+FFFD even when its trail is ASCII), as workerd decodes them.
   */
  private static final Map<String, String> PAIR_OVERRIDES = Map.of(
      "gb18030",
          "a3a0=3000 a6d9=e78d a6da=e78e a6db=e78f a6dc=e790 a6dd=e791 a6de=e792 a6df=e793 a6ec=e794 "
          + "a6ed=e795 a6f3=e796 fe59=e81e fe61=e826 fe66=e82b fe67=e82c fe6d=e832 fe7e=e843 fe90=e854 "
          + "fea0=e864",
      "big5",
          "8862=ca+304 8864=ca+30c 88a3=ea+304 88a5=ea+30c 8e69=7bb8 8e6f=7c06 8e7e=7cce 8eab=7dd2 "
          + "8eb4=7e1d 8ecd=8005 8ed0=8028 8f57=83c1 8f69=84a8 8f6e=840f 8fcb=89a6 8fcc=89a9 8ffe=8d77 "
          + "906d=90fd 907a=92b9 90dc=975c 90f1=97ff 91bf=9f16 9244=8503 92af=5159 92b0=515b 92b1=515d "
          + "92b2=515e 92c8=936e 92d1=7479 9447=6d67 94ca=799b 95d9=9097 9644=975d 96ed=701e 96fc=5b28 "
          + "9b76=7201 9b78=77d7 9b7b=7e87 9bc6=99d6 9bde=91d4 9bec=60de 9bf6=6fb6 9c42=8f36 9c53=4fbb "
          + "9c62=71df 9c68=9104 9c6b=9df0 9c77=83cf 9cbc=5c10 9cbd=79e3 9cd0=5a67 9d57=8f0b 9d5a=7b51 "
          + "9dc4=62d0 9ea9=6062 9eef=75f9 9efd=6c4a 9f60=9b2e 9f66=9f17 9fcb=50ed 9fd8=5f0c a063=880f "
          + "a077=62ce a0d5=7468 a0df=7162 a0e4=7250 a145=2027 a14e=fe51 a15a=2574 a1c2=af a1c3=ffe3 a1c5=2cd "
          + "a1e3=ff5e a1f2=2295 a1f3=2299 a1fe=ff0f a240=ff3c a241=2215 a242=fe68 a244=ffe5 a246=ffe0 "
          + "a247=ffe1 a3c0=2400 a3c1=2401 a3c2=2402 a3c3=2403 a3c4=2404 a3c5=2405 a3c6=2406 a3c7=2407 "
          + "a3c8=2408 a3c9=2409 a3ca=240a a3cb=240b a3cc=240c a3cd=240d a3ce=240e a3cf=240f a3d0=2410 "
          + "a3d1=2411 a3d2=2412 a3d3=2413 a3d4=2414 a3d5=2415 a3d6=2416 a3d7=2417 a3d8=2418 a3d9=2419 "
          + "a3da=241a a3db=241b a3dc=241c a3dd=241d a3de=241e a3df=241f a3e0=2421 a3e1=20ac c6cf=5ef4 "
          + "c6d3=65e0 c6d5=7676 c6d7=96b6 c6de=3003 c6df=4edd fa5f=5029 fa66=507d fabd=5305 fac5=5344 "
          + "fad5=537f fb48=5605 fbb8=5a77 fbf3=5e75 fbf9=5ed0 fc4f=5f58 fc6c=60a4 fcb9=6490 fce2=6674 "
          + "fcf1=675e fdb7=6c9c fdb8=6e1d fdbb=6e2f fdf1=716e fe52=732a fe6f=745c feaa=74e9 fedd=7809",
      "shift_jis", "875e=!");

  /** Leads whose every pair has no character in workerd (user-defined rows the JDK maps to private use). */
  private static final Map<String, Set<Integer>> UNMAPPED_LEADS = Map.of("shift_jis", Set.of(0xf9), "euc-kr", Set.of(0xc9, 0xfe));

  /** gb18030's four-byte pointers whose code points differ from the JDK's ({@code pointer=cp}). */
  private static final String FOUR_BYTE_OVERRIDES =
      "19057=9fb4 19058=9fb5 19059=9fb6 19060=9fb7 19061=9fb8 19062=9fb9 19063=9fba 19064=9fbb "
      + "39076=fe10 39077=fe11 39078=fe12 39079=fe13 39080=fe14 39081=fe15 39082=fe16 39083=fe17 "
      + "39084=fe18 39085=fe19";

  private static final Map<String, String[]> PAIR_TABLES = new ConcurrentHashMap<>();

  // a pair table's entry for a pair that is one error however its trail reads
  private static final String SWALLOWED = new String("\uFFFD");

  private static final Map<Integer, String> FOUR_BYTES = fourByteOverrides();

  private MultiByteDecoder() {}

  /** Whether this class decodes the encoding (a name as {@code TextDecoder.encoding} reports it). */
  static boolean handles(String encoding) {
    return switch (encoding) {
      case "gbk", "gb18030", "big5", "euc-jp", "shift_jis", "euc-kr" -> true;
      default -> false;
    };
  }

  /**
   * Decodes {@code data} to its end.
   *
   * @return the text, or null when {@code fatal} and a byte sequence has no character
   */
  static String decode(String encoding, byte[] data, boolean fatal) {
    StringBuilder out = new StringBuilder(data.length);
    int at = 0;
    while (at < data.length) {
      at = step(encoding, data, at, out);
      if (at < 0) {
        if (fatal) {
          return null;
        }
        at = -at - 1;
      }
    }
    return out.toString();
  }

  /** How many of {@code data} form whole sequences: a sequence cut at the end waits for more bytes. */
  static int completeLength(String encoding, byte[] data) {
    int at = 0;
    StringBuilder sink = new StringBuilder();
    while (at < data.length) {
      int start = at;
      if (cutAtEnd(encoding, data, at)) {
        return start;
      }
      at = step(encoding, data, at, sink);
      at = at < 0 ? -at - 1 : at;
      sink.setLength(0);
    }
    return data.length;
  }

  /** Whether the sequence starting at {@code at} is a valid beginning that the data's end cuts. */
  private static boolean cutAtEnd(String encoding, byte[] data, int at) {
    int b = data[at] & 0xff;
    int left = data.length - at;
    if (!isLead(encoding, b)) {
      return false;
    }
    if (left == 1) {
      return true;
    }
    int second = data[at + 1] & 0xff;
    if (encoding.equals("gb18030") || encoding.equals("gbk")) {
      return second >= 0x30 && second <= 0x39 && (left == 2 || (left == 3 && inRange(data[at + 2] & 0xff, 0x81, 0xfe)));
    }
    return encoding.equals("euc-jp") && b == 0x8f && left == 2 && inRange(second, 0xa1, 0xfe);
  }

  /**
   * Decodes the sequence at {@code at} into {@code out}: the index after it, or {@code -(index
   * after it) - 1} when it was an error (U+FFFD appended).
   */
  private static int step(String encoding, byte[] data, int at, StringBuilder out) {
    int b = data[at] & 0xff;
    if (b < 0x80) {
      out.append((char) b);
      return at + 1;
    }
    switch (encoding) {
      case "shift_jis" -> {
        if (b == 0x80) {
          out.append((char) b);
          return at + 1;
        }
        if (b >= 0xa1 && b <= 0xdf) {
          out.append((char) (0xff61 + b - 0xa1));
          return at + 1;
        }
      }
      case "euc-jp" -> {
        if (b == 0x8e && at + 1 < data.length && inRange(data[at + 1] & 0xff, 0xa1, 0xdf)) {
          out.append((char) (0xff61 + (data[at + 1] & 0xff) - 0xa1));
          return at + 2;
        }
        if (b == 0x8f) {
          return jis0212(data, at, out);
        }
      }
      case "gb18030", "gbk" -> {
        if (b != 0xff && b != 0x80 && at + 1 < data.length && inRange(data[at + 1] & 0xff, 0x30, 0x39)) {
          return fourBytes(data, at, out);
        }
      }
      default -> { }
    }
    if (!isLead(encoding, b) || at + 1 == data.length) {
      return error(out, at + 1);
    }
    int trail = data[at + 1] & 0xff;
    if (isTrail(encoding, b, trail)) {
      String text = pairTable(encoding)[(b - 0x81) * TRAILS + trail - 0x40];
      if (text == SWALLOWED) {
        return error(out, at + 2);
      }
      if (text != null) {
        out.append(text);
        return at + 2;
      }
    }
    return error(out, swallows(encoding, b, trail) ? at + 2 : at + 1);
  }

  /** Whether an invalid byte after a lead goes with it into the U+FFFD (else it is read again). */
  private static boolean swallows(String encoding, int lead, int trail) {
    return trail >= 0x80 && (isTrail(encoding, lead, trail) || !isLead(encoding, trail));
  }

  private static int error(StringBuilder out, int next) {
    out.append('\uFFFD');
    return -next - 1;
  }

  private static boolean isLead(String encoding, int b) {
    return switch (encoding) {
      case "shift_jis" -> inRange(b, 0x81, 0x9f) || inRange(b, 0xe0, 0xfc);
      case "euc-jp" -> b == 0x8e || b == 0x8f || inRange(b, 0xa1, 0xfe);
      case "big5" -> inRange(b, 0x87, 0xfe);
      default -> inRange(b, 0x81, 0xfe);
    };
  }

  private static boolean isTrail(String encoding, int lead, int trail) {
    return switch (encoding) {
      case "shift_jis" -> inRange(trail, 0x40, 0x7e) || inRange(trail, 0x80, 0xfc);
      case "euc-jp" -> lead == 0x8e ? inRange(trail, 0xa1, 0xdf) : inRange(trail, 0xa1, 0xfe);
      case "big5" -> inRange(trail, 0x40, 0x7e) || inRange(trail, 0xa1, 0xfe);
      case "euc-kr" -> inRange(trail, 0x41, 0xfe);
      default -> inRange(trail, 0x40, 0x7e) || inRange(trail, 0x80, 0xfe);
    };
  }

  private static boolean inRange(int b, int low, int high) {
    return b >= low && b <= high;
  }

  /** euc-jp's 0x8F: two more bytes (JIS X 0212). */
  private static int jis0212(byte[] data, int at, StringBuilder out) {
    if (at + 1 == data.length) {
      return error(out, at + 1);
    }
    int first = data[at + 1] & 0xff;
    if (!inRange(first, 0xa1, 0xfe)) {
      return error(out, swallows("euc-jp", 0x8f, first) ? at + 2 : at + 1);
    }
    if (at + 2 == data.length) {
      return error(out, at + 2);
    }
    if (!inRange(data[at + 2] & 0xff, 0xa1, 0xfe)) {
      // only the 0x8F goes: the two bytes after it are read again as a pair
      return error(out, at + 1);
    }
    int second = data[at + 2] & 0xff;
    String text = jdk("EUC-JP", new byte[] {(byte) 0x8f, (byte) first, (byte) second});
    if (text == null) {
      return error(out, at + 3);
    }
    out.append(text);
    return at + 3;
  }

  /** gb18030's four-byte sequences (lead, 0x30-0x39, 0x81-0xFE, 0x30-0x39). */
  private static int fourBytes(byte[] data, int at, StringBuilder out) {
    if (at + 2 == data.length) {
      return error(out, at + 2);
    }
    if (!inRange(data[at + 2] & 0xff, 0x81, 0xfe)) {
      return error(out, at + 1);
    }
    if (at + 3 == data.length) {
      return error(out, at + 3);
    }
    if (!inRange(data[at + 3] & 0xff, 0x30, 0x39)) {
      return error(out, at + 1);
    }
    int pointer = (((data[at] & 0xff) - 0x81) * 10 + (data[at + 1] & 0xff) - 0x30) * 1260
        + ((data[at + 2] & 0xff) - 0x81) * 10 + (data[at + 3] & 0xff) - 0x30;
    String text = FOUR_BYTES.get(pointer);
    if (text == null) {
      text = jdk("GB18030", new byte[] {data[at], data[at + 1], data[at + 2], data[at + 3]});
    }
    if (text == null) {
      return error(out, at + 4);
    }
    out.append(text);
    return at + 4;
  }

  /** The code points of every lead-trail pair of an encoding (null: none). */
  private static String[] pairTable(String encoding) {
    String key = encoding.equals("gbk") ? "gb18030" : encoding;
    String[] cached = PAIR_TABLES.get(key);
    if (cached != null) {
      return cached;
    }
    String[] table = new String[LEADS * TRAILS];
    JdkSequences jdk = new JdkSequences(switch (key) {
      case "gb18030" -> "GB18030";
      case "big5" -> "Big5-HKSCS";
      case "euc-kr" -> "x-windows-949";
      default -> "windows-31j";
    });
    for (int lead = 0x81; lead <= 0xfe; lead++) {
      for (int trail = 0x40; trail <= 0xfe; trail++) {
        table[(lead - 0x81) * TRAILS + trail - 0x40] = jdkPair(jdk, key, lead, trail);
      }
    }
    for (int lead : UNMAPPED_LEADS.getOrDefault(key, Set.of())) {
      Arrays.fill(table, (lead - 0x81) * TRAILS, (lead - 0x80) * TRAILS, null);
    }
    for (String entry : PAIR_OVERRIDES.getOrDefault(key, "").split(" ")) {
      if (entry.isEmpty()) {
        continue;
      }
      int pair = Integer.parseInt(entry.substring(0, 4), 16);
      String value = entry.substring(5);
      table[((pair >> 8) - 0x81) * TRAILS + (pair & 0xff) - 0x40] = value.equals("!") ? SWALLOWED : codePoints(value);
    }
    PAIR_TABLES.put(key, table);
    return table;
  }

  private static String codePoints(String hex) {
    StringBuilder text = new StringBuilder();
    for (String cp : hex.split("\\+")) {
      text.appendCodePoint(Integer.parseInt(cp, 16));
    }
    return text.toString();
  }

  private static Map<Integer, String> fourByteOverrides() {
    Map<Integer, String> map = new HashMap<>();
    for (String entry : FOUR_BYTE_OVERRIDES.split(" ")) {
      int eq = entry.indexOf('=');
      map.put(Integer.parseInt(entry.substring(0, eq)), codePoints(entry.substring(eq + 1)));
    }
    return map;
  }

  private static String jdkPair(JdkSequences jdk, String encoding, int lead, int trail) {
    return switch (encoding) {
      case "euc-jp" -> {
        // JIS X 0208 as shift_jis has it: the same index, pointer (lead - 0xA1) * 94 + trail - 0xA1
        if (lead < 0xa1 || trail < 0xa1) {
          yield null;
        }
        int pointer = (lead - 0xa1) * 94 + trail - 0xa1;
        int row = pointer / 188;
        int cell = pointer % 188;
        yield jdk.text(new byte[] {(byte) (row + (row < 0x1f ? 0x81 : 0xc1)), (byte) (cell + (cell < 0x3f ? 0x40 : 0x41))});
      }
      default -> jdk.text(new byte[] {(byte) lead, (byte) trail});
    };
  }

  /** The JDK charset's text for one whole sequence, or null when it has none. */
  private static String jdk(String charset, byte[] sequence) {
    return new JdkSequences(charset).text(sequence);
  }

  /** Decodes short sequences one by one with one JDK decoder (a pair table asks it 24,066 times). */
  private static final class JdkSequences {
    private final CharsetDecoder decoder;
    private final CharBuffer chars = CharBuffer.allocate(8);

    JdkSequences(String charset) {
      decoder = Charset.forName(charset).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    String text(byte[] sequence) {
      decoder.reset();
      chars.clear();
      ByteBuffer in = ByteBuffer.wrap(sequence);
      if (decoder.decode(in, chars, true).isError() || in.hasRemaining() || decoder.flush(chars).isError()) {
        return null;
      }
      chars.flip();
      String text = chars.toString();
      return text.isEmpty() || text.indexOf('\uFFFD') >= 0 || text.codePointCount(0, text.length()) != 1 ? null : text;
    }
  }
}
