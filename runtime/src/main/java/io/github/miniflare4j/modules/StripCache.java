package io.github.miniflare4j.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stripped JavaScript of TypeScript sources, kept on disk under the SHA-256 of the stripper's
 * version and the source text, so a later JVM reads instead of stripping. A cache that cannot be
 * written is skipped silently: it only saves time.
 */
final class StripCache {

  /** Changes whenever the stripper's output for the same input may change. */
  static final String VERSION = "m4j-strip-7";

  private final Path dir;

  /** @param dir the cache directory, or {@code null} for no cache */
  StripCache(Path dir) {
    this.dir = dir;
  }

  /** The directory given, else the system property, else a folder in the temporary directory; {@code null} for "none". */
  static StripCache of(Path configured) {
    if (configured != null) {
      return new StripCache(configured);
    }
    String property = System.getProperty(ModuleOptions.CACHE_DIR_PROPERTY);
    if (property != null) {
      return new StripCache(property.equals("none") ? null : Path.of(property));
    }
    return new StripCache(Path.of(System.getProperty("java.io.tmpdir"), "miniflare4j-ts-cache"));
  }

  String strip(String source, Path file) {
    return strip(source, file, false);
  }

  /**
   * @param legacyDecorators whether tsconfig asks for TypeScript's experimental decorators, which
   *     the stripper refuses
   */
  String strip(String source, Path file, boolean legacyDecorators) {
    if (dir == null) {
      return TypeScriptStripper.strip(source, file.toString(), legacyDecorators);
    }
    Path entry = dir.resolve(hash(legacyDecorators ? "\0experimentalDecorators\0" + source : source) + ".js");
    try {
      if (Files.isRegularFile(entry)) {
        return Files.readString(entry, StandardCharsets.UTF_8);
      }
    } catch (IOException unreadable) {
      // strip again below
    }
    String js = TypeScriptStripper.strip(source, file.toString(), legacyDecorators);
    write(entry, js);
    return js;
  }

  private void write(Path entry, String js) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "strip", ".tmp");
      Files.writeString(tmp, js, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // an unwritable cache only costs time
    }
  }

  private static String hash(String source) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(VERSION.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
