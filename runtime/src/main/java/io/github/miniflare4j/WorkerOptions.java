package io.github.miniflare4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.durable.DurableObjectBinding;
import io.github.miniflare4j.durable.DurableObjectDeclaration;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.kv.KvNamespaceDeclaration;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.modules.ModuleOptions;
import io.github.miniflare4j.service.ServiceDeclaration;
import io.github.miniflare4j.service.ServiceTarget;
import io.github.miniflare4j.vars.VarDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One worker of an instance: its code, its format, its compatibility settings and its
 * bindings. Immutable; build it with {@link #builder()}.
 *
 * <pre>{@code
 * WorkerOptions.builder()
 *     .name("api")
 *     .modules(true)
 *     .script("export default { fetch() { return new Response('hi') } }")
 *     .kvNamespace("CACHE", "cache-id")
 *     .build();
 * }</pre>
 */
public final class WorkerOptions {

  /** Built on the first {@code var}: Jackson's set-up is a good part of a cold start's first second. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final String name;
  private final String script;
  private final Path scriptPath;
  private final Boolean modules;
  private final List<WorkerModule> moduleDefinitions;
  private final List<ModuleRule> modulesRules;
  private final String compatibilityDate;
  private final List<String> compatibilityFlags;
  private final List<String> routes;
  private final List<String> crons;
  private final FetchHandler outboundService;
  private final Map<String, BindingDeclaration> declarations;
  private final ModuleOptions moduleOptions;
  private final Map<String, String> moduleMocks;

  private WorkerOptions(Builder b) {
    this.name = b.name;
    this.script = b.script;
    this.scriptPath = b.scriptPath;
    this.modules = b.modules;
    this.moduleDefinitions = List.copyOf(b.moduleDefinitions);
    this.modulesRules = List.copyOf(b.modulesRules);
    this.compatibilityDate = b.compatibilityDate;
    this.compatibilityFlags = List.copyOf(b.compatibilityFlags);
    this.routes = List.copyOf(b.routes);
    this.crons = List.copyOf(b.crons);
    this.outboundService = b.outboundService;
    this.declarations = Collections.unmodifiableMap(new LinkedHashMap<>(b.declarations));
    this.moduleOptions = b.moduleOptions;
    this.moduleMocks = Collections.unmodifiableMap(new LinkedHashMap<>(b.moduleMocks));
  }

  /**
   * Starts an empty worker definition.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one worker's options in Node Miniflare's JSON shape (the fields of one element of
   * {@code workers}), e.g. {@code {"d1Databases": ["DB"], "r2Buckets": ["BUCKET"]}}.
   *
   * @param json a JSON object of worker options
   * @return the options
   * @throws MiniflareException {@code ERR_VALIDATION} naming the option that has the wrong shape
   */
  public static WorkerOptions fromJson(String json) {
    return MiniflareOptions.fromJson(json).workers().get(0);
  }

  /**
   * Returns a builder holding a copy of these options.
   *
   * @return a new builder; changing it leaves these options unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.script = script;
    b.scriptPath = scriptPath;
    b.modules = modules;
    b.moduleDefinitions.addAll(moduleDefinitions);
    b.modulesRules.addAll(modulesRules);
    b.compatibilityDate = compatibilityDate;
    b.compatibilityFlags.addAll(compatibilityFlags);
    b.routes.addAll(routes);
    b.crons.addAll(crons);
    b.outboundService = outboundService;
    b.declarations.putAll(declarations);
    b.moduleOptions = moduleOptions;
    b.moduleMocks.putAll(moduleMocks);
    return b;
  }

  /**
   * The worker's name; empty when unnamed (allowed for one worker only).
   *
   * @return the name, never {@code null}
   */
  public String name() {
    return name;
  }

  /**
   * The inline source, or {@code null} when the code comes from {@link #scriptPath()}.
   *
   * @return the source, or {@code null}
   */
  public String script() {
    return script;
  }

  /**
   * The entry file, or {@code null} for an inline script.
   *
   * @return the path, or {@code null}
   */
  public Path scriptPath() {
    return scriptPath;
  }

  /**
   * How the modules of a worker loaded from {@link #scriptPath()} are found and prepared.
   *
   * @return the module options, never {@code null}
   */
  public ModuleOptions moduleOptions() {
    return moduleOptions;
  }

  /**
   * The modules replaced for tests ({@link Builder#mockModule}).
   *
   * @return module specifier to the source that stands for it, in declaration order
   */
  public Map<String, String> moduleMocks() {
    return moduleMocks;
  }

  /**
   * {@code TRUE} for an ES-modules worker, {@code FALSE} for the service-worker format, {@code
   * null} to decide from the code (a top-level {@code export} makes it a module).
   *
   * @return the format, or {@code null} when not set
   */
  public Boolean modules() {
    return modules;
  }

  /**
   * The worker's code as a list of modules, the entry first (Miniflare's {@code modules} array);
   * empty when the code comes from {@link #script()} or {@link #scriptPath()}.
   *
   * @return an immutable list, possibly empty
   */
  public List<WorkerModule> moduleDefinitions() {
    return moduleDefinitions;
  }

  /**
   * The module rules for files a worker on disk imports (Miniflare's {@code modulesRules}),
   * applied before Wrangler's defaults ({@link ModuleRule#DEFAULTS}).
   *
   * @return an immutable list, possibly empty
   */
  public List<ModuleRule> modulesRules() {
    return modulesRules;
  }

  /**
   * The compatibility date, or {@code null}.
   *
   * @return the date, for example {@code "2024-09-23"}, or {@code null}
   */
  public String compatibilityDate() {
    return compatibilityDate;
  }

  /**
   * The compatibility flags.
   *
   * @return an immutable list, possibly empty
   */
  public List<String> compatibilityFlags() {
    return compatibilityFlags;
  }

  /**
   * Plain JSON variables ("vars"), in declaration order.
   *
   * @return binding name to JSON value; immutable
   */
  public Map<String, JsonNode> bindings() {
    Map<String, JsonNode> vars = new LinkedHashMap<>();
    declarations.values().forEach(d -> {
      if (d instanceof VarDeclaration) {
        vars.put(d.name(), ((VarDeclaration) d).value());
      }
    });
    return Collections.unmodifiableMap(vars);
  }

  /**
   * KV namespace bindings: binding name to namespace id.
   *
   * @return binding name to namespace id; immutable
   */
  public Map<String, String> kvNamespaces() {
    Map<String, String> kv = new LinkedHashMap<>();
    declarations.values().forEach(d -> {
      if (d instanceof KvNamespaceDeclaration) {
        kv.put(d.name(), ((KvNamespaceDeclaration) d).namespaceId());
      }
    });
    return Collections.unmodifiableMap(kv);
  }

  /**
   * Service bindings: binding name to target.
   *
   * @return binding name to target; immutable
   */
  public Map<String, ServiceTarget> serviceBindings() {
    Map<String, ServiceTarget> services = new LinkedHashMap<>();
    declarations.values().forEach(d -> {
      if (d instanceof ServiceDeclaration) {
        services.put(d.name(), ((ServiceDeclaration) d).target());
      }
    });
    return Collections.unmodifiableMap(services);
  }

  /**
   * Durable Object namespace bindings: binding name to class.
   *
   * @return binding name to class; immutable
   */
  public Map<String, DurableObjectBinding> durableObjects() {
    Map<String, DurableObjectBinding> durable = new LinkedHashMap<>();
    declarations.values().forEach(d -> {
      if (d instanceof DurableObjectDeclaration) {
        durable.put(d.name(), ((DurableObjectDeclaration) d).definition());
      }
    });
    return Collections.unmodifiableMap(durable);
  }

  /**
   * Route patterns in Cloudflare's syntax.
   *
   * @return an immutable list, possibly empty
   */
  public List<String> routes() {
    return routes;
  }

  /**
   * Cron triggers in Cloudflare's syntax: the instance clock fires this worker's {@code
   * scheduled()} handler at their times (see {@code io.github.miniflare4j.scheduled}).
   *
   * @return an immutable list, possibly empty
   */
  public List<String> crons() {
    return crons;
  }

  /**
   * The handler for this worker's global {@code fetch()}, or {@code null} for the default.
   *
   * @return the handler, or {@code null}
   */
  public FetchHandler outboundService() {
    return outboundService;
  }

  /**
   * The bindings of every kind ({@link Builder#bind(BindingDeclaration)} and the builder
   * methods that delegate to it): variables, D1 databases, R2 buckets, queues, ..., in
   * declaration order.
   *
   * @return an immutable list
   */
  public List<BindingDeclaration> declarations() {
    return List.copyOf(declarations.values());
  }

  @Override
  public String toString() {
    return "WorkerOptions[name=\"" + name + "\"]";
  }

  /** Builds {@link WorkerOptions}. */
  public static final class Builder {
    private String name = "";
    private String script;
    private Path scriptPath;
    private ModuleOptions moduleOptions = ModuleOptions.defaults();
    private final Map<String, String> moduleMocks = new LinkedHashMap<>();
    private Boolean modules;
    private final List<WorkerModule> moduleDefinitions = new ArrayList<>();
    private final List<ModuleRule> modulesRules = new ArrayList<>();
    private String compatibilityDate;
    private final List<String> compatibilityFlags = new ArrayList<>();
    private final List<String> routes = new ArrayList<>();
    private final List<String> crons = new ArrayList<>();
    private FetchHandler outboundService;
    private final Map<String, BindingDeclaration> declarations = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Names the worker: the target of service bindings and Durable Object script names.
     *
     * @param name the name; not {@code null}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the worker's code inline; clears {@link #scriptPath(Path)}.
     *
     * @param script the JavaScript source; not {@code null}
     * @return this builder
     */
    public Builder script(String script) {
      this.script = Objects.requireNonNull(script, "script");
      this.scriptPath = null;
      this.moduleDefinitions.clear();
      return this;
    }

    /**
     * Reads the worker's code from a file, as Wrangler would bundle it: {@code .ts}/{@code .mts}
     * modules have their types stripped (lines and columns kept), imports resolve with esbuild's
     * rules (extensionless paths, {@code index} files, packages from {@code node_modules} with
     * their {@code exports}), CommonJS packages and JSON files become modules. Clears {@link
     * #script(String)}.
     *
     * @param scriptPath the entry file; not {@code null}; read when the instance starts
     * @return this builder
     */
    public Builder scriptPath(Path scriptPath) {
      this.scriptPath = Objects.requireNonNull(scriptPath, "scriptPath");
      this.script = null;
      this.moduleDefinitions.clear();
      return this;
    }

    /**
     * Sets how the modules of a worker read from {@link #scriptPath(Path)} are found: Wrangler's
     * alias, define, base_dir and no_bundle, the importable root, the TypeScript cache.
     *
     * @param moduleOptions the options; not {@code null}
     * @return this builder
     */
    public Builder moduleOptions(ModuleOptions moduleOptions) {
      this.moduleOptions = Objects.requireNonNull(moduleOptions, "moduleOptions");
      return this;
    }

    /**
     * Replaces one of the worker's modules with test code, as Vitest's {@code vi.mock(path,
     * factory)} does: every import of the module, the worker's own included, gets {@code source}
     * instead of the file (TypeScript allowed when the module is a {@code .ts} file), and its own
     * imports are not loaded. For workers read from files ({@link #scriptPath(Path)}, Wrangler).
     *
     * @param specifier the module: a path relative to the project root ({@code "src/db.ts"}, no
     *     extension needed where the worker's imports need none), a package name ({@code
     *     "stripe"}, the file the worker's {@code import} of it resolves to) or a built-in module
     *     ({@code "cloudflare:sockets"}, {@code "node:fs"} or {@code "fs"}: JavaScript whose own
     *     imports resolve from the project root; its import of the module itself is the real one)
     * @param source the ES module that stands for it; it should export what the worker imports
     * @return this builder
     */
    public Builder mockModule(String specifier, String source) {
      moduleMocks.put(Objects.requireNonNull(specifier, "specifier"), Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Same as {@link #scriptPath(Path)}.
     *
     * @param scriptPath the entry file, as a path string
     * @return this builder
     */
    public Builder scriptPath(String scriptPath) {
      return scriptPath(Path.of(scriptPath));
    }

    /**
     * {@code true} for ES modules ({@code export default}), {@code false} for service worker.
     *
     * @param modules the format; unset, it is decided from the code
     * @return this builder
     */
    public Builder modules(boolean modules) {
      this.modules = modules;
      return this;
    }

    /**
     * Sets the worker's code as a list of modules, as Miniflare's {@code modules: [{ type, path,
     * contents }]}: the first is the entry (an ES module), the others are what it imports by
     * path ({@code import add from "./add.wasm"} gives a {@code WebAssembly.Module}, a Text module
     * a string, a Data module an {@code ArrayBuffer}, a CommonJS module its {@code
     * module.exports}). Makes the worker an ES-modules worker; clears {@link #script(String)} and
     * {@link #scriptPath(Path)}.
     *
     * @param modules the modules, the entry first; not empty
     * @return this builder
     * @throws IllegalArgumentException when the list is empty
     */
    public Builder modules(List<WorkerModule> modules) {
      if (modules.isEmpty()) {
        throw new IllegalArgumentException("modules(...) needs at least the entry module");
      }
      this.moduleDefinitions.clear();
      this.moduleDefinitions.addAll(modules);
      this.modules = true;
      this.script = null;
      this.scriptPath = null;
      return this;
    }

    /**
     * Adds module rules for the files a worker loaded from {@link #scriptPath(Path)} imports
     * (Miniflare's {@code modulesRules}); they apply before Wrangler's defaults.
     *
     * @param rules the rules, in order
     * @return this builder
     */
    public Builder modulesRules(List<ModuleRule> rules) {
      this.modulesRules.addAll(rules);
      return this;
    }

    /**
     * Sets the compatibility date, {@code yyyy-mm-dd}.
     *
     * @param date the date, or {@code null}
     * @return this builder
     */
    public Builder compatibilityDate(String date) {
      this.compatibilityDate = date;
      return this;
    }

    /**
     * Replaces the compatibility flags.
     *
     * @param flags the flags, for example {@code "nodejs_compat"}
     * @return this builder
     */
    public Builder compatibilityFlags(String... flags) {
      return compatibilityFlags(List.of(flags));
    }

    /**
     * Replaces the compatibility flags.
     *
     * @param flags the flags; not {@code null}
     * @return this builder
     */
    public Builder compatibilityFlags(List<String> flags) {
      compatibilityFlags.clear();
      compatibilityFlags.addAll(flags);
      return this;
    }

    /**
     * Adds a plain variable. The value is anything Jackson can turn into JSON: a string,
     * number, boolean, {@code null}, map, list, record or {@link JsonNode}.
     *
     * @param name the binding name; not {@code null}
     * @param jsonValue the value
     * @return this builder
     * @throws IllegalArgumentException when Jackson cannot convert the value to JSON
     */
    public Builder binding(String name, Object jsonValue) {
      return bind(new VarDeclaration(
          Objects.requireNonNull(name, "binding name"),
          jsonValue instanceof JsonNode ? (JsonNode) jsonValue : Json.MAPPER.valueToTree(jsonValue)));
    }

    /**
     * Adds every entry of the map as a plain variable.
     *
     * @param values binding name to value
     * @return this builder
     * @throws IllegalArgumentException when Jackson cannot convert a value to JSON
     */
    public Builder bindings(Map<String, ?> values) {
      values.forEach(this::binding);
      return this;
    }

    /**
     * Binds a KV namespace; workers binding the same id share its data.
     *
     * @param binding the binding name; not {@code null}
     * @param namespaceId the namespace id; not {@code null}
     * @return this builder
     */
    public Builder kvNamespace(String binding, String namespaceId) {
      return bind(new KvNamespaceDeclaration(binding, namespaceId));
    }

    /**
     * Binds a KV namespace whose id is the binding name.
     *
     * @param binding the binding name and namespace id; not {@code null}
     * @return this builder
     */
    public Builder kvNamespace(String binding) {
      return kvNamespace(binding, binding);
    }

    /**
     * Binds {@code env.BINDING} to the worker of this name.
     *
     * @param binding the binding name; not {@code null}
     * @param workerName the target worker's name; checked when the instance starts
     * @return this builder
     */
    public Builder serviceBinding(String binding, String workerName) {
      return bind(new ServiceDeclaration(binding, ServiceTarget.worker(workerName)));
    }

    /**
     * Binds {@code env.BINDING} to a named {@code WorkerEntrypoint} export of the worker of this
     * name, as Miniflare's {@code serviceBindings: { BINDING: { name, entrypoint } }}: the
     * binding's {@code fetch()} calls that class's {@code fetch} method and its RPC calls reach
     * that class's methods.
     *
     * @param binding the binding name; not {@code null}
     * @param workerName the target worker's name; checked when the instance starts
     * @param entrypoint the name of the exported class extending {@code WorkerEntrypoint}, or
     *     {@code null} for the default export; checked once the workers have started ({@code
     *     ERR_RUNTIME_FAILURE} when the worker does not export it, or when it is {@code
     *     "default"}, as in Miniflare)
     * @return this builder
     */
    public Builder serviceBinding(String binding, String workerName, String entrypoint) {
      return bind(new ServiceDeclaration(binding, ServiceTarget.worker(workerName, entrypoint)));
    }

    /**
     * Binds {@code env.BINDING} to Java code.
     *
     * @param binding the binding name; not {@code null}
     * @param handler answers the binding's requests; not {@code null}
     * @return this builder
     */
    public Builder serviceBinding(String binding, FetchHandler handler) {
      return bind(new ServiceDeclaration(binding, ServiceTarget.java(handler)));
    }

    /**
     * Binds a Durable Object namespace of a class exported by this worker.
     *
     * @param binding the binding name; not {@code null}
     * @param className the exported class; checked when the instance starts
     * @return this builder
     */
    public Builder durableObject(String binding, String className) {
      return bind(new DurableObjectDeclaration(binding, DurableObjectBinding.of(className)));
    }

    /**
     * Binds a Durable Object namespace of a class exported by another worker.
     *
     * @param binding the binding name; not {@code null}
     * @param className the exported class; checked when the instance starts
     * @param scriptName the worker exporting the class
     * @return this builder
     */
    public Builder durableObject(String binding, String className, String scriptName) {
      return bind(new DurableObjectDeclaration(binding, DurableObjectBinding.of(className, scriptName)));
    }

    /**
     * Binds a Durable Object namespace described in full, for example a SQLite-backed class:
     * {@code durableObject("OBJ", DurableObjectBinding.of("Room").withSqlite(true))}.
     *
     * @param binding the binding name; not {@code null}
     * @param definition the class, its worker and storage kind; not {@code null}
     * @return this builder
     */
    public Builder durableObject(String binding, DurableObjectBinding definition) {
      return bind(new DurableObjectDeclaration(binding, definition));
    }

    /**
     * Adds route patterns in Cloudflare's syntax, such as {@code api.example.com/*}.
     *
     * @param patterns the patterns; checked when the instance starts
     * @return this builder
     */
    public Builder routes(String... patterns) {
      return routes(List.of(patterns));
    }

    /**
     * Adds route patterns in Cloudflare's syntax.
     *
     * @param patterns the patterns; checked when the instance starts
     * @return this builder
     */
    public Builder routes(List<String> patterns) {
      routes.addAll(patterns);
      return this;
    }

    /**
     * Adds cron triggers (Wrangler's {@code triggers.crons}), such as {@code "0 3 * * *"}:
     * moving the instance clock past their times runs this worker's {@code scheduled()} handler.
     *
     * @param expressions Cloudflare cron expressions (five fields, UTC); checked when the
     *     instance starts
     * @return this builder
     */
    public Builder crons(String... expressions) {
      return crons(List.of(expressions));
    }

    /**
     * Adds cron triggers in Cloudflare's syntax.
     *
     * @param expressions the expressions; checked when the instance starts
     * @return this builder
     */
    public Builder crons(List<String> expressions) {
      crons.addAll(expressions);
      return this;
    }

    /**
     * Answers this worker's global {@code fetch()} calls with Java code.
     *
     * @param handler the handler, or {@code null} for the instance's default
     * @return this builder
     */
    public Builder outboundService(FetchHandler handler) {
      this.outboundService = handler;
      return this;
    }

    /**
     * Declares a binding of a plugin kind, e.g. {@code bind(D1Databases.database("DB"))}; a
     * later declaration of the same binding name replaces an earlier one (in its place when it
     * is of the same kind, as a variable that {@code .dev.vars} overrides). Declarations outside
     * {@code env} (queue consumers, cache settings) replace only their own kind's of the same name.
     *
     * @param declaration the binding, made by the kind's own factory methods
     * @return this builder
     */
    public Builder bind(BindingDeclaration declaration) {
      String key = declarationKey(declaration);
      BindingDeclaration earlier = declarations.get(key);
      if (earlier != null && !earlier.kind().equals(declaration.kind())) {
        declarations.remove(key);
      }
      declarations.put(key, declaration);
      return this;
    }

    /**
     * Where a declaration is kept: an {@code env} binding under its name (one per name, whatever
     * the kind); a declaration outside {@code env} (a queue consumer, a cache setting) under its
     * kind and name, so that it never replaces a binding of the same name.
     */
    private static String declarationKey(BindingDeclaration declaration) {
      return declaration.inEnv() ? declaration.name() : "\0" + declaration.kind() + "\0" + declaration.name();
    }

    /**
     * Merges another worker's options over these, as Miniflare's {@code mergeWorkerOptions}
     * merges Vitest's {@code miniflare: { ... }} over a Wrangler file's options: what {@code
     * overlay} sets of the code ({@code script}, {@code scriptPath}, a {@code modules} list or
     * format), the name, the compatibility date and the outbound service replaces what is here;
     * its compatibility flags, routes, crons and module rules are appended (without repeating one
     * already here); its bindings are declared over these, each replacing only the binding of
     * its name (a queue consumer, the consumer of its queue, whole), one level deep. What {@code
     * overlay} leaves unset is kept.
     *
     * @param overlay the options to merge in, typically from {@link WorkerOptions#fromJson}
     * @return this builder
     */
    public Builder merge(WorkerOptions overlay) {
      if (!overlay.name.isEmpty()) {
        name = overlay.name;
      }
      if (!overlay.moduleDefinitions.isEmpty()) {
        modules(overlay.moduleDefinitions);
      } else if (overlay.script != null) {
        script(overlay.script);
      } else if (overlay.scriptPath != null) {
        scriptPath(overlay.scriptPath);
      }
      if (overlay.moduleDefinitions.isEmpty() && overlay.modules != null) {
        modules = overlay.modules;
      }
      if (overlay.compatibilityDate != null) {
        compatibilityDate = overlay.compatibilityDate;
      }
      if (overlay.outboundService != null) {
        outboundService = overlay.outboundService;
      }
      appendMissing(compatibilityFlags, overlay.compatibilityFlags);
      appendMissing(routes, overlay.routes);
      appendMissing(crons, overlay.crons);
      appendMissing(modulesRules, overlay.modulesRules);
      overlay.declarations.values().forEach(this::bind);
      return this;
    }

    private static <T> void appendMissing(List<T> into, List<T> more) {
      for (T item : more) {
        if (!into.contains(item)) {
          into.add(item);
        }
      }
    }

    /**
     * Builds the options; validation happens when the instance is constructed.
     *
     * @return the immutable options
     */
    public WorkerOptions build() {
      return new WorkerOptions(this);
    }
  }
}
