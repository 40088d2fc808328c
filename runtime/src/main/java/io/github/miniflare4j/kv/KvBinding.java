package io.github.miniflare4j.kv;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.kv.internal.KvNamespaceHost;

/** A KV namespace binding: {@code env.NAME} backed by the store of a namespace id. */
final class KvBinding implements JsBinding {

  /** The JavaScript of KV namespaces (their {@code KvNamespace} class and its factory). */
  static final String SCRIPT = "/io/github/miniflare4j/kv/kv.js";

  private final String name;
  private final String namespaceId;
  private final KvStorage storage;
  private final MiniflareClock clock;

  /**
   * Binds {@code name} to the namespace {@code namespaceId} of {@code storage}.
   *
   * @param name the binding name the worker sees on {@code env}; not {@code null}
   * @param namespaceId the namespace id; bindings with the same id share data
   * @param storage where the namespace's store is created or opened on first use
   * @param clock the instance clock that expiry is measured against
   */
  public KvBinding(String name, String namespaceId, KvStorage storage, MiniflareClock clock) {
    this.name = name;
    this.namespaceId = namespaceId;
    this.storage = storage;
    this.clock = clock;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "kv";
  }

  @Override
  public String factoryScript() {
    return SCRIPT;
  }

  /**
   * The namespace id this binding reads and writes.
   *
   * @return the namespace id, never {@code null}
   */
  public String namespaceId() {
    return namespaceId;
  }

  /**
   * A Java handle on the same namespace, clock and limits as the binding.
   *
   * @return a new handle; operations on it are visible to the workers at once
   */
  public KvNamespace javaHandle() {
    return new KvNamespace(new KvOperations(namespaceId, storage.namespace(namespaceId), clock));
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new KvNamespaceHost(new KvScriptAdapter(new KvOperations(namespaceId, storage.namespace(namespaceId), clock)));
  }
}
