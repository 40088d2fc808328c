package io.github.miniflare4j;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.WorkerLimits;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.internal.JsonOptionsReader;
import io.github.miniflare4j.server.ServerLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an instance needs: its workers (the first is the entry worker) and the settings
 * shared by all of them. Immutable; build it with {@link #builder()}, or read Miniflare's own
 * JSON option shape with {@link #fromJson(String)}.
 */
public final class MiniflareOptions {

  private final List<WorkerOptions> workers;
  private final MiniflareClock clock;
  private final FetchHandler outboundService;
  private final Duration dispatchTimeout;
  private final Duration cpuLimit;
  private final Duration startupCpuLimit;
  private final Duration startupTimeout;
  private final boolean failOnWaitUntilRejection;
  private final String host;
  private final Integer port;
  private final ServerLimits serverLimits;
  private final boolean logRequests;
  private final boolean unsafeTriggerHandlers;
  private final boolean testScheduled;
  private final ConsoleListener console;
  private final Map<String, Path> persist;
  /** The plugin kind of KV namespaces ({@code kvPersist} is {@code persist("kv", ...)}). */
  private static final String KV = "kv";
  /** The plugin kind of Durable Objects ({@code durableObjectsPersist} is {@code persist("do", ...)}). */
  private static final String DURABLE_OBJECTS = "do";
  private final com.fasterxml.jackson.databind.node.ObjectNode cf;
  private final String upstream;

  private MiniflareOptions(Builder b) {
    this.workers = List.copyOf(b.workers);
    this.clock = b.clock;
    this.outboundService = b.outboundService;
    this.dispatchTimeout = b.dispatchTimeout;
    this.cpuLimit = b.cpuLimit;
    this.startupCpuLimit = b.startupCpuLimit;
    this.startupTimeout = b.startupTimeout;
    this.failOnWaitUntilRejection = b.failOnWaitUntilRejection;
    this.host = b.host;
    this.port = b.port;
    this.serverLimits = b.serverLimits;
    this.logRequests = b.logRequests;
    this.unsafeTriggerHandlers = b.unsafeTriggerHandlers;
    this.testScheduled = b.testScheduled;
    this.console = b.console;
    this.persist = Map.copyOf(b.persist);
    this.cf = b.cf;
    this.upstream = b.upstream;
  }

  /**
   * Starts an empty set of options.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads options written in the JSON shape of Node's {@code new Miniflare(options)}: either one
   * worker's fields at top level or {@code {"workers": [...]}}, with {@code name}, {@code
   * script}, {@code scriptPath}, {@code modules}, {@code compatibilityDate}, {@code
   * compatibilityFlags}, {@code bindings}, {@code kvNamespaces}, {@code serviceBindings}, {@code
   * durableObjects} and {@code routes}.
   *
   * @throws MiniflareException with {@link ErrorCode#ERR_VALIDATION} naming the bad field
   * @param json a JSON object as text
   * @return the options
   */
  public static MiniflareOptions fromJson(String json) {
    return JsonOptionsReader.read(json).build();
  }

  /**
   * Same as {@link #fromJson(String)} for an already parsed tree.
   *
   * @param json a parsed JSON object
   * @return the options
   * @throws MiniflareException with {@link ErrorCode#ERR_VALIDATION} naming the bad field
   */
  public static MiniflareOptions fromJson(JsonNode json) {
    return JsonOptionsReader.read(json).build();
  }

  /**
   * Returns a builder holding a copy of these options.
   *
   * @return a new builder; changing it leaves these options unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.workers.addAll(workers);
    b.clock = clock;
    b.outboundService = outboundService;
    b.dispatchTimeout = dispatchTimeout;
    b.cpuLimit = cpuLimit;
    b.startupCpuLimit = startupCpuLimit;
    b.startupTimeout = startupTimeout;
    b.failOnWaitUntilRejection = failOnWaitUntilRejection;
    b.host = host;
    b.port = port;
    b.serverLimits = serverLimits;
    b.logRequests = logRequests;
    b.unsafeTriggerHandlers = unsafeTriggerHandlers;
    b.testScheduled = testScheduled;
    b.console = console;
    b.persist.putAll(persist);
    b.cf = cf;
    b.upstream = upstream;
    return b;
  }

  /**
   * The workers, entry worker first.
   *
   * @return an immutable list, never empty once validated
   */
  public List<WorkerOptions> workers() {
    return workers;
  }

  /**
   * The instance's clock.
   *
   * @return the clock, never {@code null}
   */
  public MiniflareClock clock() {
    return clock;
  }

  /**
   * The default handler for every worker's global {@code fetch()}, or {@code null}.
   *
   * @return the handler, or {@code null} when a global {@code fetch()} goes to the network
   */
  public FetchHandler outboundService() {
    return outboundService;
  }

  /**
   * How long a blocking {@code dispatchFetch} waits for a response.
   *
   * @return a positive duration, 30 s by default
   */
  public Duration dispatchTimeout() {
    return dispatchTimeout;
  }

  /**
   * The CPU time one uninterrupted run of a worker's JavaScript may use (a request's synchronous
   * part, or one continuation after an {@code await}, or one timer callback) before it is stopped
   * and the request fails with Cloudflare's error 1102. Default {@link
   * WorkerLimits#DEFAULT_CPU_LIMIT}.
   *
   * @return a positive duration
   */
  public Duration cpuLimit() {
    return cpuLimit;
  }

  /**
   * The CPU time a worker's top-level code may use while it starts, before the start fails with
   * Cloudflare's {@code Script startup exceeded CPU time limit.}: the larger of this option and
   * {@link #cpuLimit()}, and never less than {@link WorkerLimits#STARTUP_CPU_FLOOR}. Default
   * {@link WorkerLimits#DEFAULT_STARTUP_CPU_LIMIT}.
   *
   * @return a positive duration
   */
  public Duration startupCpuLimit() {
    return startupCpuLimit;
  }

  /**
   * Whether {@code Miniflare.waitUntilSettled} throws when a {@code waitUntil} promise rejected.
   *
   * @return {@code false} by default
   */
  public boolean failOnWaitUntilRejection() {
    return failOnWaitUntilRejection;
  }

  /**
   * How long the constructor waits for every worker to evaluate its top-level code.
   *
   * @return a positive duration, {@link WorkerLimits#DEFAULT_STARTUP_TIMEOUT} by default
   */
  public Duration startupTimeout() {
    return startupTimeout;
  }

  /**
   * The interface the HTTP server binds (default {@code 127.0.0.1}).
   *
   * @return a host name or address, never {@code null}
   */
  public String host() {
    return host;
  }

  /**
   * The HTTP server's port: {@code null} (the default) for no server, {@code 0} for a free
   * port chosen at start.
   *
   * @return the port, or {@code null}
   */
  public Integer port() {
    return port;
  }

  /**
   * The limits the HTTP server enforces on requests.
   *
   * @return the limits, {@link ServerLimits#DEFAULT} unless set
   */
  public ServerLimits serverLimits() {
    return serverLimits;
  }

  /**
   * Whether the HTTP server logs one line per request to {@code miniflare4j.requests}.
   *
   * @return {@code false} by default
   */
  public boolean logRequests() {
    return logRequests;
  }

  /**
   * Whether requests to {@code /cdn-cgi/handler/scheduled} run the routed worker's {@code
   * scheduled()} handler (Miniflare's {@code unsafeTriggerHandlers}).
   *
   * @return {@code false} by default: those paths are ordinary requests
   */
  public boolean unsafeTriggerHandlers() {
    return unsafeTriggerHandlers;
  }

  /**
   * Whether {@code /__scheduled?cron=...} runs the routed worker's {@code scheduled()} handler
   * ({@code wrangler dev --test-scheduled}).
   *
   * @return {@code false} by default: that path is an ordinary request
   */
  public boolean testScheduled() {
    return testScheduled;
  }

  /**
   * Where Durable Object storage is kept: {@code null} for memory (the default), else a directory
   * holding one SQLite file per object, {@code <dir>/<worker>-<class>/<id>.sqlite}.
   *
   * @return the directory (possibly relative to the working directory), or {@code null}
   */
  public java.nio.file.Path durableObjectsPersist() {
    return persist.get(DURABLE_OBJECTS);
  }

  /**
   * The directory where KV namespaces persist (one SQLite file per namespace id), or {@code null}
   * when they live in memory (the default).
   *
   * @return the directory (possibly relative to the working directory), or {@code null}
   */
  public Path kvPersist() {
    return persist.get(KV);
  }

  /**
   * The listener receiving every worker's console lines, or {@code null}.
   *
   * @return the listener, or {@code null}
   */
  public ConsoleListener console() {
    return console;
  }

  /**
   * Where a plugin kind persists its storage ({@link Builder#persist(String, Path)}).
   *
   * @param kind a binding plugin's kind, e.g. {@code "d1"}
   * @return the directory, or {@code null} when the kind keeps its storage in memory
   */
  public Path persist(String kind) {
    return persist.get(kind);
  }

  /**
   * The {@code request.cf} object that replaces Miniflare's local one on incoming requests
   * (Miniflare's {@code cf} option), or {@code null}.
   *
   * @return a JSON object, or {@code null}
   */
  public com.fasterxml.jackson.databind.node.ObjectNode cf() {
    return cf == null ? null : cf.deepCopy();
  }

  /**
   * The URL incoming requests are rebuilt on (Miniflare's {@code upstream} option), or {@code null}.
   *
   * @return an absolute URL, or {@code null}
   */
  public String upstream() {
    return upstream;
  }

  /** Builds {@link MiniflareOptions}. */
  public static final class Builder {
    private final List<WorkerOptions> workers = new ArrayList<>();
    private MiniflareClock clock = new MiniflareClock();
    private FetchHandler outboundService;
    private Duration dispatchTimeout = Duration.ofSeconds(30);
    private Duration cpuLimit = WorkerLimits.DEFAULT_CPU_LIMIT;
    private Duration startupCpuLimit = WorkerLimits.DEFAULT_STARTUP_CPU_LIMIT;
    private Duration startupTimeout = WorkerLimits.DEFAULT_STARTUP_TIMEOUT;
    private boolean failOnWaitUntilRejection;
    private String host = "127.0.0.1";
    private Integer port;
    private ServerLimits serverLimits = ServerLimits.DEFAULT;
    private boolean logRequests;
    private boolean unsafeTriggerHandlers;
    private boolean testScheduled;
    private ConsoleListener console;
    private final Map<String, Path> persist = new java.util.HashMap<>();
    private com.fasterxml.jackson.databind.node.ObjectNode cf;
    private String upstream;

    /**
     * Rebuilds every incoming request's URL on {@code url} (Miniflare's {@code upstream}
     * option): the request's path and query, made relative, are resolved against it (its path
     * is a base directory), the worker sees its host in {@code Host} and the host the request
     * was sent to in {@code MF-Original-Hostname}, and routes match the rebuilt URL.
     *
     * @param url an absolute {@code http} or {@code https} URL, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException when the URL is not absolute
     */
    public Builder upstream(String url) {
      if (url != null) {
        java.net.URI uri = java.net.URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
          throw new IllegalArgumentException("upstream must be an absolute URL, was " + url);
        }
      }
      this.upstream = url;
      return this;
    }

    /**
     * Replaces the {@code request.cf} object incoming requests carry (Miniflare's {@code cf}
     * option): the worker sees exactly these fields plus {@code clientAcceptEncoding}, as in
     * Miniflare; by default requests carry Miniflare's local values (colo {@code DFW}, country
     * {@code US}, ...). A request that brings its own cf ({@code FetchRequest.Builder.cf}) gets
     * the local values with its fields over them instead.
     *
     * @param fields a JSON object such as {@code {"country": "GB", "colo": "LHR"}}, or {@code
     *     null} for the local values
     * @return this builder
     */
    public Builder cf(com.fasterxml.jackson.databind.node.ObjectNode fields) {
      this.cf = fields == null ? null : fields.deepCopy();
      return this;
    }

    private Builder() {}

    /**
     * Persists the storage of a plugin kind in a directory (Miniflare's {@code d1Persist},
     * {@code r2Persist}, ...), or keeps it in memory again.
     *
     * @param kind the plugin's kind, e.g. {@code "d1"} or {@code "r2"}
     * @param directory the directory, created when first needed; {@code null} for memory
     * @return this builder
     */
    public Builder persist(String kind, Path directory) {
      if (directory == null) {
        persist.remove(Objects.requireNonNull(kind, "kind"));
      } else {
        persist.put(Objects.requireNonNull(kind, "kind"), directory);
      }
      return this;
    }

    /**
     * Persists Durable Object storage under {@code .mf/do} of the working directory ({@code
     * true}, as Miniflare's {@code durableObjectsPersist: true}) or keeps it in memory ({@code
     * false}, the default).
     *
     * @param persist {@code true} to persist under {@code .mf/do}, {@code false} for memory
     * @return this builder
     */
    public Builder durableObjectsPersist(boolean persist) {
      return persist(DURABLE_OBJECTS, persist ? java.nio.file.Path.of(".mf", "do") : null);
    }

    /**
     * Persists Durable Object storage in this directory, one SQLite file per object.
     *
     * @param directory the directory; not {@code null}; created when first needed
     * @return this builder
     */
    public Builder durableObjectsPersist(java.nio.file.Path directory) {
      return persist(DURABLE_OBJECTS, Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Adds a worker; the first one added is the entry worker.
     *
     * @param worker the worker; not {@code null}
     * @return this builder
     */
    public Builder worker(WorkerOptions worker) {
      workers.add(Objects.requireNonNull(worker, "worker"));
      return this;
    }

    /**
     * Adds a worker built by the given builder.
     *
     * @param worker a builder, built now
     * @return this builder
     */
    public Builder worker(WorkerOptions.Builder worker) {
      return worker(worker.build());
    }

    /**
     * Uses this clock for expiry, alarms and {@code Date.now()}; shares it with the caller.
     *
     * @param clock the clock; not {@code null}
     * @return this builder
     */
    public Builder clock(MiniflareClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Answers the global {@code fetch()} of every worker that has no handler of its own.
     *
     * @param handler the handler, or {@code null} to let a global {@code fetch()} reach the network
     * @return this builder
     */
    public Builder outboundService(FetchHandler handler) {
      this.outboundService = handler;
      return this;
    }

    /**
     * Sets how long a blocking {@code dispatchFetch} waits (default 30 s).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is zero or negative
     */
    public Builder dispatchTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("dispatchTimeout must be positive, was " + timeout);
      }
      this.dispatchTimeout = timeout;
      return this;
    }

    /**
     * Sets the CPU limit of one uninterrupted run of JavaScript (default 10 s); see {@link
     * MiniflareOptions#cpuLimit()}.
     *
     * @param limit a positive duration
     * @return this builder
     * @throws IllegalArgumentException when {@code limit} is {@code null}, zero or negative
     */
    public Builder cpuLimit(Duration limit) {
      this.cpuLimit = WorkerLimits.requirePositive("cpuLimit", limit);
      return this;
    }

    /**
     * Sets the CPU limit of a worker's top-level code (default 2 minutes); see {@link
     * MiniflareOptions#startupCpuLimit()}.
     *
     * @param limit a positive duration
     * @return this builder
     * @throws IllegalArgumentException when {@code limit} is {@code null}, zero or negative
     */
    public Builder startupCpuLimit(Duration limit) {
      this.startupCpuLimit = WorkerLimits.requirePositive("startupCpuLimit", limit);
      return this;
    }

    /**
     * Makes {@code Miniflare.waitUntilSettled} throw {@code ERR_SCRIPT} listing the {@code
     * ctx.waitUntil} promises that rejected since the last check (default {@code false}: they are
     * only logged and kept for {@code Miniflare.waitUntilFailures()}).
     *
     * @param fail whether to throw on rejected {@code waitUntil} promises
     * @return this builder
     */
    public Builder failOnWaitUntilRejection(boolean fail) {
      this.failOnWaitUntilRejection = fail;
      return this;
    }

    /**
     * Sets how long the constructor waits for the workers to start (default 5 minutes).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is {@code null}, zero or negative
     */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = WorkerLimits.requirePositive("startupTimeout", timeout);
      return this;
    }

    /**
     * Serves the workers over HTTP on this port ({@code 0}: any free port); read the address
     * from {@code Miniflare.url()}. Without a port no server starts.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException when {@code port} is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Binds the HTTP server to this interface (default {@code 127.0.0.1}; {@code 0.0.0.0} for all).
     *
     * @param host a host name or address; not {@code null}
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Replaces the HTTP server's request limits (default {@link ServerLimits#DEFAULT}).
     *
     * @param limits the limits; not {@code null}
     * @return this builder
     */
    public Builder serverLimits(ServerLimits limits) {
      this.serverLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Logs one line per HTTP request, {@code GET /path 200 OK (3ms)} as Miniflare does.
     *
     * @param logRequests whether to log each request
     * @return this builder
     */
    public Builder logRequests(boolean logRequests) {
      this.logRequests = logRequests;
      return this;
    }

    /**
     * Miniflare's {@code unsafeTriggerHandlers}: a request to {@code
     * /cdn-cgi/handler/scheduled?cron=<c>&time=<ms>} (or the legacy {@code
     * /cdn-cgi/mf/scheduled}) runs the routed worker's {@code scheduled()} handler instead of
     * {@code fetch()} and answers {@code 200 "ok"} or {@code 500 "exception"}; other {@code
     * /cdn-cgi/handler/} paths answer 404.
     *
     * @param enabled whether the trigger paths are on
     * @return this builder
     */
    public Builder unsafeTriggerHandlers(boolean enabled) {
      this.unsafeTriggerHandlers = enabled;
      return this;
    }

    /**
     * {@code wrangler dev --test-scheduled}: a request to {@code /__scheduled?cron=<c>} (any
     * method) runs the routed worker's {@code scheduled()} handler with that cron at the instance
     * clock's time and answers {@code 200 "Ran scheduled event"} once the handler has returned
     * (its {@code ctx.waitUntil} work goes on); a handler that throws gives the 500 response of an
     * uncaught error, as Wrangler's middleware rethrows it from {@code fetch()}. A browser's
     * {@code /favicon.ico} request from that page gets a 404 instead of the 500 of a worker
     * without {@code fetch()}. Not a Miniflare option (Wrangler adds it to the worker's bundle),
     * so {@link MiniflareOptions#fromJson} does not read it.
     *
     * @param enabled whether {@code /__scheduled} is on
     * @return this builder
     */
    public Builder testScheduled(boolean enabled) {
      this.testScheduled = enabled;
      return this;
    }

    /** The directory {@code kvPersist(true)} uses, relative to the working directory. */
    public static final Path DEFAULT_KV_PERSIST = Path.of(".mf", "kv");

    /**
     * Persists KV namespaces under {@link #DEFAULT_KV_PERSIST} ({@code .mf/kv}) when {@code
     * true}; keeps them in memory when {@code false} (the default).
     *
     * @param persist {@code true} to persist under {@code .mf/kv}, {@code false} for memory
     * @return this builder
     */
    public Builder kvPersist(boolean persist) {
      return persist(KV, persist ? DEFAULT_KV_PERSIST : null);
    }

    /**
     * Persists KV namespaces under {@code directory}: one SQLite database (WAL) per namespace id.
     * Two instances pointing at the same directory, one after the other, see the same data.
     *
     * @param directory the directory; not {@code null}; created when first needed
     * @return this builder
     */
    public Builder kvPersist(Path directory) {
      return persist(KV, Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Also sends every worker's {@code console} lines to this listener (they still go to the
     * worker's SLF4J logger); {@code null} for none.
     *
     * @param listener the listener, or {@code null}
     * @return this builder
     */
    public Builder console(ConsoleListener listener) {
      this.console = listener;
      return this;
    }

    /**
     * Builds the options; validation happens when the instance is constructed.
     *
     * @return the immutable options
     */
    public MiniflareOptions build() {
      return new MiniflareOptions(this);
    }
  }
}
