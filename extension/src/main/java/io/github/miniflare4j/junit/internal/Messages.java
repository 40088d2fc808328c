package io.github.miniflare4j.junit.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import io.github.miniflare4j.junit.ModulePath;
import io.github.miniflare4j.junit.WorkerRef;

/**
 * Every message the extension reports for misuse, in one place. Each names the element, states
 * the rule, shows what was found and suggests the fix.
 */
final class Messages {

  /** The injectable types, as listed in messages. */
  static final String INJECTABLE =
      "Miniflare, MiniflareClock, WorkerConsole, OutboundMock, WorkerClient (the entry worker, or @WorkerRef(\"name\") for another), "
          + "KvNamespace and DurableObjectNamespace (@Binding(\"NAME\") when there are several), an interface with @DurableObjectRef "
          + "or @WorkerRef (a typed RPC proxy), MiniflareRestarter, ModuleExports with @ModulePath(\"src/util.ts\"), "
          + "and a URI, URL or String with @ServerUrl";

  private Messages() {}

  static String outboundMockWithOwnHandler(Parameter parameter, String where) {
    return "OutboundMock parameter [" + describe(parameter) + "] of " + where + " cannot be injected: the extension's options "
        + "bring their own outboundService, which answers the workers' fetch(); mock in that handler, or drop "
        + "outboundService from the options to use OutboundMock";
  }

  static String noWorkers(Class<?> testClass) {
    return "@MiniflareTest on " + testClass.getName()
        + " declares no worker: add workers = @Worker(name = \"...\", script = \"...\"), or config = \"wrangler.toml\"";
  }


  static String workerCode(String worker, String problem) {
    return "@Worker(name = \"" + worker + "\") " + problem;
  }

  static String badEntry(String worker, String attribute, String entry, String form) {
    return "@Worker(name = \"" + worker + "\") " + attribute + " entry \"" + entry + "\" is not of the form " + form;
  }

  static String noResource(String worker, String path, Class<?> testClass) {
    return "@Worker(name = \"" + worker + "\") scriptPath \"classpath:" + path + "\" names no resource on the class path of "
        + testClass.getName() + "; put the file under src/test/resources/" + path;
  }

  static String handlerSignature(Class<?> annotation, Method method) {
    return "@" + annotation.getSimpleName() + " method " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
        + " must be static, take one FetchRequest and return a FetchResponse; found " + method.toGenericString();
  }

  static String handlerUnknownWorker(String binding, Method method, String worker, List<String> workers) {
    return "@ServiceBindingHandler(\"" + binding + "\") on " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
        + " names worker \"" + worker + "\", but the workers are " + workers;
  }

  static String standInSignature(Class<?> annotation, Method method, String parameters) {
    return "@" + annotation.getSimpleName() + " method " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
        + " must be static, take " + parameters + " and return the answer (any JSON-convertible value); found "
        + method.toGenericString();
  }

  static String standInUnknownWorker(Class<?> annotation, String binding, Method method, String worker, List<String> workers) {
    return "@" + annotation.getSimpleName() + "(\"" + binding + "\") on " + method.getDeclaringClass().getSimpleName() + "."
        + method.getName() + " names worker \"" + worker + "\", but the workers are " + workers;
  }

  static String tooManyOutboundHandlers(Class<?> testClass, List<String> methods) {
    return testClass.getName() + " declares several @OutboundHandler methods " + methods + ": declare one, and return null from it for requests it does not handle";
  }

  static String restartShared(Class<?> testClass) {
    return "MiniflareRestarter.restart() in " + testClass.getName() + ": the instance is shared (@MiniflareTest(shared = true)) "
        + "with other classes and cannot be restarted; drop shared = true to restart it";
  }

  static String badDuration(Class<?> testClass, String attribute, String value) {
    return "@MiniflareTest(" + attribute + " = \"" + value + "\") on " + testClass.getName()
        + " is not a positive ISO-8601 duration: write for instance \"PT30S\" (30 s) or \"PT0.5S\"";
  }

  static String startFailure(Class<?> testClass, String cause) {
    return "Could not start Miniflare for " + testClass.getName() + ": " + cause;
  }

  static String unsupportedParameter(Parameter parameter, String where) {
    return "Parameter [" + describe(parameter) + "] of " + where + " cannot be injected by miniflare4j: it injects "
        + INJECTABLE + "; found type " + parameter.getType().getName();
  }

  static String workerRefOnWrongType(Parameter parameter, String where, WorkerRef ref) {
    return render(ref) + " on parameter [" + describe(parameter) + "] of " + where
        + " is only allowed on WorkerClient parameters and on interfaces (typed RPC proxies); found class "
        + parameter.getType().getName();
  }

  static String entrypointOnClient(Parameter parameter, String where, WorkerRef ref) {
    return render(ref) + " on parameter [" + describe(parameter) + "] of " + where
        + " names an entrypoint, but a WorkerClient sends requests to the worker's fetch handler: "
        + "drop entrypoint, or declare an interface of the entrypoint's RPC methods as the parameter type";
  }

  static String modulePathMismatch(Parameter parameter, String where) {
    return "Parameter [" + describe(parameter) + "] of " + where + ": @ModulePath(\"src/util.ts\") goes with a "
        + "ModuleExports parameter or an interface of the module's exports, and a ModuleExports parameter needs @ModulePath "
        + "naming the worker's module";
  }

