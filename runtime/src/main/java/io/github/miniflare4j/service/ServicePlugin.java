package io.github.miniflare4j.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import io.github.miniflare4j.service.internal.ServiceDesignators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Service bindings: Miniflare's {@code serviceBindings} ({@code {NAME: "worker"}}, {@code
 * {NAME: {name, entrypoint, props}}}, or a {@code network}, {@code external} or {@code disk}
 * service) and Wrangler's {@code services} ({@code [{binding, service,
 * entrypoint, props}]}). Named entrypoints are checked once the workers have started.
 */
public final class ServicePlugin implements BindingPlugin {

  @Override
  public String kind() {
    return ServiceDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("serviceBindings");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("services");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      OptionReader at = options.at(e.getKey());
      JsonNode target = e.getValue();
      FetchHandler outside = ServiceDesignators.outside(target, at);
      if (outside != null) {
        declarations.add(new ServiceDeclaration(e.getKey(), ServiceTarget.java(outside)));
        return;
      }
      String worker;
      if (target.isTextual()) {
        worker = target.asText();
      } else if (target.isObject() && target.hasNonNull("name")) {
        worker = at.at("name").text(target.get("name"));
      } else {
        throw at.invalid("must be a worker name, { name, entrypoint?, props? }, { network }, { external } or { disk }");
      }
      String entrypoint = target.isObject() && target.hasNonNull("entrypoint")
          ? at.at("entrypoint").text(target.get("entrypoint")) : null;
      declarations.add(new ServiceDeclaration(e.getKey(),
          ServiceTarget.workerWithPropsJson(worker, entrypoint, propsJson(target, at))));
    });
    return declarations;
  }

  /** A binding's {@code props} (an object of JSON values) as text, or {@code null} when absent. */
  private static String propsJson(JsonNode target, OptionReader at) {
    JsonNode props = target.isObject() ? target.get("props") : null;
    if (props == null || props.isNull()) {
      return null;
    }
    if (!props.isObject()) {
      throw at.at("props").invalid("must be an object");
    }
    return props.toString();
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, service, entrypoint } tables", value);
    config.eachTable(value, key, "a table with \"binding\" and \"service\"", (service, at) -> {
      String binding = config.requiredText(service, at, "binding");
      String target = config.requiredText(service, at, "service");
      String environment = config.optionalText(service, at, "environment");
      // Wrangler's configuration types mark "environment" deprecated (the old "service
      // environments") and say to write service = "<worker>-<environment>" instead: read it so
      String entrypoint = config.optionalText(service, at, "entrypoint");
      JsonNode props = service.get("props");
      config.expect(props == null || props.isObject(), at + ".props", "a table", props);
      declarations.add(new ServiceDeclaration(binding, ServiceTarget.workerWithPropsJson(
          environment == null ? target : target + "-" + environment, entrypoint, props == null ? null : props.toString())));
    });
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new PluginInstance() {
      @Override
      public JsBinding bind(String worker, BindingDeclaration declaration) {
        return new ServiceBinding(declaration.name(), ((ServiceDeclaration) declaration).target(), context.workers());
      }

      /** Refuses bindings whose named entrypoint the target worker does not export. */
      @Override
      public void workersStarted() {
        context.declarations().forEach((worker, declarations) -> declarations.forEach(d -> ServiceBinding.checkEntrypoint(
            worker, d.name(), ((ServiceDeclaration) d).target(), context.workers(), context.startupTimeout())));
      }
    };
  }
}
