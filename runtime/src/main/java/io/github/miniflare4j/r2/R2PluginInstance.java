package io.github.miniflare4j.r2;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.r2.internal.BucketStorage;
import io.github.miniflare4j.storage.NamespaceFiles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The R2 buckets of one {@code Miniflare} instance, by bucket name: created when first bound,
 * in memory or under {@code <persist>/<bucket>/}, shared by every binding of the name.
 */
final class R2PluginInstance implements PluginInstance {

  private final PluginContext context;
  private final Map<String, BucketStorage> buckets = new LinkedHashMap<>();

  R2PluginInstance(PluginContext context) {
    this.context = context;
    context.declarations().values().forEach(list -> list.forEach(d -> bucket(((R2BucketDeclaration) d).bucketName())));
  }

  private synchronized BucketStorage bucket(String bucketName) {
    return buckets.computeIfAbsent(bucketName, name -> new BucketStorage(name,
        context.persisted() ? context.persistDirectory().resolve(NamespaceFiles.fileName(name)) : null, context.clock()));
  }

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    R2BucketDeclaration r2 = (R2BucketDeclaration) declaration;
    return new R2Binding(r2.name(), bucket(r2.bucketName()));
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    return new R2Bucket(bucket(((R2BucketDeclaration) declaration).bucketName()));
  }

  @Override
  public synchronized Object snapshot() {
    Map<String, BucketStorage.Snapshot> snapshot = new LinkedHashMap<>();
    buckets.forEach((name, bucket) -> snapshot.put(name, bucket.snapshot()));
    return snapshot;
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    ((Map<String, BucketStorage.Snapshot>) snapshot).forEach((name, state) -> bucket(name).restore(state));
  }

  @Override
  public synchronized void close() {
    buckets.values().forEach(BucketStorage::close);
    buckets.clear();
  }
}
