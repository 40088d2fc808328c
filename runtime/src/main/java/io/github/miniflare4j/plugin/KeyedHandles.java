package io.github.miniflare4j.plugin;

import io.github.miniflare4j.engine.JsBinding;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The usual instance state of a small kind: one Java handle per key (a dataset, a pipeline, a
 * secret, ...), created when the instance starts, shared by the bindings naming that key, handed
 * to the kind's script through a {@link ScriptedBinding}, and saved and put back for the
 * per-test reset.
 *
 * @param <H> the handle type
 */
public final class KeyedHandles<H> implements PluginInstance {

  private final String kind;
  private final String script;
  private final BiFunction<String, BindingDeclaration, String> key;
  private final Function<H, Object> save;
  private final BiConsumer<H, Object> load;
  private final Map<String, H> handles = new HashMap<>();
  private Function<H, Object> scriptHost = handle -> handle;

  /**
   * Creates the handle of every key the instance's declarations name.
   *
   * @param context the instance
   * @param script the kind's factory script
   * @param key the key of a declaration of a worker (bindings with the same key share a handle)
   * @param create makes the handle of a key from its first declaration
   * @param save the state of a handle, for {@link #snapshot()}; independent of later changes
   * @param load puts a saved state back into a handle
   */
  public KeyedHandles(
      PluginContext context,
      String script,
      BiFunction<String, BindingDeclaration, String> key,
      Function<BindingDeclaration, H> create,
      Function<H, Object> save,
      BiConsumer<H, Object> load) {
    this.kind = context.kind();
    this.script = script;
    this.key = key;
    this.save = save;
    this.load = load;
    context.declarations().forEach((worker, list) ->
        list.forEach(d -> handles.computeIfAbsent(key.apply(worker, d), k -> create.apply(d))));
  }

  /**
   * Gives the kind's script another object than the Java handle itself, so that the handle (an
   * API type) shows no host methods taking engine types.
   *
   * @param host makes the object the script receives from a handle; by default the handle itself
   * @return this
   */
  public KeyedHandles<H> scriptHost(Function<H, Object> host) {
    this.scriptHost = host;
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    return new ScriptedBinding(declaration.name(), kind, scriptHost.apply((H) handle(worker, declaration)), script);
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    return handles.get(key.apply(worker, declaration));
  }

  @Override
  public Object snapshot() {
    Map<String, Object> states = new HashMap<>();
    handles.forEach((k, handle) -> states.put(k, save.apply(handle)));
    return states;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    ((Map<String, Object>) snapshot).forEach((k, state) -> load.accept(handles.get(k), state));
  }
}
