package io.github.miniflare4j.workerloader;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A Worker Loader binding ({@code env.LOADER.get(id, callback)}, {@code env.LOADER.load(code)}):
 * Miniflare's {@code workerLoaders: {LOADER: {}}} and Wrangler's {@code worker_loaders = [{
 * binding = "LOADER" }]}.
 *
 * @param name the binding name
 */
public record WorkerLoaderBinding(String name) implements BindingDeclaration {

  /** The plugin kind. */
  public static final String KIND = "worker-loader";

  /**
   * Checks the name.
   *
   * @param name the binding name
   */
  public WorkerLoaderBinding {
    Objects.requireNonNull(name, "name");
  }

  /**
   * A binding for the worker builder: {@code bind(WorkerLoaderBinding.of("LOADER"))}.
   *
   * @param name the binding name
   * @return the declaration
   */
  public static WorkerLoaderBinding of(String name) {
    return new WorkerLoaderBinding(name);
  }

  @Override
  public String kind() {
    return KIND;
  }
}
