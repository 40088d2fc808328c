package io.github.miniflare4j.engine;

/** Finds the running workers of an instance by name, for bindings that call another worker. */
public interface WorkerDirectory {

  /**
   * The worker of this name.
   *
   * @throws io.github.miniflare4j.MiniflareException when there is none or the instance is closed
   * @param name the worker's name
   * @return the running worker
   */
  WorkerIsolate worker(String name);
}
