package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Decodes the legacy encodings of the Encoding Standard that {@code TextDecoder} accepts beside
 * UTF-8 and UTF-16 (which the prelude decodes itself), through the JDK's charsets (the CJK
 * multi-byte ones through {@link MultiByteDecoder}'s loops and {@link Iso2022JpDecoder}). Stateless;
 * one instance serves every isolate.
 */
public final class TextCodec {

  /** The one instance. */
  public static final TextCodec INSTANCE = new TextCodec();

  /** Encoding Standard name (as {@code TextDecoder.encoding} reports it) to JDK charset name. */
  private static final Map<String, String> CHARSETS =
      Map.ofEntries(
          Map.entry("ibm866", "IBM866"),
          Map.entry("iso-8859-2", "ISO-8859-2"),
          Map.entry("iso-8859-3", "ISO-8859-3"),
          Map.entry("iso-8859-4", "ISO-8859-4"),
          Map.entry("iso-8859-5", "ISO-8859-5"),
          Map.entry("iso-8859-6", "ISO-8859-6"),
          Map.entry("iso-8859-7", "ISO-8859-7"),
          Map.entry("iso-8859-8", "ISO-8859-8"),
          Map.entry("iso-8859-8-i", "ISO-8859-8"),
          Map.entry("iso-8859-10", "ISO-8859-10"),
          Map.entry("iso-8859-13", "ISO-8859-13"),
          Map.entry("iso-8859-14", "ISO-8859-14"),
          Map.entry("iso-8859-15", "ISO-8859-15"),
          Map.entry("iso-8859-16", "ISO-8859-16"),
          Map.entry("koi8-r", "KOI8-R"),
          Map.entry("koi8-u", "KOI8-U"),
          Map.entry("macintosh", "x-MacRoman"),
          Map.entry("windows-874", "x-windows-874"),
          Map.entry("windows-1250", "windows-1250"),
          Map.entry("windows-1251", "windows-1251"),
          Map.entry("windows-1252", "windows-1252"),
          Map.entry("windows-1253", "windows-1253"),
          Map.entry("windows-1254", "windows-1254"),
          Map.entry("windows-1255", "windows-1255"),
          Map.entry("windows-1256", "windows-1256"),
          Map.entry("windows-1257", "windows-1257"),
          Map.entry("windows-1258", "windows-1258"),
          Map.entry("x-mac-cyrillic", "x-MacCyrillic"),
          Map.entry("gbk", "GBK"),
          Map.entry("gb18030", "GB18030"),
          Map.entry("big5", "Big5-HKSCS"),
          Map.entry("euc-jp", "EUC-JP"),
          Map.entry("iso-2022-jp", "ISO-2022-JP"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("euc-kr", "x-windows-949"));

  // WHATWG's windows-1252 (also "latin1" and "ascii"): every byte has a character; the five the
  // JDK leaves unmapped (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand for the C1 control of that value
  private static final char[] WINDOWS_1252 = windows1252Table();

  /** Single-byte encodings whose table differs from the JDK's at a few bytes (WHATWG indexes, as workerd decodes). */
  private static final Map<String, Map<Integer, Character>> SINGLE_BYTE_OVERRIDES =
      Map.of(
          "koi8-u", Map.of(0xae, '\u045e', 0xbe, '\u040e'),
          "windows-1255", Map.of(0xca, '\u05ba'),
          "x-mac-cyrillic", Map.of(0xa2, '\u0490', 0xb6, '\u0491', 0xff, '\u20ac'));

  /**
   * Single-byte encodings the JDK lacks (the WHATWG indexes workerd decodes with): the characters
   * of the bytes 0x80-0xFF, four hex digits each; the bytes below 0x80 are ASCII.
   */
  private static final Map<String, String> UPPER_HALVES =
      Map.of(
          "iso-8859-10",
              "0080008100820083008400850086008700880089008a008b008c008d008e008f"
              + "0090009100920093009400950096009700980099009a009b009c009d009e009f"
              + "00a0010401120122012a0128013600a7013b011001600166017d00ad016a014a"
              + "00b0010501130123012b0129013700b7013c011101610167017e2015016b014b"
              + "010000c100c200c300c400c500c6012e010c00c9011800cb011600cd00ce00cf"
              + "00d00145014c00d300d400d500d6016800d8017200da00db00dc00dd00de00df"
              + "010100e100e200e300e400e500e6012f010d00e9011900eb011700ed00ee00ef"
              + "00f00146014d00f300f400f500f6016900f8017300fa00fb00fc00fd00fe0138",
          "iso-8859-14",
              "0080008100820083008400850086008700880089008a008b008c008d008e008f"
              + "0090009100920093009400950096009700980099009a009b009c009d009e009f"
              + "00a01e021e0300a3010a010b1e0a00a71e8000a91e821e0b1ef200ad00ae0178"
              + "1e1e1e1f012001211e401e4100b61e561e811e571e831e601ef31e841e851e61"
              + "00c000c100c200c300c400c500c600c700c800c900ca00cb00cc00cd00ce00cf"
              + "017400d100d200d300d400d500d61e6a00d800d900da00db00dc00dd017600df"
              + "00e000e100e200e300e400e500e600e700e800e900ea00eb00ec00ed00ee00ef"
              + "017500f100f200f300f400f500f61e6b00f800f900fa00fb00fc00fd017700ff");

  // the single-byte encodings' tables, built on first use
  private static final Map<String, char[]> SINGLE_BYTE_TABLES = new ConcurrentHashMap<>();

  private TextCodec() {}

  /**
   * The table of a single-byte encoding (every byte one character, U+FFFD where the encoding has
   * none), or null for a multi-byte one. As in the WHATWG indexes workerd follows, the bytes
   * 0x80-0x9F the JDK leaves unmapped stand for the C1 control of that value.
   */
  private static char[] singleByteTable(String encoding) {
    char[] cached = SINGLE_BYTE_TABLES.get(encoding);
    if (cached != null) {
      return cached;
    }
    String upper = UPPER_HALVES.get(encoding);
    if (upper != null) {
      char[] table = new char[256];
      for (int i = 0; i < 256; i++) {
        table[i] = i < 0x80 ? (char) i : (char) Integer.parseInt(upper.substring((i - 0x80) * 4, (i - 0x80) * 4 + 4), 16);
      }
      SINGLE_BYTE_TABLES.put(encoding, table);
      return table;
    }
    Charset charset = charset(encoding);
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return null;
    }
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    char[] table = new char[256];
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD");
    for (int i = 0; i < 256; i++) {
      String one;
      try {
        one = decoder.reset().decode(ByteBuffer.wrap(all, i, 1)).toString();
      } catch (CharacterCodingException e) {
        one = "\uFFFD";
      }
      char c = one.length() == 1 ? one.charAt(0) : '\uFFFD';
      table[i] = c == '\uFFFD' && i >= 0x80 && i <= 0x9f ? (char) i : c;
    }
    SINGLE_BYTE_OVERRIDES.getOrDefault(encoding, Map.of()).forEach((b, c) -> table[b] = c);
    SINGLE_BYTE_TABLES.put(encoding, table);
    return table;
  }

