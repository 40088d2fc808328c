package io.github.miniflare4j.engine;

/**
 * The Java objects that binding kinds give one worker's prelude besides its {@code env} entries:
 * the prelude reaches them as {@code host.plugin(kind)} (the Cache API's storage behind {@code
 * caches}, the storage of the Durable Objects a worker exports, ...).
 */
@FunctionalInterface
public interface WorkerHosts {

  /** No kind gives anything. */
  WorkerHosts NONE = kind -> null;

  /**
   * The object a kind gives this worker.
   *
   * @param kind a binding kind
   * @return the object, or {@code null} when the kind is not running or gives nothing
   */
  Object host(String kind);
}
