package io.github.miniflare4j.scheduled.internal;

/** JavaScript's number parsing where a Miniflare path applies it to text from a URL. */
final class JsNumbers {

  private JsNumbers() {}

  /**
   * {@code parseInt(text)} without a radix: leading white space and a sign are skipped, {@code
   * 0x} reads hexadecimal, digits are read up to the first other character.
   *
   * @return the value, or {@code NaN} when no digit starts the text
   */
  static double parseInt(String text) {
    String s = text.strip();
    int i = 0;
    double sign = 1;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      sign = s.charAt(i) == '-' ? -1 : 1;
      i++;
    }
    int radix = 10;
    if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
      radix = 16;
      i += 2;
    }
    double value = 0;
    int start = i;
    while (i < s.length() && digit(s.charAt(i), radix) >= 0) {
      value = value * radix + digit(s.charAt(i), radix);
      i++;
    }
    return i == start ? Double.NaN : sign * value;
  }

  /** ASCII digits only, as JavaScript reads them. */
  private static int digit(char c, int radix) {
    return c < 128 ? Character.digit(c, radix) : -1;
  }
}
