package io.github.miniflare4j.durable.internal;

import org.graalvm.polyglot.HostAccess;

/**
 * What one worker's prelude reaches as {@code host.plugin("do")}: the storage of the Durable
 * Objects whose classes that worker exports.
 */
public final class DurableWorkerHost {

  private final DurableObjectRegistry registry;
  private final String worker;

  /**
   * The host of one worker.
   *
   * @param registry the instance's Durable Object namespaces
   * @param worker the worker's name
   */
  public DurableWorkerHost(DurableObjectRegistry registry, String worker) {
    this.registry = registry;
    this.worker = worker;
  }

  /**
   * The Java storage behind {@code ctx.storage} of one object of this worker.
   *
   * @param className the exported class
   * @param id the object's id, 64 hex digits
   * @return the storage, the same one for the same class and id
   */
  @HostAccess.Export
  public ObjectStorage storage(String className, String id) {
    return registry.namespace(worker, className).storage(id);
  }
}
