package io.github.miniflare4j.workerloader.internal;

import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.engine.IsolateSpec;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.ModuleSet;
import io.github.miniflare4j.engine.WorkerHosts;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.interop.JsBytes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * A loaded worker's code, compatibility and environment, read from the options the loader's
 * script builds (already checked there, with workerd's messages).
 *
 * @param script the modules, under a virtual directory of their own, the main module first
 * @param compatibility the worker's compatibility date and flags
 * @param environment its env (cloned values and the loading worker's service bindings), the Cache
 *     API's host of the loading worker, and its global outbound
 * @param sources the JavaScript modules' code by module name, the main module first (for messages)
 */
record LoadedCode(
    IsolateSpec.Script script,
    IsolateSpec.Compatibility compatibility,
    IsolateSpec.Environment environment,
    java.util.Map<String, String> sources) {

  /** workerd's answer to a global fetch() of a worker whose globalOutbound is null. */
  static final String NO_OUTBOUND = "This worker is not permitted to access the internet via global functions like "
      + "fetch(). It must use capabilities (such as bindings in 'env') to talk to the outside world.";

  /** The one kind whose per-worker host a loaded worker shares with its loader: the Cache API's ({@code caches}). */
  private static final String SHARED_HOST_KIND = "cache";

  private static final String VALUE_SCRIPT = "/io/github/miniflare4j/workerloader/worker-loader-value.js";

  /**
   * Reads the options of one start.
   *
   * @param options the script's options object (see {@code WorkerLoaderHost.start})
   * @param caller the loading worker, whose bindings and outbound the code may pass on
   * @param number a number unique to this start, for the modules' virtual directory
   * @return the code
   */
  static LoadedCode read(Value options, WorkerIsolate caller, long number) {
    Path root = Path.of("/worker-loader/" + number);
    String main = options.getMember("main").asString();
    String entryCode = null;
    List<WorkerModule> others = new ArrayList<>();
    java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
    Value modules = options.getMember("modules");
    for (long i = 0; i < modules.getArraySize(); i++) {
      Value module = modules.getArrayElement(i);
      String name = module.getMember("name").asString();
      WorkerModule read = module(name, module);
      if (read.type() == WorkerModule.Type.ES_MODULE || read.type() == WorkerModule.Type.COMMON_JS) {
        sources.put(name, read.text());
      }
      if (name.equals(main)) {
        entryCode = read.text();
      } else {
        others.add(read);
      }
    }
    List<String> flags = new ArrayList<>();
    Value given = options.getMember("flags");
    for (long i = 0; i < given.getArraySize(); i++) {
      flags.add(given.getArrayElement(i).asString());
    }
    // a main module that neither imports nor exports is run as a service-worker script, as workerd runs it
    boolean module = entryCode.contains("export") || entryCode.contains("import");
    IsolateSpec.Script script = new IsolateSpec.Script(entryCode, root.resolve(main).normalize(), null,
        module, ModuleSet.of(root, others, List.of()), null);
    java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
    ordered.put(main, entryCode);
    ordered.putAll(sources);
    WorkerHosts parentHosts = caller.spec().environment().hosts();
    WorkerHosts hosts = kind -> SHARED_HOST_KIND.equals(kind) && parentHosts != null ? parentHosts.host(kind) : null;
    IsolateSpec.Environment environment = new IsolateSpec.Environment(
        env(options.getMember("env"), caller), hosts, outbound(options.getMember("outbound"), caller));
    return new LoadedCode(script, new IsolateSpec.Compatibility(options.getMember("date").asString(), flags), environment, ordered);
  }

  private static WorkerModule module(String name, Value module) {
    String type = module.getMember("type").asString();
    return switch (type) {
      case "js" -> WorkerModule.esModule(name, module.getMember("text").asString());
      case "cjs" -> WorkerModule.commonJs(name, module.getMember("text").asString());
      case "text" -> WorkerModule.text(name, module.getMember("text").asString());
      case "data" -> WorkerModule.data(name, JsBytes.bytesOrNull(module.getMember("bytes")));
      case "wasm" -> WorkerModule.compiledWasm(name, JsBytes.bytesOrNull(module.getMember("bytes")));
      default -> throw new IllegalArgumentException("unknown module type " + type);
    };
  }

  /** Cloned values become bindings that rebuild them; the loading worker's bindings keep their host. */
  private static List<JsBinding> env(Value entries, WorkerIsolate caller) {
    List<JsBinding> bindings = new ArrayList<>();
    for (long i = 0; i < entries.getArraySize(); i++) {
      Value entry = entries.getArrayElement(i);
      String name = entry.getMember("name").asString();
      Value parent = entry.getMember("parent");
      if (parent != null && !parent.isNull()) {
        bindings.add(new PassedBinding(name, parentBinding(caller, parent.asString())));
      } else {
        bindings.add(new ClonedValue(name, entry.getMember("clone").asString()));
      }
    }
    return bindings;
  }

  private static FetchHandler outbound(Value outbound, WorkerIsolate caller) {
    if (outbound.hasMember("blocked")) {
      return request -> {
        throw new IllegalStateException(NO_OUTBOUND);
      };
    }
    if (outbound.hasMember("parent")) {
      // a service binding's host also answers from Java
      Object host = parentBinding(caller, outbound.getMember("parent").asString()).createHost(caller);
      if (host instanceof FetchHandler handler) {
        return handler;
      }
      throw new IllegalArgumentException("miniflare4j: the Worker Loader's globalOutbound must be a service binding to a worker");
    }
    return caller.spec().environment().outbound();
  }

  private static JsBinding parentBinding(WorkerIsolate caller, String name) {
    for (JsBinding binding : caller.spec().environment().bindings()) {
      if (binding.name().equals(name)) {
        return binding;
      }
    }
    throw new IllegalStateException("no binding " + name + " in worker " + caller.spec().displayName());
  }

  /** A structured-cloned env value, rebuilt in the loaded worker. */
  private record ClonedValue(String name, String cloneText) implements JsBinding {

    @Override
    public String kind() {
      return "worker-loader-value";
    }

    @Override
    public Object createHost(WorkerIsolate isolate) {
      return cloneText;
    }

    @Override
    public String factoryScript() {
      return VALUE_SCRIPT;
    }
  }

  /** One of the loading worker's bindings, under the name the loaded worker's env gives it. */
  private record PassedBinding(String name, JsBinding binding) implements JsBinding {

    @Override
    public String kind() {
      return binding.kind();
    }

    @Override
    public Object createHost(WorkerIsolate isolate) {
      return binding.createHost(isolate);
    }

    @Override
    public String factoryScript() {
      return binding.factoryScript();
    }
  }
}
