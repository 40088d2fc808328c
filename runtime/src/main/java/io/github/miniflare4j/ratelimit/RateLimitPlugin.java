package io.github.miniflare4j.ratelimit;

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
import java.util.Map;
import java.util.Set;

/**
 * Rate limiting bindings: Miniflare's {@code ratelimits} ({@code {LIMITER: {simple: {limit,
 * period}}}}) and Wrangler's {@code ratelimits} ({@code [{name, namespace_id, simple}]}).
 * Counters are per binding and reset between tests.
 */
public final class RateLimitPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/ratelimit/ratelimit.js";

  @Override
  public String kind() {
    return RateLimitBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("ratelimits");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("ratelimits");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(RateLimiter.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      OptionReader at = options.at(e.getKey());
      at.requireObject(e.getValue());
      JsonNode simple = e.getValue().get("simple");
      at.at("simple").requireObject(simple);
      declarations.add(declare(e.getKey(), simple, at.at("simple")));
    });
    return declarations;
  }

  private static RateLimitBinding declare(String name, JsonNode simple, OptionReader at) {
    Double limit = at.optionalNumber(simple, "limit");
    Double period = at.optionalNumber(simple, "period");
    if (limit == null) {
      throw at.invalid("needs a \"limit\"");
    }
    try {
      return new RateLimitBinding(name, limit.intValue(), period == null ? 60 : period.intValue());
    } catch (IllegalArgumentException e) {
      throw at.invalid(e.getMessage());
    }
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { name, namespace_id, simple } tables", value);
    config.eachTable(value, key, "a table with \"name\" and \"simple\"", (table, at) -> {
      String name = config.requiredText(table, at, "name");
      JsonNode simple = table.get("simple");
      config.expect(simple != null && simple.isObject() && simple.path("limit").isNumber(), at + ".simple",
          "a table with a number \"limit\" and \"period\" (10 or 60)", simple);
      try {
        declarations.add(new RateLimitBinding(name, simple.get("limit").asInt(), simple.path("period").asInt(60)));
      } catch (IllegalArgumentException e) {
        throw config.error(at + ".simple", e.getMessage());
      }
    });
    return declarations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<RateLimiter>(context, SCRIPT, (worker, d) -> worker + "\0" + d.name(),
        d -> new RateLimiter((RateLimitBinding) d, context.clock()), RateLimiter::snapshot,
        (limiter, windows) -> limiter.restore((Map<String, long[]>) windows));
  }
}
