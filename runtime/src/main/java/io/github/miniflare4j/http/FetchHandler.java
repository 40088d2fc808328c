package io.github.miniflare4j.http;

/**
 * A Java function that answers HTTP requests from workers: a service binding implemented in
 * Java, or the outbound handler that receives a worker's global {@code fetch()} calls.
 *
 * <p>Called on a thread of the instance's host pool, never on a worker's event loop, so it
 * may block and may dispatch back into the instance. An exception thrown here makes the
 * worker's {@code fetch()} reject with an {@code Error} carrying the exception's message.
 */
@FunctionalInterface
public interface FetchHandler {

  /**
   * Answers one request.
   *
   * @param request the request as the worker made it
   * @return the response the worker's {@code fetch()} resolves with; not {@code null}
   * @throws Exception any failure; the worker's {@code fetch()} rejects with an {@code Error}
   *     carrying its message
   */
  FetchResponse handle(FetchRequest request) throws Exception;
}
