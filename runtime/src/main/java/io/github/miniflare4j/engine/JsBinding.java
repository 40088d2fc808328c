package io.github.miniflare4j.engine;

/**
 * One entry of a worker's {@code env}: its name, the prelude factory that wraps it ({@code
 * "json"}, {@code "kv"}, {@code "service"}, ...) and the Java object the JavaScript wrapper talks
 * to. Each binding kind's package supplies its own implementation.
 */
public interface JsBinding {

  /**
   * The name under {@code env} (and the global name in service-worker format).
   *
   * @return the binding name, a valid JavaScript property name
   */
  String name();

  /**
   * The prelude factory that builds the JavaScript value: {@code internals.bindings[kind]}.
   *
   * @return the key of the factory in the prelude
   */
  String kind();

  /**
   * Creates the Java object handed to the JavaScript factory. Called once per isolate, on its
   * loop thread, while the worker starts.
   *
   * @param isolate the worker being started
   * @return the object the factory receives; only its {@code @HostAccess.Export} members are
   *     visible to JavaScript
   */
  Object createHost(WorkerIsolate isolate);

  /**
   * The class-path resource of the JavaScript that defines this kind's factory, for kinds whose
   * JavaScript lives beside their plugin instead of in the prelude. The file holds one function
   * expression {@code (function (internals) { ... return (host, name) => value; })}; it is
   * evaluated at most once per worker Context, when the first binding of the kind is created.
   *
   * @return a resource path such as {@code /io/github/miniflare4j/d1/d1.js}, or {@code null}
   *     when the prelude defines the factory
   */
  default String factoryScript() {
    return null;
  }

  /**
   * Whether the binding's value is a {@code WebAssembly.Module}, so that its worker's Context
   * needs the WebAssembly language (and a modules-format worker may not have it: workerd allows
   * such bindings in service-worker scripts only).
   *
   * @return {@code false} by default
   */
  default boolean needsWebAssembly() {
    return false;
  }
}
