package io.github.miniflare4j.images.internal;

/** JavaScript's {@code String(number)} for the numbers JSON carries, as error messages quote them. */
final class JsNumbers {

  private JsNumbers() {}

  static String text(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e21) {
      return Long.toString((long) value);
    }
    String s = Double.toString(value);
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    String mantissa = s.substring(0, e).replaceAll("\\.0$", "");
    String exponent = s.substring(e + 1);
    return mantissa + "e" + (exponent.startsWith("-") ? exponent : "+" + exponent);
  }
}
