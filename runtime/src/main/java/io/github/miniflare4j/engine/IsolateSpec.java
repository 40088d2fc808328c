package io.github.miniflare4j.engine;

import io.github.miniflare4j.ConsoleListener;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.modules.ModuleLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Everything one worker isolate needs to start: its code, its bindings and the services of the
 * instance it belongs to.
 *
 * @param name the worker's name, for messages and the logger ({@code ""} when unnamed)
 * @param code the entry source
 * @param entryPath the entry's (real or virtual) absolute path
 * @param importRoot the directory whose files may be imported, or {@code null}
 * @param moduleLoader the modules of a worker loaded from files, or {@code null} (then {@code
 *     importRoot}'s files are read as they are)
 * @param modules ES modules ({@code true}) or service-worker format
 * @param compatibilityDate the compatibility date ({@code yyyy-mm-dd}), or {@code null}
 * @param compatibilityFlags the compatibility flags, such as {@code nodejs_compat}
 * @param bindings the {@code env} entries, in order
 * @param outbound the handler of global {@code fetch()}, or {@code null} for real HTTP
 * @param clock the instance clock
 * @param hostExecutor where Java handlers run (never a loop thread)
 * @param cpuLimit the CPU time one uninterrupted run of the worker's JavaScript may use
 * @param hosts what binding kinds give the worker's prelude besides {@code env} (the Cache
 *     API's storage, the storage of the Durable Objects it exports, ...)
 * @param console receives every console line besides the logger, or {@code null}
 * @param moduleSet the in-memory modules besides the entry and the module rules for files
 */
public record IsolateSpec(
    String name,
    String code,
    Path entryPath,
    Path importRoot,
    ModuleLoader moduleLoader,
    boolean modules,
    String compatibilityDate,
    List<String> compatibilityFlags,
    List<JsBinding> bindings,
    FetchHandler outbound,
    MiniflareClock clock,
    ExecutorService hostExecutor,
    Duration cpuLimit,
    WorkerHosts hosts,
    ConsoleListener console,
    ModuleSet moduleSet) {

  /**
   * Whether the worker's Context needs the WebAssembly language.
   *
   * @return {@code true} when it may use WebAssembly
   */
  public boolean wasm() {
    return moduleSet.mayUseWasm(code, importRoot);
  }

  /**
   * The name to show in messages: the worker's name, or a placeholder when unnamed.
   *
   * @return the name, never empty
   */
  public String displayName() {
    return name.isEmpty() ? "(unnamed)" : name;
  }
}
