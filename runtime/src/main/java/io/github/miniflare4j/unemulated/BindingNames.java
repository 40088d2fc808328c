package io.github.miniflare4j.unemulated;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;

/** The binding names in an option of a kind nobody emulates, in each of its usual shapes. */
final class BindingNames {

  private BindingNames() {}

  /**
   * Miniflare's shapes: an array of names, an object keyed by binding name, or one {@code
   * {binding}} object (Workers AI, Browser Rendering, Images, assets); {@code email} nests its
   * bindings under {@code send_email}.
   */
  static List<String> fromJson(String key, JsonNode value, OptionReader options) {
    List<String> names = new ArrayList<>();
    if (key.equals("email")) {
      options.requireObject(value);
      JsonNode list = value.path("send_email");
      list.forEach(e -> names.add(options.at("send_email").text(e.get("name"))));
      return names;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        names.add(item.isObject() ? options.at("[" + i + "]").text(item.has("name") ? item.get("name") : item.get("binding"))
            : options.at("[" + i + "]").text(item));
      }
      return names;
    }
    options.requireObject(value);
    if (value.has("binding") || value.has("directory")) {
      String binding = options.optionalText(value, "binding");
      if (binding != null) {
        names.add(binding);
      }
      return names;
    }
    value.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Wrangler's shapes: an array of tables naming their {@code binding} (or {@code name}), or one table. */
  static List<String> fromWrangler(String key, JsonNode value, WranglerSection config) {
    List<String> names = new ArrayList<>();
    if (value.isArray()) {
      config.eachTable(value, key, "a table with a \"binding\"", (table, at) -> {
        String name = table.has("binding") ? config.requiredText(table, at, "binding") : config.optionalText(table, at, "name");
        if (name != null) {
          names.add(name);
        }
      });
      return names;
    }
    if (value.isObject()) {
      if (value.has("producers")) { // queues = { producers = [...], consumers = [...] }
        return fromWrangler(key + ".producers", value.get("producers"), config);
      }
      String binding = config.optionalText(value, key, "binding");
      if (binding != null) {
        names.add(binding);
      }
    }
    return names;
  }
}
