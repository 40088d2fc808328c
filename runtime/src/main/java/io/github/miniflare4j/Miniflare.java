package io.github.miniflare4j;

import io.github.miniflare4j.cache.CacheStorage;
import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import io.github.miniflare4j.durable.DurableObjectsSnapshot;
import io.github.miniflare4j.engine.IsolateSpec;
import io.github.miniflare4j.engine.LoopGroup;
import io.github.miniflare4j.engine.SharedEngine;
import io.github.miniflare4j.engine.ResponseBodySink;
import io.github.miniflare4j.engine.StreamedRequestBody;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.engine.internal.QuickStartCompilation;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.StreamedFetchResponse;
import io.github.miniflare4j.http.WaitUntilWork;
import io.github.miniflare4j.internal.CompatibilityDates;
import io.github.miniflare4j.internal.OptionsValidator;
import io.github.miniflare4j.internal.PluginInstances;
import io.github.miniflare4j.internal.RunningConfiguration;
import io.github.miniflare4j.internal.ServerSwitch;
import io.github.miniflare4j.internal.WorkerSetup;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.kv.KvStorage;
import io.github.miniflare4j.queues.QueueProducer;
import io.github.miniflare4j.r2.R2Bucket;
import io.github.miniflare4j.routing.Router;
import io.github.miniflare4j.scheduled.CronTriggers;
import io.github.miniflare4j.scheduled.ScheduledResult;
import io.github.miniflare4j.scheduled.internal.ScheduledInvoker;
import io.github.miniflare4j.scheduled.internal.TestScheduledEndpoint;
import io.github.miniflare4j.scheduled.internal.TriggerEndpoint;
import io.github.miniflare4j.server.HttpServer;
import java.net.URI;
import io.github.miniflare4j.service.WorkerEntrypointStub;
import io.github.miniflare4j.websocket.internal.HandshakeHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running set of Cloudflare Workers inside the JVM: the Java counterpart of Node's {@code new
 * Miniflare(options)}. Construction starts every worker (and fails with a {@link
 * MiniflareException} naming the problem); {@link #close()} stops them. Thread-safe.
 *
 * <pre>{@code
 * try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
 *     .worker(WorkerOptions.builder()
 *         .script("export default { fetch() { return new Response('hi') } }"))
 *     .build())) {
 *   FetchResponse res = mf.dispatchFetch("http://localhost/");
 *   res.text(); // "hi"
 * }
 * }</pre>
 */
public final class Miniflare implements AutoCloseable {

  /**
   * The {@code Host} header a worker sees on dispatched requests when no HTTP server runs, as
   * from Miniflare's loopback socket; with a server, its own {@code host:port}.
   */
  static final String LOOPBACK_HOST = "127.0.0.1:8787";

  private static final AtomicInteger HOST_THREADS = new AtomicInteger();
  /** The plugin kind whose snapshots {@link #snapshotDurableObjects()} hands out. */
  private static final String DURABLE_OBJECTS = "do";

  private final ExecutorService hostExecutor;
  private volatile HttpServer server;
  private volatile String loopbackHost = LOOPBACK_HOST;
  /** Options, routes, plugins, isolates and crons, swapped whole by {@link #setOptions}. */
  private volatile RunningConfiguration current;
  // current's options and plugins, for the accessors (the dispatch path reads current once)
  private volatile MiniflareOptions options;
  private volatile PluginInstances plugins;
  /** Serializes {@link #setOptions}, {@link #restartWorkers} and {@link #close()}. */
  private final Object reconfiguring = new Object();
  private volatile boolean closed;

