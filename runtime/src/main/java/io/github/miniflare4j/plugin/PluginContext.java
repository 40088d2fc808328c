package io.github.miniflare4j.plugin;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.WorkerDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * What one {@code Miniflare} instance offers a plugin when it starts.
 *
 * @param kind the plugin's kind
 * @param clock the instance clock (expiry, schedules, delays)
 * @param persistDirectory where this kind persists ({@code <root>/<kind>} or the kind's own
 *     option), or {@code null} to keep its storage in memory
 * @param declarations every declaration of this kind, by declaring worker name, in worker order
 * @param workers the running workers, by name; usable from {@link PluginInstance#workersStarted()}
 * @param hostExecutor where blocking Java work runs (never a worker's loop thread)
 * @param startupTimeout how long starting the workers may take (checks that ask a started worker)
 * @param dispatchTimeout how long a Java handle waits for a worker's answer
 * @param definitions every worker's definition, in order (the first is the entry worker), for kinds
 *     that run or check another worker's code
 */
public record PluginContext(
    String kind,
    MiniflareClock clock,
    Path persistDirectory,
    Map<String, List<BindingDeclaration>> declarations,
    WorkerDirectory workers,
    ExecutorService hostExecutor,
    Duration startupTimeout,
    Duration dispatchTimeout,
    List<WorkerDefinition> definitions) {

  /**
   * Whether this kind's storage is persisted.
   *
   * @return {@code true} when {@link #persistDirectory()} is set
   */
  public boolean persisted() {
    return persistDirectory != null;
  }
}
