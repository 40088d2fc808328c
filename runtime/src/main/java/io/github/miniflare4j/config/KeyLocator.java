package io.github.miniflare4j.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the line of a setting in the configuration text, for error messages about values of
 * the wrong shape (the parsed tree keeps no positions). Best effort: it follows the path's keys
 * in order through the text and answers 0 when one cannot be found.
 */
final class KeyLocator {

  private final String[] lines;
  private final ConfigFormat format;

  KeyLocator(String text, ConfigFormat format) {
    this.lines = text.split("\r?\n", -1);
    this.format = format;
  }

  /**
   * The 1-based line where the last of {@code keys} appears after the ones before it (on the
   * same line or later), or 0 when one of them cannot be found.
   */
  int line(List<String> keys) {
    int from = 0;
    int found = 0;
    for (String key : keys) {
      Pattern pattern = pattern(key);
      int at = -1;
      for (int i = from; i < lines.length; i++) {
        if (pattern.matcher(lines[i]).find()) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        return 0;
      }
      found = at + 1;
      from = at;
    }
    return found;
  }

  private Pattern pattern(String key) {
    String quoted = Pattern.quote(key);
    if (format == ConfigFormat.TOML) {
      // key = ..., "key" = ..., [a.key], [[a.key]], {key = ...}, a.key.b = ...
      return Pattern.compile("(^|[\\s{,.\\[])\"?" + quoted + "\"?\\s*(=|\\]|\\.)");
    }
    return Pattern.compile("\"" + quoted + "\"\\s*:");
  }
}
