package io.github.miniflare4j.workerloader;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import io.github.miniflare4j.workerloader.internal.WorkerLoaderHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Worker Loaders: Miniflare's {@code workerLoaders} ({@code {NAME: {}}}) and Wrangler's {@code
 * worker_loaders} ({@code [{binding}]}). Each worker that declares one gets its own loader: the
 * workers it loads are kept by id in that worker's isolate and close with it.
 */
public final class WorkerLoaderPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/workerloader/worker-loader.js";

  @Override
  public String kind() {
    return WorkerLoaderBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("workerLoaders");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("worker_loaders");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return options.namesOrObject(value, WorkerLoaderBinding::new, (name, entry) -> {
      entry.reader().requireObject(entry.value());
      return new WorkerLoaderBinding(name);
    });
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding } tables", value);
    config.eachTable(value, key, "a table with \"binding\"", (table, at) ->
        declarations.add(new WorkerLoaderBinding(config.requiredText(table, at, "binding"))));
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return (worker, declaration) -> new LoaderBinding(declaration.name());
  }

  /** The {@code env} entry: a host per loading isolate, which knows that isolate. */
  private record LoaderBinding(String name) implements JsBinding {

    @Override
    public String kind() {
      return WorkerLoaderBinding.KIND;
    }

    @Override
    public Object createHost(WorkerIsolate isolate) {
      return new WorkerLoaderHost(name, isolate);
    }

    @Override
    public String factoryScript() {
      return SCRIPT;
    }
  }
}
