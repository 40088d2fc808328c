package io.github.miniflare4j.assets;

import io.github.miniflare4j.internal.ContentTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The files of an assets directory, addressed by their URL path ({@code /blog/index.html}).
 * Read at each request, so edits show without a restart. Symbolic links, directories and what
 * {@link AssetsIgnore} leaves out (the configuration files, the {@code .assetsignore} list) are
 * not assets.
 */
final class AssetFiles {

  /** The largest asset Cloudflare serves: 25 MiB. */
  static final long MAX_ASSET_SIZE = 25L * 1024 * 1024;

  private final Path root;
  private final AssetsIgnore ignore;

  AssetFiles(Path root, AssetsIgnore ignore) {
    this.root = root.toAbsolutePath().normalize();
    this.ignore = ignore;
  }

  Path root() {
    return root;
  }

  /**
   * Whether an asset lives at a decoded URL path.
   *
   * @param path a decoded path starting with {@code /}
   * @return the path itself when a file is there (the asset's identity), else {@code null}
   */
  String exists(String path) {
    Path file = file(path);
    return file != null ? path : null;
  }

  /** The file of a path, or {@code null} when none (or the path leaves the directory). */
  private Path file(String path) {
    if (!path.startsWith("/") || path.endsWith("/") || ignore.ignores(path.substring(1))) {
      return null;
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
          || segment.indexOf('\0') >= 0) {
        return null;
      }
    }
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    return file;
  }

  /**
   * The asset at a path that {@link #exists} found.
   *
   * @param path the asset's path
   * @return its bytes, type and entity tag, or {@code null} when it disappeared meanwhile
   */
  Asset read(String path) {
    Path file = file(path);
    if (file == null) {
      return null;
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.size() > MAX_ASSET_SIZE) {
        throw new IllegalStateException("Asset too large: " + file + " has " + attributes.size()
            + " bytes; Cloudflare Workers serve assets of up to 25 MiB");
      }
      String eTag = eTag(file + Long.toString(attributes.lastModifiedTime().toMillis()));
      return new Asset(path, ContentTypes.of(path), eTag, Files.readAllBytes(file));
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read asset " + file + ": " + e.getMessage(), e);
    }
  }

  /** Like Miniflare's: a hash of the file's location and modification time, 32 hex digits. */
  private static String eTag(String identity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One file's content.
   *
   * @param path its URL path
   * @param contentType its type, or {@code null} when unknown
   * @param eTag its entity tag, without quotes
   * @param bytes its content
   */
  record Asset(String path, String contentType, String eTag, byte[] bytes) {}
}
