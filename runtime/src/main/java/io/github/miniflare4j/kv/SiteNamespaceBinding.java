package io.github.miniflare4j.kv;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.kv.internal.KvNamespaceHost;
import io.github.miniflare4j.kv.internal.SiteFiles;

/** A site's {@code __STATIC_CONTENT}: the prelude's KV namespace over the site's files. */
final class SiteNamespaceBinding implements JsBinding {

  private final SiteFiles files;
  private final MiniflareClock clock;

  SiteNamespaceBinding(SiteFiles files, MiniflareClock clock) {
    this.files = files;
    this.clock = clock;
  }

  @Override
  public String name() {
    return WorkersSite.NAMESPACE;
  }

  @Override
  public String kind() {
    return KvNamespaceDeclaration.KIND;
  }

  @Override
  public String factoryScript() {
    return KvBinding.SCRIPT;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new KvNamespaceHost(new SiteScriptAdapter(files, new KvOperations(WorkersSite.NAMESPACE, files, clock)));
  }
}
