package io.github.miniflare4j.assets;

import io.github.miniflare4j.engine.IsolateSpec;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The asset worker's {@code assets_navigation_prefers_asset_serving} compatibility flag: on for a
 * worker that names it, or whose compatibility date is 2025-04-01 or later unless it names {@code
 * assets_navigation_has_no_effect}. With it, a navigation request ({@code Sec-Fetch-Mode:
 * navigate}) that no file matches gets the not-found handling (a single-page application's {@code
 * index.html}) instead of reaching the worker.
 */
final class NavigationPreference implements BooleanSupplier {

  static final String ENABLE = "assets_navigation_prefers_asset_serving";
  static final String DISABLE = "assets_navigation_has_no_effect";
  static final String ON_BY_DEFAULT_FROM = "2025-04-01";

  private final Supplier<IsolateSpec.Compatibility> compatibility;
  private volatile Boolean value;

  /** @param compatibility the serving worker's compatibility, read once on the first question */
  NavigationPreference(Supplier<IsolateSpec.Compatibility> compatibility) {
    this.compatibility = compatibility;
  }

  static boolean enabled(String date, List<String> flags) {
    List<String> named = flags == null ? List.of() : flags;
    if (named.contains(ENABLE)) {
      return true;
    }
    return date != null && date.compareTo(ON_BY_DEFAULT_FROM) >= 0 && !named.contains(DISABLE);
  }

  @Override
  public boolean getAsBoolean() {
    Boolean v = value;
    if (v == null) {
      IsolateSpec.Compatibility c = compatibility.get();
      v = c != null && enabled(c.date(), c.flags());
      value = v;
    }
    return v;
  }
}
