package io.github.miniflare4j.plugin;

import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.List;

/**
 * A binding kind's state in one {@code Miniflare} instance: creates the {@code env} entries of
 * its declarations, hands out Java handles, and takes part in the per-test storage reset.
 * Thread-safe; closed once, with the instance.
 */
public interface PluginInstance extends AutoCloseable {

  /**
   * The {@code env} entry of one declaration of one worker. Called at every worker start
   * (including {@code restartWorkers()}).
   *
   * @param worker the declaring worker's name ({@code ""} when unnamed)
   * @param declaration a declaration of this plugin's kind
   * @return the binding the worker's JavaScript sees
   */
  JsBinding bind(String worker, BindingDeclaration declaration);

  /**
   * Every {@code env} entry one declaration gives a worker: {@link #bind}'s one entry, unless
   * the kind gives several for one declaration (a Workers Site gives its namespace and its
   * manifest). Called at every worker start instead of {@link #bind}.
   *
   * @param worker the declaring worker's name ({@code ""} when unnamed)
   * @param declaration a declaration of this plugin's kind
   * @return the bindings, in {@code env} order
   */
  default List<JsBinding> bindAll(String worker, BindingDeclaration declaration) {
    return List.of(bind(worker, declaration));
  }

  /**
   * Bindings a kind gives a worker beyond its own declarations, because of other workers'
   * declarations (a Durable Object class that only another worker binds is still the owner's
   * {@code ctx.exports} namespace). Called at every worker start, after the declared bindings.
   *
   * @param worker the worker's name ({@code ""} when unnamed)
   * @return the bindings (none by default)
   */
  default List<JsBinding> implicitBindings(String worker) {
    return List.of();
  }

  /**
   * A Java handle on a declared binding, for {@code Miniflare.getBinding(type, ...)} and
   * injection into tests.
   *
   * @param worker the declaring worker's name
   * @param declaration a declaration of this plugin's kind
   * @return the handle, or {@code null} when the kind has no Java handle
   */
  default Object handle(String worker, BindingDeclaration declaration) {
    return null;
  }

  /**
   * May answer a request made to the instance (by {@code dispatchFetch} or over HTTP) for one
   * worker before that worker runs, as static assets are served ahead of their worker. Asked
   * only for requests no route sends elsewhere, after the trigger endpoints; the first plugin
   * that answers wins. Must decide without reading the request body.
   *
   * @param worker the name of the worker the request would go to
   * @param request the incoming request
   * @return the response, or {@code null} to let the worker answer (the default)
   */
  default FetchResponse answerBefore(String worker, FetchRequest request) {
    return null;
  }

  /**
   * Whether this kind runs the worker's code itself, inside the workers that bind it (the script
   * of a wrapped binding), so that the worker does not start as a worker of its own.
   *
   * @param worker the worker's name
   * @return {@code false} by default
   */
  default boolean runsWorkerItself(String worker) {
    return false;
  }

  /**
   * What this kind gives one worker's prelude besides {@code env} entries, reached there as
   * {@code host.plugin(kind)}: for kinds whose JavaScript is part of every worker (the Cache
   * API's storage behind {@code caches}, the storage of the Durable Objects a worker exports).
   * Called at every worker start; only its {@code @HostAccess.Export} members are visible.
   *
   * @param worker the worker's name
   * @return the object, or {@code null} (the default)
   */
  default Object workerHost(String worker) {
    return null;
  }

  /**
   * A part of this instance's state that the public face of {@code Miniflare} hands out for
   * compatibility (such as KV's {@code KvStorage}); nothing else should need it.
   *
   * @param type the type asked for
   * @param <T> the type asked for
   * @return this instance when it is of that type (the default), or the part of that type, or
   *     {@code null}
   */
  default <T> T unwrap(Class<T> type) {
    return type.isInstance(this) ? type.cast(this) : null;
  }

  /** Called once every worker of the instance has started (consumers, schedules). */
  default void workersStarted() {}

  /**
   * Called after {@code Miniflare.restartWorkers()} replaced every worker isolate (and closed the
   * old ones): work the kind was running in the old isolates, such as a workflow run, starts again
   * in the new ones.
   */
  default void workersRestarted() {}

  /**
   * The state of this kind's storage, for {@link #restore}: cheap (copy-on-write where the
   * storage allows), and independent of later writes.
   *
   * @return an opaque snapshot, or {@code null} when the kind stores nothing
   */
  default Object snapshot() {
    return null;
  }

  /**
   * Puts the storage back to a snapshot this instance took.
   *
   * @param snapshot a value {@link #snapshot()} returned
   */
  default void restore(Object snapshot) {}

  /** Releases files and threads; the instance is closing. Never throws. */
  @Override
  default void close() {}
}
