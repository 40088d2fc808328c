package io.github.miniflare4j.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Pipelines: Miniflare's {@code pipelines} (binding names, or binding to pipeline name) and
 * Wrangler's {@code pipelines} ({@code [{binding, pipeline}]}). Records are kept per pipeline.
 */
public final class PipelinesPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/pipelines/pipelines.js";

  @Override
  public String kind() {
    return PipelineBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("pipelines");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("pipelines");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(Pipeline.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return options.namesOrObject(value, name -> new PipelineBinding(name, name), (name, entry) -> {
      JsonNode v = entry.value();
      String pipeline = v.isTextual() ? v.asText() : entry.reader().optionalText(v, "pipeline");
      return new PipelineBinding(name, pipeline == null ? name : pipeline);
    });
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, pipeline } tables", value);
    config.eachTable(value, key, "a table with \"binding\" and \"pipeline\"", (table, at) -> {
      String binding = config.requiredText(table, at, "binding");
      String pipeline = config.optionalText(table, at, "pipeline");
      declarations.add(new PipelineBinding(binding, pipeline == null ? binding : pipeline));
    });
    return declarations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<Pipeline>(context, SCRIPT, (worker, d) -> ((PipelineBinding) d).pipeline(),
        d -> new Pipeline(((PipelineBinding) d).pipeline()), Pipeline::records,
        (pipeline, records) -> pipeline.restore((List<JsonNode>) records));
  }
}
