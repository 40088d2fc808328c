package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link FetchHandler} that another worker of the instance answers (Miniflare's {@code
 * outboundService} naming a worker, a service binding as a loaded worker's {@code
 * globalOutbound}): a worker's global {@code fetch()} sends to it as a service binding's {@code
 * fetch()} does, without a host thread, and reads a failing body's error from the body.
 */
public interface WorkerFetchHandler extends FetchHandler {

  /**
   * Sends the request to the worker that answers.
   *
   * @param request the request
   * @param bodyError receives the error a response body's stream fails with
   * @return the response, or a failed future carrying the worker's error
   */
  CompletableFuture<FetchResponse> fetch(FetchRequest request, BodyErrorCapture bodyError);
}
