package io.github.miniflare4j.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.MiniflareException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The Wrangler file a plugin reads its settings from: shape checks whose messages carry the
 * file and line of the setting, and paths relative to the file.
 */
public interface WranglerSection {

  /**
   * Reads each element of an array setting as a table.
   *
   * @param list the setting's value
   * @param at the setting's path, e.g. {@code d1_databases}
   * @param expected what each element must be, e.g. {@code a table with "binding"}
   * @param read receives each table and its path, e.g. {@code d1_databases[2]}
   * @throws MiniflareException {@code ERR_VALIDATION} when {@code list} is not an array of tables
   */
  void eachTable(JsonNode list, String at, String expected, BiConsumer<JsonNode, String> read);

  /**
   * A string member of a table.
   *
   * @param table the table
   * @param at the table's path
   * @param key the member
   * @return the text, or {@code null} when absent
   * @throws MiniflareException when the member is not a string
   */
  String optionalText(JsonNode table, String at, String key);

  /**
   * A string member a table must have.
   *
   * @param table the table
   * @param at the table's path
   * @param key the member
   * @return the text
   * @throws MiniflareException when the member is absent or not a string
   */
  String requiredText(JsonNode table, String at, String key);

  /**
   * Checks a condition on a setting.
   *
   * @param ok the condition
   * @param at the setting's path
   * @param expected what the setting should be
   * @param found what it is
   * @throws MiniflareException {@code ERR_VALIDATION}, located in the file, when {@code ok} is
   *     false
   */
  void expect(boolean ok, String at, String expected, JsonNode found);

  /**
   * A path written in the file, resolved against the file's directory.
   *
   * @param relative the path as written
   * @return an absolute, normalised path
   */
  Path resolve(String relative);

  /**
   * An error located at a setting of the file.
   *
   * @param at the setting's path
   * @param message what is wrong and how to fix it
   * @return the exception, to throw
   */
  MiniflareException error(String at, String message);

  /**
   * Another top-level setting of the worker (after environment resolution), for a kind whose
   * bindings depend on it (Durable Objects read {@code migrations}).
   *
   * @param key the setting's key
   * @return its value, or {@code null} when it is not set
   */
  default JsonNode setting(String key) {
    return null;
  }

  /**
   * Whether the worker has its own script ({@code main}); {@code false} for an assets-only
   * project, whose requests never reach a worker.
   *
   * @return {@code true} when {@code main} is set
   */
  default boolean hasMain() {
    return true;
  }
}
