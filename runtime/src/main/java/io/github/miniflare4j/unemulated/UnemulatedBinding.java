package io.github.miniflare4j.unemulated;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.BindingDeclaration;

/**
 * A binding of a kind miniflare4j does not emulate: the worker gets a value whose every use
 * throws an {@code Error} naming the kind and the binding, instead of {@code undefined}.
 *
 * @param name the binding name
 * @param label the kind, e.g. {@code R2 bucket}
 */
public record UnemulatedBinding(String name, String label) implements BindingDeclaration, JsBinding {

  static final String KIND = "unemulated";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return label + " binding `" + name + "` is not supported by miniflare4j yet: bind a stand-in, "
        + "Java code with WorkerOptions.Builder.bind(StandInBinding.of(\"" + name + "\", (method, args) -> ...)) "
        + "or a worker with serviceBinding(\"" + name + "\", \"<worker>\")";
  }

  @Override
  public String factoryScript() {
    return "/io/github/miniflare4j/unemulated/unemulated.js";
  }
}
