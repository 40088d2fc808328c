package io.github.miniflare4j.d1;

import io.github.miniflare4j.storage.internal.SqlText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lexical reading of recently run query texts ({@link SqlText#statements}), by text: it
 * depends on the text alone, so a query run again is not read again. Not thread-safe: its store
 * synchronizes.
 */
final class ParsedQueries {

  /** Texts remembered; the least recently used is forgotten first. */
  private static final int CAPACITY = 256;

  /** Miniflare leaves out queries that are empty once lines of white space and a comment are removed. */
  private static final Pattern COMMENT_LINES = Pattern.compile("(?m)^\\s+--.*");

  /**
   * One query text read.
   *
   * @param blank whether Miniflare leaves the query out (nothing but comment lines and white space)
   * @param statements its statements ({@link SqlText#statements})
   */
  record Parsed(boolean blank, List<SqlText.Statement> statements) {}

  private final Map<String, Parsed> parsed = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
      return size() > CAPACITY;
    }
  };

  /**
   * The reading of a query text.
   *
   * @param sql the text
   * @return its reading, remembered or new
   */
  Parsed get(String sql) {
    Parsed known = parsed.get(sql);
    if (known == null) {
      known = new Parsed(COMMENT_LINES.matcher(sql).replaceAll("").trim().isEmpty(), SqlText.statements(sql));
      parsed.put(sql, known);
    }
    return known;
  }
}
