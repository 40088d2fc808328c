package io.github.miniflare4j.wrapped.internal;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.SharedEngine;
import io.github.miniflare4j.engine.WorkerIsolate;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** What {@code wrapped.js} asks of one wrapped binding while its worker starts. */
public final class WrappedHost {

  private final WorkerIsolate isolate;
  private final String script;
  private final String entrypoint;
  private final String code;
  private final List<JsBinding> inner;

  WrappedHost(WorkerIsolate isolate, String script, String entrypoint, String code, List<JsBinding> inner) {
    this.isolate = isolate;
    this.script = script;
    this.entrypoint = entrypoint;
    this.code = code;
    this.inner = inner;
  }

  /**
   * The wrapped worker's name: bindings of the same one share one evaluation of its module.
   *
   * @return the name
   */
  @HostAccess.Export
  public String script() {
    return script;
  }

  /**
   * The export to call.
   *
   * @return its name, or {@code null} for the default export
   */
  @HostAccess.Export
  public String entrypoint() {
    return entrypoint;
  }

  /**
   * Evaluates the wrapped worker's module in the current Context.
   *
   * @return its namespace
   */
  @HostAccess.Export
  public Value evaluate() {
    String path = "/wrapped/" + script.replaceAll("[^A-Za-z0-9._-]", "_") + ".mjs";
    return Context.getCurrent().eval(SharedEngine.moduleSource(path, code, true));
  }

  /**
   * A fresh {@code env} of the inner bindings, built in the binding worker's Context.
   *
   * @return the object
   */
  @HostAccess.Export
  public Value env() {
    return isolate.environment(inner);
  }
}
