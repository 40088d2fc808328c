package io.github.miniflare4j.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.IncomingRequests;
import io.github.miniflare4j.routing.CdnCgiGuard;
import io.github.miniflare4j.routing.Router;
import io.github.miniflare4j.scheduled.internal.CronScheduler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Everything a {@code Miniflare} instance runs for one set of options: the options, their routes,
 * the plugin instances (and the in-memory storage they hold), the worker isolates and the cron
 * schedules. {@code Miniflare.setOptions} builds a new one beside the running one and swaps them
 * in one volatile write, so a request sees one configuration whole, never parts of two.
 *
 * <p>Its plugins and crons find workers through {@link #worker(String)}, i.e. among this
 * configuration's isolates only: a configuration being built never reaches the running one's.
 */
public final class RunningConfiguration implements AutoCloseable {

  private final MiniflareOptions options;
  private final Router router;
  private final CdnCgiGuard cdnCgiGuard;
  private final IncomingRequests incoming;
  private final Runnable checkOpen;
  private final Map<String, WorkerIsolate> workers = Collections.synchronizedMap(new LinkedHashMap<>());
  private final PluginInstances plugins;
  private volatile CronScheduler crons;
  /** Set once {@link #close()} began: the instance closed, or {@code setOptions} replaced it. */
  private volatile boolean retired;

  /**
   * Parses the routes and starts the plugin instances; the workers start with {@link
   * #putWorkers(Map)}, the crons with {@link #startCrons()}.
   *
   * @param options options already validated
   * @param hostExecutor where blocking Java work of the plugins runs
   * @param checkOpen throws {@code ERR_DISPOSED} once the instance is closed; run when a worker is
   *     not found, so that a lookup after close names the real cause
   * @throws MiniflareException when a route or a plugin is wrong (nothing is left running)
   */
  public RunningConfiguration(MiniflareOptions options, ExecutorService hostExecutor, Runnable checkOpen) {
    this.options = options;
    this.router = Router.parse(byWorker(options, WorkerOptions::routes));
    this.cdnCgiGuard = CdnCgiGuard.of(router, options.upstream());
    this.incoming = new IncomingRequests(options.cf(), options.upstream());
    this.checkOpen = checkOpen;
    this.plugins = new PluginInstances(options, options.clock(), new WorkerDirectory() {
      @Override
      public WorkerIsolate worker(String name) {
        return RunningConfiguration.this.worker(name);
      }

      @Override
      public FetchResponse answerBefore(String name, FetchRequest request) {
        return plugins.answerBefore(name, request);
      }

      @Override
      public java.util.List<io.github.miniflare4j.engine.JsBinding> bindings(String name) {
        return plugins.bindings(name);
      }
    }, hostExecutor);
  }

  /** Starts the cron schedules of the workers; runs find the isolates of this configuration. */
  public void startCrons() {
    crons = CronScheduler.start(byWorker(options, WorkerOptions::crons), options.clock(), this::worker,
        options.dispatchTimeout());
  }

  private static Map<String, List<String>> byWorker(
      MiniflareOptions options, java.util.function.Function<WorkerOptions, List<String>> part) {
    Map<String, List<String>> parts = new LinkedHashMap<>();
    options.workers().forEach(w -> parts.put(w.name(), part.apply(w)));
    return parts;
  }

  /**
   * The running isolate of a worker.
   *
   * @param name the worker's name
   * @return the isolate
   * @throws MiniflareException {@code ERR_DISPOSED} after the instance closed, else {@code
   *     ERR_VALIDATION} naming the workers there are
   */
  public WorkerIsolate worker(String name) {
    WorkerIsolate isolate = workers.get(name);
    if (isolate == null) {
      checkNotRetired();
      throw new MiniflareException(
          ErrorCode.ERR_VALIDATION,
          "No worker named \"" + name + "\"; workers of this instance: " + workers.keySet());
    }
    return isolate;
  }

  /**
   * The entry worker's isolate (the first defined).
   *
   * @return the isolate
   * @throws MiniflareException {@code ERR_DISPOSED} when none runs because the instance closed
   */
  public WorkerIsolate entryWorker() {
    synchronized (workers) {
      if (workers.isEmpty()) {
        checkNotRetired();
      }
      return workers.values().iterator().next();
    }
  }

  /**
   * Throws {@code ERR_DISPOSED} when the instance closed or this configuration was replaced: a
   * request that read it just before {@code setOptions} swapped it is abandoned with the old
   * workers, as one already running on them is.
   */
  private void checkNotRetired() {
    checkOpen.run();
    if (retired) {
      throw new MiniflareException(ErrorCode.ERR_DISPOSED,
          "The workers this request was routed to were replaced by setOptions; send it again");
    }
  }

  /**
   * The isolates, by worker name: a synchronized map; iterate it inside {@code synchronized}.
   *
   * @return the live map
   */
  public Map<String, WorkerIsolate> workers() {
    return workers;
  }

  /**
   * Replaces the isolates (all at once, under the map's lock).
   *
   * @param fresh the new isolates, by worker name
   * @return the isolates replaced, to close
   */
  public List<WorkerIsolate> putWorkers(Map<String, WorkerIsolate> fresh) {
    synchronized (workers) {
      List<WorkerIsolate> old = new ArrayList<>(workers.values());
      workers.clear();
      workers.putAll(fresh);
      return old;
    }
  }

  /**
   * The options this configuration runs.
   *
   * @return the options
   */
  public MiniflareOptions options() {
    return options;
  }

  /**
   * The parsed routes of the workers.
   *
   * @return the router
   */
  public Router router() {
    return router;
  }

  /**
   * The check on {@code /cdn-cgi/} requests' {@code Host} and {@code Origin}, from the routes.
   *
   * @return the guard
   */
  public CdnCgiGuard cdnCgiGuard() {
    return cdnCgiGuard;
  }

  /**
   * How requests are completed before a worker sees them.
   *
   * @return the incoming-request preparation
   */
  public IncomingRequests incoming() {
    return incoming;
  }

  /**
   * The plugin instances, which hold the storage.
   *
   * @return the plugin instances
   */
  public PluginInstances plugins() {
    return plugins;
  }

  /**
   * The cron schedules.
   *
   * @return the scheduler, or {@code null} before {@link #startCrons()}
   */
  public CronScheduler crons() {
    return crons;
  }

  /**
   * Stops the crons, then the isolates (their in-flight requests fail with {@code ERR_DISPOSED}),
   * then the plugins. Idempotent enough for a failed start: what was not started is skipped.
   */
  @Override
  public void close() {
    retired = true;
    CronScheduler scheduler = crons;
    if (scheduler != null) {
      scheduler.close();
    }
    WorkerIsolate.closeAll(putWorkers(Map.of()));
    plugins.close();
  }
}
