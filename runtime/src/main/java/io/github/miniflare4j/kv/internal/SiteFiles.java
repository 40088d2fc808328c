package io.github.miniflare4j.kv.internal;

import io.github.miniflare4j.storage.KeyRange;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import io.github.miniflare4j.storage.StoredValue;
import io.github.miniflare4j.storage.Utf8Order;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a Workers Sites folder as the read-only KV namespace {@code __STATIC_CONTENT}
 * serves them, read from disk on every call (edits show at once). A file's key is {@code
 * $__MINIFLARE_SITES__$/} followed by its path relative to the folder, URI-component encoded
 * ({@code sub/a b.txt} is {@code $__MINIFLARE_SITES__$/sub%2Fa%20b.txt}); a key without that
 * prefix is read as a plain path. Only files the site's filter lets through exist. Writes are
 * refused before they reach this store; the store itself keeps nothing.
 */
public final class SiteFiles implements KeyValueStore {

  /** What every key of a site starts with (Miniflare's marker for keys its cache must skip). */
  public static final String KEY_PREFIX = "$__MINIFLARE_SITES__$/";

  private final Path folder;
  private final SiteGlobs include;
  private final SiteGlobs exclude;

  /**
   * A site over a folder.
   *
   * @param folder the site's folder
   * @param include when not {@code null}, only paths it matches exist (the exclusions are then
   *     ignored, as in Miniflare)
   * @param exclude when not {@code null} (and no inclusion is given), paths it matches do not exist
   */
  public SiteFiles(Path folder, SiteGlobs include, SiteGlobs exclude) {
    this.folder = folder.toAbsolutePath().normalize();
    this.include = include;
    this.exclude = exclude;
  }

  /**
   * The site's manifest: each file's path to its key, depth first with each folder's entries in
   * byte order, as Miniflare walks the folder. Dotfiles are listed, though reads and listings of
   * the namespace never show them (Miniflare's file service hides them).
   *
   * @return relative paths to keys
   */
  public Map<String, String> manifest() {
    Map<String, String> manifest = new LinkedHashMap<>();
    for (String path : walk(true)) {
      manifest.put(path, key(path));
    }
    return manifest;
  }

