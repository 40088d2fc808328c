package io.github.miniflare4j.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerHosts;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.BindingPlugins;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The plugin instances of one {@code Miniflare} instance: one per kind that some worker declares,
 * started together, snapshotted together, closed together.
 */
public final class PluginInstances implements AutoCloseable {

  private final Map<String, PluginInstance> byKind = new LinkedHashMap<>();
  private final Map<String, Map<String, BindingDeclaration>> byWorker = new LinkedHashMap<>();

  /**
   * Starts the instance of every kind the workers declare.
   *
   * @param options the instance's options
   * @param clock the instance clock
   * @param workers the instance's running workers, by name
   * @param hostExecutor where blocking Java work runs
   * @throws MiniflareException when a plugin fails to start (those started are closed)
   */
  public PluginInstances(
      MiniflareOptions options, MiniflareClock clock, WorkerDirectory workers, ExecutorService hostExecutor) {
    Map<String, Map<String, List<BindingDeclaration>>> declared = new LinkedHashMap<>();
    for (WorkerOptions worker : options.workers()) {
      Map<String, BindingDeclaration> own = new LinkedHashMap<>();
      for (BindingDeclaration declaration : worker.declarations()) {
        declared.computeIfAbsent(declaration.kind(), k -> new LinkedHashMap<>())
            .computeIfAbsent(worker.name(), w -> new ArrayList<>())
            .add(declaration);
        if (declaration.inEnv()) {
          own.put(declaration.name(), declaration);
        }
      }
      byWorker.put(worker.name(), own);
    }
    BindingPlugins.all().stream().filter(BindingPlugin::alwaysStarts)
        .forEach(plugin -> declared.putIfAbsent(plugin.kind(), new LinkedHashMap<>()));
    try {
      declared.forEach((kind, declarations) -> {
        BindingPlugin plugin = BindingPlugins.byKind(kind);
        byKind.put(kind, plugin.start(new PluginContext(
            kind, clock, options.persist(kind), java.util.Collections.unmodifiableMap(declarations), workers, hostExecutor,
            options.startupTimeout(), options.dispatchTimeout(), definitions(options))));
      });
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static List<io.github.miniflare4j.plugin.WorkerDefinition> definitions(MiniflareOptions options) {
    List<io.github.miniflare4j.plugin.WorkerDefinition> definitions = new ArrayList<>();
    for (WorkerOptions w : options.workers()) {
      definitions.add(new io.github.miniflare4j.plugin.WorkerDefinition(w.name(), w.modules(), w.moduleDefinitions(),
          w.script(), w.scriptPath(), CompatibilityDates.effective(w.compatibilityDate()), w.compatibilityFlags(), w.outboundService() != null,
          List.copyOf(w.declarations())));
    }
    return List.copyOf(definitions);
  }

  /**
   * The {@code env} entries of a worker, grouped by kind in the registry's order (variables,
   * services, KV, Durable Objects, then the others, as Miniflare orders {@code env}), each kind's
   * in declaration order.
   *
   * @param worker the worker's name
   * @return the bindings
   */
  public List<JsBinding> bindings(String worker) {
    List<BindingDeclaration> declared = new ArrayList<>(byWorker.getOrDefault(worker, Map.of()).values());
    declared.sort(java.util.Comparator.<BindingDeclaration>comparingInt(d -> BindingPlugins.position(d.kind()))
        .thenComparingInt(BindingDeclaration::rankInKind));
    List<JsBinding> bindings = new ArrayList<>();
    declared.forEach(d -> bindings.addAll(byKind.get(d.kind()).bindAll(worker, d)));
    byKind.values().forEach(instance -> bindings.addAll(instance.implicitBindings(worker)));
    return bindings;
  }

  /**
   * Whether some kind runs the worker's code itself, inside other workers, so that the worker
   * does not start as one of its own ({@link PluginInstance#runsWorkerItself(String)}).
   *
   * @param worker the worker's name
   * @return {@code true} when a kind claims it
   */
  public boolean runByPlugin(String worker) {
    return byKind.values().stream().anyMatch(instance -> instance.runsWorkerItself(worker));
  }

  /**
   * The first plugin's answer to a request for {@code worker} before the worker runs.
   *
   * @param worker the worker the request would go to
   * @param request the incoming request
   * @return the answer, or {@code null} to let the worker answer
   */
  public FetchResponse answerBefore(String worker, FetchRequest request) {
    for (PluginInstance instance : byKind.values()) {
      FetchResponse answer = instance.answerBefore(worker, request);
      if (answer != null) {
        return answer;
      }
    }
    return null;
  }

  /**
   * What the running kinds give one worker's prelude ({@code host.plugin(kind)}).
   *
   * @param worker the worker's name
   * @return the objects, asked for by kind
   */
  public WorkerHosts workerHosts(String worker) {
    return kind -> {
      PluginInstance instance = byKind.get(kind);
      return instance == null ? null : instance.workerHost(worker);
    };
  }

  /**
   * A part of a kind's state, for the public face's compatibility accessors.
   *
   * @param kind the plugin kind
   * @param type the type asked for
   * @param <T> the type asked for
   * @return the part, or {@code null} when no worker declares the kind or it has no such part
   */
  public <T> T unwrap(String kind, Class<T> type) {
    PluginInstance instance = byKind.get(kind);
    return instance == null ? null : instance.unwrap(type);
  }

  /** Tells every plugin that the workers run. */
  public void workersStarted() {
    byKind.values().forEach(PluginInstance::workersStarted);
  }

  /** Tells every kind that the workers were restarted ({@link PluginInstance#workersRestarted()}). */
  public void workersRestarted() {
    byKind.values().forEach(PluginInstance::workersRestarted);
  }

  /**
   * The Java handle of a worker's binding.
   *
   * @param type the handle type asked for
   * @param worker the worker's name
   * @param binding the binding name
   * @param <T> the handle type
   * @return the handle
   * @throws MiniflareException {@code ERR_VALIDATION} when the worker has no such binding or the
   *     binding's handle is of another type
   */
  public <T> T handle(Class<T> type, String worker, String binding) {
    Map<String, BindingDeclaration> own = byWorker.get(worker);
    if (own == null) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "getBinding: no worker is named \"" + worker + "\"; the workers are " + byWorker.keySet());
    }
    BindingDeclaration declaration = own.get(binding);
    Object handle = declaration == null ? null : byKind.get(declaration.kind()).handle(worker, declaration);
    if (!type.isInstance(handle)) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "getBinding: worker \"" + worker + "\" has no " + type.getSimpleName() + " bound as \"" + binding
              + "\"; its plugin bindings are " + describe(own));
    }
    return type.cast(handle);
  }

  private static String describe(Map<String, BindingDeclaration> own) {
    List<String> names = new ArrayList<>();
    own.values().forEach(d -> names.add(d.name() + " (" + d.kind() + ")"));
    return names.toString();
  }

  /**
   * Every plugin's storage state, by kind.
   *
   * @return the snapshots of the kinds that store something
   */
  public Map<String, Object> snapshot() {
    Map<String, Object> snapshots = new LinkedHashMap<>();
    byKind.forEach((kind, instance) -> {
      Object snapshot = instance.snapshot();
      if (snapshot != null) {
        snapshots.put(kind, snapshot);
      }
    });
    return snapshots;
  }

  /**
   * One kind's storage state.
   *
   * @param kind the plugin kind
   * @return its snapshot, or {@code null} when no worker declares the kind or it stores nothing
   */
  public Object snapshot(String kind) {
    PluginInstance instance = byKind.get(kind);
    return instance == null ? null : instance.snapshot();
  }

  /**
   * Puts one kind's storage back; nothing happens when no worker declares the kind.
   *
   * @param kind the plugin kind
   * @param snapshot what {@link #snapshot(String)} returned, or an empty state of the kind
   */
  public void restore(String kind, Object snapshot) {
    PluginInstance instance = byKind.get(kind);
    if (instance != null) {
      instance.restore(snapshot);
    }
  }

  /**
   * Puts every plugin's storage back to {@link #snapshot()}'s state.
   *
   * @param snapshots what {@link #snapshot()} returned on this instance (or on an earlier
   *     configuration of it: kinds and ids no longer declared are skipped)
   */
  public void restore(Map<String, Object> snapshots) {
    snapshots.forEach(this::restore);
  }

  /**
   * Copies into these (new, still unused) instances the storage that {@code previous} holds in
   * memory, for {@code Miniflare.setOptions}: every kind kept in memory by both option sets gets
   * {@code previous}'s state, each namespace, database or bucket under its id (ids these options
   * no longer bind may be dropped); a kind persisted by either option set keeps what its
   * directory holds.
   *
   * @param previous the instances of the configuration running until now
   * @param before the options of {@code previous}
   * @param after the options these instances were started from
   */
  public void carryInMemoryStorage(PluginInstances previous, MiniflareOptions before, MiniflareOptions after) {
    byKind.forEach((kind, instance) -> {
      if (before.persist(kind) == null && after.persist(kind) == null) {
        Object snapshot = previous.snapshot(kind);
        if (snapshot != null) {
          instance.restore(snapshot);
        }
      }
    });
  }

  @Override
  public void close() {
    byKind.values().forEach(PluginInstance::close);
  }
}
