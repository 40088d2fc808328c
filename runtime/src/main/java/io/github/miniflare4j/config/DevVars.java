package io.github.miniflare4j.config;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local secrets beside the configuration, as Wrangler reads them: {@code .dev.vars.<env>} when
 * an environment is chosen and that file exists, else {@code .dev.vars}. The format is dotenv:
 * {@code KEY=value} lines, {@code #} comments, optional {@code export}, values in single quotes
 * (literal) or double quotes ({@code \n} escapes, may span lines). Every value is a string.
 */
final class DevVars {

  private static final Pattern LINE = Pattern.compile(
      "^\\s*(?:export\\s+)?([\\w.-]+)\\s*=\\s*('(?:\\\\'|[^'])*'|\"(?:\\\\\"|[^\"])*\"|`[^`]*`|[^#\\r\\n]*)\\s*(?:#.*)?$",
      Pattern.MULTILINE);

  private DevVars() {}

  /** The file Wrangler would read for this environment, or {@code null} when there is none. */
  static Path locate(Path configDir, String env) {
    if (env != null) {
      Path specific = configDir.resolve(".dev.vars." + env);
      if (Files.isRegularFile(specific)) {
        return specific;
      }
    }
    Path plain = configDir.resolve(".dev.vars");
    return Files.isRegularFile(plain) ? plain : null;
  }

  /** Reads a dotenv file; keys keep their order. */
  static Map<String, String> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, file + ": cannot read (" + e + ")", e);
    }
    return parse(text);
  }

  /** Parses dotenv text. */
  static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher m = LINE.matcher(text.replace("\r\n", "\n"));
    while (m.find()) {
      values.put(m.group(1), unquote(m.group(2).trim()));
    }
    return values;
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if (first == last && (first == '\'' || first == '`')) {
        return value.substring(1, value.length() - 1);
      }
      if (first == '"' && last == '"') {
        return value.substring(1, value.length() - 1).replace("\\n", "\n").replace("\\r", "\r").replace("\\\"", "\"");
      }
    }
    return value;
  }
}
