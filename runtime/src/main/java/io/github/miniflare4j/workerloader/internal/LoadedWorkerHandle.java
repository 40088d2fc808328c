package io.github.miniflare4j.workerloader.internal;

import io.github.miniflare4j.engine.WorkerIsolate;
import org.graalvm.polyglot.HostAccess;

/** A started loaded worker, as the loading worker's script holds it: its entrypoints' hosts. */
public final class LoadedWorkerHandle {

  private final WorkerIsolate loaded;
  private final WorkerIsolate caller;
  private final java.util.Set<String> entrypoints;

  /**
   * A handle on a started worker.
   *
   * @param loaded the loaded worker
   * @param caller the loading worker, whose script calls the entrypoints' hosts
   * @param entrypoints the loaded worker's exports that serve a named entrypoint
   */
  LoadedWorkerHandle(WorkerIsolate loaded, WorkerIsolate caller, java.util.Set<String> entrypoints) {
    this.loaded = loaded;
    this.caller = caller;
    this.entrypoints = entrypoints;
  }

  /**
   * The host of a {@code Fetcher} on one entrypoint, as a service binding to the loaded worker.
   *
   * @param entrypoint the named {@code WorkerEntrypoint} export, or {@code null} for the default export
   * @param propsJson what the entrypoint sees as {@code ctx.props}, JSON text, or {@code null}
   * @return the host the prelude's service-binding {@code Fetcher} calls (its fetch and RPC), or {@code null} when the
   *     worker has no such named entrypoint
   */
  @HostAccess.Export
  public LoadedEntrypointHost entrypoint(String entrypoint, String propsJson) {
    if (entrypoint != null && !entrypoints.contains(entrypoint)) {
      return null;
    }
    return new LoadedEntrypointHost(loaded, entrypoint, propsJson, caller);
  }
}
