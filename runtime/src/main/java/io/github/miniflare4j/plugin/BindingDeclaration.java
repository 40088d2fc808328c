package io.github.miniflare4j.plugin;

/**
 * One binding a worker declares for a plugin's kind: what the plugin read from the builder,
 * Miniflare's JSON options or a Wrangler file, and later turns into an {@code env} entry. Each
 * plugin defines its own (usually a record) with the settings its kind has.
 */
public interface BindingDeclaration {

  /**
   * The kind of the plugin that reads this declaration ({@link BindingPlugin#kind()}).
   *
   * @return the plugin kind, e.g. {@code "d1"}
   */
  String kind();

  /**
   * The binding's name under {@code env} (and the global name in service-worker format).
   *
   * @return a valid JavaScript property name
   */
  String name();

  /**
   * Whether the declaration adds an entry to {@code env}. A declaration that only configures the
   * worker for its kind (a queue consumer) returns {@code false}: the plugin reads it at start,
   * and {@link PluginInstance#bind} is never called for it.
   *
   * @return {@code true} for a binding (the default)
   */
  default boolean inEnv() {
    return true;
  }

  /**
   * Where the entry goes among the {@code env} entries of its kind: lower first, equal ranks in
   * declaration order (a kind whose options of several names Miniflare orders by name, as its
   * plain variables before its text blobs).
   *
   * @return the rank; {@code 0} by default
   */
  default int rankInKind() {
    return 0;
  }

  /**
   * The worker whose code this binding calls into, for checks another kind makes of the workers
   * (a wrapped binding's worker may not also be the target of a service or Durable Object
   * binding).
   *
   * @param declaringWorker the worker that declares the binding
   * @return that worker's name, or {@code null} when the binding reaches no worker (the default)
   */
  default String targetWorker(String declaringWorker) {
    return null;
  }
}
