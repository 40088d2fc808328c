package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.ModuleExports;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import io.github.miniflare4j.junit.Binding;
import io.github.miniflare4j.junit.DurableObjectRef;
import io.github.miniflare4j.junit.MiniflareRestarter;
import io.github.miniflare4j.junit.ModulePath;
import io.github.miniflare4j.junit.RpcProxies;
import io.github.miniflare4j.junit.ServerUrl;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.junit.OutboundMock;
import io.github.miniflare4j.junit.WorkerConsole;
import io.github.miniflare4j.junit.WorkerRef;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Which parameters the extension injects, and with what. It claims every parameter whose type
 * belongs to miniflare4j or that carries one of its qualifiers, so that a mistake gets a
 * message listing what can be injected instead of JUnit's generic one; other parameters are
 * left to other resolvers.
 */
public final class ParameterResolution {

  private static final String BASE_PACKAGE = "io.github.miniflare4j";

  private ParameterResolution() {}

  /**
   * Whether the extension answers for this parameter (with a value or a precise error).
   *
   * @param parameter the parameter
   * @return {@code true} for the documented parameter types and qualifiers
   */
  public static boolean supports(ParameterContext parameter) {
    Class<?> type = parameter.getParameter().getType();
    return parameter.isAnnotated(WorkerRef.class)
        || parameter.isAnnotated(Binding.class)
        || parameter.isAnnotated(DurableObjectRef.class)
        || parameter.isAnnotated(ServerUrl.class)
        || parameter.isAnnotated(ModulePath.class)
        || (type.getPackageName().startsWith(BASE_PACKAGE) && !type.isAnnotation());
  }

  /**
   * The value for a parameter {@link #supports supported} here.
   *
   * @param parameterContext the parameter
   * @param context the test's extension context
   * @return the value, never {@code null}
   */
  public static Object resolve(ParameterContext parameterContext, ExtensionContext context) {
    Parameter parameter = parameterContext.getParameter();
    String where = describe(parameterContext.getDeclaringExecutable());
    Class<?> type = parameter.getType();
    Optional<WorkerRef> ref = parameterContext.findAnnotation(WorkerRef.class);
    if (ref.isPresent() && type != WorkerClient.class && (!type.isInterface() || type == WorkerConsole.class || type == OutboundMock.class)) {
      throw new ParameterResolutionException(Messages.workerRefOnWrongType(parameter, where, ref.get()));
    }
    if (ref.isPresent() && type == WorkerClient.class && !ref.get().entrypoint().isEmpty()) {
      throw new ParameterResolutionException(Messages.entrypointOnClient(parameter, where, ref.get()));
    }
    Optional<ServerUrl> serverUrl = parameterContext.findAnnotation(ServerUrl.class);
    if (serverUrl.isPresent() && type != URI.class && type != URL.class && type != String.class) {
      throw new ParameterResolutionException(Messages.serverUrlOnWrongType(parameter, where));
    }
    Optional<Binding> binding = parameterContext.findAnnotation(Binding.class);
    boolean pluginHandle = PluginHandles.isHandleType(type);
    if (binding.isPresent() && !pluginHandle) {
      throw new ParameterResolutionException(Messages.bindingOnWrongType(parameter, where, binding.get().value()));
    }
    Optional<DurableObjectRef> objectRef = parameterContext.findAnnotation(DurableObjectRef.class);
    if (objectRef.isPresent() && !type.isInterface()) {
      throw new ParameterResolutionException(Messages.objectRefOnClass(parameter, where));
    }
    Optional<ModulePath> modulePath = parameterContext.findAnnotation(ModulePath.class);
    if (type == ModuleExports.class ? modulePath.isEmpty() : modulePath.isPresent() && !type.isInterface()) {
      throw new ParameterResolutionException(Messages.modulePathMismatch(parameter, where));
    }
    boolean known = type == Miniflare.class || type == MiniflareClock.class || type == WorkerClient.class
        || type == WorkerConsole.class || type == MiniflareRestarter.class || type == OutboundMock.class || pluginHandle
        || serverUrl.isPresent() || objectRef.isPresent() || ref.isPresent() || modulePath.isPresent();
    if (!known) {
      throw new ParameterResolutionException(Messages.unsupportedParameter(parameter, where));
    }
    RunningInstance instance = Lifecycle.instance(context)
        .orElseThrow(() -> new ParameterResolutionException(Messages.noInstance(parameter, where)));
    Miniflare miniflare = instance.miniflare();
    if (serverUrl.isPresent()) {
      return serverUrl(miniflare, parameter, where, type);
    }
    if (modulePath.isPresent()) {
      ModuleExports exports = moduleExports(miniflare, parameter, where, modulePath.get());
      return type == ModuleExports.class ? exports : RpcProxies.of(type, exports);
    }
    if (objectRef.isPresent()) {
      DurableObjectRef r = objectRef.get();
      DurableObjectNamespace namespace = durableObjects(miniflare, parameter, where, r.binding(), r.worker());
      return RpcProxies.of(type, namespace.getByName(r.name()));
    }
    if (ref.isPresent() && type != WorkerClient.class) {
      return EntrypointProxies.resolve(miniflare, parameter, where, ref.get());
    }
    if (type == Miniflare.class) {
      return miniflare;
    }
    if (type == MiniflareRestarter.class) {
      return instance;
    }
    if (type == MiniflareClock.class) {
      return miniflare.clock();
    }
    if (type == WorkerConsole.class) {
      return instance.console();
    }
    if (type == OutboundMock.class) {
      if (instance.outbound() == null) {
        throw new ParameterResolutionException(Messages.outboundMockWithOwnHandler(parameter, where));
      }
      return instance.outbound();
    }
    if (pluginHandle) {
      WorkerOptions owner = owner(miniflare, parameter, where, binding.map(Binding::worker).orElse(""));
      String name = bindingName(parameter, where, owner, PluginHandles.bindingsOfType(owner, type),
          binding.map(Binding::value).orElse(null));
      return miniflare.getBinding(type, owner.name(), name);
    }
    if (ref.isEmpty() || ref.get().value().isEmpty()) {
      return WorkerClient.following(instance::miniflare, null);
    }
    String name = ref.get().value();
    if (!miniflare.workerNames().contains(name)) {
      throw new ParameterResolutionException(Messages.unknownWorker(parameter, where, ref.get(), miniflare.workerNames()));
    }
    return WorkerClient.following(instance::miniflare, name);
  }

