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
 * Everything one worker isolate needs to start: its code, its compatibility, what its {@code env}
 * and prelude see, the services of the instance it belongs to and its CPU limit.
 *
 * @param name the worker's name, for messages and the logger ({@code ""} when unnamed)
 * @param script what the worker's code is and where its imports come from
 * @param compatibility the worker's compatibility date and flags
 * @param environment the worker's bindings, binding-kind hosts and outbound {@code fetch()} handler
 * @param services the services shared by every worker of the instance
 * @param cpuLimit the CPU time one uninterrupted run of the worker's JavaScript may use
 * @param startupCpuLimit the CPU time the worker's top-level code may use
 */
public record IsolateSpec(
    String name,
    Script script,
    Compatibility compatibility,
    Environment environment,
    InstanceServices services,
    Duration cpuLimit,
    Duration startupCpuLimit) {

  /**
   * A worker's resolved code.
   *
   * @param code the entry source
   * @param entryPath the entry's (real or virtual) absolute path
   * @param importRoot the directory whose files may be imported, or {@code null}
   * @param modules ES modules ({@code true}) or service-worker format
   * @param moduleSet the in-memory modules besides the entry and the module rules for files
   * @param moduleLoader the modules of a worker loaded from files, or {@code null} (then {@code
   *     importRoot}'s files are read as they are)
   * @param entryName the name stack frames give the entry: workerd's {@code script-<index>} for an
   *     inline script, else {@code null} for its path
   */
  public record Script(
      String code, Path entryPath, Path importRoot, boolean modules, ModuleSet moduleSet, ModuleLoader moduleLoader,
      String entryName) {

    /**
     * A worker's code whose entry stack frames name by its path.
     *
     * @param code the entry source
     * @param entryPath the entry's (real or virtual) absolute path
     * @param importRoot the directory whose files may be imported, or {@code null}
     * @param modules ES modules ({@code true}) or service-worker format
     * @param moduleSet the in-memory modules besides the entry and the module rules for files
     * @param moduleLoader the modules of a worker loaded from files, or {@code null}
     */
    public Script(String code, Path entryPath, Path importRoot, boolean modules, ModuleSet moduleSet, ModuleLoader moduleLoader) {
      this(code, entryPath, importRoot, modules, moduleSet, moduleLoader, null);
    }

    /**
     * The name stack frames and start-up errors give the entry.
     *
     * @return {@link #entryName()}, or the entry's path when it has none
     */
    public String shownName() {
      return entryName != null ? entryName : entryPath.toString();
    }
  }

  /**
   * The runtime version a worker asks for.
   *
   * @param date the compatibility date ({@code yyyy-mm-dd}), or {@code null}
   * @param flags the compatibility flags, such as {@code nodejs_compat}
   */
  public record Compatibility(String date, List<String> flags) {}

  /**
   * What the worker's JavaScript sees of the outside world.
   *
   * @param bindings the {@code env} entries, in order
   * @param hosts what binding kinds give the worker's prelude besides {@code env} (the Cache API's
   *     storage, the storage of the Durable Objects it exports, ...)
   * @param outbound the handler of global {@code fetch()}, or {@code null} for real HTTP
   */
  public record Environment(List<JsBinding> bindings, WorkerHosts hosts, FetchHandler outbound) {}

  /**
   * The services of the instance, shared by all its workers.
   *
   * @param clock the instance clock
   * @param hostExecutor where Java handlers run (never a loop thread)
   * @param console receives every console line besides the logger, or {@code null}
   * @param loops the event loops of the instance's workers, which each worker's loop joins, or
   *     {@code null} for a worker alone
   */
  public record InstanceServices(
      MiniflareClock clock, ExecutorService hostExecutor, ConsoleListener console, LoopGroup loops) {}

  /**
   * Whether the worker's Context needs the WebAssembly language.
   *
   * @return {@code true} when it may use WebAssembly
   */
  public boolean wasm() {
    return script.moduleSet().mayUseWasm(script.code(), script.importRoot())
        || (script.moduleLoader() != null && script.moduleLoader().importsWasm())
        || environment.bindings().stream().anyMatch(JsBinding::needsWebAssembly);
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
