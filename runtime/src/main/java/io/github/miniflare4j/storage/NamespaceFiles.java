package io.github.miniflare4j.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a persisted namespace lives: one file per namespace id under a root directory. An id
 * is never used as a path: ids made of lower-case letters, digits, {@code _} and {@code -} (at
 * most 64, not starting with {@code -}) name their file directly; any other id (upper case,
 * dots, slashes, {@code ..}, non-ASCII, long) becomes a sanitised readable stem plus {@code ~}
 * and a SHA-256 digest of the id, so that ids differing only in case stay apart on
 * case-insensitive file systems.
 */
public final class NamespaceFiles {

  private static final Pattern SAFE = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,63}");

  private NamespaceFiles() {}

  /**
   * The file of namespace {@code id} under {@code root}, ending in {@code suffix}.
   *
   * @param root the persistence directory
   * @param id the namespace id, any string
   * @param suffix the file suffix, for example {@code ".sqlite"}
   * @return the path; the file may not exist yet
   */
  public static Path file(Path root, String id, String suffix) {
    return root.resolve(fileName(id) + suffix);
  }

  /**
   * The file name stem for an id (without suffix); always a single safe path segment.
   *
   * @param id the namespace id, any string
   * @return the id itself when it is a short lowercase name, otherwise a sanitised prefix and
   *     {@code ~} and a hash of the id
   */
  public static String fileName(String id) {
    if (SAFE.matcher(id).matches()) {
      return id;
    }
    String stem = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    if (stem.length() > 32) {
      stem = stem.substring(0, 32);
    }
    return stem + "~" + digest(id);
  }

  private static String digest(String id) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
