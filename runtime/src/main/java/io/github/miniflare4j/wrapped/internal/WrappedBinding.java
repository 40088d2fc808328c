package io.github.miniflare4j.wrapped.internal;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.JsonBinding;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.wrapped.WrappedBindingDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A wrapped binding of one worker: its inner {@code env} is the designator's variables followed
 * by the wrapped worker's own bindings of other names (as Miniflare fills it), bound when the
 * binding worker is set up.
 */
public final class WrappedBinding implements JsBinding {

  private final WrappedBindingDeclaration declaration;
  private final String code;
  private final List<JsBinding> inner;

  /**
   * Binds a declaration.
   *
   * @param declaration the wrapped binding
   * @param scripts the checked wrapped workers
   * @param workers the instance's workers, for the wrapped worker's own bindings
   */
  public WrappedBinding(WrappedBindingDeclaration declaration, WrappedScripts scripts, WorkerDirectory workers) {
    this.declaration = declaration;
    this.code = scripts.code(declaration.scriptName());
    List<JsBinding> bindings = new ArrayList<>();
    Set<String> names = new HashSet<>();
    declaration.bindings().forEach((name, value) -> {
      bindings.add(new JsonBinding(name, value));
      names.add(name);
    });
    for (JsBinding own : workers.bindings(declaration.scriptName())) {
      if (names.add(own.name())) {
        bindings.add(own);
      }
    }
    this.inner = List.copyOf(bindings);
  }

  @Override
  public String name() {
    return declaration.name();
  }

  @Override
  public String kind() {
    return WrappedBindingDeclaration.KIND;
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new WrappedHost(isolate, declaration.scriptName(), declaration.entrypoint(), code, inner);
  }

  @Override
  public String factoryScript() {
    return "/io/github/miniflare4j/wrapped/wrapped.js";
  }

  @Override
  public boolean needsWebAssembly() {
    return inner.stream().anyMatch(JsBinding::needsWebAssembly);
  }
}
