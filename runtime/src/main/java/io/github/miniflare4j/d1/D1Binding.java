package io.github.miniflare4j.d1;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;

/**
 * A worker's D1 binding: the {@code env} entry whose JavaScript (d1.js, workerd's {@code
 * D1Database}) talks to one database.
 *
 * @param name the binding name
 * @param store the database
 */
record D1Binding(String name, D1Store store) implements JsBinding {

  /** The resource of the binding's JavaScript. */
  static final String SCRIPT = "/io/github/miniflare4j/d1/d1.js";

  @Override
  public String kind() {
    return D1Plugin.KIND;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new D1DatabaseHost(store);
  }

  @Override
  public String factoryScript() {
    return SCRIPT;
  }
}
