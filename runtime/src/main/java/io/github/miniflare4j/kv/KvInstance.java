package io.github.miniflare4j.kv;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginInstance;

/** The KV namespaces of one instance: one {@link KvStorage} shared by every worker and handle. */
final class KvInstance implements PluginInstance {

  private final KvStorage storage;
  private final MiniflareClock clock;

  KvInstance(KvStorage storage, MiniflareClock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  private KvBinding binding(BindingDeclaration declaration) {
    KvNamespaceDeclaration kv = (KvNamespaceDeclaration) declaration;
    return new KvBinding(kv.name(), kv.namespaceId(), storage, clock);
  }

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    return binding(declaration);
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    return binding(declaration).javaHandle();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type == KvStorage.class ? type.cast(storage) : PluginInstance.super.unwrap(type);
  }

  @Override
  public Object snapshot() {
    return storage.snapshot();
  }

  @Override
  public void restore(Object snapshot) {
    storage.restore((KvStorage.Snapshot) snapshot);
  }

  @Override
  public void close() {
    storage.close();
  }
}