  /** Decodes through a single-byte table; null when fatal and a byte has no character. */
  private static String singleByte(char[] table, byte[] data, boolean fatal) {
    char[] out = new char[data.length];
    for (int i = 0; i < data.length; i++) {
      out[i] = table[data[i] & 0xff];
      if (fatal && out[i] == '\uFFFD') {
        return null;
      }
    }
    return new String(out);
  }

  /**
   * How many of {@code bytes} form whole characters of the encoding: a streaming decode keeps
   * the rest (a multi-byte character cut at the end) for the next call.
   *
   * @param encoding a WHATWG encoding name, as {@code TextDecoder} resolved it
   * @param bytes the bytes; loop thread only
   * @return the length of the prefix to decode now
   */
  @HostAccess.Export
  public int completeLength(String encoding, Value bytes) {
    byte[] data = JsBytes.bytesOrNull(bytes);
    if (data == null || "windows-1252".equals(encoding) || singleByteTable(encoding) != null) {
      return data == null ? 0 : data.length;
    }
    if (MultiByteDecoder.handles(encoding)) {
      return MultiByteDecoder.completeLength(encoding, data);
    }
    CharsetDecoder decoder = charset(encoding).newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(data);
    decoder.decode(in, CharBuffer.allocate(data.length * 2 + 16), false);
    return in.position();
  }

