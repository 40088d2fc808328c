package io.github.miniflare4j.wrapped.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.WorkerDefinition;
import io.github.miniflare4j.wrapped.WrappedBindingDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workers wrapped bindings name, checked as Miniflare checks them (its messages, in its
 * order), with the code of their single ES module. Such a worker is not started on its own.
 */
public final class WrappedScripts {

  private static final String DURABLE_OBJECT_KIND = "do";
  private static final String SERVICE_KIND = "service";

  private final Map<String, String> codeByWorker;

  private WrappedScripts(Map<String, String> codeByWorker) {
    this.codeByWorker = codeByWorker;
  }

  /**
   * Checks the workers named by the instance's wrapped bindings.
   *
   * @param context the plugin's context
   * @return the checked scripts
   * @throws MiniflareException {@code ERR_INVALID_WRAPPED} for a worker that cannot be wrapped,
   *     {@code ERR_CYCLIC} for bindings that lead back to their worker, {@code ERR_VALIDATION} for
   *     a name no worker has
   */
  public static WrappedScripts check(PluginContext context) {
    List<WorkerDefinition> workers = context.definitions();
    Set<String> wrapped = new java.util.LinkedHashSet<>();
    context.declarations().values().forEach(list -> list.forEach(d -> wrapped.add(((WrappedBindingDeclaration) d).scriptName())));
    // Miniflare's order: Durable Object targets first, then service targets
    for (String kind : List.of(DURABLE_OBJECT_KIND, SERVICE_KIND)) {
      for (WorkerDefinition worker : workers) {
        for (BindingDeclaration d : worker.declarations()) {
          String target = d.kind().equals(kind) ? d.targetWorker(worker.name()) : null;
          if (target != null && wrapped.contains(target)) {
            throw boundTo(target, kind.equals(DURABLE_OBJECT_KIND) ? "Durable Object" : "service");
          }
        }
      }
    }
    Map<String, String> code = new LinkedHashMap<>();
    for (int i = 0; i < workers.size(); i++) {
      WorkerDefinition worker = workers.get(i);
      if (wrapped.contains(worker.name())) {
        code.put(worker.name(), code(worker, i == 0));
      }
    }
    for (String name : wrapped) {
      if (!code.containsKey(name)) {
        throw new MiniflareException(ErrorCode.ERR_VALIDATION, "A wrapped binding names worker \"" + name
            + "\", but no worker has that name: add it to the workers array (not first)");
      }
    }
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (WorkerDefinition worker : workers) {
      for (BindingDeclaration d : worker.declarations()) {
        if (d instanceof WrappedBindingDeclaration w) {
          edges.computeIfAbsent(worker.name(), k -> new java.util.ArrayList<>()).add(w.scriptName());
        }
      }
    }
    for (String name : wrapped) {
      if (reaches(name, name, edges, new HashSet<>())) {
        throw new MiniflareException(ErrorCode.ERR_CYCLIC,
            "Generated workerd config contains cycles. Ensure wrapped bindings don't have bindings to themselves.");
      }
    }
    return new WrappedScripts(code);
  }

  private static boolean reaches(String from, String target, Map<String, List<String>> edges, Set<String> seen) {
    for (String next : edges.getOrDefault(from, List.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(next, target, edges, seen))) {
        return true;
      }
    }
    return false;
  }

  private static String code(WorkerDefinition worker, boolean first) {
    String name = quote(worker.name());
    if (first) {
      throw invalid(name, "it's the entrypoint.\nEnsure " + name + " isn't the first entry in the `workers` array.");
    }
    List<WorkerModule> modules = worker.moduleList();
    boolean esModules = !modules.isEmpty() || Boolean.TRUE.equals(worker.modules());
    if (!esModules) {
      throw invalid(name, "it's a service worker.\nEnsure " + name + " sets `modules` to `true` or an array of modules");
    }
    if (modules.size() > 1) {
      throw invalid(name, "it isn't a single module.\nEnsure " + name + " doesn't include unbundled `import`s.");
    }
    if (!modules.isEmpty() && modules.get(0).type() != WorkerModule.Type.ES_MODULE) {
      throw invalid(name, "it isn't a single ES module");
    }
    if (worker.compatibilityDate() != null) {
      throw invalid(name, "it defines a compatibility date.\nWrapped bindings use the compatibility date of the worker with the binding.");
    }
    if (!worker.compatibilityFlags().isEmpty()) {
      throw invalid(name, "it defines compatibility flags.\nWrapped bindings use the compatibility flags of the worker with the binding.");
    }
    if (worker.ownOutbound()) {
      throw invalid(name, "it defines an outbound service.\nWrapped bindings use the outbound service of the worker with the binding.");
    }
    if (!modules.isEmpty()) {
      return modules.get(0).text();
    }
    if (worker.script() != null) {
      return worker.script();
    }
    try {
      return Files.readString(worker.scriptPath());
    } catch (IOException | RuntimeException e) {
      throw new MiniflareException(ErrorCode.ERR_VALIDATION,
          "Worker " + name + " of a wrapped binding: cannot read scriptPath " + worker.scriptPath() + " (" + e + ")", e);
    }
  }

  private static MiniflareException invalid(String name, String reason) {
    return new MiniflareException(ErrorCode.ERR_INVALID_WRAPPED, "Cannot use " + name + " for wrapped binding because " + reason);
  }

  private static MiniflareException boundTo(String worker, String bindingType) {
    String name = quote(worker);
    return new MiniflareException(ErrorCode.ERR_INVALID_WRAPPED, "Cannot use " + name
        + " for wrapped binding because it is bound to with " + bindingType + " bindings.\nEnsure other workers don't define "
        + bindingType + " bindings to " + name + ".");
  }

  private static String quote(String name) {
    return io.github.miniflare4j.interop.JsonText.quote(name);
  }

  /**
   * Whether the worker is named by a wrapped binding (and so does not start on its own).
   *
   * @param worker the worker's name
   * @return {@code true} when it is
   */
  public boolean wraps(String worker) {
    return codeByWorker.containsKey(worker);
  }

  /**
   * The code of a wrapped worker's ES module.
   *
   * @param worker the worker's name, one that {@link #wraps(String)}
   * @return the module's source text
   */
  public String code(String worker) {
    return codeByWorker.get(worker);
  }
}
