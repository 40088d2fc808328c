package io.github.miniflare4j.analytics;

import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A Workers Analytics Engine dataset binding ({@code env.AE.writeDataPoint(...)}).
 *
 * @param name the binding name
 * @param dataset the dataset written to; bindings naming the same dataset share it
 */
public record AnalyticsEngineBinding(String name, String dataset) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "analytics";

  /**
   * A binding for the worker builder: {@code bind(AnalyticsEngineBinding.of("AE", "events"))}.
   *
   * @param name the binding name
   * @param dataset the dataset
   * @return the declaration
   */
  public static AnalyticsEngineBinding of(String name, String dataset) {
    return new AnalyticsEngineBinding(name, dataset);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
