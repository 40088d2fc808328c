package io.github.miniflare4j.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Shape checks for Miniflare's JSON options, with messages that name the option's path (e.g.
 * {@code workers[1].d1Databases.DB}) and what was expected. One reader per option value.
 */
public final class OptionReader {

  private final String path;
  private final java.nio.file.Path rootPath;

  /**
   * A reader of the value at {@code path}, whose file paths are relative to the working directory.
   *
   * @param path the option's path, for messages
   */
  public OptionReader(String path) {
    this(path, null);
  }

  /**
   * A reader of the value at {@code path} whose file paths are relative to {@code rootPath}
   * (Miniflare's {@code rootPath} option).
   *
   * @param path the option's path, for messages
   * @param rootPath the folder relative file paths start from, or {@code null} for the working
   *     directory
   */
  public OptionReader(String path, java.nio.file.Path rootPath) {
    this.path = path;
    this.rootPath = rootPath;
  }

  /**
   * The path this reader reports.
   *
   * @return e.g. {@code options.d1Databases}
   */
  public String path() {
    return path;
  }

  /**
   * A reader of a member of this value.
   *
   * @param member a property name or an index such as {@code [0]}
   * @return a reader located at {@code path.member} (or {@code path[0]})
   */
  public OptionReader at(String member) {
    return new OptionReader(member.startsWith("[") ? path + member : path + "." + member, rootPath);
  }

  /**
   * The value as a file path, resolved as Miniflare resolves its path options: against the
   * worker's {@code rootPath} when one is set.
   *
   * @param value the value
   * @return the path; relative to the working directory when no root path is set
   * @throws MiniflareException {@code ERR_VALIDATION} when it is not a string
   */
  public java.nio.file.Path file(JsonNode value) {
    java.nio.file.Path file = java.nio.file.Path.of(text(value));
    return rootPath == null ? file : rootPath.resolve(file);
  }

  /**
   * Reads Miniflare's usual binding shapes: an array of binding names (each binding's id is its
   * name) or an object of binding name to a value that {@code read} turns into a declaration.
   *
   * @param value the option's value
   * @param fromName the declaration for a bare binding name
   * @param fromEntry the declaration for an object entry: binding name and that entry's reader
   *     and value
   * @return the declarations, in order
   */
  public List<BindingDeclaration> namesOrObject(
      JsonNode value,
      java.util.function.Function<String, BindingDeclaration> fromName,
      BiFunction<String, Entry, BindingDeclaration> fromEntry) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        declarations.add(fromName.apply(at("[" + i + "]").text(value.get(i))));
      }
      return declarations;
    }
    requireObject(value);
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    value.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
    entries.forEach((name, entry) -> declarations.add(fromEntry.apply(name, new Entry(at(name), entry))));
    return declarations;
  }

  /**
   * One member of an object option.
   *
   * @param reader a reader located at the member
   * @param value the member's value
   */
  public record Entry(OptionReader reader, JsonNode value) {}

  /**
   * The value as a string.
   *
   * @param value the value
   * @return the text
   * @throws MiniflareException {@code ERR_VALIDATION} when it is not a string
   */
  public String text(JsonNode value) {
    if (value == null || !value.isTextual()) {
      throw invalid("must be a string, was " + value);
    }
    return value.asText();
  }

  /**
   * An optional string member of an object value.
   *
   * @param value the object
   * @param member the member's name
   * @return its text, or {@code null} when absent or null
   */
  public String optionalText(JsonNode value, String member) {
    JsonNode m = value.get(member);
    return m == null || m.isNull() ? null : at(member).text(m);
  }

  /**
   * An optional number member of an object value.
   *
   * @param value the object
   * @param member the member's name
   * @return the number, or {@code null} when absent or null
   */
  public Double optionalNumber(JsonNode value, String member) {
    JsonNode m = value.get(member);
    if (m == null || m.isNull()) {
      return null;
    }
    if (!m.isNumber()) {
      throw at(member).invalid("must be a number, was " + m);
    }
    return m.asDouble();
  }

  /**
   * Checks the value is an object.
   *
   * @param value the value
   * @throws MiniflareException {@code ERR_VALIDATION} when it is not
   */
  public void requireObject(JsonNode value) {
    if (value == null || !value.isObject()) {
      throw invalid("must be an object, was " + value);
    }
  }

  /**
   * Checks the value is an array.
   *
   * @param value the value
   * @throws MiniflareException {@code ERR_VALIDATION} when it is not
   */
  public void requireArray(JsonNode value) {
    if (value == null || !value.isArray()) {
      throw invalid("must be an array, was " + value);
    }
  }

  /**
   * An {@code ERR_VALIDATION} error about this value.
   *
   * @param problem what is wrong, e.g. {@code "must be a string, was 3"}
   * @return the exception, to throw
   */
  public MiniflareException invalid(String problem) {
    return new MiniflareException(ErrorCode.ERR_VALIDATION, "Invalid Miniflare options: " + path + " " + problem);
  }
}
