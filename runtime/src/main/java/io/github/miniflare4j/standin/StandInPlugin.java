package io.github.miniflare4j.standin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.standin.internal.StandInHost;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bindings answered by Java ({@link StandInBinding}): declared from Java only, so no JSON or
 * Wrangler key; a stand-in replaces a binding of the same name that a Wrangler file declared.
 * Every call is logged ({@link StandInCalls}, the Java handle), and the log reset with the storage.
 */
public final class StandInPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/standin/standin.js";

  @Override
  public String kind() {
    return StandInBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of();
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return List.of();
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(StandInCalls.class);
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new Instance(context);
  }

  /** One call log per binding of each worker; the host of each isolate records into it. */
  private static final class Instance implements PluginInstance {
    private final Map<String, StandInCalls> logs = new HashMap<>();

    Instance(PluginContext context) {
      context.declarations().forEach((worker, list) ->
          list.forEach(d -> logs.put(key(worker, d), new StandInCalls(d.name()))));
    }

    private static String key(String worker, BindingDeclaration declaration) {
      return worker + "\u0000" + declaration.name();
    }

    @Override
    public JsBinding bind(String worker, BindingDeclaration declaration) {
      StandInCalls log = logs.get(key(worker, declaration));
      return new JsBinding() {
        @Override
        public String name() {
          return declaration.name();
        }

        @Override
        public String kind() {
          return StandInBinding.KIND;
        }

        @Override
        public Object createHost(WorkerIsolate isolate) {
          return new StandInHost((StandInBinding) declaration, isolate, log::record);
        }

        @Override
        public String factoryScript() {
          return SCRIPT;
        }
      };
    }

    @Override
    public Object handle(String worker, BindingDeclaration declaration) {
      return logs.get(key(worker, declaration));
    }

    @Override
    public Object snapshot() {
      Map<String, List<StandInCall>> calls = new HashMap<>();
      logs.forEach((k, log) -> calls.put(k, log.calls()));
      return calls;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
      ((Map<String, List<StandInCall>>) snapshot).forEach((k, calls) -> logs.get(k).restore(calls));
    }
  }
}
