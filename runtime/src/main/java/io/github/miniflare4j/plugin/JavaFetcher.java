package io.github.miniflare4j.plugin;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.plugin.internal.JavaFetcherHost;
import java.util.Objects;

/**
 * An {@code env} entry that is a Fetcher answered by Java code, as a service binding to a Java
 * handler is: for kinds whose binding is such a Fetcher (the static assets' {@code ASSETS}).
 * Uses the service binding's script ({@code "service"}); RPC calls fail as workerd fails them on
 * a receiver without methods.
 *
 * @param name the binding name
 * @param handler answers the binding's requests, on the host executor
 */
public record JavaFetcher(String name, FetchHandler handler) implements JsBinding {

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param handler answers the binding's requests, on the host executor
   */
  public JavaFetcher {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
  }

  @Override
  public String kind() {
    return "service";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new JavaFetcherHost(name, handler, isolate);
  }
}
