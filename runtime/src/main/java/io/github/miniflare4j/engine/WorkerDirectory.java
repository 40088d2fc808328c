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

  /**
   * What a plugin answers ahead of a worker's default entrypoint (its static assets, through the
   * asset router) for a request a binding sends it, as for a request to the instance.
   *
   * @param name the worker's name
   * @param request the request the binding sends
   * @return the answer, or {@code null} to let the worker answer
   */
  default io.github.miniflare4j.http.FetchResponse answerBefore(String name, io.github.miniflare4j.http.FetchRequest request) {
    return null;
  }

  /**
   * The {@code env} entries a worker declares, freshly bound, for a kind that runs that worker's
   * code inside another one (wrapped bindings). Called while the workers are being set up.
   *
   * @param name the worker's name
   * @return its bindings, in {@code env} order; empty by default
   */
  default java.util.List<JsBinding> bindings(String name) {
    return java.util.List.of();
  }
}
