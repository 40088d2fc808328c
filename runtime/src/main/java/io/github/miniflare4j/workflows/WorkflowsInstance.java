package io.github.miniflare4j.workflows;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.storage.NamespaceFiles;
import io.github.miniflare4j.workflows.internal.WorkflowBindingHost;
import io.github.miniflare4j.workflows.internal.WorkflowStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workflows of one instance: an engine per workflow name (bindings naming the same workflow
 * share its instances), each over its own store (in memory, or one SQLite file per workflow
 * under the persist directory).
 */
final class WorkflowsInstance implements PluginInstance {

  static final String SCRIPT = "/io/github/miniflare4j/workflows/workflows.js";

  private final Map<String, WorkflowEngine> engines = new LinkedHashMap<>();

  WorkflowsInstance(PluginContext context) {
    try {
      context.declarations().forEach((worker, declarations) -> declarations.forEach(d -> {
        WorkflowDeclaration workflow = (WorkflowDeclaration) d;
        String definingWorker = workflow.scriptName() != null ? workflow.scriptName() : worker;
        engines.computeIfAbsent(workflow.workflowName(), name -> new WorkflowEngine(workflow, definingWorker,
            new WorkflowStore(context.persisted() ? NamespaceFiles.file(context.persistDirectory(), name, ".sqlite") : null),
            context.clock(), context.workers()));
      }));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private WorkflowEngine engine(BindingDeclaration declaration) {
    return engines.get(((WorkflowDeclaration) declaration).workflowName());
  }

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    WorkflowEngine engine = engine(declaration);
    return new JsBinding() {
      @Override
      public String name() {
        return declaration.name();
      }

      @Override
      public String kind() {
        return WorkflowsPlugin.KIND;
      }

      @Override
      public Object createHost(WorkerIsolate isolate) {
        return new WorkflowBindingHost(engine, declaration.name(), isolate);
      }

      @Override
      public String factoryScript() {
        return SCRIPT;
      }
    };
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    return new Workflow(engine(declaration), declaration.name());
  }

  /** Instances left running in a persisted store run again. */
  @Override
  public void workersStarted() {
    engines.values().forEach(WorkflowEngine::resumeStored);
  }

  /** Runs of the old isolates are gone: running instances run again, replaying their stored steps. */
  @Override
  public void workersRestarted() {
    engines.values().forEach(WorkflowEngine::resumeInRestartedWorkers);
  }

  @Override
  public Object snapshot() {
    Map<String, byte[]> snapshot = new LinkedHashMap<>();
    engines.forEach((name, engine) -> snapshot.put(name, engine.snapshot()));
    return Map.copyOf(snapshot);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    ((Map<String, byte[]>) snapshot).forEach((name, bytes) -> {
      WorkflowEngine engine = engines.get(name);
      if (engine != null) { // a workflow of an earlier configuration (setOptions) no longer bound
        engine.restore(bytes);
      }
    });
  }

  @Override
  public void close() {
    engines.values().forEach(WorkflowEngine::close);
  }
}
