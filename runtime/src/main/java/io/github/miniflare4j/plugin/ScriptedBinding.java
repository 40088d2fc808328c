package io.github.miniflare4j.plugin;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import java.util.Objects;

/**
 * The usual {@code env} entry of a plugin kind: one Java object, shared by every isolate of the
 * instance, handed to the factory that the kind's script defines.
 *
 * @param name the binding name
 * @param kind the plugin kind (the factory's key)
 * @param host the object the script talks to; only its {@code @HostAccess.Export} members are
 *     visible, and they must be thread-safe when several workers share the binding
 * @param factoryScript the class-path resource of the kind's script
 */
public record ScriptedBinding(String name, String kind, Object host, String factoryScript) implements JsBinding {

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param kind the plugin kind (the factory's key)
   * @param host the object the script talks to; only its {@code @HostAccess.Export} members are visible, and they must be thread-safe when several workers share the binding
   * @param factoryScript the class-path resource of the kind's script
   */
  public ScriptedBinding {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(factoryScript, "factoryScript");
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return host;
  }
}
