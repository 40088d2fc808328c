package io.github.miniflare4j.images;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.images.internal.HostedImageStore;
import io.github.miniflare4j.images.internal.ImagesHost;
import io.github.miniflare4j.images.internal.LocalImagesService;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.ScriptedBinding;
import io.github.miniflare4j.plugin.WranglerSection;
import io.github.miniflare4j.storage.InMemoryKeyValueStore;
import io.github.miniflare4j.storage.SqliteKeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import java.util.List;
import java.util.Set;

/**
 * Cloudflare Images: Miniflare's {@code images} ({@code {binding}}) and {@code imagesPersist},
 * Wrangler's {@code [images]} table. One hosted-images store per instance (Miniflare's {@code
 * images-data} namespace), in memory or under the persist directory.
 */
public final class ImagesPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/images/images.js";
  /** Miniflare's name of the hosted images' namespace. */
  private static final String NAMESPACE = "images-data";

  @Override
  public String kind() {
    return ImagesBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("images");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("images");
  }

  @Override
  public String persistOption() {
    return "imagesPersist";
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(HostedImages.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return List.of(new ImagesBinding(options.at("binding").text(value.get("binding"))));
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject(), key, "a table with a \"binding\"", value);
    return List.of(new ImagesBinding(config.requiredText(value, key, "binding")));
  }

  @Override
  public PluginInstance start(PluginContext context) {
    HostedImageStore store = new HostedImageStore(
        context.persisted() ? SqliteKeyValueStore.open(context.persistDirectory(), NAMESPACE) : new InMemoryKeyValueStore(),
        context.clock()::millis);
    return new Instance(store);
  }

  /** The hosted images and the one script host every binding of the instance shares. */
  private static final class Instance implements PluginInstance {

    private final HostedImageStore store;
    private final HostedImages handle;
    private final ImagesHost host;

    Instance(HostedImageStore store) {
      this.store = store;
      this.handle = new HostedImages(store);
      this.host = new ImagesHost(new LocalImagesService(), store);
    }

    @Override
    public JsBinding bind(String worker, BindingDeclaration declaration) {
      return new ScriptedBinding(declaration.name(), ImagesBinding.KIND, host, SCRIPT);
    }

    @Override
    public Object handle(String worker, BindingDeclaration declaration) {
      return handle;
    }

    @Override
    public Object snapshot() {
      return store.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
      store.restore((StoreSnapshot) snapshot);
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
