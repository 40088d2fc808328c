package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import org.graalvm.polyglot.Value;

/**
 * Keeps the error a dispatched response's body stream failed with, for a caller that is another
 * worker: it reads the bytes sent before the failure, then gets the error (see {@link
 * WorkerIsolate#fetchEntrypoint(io.github.miniflare4j.http.FetchRequest, String, String,
 * BodyErrorCapture)}). Written once on the callee's loop thread before the response's future
 * completes, read after it has.
 */
public final class BodyErrorCapture {

  private volatile String[] error;

  /** Takes the {@code bodyError} of a prelude outcome, if it has one; loop thread only. */
  void capture(Value outcome) {
    error = JsResponseData.bodyErrorOf(outcome);
  }

  /**
   * The response as the calling worker's prelude reads it, with the body's error if there was one.
   *
   * @param response the response the dispatch completed with
   * @return the data for the caller
   */
  public JsResponseData dataOf(FetchResponse response) {
    return new JsResponseData(response, error);
  }
}
