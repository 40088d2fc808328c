package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Runs Java {@link FetchHandler}s off the loop threads, so they may block or call back in. */
public final class JavaHandlers {

  private JavaHandlers() {}

  /**
   * Calls {@code handler} on {@code executor}; a null answer is an error naming the request.
   *
   * @param handler the Java handler
   * @param request the request to answer
   * @param executor where the handler runs; not a loop thread
   * @return a future of the response, failing with what the handler threw
   */
  public static CompletableFuture<FetchResponse> call(
      FetchHandler handler, FetchRequest request, Executor executor) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            FetchResponse response = handler.handle(request);
            if (response == null) {
              throw new IllegalStateException("Java handler returned null for " + request);
            }
            return response;
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        },
        executor);
  }
}
