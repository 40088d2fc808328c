package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerModule;

/**
 * An {@code env} entry that a modules-format worker imports instead, as a module named after the
 * binding, as Miniflare turns Workers Sites' {@code __STATIC_CONTENT_MANIFEST} into an additional
 * module. A service-worker script still sees it as the global {@link #name()}; a modules-format
 * worker has no such {@code env} entry and imports {@code "<name>"} from any of its modules.
 */
public interface ModuleBinding extends JsBinding {

  /**
   * The module a modules-format worker imports under {@link #name()}.
   *
   * @return the module's type and contents (its path is ignored: the module is named after the
   *     binding)
   */
  WorkerModule module();
}
