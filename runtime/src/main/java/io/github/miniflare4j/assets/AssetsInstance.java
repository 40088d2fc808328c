package io.github.miniflare4j.assets;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.JavaFetcher;
import java.util.HashMap;
import java.util.Map;

/** The assets of one instance's workers: their bindings and their answers to incoming requests. */
final class AssetsInstance implements PluginInstance {

  private final PluginContext context;
  private final Map<String, AssetRouter> routers = new HashMap<>();
  private final Map<String, AssetServer> servers = new HashMap<>();

  AssetsInstance(PluginContext context) {
    this.context = context;
    context.declarations().forEach((worker, declarations) -> {
      for (BindingDeclaration declaration : declarations) {
        Assets assets = (Assets) declaration;
        AssetServer server = new AssetServer(assets, new NavigationPreference(() -> {
          WorkerIsolate isolate = context.workers().worker(worker);
          return isolate == null ? null : isolate.spec().compatibility();
        }));
        servers.put(worker, server);
        routers.put(worker, new AssetRouter(assets, server));
      }
    });
  }

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    AssetServer server = servers.get(worker);
    return new JavaFetcher(declaration.name(), server);
  }

  @Override
  public FetchResponse answerBefore(String worker, FetchRequest request) {
    AssetRouter router = routers.get(worker);
    return router == null ? null : router.route(request);
  }
}
