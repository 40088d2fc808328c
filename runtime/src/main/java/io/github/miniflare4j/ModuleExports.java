package io.github.miniflare4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.engine.CallResults;
import io.github.miniflare4j.engine.IsolateSpec;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.modules.ModuleException;
import io.github.miniflare4j.rpc.CloneCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The exports of one of a worker's modules, called from Java: what a Vitest test does with
 * {@code import { slugify } from "../src/util"} and a direct call, for unit tests of a worker's
 * functions. The module is the instance the worker's own imports share (its module state too),
 * imported into the worker on first use; calls run on the worker's event loop as its requests do.
 *
 * <pre>{@code
 * ModuleExports util = miniflare.importModule("src/util.ts");
 * assertThat(util.call("slugify", "Hello World")).isEqualTo("hello-world");
 * // a function taking (request data, env, ctx): the worker's env and a fresh ctx stand in
 * util.call("countVisits", "home", WorkerArgument.ENV, WorkerArgument.EXECUTION_CONTEXT);
 * }</pre>
 *
 * <p>Arguments and results convert as {@link CloneCodec} describes (numbers read back as {@link
 * Double}, objects as maps, functions and class instances that are {@code RpcTarget}s as stubs).
 * It finds the worker by name on each call, so it keeps working after {@link
 * Miniflare#restartWorkers()}, against the new isolate's fresh module. Thread-safe.
 */
public final class ModuleExports {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String workerName;
  private final String path;
  private final Path file;
  private final WorkerDirectory workers;
  private final Duration timeout;

  private ModuleExports(String workerName, String path, Path file, WorkerDirectory workers, Duration timeout) {
    this.workerName = workerName;
    this.path = path;
    this.file = file;
    this.workers = workers;
    this.timeout = timeout;
  }

  /**
   * Resolves the module in the worker and imports it there, so that a wrong path or a module that
   * does not load fails here rather than at the first call.
   */
  static ModuleExports open(String workerName, String path, WorkerDirectory workers, Duration timeout) {
    if (path == null || path.isBlank()) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "importModule needs the module's path relative to the project root, such as \"src/util.ts\"");
    }
    WorkerIsolate isolate = workers.worker(workerName);
    Path file = locate(workerName, path, isolate.spec().script());
    ModuleExports exports = new ModuleExports(workerName, path, file, workers, timeout);
    exports.exportNames();
    return exports;
  }

  private static Path locate(String workerName, String path, IsolateSpec.Script script) {
    if (!script.modules()) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION, "Worker \"" + workerName
          + "\" is a service-worker script: it has no modules to import; importModule needs an ES module worker");
    }
    if (script.moduleLoader() == null) {
      Path root = script.moduleSet().root() != null ? script.moduleSet().root() : script.entryPath().getParent();
      return root.resolve(path).normalize();
    }
    try {
      return script.moduleLoader().resolveProjectPath(path);
    } catch (ModuleException e) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "Worker \"" + workerName + "\" has no module \"" + path + "\": " + e.getMessage(), e);
    }
  }

  /**
   * The worker's name.
   *
   * @return the name
   */
  public String workerName() {
    return workerName;
  }

  /**
   * The module's path as given to {@link Miniflare#importModule(String, String)}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The module's export names, in the order the module namespace lists them.
   *
   * @return the names ({@code "default"} included when it has a default export)
   * @throws WorkerException when the module does not load (a syntax error, a failing import, an
   *     exception in its top-level code)
   */
  public List<String> exportNames() {
    String text = await(invoke("moduleExportNames", file.toString()), "exportNames()");
    try {
      List<String> names = new ArrayList<>();
      JSON.readTree(text).forEach(n -> names.add(n.asText()));
      return names;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable export names: " + text, e);
    }
  }

  /**
   * Calls an exported function and waits for its result (a returned promise is awaited), at most
   * the instance's dispatch timeout.
   *
   * @param exportName the export's name ({@code "default"} for the default export)
   * @param args the arguments, converted as {@link CloneCodec} describes; {@link
   *     WorkerArgument#ENV} and {@link WorkerArgument#EXECUTION_CONTEXT} stand for the worker's
   *     {@code env} and a new {@code ctx}
   * @return the result, decoded as {@link CloneCodec} describes ({@code null} for undefined)
   * @throws WorkerException with the JavaScript error's name and message when the function throws
   *     or rejects, when there is no such export ({@code TypeError} naming the exports there are)
   *     or when it is not a function
   * @throws MiniflareException {@code ERR_TIMEOUT} when no result came in time
   */
  public Object call(String exportName, Object... args) {
    return await(callAsync(exportName, args), exportName + "()");
  }

  /**
   * Calls an exported function without waiting.
   *
   * @param exportName the export's name
   * @param args the arguments, as for {@link #call}
   * @return the future result, failed with the {@link WorkerException} the function threw
   */
  public CompletableFuture<Object> callAsync(String exportName, Object... args) {
    List<Integer> envAt = new ArrayList<>();
    List<Integer> ctxAt = new ArrayList<>();
    Object[] values = Arrays.copyOf(args, args.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == WorkerArgument.ENV) {
        envAt.add(i);
        values[i] = null;
      } else if (values[i] == WorkerArgument.EXECUTION_CONTEXT) {
        ctxAt.add(i);
        values[i] = null;
      }
    }
    try {
      return send(exportName, CloneCodec.encode(Arrays.asList(values)), envAt.toString(), ctxAt.toString());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Runs test code inside the worker with this module, waiting for its result: the function gets
   * the module's namespace, the worker's {@code env} and a new {@code ctx}, then {@code args}. For
   * what Java cannot pass, as a Vitest test calls {@code worker.fetch(request, {...env, KEY: "x"},
   * ctx)} with a stand-in {@code env} whose members are functions:
   *
   * <pre>{@code
   * Object response = index.run("""
   *     (module, env, ctx) => module.default.fetch(
   *         new Request("http://x/orders"), { ...env, API: { list: async () => [] } }, ctx)""");
   * }</pre>
   *
   * <p>A literal {@code import("...")} in the function names a module as {@link
   * Miniflare#importModule} does (a path relative to the project root, or a package specifier the
   * project resolves), as a Vitest test's {@code await import("effect")} does: the module the
   * worker itself loaded. A specifier that names none of the worker's modules is left as written.
   *
   * @param functionSource a JavaScript function expression, called as {@code fn(module, env, ctx,
   *     ...args)}; it may be async. Compiled by the host, so the worker's refusal of {@code eval}
   *     does not apply to it
   * @param args further arguments, converted as {@link CloneCodec} describes
   * @return the result, decoded as {@link CloneCodec} describes (a Response as a map of {@code
   *     status}, {@code statusText}, {@code headers} and {@code body})
   * @throws WorkerException with the JavaScript error's name and message when the function throws
   *     or rejects, or does not compile
   * @throws MiniflareException {@code ERR_TIMEOUT} when no result came in time
   */
  public Object run(String functionSource, Object... args) {
    return await(runAsync(functionSource, args), "run()");
  }

  /**
   * Runs test code inside the worker with this module without waiting.
   *
   * @param functionSource the function, as for {@link #run}
   * @param args further arguments, as for {@link #run}
   * @return the future decoded result, failed with the {@link WorkerException} the function threw
   */
  public CompletableFuture<Object> runAsync(String functionSource, Object... args) {
    try {
      String argsText = CloneCodec.encode(Arrays.asList(args));
      WorkerIsolate isolate = workers.worker(workerName);
      return isolate.invokeWithFunction("moduleRun", functionSource, file.toString(), argsText)
          .thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Reads an export that is not called: a constant, an object, a class (as a stub).
   *
   * @param exportName the export's name
   * @return the decoded value, or {@code null} for undefined
   * @throws WorkerException ({@code TypeError}) when there is no such export
   */
  public Object get(String exportName) {
    return await(getAsync(exportName), exportName);
  }

  /**
   * Reads an export without waiting.
   *
   * @param exportName the export's name
   * @return the future decoded value
   */
  public CompletableFuture<Object> getAsync(String exportName) {
    return send(exportName, null, "[]", "[]");
  }

  private CompletableFuture<Object> send(String exportName, String argsText, String envAt, String ctxAt) {
    return invoke("moduleCall", file.toString(), exportName, argsText, envAt, ctxAt)
        .thenApply(text -> text == null ? null : CloneCodec.decode(text, timeout));
  }

  private CompletableFuture<String> invoke(String entry, Object... args) {
    try {
      return workers.worker(workerName).invoke(entry, args);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> T await(CompletableFuture<T> result, String what) {
    return CallResults.await(result, timeout, what + " of " + this);
  }

  @Override
  public String toString() {
    return "ModuleExports[worker \"" + workerName + "\" module \"" + path + "\"]";
  }
}