  /**
   * Validates the options and starts every worker.
   *
   * @throws MiniflareException with Miniflare's code when the options are wrong or a worker
   *     fails to start; nothing is left running in that case
   * @param options the options; checked here, not by the builder
   */
  public Miniflare(MiniflareOptions options) {
    SharedEngine.startInBackground(); // beside the checks and bindings below, on a second core
    if (QuickStartCompilation.askedByProperty()) {
      QuickStartCompilation.requestInBackground();
    }
    OptionsValidator.validate(options);
    this.hostExecutor = Executors.newCachedThreadPool(hostThreads());
    try {
      current = startConfiguration(options);
      this.options = options;
      this.plugins = current.plugins();
      plugins.workersStarted();
      startServer();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Routes, plugins, crons and isolates of {@code options}, started; on failure nothing is left running. */
  private RunningConfiguration startConfiguration(MiniflareOptions options) {
    RunningConfiguration started = new RunningConfiguration(options, hostExecutor, this::checkOpen);
    try {
      started.startCrons();
      started.putWorkers(startIsolates(started));
      return started;
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
  }

  /**
   * Runs this instance with new options, as Node Miniflare's {@code mf.setOptions(options)}: the
   * workers restart with the new scripts, bindings and settings (module globals start over;
   * Durable Object instances are constructed anew), while storage held in memory carries over: a
   * KV namespace, D1 database, R2 bucket, Durable Object namespace, workflow or cache that the
   * new options still bind under the same id keeps its data, a binding to another id sees that
   * id's data (empty when new). Persisted storage ({@code *Persist} options) is reopened from
   * disk. The new cron schedules replace the old; queue messages not yet delivered are dropped;
   * running workflow instances resume in the new workers from their stored steps. The HTTP
   * server keeps running when host and port are unchanged and restarts on the new ones
   * otherwise ({@code port(0)} picks a new free port); without a port in the new options it stops.
   *
   * <p>The switch is atomic: a request dispatched while this runs is served either wholly by the
   * old configuration or wholly by the new one. Requests still running on the old workers when
   * the new ones take over are abandoned and fail with {@code ERR_DISPOSED}, and their storage
   * writes made after the switch began may be lost: call it when no request is in flight, as
   * between tests. Java handles taken before ({@link #getBinding}, {@link #getKVNamespace},
   * {@link #kvStorage()}, ...) belong to the closed configuration: take them again, as Node
   * Miniflare requires of its stubs.
   *
   * @param options the new options, checked as the constructor checks them
   * @throws MiniflareException as the constructor does (e.g. {@code ERR_VALIDATION}, or the
   *     script's parse error) when the new options are wrong or a worker fails to start: the
   *     instance then keeps running its previous options, untouched; {@code ERR_DISPOSED}
   *     ("Cannot use disposed instance") after {@link #close()}
   */
  public void setOptions(MiniflareOptions options) {
    java.util.Objects.requireNonNull(options, "options");
    synchronized (reconfiguring) {
      checkOpen();
      OptionsValidator.validate(options);
      RunningConfiguration previous = current;
      RunningConfiguration next = startConfiguration(options);
      ServerSwitch serverSwitch;
      try {
        next.plugins().carryInMemoryStorage(previous.plugins(), previous.options(), options);
        next.plugins().workersStarted(); // may still refuse, e.g. a service binding's missing entrypoint
        serverSwitch = ServerSwitch.prepare(server, previous.options(), options, this::serveHttp); // last: nothing to undo after it
      } catch (RuntimeException e) {
        next.close();
        throw e;
      }
      current = next;
      this.options = options;
      this.plugins = next.plugins();
      previous.close();
      HttpServer serving = serverSwitch.complete();
      server = serving;
      loopbackHost = serving == null ? LOOPBACK_HOST : serving.authority();
    }
  }

  /**
   * Tells the JVM to compile with its quick compiler (C1) only from now on, as {@code
   * -XX:TieredStopAtLevel=1} would: right for a short-lived JVM such as a test run, where HotSpot's
   * optimizing compiler (C2) spends seconds of CPU on GraalJS that a run of a few seconds never
   * earns back (a 10-test suite ran about 1.3x faster); wrong for a long-lived server, whose
   * steady-state speed C2 makes. The JUnit extension asks for it when the launcher session opens.
   * Best effort and once per JVM: it returns at once and takes effect a few hundred milliseconds
   * later; nothing happens on a JVM that is not HotSpot, or when the JVM runs with {@code
   * -Dminiflare4j.quickStart=false}. {@code -Dminiflare4j.quickStart=true} does the same as
   * calling it, at the first instance's construction.
   */
  public static void preferQuickStart() {
    QuickStartCompilation.requestInBackground();
  }

  /**
   * Starts preparing, on background threads, what this JVM's first instance needs before it runs
   * any worker code: the GraalJS engine, and one worker Context with the web platform's globals
   * set up. An instance constructed afterwards takes that Context, waiting for it when it is not
   * ready yet, so the time between this call and the constructor is saved (in a test run: test
   * discovery). Returns at once; once per JVM; a JVM that never constructs an instance only spent
   * the CPU. The JUnit extension calls it when a test class that uses it is discovered. {@code
   * -Dminiflare4j.prepareAhead=false} turns it off.
   */
  public static void prepareInBackground() {
    SharedEngine.prepareFirstContextInBackground();
  }

  /** The handler of a worker's global fetch(): an outboundService naming a worker is bound to the running ones. */
  private static io.github.miniflare4j.http.FetchHandler outbound(
      io.github.miniflare4j.http.FetchHandler configured, RunningConfiguration configuration) {
    return configured instanceof io.github.miniflare4j.internal.WorkerOutbound worker ? worker.bind(configuration::worker) : configured;
  }

  /** Starts one isolate per worker definition; on failure, closes those that started. */
  private Map<String, WorkerIsolate> startIsolates(RunningConfiguration configuration) {
    MiniflareOptions options = configuration.options();
    PluginInstances plugins = configuration.plugins();
    Map<String, WorkerIsolate> started = new LinkedHashMap<>();
    List<IsolateSpec> specs = new ArrayList<>();
    List<WorkerOptions> definitions = options.workers();
    LoopGroup loops = new LoopGroup();
    for (int i = 0; i < definitions.size(); i++) {
      WorkerOptions worker = definitions.get(i);
      if (plugins.runByPlugin(worker.name())) {
        continue; // its code runs inside the workers that bind it
      }
      IsolateSpec spec =
          new IsolateSpec(
              worker.name(),
              WorkerSetup.resolve(worker, i),
              new IsolateSpec.Compatibility(CompatibilityDates.effective(worker.compatibilityDate()), worker.compatibilityFlags()),
              new IsolateSpec.Environment(
                  plugins.bindings(worker.name()),
                  plugins.workerHosts(worker.name()),
                  outbound(worker.outboundService() != null ? worker.outboundService() : options.outboundService(), configuration)),
              new IsolateSpec.InstanceServices(options.clock(), hostExecutor, options.console(), loops),
              options.cpuLimit(),
              options.startupCpuLimit());
      specs.add(spec);
    }
    List<CompletableFuture<WorkerIsolate>> starting = WorkerIsolate.startAll(specs);
    RuntimeException failure = null;
    long deadline = System.nanoTime() + options.startupTimeout().toNanos();
    for (int i = 0; i < starting.size(); i++) {
      CompletableFuture<WorkerIsolate> future = starting.get(i);
      try {
        WorkerIsolate isolate = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        started.put(isolate.name(), isolate);
      } catch (TimeoutException e) {
        // whatever it finally does, the late isolate must not outlive this failed construction
        future.thenAcceptAsync(WorkerIsolate::close); // the common pool: never the loop thread it closes, and alive after close()
        if (failure == null) {
          String name = specs.get(i).name().isEmpty() ? "(unnamed)" : specs.get(i).name();
          failure = new MiniflareException(
              ErrorCode.ERR_TIMEOUT,
              "Worker \"" + name + "\" did not start within " + options.startupTimeout()
                  + ": it was still creating its context and evaluating its top-level code. "
                  + "Raise MiniflareOptions.startupTimeout(...) if it is just slow.");
        }
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException
              ? (RuntimeException) e.getCause()
              : new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, String.valueOf(e.getCause()), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, "Interrupted while starting workers", e);
      }
    }
    if (failure != null) {
      started.values().forEach(WorkerIsolate::close);
      throw failure;
    }
    return started;
  }

  /**
   * Replaces every worker isolate by a fresh one started from the same options: module globals
   * and in-memory state of the workers start over, storage (KV, Durable Objects, caches) is untouched. Requests and
   * {@code ctx.waitUntil} work still running in the old isolates are abandoned; running workflow
   * instances start again in the new isolates, from their stored steps. Meant for test
   * isolation between tests; call it when no request is in flight.
   *
   * @throws MiniflareException as the constructor does when a worker fails to start (the old
   *     isolates keep running in that case), {@code ERR_DISPOSED} after {@link #close()}
   */
  public void restartWorkers() {
    restartWorkers(null);
  }

  /**
   * {@link #restartWorkers()} and {@link #restoreStorage(StorageSnapshot)} in one step: the storage
   * is put back after the old isolates closed and before anything resumes in the new ones (a
   * running workflow instance resumes from the restored steps, never from the previous state).
   * What the extension does between tests.
   *
   * @param storage a snapshot {@link #snapshotStorage()} took on this instance, or {@code null}
   *     to leave storage alone
   * @throws MiniflareException as {@link #restartWorkers()}
   */
  public void restartWorkers(StorageSnapshot storage) {
    synchronized (reconfiguring) {
      checkOpen();
      RunningConfiguration running = current;
      WorkerIsolate.closeAll(running.putWorkers(startIsolates(running)));
      if (storage != null) {
        running.plugins().restore(storage.plugins());
      }
      running.plugins().workersRestarted();
    }
  }

  private void startServer() {
    if (options.port() == null) {
      return;
    }
    HttpServer started = HttpServer.start(
        options.host(), options.port(), options.serverLimits(), options.logRequests(), this::serveHttp);
    server = started;
    loopbackHost = started.authority();
  }

  /** A request that arrived over HTTP: its URL already carries its Host header; routed alike. */
  private CompletableFuture<FetchResponse> serveHttp(
      FetchRequest request, StreamedRequestBody body, ResponseBodySink sink) {
    try {
      checkOpen();
      RunningConfiguration running = current;
      FetchRequest prepared = running.incoming().prepare(request, request.headers().get("host"), null);
      CompletableFuture<FetchResponse> refused = UnrecognizedMethod.answer(prepared);
      if (refused == null) {
        refused = EntryRouting.refusal(running, prepared);
      }
      if (refused != null) {
        return refused;
      }
      String named = EntryRouting.named(running, prepared);
      WorkerIsolate target = EntryRouting.target(running, named);
      if (target == null) {
        return EntryRouting.noEntrypoint();
      }
      prepared = EntryRouting.forWorker(prepared);
      CompletableFuture<FetchResponse> trigger = triggerHandler(running, prepared, target);
      CompletableFuture<FetchResponse> early = trigger != null || named != null ? trigger : answerBefore(running, prepared, target);
      return early != null ? early : target.fetchStreaming(prepared, body, sink);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The HTTP server's address, e.g. {@code http://127.0.0.1:8787/}.
   *
   * @throws IllegalStateException when the options set no port, so no server runs
   * @return the URL, ending in {@code /}
   */
  public URI url() {
    return requireServer().url();
  }

  /**
   * The port the HTTP server listens on (the one chosen when the options said {@code 0}).
   *
   * @throws IllegalStateException when the options set no port, so no server runs
   * @return the port, 1 to 65535
   */
  public int port() {
    return requireServer().port();
  }

  private HttpServer requireServer() {
    checkOpen();
    HttpServer running = server;
    if (running == null) {
      throw new IllegalStateException(
          "This instance has no HTTP server: set MiniflareOptions.builder().port(0) (any free port) "
              + "or port(8787) to serve the workers over HTTP");
    }
    return running;
  }

  private WorkerIsolate isolate(String name) {
    return current.worker(name);
  }

  /**
   * The options this instance runs: those it was built from, or those of the last successful
   * {@link #setOptions}.
   *
   * @return the options, unchanged
   */
  public MiniflareOptions options() {
    return current.options();
  }

  /**
   * The instance clock: advance it to expire KV keys and fire alarms without sleeping.
   *
   * @return the clock shared by every worker of this instance
   */
  public MiniflareClock clock() {
    return options.clock();
  }

  /**
   * The KV namespace bound as {@code bindingName} in the entry worker, as a synchronous Java
   * handle that sees the same data, clock and limits as the workers (Node Miniflare's {@code
   * getKVNamespace}).
   *
   * @throws MiniflareException {@code ERR_VALIDATION} when the entry worker has no such binding
   * @param bindingName the binding name, as in {@code env.BINDING}
   * @return a handle on the namespace; cheap, need not be cached
   */
  public KvNamespace getKVNamespace(String bindingName) {
    return kvHandle(options.workers().get(0), bindingName);
  }

  /**
   * The KV namespace bound as {@code bindingName} in the worker named {@code workerName}.
   *
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or binding
   * @param workerName the worker's name
   * @param bindingName the binding name, as in {@code env.BINDING}
   * @return a handle on the namespace; cheap, need not be cached
   */
  public KvNamespace getKVNamespace(String workerName, String bindingName) {
    for (WorkerOptions worker : options.workers()) {
      if (workerName.equals(worker.name())) {
        return kvHandle(worker, bindingName);
      }
    }
    List<String> names = new ArrayList<>();
    options.workers().forEach(w -> names.add(w.name()));
    throw new MiniflareException(ErrorCode.ERR_VALIDATION,
        "getKVNamespace(\"" + workerName + "\", \"" + bindingName + "\"): no worker is named \"" + workerName
            + "\"; the workers are " + names + ".");
  }

  private KvNamespace kvHandle(WorkerOptions worker, String bindingName) {
    checkOpen();
    String id = worker.kvNamespaces().get(bindingName);
    if (id == null) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "getKVNamespace: worker \"" + worker.name() + "\" has no KV namespace bound as \"" + bindingName
              + "\"; its KV bindings are " + worker.kvNamespaces().keySet()
              + ". Bind one with WorkerOptions.Builder.kvNamespace(\"" + bindingName + "\", namespaceId).");
    }
    return plugins.handle(KvNamespace.class, worker.name(), bindingName);
  }

  /**
   * Every KV namespace of this instance, by namespace id: {@link KvStorage#snapshot()} and
   * {@link KvStorage#restore} reset them all at once (per-test isolation), {@link
   * KvStorage#clear()} empties them. Prefer {@link #snapshotStorage()}, which covers every kind.
   *
   * @return the storage shared by every worker of this instance; an empty storage of its own
   *     when no worker binds a KV namespace
   */
  public KvStorage kvStorage() {
    KvStorage storage = plugins.unwrap("kv", KvStorage.class);
    return storage != null ? storage : new KvStorage();
  }

  /**
   * The Cache API storage of this instance ({@code caches.default} and {@code caches.open(name)}
   * of every worker): {@link CacheStorage#snapshot()} and {@link CacheStorage#restore} reset it
   * (per-test isolation), {@link CacheStorage#clear()} empties it. {@link #restartWorkers()}
   * leaves it alone.
   *
   * @return the cache storage shared by every worker of this instance
   */
  public CacheStorage cacheStorage() {
    return plugins.unwrap("cache", CacheStorage.class);
  }

  /**
   * Removes every entry of {@code caches.default}, as Miniflare's {@code purgeCache()}.
   *
   * @return the number of entries removed
   */
  public long purgeCache() {
    return cacheStorage().purge(CacheStorage.DEFAULT);
  }

  /**
   * Removes every entry of the cache {@code caches.open(name)} returns, as Miniflare's {@code
   * purgeCache(name)}.
   *
   * @param cacheName the cache's name
   * @return the number of entries removed
   */
  public long purgeCache(String cacheName) {
    return cacheStorage().purge(cacheName);
  }

  /**
   * The names of the workers, entry worker first.
   *
   * @return an immutable list ({@code ""} for an unnamed worker)
   */
  public List<String> workerNames() {
    Map<String, WorkerIsolate> workers = current.workers();
    synchronized (workers) {
      return List.copyOf(workers.keySet());
    }
  }

  /**
   * Sends a {@code GET} to the entry worker (or the worker routed for the URL).
   *
   * @param url an absolute URL
   * @return the response, as {@link #dispatchFetch(FetchRequest)}
   */
  public FetchResponse dispatchFetch(String url) {
    return dispatchFetch(FetchRequest.get(url));
  }

  /**
   * Sends a request with a method, headers and an optional UTF-8 body ({@code null} for none).
   *
   * @param method the HTTP method, for example {@code "POST"}
   * @param url an absolute URL
   * @param headers the request headers; not {@code null}
   * @param body the body, or {@code null}
   * @return the response, as {@link #dispatchFetch(FetchRequest)}
   */
  public FetchResponse dispatchFetch(String method, String url, Map<String, String> headers, String body) {
    return dispatchFetch(FetchRequest.builder(url).method(method).headers(headers).body(body).build());
  }

  /**
   * Sends a request and waits for the response, at most {@link MiniflareOptions#dispatchTimeout()}.
   * Uncaught errors in the worker come back as Miniflare renders them: status 500 with the error
   * as text. Redirects are returned, not followed.
   *
   * @throws MiniflareException {@code ERR_TIMEOUT} when no response came in time, {@code
   *     ERR_DISPOSED} after {@link #close()}
   * @param request the request; the worker sees the URL without its fragment
   * @return the response
   */
  public FetchResponse dispatchFetch(FetchRequest request) {
    return await(dispatchFetchAsync(request), request);
  }

  /**
   * Sends a request to the named worker, bypassing routes.
   *
   * @param workerName the worker's name
   * @param request the request
   * @return the response, as {@link #dispatchFetch(FetchRequest)}
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker
   */
  public FetchResponse dispatchFetch(String workerName, FetchRequest request) {
    checkOpen();
    RunningConfiguration running = current;
    return await(running.worker(workerName).fetch(prepare(running, request), WorkerIsolate.ErrorMode.RENDER)
        .thenApply(HandshakeHeaders::apply).thenApply(HttpHopValues::apply), request);
  }

  /**
   * Sends a request without blocking; the future completes with the response. The worker is
   * chosen by the URL's host and path against the workers' routes (the {@code Host} header plays
   * no part); a URL no route matches goes to the first worker.
   *
   * @param request the request
   * @return a future of the response; uncaught worker errors are rendered as status 500
   * @throws MiniflareException {@code ERR_DISPOSED} after {@link #close()}
   */
  public CompletableFuture<FetchResponse> dispatchFetchAsync(FetchRequest request) {
    checkOpen();
    RunningConfiguration running = current;
    return routed(running, prepare(running, request), null);
  }

  /**
   * Sends a request and returns as soon as the response's head has arrived, with a body read as
   * the worker produces it: the {@code Response} of Miniflare's {@code dispatchFetch}, whose body
   * streams. For a server-sent events endpoint or any body that does not end, where {@link
   * #dispatchFetch(FetchRequest)} waits for the whole body. Routed as {@code dispatchFetch}; a
   * buffered body (a string, bytes, an asset) is read from memory.
   *
   * @param request the request
   * @return the response; close it when done (an unfinished body is then cancelled)
   * @throws MiniflareException {@code ERR_TIMEOUT} when no head came within {@link
   *     MiniflareOptions#dispatchTimeout()}, {@code ERR_DISPOSED} after {@link #close()}
   */
  public StreamedFetchResponse dispatchFetchStreaming(FetchRequest request) {
    checkOpen();
    RunningConfiguration running = current;
    ResponseBodyPipe pipe = new ResponseBodyPipe(options.dispatchTimeout(), request.toString());
    FetchResponse head = await(routed(running, prepare(running, request), pipe), request);
    return new StreamedFetchResponse(head, pipe.started() ? pipe : new java.io.ByteArrayInputStream(head.bytes()));
  }

  /**
   * Sends a request to the named worker, bypassing routes, and returns at its response's head.
   *
   * @param workerName the worker's name
   * @param request the request
   * @return the response, as {@link #dispatchFetchStreaming(FetchRequest)}
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker
   */
  public StreamedFetchResponse dispatchFetchStreaming(String workerName, FetchRequest request) {
    checkOpen();
    RunningConfiguration running = current;
    ResponseBodyPipe pipe = new ResponseBodyPipe(options.dispatchTimeout(), request.toString());
    FetchResponse head = await(running.worker(workerName).fetchStreaming(prepare(running, request), null, pipe)
        .thenApply(HandshakeHeaders::apply), request);
    return new StreamedFetchResponse(head, pipe.started() ? pipe : new java.io.ByteArrayInputStream(head.bytes()));
  }

  /**
   * The worker routed for the request's URL, else the entry worker, answers it; a response body
   * that is a stream goes to {@code sink} when there is one (the future's value is then its head).
   */
  private CompletableFuture<FetchResponse> routed(
      RunningConfiguration running, FetchRequest routedRequest, ResponseBodySink sink) {
    CompletableFuture<FetchResponse> refused = UnrecognizedMethod.answer(routedRequest);
    if (refused == null) {
      refused = OversizedRequestHead.answer(routedRequest);
    }
    if (refused == null) {
      refused = EntryRouting.refusal(running, routedRequest);
    }
    if (refused != null) {
      return refused;
    }
    String named = EntryRouting.named(running, routedRequest);
    WorkerIsolate target = EntryRouting.target(running, named);
    if (target == null) {
      return EntryRouting.noEntrypoint();
    }
    FetchRequest request = EntryRouting.forWorker(routedRequest);
    CompletableFuture<FetchResponse> trigger = triggerHandler(running, request, target);
    CompletableFuture<FetchResponse> early = trigger != null || named != null ? trigger : answerBefore(running, request, target);
    if (early != null) {
      return early;
    }
    CompletableFuture<FetchResponse> answer = (sink == null
        ? target.fetch(request, WorkerIsolate.ErrorMode.RENDER)
        : target.fetchStreaming(request, null, sink)).thenApply(HandshakeHeaders::apply).thenApply(HttpHopValues::apply);
    return running.options().testScheduled() ? answer.thenApply(r -> TestScheduledEndpoint.afterFetch(request, r)) : answer;
  }

  private static final String ADDITIONAL_RESPONSE_LOG = "X-Mf-Additional-Response-Log";

  /**
   * A plugin's answer ahead of the worker (static assets) for a request neither a route nor an
   * override named a worker for, as in Miniflare, where those lead straight to their worker;
   * else null.
   */
  private CompletableFuture<FetchResponse> answerBefore(
      RunningConfiguration running, FetchRequest request, WorkerIsolate target) {
    try {
      FetchResponse answer = running.plugins().answerBefore(target.name(), request);
      if (answer != null && answer.headers().has(ADDITIONAL_RESPONSE_LOG)) {
        // Miniflare's entry worker logs this header of its asset worker's answers and drops it
        answer = answer.toBuilder().headers(answer.headers().toBuilder().remove(ADDITIONAL_RESPONSE_LOG).build()).build();
      }
      return answer == null ? null : CompletableFuture.completedFuture(answer);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * With {@code unsafeTriggerHandlers}, the answer to a {@code /cdn-cgi/handler/} path; with
   * {@code testScheduled}, to {@code /__scheduled}; else null.
   */
  private CompletableFuture<FetchResponse> triggerHandler(
      RunningConfiguration running, FetchRequest request, WorkerIsolate target) {
    MiniflareOptions options = running.options();
    CompletableFuture<FetchResponse> trigger =
        options.unsafeTriggerHandlers() ? TriggerEndpoint.handle(request, target, options.clock()) : null;
    if (trigger == null && options.testScheduled()) {
      trigger = TestScheduledEndpoint.handle(request, target, options.clock());
    }
    return trigger;
  }

  /**
   * Runs the entry worker's {@code scheduled()} handler once, as a cron trigger would, and waits
   * for it and its {@code ctx.waitUntil} work (Node Miniflare 2's {@code dispatchScheduled}).
   *
   * @param cron what the handler sees as {@code controller.cron}; any text, not checked
   * @param scheduledTime what it sees as {@code controller.scheduledTime}
   * @return the outcome; a handler that throws gives a failed result, not an exception
   * @throws MiniflareException {@code ERR_TIMEOUT} after {@link MiniflareOptions#dispatchTimeout()}
   */
  public ScheduledResult dispatchScheduled(String cron, java.time.Instant scheduledTime) {
    checkOpen();
    return dispatchScheduled(entryWorker().name(), cron, scheduledTime);
  }

  /**
   * Runs the named worker's {@code scheduled()} handler once and waits for its outcome.
   *
   * @param workerName the worker's name
   * @param cron what the handler sees as {@code controller.cron}; any text, not checked
   * @param scheduledTime what it sees as {@code controller.scheduledTime}
   * @return the outcome
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker, {@code
   *     ERR_TIMEOUT} after {@link MiniflareOptions#dispatchTimeout()}
   */
  public ScheduledResult dispatchScheduled(String workerName, String cron, java.time.Instant scheduledTime) {
    checkOpen();
    java.util.Objects.requireNonNull(cron, "cron");
    java.util.Objects.requireNonNull(scheduledTime, "scheduledTime");
    return ScheduledInvoker.await(ScheduledInvoker.run(isolate(workerName), cron, scheduledTime),
        options.dispatchTimeout(), "scheduled(\"" + cron + "\") of worker \"" + workerName + "\"");
  }

  /**
   * Hands a batch straight to the named worker's {@code queue()} handler and waits for it and its
   * {@code ctx.waitUntil} work, as Miniflare's {@code Fetcher.queue(queueName, messages)} and
   * Vitest's {@code createMessageBatch()} with {@code getQueueResult()} do: no queue is involved,
   * nothing is retried, the handler's decisions are reported.
   *
   * @param workerName the consuming worker's name
   * @param queueName what the handler sees as {@code batch.queue}
   * @param messages the batch, in order
   * @return the decisions; a handler that throws gives an {@code "exception"} outcome, not an
   *     exception
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or a body
   *     cannot be written as JSON, {@code ERR_TIMEOUT} after {@link MiniflareOptions#dispatchTimeout()}
   */
  public io.github.miniflare4j.queues.QueueDispatchResult dispatchQueue(String workerName, String queueName,
      List<io.github.miniflare4j.queues.QueueMessage> messages) {
    checkOpen();
    java.util.Objects.requireNonNull(queueName, "queueName");
    return ScheduledInvoker.await(io.github.miniflare4j.queues.internal.QueueInvoker.run(isolate(workerName), queueName,
        List.copyOf(messages), options.clock().millis()), options.dispatchTimeout(),
        "queue(\"" + queueName + "\") of worker \"" + workerName + "\"");
  }

  /**
   * Runs the entry worker's {@code email(message, env, ctx)} handler with a raw message, as
   * Miniflare's {@code /cdn-cgi/handler/email} endpoint does, and waits for it and its {@code
   * ctx.waitUntil} work.
   *
   * @param from the envelope sender ({@code message.from})
   * @param to the envelope recipient ({@code message.to})
   * @param raw the MIME message, headers first
   * @return what the handler did: rejection, error, forwards, replies
   * @throws IllegalArgumentException when Miniflare refuses the message (size, no Message-ID), with its message
   */
  public io.github.miniflare4j.email.EmailResult dispatchEmail(String from, String to, String raw) {
    checkOpen();
    return dispatchEmail(entryWorker().name(), from, to, raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Runs the named worker's {@code email()} handler with a raw message; see {@link
   * #dispatchEmail(String, String, String)}.
   *
   * @param workerName the worker's name
   * @param from the envelope sender
   * @param to the envelope recipient
   * @param raw the MIME message
   * @return what the handler did
   * @throws IllegalArgumentException when Miniflare refuses the message, with its message
   */
  public io.github.miniflare4j.email.EmailResult dispatchEmail(String workerName, String from, String to, byte[] raw) {
    checkOpen();
    io.github.miniflare4j.email.internal.EmailInvoker.Checked checked = io.github.miniflare4j.email.internal.EmailInvoker.check(raw);
    if (checked.problem() != null) {
      throw new IllegalArgumentException(checked.problem());
    }
    java.util.concurrent.CompletableFuture<io.github.miniflare4j.email.EmailResult> run = io.github.miniflare4j.email.internal.EmailInvoker
        .run(isolate(workerName), from, to, raw, checked.headers(), true);
    return ScheduledInvoker.await(run, options.dispatchTimeout(), "email() of worker \"" + workerName + "\"");
  }

  /**
   * The cron triggers of every worker: advance {@link #clock()} to fire them, then wait for
   * their runs here.
   *
   * @return a handle; cheap, need not be cached
   */
  public CronTriggers cronTriggers() {
    checkOpen();
    return current.crons();
  }

  /**
   * The parsed routes of every worker, most specific first.
   *
   * @return the router; empty when no worker has routes
   */
  public Router router() {
    return current.router();
  }

  /**
   * The rejections of {@code ctx.waitUntil} promises since the last call, oldest first, each as
   * {@code worker "name": Name: message} followed by its JavaScript frames; then forgets them.
   * Each is also logged, when it happens, to the worker's logger.
   *
   * @return the failures, possibly empty
   */
  public List<String> waitUntilFailures() {
    List<WorkerIsolate> snapshot = runningWorkers();
    List<String> failures = new ArrayList<>();
    for (WorkerIsolate worker : snapshot) {
      worker.pendingWork().drainFailures().forEach(f -> failures.add("worker \"" + worker.spec().displayName() + "\": " + f));
    }
    return failures;
  }

  /** The isolates running now, copied under the map's lock (a restart may replace them meanwhile). */
  private List<WorkerIsolate> runningWorkers() {
    Map<String, WorkerIsolate> workers = current.workers();
    synchronized (workers) {
      return new ArrayList<>(workers.values());
    }
  }

  /**
   * Waits, up to {@code timeout}, until every {@code ctx.waitUntil} promise has settled, and says
   * whether then no worker is serving a request either: when it is, nothing started earlier can
   * still write to storage, and {@link #restoreStorage(StorageSnapshot)} alone isolates what
   * comes next as well as {@link #restartWorkers(StorageSnapshot)} would, module globals aside.
   * Never throws for work that does not settle in time: it answers {@code false}.
   *
   * @param timeout how long to wait for {@code ctx.waitUntil} work at most; zero to only look
   * @return {@code true} when nothing runs on the workers' behalf
   */
  public boolean awaitIdle(java.time.Duration timeout) {
    List<WorkerIsolate> snapshot = runningWorkers();
    try {
      CompletableFuture.allOf(snapshot.stream().map(w -> w.pendingWork().whenIdle()).toArray(CompletableFuture[]::new))
          .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return snapshot.stream().noneMatch(WorkerIsolate::busy);
  }

  /**
   * Waits until every {@code ctx.waitUntil} promise of every worker has settled. With {@link
   * MiniflareOptions#failOnWaitUntilRejection()}, then throws when some of them rejected.
   *
   * @throws MiniflareException {@code ERR_TIMEOUT} naming the workers still busy; {@code
   *     ERR_SCRIPT} listing the rejections (see {@link #waitUntilFailures()}) when failing on them
   *     is enabled
   * @param timeout how long to wait at most
   */
  public void waitUntilSettled(java.time.Duration timeout) {
    awaitWaitUntil(timeout);
    if (options.failOnWaitUntilRejection()) {
      List<String> failures = waitUntilFailures();
      if (!failures.isEmpty()) {
        throw new MiniflareException(ErrorCode.ERR_SCRIPT,
            failures.size() + " ctx.waitUntil promise" + (failures.size() == 1 ? "" : "s") + " rejected:\n"
                + String.join("\n", failures));
      }
    }
  }

  /**
   * Waits until the {@code ctx.waitUntil} promises registered while producing {@code response}
   * have settled: only those of that request, not those of other requests in flight. A response
   * built in Java has none. Rejections are reported as for the whole instance ({@link
   * #waitUntilFailures()}).
   *
   * @param response a response returned by {@code dispatchFetch}
   * @param timeout how long to wait
   * @throws MiniflareException {@code ERR_TIMEOUT} naming the request, its worker and the number
   *     of promises still pending
   */
  public void waitUntilSettled(FetchResponse response, java.time.Duration timeout) {
    WaitUntilWork work = response.waitUntilWork();
    try {
      work.whenIdle().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT,
          "ctx.waitUntil work of " + work.request() + " did not settle within " + timeout + ": \""
              + work.workerName() + "\" (" + work.pending() + " pending)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for waitUntil work", e);
    } catch (ExecutionException e) {
      throw new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, "waitUntil tracking failed", e.getCause());
    }
  }

  private void awaitWaitUntil(java.time.Duration timeout) {
    List<CompletableFuture<Void>> idle = new ArrayList<>();
    List<WorkerIsolate> snapshot = runningWorkers();
    snapshot.forEach(w -> idle.add(w.pendingWork().whenIdle()));
    try {
      CompletableFuture.allOf(idle.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      StringBuilder busy = new StringBuilder();
      snapshot.forEach(w -> {
        int n = w.pendingWork().pending();
        if (n > 0) {
          busy.append(busy.length() == 0 ? "" : ", ").append('"').append(w.name()).append("\" (").append(n).append(" pending)");
        }
      });
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT,
          "ctx.waitUntil work did not settle within " + timeout + ": " + busy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for waitUntil work", e);
    } catch (ExecutionException e) {
      throw new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, "waitUntil tracking failed", e.getCause());
    }
  }

  /**
   * The Durable Object namespace bound as {@code binding} in the entry worker.
   *
   * @throws MiniflareException {@code ERR_VALIDATION} naming the bindings that exist
   * @param binding the binding name, as in {@code env.BINDING}
   * @return a handle on the namespace
   */
  public DurableObjectNamespace getDurableObjectNamespace(String binding) {
    checkOpen();
    return getDurableObjectNamespace(binding, options.workers().get(0).name());
  }

  /**
   * The Durable Object namespace bound as {@code binding} in the named worker.
   *
   * @param binding the binding name, as in {@code env.BINDING}
   * @param workerName the worker's name
   * @return a handle on the namespace
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or binding
   */
  public DurableObjectNamespace getDurableObjectNamespace(String binding, String workerName) {
    checkOpen();
    WorkerOptions worker = options.workers().stream().filter(w -> w.name().equals(workerName)).findFirst()
        .orElseThrow(() -> new MiniflareException(ErrorCode.ERR_VALIDATION,
            "getDurableObjectNamespace(\"" + binding + "\", \"" + workerName + "\"): no worker named \""
                + workerName + "\"; workers of this instance: " + workerNames()));
    if (!worker.durableObjects().containsKey(binding)) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "getDurableObjectNamespace(\"" + binding + "\"): worker \"" + workerName + "\" has no Durable Object binding \""
              + binding + "\"; its Durable Object bindings are " + worker.durableObjects().keySet());
    }
    return plugins.handle(DurableObjectNamespace.class, workerName, binding);
  }

  /**
   * A stub for RPC calls to a worker's entrypoint, as another worker's service binding would
   * make them (Node Miniflare's {@code getWorker(name)} for the default export).
   *
   * @param workerName the worker's name
   * @param entrypoint a named export extending {@code WorkerEntrypoint}, or {@code null} for the
   *     default export
   * @return the stub; it finds the worker on each call, so it survives {@link #restartWorkers()}
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or
   *     entrypoint, naming those that exist
   */
  public WorkerEntrypointStub getWorkerEntrypoint(String workerName, String entrypoint) {
    checkOpen();
    return WorkerEntrypointStub.open(workerName, entrypoint, this::isolate, options.dispatchTimeout());
  }

  /**
   * The exports of one of the entry worker's modules, to call its functions from Java as a unit
   * test imports and calls them; see {@link #importModule(String, String)}.
   *
   * @param path the module's path relative to the project root, such as {@code "src/util.ts"}
   * @return the module's exports
   */
  public ModuleExports importModule(String path) {
    checkOpen();
    return importModule(workerNames().get(0), path);
  }

  /**
   * The exports of one of a worker's modules, to call its functions from Java as a unit test
   * imports and calls them (Vitest's {@code import { fn } from "../src/util"}). The module is
   * imported into the worker now, as the worker's own imports load it: the same instance, so
   * module state is shared with the worker's handlers.
   *
   * @param workerName the worker's name
   * @param path the module's path: for a worker loaded from files (a Wrangler project, {@code
   *     scriptPath}), relative to the project root (the folder of its {@code package.json}, else of
   *     the entry), resolved as the worker's imports are (extensions and {@code index} files when
   *     bundling), else a package specifier ({@code "hono/jwt"}) resolved from the project root;
   *     for a worker given as a list of modules, a module's path in that list
   * @return the module's exports; they find the worker on each call, so they survive {@link
   *     #restartWorkers()}
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or module, or
   *     the worker is a service-worker script
   * @throws WorkerException when the module fails to load (syntax error, top-level exception)
   */
  public ModuleExports importModule(String workerName, String path) {
    checkOpen();
    return ModuleExports.open(workerName, path, this::isolate, options.dispatchTimeout());
  }

  /**
   * The Java handle of a plugin binding of the entry worker, e.g. {@code
   * getBinding(D1Database.class, "DB")} (Node Miniflare's {@code getD1Database("DB")}).
   *
   * @param type the handle type of the binding's kind
   * @param bindingName the binding name, as in {@code env.BINDING}
   * @param <T> the handle type
   * @return the handle; operations on it are visible to the workers at once
   * @throws MiniflareException {@code ERR_VALIDATION} when the entry worker has no such binding
   */
  public <T> T getBinding(Class<T> type, String bindingName) {
    checkOpen();
    return plugins.handle(type, options.workers().get(0).name(), bindingName);
  }

  /**
   * The Java handle of a plugin binding of the worker named {@code workerName}.
   *
   * @param type the handle type of the binding's kind
   * @param workerName the worker's name
   * @param bindingName the binding name
   * @param <T> the handle type
   * @return the handle
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or binding
   */
  public <T> T getBinding(Class<T> type, String workerName, String bindingName) {
    checkOpen();
    return plugins.handle(type, workerName, bindingName);
  }

  // Node Miniflare's accessor names, as typed conveniences over getBinding.

  /**
   * The entry worker's D1 database bound as {@code bindingName} (Node Miniflare's {@code
   * getD1Database}); {@code getBinding(D1Database.class, bindingName)}.
   *
   * @param bindingName the binding name, as in {@code env.DB}
   * @return the database's Java handle
   * @throws MiniflareException {@code ERR_VALIDATION} when the entry worker has no such binding
   */
  public D1Database getD1Database(String bindingName) {
    return getBinding(D1Database.class, bindingName);
  }

  /**
   * The D1 database bound as {@code bindingName} in the worker named {@code workerName}.
   *
   * @param workerName the worker's name
   * @param bindingName the binding name
   * @return the database's Java handle
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or binding
   */
  public D1Database getD1Database(String workerName, String bindingName) {
    return getBinding(D1Database.class, workerName, bindingName);
  }

  /**
   * The entry worker's R2 bucket bound as {@code bindingName} (Node Miniflare's {@code
   * getR2Bucket}); {@code getBinding(R2Bucket.class, bindingName)}.
   *
   * @param bindingName the binding name, as in {@code env.BUCKET}
   * @return the bucket's Java handle
   * @throws MiniflareException {@code ERR_VALIDATION} when the entry worker has no such binding
   */
  public R2Bucket getR2Bucket(String bindingName) {
    return getBinding(R2Bucket.class, bindingName);
  }

  /**
   * The R2 bucket bound as {@code bindingName} in the worker named {@code workerName}.
   *
   * @param workerName the worker's name
   * @param bindingName the binding name
   * @return the bucket's Java handle
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or binding
   */
  public R2Bucket getR2Bucket(String workerName, String bindingName) {
    return getBinding(R2Bucket.class, workerName, bindingName);
  }

  /**
   * The entry worker's queue producer bound as {@code bindingName} (Node Miniflare's {@code
   * getQueueProducer}); {@code getBinding(QueueProducer.class, bindingName)}.
   *
   * @param bindingName the binding name, as in {@code env.QUEUE}
   * @return the producer's Java handle
   * @throws MiniflareException {@code ERR_VALIDATION} when the entry worker has no such binding
   */
  public QueueProducer getQueueProducer(String bindingName) {
    return getBinding(QueueProducer.class, bindingName);
  }

  /**
   * The queue producer bound as {@code bindingName} in the worker named {@code workerName}.
   *
   * @param workerName the worker's name
   * @param bindingName the binding name
   * @return the producer's Java handle
   * @throws MiniflareException {@code ERR_VALIDATION} when there is no such worker or binding
   */
  public QueueProducer getQueueProducer(String workerName, String bindingName) {
    return getBinding(QueueProducer.class, workerName, bindingName);
  }

  /**
   * The state of all storage of this instance, for {@link #restoreStorage}: KV namespaces, the
   * Cache API, Durable Objects (in memory or persisted) and every plugin kind (D1, R2, queues, ...). Cheap
   * (copy-on-write where the storage allows it), and unaffected by later writes.
   *
   * @return the snapshot; restore it as often as needed
   */
  public StorageSnapshot snapshotStorage() {
    checkOpen();
    return new StorageSnapshot(plugins.snapshot());
  }

  /**
   * Puts all storage back to a snapshot of this instance (per-test isolation); Durable Objects'
   * live instances are dropped so their next event constructs them anew.
   *
   * @param snapshot a snapshot {@link #snapshotStorage()} took on this instance
   */
  public void restoreStorage(StorageSnapshot snapshot) {
    checkOpen();
    plugins.restore(snapshot.plugins());
  }

  /**
   * A copy of the storage of every Durable Object of this instance (keys, values, SQL tables,
   * alarms), for {@link #restoreDurableObjects}, whether kept in memory or persisted.
   *
   * @return the snapshot; restore it as often as needed
   */
  public DurableObjectsSnapshot snapshotDurableObjects() {
    checkOpen();
    Object snapshot = plugins.snapshot(DURABLE_OBJECTS);
    return snapshot != null ? (DurableObjectsSnapshot) snapshot : new DurableObjectsSnapshot(Map.of());
  }

  /**
   * Puts every Durable Object's storage back as it was at {@code snapshot} (objects created since
   * are emptied) and drops the live instances, so the next event constructs each object anew.
   *
   * @param snapshot a snapshot of this instance; not {@code null}
   */
  public void restoreDurableObjects(DurableObjectsSnapshot snapshot) {
    checkOpen();
    plugins.restore(DURABLE_OBJECTS, java.util.Objects.requireNonNull(snapshot, "snapshot"));
  }

  /** Deletes every Durable Object's storage (no object exists any more) and drops the live instances. */
  public void resetDurableObjects() {
    checkOpen();
    plugins.restore(DURABLE_OBJECTS, new DurableObjectsSnapshot(Map.of()));
  }

  private WorkerIsolate entryWorker() {
    return current.entryWorker();
  }

  /** What the worker sees: the URL without its fragment, the socket's Host header. */
  private FetchRequest prepare(RunningConfiguration running, FetchRequest request) {
    String url = request.url();
    int hash = url.indexOf('#');
    FetchRequest.Builder builder = request.toBuilder();
    if (hash >= 0) {
      builder.url(url.substring(0, hash));
    }
    // as from Node's fetch(), which Miniflare's dispatchFetch uses
    return running.incoming().prepareFromNodeFetch(builder.build(), loopbackHost);
  }

  private FetchResponse await(CompletableFuture<FetchResponse> response, FetchRequest request) {
    try {
      return response.get(options.dispatchTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new MiniflareException(
          ErrorCode.ERR_TIMEOUT,
          "dispatchFetch(" + request + ") got no response within " + options.dispatchTimeout()
              + "; the worker may be waiting on a promise that never settles. "
              + "Raise MiniflareOptions.dispatchTimeout(...) if it is just slow.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for " + request, e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    return new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, String.valueOf(cause), cause);
  }

  private void checkOpen() {
    if (closed) {
      throw new MiniflareException(ErrorCode.ERR_DISPOSED, "Cannot use disposed instance");
    }
  }

  /** Stops every worker and frees storage held in memory. Idempotent. */
  @Override
  public void close() {
    synchronized (reconfiguring) {
      if (closed) {
        return;
      }
      closed = true;
      HttpServer running = server;
      if (running != null) {
        running.close();
      }
      RunningConfiguration configuration = current;
      if (configuration != null) {
        configuration.close();
      }
      hostExecutor.shutdownNow();
    }
  }


  /**
   * Whether {@link #close()} was called.
   *
   * @return {@code true} after {@link #close()}
   */
  public boolean isClosed() {
    return closed;
  }

  private static ThreadFactory hostThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "miniflare4j-host-" + HOST_THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
