package io.github.miniflare4j.engine;

import java.util.List;

/**
 * A built-in module ({@code cloudflare:sockets}, {@code cloudflare:email}, ...) supplied by a
 * package of its own instead of the prelude: its script is evaluated in a worker's Context the
 * first time the worker imports it (or a binding asks for it), so workers that never use it pay
 * nothing. Providers are found with {@link java.util.ServiceLoader} (resource {@code
 * META-INF/services/io.github.miniflare4j.engine.BuiltinModuleProvider}).
 */
public interface BuiltinModuleProvider {

  /**
   * The specifier workers import.
   *
   * @return e.g. {@code "cloudflare:sockets"}
   */
  String specifier();

  /**
   * The module's exports; {@code "default"} among them makes the script's {@code default} member
   * the default export (a module without it has none, as {@code cloudflare:sockets}).
   *
   * @return e.g. {@code List.of("connect")}
   */
  List<String> exportNames();

  /**
   * The class-path resource of the module's script: one function expression {@code (function
   * (internals, host) { ...; return exports; })} returning an object whose members are the
   * module's exports. It may also put entries
   * on {@code internals} for Java to call through {@link WorkerIsolate#invoke}.
   *
   * @return a resource path
   */
  String script();

  /**
   * The Java object the script receives as {@code host}; called once per Context, on the loop.
   *
   * @param isolate the worker importing the module
   * @return the host object (its {@code @HostAccess.Export} members are what the script sees), or
   *     {@code null}
   */
  Object createHost(WorkerIsolate isolate);
}
