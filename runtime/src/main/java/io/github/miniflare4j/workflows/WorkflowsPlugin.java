package io.github.miniflare4j.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Workflows: bindings ({@code workflows: {BINDING: {name, className, scriptName?, stepLimit?}}}, Wrangler's
 * {@code [[workflows]]} with {@code binding}, {@code name}, {@code class_name}, {@code
 * script_name}), instances run on the instance clock, steps kept in the storage layer ({@code
 * workflowsPersist}).
 */
public final class WorkflowsPlugin implements BindingPlugin {

  static final String KIND = "workflows";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("workflows");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("workflows");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(Workflow.class);
  }

  @Override
  public String persistOption() {
    return "workflowsPersist";
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(entry -> {
      OptionReader at = options.at(entry.getKey());
      JsonNode o = entry.getValue();
      at.requireObject(o);
      String name = at.optionalText(o, "name");
      String className = at.optionalText(o, "className");
      if (name == null || className == null) {
        throw at.invalid("must be {\"name\", \"className\", \"scriptName\"?} with \"name\" and \"className\" strings, was " + o);
      }
      declarations.add(new WorkflowDeclaration(entry.getKey(), name, className, at.optionalText(o, "scriptName"),
          stepLimit(o.get("stepLimit"), Integer.MAX_VALUE, () -> at.at("stepLimit").invalid("must be an integer of at least 1, was " + o.get("stepLimit")))));
    });
    return declarations;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), "workflows", "an array of { binding, name, class_name, script_name? } tables", value);
    config.eachTable(value, "workflows", "a table with \"binding\", \"name\" and \"class_name\"", (table, at) ->
        declarations.add(new WorkflowDeclaration(config.requiredText(table, at, "binding"), config.requiredText(table, at, "name"),
            config.requiredText(table, at, "class_name"), config.optionalText(table, at, "script_name"),
            stepLimit(table.path("limits").get("steps"), WRANGLER_MAX_STEP_LIMIT,
                () -> config.error(at + ".limits.steps", "[[workflows]] limits.steps must be an integer between 1 and 100000, was " + table.path("limits").get("steps"))))));
    return declarations;
  }

  /** Wrangler's bound on {@code limits.steps}; Miniflare's {@code stepLimit} has none. */
  private static final int WRANGLER_MAX_STEP_LIMIT = 100_000;

  /** A step limit read from options: absent or null is the default; else an integer from 1 to {@code max}. */
  private static Integer stepLimit(JsonNode value, int max, java.util.function.Supplier<RuntimeException> invalid) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1 || value.intValue() > max) {
      throw invalid.get();
    }
    return value.intValue();
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new WorkflowsInstance(context);
  }
}