  /**
   * The keys the namespace lists: every visible file but dotfiles (and files in dot-folders),
   * sorted by their UTF-8 bytes.
   *
   * @return the keys
   */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String path : walk(false)) {
      keys.add(key(path));
    }
    keys.sort(Utf8Order.INSTANCE);
    return keys;
  }

  /** The key of a path: the prefix and the path as {@code encodeURIComponent} encodes it. */
  static String key(String path) {
    StringBuilder out = new StringBuilder(KEY_PREFIX);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** The path a key names, or {@code null} when its encoding is malformed. */
  private static String path(String key) {
    if (!key.startsWith(KEY_PREFIX)) {
      return key;
    }
    return percentDecoded(key.substring(KEY_PREFIX.length()));
  }

  /** {@code decodeURIComponent}: {@code null} for a malformed sequence; {@code +} stays a plus. */
  private static String percentDecoded(String encoded) {
    try {
      return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private boolean visible(String path) {
    if (include != null) {
      return include.matches(path);
    }
    return exclude == null || !exclude.matches(path);
  }

  /** The visible files' relative paths, depth first, each folder's entries in byte order. */
  private List<String> walk(boolean withDotfiles) {
    List<String> paths = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      walk(folder, "", withDotfiles, paths);
    }
    return paths;
  }

  private void walk(Path dir, String prefix, boolean withDotfiles, List<String> paths) {
    for (Entry entry : entries(dir)) {
      if (!withDotfiles && entry.name().startsWith(".")) {
        continue;
      }
      String path = prefix + entry.name();
      if (entry.directory()) {
        walk(dir.resolve(entry.name()), path + "/", withDotfiles, paths);
      } else if (visible(path)) {
        paths.add(path);
      }
    }
  }

  /** A folder's entries, in byte order of their names. */
  private static List<Entry> entries(Path dir) {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      children.forEach(child -> entries.add(new Entry(child.getFileName().toString(), Files.isDirectory(child))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the Workers Sites folder " + dir + ": " + e.getMessage(), e);
    }
    entries.sort((a, b) -> Utf8Order.INSTANCE.compare(a.name(), b.name()));
    return entries;
  }

  /** One entry of a folder. */
  private record Entry(String name, boolean directory) {}

  /**
   * A key's value: the file's bytes, or for a folder the JSON list of its entries ({@code
   * [{"name","type":"file"|"directory"}]}, as Miniflare's file service answers); {@code null}
   * when the site has no such file. The path is resolved as a URL path: {@code ..} never climbs
   * above the site's folder, a {@code ?} or {@code #} ends it, and no part may start with a dot.
   */
  @Override
  public StoredValue get(String key) {
    String path = path(key);
    if (path == null || path.isEmpty() || !visible(path)) {
      return null;
    }
    Path file = resolve(path);
    if (file == null) {
      return null;
    }
    try {
      if (Files.isDirectory(file)) {
        return new StoredValue(listing(file).getBytes(StandardCharsets.UTF_8), null, null);
      }
      return Files.isRegularFile(file) ? new StoredValue(Files.readAllBytes(file), null, null) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The file a path names inside the folder, or {@code null} when a part of it is a dotfile. */
  private Path resolve(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '?' || path.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    List<String> parts = new ArrayList<>();
    for (String part : path.substring(0, end).replace('\\', '/').split("/", -1)) {
      String decoded = percentDecoded(part);
      if (decoded == null) {
        return null;
      }
      if (decoded.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!decoded.isEmpty() && !decoded.equals(".")) {
        if (decoded.startsWith(".") || decoded.contains("/") || decoded.contains("\\")) {
          return null;
        }
        parts.add(decoded);
      }
    }
    Path file = folder;
    for (String part : parts) {
      file = file.resolve(part);
    }
    return file;
  }

  /** A folder's entries as Miniflare's file service lists them, dotfiles left out. */
  private static String listing(Path dir) {
    StringBuilder json = new StringBuilder("[");
    for (Entry entry : entries(dir)) {
      if (entry.name().startsWith(".")) {
        continue;
      }
      json.append(json.length() == 1 ? "" : ",").append("{\"name\":");
      appendJsonString(json, entry.name());
      json.append(",\"type\":\"").append(entry.directory() ? "directory" : "file").append("\"}");
    }
    return json.append(']').toString();
  }

  private static void appendJsonString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  @Override
  public List<Map.Entry<String, StoredValue>> list(KeyRange range) {
    List<String> keys = keys();
    if (range.reverse()) {
      java.util.Collections.reverse(keys);
    }
    List<Map.Entry<String, StoredValue>> page = new ArrayList<>();
    for (String key : keys) {
      if (range.limited() && page.size() >= range.limit()) {
        break;
      }
      if (range.contains(key)) {
        page.add(Map.entry(key, new StoredValue(new byte[0], null, null)));
      }
    }
    return page;
  }

  @Override
  public void put(String key, StoredValue value) {
    throw new UnsupportedOperationException("a Workers Sites namespace is read-only");
  }

  @Override
  public boolean delete(String key) {
    throw new UnsupportedOperationException("a Workers Sites namespace is read-only");
  }

  @Override
  public int deleteExpired(long nowMillis) {
    return 0;
  }

  @Override
  public void clear() {
    // nothing is stored: the files are the site's
  }

  @Override
  public long size() {
    return keys().size();
  }

  @Override
  public StoreSnapshot snapshot() {
    throw new UnsupportedOperationException("a Workers Sites namespace keeps no state to snapshot");
  }

  @Override
  public void restore(StoreSnapshot snapshot) {
    throw new UnsupportedOperationException("a Workers Sites namespace keeps no state to restore");
  }
}
