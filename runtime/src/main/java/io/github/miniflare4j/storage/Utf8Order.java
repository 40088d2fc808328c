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

  /**
   * The smallest string greater than every string starting with {@code prefix}, or {@code null}
   * when there is none (empty prefix, or only U+10FFFF code points).
   *
   * @param prefix the prefix; not {@code null}
   * @return the exclusive upper bound of the prefix's range, or {@code null}
   */
  public static String successorOfPrefix(String prefix) {
    int end = prefix.length();
    while (end > 0) {
      int last = prefix.codePointBefore(end);
      int cut = end - Character.charCount(last);
      if (last < Character.MAX_CODE_POINT) {
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        return prefix.substring(0, cut) + new String(Character.toChars(next));
      }
      end = cut;
    }
    return null;
  }
}
