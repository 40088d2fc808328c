package io.github.miniflare4j.helloworld;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.helloworld.internal.HelloWorldStore;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.KeyedHandles;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Miniflare's hello-world demo binding: Miniflare's {@code helloWorld} ({@code {NAME:
 * {enable_timer?}}}) and Wrangler's {@code unsafe_hello_world} ({@code [{binding,
 * enable_timer?}]}). {@code set(value)} stores a structured-cloneable value and {@code get()}
 * answers {@code {value, ms?}}; bindings with the same settings share one value across workers,
 * as Miniflare keys its store by them. The value is put back between tests.
 */
public final class HelloWorldPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/helloworld/hello-world.js";

  @Override
  public String kind() {
    return HelloWorldBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("helloWorld");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("unsafe_hello_world");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      OptionReader at = options.at(e.getKey());
      at.requireObject(e.getValue());
      declarations.add(new HelloWorldBinding(e.getKey(), bool(e.getValue().get("enable_timer"), at.at("enable_timer"))));
    });
    return declarations;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, enable_timer } tables", value);
    config.eachTable(value, key, "a table with \"binding\"", (table, at) -> {
      JsonNode timer = table.get("enable_timer");
      config.expect(timer == null || timer.isBoolean(), at + ".enable_timer", "a boolean", timer);
      declarations.add(new HelloWorldBinding(config.requiredText(table, at, "binding"), timer == null ? null : timer.asBoolean()));
    });
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<HelloWorldStore>(context, SCRIPT,
        (worker, d) -> ((HelloWorldBinding) d).storeKey(),
        d -> new HelloWorldStore(((HelloWorldBinding) d).enableTimer()), HelloWorldStore::serialized,
        (store, value) -> store.store((String) value));
  }

  private static Boolean bool(JsonNode value, OptionReader at) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw at.invalid("must be a boolean, was " + value);
    }
    return value.asBoolean();
  }
}
