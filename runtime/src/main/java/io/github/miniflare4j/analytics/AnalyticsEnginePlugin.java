package io.github.miniflare4j.analytics;

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
 * Analytics Engine datasets: Miniflare's {@code analyticsEngineDatasets} ({@code {AE: {dataset}}})
 * and Wrangler's {@code analytics_engine_datasets} ({@code [{binding, dataset}]}). Points are
 * kept per dataset for assertions from Java.
 */
public final class AnalyticsEnginePlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/analytics/analytics.js";

  @Override
  public String kind() {
    return AnalyticsEngineBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("analyticsEngineDatasets");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("analytics_engine_datasets");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(AnalyticsEngineDataset.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      OptionReader at = options.at(e.getKey());
      at.requireObject(e.getValue());
      String dataset = at.optionalText(e.getValue(), "dataset");
      declarations.add(new AnalyticsEngineBinding(e.getKey(), dataset == null ? e.getKey() : dataset));
    });
    return declarations;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, dataset } tables", value);
    config.eachTable(value, key, "a table with \"binding\"", (table, at) -> {
      String binding = config.requiredText(table, at, "binding");
      String dataset = config.optionalText(table, at, "dataset");
      declarations.add(new AnalyticsEngineBinding(binding, dataset == null ? binding : dataset));
    });
    return declarations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<AnalyticsEngineDataset>(context, SCRIPT, (worker, d) -> ((AnalyticsEngineBinding) d).dataset(),
        d -> new AnalyticsEngineDataset(((AnalyticsEngineBinding) d).dataset()), AnalyticsEngineDataset::snapshot,
        (dataset, points) -> dataset.restore((List<DataPoint>) points));
  }
}
