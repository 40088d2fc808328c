package io.github.miniflare4j.d1;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.ScriptedBinding;
import io.github.miniflare4j.storage.NamespaceFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The D1 databases of one instance, one per database id (in memory, or one SQLite file per id
 * under the persist directory), and their bindings and handles.
 */
final class D1Instance implements PluginInstance {

  private final Map<String, D1Store> stores = new LinkedHashMap<>();

  D1Instance(PluginContext context) {
    try {
      for (List<BindingDeclaration> declarations : context.declarations().values()) {
        for (BindingDeclaration declaration : declarations) {
          String id = ((D1DatabaseDeclaration) declaration).databaseId();
          stores.computeIfAbsent(id, k -> new D1Store(context.persisted()
              ? NamespaceFiles.file(context.persistDirectory(), k, ".sqlite") : null));
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The resource of the binding's JavaScript: workerd's D1 classes. */
  static final String SCRIPT = "/io/github/miniflare4j/d1/d1.js";

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    return new ScriptedBinding(declaration.name(), D1Plugin.KIND, new D1DatabaseHost(store(declaration)), SCRIPT);
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    return new D1Database((D1DatabaseDeclaration) declaration, store(declaration));
  }

  private synchronized D1Store store(BindingDeclaration declaration) {
    return stores.get(((D1DatabaseDeclaration) declaration).databaseId());
  }

  @Override
  public synchronized Object snapshot() {
    Map<String, byte[]> snapshot = new LinkedHashMap<>();
    stores.forEach((id, store) -> snapshot.put(id, store.snapshot()));
    return Map.copyOf(snapshot);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    ((Map<String, byte[]>) snapshot).forEach((id, bytes) -> {
      D1Store store = stores.get(id);
      if (store != null) { // a database of an earlier configuration (setOptions) no longer bound
        store.restore(bytes);
      }
    });
  }

  @Override
  public synchronized void close() {
    stores.values().forEach(D1Store::close);
  }
}