  private static Object serverUrl(Miniflare miniflare, Parameter parameter, String where, Class<?> type) {
    if (miniflare.options().port() == null) {
      throw new ParameterResolutionException(Messages.noServer(parameter, where));
    }
    URI url = miniflare.url();
    if (type == URI.class) {
      return url;
    }
    if (type == String.class) {
      return url.toString();
    }
    try {
      return url.toURL();
    } catch (MalformedURLException e) {
      throw new ParameterResolutionException(url + " is not a URL", e);
    }
  }

  /** The exports of the module {@code path} names, imported into the worker now. */
  private static ModuleExports moduleExports(Miniflare miniflare, Parameter parameter, String where, ModulePath path) {
    try {
      return path.worker().isEmpty()
          ? miniflare.importModule(path.value())
          : miniflare.importModule(path.worker(), path.value());
    } catch (MiniflareException e) {
      throw new ParameterResolutionException(Messages.moduleNotImported(parameter, where, path, e.getMessage()), e);
    }
  }

  /** The namespace bound as {@code name} (or the only one) in the worker (or the entry worker). */
  private static DurableObjectNamespace durableObjects(
      Miniflare miniflare, Parameter parameter, String where, String name, String worker) {
    WorkerOptions owner = owner(miniflare, parameter, where, worker);
    String binding = bindingName(parameter, where, owner, PluginHandles.bindingsOfType(owner, DurableObjectNamespace.class), name);
    try {
      return miniflare.getBinding(DurableObjectNamespace.class, owner.name(), binding);
    } catch (MiniflareException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  /** The named worker, or the entry worker for an empty name. */
  private static WorkerOptions owner(Miniflare miniflare, Parameter parameter, String where, String worker) {
    List<WorkerOptions> workers = miniflare.options().workers();
    return worker.isEmpty()
        ? workers.get(0)
        : workers.stream().filter(w -> w.name().equals(worker)).findFirst()
            .orElseThrow(() -> new ParameterResolutionException(
                Messages.unknownBindingWorker(parameter, where, worker, miniflare.workerNames())));
  }

  /** {@code name} when the worker binds it; the only binding of the kind when {@code name} is null. */
  private static String bindingName(Parameter parameter, String where, WorkerOptions owner, Map<String, ?> bindings, String name) {
    if (name == null) {
      if (bindings.size() != 1) {
        throw new ParameterResolutionException(Messages.ambiguousBinding(parameter, where, owner.name(), bindings.keySet()));
      }
      return bindings.keySet().iterator().next();
    }
    if (!bindings.containsKey(name)) {
      throw new ParameterResolutionException(Messages.unknownBinding(parameter, where, name, owner.name(), bindings.keySet()));
    }
    return name;
  }

  private static String describe(Executable executable) {
    String kind = executable instanceof Constructor ? "constructor" : "method";
    String name = executable instanceof Constructor ? executable.getDeclaringClass().getSimpleName() : executable.getName();
    StringBuilder params = new StringBuilder();
    for (Class<?> p : executable.getParameterTypes()) {
      params.append(params.length() == 0 ? "" : ", ").append(p.getSimpleName());
    }
    return kind + " " + executable.getDeclaringClass().getSimpleName() + (executable instanceof Constructor ? "" : "." + name)
        + "(" + params + ")";
  }
}
