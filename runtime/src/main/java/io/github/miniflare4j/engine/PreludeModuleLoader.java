package io.github.miniflare4j.engine;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the prelude calls to evaluate one of its lazy modules (see {@link PreludeModules}) in the
 * Context it runs in: the module's source is parsed once per JVM and evaluated once per Context,
 * on the prelude's first {@code lazyModule(name)}. Public only because GraalJS calls it (host access).
 */
public final class PreludeModuleLoader {

  /** The one loader: it holds no state. */
  static final PreludeModuleLoader INSTANCE = new PreludeModuleLoader();

  private PreludeModuleLoader() {}

  /**
   * Evaluates a lazy module's source in the current Context.
   *
   * @param name the file name, as {@code prelude/index.txt} lists it after {@code lazy}
   * @return the module's function {@code (host, internals, lazyModule, scope) => exports}
   */
  @HostAccess.Export
  public Value load(String name) {
    return Context.getCurrent().eval(SharedEngine.preludeModule(name));
  }
}
