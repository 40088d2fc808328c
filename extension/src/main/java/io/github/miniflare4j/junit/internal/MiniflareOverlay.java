package io.github.miniflare4j.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerOptions;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Merges {@code @MiniflareTest(miniflare = ...)}, options in the shape of {@code vitest.config}'s
 * {@code miniflare: { ... }}, over the workers read from the class's files and {@code @Worker}s:
 * the top level over the entry worker, each {@code workers[]} element over the worker of its
 * name (or added, when that name is new).
 */
final class MiniflareOverlay {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MiniflareOverlay() {}

  /**
   * Applies the overlay to {@code workers} (in order, the entry worker first).
   *
   * @param testClass the annotated class, for messages
   * @param json the attribute's text; blank for none
   * @param workers the workers by name; changed in place
   */
  static void apply(Class<?> testClass, String json, Map<String, WorkerOptions.Builder> workers) {
    if (json.isBlank()) {
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ExtensionConfigurationException(Messages.badMiniflareOptions(testClass, "not valid JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ExtensionConfigurationException(Messages.badMiniflareOptions(testClass, "not a JSON object"));
    }
    ObjectNode entry = ((ObjectNode) root).deepCopy();
    JsonNode auxiliaries = entry.remove("workers");
    if (!entry.isEmpty()) {
      String entryName = workers.keySet().iterator().next();
      workers.get(entryName).merge(read(testClass, entry, "the top level"));
    }
    if (auxiliaries == null) {
      return;
    }
    if (!auxiliaries.isArray()) {
      throw new ExtensionConfigurationException(Messages.badMiniflareOptions(testClass, "\"workers\" must be an array of worker options"));
    }
    for (int i = 0; i < auxiliaries.size(); i++) {
      String where = "workers[" + i + "]";
      JsonNode name = auxiliaries.get(i).get("name");
      if (name == null || !name.isTextual() || name.asText().isEmpty()) {
        throw new ExtensionConfigurationException(Messages.badMiniflareOptions(testClass,
            where + " has no \"name\": name one of the workers " + new ArrayList<>(workers.keySet()) + ", or a new worker"));
      }
      WorkerOptions options = read(testClass, auxiliaries.get(i), where);
      WorkerOptions.Builder existing = workers.get(name.asText());
      if (existing != null) {
        existing.merge(options);
      } else if (options.script() == null && options.scriptPath() == null && options.moduleDefinitions().isEmpty()) {
        throw new ExtensionConfigurationException(Messages.badMiniflareOptions(testClass, where + " names no worker of the class "
            + new ArrayList<>(workers.keySet()) + " and has no code: give it script, scriptPath or modules"));
      } else {
        workers.put(name.asText(), options.toBuilder());
      }
    }
  }

  private static WorkerOptions read(Class<?> testClass, JsonNode node, String where) {
    try {
      return WorkerOptions.fromJson(node.toString());
    } catch (MiniflareException e) {
      throw new ExtensionConfigurationException(Messages.badMiniflareOptions(testClass, where + ": " + e.getMessage()), e);
    }
  }
}
