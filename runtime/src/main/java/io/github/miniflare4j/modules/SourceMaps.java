package io.github.miniflare4j.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source maps of the JVM's worker files, and stack traces rewritten through them, as
 * Miniflare does when it reports a worker's error: a file with a {@code //# sourceMappingURL=}
 * comment (a file beside it or an inline {@code data:} map), or with a {@code <file>.map} beside
 * it, has its frames shown at the original sources' file, line and column. Maps are read on the
 * first frame that needs them and re-read when the map file changes. TypeScript needs no map (the
 * stripper keeps every line and column). Thread-safe.
 */
public final class SourceMaps {

  private static final Logger LOG = LoggerFactory.getLogger(SourceMaps.class);
  /** The last {@code sourceMappingURL} comment of a file ({@code //@} is the old form). */
  private static final Pattern URL_COMMENT =
      Pattern.compile("(?m)^[ \\t]*//[#@][ \\t]*sourceMappingURL[ \\t]*=[ \\t]*(\\S+)[ \\t]*$");
  /** {@code file:line:column} inside {@code (...)}, after {@code at } or alone on a line. */
  private static final Pattern FRAME =
      Pattern.compile("(?m)(?<=\\(|\\bat |^)((?:file://)?[^()\\s][^()\\n]*?):(\\d+):(\\d+)(?=\\)|[ \\t]*$)");

  /** Where a generated file's map comes from: a map file, or the text of an inline map. */
  private static final class Entry {
    final Path mapFile;
    final String inline;
    final Path directory;
    volatile long stamp = Long.MIN_VALUE;
    volatile SourceMap map;

    Entry(Path mapFile, String inline, Path directory) {
      this.mapFile = mapFile;
      this.inline = inline;
      this.directory = directory;
    }
  }

  private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

  private SourceMaps() {}

  /**
   * Notes the source map of a generated file, if it has one: its {@code sourceMappingURL} comment,
   * else a {@code <file>.map} beside it. Nothing is parsed yet.
   *
   * @param file the generated JavaScript file (its path as stack traces show it)
   * @param code its content
   */
  public static void register(Path file, String code) {
    String key = file.toString();
    String url = lastUrl(code);
    Entry entry = null;
    Path dir = file.getParent();
    if (url != null && url.startsWith("data:")) {
      int comma = url.indexOf(',');
      if (comma > 0) {
        String meta = url.substring(5, comma);
        String data = url.substring(comma + 1);
        String json = meta.endsWith(";base64")
            ? new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8)
            : java.net.URLDecoder.decode(data, StandardCharsets.UTF_8);
        entry = new Entry(null, json, dir);
      }
    } else if (url != null && !url.contains("://")) {
      Path map = dir.resolve(java.net.URLDecoder.decode(url, StandardCharsets.UTF_8)).normalize();
      entry = Files.isRegularFile(map) ? new Entry(map, null, map.getParent()) : null;
    } else if (url == null) {
      Path beside = file.resolveSibling(file.getFileName() + ".map");
      entry = Files.isRegularFile(beside) ? new Entry(beside, null, dir) : null;
    }
    if (entry == null) {
      ENTRIES.remove(key);
    } else {
      ENTRIES.put(key, entry);
    }
  }

  /**
   * The map of a generated file.
   *
   * @param file the generated file's path as registered
   * @return the decoded map, or {@code null} when it has none (or it cannot be read: logged once)
   */
  public static SourceMap of(String file) {
    Entry entry = ENTRIES.get(file);
    if (entry == null) {
      return null;
    }
    long stamp = 0;
    if (entry.mapFile != null) {
      try {
        stamp = Files.getLastModifiedTime(entry.mapFile).toMillis() ^ Files.size(entry.mapFile);
      } catch (IOException e) {
        return null;
      }
    }
    if (entry.stamp != stamp) {
      synchronized (entry) {
        if (entry.stamp != stamp) {
          try {
            String json = entry.inline != null ? entry.inline : Files.readString(entry.mapFile);
            entry.map = SourceMap.parse(json, entry.directory);
          } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the source map of {} ({}): {}", file,
                entry.mapFile != null ? entry.mapFile : "inline", e.getMessage());
            entry.map = null;
          }
          entry.stamp = stamp;
        }
      }
    }
    return entry.map;
  }

  /**
   * Rewrites every {@code file:line:column} of a stack trace (or any text, such as a console
   * line) whose file has a source map to the original position; other text is kept.
   *
   * @param text stack frames or a message
   * @return the text with mapped positions
   */
  public static String mapStack(String text) {
    if (text == null || ENTRIES.isEmpty() || text.indexOf(':') < 0) {
      return text;
    }
    Matcher m = FRAME.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String file = m.group(1);
      String path = file.startsWith("file://") ? Path.of(java.net.URI.create(file)).toString() : file;
      SourceMap map = of(path);
      if (map == null) {
        continue;
      }
      SourceMap.Position p = map.original(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (p == null) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length() + 32) : out;
      out.append(text, last, m.start()).append(p.source()).append(':').append(p.line()).append(':').append(p.column());
      last = m.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  private static String lastUrl(String code) {
    int at = Math.max(code.lastIndexOf("sourceMappingURL"), -1);
    if (at < 0) {
      return null;
    }
    int lineStart = code.lastIndexOf('\n', at) + 1;
    Matcher m = URL_COMMENT.matcher(code);
    m.region(lineStart, code.length());
    String url = null;
    while (m.find()) {
      url = m.group(1);
    }
    return url;
  }
}