  private static char[] windows1252Table() {
    char[] table = new char[256];
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String decoded = new String(all, Charset.forName("windows-1252"));
    for (int i = 0; i < 256; i++) {
      char c = decoded.charAt(i);
      table[i] = c == '\uFFFD' ? (char) i : c;
    }
    return table;
  }

  private static String windows1252(byte[] data) {
    char[] out = new char[data.length];
    for (int i = 0; i < data.length; i++) {
      out[i] = WINDOWS_1252[data[i] & 0xff];
    }
    return new String(out);
  }

  /**
   * Decodes {@code bytes} (a JS typed array or ArrayBuffer) in the named encoding. Malformed
   * input becomes U+FFFD, or makes the result {@code null} when {@code fatal}.
   *
   * @throws IllegalArgumentException when the JDK has no charset for the encoding
   * @param encoding a WHATWG encoding label, as {@code TextDecoder} resolved it
   * @param bytes the bytes; loop thread only
   * @param fatal whether malformed input fails instead of being replaced
   * @return the text, or {@code null} for malformed input when {@code fatal}
   */
  @HostAccess.Export
  public String decode(String encoding, Value bytes, boolean fatal) {
    byte[] data = JsBytes.bytesOrNull(bytes);
    if ("windows-1252".equals(encoding)) {
      return windows1252(data == null ? new byte[0] : data);
    }
    char[] table = singleByteTable(encoding);
    if (table != null) {
      return singleByte(table, data == null ? new byte[0] : data, fatal);
    }
    if (MultiByteDecoder.handles(encoding)) {
      return MultiByteDecoder.decode(encoding, data == null ? new byte[0] : data, fatal);
    }
    if ("iso-2022-jp".equals(encoding)) {
      String text = Iso2022JpDecoder.decode(data == null ? new byte[0] : data, fatal, true, 0);
      return text == null ? null : text.substring(2);
    }
    return decodeWith(charset(encoding), data == null ? new byte[0] : data, fatal);
  }

  private static String decodeWith(Charset charset, byte[] data, boolean fatal) {
    CharsetDecoder decoder = charset.newDecoder();
    CodingErrorAction action = fatal ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
    decoder.onMalformedInput(action).onUnmappableCharacter(action).replaceWith("\uFFFD");
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(data));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Decodes one chunk of iso-2022-jp, whose escape state lives on between the chunks of a
   * streaming decode.
   *
   * @param bytes the bytes; loop thread only
   * @param fatal whether an error fails the decode instead of being replaced
   * @param stream whether more chunks follow (else the input ends with this one)
   * @param state the state the previous chunk left (its result's first two units), 0 at the start
   * @return the state after this chunk as the first two {@code char}s (high and low half; 0 when
   *     not streaming), then the text; null for an error when {@code fatal}
   */
  @HostAccess.Export
  public String decodeIso2022Jp(Value bytes, boolean fatal, boolean stream, int state) {
    byte[] data = JsBytes.bytesOrNull(bytes);
    return Iso2022JpDecoder.decode(data == null ? new byte[0] : data, fatal, !stream, state);
  }

  /**
   * Whether the JDK of this JVM can decode the named encoding.
   *
   * @param encoding a WHATWG encoding label
   * @return {@code true} when this JVM has a charset for it
   */
  @HostAccess.Export
  public boolean supports(String encoding) {
    String name = CHARSETS.get(encoding);
    return UPPER_HALVES.containsKey(encoding) || (name != null && Charset.isSupported(name));
  }

  /**
   * The JDK charset of an Encoding Standard encoding this class decodes.
   *
   * @param encoding an encoding name, as {@code TextDecoder.encoding} reports it
   * @return the charset, or null when this JVM has none for it
   */
  public static Charset charsetOrNull(String encoding) {
    String name = CHARSETS.get(encoding);
    return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
  }

  private static Charset charset(String encoding) {
    String name = CHARSETS.get(encoding);
    if (name == null || !Charset.isSupported(name)) {
      throw new IllegalArgumentException(
          "TextDecoder encoding \"" + encoding + "\" has no charset in this JDK; supported: " + CHARSETS.keySet());
    }
    return Charset.forName(name);
  }
}
