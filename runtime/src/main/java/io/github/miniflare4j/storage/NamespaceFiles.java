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
  private static final Pattern SAFE_DIRECTORY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}");

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
   * The directory of a group of namespaces under {@code root}, such as the objects of one Durable
   * Object class ({@code <worker>-<class>}, Miniflare's layout). A name of letters (either case),
   * digits, {@code _}, {@code -} and {@code .} (at most 128, not starting with {@code .}; an
   * unnamed worker's classes start with {@code -}) names its directory directly; any other name is mapped as {@link #fileName} maps
   * ids, so that it stays one segment under {@code root}.
   *
   * @param root the persistence directory
   * @param name the group's name, any string
   * @return the directory; it may not exist yet
   */
  public static Path directory(Path root, String name) {
    return root.resolve(SAFE_DIRECTORY.matcher(name).matches() ? name : fileName(name));
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
