package io.github.miniflare4j.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A decoded source map (version 3, the format esbuild, tsc and Wrangler write): answers where a
 * position of the generated file came from. Index maps ({@code sections}) are not read.
 * Immutable and thread-safe.
 */
public final class SourceMap {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A position in an original source.
   *
   * @param source the original file, resolved against the map's directory and {@code sourceRoot}
   * @param line its line, from 1
   * @param column its column, from 1
   * @param name the original name at that position, or {@code null}
   */
  public record Position(String source, int line, int column, String name) {}

  private final List<String> sources;
  private final List<String> names;
  /** Per generated line: segments as {generated column, source, line, column, name} (0-based, -1 when absent), by column. */
  private final int[][][] lines;

  private SourceMap(List<String> sources, List<String> names, int[][][] lines) {
    this.sources = sources;
    this.names = names;
    this.lines = lines;
  }

  /**
   * Decodes a source map.
   *
   * @param json the map's text
   * @param mapDirectory where relative {@code sources} resolve (the map file's directory, or the
   *     generated file's directory for an inline map)
   * @return the map
   * @throws ModuleException when the text is not a version 3 source map
   */
  public static SourceMap parse(String json, Path mapDirectory) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new ModuleException("not a source map (invalid JSON): " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || root.path("version").asInt() != 3 || !root.path("mappings").isTextual()) {
      throw new ModuleException("not a version 3 source map with \"mappings\" (index maps with \"sections\" are not read)");
    }
    String sourceRoot = root.path("sourceRoot").asText("");
    List<String> sources = new ArrayList<>();
    for (JsonNode s : root.path("sources")) {
      sources.add(resolve(mapDirectory, sourceRoot, s.asText("")));
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : root.path("names")) {
      names.add(n.asText());
    }
    return new SourceMap(List.copyOf(sources), List.copyOf(names), decode(root.get("mappings").asText()));
  }

  /**
   * The original position of a generated one: the nearest mapping at or left of the column on
   * the same line.
   *
   * @param line the generated line, from 1
   * @param column the generated column, from 1
   * @return the original position, or {@code null} when the line has no mapping there
   */
  public Position original(int line, int column) {
    if (line < 1 || line > lines.length) {
      return null;
    }
    int[][] segments = lines[line - 1];
    int low = 0;
    int high = segments.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (segments[mid][0] <= column - 1) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0 || segments[found][1] < 0) {
      return null;
    }
    int[] s = segments[found];
    return new Position(sources.get(s[1]), s[2] + 1, s[3] + 1, s[4] >= 0 ? names.get(s[4]) : null);
  }

  /**
   * The original position of a generated line: where its first mapped segment came from.
   *
   * @param line the generated line, from 1
   * @return the original position, or {@code null} when nothing on the line is mapped
   */
  public Position originalOfLine(int line) {
    if (line < 1 || line > lines.length) {
      return null;
    }
    for (int[] s : lines[line - 1]) {
      if (s[1] >= 0) {
        return new Position(sources.get(s[1]), s[2] + 1, s[3] + 1, s[4] >= 0 ? names.get(s[4]) : null);
      }
    }
    return null;
  }

  private static String resolve(Path dir, String sourceRoot, String source) {
    String joined = sourceRoot.isEmpty() ? source
        : sourceRoot.endsWith("/") ? sourceRoot + source : sourceRoot + "/" + source;
    if (joined.startsWith("file://")) {
      return Path.of(java.net.URI.create(joined)).toString();
    }
    if (joined.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !joined.matches("^[a-zA-Z]:[\\\\/].*")) {
      return joined; // webpack://, http:// and the like stay as written
    }
    return dir == null ? joined : dir.resolve(joined).normalize().toString();
  }

  /** Decodes the Base64 VLQ {@code mappings}; fields after the first are relative to the previous segment's. */
  private static int[][][] decode(String mappings) {
    List<int[][]> out = new ArrayList<>();
    List<int[]> line = new ArrayList<>();
    int source = 0;
    int origLine = 0;
    int origColumn = 0;
    int name = 0;
    int genColumn = 0;
    int[] fields = new int[5];
    int i = 0;
    int n = mappings.length();
    while (i <= n) {
      if (i == n || mappings.charAt(i) == ';') {
        out.add(sorted(line));
        line = new ArrayList<>();
        genColumn = 0;
        i++;
        continue;
      }
      if (mappings.charAt(i) == ',') {
        i++;
        continue;
      }
      int count = 0;
      while (i < n && mappings.charAt(i) != ',' && mappings.charAt(i) != ';') {
        int value = 0;
        int shift = 0;
        boolean more;
        do {
          if (i >= n) {
            throw new ModuleException("invalid source map: \"mappings\" ends inside a value");
          }
          int digit = BASE64.indexOf(mappings.charAt(i++));
          if (digit < 0) {
            throw new ModuleException("invalid source map: \"" + mappings.charAt(i - 1) + "\" in \"mappings\"");
          }
          more = (digit & 32) != 0;
          value += (digit & 31) << shift;
          shift += 5;
        } while (more);
        int decoded = (value & 1) != 0 ? -(value >>> 1) : value >>> 1;
        if (count < 5) {
          fields[count] = decoded;
        }
        count++;
      }
      genColumn += fields[0];
      int[] segment = {genColumn, -1, -1, -1, -1};
      if (count >= 4) {
        source += fields[1];
        origLine += fields[2];
        origColumn += fields[3];
        segment[1] = source;
        segment[2] = origLine;
        segment[3] = origColumn;
        if (count >= 5) {
          name += fields[4];
          segment[4] = name;
        }
      }
      line.add(segment);
    }
    return out.toArray(int[][][]::new);
  }

  private static int[][] sorted(List<int[]> segments) {
    int[][] array = segments.toArray(int[][]::new);
    Arrays.sort(array, (a, b) -> Integer.compare(a[0], b[0]));
    return array.length == 0 ? new int[][] {} : array;
  }

  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
}
