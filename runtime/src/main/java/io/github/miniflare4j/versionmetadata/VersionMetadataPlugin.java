package io.github.miniflare4j.versionmetadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.engine.JsonBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Version metadata: Miniflare's {@code versionMetadata} (the binding name) and Wrangler's {@code
 * version_metadata} ({@code {binding}}). One version per instance.
 */
public final class VersionMetadataPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return VersionMetadataBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("versionMetadata");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("version_metadata");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return List.of(new VersionMetadataBinding(options.text(value)));
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject(), key, "a table with a \"binding\"", value);
    return List.of(new VersionMetadataBinding(config.requiredText(value, key, "binding")));
  }

  @Override
  public PluginInstance start(PluginContext context) {
    ObjectNode version = JsonNodeFactory.instance.objectNode()
        .put("id", UUID.randomUUID().toString())
        .put("tag", "")
        .put("timestamp", context.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    return (worker, declaration) -> new JsonBinding(declaration.name(), version);
  }
}
