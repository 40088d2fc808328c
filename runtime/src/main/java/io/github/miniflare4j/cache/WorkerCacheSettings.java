package io.github.miniflare4j.cache;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.List;

/**
 * The Cache API settings in force for one worker, from its {@link CacheSetting}s.
 *
 * @param enabled whether the worker's caches store anything
 * @param warnUsage whether the first cache operation logs the usage warning
 */
record WorkerCacheSettings(boolean enabled, boolean warnUsage) {

  /** The settings of a worker that declares none. */
  static final WorkerCacheSettings DEFAULT = new WorkerCacheSettings(true, false);

  /** The settings the declarations give, each option's last declaration winning. */
  static WorkerCacheSettings of(List<BindingDeclaration> declarations) {
    boolean enabled = DEFAULT.enabled;
    boolean warnUsage = DEFAULT.warnUsage;
    for (BindingDeclaration declaration : declarations) {
      CacheSetting setting = (CacheSetting) declaration;
      switch (setting.option()) {
        case CACHE -> enabled = setting.value();
        case WARN_USAGE -> warnUsage = setting.value();
      }
    }
    return new WorkerCacheSettings(enabled, warnUsage);
  }
}
