package io.github.miniflare4j.storage;

import java.util.Comparator;

/**
 * Orders strings by their UTF-8 bytes, as KV and SQLite's binary collation do. That is code
 * point order, which differs from {@link String#compareTo} for characters beyond the BMP.
 */
public final class Utf8Order implements Comparator<String> {

  /** The shared instance. */
  public static final Utf8Order INSTANCE = new Utf8Order();

  private Utf8Order() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
