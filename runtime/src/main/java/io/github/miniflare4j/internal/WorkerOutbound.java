package io.github.miniflare4j.internal;

import io.github.miniflare4j.engine.BodyErrorCapture;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerFetchHandler;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Miniflare's {@code outboundService} naming another worker of the instance ({@code "name"} or
 * {@code {name, entrypoint}}): the worker's global {@code fetch()} goes to that worker's fetch
 * handler, as a service binding's {@code fetch()} would (a failing body's error included). It is
 * a placeholder in the options until the instance starts and {@link #bind binds} it to its
 * workers.
 *
 * @param workerName the worker that answers
 * @param entrypoint its named entrypoint, or {@code null} for the default export
 */
public record WorkerOutbound(String workerName, String entrypoint) implements FetchHandler {

  /** Checks the name. */
  public WorkerOutbound {
    Objects.requireNonNull(workerName, "workerName");
  }

  /**
   * Never answers by itself: only the handler {@link #bind} returns does.
   *
   * @throws IllegalStateException always
   */
  @Override
  public FetchResponse handle(FetchRequest request) {
    throw new IllegalStateException("outboundService \"" + workerName + "\" is used outside a started instance");
  }

  /**
   * The handler the worker's {@code fetch()} calls: a worker sends to the target directly ({@link
   * WorkerFetchHandler}); called as a plain handler, it waits (on a host thread, never a worker's
   * loop) for the target worker's answer; the target's failure becomes the handler's exception.
   *
   * @param workers the running instance's workers, looked up at each call
   * @return the bound handler
   */
  public FetchHandler bind(WorkerDirectory workers) {
    return new WorkerFetchHandler() {
      @Override
      public FetchResponse handle(FetchRequest request) throws Exception {
        try {
          return workers.worker(workerName).fetchEntrypoint(request, entrypoint, null).get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }

      @Override
      public CompletableFuture<FetchResponse> fetch(FetchRequest request, BodyErrorCapture bodyError) {
        return workers.worker(workerName).fetchEntrypoint(request, entrypoint, null, bodyError);
      }
    };
  }
}
