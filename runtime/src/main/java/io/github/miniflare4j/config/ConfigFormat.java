package io.github.miniflare4j.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.nio.file.Path;
import java.util.Locale;

/** The three file formats Wrangler reads, and how their syntax errors are reported. */
enum ConfigFormat {
  /** {@code wrangler.toml}. */
  TOML(new TomlMapper(), "TOML"),
  /** {@code wrangler.json} and {@code wrangler.jsonc}: Wrangler reads both as JSON with comments. */
  JSONC(
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build(),
      "JSON (comments and trailing commas allowed)");

  private final ObjectMapper mapper;
  private final String description;

  ConfigFormat(ObjectMapper mapper, String description) {
    this.mapper = mapper;
    this.description = description;
  }

  /** The format of a file, from its extension. */
  static ConfigFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".toml")) {
      return TOML;
    }
    if (name.endsWith(".json") || name.endsWith(".jsonc")) {
      return JSONC;
    }
    throw new MiniflareException(
        ErrorCode.ERR_VALIDATION,
        file + ": not a Wrangler configuration file name; expected a .toml, .json or .jsonc file "
            + "such as wrangler.toml");
  }

  /**
   * Parses the text into a tree.
   *
   * @throws MiniflareException {@code ERR_VALIDATION} naming the file, the line, the column and
   *     what the parser expected
   */
  JsonNode parse(Path file, String text) {
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          file + where + ": malformed " + description + ": " + e.getOriginalMessage(),
          e);
    }
    if (tree == null || tree.isMissingNode()) {
      return mapper.createObjectNode();
    }
    if (!tree.isObject()) {
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          file + ":1: expected the configuration to be an object of settings, but found " + tree.getNodeType());
    }
    return tree;
  }
}