  static String moduleNotImported(Parameter parameter, String where, ModulePath path, String cause) {
    return "@ModulePath(\"" + path.value() + "\"" + (path.worker().isEmpty() ? "" : ", worker = \"" + path.worker() + "\"")
        + ") on parameter [" + describe(parameter) + "] of " + where + " cannot be imported: " + cause;
  }

  static String unknownWorker(Parameter parameter, String where, WorkerRef ref, List<String> workers) {
    return render(ref) + " on parameter [" + describe(parameter) + "] of " + where
        + " names no worker of this instance; its workers are " + workers;
  }

  static String noEntrypoint(Parameter parameter, String where, WorkerRef ref, String cause) {
    return render(ref) + " on parameter [" + describe(parameter) + "] of " + where + " cannot be proxied: " + cause;
  }

  static String missingRpcMethods(Parameter parameter, String where, WorkerRef ref, String worker, List<String> missing,
      List<String> available) {
    return render(ref) + " on parameter [" + describe(parameter) + "] of " + where + ": " + parameter.getType().getSimpleName()
        + " declares " + missing + ", but the " + (ref.entrypoint().isEmpty() ? "default export" : "entrypoint \"" + ref.entrypoint() + "\"")
        + " of worker \"" + worker + "\" has no such RPC method" + (missing.size() == 1 ? "" : "s") + "; its RPC methods are " + available
        + ". Rename the interface's methods, or make them default methods";
  }

  /** The annotation as written: {@code @WorkerRef("calc")} or {@code @WorkerRef(value = "calc", entrypoint = "Admin")}. */
  static String render(WorkerRef ref) {
    if (ref.entrypoint().isEmpty()) {
      return ref.value().isEmpty() ? "@WorkerRef" : "@WorkerRef(\"" + ref.value() + "\")";
    }
    return "@WorkerRef(" + (ref.value().isEmpty() ? "" : "value = \"" + ref.value() + "\", ") + "entrypoint = \"" + ref.entrypoint() + "\")";
  }

  static String noInstance(Parameter parameter, String where) {
    return "Parameter [" + describe(parameter) + "] of " + where + " cannot be injected: no Miniflare instance is running yet. "
        + "A MiniflareExtension in an instance field starts for each test, after the test instance is created: "
        + "inject into test or @BeforeEach methods, or make the field static";
  }

  static String unhandledOutbound(List<String> requests) {
    return "Workers made outbound requests that no @OutboundHandler answered: " + requests
        + ". Add a static @OutboundHandler method returning a FetchResponse for them"
        + " (or set MiniflareOptions.outboundService(...) in the builder)";
  }

  static String serverUrlOnWrongType(Parameter parameter, String where) {
    return "@ServerUrl on parameter [" + describe(parameter) + "] of " + where
        + " is only allowed on URI, URL or String parameters; found type " + parameter.getType().getName();
  }

  static String noServer(Parameter parameter, String where) {
    return "@ServerUrl parameter [" + describe(parameter) + "] of " + where + " needs the HTTP server, but this instance runs none: "
        + "set @MiniflareTest(server = true), or MiniflareOptions.builder().port(0) in the builder";
  }

  static String bindingOnWrongType(Parameter parameter, String where, String name) {
    return "@Binding(\"" + name + "\") on parameter [" + describe(parameter) + "] of " + where
        + " is only allowed on KvNamespace and DurableObjectNamespace parameters; found type " + parameter.getType().getName();
  }

  static String objectRefOnClass(Parameter parameter, String where) {
    return "@DurableObjectRef on parameter [" + describe(parameter) + "] of " + where
        + " needs an interface whose methods name the object's RPC methods; found class " + parameter.getType().getName();
  }

  static String unknownBindingWorker(Parameter parameter, String where, String worker, List<String> workers) {
    return "Parameter [" + describe(parameter) + "] of " + where + " names worker \"" + worker
        + "\", but the workers are " + workers;
  }

  static String ambiguousBinding(Parameter parameter, String where, String worker, java.util.Collection<String> bindings) {
    return "Parameter [" + describe(parameter) + "] of " + where + " does not say which binding of worker \"" + worker
        + "\" it wants, and the worker has " + bindings.size() + ": " + bindings + "; add @Binding(\"NAME\")";
  }

  static String unknownBinding(Parameter parameter, String where, String binding, String worker, java.util.Collection<String> bindings) {
    return "Parameter [" + describe(parameter) + "] of " + where + " names binding \"" + binding + "\", but worker \"" + worker
        + "\" binds only " + bindings;
  }

  static String noConfigResource(String file, Class<?> testClass) {
    return "@MiniflareTest(config = \"" + file + "\") on " + testClass.getName()
        + " names no resource on the class path; put the file under src/test/resources/" + file.substring("classpath:".length()).replaceFirst("^/", "");
  }

  static String badConfig(String file, Class<?> testClass, String cause) {
    return "@MiniflareTest(config = \"" + file + "\") on " + testClass.getName() + " cannot be used: " + cause;
  }

  static String badMiniflareOptions(Class<?> testClass, String problem) {
    return "@MiniflareTest(miniflare = ...) on " + testClass.getName() + " cannot be used: " + problem;
  }

  static String badWorkerOptions(String worker, String cause) {
    return "@Worker(name = \"" + worker + "\") options cannot be used: " + cause;
  }

  static String describe(Parameter parameter) {
    return parameter.getType().getSimpleName() + " " + parameter.getName();
  }
}
